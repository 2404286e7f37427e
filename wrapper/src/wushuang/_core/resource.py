"""The base of the generated resource classes, and the typed wrappers that derive their response variants.

Every generated method hands its call to the client (``_call``) with its entry of the operation table, its
arguments by Python name and its per-call options (``RequestOptions``). A resource
has a *mode*: ``"plain"`` returns the typed result, ``"raw"`` a ``RawResponse``, ``"streamed"`` a response whose
body is left unread. ``with_raw_response`` and ``with_streaming_response`` are not generated again per operation:
``to_raw_response(resource.create)`` (and its siblings) wraps the plain method, keeping its exact parameters for
type checkers (``ParamSpec``), and calls the same method on a copy of the resource in the other mode.
"""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import AbstractAsyncContextManager, AbstractContextManager, asynccontextmanager, contextmanager
from typing import TYPE_CHECKING, Any, Literal, ParamSpec, Required, TypedDict, TypeVar, Unpack

from wushuang._core.types import RequestOptions

if TYPE_CHECKING:
    from wushuang._core.client import AsyncWushuang, Wushuang
    from wushuang._core.operation import Operation
    from wushuang._core.polling import StatusPoll
    from wushuang._core.response import AsyncStreamedResponse, RawResponse, StreamedResponse
    from wushuang._core.spans import WaitTrace

__all__ = [
    "AsyncAPIResource",
    "Mode",
    "SyncAPIResource",
    "async_to_raw_response",
    "async_to_streamed_response",
    "to_raw_response",
    "to_streamed_response",
    "unexpected_keyword",
]

P = ParamSpec("P")
R = TypeVar("R")
Mode = Literal["plain", "raw", "streamed"]


class Polling(TypedDict, total=False):
    """What a generated poll method passes on to its status poll (``wushuang._core.polling.StatusPoll``)."""

    timeout: Required[float | None]
    interval: Required[float]
    on_progress: Required[Callable[[Any], object] | None]
    on_event: Callable[[Any], object] | None


def unexpected_keyword(method: Callable[..., Any], unknown: dict[str, Any]) -> TypeError:
    """The error of a call with keywords ``method`` does not have (its ``**unknown``), with the nearest names.

    Generated methods end in ``**unknown: Never`` (so type checkers still refuse any other keyword) and raise this
    when it is not empty, before anything is sent.
    """
    import difflib
    import inspect

    known = [
        name for name, p in inspect.signature(method).parameters.items() if p.kind is not inspect.Parameter.VAR_KEYWORD
    ]
    messages = []
    for name in unknown:
        message = f"{method.__name__}() got an unexpected keyword argument {name!r}"
        close = difflib.get_close_matches(name, known, n=1)
        messages.append(message + (f"; did you mean {close[0]!r}?" if close else ""))
    return TypeError("\n".join(messages))


class _Resource:
    _client: Any

    def __init__(self, client: Any, mode: Mode = "plain") -> None:
        self._client = client
        self._mode = mode

    def _in_mode(self, mode: Mode) -> Any:
        """This resource in another mode (made once, then kept)."""
        cache: dict[str, Any] = self.__dict__.setdefault("_modes", {})
        other = cache.get(mode)
        if other is None:
            other = cache[mode] = type(self)(self._client, mode)
        return other


class SyncAPIResource(_Resource):
    """A group of operations of a synchronous client (``client.chat.completions`` ...)."""

    _client: Wushuang

    def _call(self, op: Operation, args: dict[str, Any], options: RequestOptions) -> Any:
        return self._client._call(op, args, options, self._mode)

    def _poll_status(self, op: Operation, target: Any, path_args: dict[str, Any], **polling: Unpack[Polling]) -> Any:
        from wushuang._core.polling import StatusPoll
        from wushuang._core.spans import wait_span, waited_thing

        poll = StatusPoll(op, target, path_args, **polling, clock=self._client.clock.monotonic)
        with wait_span(self._client, waited_thing(op), polling["timeout"]) as trace:
            return self._polled(poll, trace)

    def _and_poll(
        self,
        op: Operation,
        target: Operation,
        args: dict[str, Any],
        options: RequestOptions,
        **polling: Unpack[Polling],
    ) -> Any:
        from wushuang._core.polling import StatusPoll, check_poll_args
        from wushuang._core.spans import wait_span, waited_thing

        check_poll_args(polling["timeout"], polling["interval"])
        with wait_span(self._client, waited_thing(target), polling["timeout"]) as trace:
            first = self._client._call(op, args, options, "plain")
            return self._polled(StatusPoll(target, first, args, **polling, clock=self._client.clock.monotonic), trace)

    def _polled(self, poll: StatusPoll, trace: WaitTrace | None) -> Any:
        from wushuang._core.polling import poll_status

        client = self._client
        poll.trace_with(trace)
        events = _events_operation(poll.op)
        return poll_status(
            poll,
            lambda args: client._call(poll.op, args, RequestOptions(), "plain"),
            None if events is None else lambda args: client._call(events, args, RequestOptions(), "plain"),
            client.clock.sleep,
        )


