"""Polling: wait for a Midjourney task, or for any object with a ``status`` (runs, files, fine-tuning jobs).

The decisions (when a poll is over, what to report, when time is up) are pure and shared; the sync and async
loops differ only in how they fetch and sleep. A status poll is switched on by the spec: a retrieve with
``x-sdk.poll: {method, until, events?}`` gets that method, and an operation with ``x-sdk.and_poll`` gets a method
that calls it and then polls its result.
"""

from __future__ import annotations

import sys
from collections.abc import Awaitable, Callable
from typing import Any

from wushuang._errors import (
    APIConnectionError,
    InternalServerError,
    InvalidParameterError,
    MidjourneyModalRequiredError,
    MidjourneyTaskFailedError,
    MidjourneyTimeoutError,
    PollTimeoutError,
    RateLimitError,
    WushuangError,
)
from wushuang._operation import Operation
from wushuang.midjourney._task_fields import progress_percent

__all__ = [
    "TERMINAL",
    "ManyWait",
    "ProgressBar",
    "StatusPoll",
    "TaskWait",
    "async_poll_status",
    "async_wait_for_task",
    "async_wait_for_tasks",
    "check_poll_args",
    "poll_status",
    "wait_for_task",
    "wait_for_tasks",
]


TERMINAL = frozenset({"SUCCESS", "FAILURE", "CANCEL"})


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


class _Deadline:
    """The overall timeout of a wait: what is left of it bounds each fetch, and transient failures are outlasted."""

    def __init__(self, timeout: float | None, interval: float, clock: Callable[[], float]) -> None:
        check_poll_args(timeout, interval)
        self.timeout, self.interval, self.clock = timeout, interval, clock
        self.at = None if timeout is None else clock() + timeout
        self.last_error: Exception | None = None

    def left(self) -> float | None:
        """The timeout of the next fetch: what is left of the wait (None: no limit)."""
        return None if self.at is None else max(self.at - self.clock(), 0.001)

    def over_after_pause(self) -> bool:
        return self.at is not None and self.clock() + self.interval > self.at

    def survive(self, exc: Exception) -> None:
        """Re-raise ``exc`` unless it is transient (connection, 429, 5xx): that one is kept as the cause of the
        timeout error, should the deadline pass before a poll gets through."""
        if not isinstance(exc, _TRANSIENT):
            raise exc
        self.last_error = exc


_TRANSIENT = (APIConnectionError, RateLimitError, InternalServerError)


class TaskWait:
    """The decisions of ``tasks.wait`` for one task: report progress, end, give up."""

    def __init__(
        self,
        task_id: str,
        *,
        timeout: float | None,
        interval: float,
        on_progress: Callable[[Any], object] | None,
        progress: bool,
        clock: Callable[[], float],
    ) -> None:
        self.deadline = _Deadline(timeout, interval, clock)
        self.task_id = task_id
        self.on_progress = on_progress
        self.bar = ProgressBar(progress)
        self.last_percent = -1
        self.task: Any = None

    def done(self, task: Any) -> bool:
        """Report ``task``; whether it succeeded (raises for FAILURE, CANCEL, MODAL)."""
        self.task = task
        self.deadline.last_error = None
        percent = progress_percent(task)
        self.bar.draw((percent or 0) / 100, f"{percent or 0:3d}% {task.status or ''} {self.task_id}")
        if percent is not None and percent > self.last_percent:
            self.last_percent = percent
            if self.on_progress is not None:
                self.on_progress(task)
        return _outcome(task, self.task_id)

    def pause(self) -> float:
        """How long to sleep before the next fetch; raises ``MidjourneyTimeoutError`` if that passes the deadline."""
        if self.deadline.over_after_pause():
            task = self.task
            raise MidjourneyTimeoutError(
                self.task_id,
                timeout=self.deadline.timeout or 0.0,
                status=getattr(task, "status", None),
                progress=getattr(task, "progress", None),
            ) from self.deadline.last_error
        return self.deadline.interval


def wait_for_task(fetch: Callable[[float | None], Any], sleep: Callable[[float], object], wait: TaskWait) -> Any:
    """Fetch (``fetch(timeout)``) every interval until the task ends; see ``MidjourneyTasks.wait``."""
    try:
        while True:
            try:
                if wait.done(fetch(wait.deadline.left())):
                    return wait.task
            except WushuangError as exc:  # a failed task is a MidjourneyError: not transient, raised
                wait.deadline.survive(exc)
            sleep(wait.pause())
    finally:
        wait.bar.close()


async def async_wait_for_task(
    fetch: Callable[[float | None], Awaitable[Any]], sleep: Callable[[float], Awaitable[object]], wait: TaskWait
) -> Any:
    """The async twin of ``wait_for_task``."""
    try:
        while True:
            try:
                if wait.done(await fetch(wait.deadline.left())):
                    return wait.task
            except WushuangError as exc:
                wait.deadline.survive(exc)
            await sleep(wait.pause())
    finally:
        wait.bar.close()


