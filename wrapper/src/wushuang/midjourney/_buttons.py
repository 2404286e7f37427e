"""Finding a Midjourney task's button by what a person calls it: a label, an emoji, a name or its ``customId``.

Pure decisions, no I/O. Relays send emoji-only buttons (reroll, pan, vary region on some) with an empty label, so
a name is also matched by the ``customId`` pattern of its kind (api-surface.md 3.5)::

    "U1".."U4", "V1".."V4"           MJ::JOB::upsample::<i>::  /  MJ::JOB::variation::<i>::
    "reroll", "🔄"                    MJ::JOB::reroll::
    "Zoom Out 2x", "Zoom Out 1.5x"    MJ::Outpaint::50::  /  MJ::Outpaint::75::
    "Custom Zoom"                     MJ::CustomZoom::
    "Vary (Region)", "🖌️"             MJ::Inpaint::
    "Vary (Strong)", "Vary (Subtle)"  MJ::JOB::high_variation::  /  MJ::JOB::low_variation::
    "Upscale (Subtle)", ...           MJ::JOB::upsample_v6_2x_subtle:: (creative, v5 2x / 4x likewise)
    "pan left", "⬅️", ...             MJ::JOB::pan_left:: (right, up, down likewise)
    "bookmark", "❤️"                  MJ::BOOKMARK::

Names are compared lower-cased, with ``_``, ``-``, brackets and emoji variation selectors ignored, so
``"vary_strong"`` finds "Vary (Strong)".
"""

from __future__ import annotations

import re
from typing import Any

from wushuang._core.errors import InvalidParameterError

__all__ = ["find_button", "needs_modal_button"]

_PATTERNS: dict[str, str] = {
    "reroll": "MJ::JOB::reroll::",
    "🔄": "MJ::JOB::reroll::",
    "zoom out 2x": "MJ::Outpaint::50::",
    "zoom out 1.5x": "MJ::Outpaint::75::",
    "custom zoom": "MJ::CustomZoom::",
    "vary region": "MJ::Inpaint::",
    "inpaint": "MJ::Inpaint::",
    "🖌": "MJ::Inpaint::",
    "vary strong": "MJ::JOB::high_variation::",
    "vary subtle": "MJ::JOB::low_variation::",
    "upscale subtle": "MJ::JOB::upsample_v6_2x_subtle::",
    "upscale creative": "MJ::JOB::upsample_v6_2x_creative::",
    "upscale 2x": "MJ::JOB::upsample_v5_2x::",
    "upscale 4x": "MJ::JOB::upsample_v5_4x::",
    "bookmark": "MJ::BOOKMARK::",
    "❤": "MJ::BOOKMARK::",
    **{f"pan {way}": f"MJ::JOB::pan_{way}::" for way in ("left", "right", "up", "down")},
    **{arrow: f"MJ::JOB::pan_{way}::" for arrow, way in zip("⬅➡⬆⬇", ("left", "right", "up", "down"), strict=True)},
    **{f"u{i}": f"MJ::JOB::upsample::{i}::" for i in range(1, 5)},
    **{f"v{i}": f"MJ::JOB::variation::{i}::" for i in range(1, 5)},
}
# The buttons whose press is answered with code 21 and waits for the modal operation.
_MODAL_PREFIXES = ("MJ::CustomZoom::", "MJ::Inpaint::")


def _norm(text: str | None) -> str:
    text = (text or "").replace("\ufe0f", "").lower()
    return " ".join(re.sub(r"[_\-()\[\]]", " ", text).split())


def describe(button: Any) -> str:
    """How a button is shown in a message: its label, else its emoji, else its ``customId``."""
    return str(button.label or button.emoji or button.custom_id)


def find_button(task: Any, name: str) -> Any:
    """The button of a finished ``task`` that ``name`` means; ``InvalidParameterError`` (before anything is sent)
    when the task is not finished or has no such button, listing the buttons it has."""

    def refuse(problem: str) -> InvalidParameterError:
        return InvalidParameterError(f"press: {problem}", param="button", operation_id="submitAction")

    if not isinstance(name, str) or not name.strip():
        raise refuse(f"button must be a label, an emoji, a name or a customId (non-empty str), got {name!r}")
    status = (task.status or "").upper()
    if status != "SUCCESS":
        raise refuse(f"task {task.id} is {status or 'of no status'}; its buttons can be pressed once it is SUCCESS")
    buttons = [b for b in task.buttons or () if b.custom_id]
    wanted = _norm(name)
    pattern = _PATTERNS.get(wanted)
    for matches in (
        lambda b: b.custom_id == name,
        lambda b: _norm(b.label) == wanted and wanted != "",
        lambda b: _norm(b.emoji) == wanted and wanted != "",
        lambda b: pattern is not None and b.custom_id.startswith(pattern),
    ):
        found = [b for b in buttons if matches(b)]
        if found:
            return found[0]
    has = ", ".join(describe(b) for b in buttons) or "none"
    raise refuse(f"task {task.id} has no button {name!r}; its buttons: {has}")


def needs_modal_button(button: Any) -> bool:
    """Whether pressing ``button`` always asks for a modal step (custom zoom, vary region)."""
    return str(button.custom_id).startswith(_MODAL_PREFIXES)
