"""Waiting for a Midjourney task: poll until it ends, report progress, honour a timeout.

One decision function (``_outcome``) serves the sync and async loops, which differ only in how they sleep.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from wushuang._errors import MidjourneyModalRequiredError, MidjourneyTaskFailedError, MidjourneyTimeoutError

__all__ = ["async_wait_for_task", "wait_for_task"]


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


def _check_args(timeout: float | None, interval: float) -> None:
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
    _check_args(timeout, interval)
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
    _check_args(timeout, interval)
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
