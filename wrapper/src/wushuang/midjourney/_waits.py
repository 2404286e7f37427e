"""Waiting for Midjourney tasks: one task until it ends (``tasks.wait``), many at once (``tasks.wait_many``).

The decisions (report progress, end, give up) are pure and shared; the sync and async loops differ only in how
they fetch and sleep. Each fetch runs within the wait's deadline (``Deadline.bounding``: its attempts, their HTTP
timeouts and the retries' pauses end by then), and transient failures are outlasted.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from wushuang._core.errors import InvalidParameterError, WushuangError
from wushuang._core.polling import Deadline, ProgressBar
from wushuang.midjourney._errors import (
    MidjourneyModalRequiredError,
    MidjourneyTaskFailedError,
    MidjourneyTimeoutError,
)
from wushuang.midjourney._task_fields import progress_percent

if TYPE_CHECKING:
    from wushuang._core.spans import WaitTrace

__all__ = [
    "TERMINAL",
    "ManyWait",
    "TaskWait",
    "async_wait_for_task",
    "async_wait_for_tasks",
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
        self.deadline = Deadline(timeout, interval, clock)
        self.task_id = task_id
        self.on_progress = on_progress
        self.bar = ProgressBar(progress)
        self.last_percent = -1
        self.task: Any = None
        self.trace: WaitTrace | None = None

    def trace_with(self, trace: WaitTrace) -> None:
        """Record this wait on ``trace`` (the client traces): the task, its fetches, its progress, its action."""
        self.trace = trace
        trace.waiting_on(self.task_id, self.deadline)

    def done(self, task: Any) -> bool:
        """Report ``task``; whether it succeeded (raises for FAILURE, CANCEL, MODAL)."""
        self.task = task
        self.deadline.last_error = None
        percent = progress_percent(task)
        if self.trace is not None:
            if task.action:
                self.trace.span.set_attribute("wushuang.midjourney.action", task.action)
            self.trace.saw(task.status, progress=percent or 0)
        self.bar.draw((percent or 0) / 100, f"{percent or 0:3d}% {task.status or ''} {self.task_id}")
        if percent is not None and percent > self.last_percent:
            self.last_percent = percent
            if self.on_progress is not None:
                self.on_progress(task)
        return _outcome(task, self.task_id)

    def pause(self) -> float:
        """How long to sleep before the next fetch; raises ``MidjourneyTimeoutError`` once the deadline has passed."""
        seconds = self.deadline.pause()
        if seconds is None:
            task = self.task
            raise MidjourneyTimeoutError(
                self.task_id,
                timeout=self.deadline.timeout or 0.0,
                status=getattr(task, "status", None),
                progress=getattr(task, "progress", None),
            ) from self.deadline.last_error
        return seconds


def wait_for_task(fetch: Callable[[], Any], sleep: Callable[[float], object], wait: TaskWait) -> Any:
    """Fetch (``fetch()``) every interval until the task ends; see ``MidjourneyTasks.wait``."""
    try:
        while True:
            try:
                with wait.deadline.bounding():
                    task = fetch()
                if wait.done(task):
                    return wait.task
            except WushuangError as exc:  # a failed task is a MidjourneyError: not transient, raised
                wait.deadline.survive(exc)
            sleep(wait.pause())
            if wait.deadline.over():  # the last pause ended at the deadline: give up there, with no fetch
                wait.pause()  # raises the timeout
    finally:
        wait.bar.close()


async def async_wait_for_task(
    fetch: Callable[[], Awaitable[Any]], sleep: Callable[[float], Awaitable[object]], wait: TaskWait
) -> Any:
    """The async twin of ``wait_for_task``."""
    try:
        while True:
            try:
                with wait.deadline.bounding():
                    task = await fetch()
                if wait.done(task):
                    return wait.task
            except WushuangError as exc:
                wait.deadline.survive(exc)
            await sleep(wait.pause())
            if wait.deadline.over():  # the last pause ended at the deadline: give up there, with no fetch
                wait.pause()  # raises the timeout
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
        self.deadline = Deadline(timeout, interval, clock)
        self.seen: dict[str, Any] = {}
        self.pending = list(dict.fromkeys(self.ids))
        self.on_progress = on_progress
        self.bar = ProgressBar(progress)
        self.trace: WaitTrace | None = None

    def trace_with(self, trace: WaitTrace) -> None:
        """Record this wait on ``trace`` (the client traces): the tasks, the fetches, each task's changes."""
        self.trace = trace
        trace.waiting_on(self.ids, self.deadline)

    def see(self, tasks: Any) -> bool:
        """Take in one ``list_by_condition`` answer; whether every task is finished."""
        self.deadline.last_error = None
        for task in tasks or ():
            if task.id not in self.pending:
                continue
            before = self.seen.get(task.id)
            self.seen[task.id] = task
            changed = before is None or (before.status, before.progress) != (task.status, task.progress)
            if changed and self.trace is not None:
                self.trace.saw(task.status, task_id=task.id, progress=progress_percent(task) or 0)
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
        seconds = self.deadline.pause()
        if seconds is None:
            first = self.pending[0]
            last = self.seen.get(first)
            raise MidjourneyTimeoutError(
                first,
                timeout=self.deadline.timeout or 0.0,
                status=getattr(last, "status", None),
                progress=getattr(last, "progress", None),
                tasks=[self.seen.get(i) for i in self.ids],
            ) from self.deadline.last_error
        return seconds


_FINISHED = TERMINAL | {"MODAL"}


def wait_for_tasks(
    list_tasks: Callable[[list[str]], Any], sleep: Callable[[float], object], wait: ManyWait
) -> list[Any]:
    """One ``list_tasks(ids)`` per interval until every task is finished; see ``tasks.wait_many``."""
    try:
        while wait.pending:
            try:
                with wait.deadline.bounding():
                    tasks = list_tasks(wait.pending)
                if wait.see(tasks):
                    break
            except WushuangError as exc:
                wait.deadline.survive(exc)
            sleep(wait.pause())
            if wait.deadline.over():  # the last pause ended at the deadline: give up there, with no fetch
                wait.pause()  # raises the timeout
        return wait.result()
    finally:
        wait.bar.close()


async def async_wait_for_tasks(
    list_tasks: Callable[[list[str]], Awaitable[Any]],
    sleep: Callable[[float], Awaitable[object]],
    wait: ManyWait,
) -> list[Any]:
    """The async twin of ``wait_for_tasks``."""
    try:
        while wait.pending:
            try:
                with wait.deadline.bounding():
                    tasks = await list_tasks(wait.pending)
                if wait.see(tasks):
                    break
            except WushuangError as exc:
                wait.deadline.survive(exc)
            await sleep(wait.pause())
            if wait.deadline.over():  # the last pause ended at the deadline: give up there, with no fetch
                wait.pause()  # raises the timeout
        return wait.result()
    finally:
        wait.bar.close()
