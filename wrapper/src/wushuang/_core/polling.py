"""Polling: wait for any object with a ``status`` (runs, files, fine-tuning jobs); what waits share.

The decisions (when a poll is over, what to report, when time is up) are pure and shared; the sync and async
loops differ only in how they fetch and sleep (a product's own waits, as Midjourney's, build on ``Deadline`` and
``ProgressBar``). A status poll is switched on by the spec: a retrieve with
``x-sdk.poll: {method, until, events?}`` gets that method, and an operation with ``x-sdk.and_poll`` gets a method
that calls it and then polls its result.

A wait's ``timeout`` holds for everything inside it: each fetch runs within ``Deadline.bounding()``, and the send
loop bounds every attempt of a call made there (its HTTP timeout, and whether a retry is worth waiting for) by what
is left of the wait, on the client's clock (``current_deadline``). A relay that stalls, or asks to be retried after
the deadline, cannot hold a wait beyond its ``timeout``.

With telemetry on, a wait is one span whose children are its fetches' calls (``wushuang._core.spans.wait_span``);
the decisions report to its ``WaitTrace``.
"""

from __future__ import annotations

import sys
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any

from wushuang._core.errors import (
    APIConnectionError,
    GatewayError,
    InternalServerError,
    InvalidParameterError,
    PollTimeoutError,
    RateLimitError,
    WushuangError,
)
from wushuang._core.operation import Operation

if TYPE_CHECKING:
    from wushuang._core.spans import WaitTrace

__all__ = [
    "Deadline",
    "ProgressBar",
    "StatusPoll",
    "async_poll_status",
    "check_poll_args",
    "current_deadline",
    "poll_status",
]


class ProgressBar:
    """One line on stderr, redrawn with ``\\r``: ``[#####.....]  50% IN_PROGRESS 1320098173412546``.

    Drawn only when stderr is a terminal (a log file or a pipe gets nothing). Hand-written rather than ``tqdm``:
    a percentage and a status are all a task reports, and ten lines need no dependency.
    """

    WIDTH = 30

    def __init__(self, enabled: bool) -> None:
        self.stream = sys.stderr if enabled and sys.stderr is not None and sys.stderr.isatty() else None
        self.drawn = False

    def draw(self, fraction: float, text: str) -> None:
        if self.stream is None:
            return
        filled = int(max(0.0, min(1.0, fraction)) * self.WIDTH)
        self.stream.write(f"\r[{'#' * filled}{'.' * (self.WIDTH - filled)}] {text}\x1b[K")
        self.stream.flush()
        self.drawn = True

    def close(self) -> None:
        if self.stream is not None and self.drawn:
            self.stream.write("\n")
            self.stream.flush()


class Deadline:
    """The overall timeout of a wait: what is left of it bounds each fetch, and transient failures are outlasted."""

    def __init__(self, timeout: float | None, interval: float, clock: Callable[[], float]) -> None:
        check_poll_args(timeout, interval)
        self.timeout, self.interval, self.clock = timeout, interval, clock
        self.at = None if timeout is None else clock() + timeout
        self.last_error: Exception | None = None
        self.fetches = 0  # the fetches made within this deadline (``bounding``)

    def left(self) -> float | None:
        """Seconds left of the wait on its clock, 0 or less once it has passed (None: no limit)."""
        return None if self.at is None else self.at - self.clock()

    def over(self) -> bool:
        """Whether the wait's time is up."""
        left = self.left()
        return left is not None and left <= 0

    def pause(self) -> float | None:
        """Seconds to sleep before the next fetch: the interval, or what is left of the wait when that is less (the
        wait then gives up at its deadline, not an interval early); None once the deadline has passed."""
        left = self.left()
        if left is None:
            return self.interval
        return min(self.interval, left) if left > 0 else None

    @contextmanager
    def bounding(self) -> Iterator[None]:
        """Within: every call's attempts are bounded by this deadline (see ``current_deadline``); one fetch each."""
        self.fetches += 1
        token = _CURRENT.set(None if self.at is None else self)
        try:
            yield
        finally:
            _CURRENT.reset(token)

    def survive(self, exc: Exception) -> None:
        """Re-raise ``exc`` unless it is transient (connection, 429, 5xx, but not a gateway condition that waiting
        cannot cure, such as no channel for the model): that one is kept as the cause of the timeout error, should the
        deadline pass before a poll gets through."""
        if not isinstance(exc, _TRANSIENT) or (isinstance(exc, GatewayError) and not exc.retryable):
            raise exc
        self.last_error = exc


_TRANSIENT = (APIConnectionError, RateLimitError, InternalServerError)
_CURRENT: ContextVar[Deadline | None] = ContextVar("wushuang_deadline", default=None)


def current_deadline() -> Deadline | None:
    """The deadline of the wait whose fetch is running (in this thread or task), if it has one.

    The send loop reads it: each attempt's HTTP timeout is cut to what is left, and a retry whose pause would end
    after the deadline is not made (the attempt's error is raised at once).
    """
    return _CURRENT.get()


def check_poll_args(timeout: float | None, interval: float) -> None:
    """Refuse a poll's ``timeout`` or ``interval`` before anything is sent (an ``InvalidParameterError``)."""
    if not isinstance(interval, (int, float)) or not interval > 0:
        raise InvalidParameterError(
            f"interval must be a number of seconds > 0, got {interval!r}", param="interval", operation_id=""
        )
    if timeout is not None and (not isinstance(timeout, (int, float)) or not timeout > 0):
        raise InvalidParameterError(
            f"timeout must be a number of seconds > 0 or None, got {timeout!r}", param="timeout", operation_id=""
        )


