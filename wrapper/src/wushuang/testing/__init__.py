"""wushuang.testing: a local emulator of the 无双 relay, for tests and demos.

Install with `pip install 'wushuang[testing]'`. `Emulator` runs it in a background thread
(`with Emulator() as emu: emu.base_url`), `wushuang emulator` (or `python -m wushuang.testing`) serves it from
the command line, and the pytest plugin gives a `wushuang_emulator` fixture. It starts empty; `seed_assistants=N`
(`--seed-assistants N`) asks for N ready-made assistants.

The server parts (Starlette, uvicorn) load only when `Emulator` is first used, so importing this package (as
the pytest plugin does) stays light and works without the `testing` extra.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._clock import Clock
from ._faults import Fault, FaultQueue

if TYPE_CHECKING:
    from ._emulator import Emulator, build_app
    from ._records import RecordedRequest, RequestLog
    from ._state import SyntheticFile, synthetic_chunks, synthetic_sha256

__all__ = [
    "DEFAULT_API_KEY",
    "Clock",
    "Emulator",
    "Fault",
    "FaultQueue",
    "RecordedRequest",
    "RequestLog",
    "SyntheticFile",
    "build_app",
    "synthetic_chunks",
    "synthetic_sha256",
]

#: The key the emulator accepts when given none (`Emulator()`, `wushuang emulator`, the pytest fixtures).
DEFAULT_API_KEY = "test-key"

_LAZY = {
    "Emulator": "._emulator",
    "build_app": "._emulator",
    "RecordedRequest": "._records",
    "RequestLog": "._records",
    "SyntheticFile": "._state",
    "synthetic_chunks": "._state",
    "synthetic_sha256": "._state",
}


def __getattr__(name: str) -> Any:
    module_name = _LAZY.get(name)
    if module_name is None:
        raise AttributeError(f"module 'wushuang.testing' has no attribute {name!r}")
    import importlib

    try:
        module = importlib.import_module(module_name, __name__)
    except ImportError as exc:
        raise ImportError(
            f"wushuang.testing.{name} needs the testing extra: pip install 'wushuang[testing]' ({exc})"
        ) from exc
    value = getattr(module, name)
    globals()[name] = value
    return value