class ManyWait:
    """The decisions of ``tasks.wait_many``: which IDs are still unfinished, when to give up.

    A task is finished when its status is SUCCESS, FAILURE or CANCEL, or MODAL (it will not move until its modal
    step is sent); failed ones are returned like the others, not raised: check each task's ``status``.
    """

    def __init__(
        self,
        ids: list[str],
        *,
        timeout: float | None,
        interval: float,
        on_progress: Callable[[Any], object] | None,
        progress: bool,
        clock: Callable[[], float],
    ) -> None:
        if isinstance(ids, str) or not all(isinstance(i, str) and i for i in ids):
            raise InvalidParameterError(
                "wait_many: ids must be a list of task IDs (non-empty str)", param="ids", operation_id="wait_many"
            )
        self.ids = list(ids)
        self.deadline = _Deadline(timeout, interval, clock)
        self.seen: dict[str, Any] = {}
        self.pending = list(dict.fromkeys(self.ids))
        self.on_progress = on_progress
        self.bar = ProgressBar(progress)

    def see(self, tasks: Any) -> bool:
        """Take in one ``list_by_condition`` answer; whether every task is finished."""
        self.deadline.last_error = None
        for task in tasks or ():
            if task.id not in self.pending:
                continue
            before = self.seen.get(task.id)
            self.seen[task.id] = task
            changed = before is None or (before.status, before.progress) != (task.status, task.progress)
            if changed and self.on_progress is not None:
                self.on_progress(task)
        self.pending = [
            i for i in self.pending if (getattr(self.seen.get(i), "status", None) or "").upper() not in _FINISHED
        ]
        total = len(set(self.ids))
        self.bar.draw(
            (total - len(self.pending)) / total if total else 1.0, f"{total - len(self.pending)}/{total} done"
        )
        return not self.pending

    def result(self) -> list[Any]:
        return [self.seen[i] for i in self.ids]

    def pause(self) -> float:
        if self.deadline.over_after_pause():
            first = self.pending[0]
            last = self.seen.get(first)
            raise MidjourneyTimeoutError(
                first,
                timeout=self.deadline.timeout or 0.0,
                status=getattr(last, "status", None),
                progress=getattr(last, "progress", None),
                tasks=[self.seen.get(i) for i in self.ids],
            ) from self.deadline.last_error
        return self.deadline.interval


_FINISHED = TERMINAL | {"MODAL"}


def wait_for_tasks(
    list_tasks: Callable[[list[str], float | None], Any], sleep: Callable[[float], object], wait: ManyWait
) -> list[Any]:
    """One ``list_tasks(ids, timeout)`` per interval until every task is finished; see ``tasks.wait_many``."""
    try:
        while wait.pending:
            try:
                if wait.see(list_tasks(wait.pending, wait.deadline.left())):
                    break
            except WushuangError as exc:
                wait.deadline.survive(exc)
            sleep(wait.pause())
        return wait.result()
    finally:
        wait.bar.close()


async def async_wait_for_tasks(
    list_tasks: Callable[[list[str], float | None], Awaitable[Any]],
    sleep: Callable[[float], Awaitable[object]],
    wait: ManyWait,
) -> list[Any]:
    """The async twin of ``wait_for_tasks``."""
    try:
        while wait.pending:
            try:
                if wait.see(await list_tasks(wait.pending, wait.deadline.left())):
                    break
            except WushuangError as exc:
                wait.deadline.survive(exc)
            await sleep(wait.pause())
        return wait.result()
    finally:
        wait.bar.close()


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
        self.on_progress = on_progress
        self.on_event = on_event
        self.deadline = _Deadline(timeout, interval, clock)
        self.last: Any = known
        self.status: object = _UNSEEN
        self.seen_events: set[str] = set()

    def finished(self, obj: Any) -> bool:
        """Report ``obj`` if its status changed; whether that status ends the poll."""
        self.last = obj
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

    def pause(self) -> float:
        """How long to sleep before the next fetch; raises ``PollTimeoutError`` when that would pass the deadline."""
        if self.deadline.over_after_pause():
            raise PollTimeoutError(self.op.operation_id, timeout=self.deadline.timeout or 0.0, last=self.last)
        return self.deadline.interval

    @property
    def events_args(self) -> dict[str, Any]:
        """The arguments of the events list: the same IDs, the largest page."""
        return {**self.args, "limit": 100}


_UNSEEN = object()


def poll_status(
    poll: StatusPoll,
    fetch: Callable[[dict[str, Any], float | None], Any],
    list_events: Callable[[dict[str, Any], float | None], Any] | None,
    sleep: Callable[[float], object],
) -> Any:
    """Fetch (``fetch(args, timeout)``) until the object's status ends the poll; see the generated ``poll`` /
    ``wait`` methods. Each fetch has the client's retries; an error they gave up on ends the poll (a server that
    answers 500 for good is not waited on until the timeout)."""
    if poll.known is not None and getattr(poll.known, "status", None) in poll.op.poll_until:
        return poll.known
    while True:
        obj = fetch(poll.args, poll.deadline.left())
        if list_events is not None and poll.on_event is not None:
            poll.report_events(list_events(poll.events_args, poll.deadline.left()))
        if poll.finished(obj):
            return obj
        sleep(poll.pause())


async def async_poll_status(
    poll: StatusPoll,
    fetch: Callable[[dict[str, Any], float | None], Awaitable[Any]],
    list_events: Callable[[dict[str, Any], float | None], Awaitable[Any]] | None,
    sleep: Callable[[float], Awaitable[object]],
) -> Any:
    """The async twin of ``poll_status``."""
    if poll.known is not None and getattr(poll.known, "status", None) in poll.op.poll_until:
        return poll.known
    while True:
        obj = await fetch(poll.args, poll.deadline.left())
        if list_events is not None and poll.on_event is not None:
            poll.report_events(await list_events(poll.events_args, poll.deadline.left()))
        if poll.finished(obj):
            return obj
        await sleep(poll.pause())
