"""Typed iterators over an event-stream response: ``Stream[T]`` and ``AsyncStream[T]``.

Chunks are decoded as bytes arrive (never after buffering the body). ``data: [DONE]`` ends the stream;
an ``error`` payload or an ``event: error`` frame raises ``APIStreamError``; data that is not the promised
JSON raises ``APIResponseValidationError`` with the offending text cut short; a transport failure mid-stream
raises ``APITimeoutError`` / ``APIConnectionError`` (cause preserved) and is never retried. Whatever way the
iteration ends — exhausted, ``[DONE]``, an error, ``break``, an exception in the caller's loop, leaving a
``with`` block, cancellation — the response is closed. Errors raised by the caller's own code are not
wrapped (they happen outside this module).
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator, Callable, Generator, Iterator
from types import TracebackType
from typing import Generic, TypeVar

import httpx
import msgspec

from ._errors import APIResponseValidationError, body_error, make_stream_error
from ._sse import ServerSentEvent, SSEDecoder

__all__ = ["AsyncStream", "Stream"]

T = TypeVar("T")

_DONE = "[DONE]"
# Named events that carry chunks; any other named event (ping, keep-alive, ...) from a gateway is skipped.
_DATA_EVENTS = frozenset({None, "message"})


class _Done:
    """Sentinel: the stream said ``[DONE]``."""


_DONE_SENTINEL = _Done()
_SKIP = object()


class _StreamBase(Generic[T]):
    """What the sync and async streams share: per-event decisions (pure, no I/O)."""

    response: httpx.Response

    def __init__(
        self,
        response: httpx.Response,
        decode: Callable[[bytes | str], T],
        *,
        method: str,
        path: str,
        events: tuple[str, ...] | None = None,
    ) -> None:
        self.response = response
        self._decode = decode
        self._method = method
        self._path = path
        self._closed = False
        # A stream of named events (`event: thread.run.created`): the names it decodes; others are skipped.
        self._named = None if events is None else frozenset(events)
        self._done_event: T | None = None

    @property
    def closed(self) -> bool:
        """Whether the stream (and its response) has been closed."""
        return self._closed

    def _handle(self, event: ServerSentEvent) -> T | _Done | object:
        """Turn one event into a chunk, ``_DONE_SENTINEL`` or ``_SKIP``; raise for errors."""
        data = event.data
        if event.event == "error":
            raise make_stream_error(self.response, data, method=self._method, path=self._path)
        if self._named is not None:
            return self._handle_named(event)
        if event.event not in _DATA_EVENTS:
            return _SKIP
        if len(data) < 16:  # cheap pre-check: [DONE] and keep-alive blanks are short
            stripped = data.strip()
            if stripped == _DONE:
                return _DONE_SENTINEL
            if not stripped:
                return _SKIP
        # An error object can decode "successfully" into a chunk model whose fields are all optional, so
        # look for it first. The substring test keeps the common case to one C-level scan.
        if '"error"' in data:
            try:
                generic = msgspec.json.decode(data)
            except msgspec.DecodeError:
                generic = None
            if isinstance(generic, dict) and generic.get("error") is not None:
                raise make_stream_error(self.response, data, method=self._method, path=self._path)
        return self._decoded(data, data)

    def _decoded(self, payload: bytes | str, data: str) -> T:
        try:
            return self._decode(payload)
        except ValueError as exc:  # msgspec.DecodeError / ValidationError, json.JSONDecodeError
            kind = "invalid chunk" if isinstance(exc, msgspec.ValidationError) else "event data is not valid JSON"
            raise APIResponseValidationError(
                f"{kind} in event stream of {self._method.upper()} {self._path} ({exc})",
                response=self.response,
                body=data,
            ) from exc

    def _handle_named(self, event: ServerSentEvent) -> T | _Done | object:
        """A named event as ``{"event": name, "data": ...}`` of the stream's union model; ``done`` ends it."""
        assert self._named is not None
        name, data = event.event, event.data
        done = name == "done" or (name is None and data.strip() == _DONE)
        if done and "done" in self._named:
            self._done_event = self._decoded(b'{"event":"done","data":"[DONE]"}', data)
        if done:
            return _DONE_SENTINEL
        if name not in self._named:  # a keep-alive, or an event newer than the spec
            return _SKIP
        payload = b'{"event":' + msgspec.json.encode(name) + b',"data":' + data.encode() + b"}"
        return self._decoded(payload, data)


