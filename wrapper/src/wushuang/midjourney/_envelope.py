"""``x-sdk.envelope: midjourney``: a submit answers ``{code, description, result}`` with a 2xx status whatever
became of the task; codes 1 (submitted), 21 (exists / waits for a modal step) and 22 (queued) accept it, any
other refuses it and raises ``MidjourneyError``.

A refusal for a full queue (23) or a rate limit (30) made no task, so submitting again is always safe: ``refused``
tells the send loop so, and every submit is retried under the client's retry policy before ``check`` raises.
"""

from __future__ import annotations

from typing import Any

import msgspec

from wushuang._core.behaviours import register
from wushuang._core.retry import MIDJOURNEY_BUSY
from wushuang.midjourney._errors import MidjourneyError

__all__ = ["ACCEPTED", "MIDJOURNEY"]

ACCEPTED = frozenset({1, 21, 22})
#: What each refusal code means (midjourney-proxy's ``ReturnCode``, new-api's 4 and 30), after the relay's words.
_GLOSSES = {
    3: "not found",
    4: "the request was refused (invalid, or the quota is not enough)",
    9: "the proxy failed",
    23: "the queue is full; submit again later",
    24: "the prompt holds a banned word",
    30: "rate limited; submit again later",
}


class _Code(msgspec.Struct):
    code: Any = None


_code = msgspec.json.Decoder(_Code)


class _Envelope:
    def refused(self, body: bytes) -> bool:
        """Whether a submit's 2xx body refuses the task for now only: code 23 (queue full) or 30 (rate limit)."""
        try:
            code = _code.decode(body).code
        except (msgspec.DecodeError, msgspec.ValidationError, RecursionError):  # not this envelope
            return False
        return isinstance(code, int) and code in MIDJOURNEY_BUSY

    def check(self, decoded: Any) -> None:
        """Raise ``MidjourneyError`` unless the submit envelope's code says the task was accepted."""
        code = getattr(decoded, "code", None)
        if code in ACCEPTED:
            return
        description = getattr(decoded, "description", None) or ""
        properties = getattr(decoded, "properties", None) or {}
        gloss = _GLOSSES.get(code) if isinstance(code, int) else None
        raise MidjourneyError(
            f"Midjourney refused the task: code {code} - {description}".rstrip(" -") + (f" [{gloss}]" if gloss else ""),
            code=int(code) if isinstance(code, int) else 0,
            description=description,
            properties=properties,
            task_id=str(decoded.result) if getattr(decoded, "result", None) is not None else None,
        )


MIDJOURNEY = register("envelope", "midjourney", _Envelope())
