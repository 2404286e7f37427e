"""Middleware: code of yours around every attempt of a client's calls, and hooks at each call's start and end.

    class Timing(wushuang.Middleware):
        def send(self, attempt, call_next):
            started = time.perf_counter()
            response = call_next(attempt.request)
            print(attempt.call.operation_id, attempt.number, response.status_code, time.perf_counter() - started)
            return response

    client = wushuang.Wushuang(middleware=[Timing()])

A call is one method call of the client (``chat.completions.create``, a page of a list, ``download``); it makes one
attempt, plus one per retry. Each attempt passes through the middlewares in the order given, the first outermost,
then goes to the HTTP client; the retry policy sees what the outermost middleware returns or raises. The SDK's own
features are middlewares too (the batch runner's rate limiter).

Hooks, in the order given at a call's start and in reverse order at its end: ``call_started(call)`` once the
arguments are checked, before the first attempt; ``call_ended(call, result, error)`` when the call returns its
result (a stream or binary body still unread) or raises; ``stream_ended(call)`` when the body of such a result is
closed (read to its end, or closed early). With no middleware a call pays nothing for any of this.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx

__all__ = ["Attempt", "Call", "Middleware", "achain", "chain", "check_middleware", "ended", "started", "watch_stream"]

SendNext = Callable[[httpx.Request], httpx.Response]
AsyncSendNext = Callable[[httpx.Request], Awaitable[httpx.Response]]


@dataclass(frozen=True, slots=True, eq=False)
class Call:
    """One call of a client: its operation (``"download"`` for ``client.download``), method and path template.

    ``stream``: the result's body is left unread for the caller (an event stream, a binary body, a streaming
    response, a download). ``state`` is yours: a place for middlewares to keep what they need across the attempts
    and hooks of this call (a span, a start time).
    """

    operation_id: str
    method: str
    path: str
    stream: bool
    state: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Attempt:
    """One attempt of a call: ``number`` 0 is the first, 1 the first retry, ...; ``request`` is what is sent;
    ``pause``: the seconds waited before it (the back-off after the attempt before; 0 for the first)."""

    call: Call
    number: int
    request: httpx.Request
    pause: float = 0.0


class Middleware:
    """A base for middlewares: override what you need; every method passes through as it is.

    ``send`` wraps each attempt of a ``Wushuang`` call, ``asend`` each attempt of an ``AsyncWushuang`` call: call
    ``call_next(request)`` (the attempt's request, or one you changed) and return its response, or return a
    response of your own, or raise. The response's body is still unread: the SDK reads it after the chain (the
    caller does, for a ``call.stream``).
    An exception ``call_next`` raises is a failed attempt (a connection error, a timeout): the retry policy
    decides on it, as on a 429 or 5xx response. The hooks are plain methods for both clients.
    """

    def send(self, attempt: Attempt, call_next: SendNext) -> httpx.Response:
        """One attempt of a sync call."""
        return call_next(attempt.request)

    async def asend(self, attempt: Attempt, call_next: AsyncSendNext) -> httpx.Response:
        """One attempt of an async call."""
        return await call_next(attempt.request)

    def call_started(self, call: Call) -> None:
        """A call's arguments are checked and its first attempt is about to go out."""

    def call_ended(self, call: Call, result: object, error: BaseException | None) -> None:
        """A call returned ``result`` (None when it raised ``error``)."""

    def stream_ended(self, call: Call) -> None:
        """The unread body of a ``stream`` call's result was closed: read to its end, or closed early."""


def check_middleware(value: object) -> tuple[Middleware, ...]:
    """The ``middleware`` option checked: a sequence of ``Middleware`` instances."""
    if isinstance(value, Middleware) or not isinstance(value, Sequence) or isinstance(value, str):
        raise TypeError(f"middleware must be a list of wushuang.Middleware, got {type(value).__name__}")
    for index, item in enumerate(value):
        if not isinstance(item, Middleware):
            raise TypeError(f"middleware[{index}] must be a wushuang.Middleware, got {type(item).__name__}")
    return tuple(value)


