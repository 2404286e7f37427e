"""Typed iterators over an event-stream response: ``Stream[T]`` and ``AsyncStream[T]``.

Chunks are decoded as bytes arrive (never after buffering the body). ``data: [DONE]`` ends the stream;
an ``error`` payload or an ``event: error`` frame raises ``APIStreamError``; data that is not the promised
JSON raises ``APIResponseValidationError`` with the offending text cut short; a transport failure mid-stream
raises ``APITimeoutError`` / ``APIConnectionError`` (cause preserved) and is never retried. Whatever way the
iteration ends — exhausted, ``[DONE]``, an error, ``break``, an exception in the caller's loop, leaving a
``with`` block, cancellation — the response is closed. Errors raised by the caller's own code are not
wrapped (they happen outside this module).

Nothing is lost silently. Before anything is decoded, once per stream, the body is judged by its content type:
``text/event-stream`` (or none) is decoded as events; any other type has its first bytes looked at: events after
all (a mislabelled stream) are decoded as such; JSON is read whole, and is either an error envelope (raised as
the status error it describes, see ``make_envelope_error``) or a whole answer from a relay that ignored
``stream`` (yielded as the one chunk it amounts to, else ``APIResponseValidationError``); anything else (an HTML
page, plain text) raises ``APIResponseValidationError`` with a cut of it. A body that ends without ``[DONE]`` is
judged once at its end (see ``APIStreamIncompleteError``). What a whole answer amounts to and which last item
completes a stream are the operation's rule (``x-sdk.stream``, a ``StreamRule`` of ``wushuang._core.behaviours``
registered by its product's module: chat chunks, run events). A stream garbage-collected before it was closed
says so with a ``ResourceWarning`` naming the call, and gives its connection back.
"""

from __future__ import annotations

import itertools
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Generator, Iterator
from types import TracebackType
from typing import Generic, TypeVar

import httpx
import msgspec

from wushuang._core.behaviours import DEFAULT_STREAM, StreamRule
from wushuang._core.errors import (
    APIResponseDecodingError,
    APIResponseValidationError,
    APIStreamIncompleteError,
    body_error,
    make_envelope_error,
    make_stream_error,
)
from wushuang._core.model import loads
from wushuang._core.response import release_forgotten
from wushuang._core.sse import ServerSentEvent, SSEDecoder

__all__ = ["AsyncStream", "Stream"]

T = TypeVar("T")

_DONE = "[DONE]"
# Named events that carry chunks; any other named event (ping, keep-alive, ...) from a gateway is skipped.
_DATA_EVENTS = frozenset({None, "message"})


class _Done:
    """Sentinel: the stream said ``[DONE]``."""


_DONE_SENTINEL = _Done()
_SKIP = object()

# How a body that is an event stream after all (whatever its content type says) may begin.
_SSE_STARTS = (b"data:", b"event:", b"id:", b"retry:", b":")
_TEXT_LIMIT = 4096  # of a body that is neither events nor JSON, enough to quote in the error


def _body_kind(media: str, head: bytes) -> str:
    """``"sse"``, ``"json"`` or ``"text"``: how to read a body not declared an event stream, by its first bytes."""
    start = head.lstrip()
    if start.startswith(_SSE_STARTS):
        return "sse"
    if start[:1] in (b"{", b"[") or media == "application/json" or media.endswith("+json"):
        return "json"
    return "text"


def _read_head(raw: Iterator[bytes]) -> bytes:
    """The first bytes of a body: up to the first that are not whitespace (all of a blank body)."""
    head = b""
    for piece in raw:
        head += piece
        if head.strip():
            break
    return head


def _read_rest(raw: Iterator[bytes], head: bytes, limit: int | None) -> bytes:
    """``head`` and what follows it, up to about ``limit`` bytes (``None``: all)."""
    parts = [head]
    size = len(head)
    if limit is None or size < limit:
        for piece in raw:
            parts.append(piece)
            size += len(piece)
            if limit is not None and size >= limit:
                break
    return b"".join(parts)


async def _aread_head(raw: AsyncIterator[bytes]) -> bytes:
    head = b""
    async for piece in raw:
        head += piece
        if head.strip():
            break
    return head


