"""``x-sdk.envelope: midjourney``: a submit answers ``{code, description, result}`` with a 2xx status whatever
became of the task; codes 1 (submitted), 21 (exists / waits for a modal step) and 22 (queued) accept it, any
other refuses it and raises ``MidjourneyError``."""

from __future__ import annotations

from typing import Any

from wushuang._core.behaviours import register
from wushuang.midjourney._errors import MidjourneyError

__all__ = ["ACCEPTED", "MIDJOURNEY"]

ACCEPTED = frozenset({1, 21, 22})


class _Envelope:
    def check(self, decoded: Any) -> None:
        """Raise ``MidjourneyError`` unless the submit envelope's code says the task was accepted."""
        code = getattr(decoded, "code", None)
        if code in ACCEPTED:
            return
        description = getattr(decoded, "description", None) or ""
        properties = getattr(decoded, "properties", None) or {}
        raise MidjourneyError(
            f"Midjourney refused the task: code {code} - {description}".rstrip(" -"),
            code=int(code) if isinstance(code, int) else 0,
            description=description,
            properties=properties,
            task_id=str(decoded.result) if getattr(decoded, "result", None) is not None else None,
        )


MIDJOURNEY = register("envelope", "midjourney", _Envelope())
