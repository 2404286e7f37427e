"""The low-level client imports its models lazily: one operation module loads only the models it uses.

`wushuang_client.models` maps each exported name to its module and imports that module on first use, so the
checks that depend on what is already imported run in a fresh interpreter.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
CLIENT = REPO / "generated_client"
if str(CLIENT) not in sys.path:  # the low-level client, when not installed
    sys.path.append(str(CLIENT))

# Words in the module names of models that the completions operation does not use.
OTHER_MODELS = ("chat", "assistant", "speech", "transcription", "midjourney", "imagine", "task")

LOADED_BY_ONE_OPERATION = """
import json, sys
import wushuang_client.api.completions.create_completion
print(json.dumps(sorted(name for name in sys.modules if name.startswith("wushuang_client."))))
"""

EVERY_NAME = """
import json, sys
import wushuang_client.models as models
before = sorted(name for name in sys.modules if name.startswith("wushuang_client.models."))
problems = []
for name in models.__all__:
    found = {}
    exec(f"from wushuang_client.models import {name}", found)
    value = found[name]
    if value is not getattr(models, name) or getattr(value, "__name__", name) != name or name not in dir(models):
        problems.append(name)
print(json.dumps({"before": before, "count": len(models.__all__), "problems": problems}))
"""


def run_fresh(code: str) -> object:
    """Run `code` in a new interpreter importing the repository's generated_client; its last line, as JSON."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(CLIENT), os.environ.get("PYTHONPATH")]))}
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_one_operation_loads_only_its_models() -> None:
    loaded = run_fresh(LOADED_BY_ONE_OPERATION)
    assert isinstance(loaded, list)
    models = {
        name.removeprefix("wushuang_client.models.") for name in loaded if name.startswith("wushuang_client.models.")
    }
    assert {"create_completion_request", "create_completion_response", "error_response"} <= models
    assert [name for name in models if any(word in name for word in OTHER_MODELS)] == []
    other_tags = [name for name in loaded if name.startswith("wushuang_client.api.") and ".completions" not in name]
    assert other_tags == []


def test_every_exported_name_resolves() -> None:
    found = run_fresh(EVERY_NAME)
    assert isinstance(found, dict)
    assert found["before"] == []  # importing the package imports no model
    assert found["count"] > 50
    assert found["problems"] == []


def test_unknown_name_raises_attribute_error() -> None:
    import wushuang_client.models as models

    with pytest.raises(AttributeError, match="NoSuchModel"):
        _ = models.NoSuchModel  # type: ignore[attr-defined]
    with pytest.raises(ImportError, match="NoSuchModel"):
        from wushuang_client.models import NoSuchModel  # type: ignore[attr-defined]  # noqa: F401


def test_importing_wushuang_does_not_import_the_command_line() -> None:
    loaded = run_fresh("import json, sys, wushuang\nprint(json.dumps(sorted(sys.modules)))")
    assert isinstance(loaded, list)
    assert [name for name in loaded if name == "click" or name.startswith(("click.", "wushuang._cli"))] == []
