"""The client's ``midjourney_mode`` option: relays of the new-api family choose the Midjourney speed by a path
prefix (``/mj-fast/mj/submit/imagine``)."""

from __future__ import annotations

from wushuang._core.errors import InvalidParameterError

__all__ = ["MIDJOURNEY_MODES", "check_midjourney_mode", "mode_prefixed"]

MIDJOURNEY_MODES = ("fast", "relax", "turbo")


def check_midjourney_mode(value: object) -> str | None:
    """The ``midjourney_mode`` option checked: one of ``MIDJOURNEY_MODES`` or None (the relay's default)."""
    if value is not None and value not in MIDJOURNEY_MODES:
        raise InvalidParameterError(
            f"midjourney_mode must be one of {', '.join(MIDJOURNEY_MODES)} or None, got {value!r}",
            param="midjourney_mode",
            operation_id="",
        )
    return value


def mode_prefixed(path: str, mode: str | None) -> str:
    """``path`` with the mode's prefix when it is a Midjourney path and a mode is set."""
    return f"/mj-{mode}{path}" if mode and path.startswith("/mj/") else path