class Stream(_StreamBase[T]):
    """An iterator of typed chunks from an event-stream response.

    Use it in a ``for`` loop, ideally inside ``with``: the response is closed when the loop ends in any
    way. ``response`` gives the headers (e.g. ``x-request-id``).
    """

    def __init__(
        self,
        response: httpx.Response,
        decode: Callable[[bytes | str], T],
        *,
        method: str,
        path: str,
        events: tuple[str, ...] | None = None,
    ) -> None:
        super().__init__(response, decode, method=method, path=path, events=events)
        self._events = self._iter_chunks()

    def _iter_chunks(self) -> Generator[T, None, None]:
        decoder = SSEDecoder()
        raw = self.response.iter_bytes()
        try:
            while True:
                try:
                    chunk = next(raw)
                except StopIteration:
                    break
                except httpx.RequestError as exc:
                    raise body_error(exc, self.response) from exc
                for event in decoder.feed(chunk):
                    item = self._handle(event)
                    if item is _DONE_SENTINEL:
                        if self._done_event is not None:
                            yield self._done_event
                        return
                    if item is not _SKIP:
                        yield item  # type: ignore[misc]  # _handle returned a T
            decoder.flush()
        finally:
            self._close_response()

    def __next__(self) -> T:
        return next(self._events)

    def __iter__(self) -> Iterator[T]:
        # A fresh generator per loop, not referenced by self: on `break` it is finalised at once, and its
        # `finally` closes the response even while the caller keeps a reference to the stream.
        return self._loop()

    def _loop(self) -> Iterator[T]:
        try:
            yield from self._events
        finally:
            self.close()

    def _close_response(self) -> None:
        self._closed = True
        self.response.close()

    def close(self) -> None:
        """Close the stream and release its connection. Safe to call more than once."""
        if not self._closed:
            self._closed = True
            try:
                self._events.close()
            except ValueError:  # called from inside the running generator; its own finally closes
                pass
        self.response.close()

    def __enter__(self) -> Stream[T]:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncStream(_StreamBase[T]):
    """The async twin of ``Stream``: ``async for`` over typed chunks, ideally inside ``async with``."""

    def __init__(
        self,
        response: httpx.Response,
        decode: Callable[[bytes | str], T],
        *,
        method: str,
        path: str,
        events: tuple[str, ...] | None = None,
    ) -> None:
        super().__init__(response, decode, method=method, path=path, events=events)
        self._events = self._iter_chunks()

    async def _iter_chunks(self) -> AsyncGenerator[T, None]:
        decoder = SSEDecoder()
        raw = self.response.aiter_bytes()
        try:
            while True:
                try:
                    chunk = await raw.__anext__()
                except StopAsyncIteration:
                    break
                except httpx.RequestError as exc:
                    raise body_error(exc, self.response) from exc
                for event in decoder.feed(chunk):
                    item = self._handle(event)
                    if item is _DONE_SENTINEL:
                        if self._done_event is not None:
                            yield self._done_event
                        return
                    if item is not _SKIP:
                        yield item  # type: ignore[misc]  # _handle returned a T
            decoder.flush()
        finally:
            await self._aclose_response()

    async def __anext__(self) -> T:
        return await self._events.__anext__()

    def __aiter__(self) -> AsyncIterator[T]:
        return self._loop()

    async def _loop(self) -> AsyncIterator[T]:
        try:
            async for item in self._events:
                yield item
        finally:
            await self.aclose()

    async def _aclose_response(self) -> None:
        import anyio  # here, not at the top: a sync stream never needs it

        self._closed = True
        # Shielded: closing must complete even when the task is being cancelled.
        with anyio.CancelScope(shield=True):
            await self.response.aclose()

    async def aclose(self) -> None:
        """Close the stream and release its connection. Safe to call more than once."""
        if not self._closed:
            self._closed = True
            try:
                await self._events.aclose()
            except RuntimeError:  # already running (called from inside it); its own finally closes
                pass
        import anyio

        with anyio.CancelScope(shield=True):
            await self.response.aclose()

    async def __aenter__(self) -> AsyncStream[T]:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
