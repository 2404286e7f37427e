"""The log of requests the emulator received, for tests that check what went over the wire."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ._faults import Fault

__all__ = ["RecordedHeaders", "RecordedRequest", "RequestLog"]

_SECRET_HEADERS = frozenset({"authorization", "mj-api-secret", "api-key", "x-api-key"})


class RecordedHeaders(Mapping[str, str]):
    """Request headers, looked up case-insensitively; secrets are hidden from `repr()`.

    Repeated headers are joined with ", " when looked up by name; `raw` keeps every pair.
    """

    def __init__(self, raw: Sequence[tuple[str, str]]) -> None:
        self.raw: tuple[tuple[str, str], ...] = tuple((k.lower(), v) for k, v in raw)
        merged: dict[str, str] = {}
        for key, value in self.raw:
            merged[key] = f"{merged[key]}, {value}" if key in merged else value
        self._merged = merged

    def __getitem__(self, key: str) -> str:
        return self._merged[key.lower()]

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and key.lower() in self._merged

    def __iter__(self) -> Iterator[str]:
        return iter(self._merged)

    def __len__(self) -> int:
        return len(self._merged)

    def __repr__(self) -> str:
        shown = {k: ("<redacted>" if k in _SECRET_HEADERS else v) for k, v in self._merged.items()}
        return f"RecordedHeaders({shown!r})"


@dataclass
class RecordedRequest:
    """One request as the emulator received it (before any fault or validation)."""

    method: str
    path: str
    query: str
    headers: RecordedHeaders
    body: bytes = field(repr=False)
    operation_id: str | None
    status: int | None = None
    fault: Fault | None = None
    #: The path exactly as sent, percent-escapes kept (`path` is decoded: `%2F` there reads as `/`).
    raw_path: str = ""

    def json(self) -> Any:
        """The body parsed as JSON."""
        return json.loads(self.body)

    def __repr__(self) -> str:
        return (
            f"RecordedRequest({self.method} {self.path}{'?' + self.query if self.query else ''}, "
            f"operation_id={self.operation_id!r}, status={self.status!r}, body={len(self.body)} bytes, "
            f"fault={self.fault!r})"
        )


class RequestLog(Sequence[RecordedRequest]):
    """Every request received since the last reset, oldest first (thread-safe)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._items: list[RecordedRequest] = []

    def append(self, item: RecordedRequest) -> None:
        """Record one request (the emulator calls this)."""
        with self._lock:
            self._items.append(item)

    def clear(self) -> None:
        """Forget every recorded request."""
        with self._lock:
            self._items.clear()

    def for_operation(self, operation_id: str) -> list[RecordedRequest]:
        """The requests routed to one operation, e.g. `"createCompletion"`: one per attempt."""
        with self._lock:
            return [r for r in self._items if r.operation_id == operation_id]

    @property
    def last(self) -> RecordedRequest:
        """The most recent request; IndexError when none arrived."""
        with self._lock:
            return self._items[-1]

    def __getitem__(self, index: int) -> RecordedRequest:  # type: ignore[override]
        with self._lock:
            return self._items[index]

    def __len__(self) -> int:
        with self._lock:
            return len(self._items)

    def __iter__(self) -> Iterator[RecordedRequest]:
        with self._lock:
            return iter(list(self._items))

    def __repr__(self) -> str:
        return f"RequestLog({len(self)} requests)"