class StatusPoll:
    """One status poll's state and decisions: the IDs it polls with, what it has reported, its deadline."""

    def __init__(
        self,
        op: Operation,
        target: Any,
        path_args: dict[str, Any],
        *,
        timeout: float | None,
        interval: float,
        on_progress: Callable[[Any], object] | None,
        on_event: Callable[[Any], object] | None = None,
        clock: Callable[[], float],
    ) -> None:
        """``target`` is an ID or the object; ``path_args`` the other path arguments by Python name (or None)."""
        path = [p for p in op.params if p.location == "path"]
        key = path[-1].python
        known = target if not isinstance(target, str) else None
        if known is not None and not isinstance(getattr(known, "id", None), str):
            raise InvalidParameterError(
                f"{op.operation_id}: {key} must be an ID (str) or the object, got {type(target).__name__}",
                param=key,
                operation_id=op.operation_id,
            )
        self.target_id: str = target if known is None else known.id
        self.args = {key: self.target_id}
        for p in path[:-1]:
            value = path_args.get(p.python) or getattr(known, p.python, None)
            if not isinstance(value, str) or not value:
                raise InvalidParameterError(
                    f"{op.operation_id}: {p.python} is required (an ID, str)",
                    param=p.python,
                    operation_id=op.operation_id,
                )
            self.args[p.python] = value
        self.op = op
        self.known = known
        self.on_progress = on_progress
        self.on_event = on_event
        self.deadline = Deadline(timeout, interval, clock)
        self.last: Any = known
        self.status: object = _UNSEEN
        self.seen_events: set[str] = set()
        self.trace: WaitTrace | None = None  # the wait's span, when the client traces (``wait_span``)

    def trace_with(self, trace: WaitTrace | None) -> None:
        """Record this poll on ``trace`` (None: the client does not trace): its ID, its fetches, each status."""
        self.trace = trace
        if trace is not None:
            trace.waiting_on(self.target_id, self.deadline)
            if self.known is not None:
                trace.saw(getattr(self.known, "status", None))

    def finished(self, obj: Any) -> bool:
        """Report ``obj`` if its status changed; whether that status ends the poll."""
        self.last = obj
        status = getattr(obj, "status", None)
        if status != self.status:
            self.status = status
            if self.trace is not None:
                self.trace.saw(status)
            if self.on_progress is not None:
                self.on_progress(obj)
        return status in self.op.poll_until

    def report_events(self, page: Any) -> None:
        """Hand the events of ``page`` not reported yet to ``on_event``, oldest first."""
        assert self.on_event is not None
        new = [event for event in page.data if event.id not in self.seen_events]
        self.seen_events.update(event.id for event in new)
        for event in sorted(new, key=lambda event: getattr(event, "created_at", 0) or 0):
            self.on_event(event)

    def pause(self) -> float:
        """How long to sleep before the next fetch; raises ``PollTimeoutError`` once the deadline has passed."""
        seconds = self.deadline.pause()
        if seconds is None:
            raise self.timed_out()
        return seconds

    def timed_out(self) -> PollTimeoutError:
        """The error of a poll whose time is up (a failed fetch at the deadline is its cause)."""
        return PollTimeoutError(self.op.operation_id, timeout=self.deadline.timeout or 0.0, last=self.last)

    @property
    def events_args(self) -> dict[str, Any]:
        """The arguments of the events list: the same IDs, the largest page."""
        return {**self.args, "limit": 100}


_UNSEEN = object()


def poll_status(
    poll: StatusPoll,
    fetch: Callable[[dict[str, Any]], Any],
    list_events: Callable[[dict[str, Any]], Any] | None,
    sleep: Callable[[float], object],
) -> Any:
    """Fetch (``fetch(args)``) until the object's status ends the poll; see the generated ``poll`` / ``wait``
    methods. Each fetch has the client's retries, within the poll's deadline; an error they gave up on ends the
    poll (a server that answers 500 for good is not waited on until the timeout)."""
    if poll.known is not None and getattr(poll.known, "status", None) in poll.op.poll_until:
        return poll.known
    while True:
        events = None
        try:
            with poll.deadline.bounding():
                obj = fetch(poll.args)
                if list_events is not None and poll.on_event is not None:
                    events = list_events(poll.events_args)
        except WushuangError as exc:
            if not poll.deadline.over():
                raise  # an error the retries gave up on before the deadline ends the poll as it is
            raise poll.timed_out() from exc
        if events is not None:
            poll.report_events(events)  # the caller's callbacks run outside the deadline's bounds
        if poll.finished(obj):
            return obj
        sleep(poll.pause())
        if poll.deadline.over():  # the last pause ended at the deadline: give up there, with no fetch
            poll.pause()  # raises the timeout


async def async_poll_status(
    poll: StatusPoll,
    fetch: Callable[[dict[str, Any]], Awaitable[Any]],
    list_events: Callable[[dict[str, Any]], Awaitable[Any]] | None,
    sleep: Callable[[float], Awaitable[object]],
) -> Any:
    """The async twin of ``poll_status``."""
    if poll.known is not None and getattr(poll.known, "status", None) in poll.op.poll_until:
        return poll.known
    while True:
        events = None
        try:
            with poll.deadline.bounding():
                obj = await fetch(poll.args)
                if list_events is not None and poll.on_event is not None:
                    events = await list_events(poll.events_args)
        except WushuangError as exc:
            if not poll.deadline.over():
                raise  # an error the retries gave up on before the deadline ends the poll as it is
            raise poll.timed_out() from exc
        if events is not None:
            poll.report_events(events)  # the caller's callbacks run outside the deadline's bounds
        if poll.finished(obj):
            return obj
        await sleep(poll.pause())
        if poll.deadline.over():  # the last pause ended at the deadline: give up there, with no fetch
            poll.pause()  # raises the timeout
