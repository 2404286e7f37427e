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
judged once at its end (see ``APIStreamIncompleteError``), and so is one that says ``[DONE]`` before its answer is
whole (a chat choice without its ``finish_reason``, as a gateway writes after an upstream stall). What a whole
answer amounts to and which last item completes a stream are the operation's rule (``x-sdk.stream``, a
``StreamRule`` of ``wushuang._core.behaviours`` registered by its product's module: chat chunks, run events).

Limits: a line or event over ``wushuang._core.sse.MAX_EVENT_BYTES`` (16 MiB; also the most a whole JSON body in
place of a stream may hold) raises ``APIResponseValidationError`` with memory held to about that much; the call's
``first_chunk_timeout`` and ``stream_idle_timeout`` (``StreamLimits``) raise ``APITimeoutError`` naming the limit.

Resources: a stream holds no reference cycle, so one the caller drops without closing is freed at once; its
finaliser says so with a ``ResourceWarning`` naming the call and gives the connection back then and there (from
inside a garbage collection, through ``wushuang._core.release``, never waiting on the pool's lock).
"""

from __future__ import annotations

import itertools
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Generator, Iterator
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Generic, TypeVar

import httpx
import msgspec

from wushuang._core import sse
from wushuang._core.behaviours import DEFAULT_STREAM, StreamRule
from wushuang._core.clock import Clock
from wushuang._core.errors import (
    APIResponseDecodingError,
    APIResponseValidationError,
    APIStreamIncompleteError,
    APITimeoutError,
    WushuangError,
    body_error,
    make_envelope_error,
    make_stream_error,
)
from wushuang._core.model import loads
from wushuang._core.release import close_safely, start_closer
from wushuang._core.response import release_forgotten
from wushuang._core.sse import EventTooLarge, ServerSentEvent, SSEDecoder

__all__ = ["AsyncStream", "Stream", "StreamLimits"]

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


def _read_rest(raw: Iterator[bytes], head: bytes, limit: int) -> bytes:
    """``head`` and what follows it, up to about ``limit`` bytes."""
    parts = [head]
    size = len(head)
    if size < limit:
        for piece in raw:
            parts.append(piece)
            size += len(piece)
            if size >= limit:
                break
    return b"".join(parts)


async def _aread_head(raw: AsyncIterator[bytes]) -> bytes:
    head = b""
    async for piece in raw:
        head += piece
        if head.strip():
            break
    return head


async def _aread_rest(raw: AsyncIterator[bytes], head: bytes, limit: int) -> bytes:
    parts = [head]
    size = len(head)
    if size < limit:
        async for piece in raw:
            parts.append(piece)
            size += len(piece)
            if size >= limit:
                break
    return b"".join(parts)


async def _prepend(head: bytes, raw: AsyncIterator[bytes]) -> AsyncIterator[bytes]:
    yield head
    async for piece in raw:
        yield piece


@dataclass(frozen=True, slots=True)
class StreamLimits:
    """How long a stream may keep the caller waiting, read on ``clock``: ``first_chunk`` seconds for the relay to
    answer (the send loop's read timeout) and then again for its first item, ``idle`` seconds of silence once it
    has answered (before the first item, and between two); ``None``: no limit. Bytes that carry no item (a gateway's
    keep-alive comments) do not count as one. ``body_read`` is the read timeout of the body: the idle limit (or the
    call's read timeout), so that a sync read of a silent connection gives up with it.
    """

    first_chunk: float | None
    idle: float | None
    clock: Clock
    body_read: float | None = None

    def apply(self, response: httpx.Response) -> None:
        """Give ``response``'s body reads their own read timeout (httpcore reads it when the body's first read
        starts; the answer's headers were waited for with the first-chunk limit)."""
        try:
            extensions = response.request.extensions
        except RuntimeError:  # a response built without a request
            return
        timeout = extensions.get("timeout")
        if isinstance(timeout, dict):
            extensions["timeout"] = {**timeout, "read": self.body_read}


class _Reader(Generic[T]):
    """What a stream reads with: its response, its per-event decisions (pure, no I/O) and whether it is closed.

    Referenced by the stream and by its chunk generator, it references neither: a stream holds no reference cycle,
    so a stream the caller drops is freed, and closed, at once (see ``wushuang._core.release``).
    """

    def __init__(
        self,
        response: httpx.Response,
        decode: Callable[[bytes | str], T],
        *,
        method: str,
        path: str,
        events: tuple[str, ...] | None,
        rule: StreamRule,
        limits: StreamLimits | None,
    ) -> None:
        self.response = response
        self._decode = decode
        self._method = method
        self._path = path
        self.closed = False  # closed by the caller, or ended (read to the end, or an error)
        # A stream of named events (`event: thread.run.created`): the names it decodes; others are skipped.
        self._named = None if events is None else frozenset(events)
        self._rule = rule  # the operation's `x-sdk.stream`: how it may end, what a whole answer stands for
        self._progress = rule.progress() if rule.progress is not None else None
        self._received = 0  # items that reached the caller
        self.limits = limits
        self._waiting_since = limits.clock.monotonic() if limits is not None else 0.0
        self.done_event: T | None = None

    @property
    def call(self) -> str:
        return f"{self._method.upper()} {self._path}"

    def handle(self, event: ServerSentEvent) -> T | _Done | object:
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
                f"{kind} in event stream of {self.call} ({exc})",
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
            self.done_event = self._decoded(b'{"event":"done","data":"[DONE]"}', data)
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
        return self.handle(ServerSentEvent(event=wrapped["event"], data=text))

    def media(self) -> str:
        """The declared media type, lower-cased (``""`` when none)."""
        value: str = self.response.headers.get("content-type", "")
        return value.split(";", 1)[0].strip().lower()

    def whole_body(self, body: bytes, kind: str) -> T:
        """The one item a body that is not an event stream amounts to; raises for an error or a foreign body."""
        if kind == "json":
            try:
                parsed: object = loads(body)
            except msgspec.DecodeError as exc:
                raise APIResponseDecodingError(
                    f"expected an event stream from {self.call}, got a JSON body that does not decode ({exc})",
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
            problem = f"a body of type {self.media() or 'unknown'}"
        raise APIResponseValidationError(
            f"expected an event stream from {self.call}, got {problem}", response=self.response, body=body
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

    def seen(self, item: T) -> T:
        """``item`` on its way to the caller: counted, shown to the rule's tracker, and the idle clock restarted."""
        self._received += 1
        if self._progress is not None:
            self._progress.see(item)
        if self.limits is not None:
            self._waiting_since = self.limits.clock.monotonic()
        return item

    def _limit(self) -> tuple[str, float] | None:
        """The limit the stream waits under now, and its name: before the first item the smaller of the two."""
        limits = self.limits
        if limits is None:
            return None
        given = [("stream_idle_timeout", limits.idle)]
        if self._received == 0:
            given.append(("first_chunk_timeout", limits.first_chunk))
        return min(((name, value) for name, value in given if value is not None), key=lambda x: x[1], default=None)

    def remaining(self) -> float | None:
        """Seconds left before the limit the stream waits under passes; ``None``: no limit."""
        limit = self._limit()
        if limit is None:
            return None
        assert self.limits is not None
        return limit[1] - (self.limits.clock.monotonic() - self._waiting_since)

    def check_wait(self) -> None:
        """Raise ``APITimeoutError`` if the limit of the stream's phase has passed on its clock."""
        left = self.remaining()
        if left is not None and left < 0:
            raise self.timed_out()

    def read_failed(self, exc: httpx.RequestError) -> WushuangError:
        """The typed error of a failed read of the body; a read timeout that is the idle limit names it."""
        limits = self.limits
        if isinstance(exc, httpx.ReadTimeout) and limits is not None and limits.idle == limits.body_read:
            return self.timed_out("stream_idle_timeout")
        return body_error(exc, self.response)

    def timed_out(self, name: str | None = None) -> APITimeoutError:
        """The error of the limit ``name`` (default: the one the stream waits under)."""
        assert self.limits is not None
        if name is None:
            limit = self._limit()
            assert limit is not None
            name = limit[0]
        seconds = self.limits.idle if name == "stream_idle_timeout" else self.limits.first_chunk
        where = "before the first chunk" if self._received == 0 else f"after chunk {self._received}"
        return APITimeoutError(
            f"The event stream of {self.call} timed out: {name} ({seconds:g} s) passed without a chunk, {where}.",
            request=self.response.request,
        )

    def check_end(self, last: object, *, done: bool) -> None:
        """The body ended (``done``: with its end marker): raise ``APIStreamIncompleteError`` if what arrived is not
        a whole answer: the rule's tracker names something missing (a choice without its ``finish_reason``), or,
        without the marker, ``last`` is not an item the rule accepts as the last one."""
        try:
            request_body = self.response.request.content
        except RuntimeError:  # a response built without a request
            request_body = b""
        missing = self._progress.missing(request_body) if self._progress is not None else None
        if missing is None and (done or (last is not None and self._rule.complete(last, request_body))):
            return
        marker = f"after {self._rule.expected}" if done else f"before {self._rule.expected}"
        state = "before any chunk" if last is None else "in the middle of the answer"
        detail = f" ({missing})" if missing and last is not None else ""
        raise APIStreamIncompleteError(
            f"the event stream of {self.call} ended {marker}, {state}{detail}",
            response=self.response,
            received=self._received,
            partial=self._progress.received() if self._progress is not None else None,
        )

    def finish(self) -> None:
        self.closed = True
        _OPEN.pop(id(self), None)


# Every open stream's chunk generator, by its reader's id: referenced from here until the stream is closed, so the
# cyclic collector never finalises one (its close, and httpcore's, would take the pool lock inside a collection).
_OPEN: dict[int, object] = {}


def _iter_chunks(reader: _Reader[T], raw: Iterator[bytes]) -> Generator[T, None, None]:
    """The items of ``reader``'s body, decoded as bytes arrive from ``raw`` (its ``iter_bytes``)."""
    response = reader.response
    decoder = SSEDecoder()
    source = raw
    last: object = None
    try:
        media = reader.media()
        if media and media != "text/event-stream":
            try:
                head = _read_head(raw)
                kind = _body_kind(media, head)
                if kind != "sse":
                    body = _read_rest(raw, head, _body_limit(kind))
            except httpx.RequestError as exc:
                raise reader.read_failed(exc) from exc
            if kind != "sse":
                if kind == "json" and len(body) > sse.MAX_EVENT_BYTES:
                    raise _too_large(reader, EventTooLarge(f"a JSON body longer than {sse.MAX_EVENT_BYTES:,} bytes"))
                yield reader.seen(reader.whole_body(body, kind))
                return
            raw = itertools.chain((head,), raw)
        while True:
            try:
                chunk = next(raw)
            except StopIteration:
                break
            except httpx.RequestError as exc:
                raise reader.read_failed(exc) from exc
            try:
                events = decoder.feed(chunk)
            except EventTooLarge as exc:
                raise _too_large(reader, exc) from None
            for event in events:
                item = reader.handle(event)
                if item is _DONE_SENTINEL:
                    reader.check_end(last, done=True)
                    if reader.done_event is not None:
                        yield reader.done_event
                    return
                if item is not _SKIP:
                    last = item
                    yield reader.seen(item)  # type: ignore[arg-type]  # handle returned a T
            reader.check_wait()
        decoder.flush()
        reader.check_end(last, done=False)
    finally:
        reader.finish()
        close = getattr(source, "close", None)
        if close is not None:
            close()
        response.close()


async def _aiter_chunks(reader: _Reader[T], raw: AsyncIterator[bytes]) -> AsyncGenerator[T, None]:
    """The async twin of ``_iter_chunks``; closes httpx's ``aiter_bytes`` generator itself, not leaving it to the
    event loop's finaliser."""
    import anyio  # here, not at the top: a sync stream never needs it

    response = reader.response
    decoder = SSEDecoder()
    source = raw
    last: object = None
    try:
        media = reader.media()
        if media and media != "text/event-stream":
            try:
                head = await _aread_head(raw)
                kind = _body_kind(media, head)
                if kind != "sse":
                    body = await _aread_rest(raw, head, _body_limit(kind))
            except httpx.RequestError as exc:
                raise reader.read_failed(exc) from exc
            if kind != "sse":
                if kind == "json" and len(body) > sse.MAX_EVENT_BYTES:
                    raise _too_large(reader, EventTooLarge(f"a JSON body longer than {sse.MAX_EVENT_BYTES:,} bytes"))
                yield reader.seen(reader.whole_body(body, kind))
                return
            raw = _prepend(head, raw)
        while True:
            # An async read can be given up at the limit exactly (a sync one only at its socket's read timeout).
            left = reader.remaining()
            try:
                if left is None:
                    chunk = await raw.__anext__()
                else:
                    with anyio.fail_after(max(left, 0.0)):
                        chunk = await raw.__anext__()
            except StopAsyncIteration:
                break
            except httpx.RequestError as exc:
                raise reader.read_failed(exc) from exc
            except TimeoutError:
                raise reader.timed_out() from None
            try:
                events = decoder.feed(chunk)
            except EventTooLarge as exc:
                raise _too_large(reader, exc) from None
            for event in events:
                item = reader.handle(event)
                if item is _DONE_SENTINEL:
                    reader.check_end(last, done=True)
                    if reader.done_event is not None:
                        yield reader.done_event
                    return
                if item is not _SKIP:
                    last = item
                    yield reader.seen(item)  # type: ignore[arg-type]  # handle returned a T
            reader.check_wait()
        decoder.flush()
        reader.check_end(last, done=False)
    finally:
        reader.finish()
        # Shielded: closing must complete even when the task is being cancelled.
        with anyio.CancelScope(shield=True):
            for each in (raw, source):
                aclose = getattr(each, "aclose", None)
                if aclose is not None:
                    await aclose()
            await response.aclose()


def _body_limit(kind: str) -> int:
    """How much of a body that is not an event stream is read: a JSON one whole, up to the event limit (and a byte
    more, to tell one past it); any other enough to quote."""
    return sse.MAX_EVENT_BYTES + 1 if kind == "json" else _TEXT_LIMIT


def _too_large(reader: _Reader[Any], exc: EventTooLarge) -> APIResponseValidationError:
    return APIResponseValidationError(
        f"the event stream of {reader.call} sent {exc} (the limit, wushuang._core.sse.MAX_EVENT_BYTES, "
        "guards memory against a relay that never ends a line)",
        response=reader.response,
    )


class _StreamBase(Generic[T]):
    """What the sync and async streams share: the reader, and the finaliser of a stream dropped unclosed."""

    _reader: _Reader[T]

    def __init__(
        self,
        response: httpx.Response,
        decode: Callable[[bytes | str], T],
        *,
        method: str,
        path: str,
        events: tuple[str, ...] | None = None,
        rule: StreamRule = DEFAULT_STREAM,
        limits: StreamLimits | None = None,
    ) -> None:
        start_closer()
        if limits is not None:
            limits.apply(response)
        self._reader = _Reader(response, decode, method=method, path=path, events=events, rule=rule, limits=limits)

    @property
    def response(self) -> httpx.Response:
        """The HTTP response the stream reads (headers, ``x-request-id``)."""
        return self._reader.response

    @property
    def closed(self) -> bool:
        """Whether the stream (and its response) has been closed, or read to its end."""
        return self._reader.closed

    def __del__(self) -> None:
        # Dropped unclosed (``getattr``: also when ``__init__`` did not get that far): warn, once, and release.
        reader = getattr(self, "_reader", None)
        if reader is not None and not reader.closed:
            reader.closed = True
            chunks: Any = _OPEN.pop(id(reader), None)
            release_forgotten(reader.response, type(self).__name__, self, generator=chunks)


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
        limits: StreamLimits | None = None,
    ) -> None:
        super().__init__(response, decode, method=method, path=path, events=events, rule=rule, limits=limits)
        self._events = self._chunks(_iter_chunks(self._reader, response.iter_bytes()))
        _OPEN[id(self._reader)] = self._events

    def _chunks(self, items: Generator[T, None, None]) -> Generator[T, None, None]:
        """The generator the stream iterates over ``items`` (a subclass may watch them; it must not keep ``self``)."""
        return items

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

    def close(self) -> None:
        """Close the stream and release its connection. Safe to call more than once."""
        close_safely(self._close)

    def _close(self) -> None:
        reader = self._reader
        if not reader.closed:
            reader.closed = True
            try:
                self._events.close()
            except ValueError:  # called from inside the running generator; its own finally closes
                pass
        reader.finish()
        reader.response.close()

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
        limits: StreamLimits | None = None,
    ) -> None:
        super().__init__(response, decode, method=method, path=path, events=events, rule=rule, limits=limits)
        self._events = self._chunks(_aiter_chunks(self._reader, response.aiter_bytes()))
        _OPEN[id(self._reader)] = self._events

    def _chunks(self, items: AsyncGenerator[T, None]) -> AsyncGenerator[T, None]:
        """The generator the stream iterates over ``items`` (a subclass may watch them; it must not keep ``self``)."""
        return items

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

    async def aclose(self) -> None:
        """Close the stream and release its connection. Safe to call more than once."""
        reader = self._reader
        if not reader.closed:
            reader.closed = True
            try:
                await self._events.aclose()
            except RuntimeError:  # already running (called from inside it); its own finally closes
                pass
        reader.finish()
        import anyio

        with anyio.CancelScope(shield=True):
            await reader.response.aclose()

    async def __aenter__(self) -> AsyncStream[T]:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
