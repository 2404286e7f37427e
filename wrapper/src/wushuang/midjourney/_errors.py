"""The errors of Midjourney tasks: a submission refused, a task that failed, waits for a modal step, or outlasted
its wait. All are ``MidjourneyError``s, exported by ``wushuang`` and ``wushuang.midjourney``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from wushuang._core.errors import WushuangError

__all__ = ["MidjourneyError", "MidjourneyModalRequiredError", "MidjourneyTaskFailedError", "MidjourneyTimeoutError"]


class MidjourneyError(WushuangError):
    """A Midjourney submission or task did not succeed.

    ``code`` is the relay's result code (0 when the SDK itself gave up, e.g. a wait timeout),
    ``description`` its text, ``properties`` its extra data, ``task_id`` the task concerned if known.
    """

    code: int
    description: str
    properties: dict[str, Any]
    task_id: str | None

    def __init__(
        self,
        message: str,
        *,
        code: int = 0,
        description: str = "",
        properties: Mapping[str, Any] | None = None,
        task_id: str | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.description = description
        self.properties = dict(properties or {})
        self.task_id = task_id


class MidjourneyTaskFailedError(MidjourneyError):
    """The task ended with status ``FAILURE``; ``fail_reason`` says why."""

    fail_reason: str | None
    status: str

    def __init__(
        self,
        task_id: str,
        *,
        fail_reason: str | None = None,
        status: str = "FAILURE",
        properties: Mapping[str, Any] | None = None,
    ) -> None:
        reason = fail_reason or "no reason given"
        super().__init__(
            f"Midjourney task {task_id} failed: {reason}",
            code=0,
            description=reason,
            properties=properties,
            task_id=task_id,
        )
        self.fail_reason = fail_reason
        self.status = status


class MidjourneyModalRequiredError(MidjourneyError):
    """The action needs a confirmation step (a "modal") before it runs: submit the modal step for the task."""

    def __init__(
        self,
        task_id: str,
        *,
        code: int = 21,
        description: str = "",
        properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            f"Midjourney task {task_id} is waiting for a confirmation: submit the modal step for task {task_id}"
            + (f" ({description})" if description else ""),
            code=code,
            description=description,
            properties=properties,
            task_id=task_id,
        )


class MidjourneyTimeoutError(MidjourneyError):
    """Waiting for a task gave up before the task finished. ``status`` / ``progress`` are the last seen.

    From ``tasks.wait_many``: ``task_id`` is the first unfinished task, and ``tasks`` every task in the order
    asked, as last seen (``None`` for an ID the relay never reported).
    """

    status: str | None
    progress: str | None
    tasks: list[Any] | None

    def __init__(
        self,
        task_id: str,
        *,
        timeout: float,
        status: str | None = None,
        progress: str | None = None,
        tasks: list[Any] | None = None,
    ) -> None:
        last = f" (last status {status}, progress {progress})" if status or progress else ""
        super().__init__(
            f"Midjourney task {task_id} did not finish within {timeout:g} s{last}",
            code=0,
            description="timeout",
            task_id=task_id,
        )
        self.status = status
        self.progress = progress
        self.tasks = tasks


# Named by the module they are imported from, as every public error of the SDK is.
for _error in (MidjourneyError, MidjourneyTaskFailedError, MidjourneyModalRequiredError, MidjourneyTimeoutError):
    _error.__module__ = "wushuang"
