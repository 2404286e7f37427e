"""Incremental server-sent-events decoder (the WHATWG HTML "event stream" interpretation).

Bytes go in as they arrive off the network, complete events come out. Lines end with ``\\n``, ``\\r`` or
``\\r\\n`` and may be split anywhere across chunks, including inside a multi-byte UTF-8 character and
between ``\\r`` and ``\\n``: lines are cut at the byte level and decoded only once complete. Only those three
are line breaks (U+2028 and friends are data), which is why ``bytes.splitlines`` is used and never
``str.splitlines``.

This is the streaming hot path: a chunk is scanned once in C (``bytes.splitlines``), an incomplete line is
kept in a ``bytearray`` (amortised appends, so one huge event costs linear time), and the Python work is
per line, not per byte.

Memory is bounded: a line, and the data of one event, may not exceed ``MAX_EVENT_BYTES`` (16 MiB by default,
far above any chunk a relay sends; a module attribute, read when a decoder is made). Past it ``feed`` raises
``EventTooLarge`` as soon as the limit is crossed, having held no more than the limit and one network chunk, so
a relay that never ends a line cannot exhaust memory.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["MAX_EVENT_BYTES", "EventTooLarge", "SSEDecoder", "ServerSentEvent"]

#: The most bytes a line, or the data of one event, may hold (see the module's docstring).
MAX_EVENT_BYTES = 16 * 1024 * 1024

_BOM = b"\xef\xbb\xbf"
# A ``retry:`` with more significant digits is ignored: no delay is that long, and ``int()`` refuses strings
# past ``sys.get_int_max_str_digits()`` (4300 by default, 640 at the least) with a ValueError.
_MAX_RETRY_DIGITS = 640


class EventTooLarge(ValueError):
    """A line or an event's data went past the decoder's limit; the text says which and the limit."""


@dataclass(slots=True)
class ServerSentEvent:
    """One dispatched event. ``event`` is ``None`` when the frame had no ``event:`` field."""

    event: str | None
    data: str
    id: str | None = None
    retry: int | None = None


class SSEDecoder:
    """Feed bytes, get events.

    - ``:`` lines are comments; one space after the field's colon is stripped;
    - several ``data:`` lines join with ``\\n`` (empty ones included);
    - ``id:`` persists across events and is ignored if it contains NUL;
    - ``retry:`` is kept only when it is all ASCII digits (``retry`` on the event that carried it, and
      ``last_retry`` on the decoder), and ignored past 640 significant digits;
    - unknown fields are ignored; a frame without any ``data:`` line dispatches nothing;
    - an event ends at a blank line; an unterminated event at end of stream is dropped;
    - a line or an event's data longer than ``limit`` bytes (default ``MAX_EVENT_BYTES``) raises ``EventTooLarge``.
    """

    __slots__ = (
        "_data",
        "_event",
        "_limit",
        "_line",
        "_retry",
        "_size",
        "_skip_lf",
        "_started",
        "last_event_id",
        "last_retry",
    )

    def __init__(self, limit: int | None = None) -> None:
        self._limit = MAX_EVENT_BYTES if limit is None else limit  # of a line, and of an event's data
        self._size = 0  # bytes of data in the event being read
        self._line = bytearray()  # an incomplete line carried over to the next chunk
        self._skip_lf = False  # the previous chunk ended with "\r": a leading "\n" belongs to it
        self._started = False  # the first line has been seen (a leading BOM is stripped from it)
        self._data: list[str] = []
        self._event: str | None = None
        self._retry: int | None = None
        self.last_event_id: str | None = None
        self.last_retry: int | None = None

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        """Decode ``chunk`` and return the events it completed (possibly none)."""
        events: list[ServerSentEvent] = []
        if not chunk:
            return events
        if self._skip_lf:
            self._skip_lf = False
            if chunk[:1] == b"\n":
                chunk = chunk[1:]
                if not chunk:
                    return events
        if b"\n" not in chunk and b"\r" not in chunk:
            # No line end at all (e.g. the middle of a huge event): just accumulate.
            self._line += chunk
            if len(self._line) > self._limit:
                self._too_large("a line")
            return events
        lines = chunk.splitlines(keepends=True)
        last = lines[-1]
        if last[-1:] in (b"\n", b"\r"):
            incomplete = b""
        else:
            incomplete = lines.pop()
        if self._line:
            # Complete the carried-over line with the first line of this chunk.
            self._line += lines[0]
            lines[0] = bytes(self._line)
            self._line = bytearray()
        if lines and lines[-1][-1:] == b"\r":
            # A "\r" at the very end of the chunk may be the first half of "\r\n".
            self._skip_lf = not incomplete
        process = self._process_line
        limit = self._limit
        for line in lines:
            if len(line) > limit:
                self._too_large("a line")
            event = process(line)
            if event is not None:
                events.append(event)
        if incomplete:
            self._line += incomplete
            if len(self._line) > limit:
                self._too_large("a line")
        return events

    def _too_large(self, what: str) -> None:
        self.flush()  # what was held goes at once
        raise EventTooLarge(f"{what} longer than {self._limit:,} bytes")

    def flush(self) -> list[ServerSentEvent]:
        """End of stream: drop any unterminated line and event (per the spec) and reset for reuse."""
        self._line = bytearray()
        self._skip_lf = False
        self._data = []
        self._size = 0
        self._event = None
        self._retry = None
        return []

    def _process_line(self, raw: bytes) -> ServerSentEvent | None:
        # Strip the terminator: "\r\n", "\n" or "\r".
        if raw[-1:] == b"\n":
            raw = raw[:-2] if raw[-2:-1] == b"\r" else raw[:-1]
        elif raw[-1:] == b"\r":
            raw = raw[:-1]
        if not self._started:
            self._started = True
            if raw.startswith(_BOM):
                raw = raw[len(_BOM) :]

        if not raw:
            return self._dispatch()
        if raw[:1] == b":":
            return None  # comment

        field, colon, value = raw.partition(b":")
        if colon and value[:1] == b" ":
            value = value[1:]

        if field == b"data":
            self._size += len(value)
            if self._size > self._limit:
                self._too_large("an event's data")
            self._data.append(value.decode("utf-8", "replace"))
        elif field == b"event":
            self._event = value.decode("utf-8", "replace")
        elif field == b"id":
            if b"\0" not in value:
                self.last_event_id = value.decode("utf-8", "replace")
        elif field == b"retry":
            if value and value.isdigit():  # bytes.isdigit is ASCII-only
                digits = value.lstrip(b"0") or b"0"
                if len(digits) > _MAX_RETRY_DIGITS:
                    return None
                self._retry = int(digits)
                self.last_retry = self._retry
        # Unknown fields are ignored.
        return None

    def _dispatch(self) -> ServerSentEvent | None:
        data = self._data
        event_type = self._event
        retry = self._retry
        self._event = None
        self._retry = None
        if not data:
            return None  # frames without data (event:-only, retry:-only, extra blank lines) dispatch nothing
        self._data = []
        self._size = 0
        joined = data[0] if len(data) == 1 else "\n".join(data)
        return ServerSentEvent(event=event_type, data=joined, id=self.last_event_id, retry=retry)