def _events_operation(op: Operation) -> Operation | None:
    """The operation that lists the events of what ``op`` polls, if it has one."""
    if op.poll_events is None:
        return None
    from wushuang._core.operation import operation

    return operation(op.poll_events)


class AsyncAPIResource(_Resource):
    """A group of operations of an asynchronous client."""

    _client: AsyncWushuang

    def _call(self, op: Operation, args: dict[str, Any], options: RequestOptions) -> Awaitable[Any]:
        return self._client._call(op, args, options, self._mode)

    def _pager(self, op: Operation, args: dict[str, Any], options: RequestOptions) -> Any:
        """What an async list method returns: a pager (plain), or the awaitable first response (other modes)."""
        if self._mode != "plain":
            return self._call(op, args, options)
        from wushuang._core.pagination import AsyncCursorPager

        return AsyncCursorPager(lambda: self._call(op, args, options))

    async def _poll_status(
        self, op: Operation, target: Any, path_args: dict[str, Any], **polling: Unpack[Polling]
    ) -> Any:
        from wushuang._core.polling import StatusPoll
        from wushuang._core.spans import wait_span, waited_thing

        poll = StatusPoll(op, target, path_args, **polling, clock=self._client.clock.monotonic)
        with wait_span(self._client, waited_thing(op), polling["timeout"]) as trace:
            return await self._polled(poll, trace)

    async def _and_poll(
        self,
        op: Operation,
        target: Operation,
        args: dict[str, Any],
        options: RequestOptions,
        **polling: Unpack[Polling],
    ) -> Any:
        from wushuang._core.polling import StatusPoll, check_poll_args
        from wushuang._core.spans import wait_span, waited_thing

        check_poll_args(polling["timeout"], polling["interval"])
        with wait_span(self._client, waited_thing(target), polling["timeout"]) as trace:
            first = await self._client._call(op, args, options, "plain")
            poll = StatusPoll(target, first, args, **polling, clock=self._client.clock.monotonic)
            return await self._polled(poll, trace)

    async def _polled(self, poll: StatusPoll, trace: WaitTrace | None) -> Any:
        from wushuang._core.polling import async_poll_status

        client = self._client
        poll.trace_with(trace)
        events = _events_operation(poll.op)
        return await async_poll_status(
            poll,
            lambda args: client._call(poll.op, args, RequestOptions(), "plain"),
            None if events is None else lambda args: client._call(events, args, RequestOptions(), "plain"),
            client.clock.asleep,
        )


def _in_mode(method: Callable[..., Any], mode: Mode) -> Callable[..., Any]:
    """The same method, bound to its resource in ``mode``."""
    resource: _Resource = getattr(method, "__self__")  # noqa: B009 (a bound method of a generated resource)
    return getattr(resource._in_mode(mode), method.__name__)  # type: ignore[no-any-return]


def to_raw_response(method: Callable[P, R]) -> Callable[P, RawResponse[R]]:
    """``method`` returning a ``RawResponse`` of its result (``client.x.with_raw_response.method``)."""
    return _in_mode(method, "raw")


def async_to_raw_response(method: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[RawResponse[R]]]:
    """The async twin of ``to_raw_response``."""
    return _in_mode(method, "raw")


def to_streamed_response(method: Callable[P, R]) -> Callable[P, AbstractContextManager[StreamedResponse[R]]]:
    """``method`` as a context manager of its response with the body unread, closed on exit.

    ``with client.files.with_streaming_response.content(file_id) as response: response.iter_bytes()``
    """
    streamed = _in_mode(method, "streamed")

    @functools.wraps(method)
    @contextmanager
    def opened(*args: P.args, **kwargs: P.kwargs) -> Iterator[StreamedResponse[R]]:
        response: StreamedResponse[R] = streamed(*args, **kwargs)
        with response:
            yield response

    return opened


def async_to_streamed_response(
    method: Callable[P, Awaitable[R]],
) -> Callable[P, AbstractAsyncContextManager[AsyncStreamedResponse[R]]]:
    """The async twin of ``to_streamed_response`` (``async with``)."""
    streamed = _in_mode(method, "streamed")

    @functools.wraps(method)
    @asynccontextmanager
    async def opened(*args: P.args, **kwargs: P.kwargs) -> AsyncIterator[AsyncStreamedResponse[R]]:
        response: AsyncStreamedResponse[R] = await streamed(*args, **kwargs)
        async with response:
            yield response

    return opened
