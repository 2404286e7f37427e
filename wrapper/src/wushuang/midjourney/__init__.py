"""Midjourney through the relay: every rule of the product in one place.

The generated ``client.midjourney.submit`` / ``client.midjourney.tasks`` resources gain their hand-written methods
here (buttons, modal steps, waits, downloads: ``_helpers``), and the product plugs its rules into the core by its
``x-sdk`` values: the submit envelope (``envelope: midjourney``, ``_envelope``). Its errors, the answer types of
its helpers, ``parse_task_notification`` and ``split_grid`` are exported here and by ``wushuang``; modules load
when a name is first used.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wushuang.midjourney._errors import (
        MidjourneyError,
        MidjourneyModalRequiredError,
        MidjourneyTaskFailedError,
        MidjourneyTimeoutError,
    )
    from wushuang.midjourney._grid import split_grid
    from wushuang.midjourney._helpers import ButtonPress, ImagineOutcome, parse_task_notification
    from wushuang.midjourney._mode import MIDJOURNEY_MODES

_LAZY = {
    "MidjourneyError": "_errors",
    "MidjourneyModalRequiredError": "_errors",
    "MidjourneyTaskFailedError": "_errors",
    "MidjourneyTimeoutError": "_errors",
    "split_grid": "_grid",
    "ButtonPress": "_helpers",
    "ImagineOutcome": "_helpers",
    "parse_task_notification": "_helpers",
    "MIDJOURNEY_MODES": "_mode",
}

__all__ = [
    "MIDJOURNEY_MODES",
    "ButtonPress",
    "ImagineOutcome",
    "MidjourneyError",
    "MidjourneyModalRequiredError",
    "MidjourneyTaskFailedError",
    "MidjourneyTimeoutError",
    "parse_task_notification",
    "split_grid",
]


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'wushuang.midjourney' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"wushuang.midjourney.{_LAZY[name]}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