async def _aread_rest(raw: AsyncIterator[bytes], head: bytes, limit: int | None) -> bytes:
    parts = [head]
    size = len(head)
    if limit is None or size < limit:
        async for piece in raw:
            parts.append(piece)
            size += len(piece)
            if limit is not None and size >= limit:
                break
    return b"".join(parts)


async def _prepend(head: bytes, raw: AsyncIterator[bytes]) -> AsyncIterator[bytes]:
    yield head
    async for piece in raw:
        yield piece


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
        rule: StreamRule = DEFAULT_STREAM,
    ) -> None:
        self.response = response
        self._decode = decode
        self._method = method
        self._path = path
        self._closed = False
        # A stream of named events (`event: thread.run.created`): the names it decodes; others are skipped.
        self._named = None if events is None else frozenset(events)
        self._rule = rule  # the operation's `x-sdk.stream`: how it may end, what a whole answer stands for
        self._done_event: T | None = None
        # The chunk generator was closed from outside before the stream was: by a loop that stopped early (which
        # closes the stream next) or by the garbage collector (then ``__del__`` warns).
        self._exited_unclosed = False

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
                generic = loads(data)
            except msgspec.DecodeError:
                generic = None
            if isinstance(generic, dict) and generic.get("error") is not None:
                raise make_stream_error(self.response, data, method=self._method, path=self._path)
        return self._decoded(data, data)

    def _decoded(self, payload: bytes | str, data: str) -> T:
        try:
            return self._decode(payload)
        except ValueError as exc:  # msgspec.DecodeError / ValidationError, json.JSONDecodeError
            invalid = isinstance(exc, msgspec.ValidationError)
            kind = "invalid chunk" if invalid else "event data is not valid JSON"
            raise (APIResponseValidationError if invalid else APIResponseDecodingError)(
                f"{kind} in event stream of {self._method.upper()} {self._path} ({exc})",
                response=self.response,
                body=data,
            ) from exc

    def _handle_named(self, event: ServerSentEvent) -> T | _Done | object:
        """A named event as ``{"event": name, "data": ...}`` of the stream's union model; ``done`` ends it."""
        assert self._named is not None
        name, data = event.event, event.data
        if name in _DATA_EVENTS and data.lstrip().startswith("{"):
            return self._handle_wrapped(data)
        done = name == "done" or (name is None and data.strip() == _DONE)
        if done and "done" in self._named:
            self._done_event = self._decoded(b'{"event":"done","data":"[DONE]"}', data)
        if done:
            return _DONE_SENTINEL
        if name not in self._named:  # a keep-alive, or an event newer than the spec
            return _SKIP
        payload = b'{"event":' + msgspec.json.encode(name) + b',"data":' + data.encode() + b"}"
        return self._decoded(payload, data)

    def _handle_wrapped(self, data: str) -> T | _Done | object:
        """A run event sent without an ``event:`` line, its name inside the data (``data: {"data": {...}, "event":
        "thread.run.created"}``, as LiteLLM's proxy writes them): decoded as if it were named."""
        try:
            wrapped = loads(data)
        except msgspec.DecodeError:
            wrapped = None
        if not (isinstance(wrapped, dict) and isinstance(wrapped.get("event"), str) and "data" in wrapped):
            return self._decoded(data, data)  # raises, naming the data that is no run event
        inner = wrapped["data"]
        try:
            text = inner if isinstance(inner, str) else msgspec.json.encode(inner).decode()
        except RecursionError:
            return self._decoded(data, data)  # raises: nested too deeply
        return self._handle(ServerSentEvent(event=wrapped["event"], data=text))

    def _media(self) -> str:
        """The declared media type, lower-cased (``""`` when none)."""
        value: str = self.response.headers.get("content-type", "")
        return value.split(";", 1)[0].strip().lower()

    def _whole_body(self, body: bytes, kind: str) -> T:
        """The one item a body that is not an event stream amounts to; raises for an error or a foreign body."""
        call = f"{self._method.upper()} {self._path}"
        if kind == "json":
            try:
                parsed: object = loads(body)
            except msgspec.DecodeError as exc:
                raise APIResponseDecodingError(
                    f"expected an event stream from {call}, got a JSON body that does not decode ({exc})",
                    response=self.response,
                    body=body,
                ) from None
            error = make_envelope_error(self.response, parsed, method=self._method, path=self._path)
            if error is not None:
                raise error
            item = self._adapt(parsed)
            if item is not None:
                return item
            problem = "a JSON body that is neither an error nor a whole answer"
        else:
            problem = f"a body of type {self._media() or 'unknown'}"
        raise APIResponseValidationError(
            f"expected an event stream from {call}, got {problem}", response=self.response, body=body
        )

    def _adapt(self, parsed: object) -> T | None:
        """A whole answer from a relay that ignored ``stream``, as the one chunk (or event) it amounts to."""
        payload = self._rule.adapt(parsed) if isinstance(parsed, dict) else None
        if payload is None:
            return None
        try:
            return self._decode(msgspec.json.encode(payload))
        except (ValueError, RecursionError):  # not a chunk, or nested too deeply to encode again
            return None

    def _check_end(self, last: object) -> None:
        """The body ended without its end marker: accept it if the stream's rule says ``last`` completes the
        answer, else raise (once per stream). See ``APIStreamIncompleteError`` for why."""
        try:
            request_body = self.response.request.content
        except RuntimeError:  # a response built without a request
            request_body = b""
        if last is not None and self._rule.complete(last, request_body):
            return
        state = "before any chunk" if last is None else "in the middle of the answer"
        raise APIStreamIncompleteError(
            f"the event stream of {self._method.upper()} {self._path} ended before {self._rule.expected}, {state}",
            response=self.response,
        )

    def __del__(self) -> None:
        # Collected unclosed (``getattr``: also when ``__init__`` did not get that far): warn, once, and release.
        if not getattr(self, "_closed", True):
            self._closed = True
            release_forgotten(self.response, type(self).__name__, self, released=self._exited_unclosed)


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
        rule: StreamRule = DEFAULT_STREAM,
    ) -> None:
        super().__init__(response, decode, method=method, path=path, events=events, rule=rule)
        self._events = self._iter_chunks()

    def _iter_chunks(self) -> Generator[T, None, None]:
        decoder = SSEDecoder()
        raw: Iterator[bytes] = self.response.iter_bytes()
        last: object = None
        try:
            media = self._media()
            if media and media != "text/event-stream":
                try:
                    head = _read_head(raw)
                    kind = _body_kind(media, head)
                    if kind != "sse":
                        body = _read_rest(raw, head, None if kind == "json" else _TEXT_LIMIT)
                except httpx.RequestError as exc:
                    raise body_error(exc, self.response) from exc
                if kind != "sse":
                    yield self._whole_body(body, kind)
                    return
                raw = itertools.chain((head,), raw)
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
                        last = item
                        yield item  # type: ignore[misc]  # _handle returned a T
            decoder.flush()
            self._check_end(last)
        except GeneratorExit:
            self._exited_unclosed = not self._closed
            raise
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
        self._closed = not self._exited_unclosed
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
        rule: StreamRule = DEFAULT_STREAM,
    ) -> None:
        super().__init__(response, decode, method=method, path=path, events=events, rule=rule)
        self._events = self._iter_chunks()

    async def _iter_chunks(self) -> AsyncGenerator[T, None]:
        decoder = SSEDecoder()
        raw: AsyncIterator[bytes] = self.response.aiter_bytes()
        last: object = None
        try:
            media = self._media()
            if media and media != "text/event-stream":
                try:
                    head = await _aread_head(raw)
                    kind = _body_kind(media, head)
                    if kind != "sse":
                        body = await _aread_rest(raw, head, None if kind == "json" else _TEXT_LIMIT)
                except httpx.RequestError as exc:
                    raise body_error(exc, self.response) from exc
                if kind != "sse":
                    yield self._whole_body(body, kind)
                    return
                raw = _prepend(head, raw)
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
                        last = item
                        yield item  # type: ignore[misc]  # _handle returned a T
            decoder.flush()
            self._check_end(last)
        except GeneratorExit:
            self._exited_unclosed = not self._closed
            raise
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

        self._closed = not self._exited_unclosed
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
