"""The base of the ``Task`` model: values derived from the wire's, next to them (``x-sdk-base`` in the spec).

``Task`` is a generated msgspec Struct; the spec names this class as its base (``x-sdk-base:
midjourney._task_fields.TaskFields``), so ``task.progress`` stays the wire's ``"45%"`` while
``task.progress_percent`` is ``45``, and ``task.submit_time`` stays epoch milliseconds while ``task.submitted_at`` is
an aware UTC datetime. Read-only properties: nothing is stored twice, and ``to_dict()`` / ``to_json()`` give the
wire's fields only.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime
from typing import Any

from wushuang._core.model import Model

__all__ = ["TaskFields", "progress_percent"]


def progress_percent(task: Any) -> int | None:
    """A task's ``progress`` (``"45%"``) as a number (45); None when it reports none (``""`` on failure) or a value
    that is no percentage (``"nan"``, ``"inf%"``, ``"250%"``)."""
    progress = getattr(task, "progress", None)
    try:
        value = float(progress.strip().rstrip("%")) if isinstance(progress, str) else math.nan
    except ValueError:
        return None
    return int(value) if 0 <= value <= 100 else None  # NaN compares false


def _at(milliseconds: Any) -> datetime | None:
    """Epoch milliseconds as a UTC datetime; None when absent, 0, or beyond the years a datetime holds."""
    if not isinstance(milliseconds, int) or not milliseconds:
        return None
    try:
        return datetime.fromtimestamp(milliseconds / 1000, UTC)
    except (OverflowError, ValueError, OSError):
        return None


class TaskFields(Model, kw_only=True):
    """Derived, read-only views of a Midjourney task's wire values."""

    @property
    def progress_percent(self) -> int | None:
        """``progress`` (``"45%"``) as a number (45); None when the task reports none (``""`` on failure)."""
        return progress_percent(self)

    @property
    def submitted_at(self) -> datetime | None:
        """``submitTime`` as a UTC datetime (None when absent or 0)."""
        return _at(getattr(self, "submit_time", None))

    @property
    def started_at(self) -> datetime | None:
        """``startTime`` as a UTC datetime (None when absent or 0)."""
        return _at(getattr(self, "start_time", None))

    @property
    def finished_at(self) -> datetime | None:
        """``finishTime`` as a UTC datetime (None when absent or 0)."""
        return _at(getattr(self, "finish_time", None))
