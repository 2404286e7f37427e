"""The public surface of `wushuang`: every name listed loads, and importing the package stays light."""

from __future__ import annotations

import json
import subprocess
import sys

import msgspec

import wushuang


def test_every_public_name_loads() -> None:
    for name in wushuang.__all__:
        assert getattr(wushuang, name) is not None, name
    assert {"Wushuang", "AsyncWushuang", "Middleware", "RateLimitError", "types", "__version__"} <= set(
        wushuang.__all__
    )
    assert sorted(dir(wushuang)) == sorted(wushuang.__all__)


def test_import_is_light_and_never_loads_the_emulator_or_resources() -> None:
    prefixes = ("wushuang", "starlette", "uvicorn", "msgspec")
    listing = f"sorted(m for m in sys.modules if m.startswith({prefixes}))"
    code = f"import json, sys; import wushuang; print(json.dumps({listing}))"
    loaded = json.loads(subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout)
    assert loaded == ["wushuang"]


def test_resources_load_on_first_use() -> None:
    code = (
        "import sys; from wushuang import Wushuang; c = Wushuang(api_key='k');"
        "assert 'wushuang._generated.resources.chat' not in sys.modules;"
        "c.chat.completions; assert 'wushuang._generated.resources.chat' in sys.modules;"
        "assert 'wushuang._generated.models' not in sys.modules; assert 'wushuang.testing' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


FIRST_CHAT_CALL = """
import json, sys
import httpx
from wushuang import Wushuang

body = {"id": "c", "object": "chat.completion", "created": 1, "model": "gpt-4",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": "hi"}, "finish_reason": "stop"}]}
transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
client = Wushuang(api_key="k", http_client=httpx.Client(transport=transport))
answer = client.chat.completions.create(model="gpt-4", messages=[{"role": "user", "content": "hello"}])
assert answer.choices[0].message.content == "hi"
print(json.dumps(sorted(m for m in sys.modules if m.startswith(("wushuang", "wushuang_client")))))
"""


def test_the_first_chat_call_loads_only_what_chat_needs() -> None:
    out = subprocess.run([sys.executable, "-c", FIRST_CHAT_CALL], check=True, capture_output=True, text=True).stdout
    loaded = json.loads(out)
    resources = {m.rsplit(".", 1)[1] for m in loaded if m.startswith("wushuang._generated.resources.")}
    assert resources == {"chat", "chat_completions"}
    operations = {m.rsplit(".", 1)[1] for m in loaded if m.startswith("wushuang._generated.operations.")}
    assert operations == {"chat_completions"}
    api_tags = {m.split(".")[2] for m in loaded if m.startswith("wushuang_client.api.") and m.count(".") >= 2}
    assert api_tags == {"chat"}
    models = [m.rsplit(".", 1)[1] for m in loaded if m.startswith("wushuang_client.models.")]
    assert models and all("chat" in name or name.startswith("error") for name in models), models
    # The wrapper's models and validators: chat's share and what several resources share, nothing else.
    wrapper_models = {m for m in loaded if m.startswith("wushuang._generated.models.")}
    assert wrapper_models == {"wushuang._generated.models.chat", "wushuang._generated.models._shared"}
    validators = {m.rsplit(".", 1)[1] for m in loaded if m.startswith("wushuang._generated.validators.")}
    assert validators == {"create_chat_completion", "_components"}
    assert "wushuang._generated.params" not in loaded and "wushuang.types" not in loaded
    assert "wushuang.testing" not in loaded


def test_errors_and_models_name_their_public_module() -> None:
    import pickle

    from wushuang import types
    from wushuang._core import errors as _errors

    public = [
        value
        for value in vars(_errors).values()
        if isinstance(value, type) and issubclass(value, wushuang.WushuangError) and not value.__name__.startswith("_")
    ]
    assert len(public) > 20
    for error in public:
        assert error.__module__ == "wushuang" and getattr(wushuang, error.__name__) is error
    assert repr(types.Task) == "<class 'wushuang.types.Task'>"
    assert {"Any", "Annotated", "Literal", "Meta", "TypeAlias"}.isdisjoint(dir(types))
    assert all(getattr(types, name).__module__ == "wushuang.types" for name in types.__all__ if name[0] != "_")
    task = msgspec.json.decode(b'{"id": "1", "buttons": [{"customId": "c", "label": "U1"}]}', type=types.Task)
    assert task.buttons is not None and task.buttons[0].label == "U1"
    assert pickle.loads(pickle.dumps(task)) == task
    assert "wushuang._" not in repr(wushuang.RateLimitError)
    from wushuang import batch

    assert repr(batch.BatchInputError) == "<class 'wushuang.batch.BatchInputError'>"


def test_both_distributions_tell_their_version() -> None:
    import wushuang_client

    assert wushuang_client.__version__ == wushuang.__version__
