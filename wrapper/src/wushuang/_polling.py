"""Polling: wait for a Midjourney task, or for any object with a ``status`` (runs, files, fine-tuning jobs).

The decisions (when a poll is over, what to report, when time is up) are pure and shared; the sync and async
loops differ only in how they fetch and sleep. A status poll is switched on by the spec: a retrieve with
``x-sdk.poll: {method, until, events?}`` gets that method, and an operation with ``x-sdk.and_poll`` gets a method
that calls it and then polls its result.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from wushuang._errors import (
    InvalidParameterError,
    MidjourneyModalRequiredError,
    MidjourneyTaskFailedError,
    MidjourneyTimeoutError,
    PollTimeoutError,
)
from wushuang._operation import Operation

__all__ = [
    "StatusPoll",
    "async_poll_status",
    "async_wait_for_task",
    "check_poll_args",
    "poll_status",
    "wait_for_task",
]


def _percent(task: Any) -> int | None:
    text = (getattr(task, "progress", None) or "").strip().rstrip("%")
    try:
        return int(float(text))
    except ValueError:
        return None


def _outcome(task: Any, task_id: str) -> bool:
    """True when the task succeeded; raises for FAILURE, CANCEL and MODAL; False while it is still running."""
    status = (getattr(task, "status", None) or "").upper()
    if status == "SUCCESS":
        return True
    if status in ("FAILURE", "CANCEL"):
        raise MidjourneyTaskFailedError(
            task_id,
            fail_reason=getattr(task, "fail_reason", None),
            status=status,
            properties=getattr(task, "properties", None),
        )
    if status == "MODAL":
        raise MidjourneyModalRequiredError(task_id, properties=getattr(task, "properties", None))
    return False


class _Progress:
    def __init__(self, on_progress: Callable[[Any], object] | None) -> None:
        self.on_progress = on_progress
        self.last = -1

    def see(self, task: Any) -> None:
        percent = _percent(task)
        if self.on_progress is not None and percent is not None and percent > self.last:
            self.last = percent
            self.on_progress(task)


def check_poll_args(timeout: float | None, interval: float) -> None:
    if not isinstance(interval, (int, float)) or not interval > 0:
        raise ValueError(f"interval must be a number of seconds > 0, got {interval!r}")
    if timeout is not None and (not isinstance(timeout, (int, float)) or not timeout > 0):
        raise ValueError(f"timeout must be a number of seconds > 0 or None, got {timeout!r}")


def wait_for_task(
    fetch: Callable[[], Any],
    task_id: str,
    *,
    timeout: float | None,
    interval: float,
    on_progress: Callable[[Any], object] | None,
    sleep: Callable[[float], object],
    clock: Callable[[], float],
) -> Any:
    """Poll ``fetch`` every ``interval`` seconds until the task ends; see ``MidjourneyTasks.wait``."""
    check_poll_args(timeout, interval)
    deadline = None if timeout is None else clock() + timeout
    progress = _Progress(on_progress)
    while True:
        task = fetch()
        progress.see(task)
        if _outcome(task, task_id):
            return task
        if deadline is not None and clock() + interval > deadline:
            raise MidjourneyTimeoutError(task_id, timeout=timeout or 0.0, status=task.status, progress=task.progress)
        sleep(interval)


async def async_wait_for_task(
    fetch: Callable[[], Awaitable[Any]],
    task_id: str,
    *,
    timeout: float | None,
    interval: float,
    on_progress: Callable[[Any], object] | None,
    sleep: Callable[[float], Awaitable[object]],
    clock: Callable[[], float],
) -> Any:
    """The async twin of ``wait_for_task``."""
    check_poll_args(timeout, interval)
    deadline = None if timeout is None else clock() + timeout
    progress = _Progress(on_progress)
    while True:
        task = await fetch()
        progress.see(task)
        if _outcome(task, task_id):
            return task
        if deadline is not None and clock() + interval > deadline:
            raise MidjourneyTimeoutError(task_id, timeout=timeout or 0.0, status=task.status, progress=task.progress)
        await sleep(interval)


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
        check_poll_args(timeout, interval)
        path = [p for p in op.params if p.location == "path"]
        key = path[-1].python
        known = target if not isinstance(target, str) else None
        if known is not None and not isinstance(getattr(known, "id", None), str):
            raise InvalidParameterError(
                f"{op.operation_id}: {key} must be an ID (str) or the object, got {type(target).__name__}",
                param=key,
                operation_id=op.operation_id,
            )
        self.args = {key: target if known is None else known.id}
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
        self.interval = interval
        self.timeout = timeout
        self.on_progress = on_progress
        self.on_event = on_event
        self.clock = clock
        self.deadline = None if timeout is None else clock() + timeout
        self.status: object = _UNSEEN
        self.seen_events: set[str] = set()

    def finished(self, obj: Any) -> bool:
        """Report ``obj`` if its status changed; whether that status ends the poll."""
        status = getattr(obj, "status", None)
        if status != self.status:
            self.status = status
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

    def pause(self, obj: Any) -> float:
        """How long to sleep before the next fetch; raises ``PollTimeoutError`` when that would pass the deadline."""
        if self.deadline is not None and self.clock() + self.interval > self.deadline:
            raise PollTimeoutError(self.op.operation_id, timeout=self.timeout or 0.0, last=obj)
        return self.interval

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
    """Fetch until the object's status ends the poll; see the generated ``poll`` / ``wait`` methods."""
    if poll.known is not None and getattr(poll.known, "status", None) in poll.op.poll_until:
        return poll.known
    while True:
        obj = fetch(poll.args)
        if list_events is not None and poll.on_event is not None:
            poll.report_events(list_events(poll.events_args))
        if poll.finished(obj):
            return obj
        sleep(poll.pause(obj))


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
        obj = await fetch(poll.args)
        if list_events is not None and poll.on_event is not None:
            poll.report_events(await list_events(poll.events_args))
        if poll.finished(obj):
            return obj
        await sleep(poll.pause(obj))
