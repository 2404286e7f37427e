"""Scripted misbehaviour: the faults a test asks the emulator to inject, one per matching request."""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Fault", "FaultQueue"]


@dataclass(frozen=True)
class Fault:
    """One injected misbehaviour, consumed by the first request that matches its filter.

    Exactly one kind is usually set:

    - `status`: answer with this HTTP status (optional `retry_after` header value, extra `headers`, and a
      `body`: a dict/list is sent as JSON, `str`/`bytes` as-is with `content_type`; default: the relay's
      error envelope for the path);
    - `delay`: wait this many (real) seconds before answering normally (combine with `status` to delay an
      error);
    - `reset`: close the TCP connection without sending any response;
    - `truncate_stream`: send only the first N body chunks (SSE events) and close the connection, with no
      `[DONE]` and no end of the chunked body;
    - `end_stream_early`: send only the first N events of an event stream, then `data: [DONE]` and a clean end,
      as a gateway does after losing its upstream mid-answer (no `finish_reason` comes);
    - `stall_stream`: pause this many (real) seconds after the first event of an event stream, then go on (with
      `truncate_stream` or `end_stream_early`, after the last event sent);
    - `malformed_json`: answer 200 with a broken JSON body, or (for an event stream) a broken `data:` line;
    - `html_502`: answer 502 with an HTML page, as a reverse proxy does.

    `operation_id`, `path` (exact request path) and `method` restrict which requests the fault applies to.
    """

    status: int | None = None
    retry_after: str | float | None = None
    body: Any = None
    content_type: str | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    delay: float = 0.0
    reset: bool = False
    truncate_stream: int | None = None
    end_stream_early: int | None = None
    stall_stream: float = 0.0
    malformed_json: bool = False
    html_502: bool = False
    operation_id: str | None = None
    path: str | None = None
    method: str | None = None

    def __post_init__(self) -> None:
        if self.status is not None and not 100 <= self.status <= 599:
            raise ValueError(f"status must be an HTTP status, got {self.status!r}")
        if self.delay < 0:
            raise ValueError("delay must be >= 0")
        if self.truncate_stream is not None and self.truncate_stream < 0:
            raise ValueError("truncate_stream must be >= 0")
        if self.end_stream_early is not None and self.end_stream_early < 0:
            raise ValueError("end_stream_early must be >= 0")
        if self.stall_stream < 0:
            raise ValueError("stall_stream must be >= 0")
        kinds = [
            self.status is not None,
            self.reset,
            self.truncate_stream is not None,
            self.end_stream_early is not None,
            self.malformed_json,
            self.html_502,
        ]
        if sum(kinds) > 1:
            raise ValueError(
                "a Fault has one kind: status, reset, truncate_stream, end_stream_early, malformed_json or html_502"
            )
        if sum(kinds) == 0 and not self.delay and not self.stall_stream:
            raise ValueError(
                "a Fault needs a kind: status, delay, reset, truncate_stream, end_stream_early, stall_stream, "
                "malformed_json, html_502"
            )

    def matches(self, operation_id: str | None, path: str, method: str) -> bool:
        """Whether this fault applies to a request."""
        if self.operation_id is not None and self.operation_id != operation_id:
            return False
        if self.path is not None and self.path != path:
            return False
        return self.method is None or self.method.upper() == method.upper()


class FaultQueue:
    """The faults waiting to be injected, in order; each is used by one matching request."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._queue: deque[Fault] = deque()

    def push(self, fault: Fault) -> None:
        """Add one fault at the end of the queue."""
        with self._lock:
            self._queue.append(fault)

    def script(self, faults: Iterable[Fault]) -> None:
        """Replace the queue with these faults, to be used in order."""
        items = list(faults)
        with self._lock:
            self._queue.clear()
            self._queue.extend(items)

    def clear(self) -> None:
        """Drop every pending fault."""
        with self._lock:
            self._queue.clear()

    def take(self, operation_id: str | None, path: str, method: str) -> Fault | None:
        """Remove and return the first pending fault that matches this request, if any."""
        with self._lock:
            for i, fault in enumerate(self._queue):
                if fault.matches(operation_id, path, method):
                    del self._queue[i]
                    return fault
        return None

    @property
    def pending(self) -> list[Fault]:
        """The faults not yet used."""
        with self._lock:
            return list(self._queue)

    def __len__(self) -> int:
        with self._lock:
            return len(self._queue)