def chain(
    http: httpx.Client, middleware: tuple[Middleware, ...], call: Call
) -> Callable[[httpx.Request, int, float], httpx.Response]:
    """How the send loop sends attempt ``number`` of ``call`` (after ``pause`` seconds of back-off): through
    ``middleware``, then ``http``."""

    def terminal(request: httpx.Request) -> httpx.Response:
        return http.send(request, stream=True)

    def layer(outer: Middleware, number: int, pause: float, call_next: SendNext) -> SendNext:
        return lambda request: outer.send(Attempt(call, number, request, pause), call_next)

    def run(request: httpx.Request, number: int, pause: float) -> httpx.Response:
        handler: SendNext = terminal
        for outer in reversed(middleware):
            handler = layer(outer, number, pause, handler)
        return _checked(handler(request), "send")

    return run


def achain(
    http: httpx.AsyncClient, middleware: tuple[Middleware, ...], call: Call
) -> Callable[[httpx.Request, int, float], Awaitable[httpx.Response]]:
    """The async twin of ``chain``."""

    async def terminal(request: httpx.Request) -> httpx.Response:
        return await http.send(request, stream=True)

    def layer(outer: Middleware, number: int, pause: float, call_next: AsyncSendNext) -> AsyncSendNext:
        return lambda request: outer.asend(Attempt(call, number, request, pause), call_next)

    async def run(request: httpx.Request, number: int, pause: float) -> httpx.Response:
        handler: AsyncSendNext = terminal
        for outer in reversed(middleware):
            handler = layer(outer, number, pause, handler)
        return _checked(await handler(request), "asend")

    return run


def started(middleware: tuple[Middleware, ...], call: Call) -> None:
    """Run the ``call_started`` hooks, in order; if one raises, the ``call_ended`` hooks of those already started
    run with its exception (so what a hook opened is closed) and the call ends with it."""
    for index, each in enumerate(middleware):
        try:
            each.call_started(call)
        except BaseException as exc:
            ended(middleware[:index], call, None, exc)
            raise


def ended(middleware: tuple[Middleware, ...], call: Call, result: object, error: BaseException | None) -> None:
    """Run the ``call_ended`` hooks, in reverse order."""
    _every(reversed(middleware), "call_ended", call, result, error)


def _every(hooks: Iterable[Middleware], name: str, *args: object) -> None:
    """Run hook ``name`` of each middleware; one that raises keeps none of the others from running (what they opened,
    a span, is closed), and the first exception is raised once all have run."""
    failed: BaseException | None = None
    for each in hooks:
        try:
            getattr(each, name)(*args)
        except BaseException as exc:
            if failed is None:
                failed = exc
    if failed is not None:
        try:
            raise failed
        finally:
            failed = None  # no frame keeps the exception (and its traceback) in a cycle


def _checked(response: object, method: str) -> httpx.Response:
    """What the chain answered, refused unless it is a response (a middleware's ``send`` that forgot to return)."""
    if not isinstance(response, httpx.Response):
        raise TypeError(f"a middleware's {method} returned {type(response).__name__}, not an httpx.Response")
    return response


def watch_stream(response: httpx.Response, middleware: tuple[Middleware, ...], call: Call) -> None:
    """Make the close of ``response``'s unread body run the ``stream_ended`` hooks (once, in reverse order)."""
    watched = _WatchedAsync if isinstance(response.stream, httpx.AsyncByteStream) else _WatchedSync
    response.stream = watched(response.stream, middleware, call)


class _Watched:
    """A response body that runs the ``stream_ended`` hooks when it is closed (httpx closes a body once).

    Of the same kind (sync or async) as the body it wraps: httpx and the SDK tell a sync response from an async
    one by its stream's class.
    """

    def __init__(self, stream: Any, middleware: tuple[Middleware, ...], call: Call) -> None:
        self._stream, self._middleware, self._call = stream, middleware, call

    def _ended(self) -> None:
        _every(reversed(self._middleware), "stream_ended", self._call)


class _WatchedSync(_Watched, httpx.SyncByteStream):
    def __iter__(self) -> Iterator[bytes]:
        return iter(self._stream)

    def close(self) -> None:
        try:
            self._stream.close()
        finally:
            self._ended()


class _WatchedAsync(_Watched, httpx.AsyncByteStream):
    def __aiter__(self) -> AsyncIterator[bytes]:
        return aiter(self._stream)

    async def aclose(self) -> None:
        try:
            await self._stream.aclose()
        finally:
            self._ended()
