"""The public surface of `wushuang`: every name listed loads, and importing the package stays light."""

from __future__ import annotations

import json
import subprocess
import sys

import wushuang


def test_every_public_name_loads() -> None:
    for name in wushuang.__all__:
        assert getattr(wushuang, name) is not None, name
    assert set(wushuang.__all__) == {*wushuang._LAZY, "__version__", "types"}


def test_import_is_light_and_never_loads_the_emulator_or_resources() -> None:
    prefixes = ("wushuang", "starlette", "uvicorn", "msgspec")
    listing = f"sorted(m for m in sys.modules if m.startswith({prefixes}))"
    code = f"import json, sys; import wushuang; print(json.dumps({listing}))"
    loaded = json.loads(subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout)
    assert loaded == ["wushuang", "wushuang._version"]


def test_resources_load_on_first_use() -> None:
    code = (
        "import sys; from wushuang import Wushuang; c = Wushuang(api_key='k');"
        "assert 'wushuang._generated.resources' not in sys.modules;"
        "c.chat.completions; assert 'wushuang._generated.resources' in sys.modules;"
        "assert 'wushuang._generated.models' not in sys.modules; assert 'wushuang.testing' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
