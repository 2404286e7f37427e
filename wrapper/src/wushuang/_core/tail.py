"""A streamed call's event stream watched as it passes to the caller, decoded by nobody but the caller.

Spend and telemetry both need what a stream said (its usage chunk, its id, model and finish reasons, which come at
its end) and telemetry needs when its events arrived: one ``Tail`` per streamed answer keeps the last bytes (all of
them, when asked) and counts the ``data:`` lines of each chunk as it goes; the kept events are decoded once, when
the stream has ended.
"""

from __future__ import annotations

from collections import deque
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx
import msgspec

from wushuang._core.middleware import Call
from wushuang._core.model import loads
from wushuang._core.send import unbind

__all__ = ["Tail", "stream_tail", "tail_of"]

TAIL_BYTES = 64 * 1024  # how much of a stream's end is kept: its usage chunk and last events are there
_KEY = "tail"
_LINE = b"\ndata:"


class Tail:
    """A response body passed through unchanged: its last bytes kept (or all of them, ``keep_all``), its events
    counted; of the same kind (sync or async) as the body it wraps, as httpx tells them apart by class.

    ``listeners`` are called with the number of events each chunk brought (chunks that bring none are not told).
    ``error``: what reading the body raised.
    """

    def __init__(self, stream: Any) -> None:
        self._stream = stream
        self.kept: deque[bytes] = deque()
        self._size = 0
        self._edge = b"\n"  # the stream's start is a line start; then the last bytes of the chunk before
        self.keep_all = False
        self.events = 0
        self.listeners: list[Callable[[int], None]] = []
        self._read_out = False
        self._done = False
        self.error: BaseException | None = None
        self._payloads: list[Any] | None = None

    def _keep(self, chunk: bytes) -> None:
        joined = self._edge + chunk
        # A data line begins after a newline; one split across two chunks is found in the joined bytes, and one
        # found before cannot be found again (the edge is shorter than the marker).
        new = joined.count(_LINE)
        self._edge = joined[-(len(_LINE) - 1) :]
        self.kept.append(chunk)
        self._size += len(chunk)
        while not self.keep_all and self._size - len(self.kept[0]) >= TAIL_BYTES:
            self._size -= len(self.kept.popleft())
        if new:
            self.events += new
            for listener in self.listeners:
                listener(new)

    def payloads(self) -> list[Any]:
        """The JSON payloads of the kept events, decoded once (the first kept event may be cut: skipped)."""
        if self._payloads is None:
            from wushuang._core.sse import SSEDecoder

            found = []
            for event in SSEDecoder().feed(b"".join(self.kept)):
                self._done = event.data == "[DONE]"
                try:
                    found.append(loads(event.data))
                except msgspec.DecodeError:
                    continue  # a cut first event, or data that is not JSON ("[DONE]")
            self._payloads = found
        return self._payloads

    @property
    def complete(self) -> bool:
        """Whether the stream came to its end: its body read out, or its last event the ``[DONE]`` that ends it (a
        reader may stop there without reading on)."""
        self.payloads()
        return self._read_out or self._done

    def usage(self) -> Any:
        """The last ``usage`` object among the kept events, or None."""
        found = None
        for payload in self.payloads():
            usage = payload.get("usage") if isinstance(payload, dict) else None
            found = usage if isinstance(usage, dict) else found
        return found


class _TailSync(Tail, httpx.SyncByteStream):
    def __iter__(self) -> Iterator[bytes]:
        try:
            for chunk in self._stream:
                self._keep(chunk)
                yield chunk
        except Exception as exc:
            self.error = exc
            raise
        self._read_out = True

    def close(self) -> None:
        self._stream.close()


class _TailAsync(Tail, httpx.AsyncByteStream):
    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._stream:
                self._keep(chunk)
                yield chunk
        except Exception as exc:
            self.error = exc
            raise
        self._read_out = True

    async def aclose(self) -> None:
        await self._stream.aclose()


def tail_of(call: Call, response: httpx.Response) -> Tail | None:
    """The tail of ``response``'s event stream (made on first asking, then shared); None unless ``call`` leaves
    its body unread and the body is an event stream."""
    stream = response.stream
    if isinstance(stream, Tail):
        return stream
    if not call.stream or "text/event-stream" not in response.headers.get("content-type", ""):
        return None
    unbind(response)  # the send loop would no longer find httpx's bound stream inside the tail
    tail = (_TailAsync if isinstance(stream, httpx.AsyncByteStream) else _TailSync)(stream)
    response.stream = tail
    call.state[_KEY] = tail
    return tail


def stream_tail(call: Call) -> Tail | None:
    """The tail of ``call``'s streamed answer, if one was made."""
    tail = call.state.get(_KEY)
    return tail if isinstance(tail, Tail) else None
