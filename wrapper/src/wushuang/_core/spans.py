"""The spans of what is more than one call: waits (status polls, Midjourney tasks), and the helpers' own steps.

A call's span is made by the telemetry middleware (``wushuang._core.telemetry``); an operation made of several calls
opens one span around them with ``Telemetry.span``, so that their call spans nest under it. Status polls and
Midjourney waits are ``wait <thing>`` spans (``wait_span``): the name says what is waited on (``run``,
``fine_tuning_job``, ``file``, ``midjourney_task``), never its ID, so that one kind of wait is one span name.

When the client does not trace (``telemetry_of(client)`` is None), ``wait_span`` yields None: the wait pays that
look-up, and nothing of OpenTelemetry is imported.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from wushuang._core.telemetry import telemetry_of

if TYPE_CHECKING:
    from wushuang._core.operation import Operation
    from wushuang._core.polling import Deadline

__all__ = ["WaitTrace", "ignore", "mark_failed", "wait_span", "waited_thing"]

# The statuses of OpenAI objects that end a wait in failure (runs, fine-tuning jobs, files).
_FAILED_STATUSES = frozenset({"failed", "cancelled", "expired", "error"})


def ignore(_: Any) -> None:
    """What a helper hands its caller to report an outcome with, when nothing is traced."""


def mark_failed(span: Any, error_type: str, description: str) -> None:
    """Mark ``span`` as failed without an exception leaving it: ``error.type`` and an error status."""
    from opentelemetry.trace import Status, StatusCode

    span.set_attribute("error.type", error_type)
    span.set_status(Status(StatusCode.ERROR, description))


class WaitTrace:
    """A wait's span while it runs: what it waits on, each status (and progress) it saw, how it ended.

    The span's attributes: ``wushuang.wait.id`` (the ID, or IDs, waited on), ``wushuang.wait.timeout`` (seconds, when
    there is one), and at the end ``wushuang.wait.fetches`` (fetches made) and ``wushuang.wait.status`` (the last
    status seen). Each change is a ``wushuang.wait.progress`` event. A wait that raises has the facade's
    ``error.type`` (``PollTimeoutError``, ``MidjourneyTaskFailedError`` ...); one that ends in a failed status
    (``failed``, ``cancelled``, ``expired``, ``error``) has that status as its ``error.type``.
    """

    def __init__(self, span: Any) -> None:
        self.span = span
        self.deadline: Deadline | None = None
        self.status: str | None = None  # the status the span ends with (None: none to report)
        self.last_event: dict[str, str | int] = {}

    def waiting_on(self, target: str | Sequence[str], deadline: Deadline) -> None:
        """The ID (or IDs) waited on, and the deadline whose fetches are counted."""
        self.span.set_attribute("wushuang.wait.id", target)
        self.deadline = deadline

    def saw(self, status: str | None, **attributes: str | int) -> None:
        """The ``status`` of a fetch, with more ``wushuang.wait.<name>`` attributes (``progress``, ``task_id``): an
        event when it differs from the last one seen."""
        event: dict[str, str | int] = {"wushuang.wait.status": status or ""}
        event.update((f"wushuang.wait.{name}", value) for name, value in attributes.items())
        if event != self.last_event:
            self.status, self.last_event = status, event
            self.span.add_event("wushuang.wait.progress", event)

    def end(self) -> None:
        """Set the attributes of the wait's end."""
        if self.deadline is not None:
            self.span.set_attribute("wushuang.wait.fetches", self.deadline.fetches)
        if self.status is None:
            return
        self.span.set_attribute("wushuang.wait.status", self.status)
        if self.status.lower() in _FAILED_STATUSES:
            mark_failed(self.span, self.status, f"ended {self.status}")


@contextmanager
def wait_span(
    client: Any,
    thing: str,
    timeout: float | None,
    *,
    links: Sequence[Any] = (),
    start_time: int | None = None,
    attributes: Mapping[str, Any] | None = None,
) -> Iterator[WaitTrace | None]:
    """Within: the span ``wait <thing>`` of ``client``'s telemetry, current (the fetches' call spans are its
    children), as a ``WaitTrace``; None when the client does not trace. ``links``: span contexts of related spans;
    ``start_time``: when the wait began if before now (a task's submit), in nanoseconds since the epoch."""
    telemetry = telemetry_of(client)
    if telemetry is None:
        yield None
        return
    first = {"wushuang.wait.timeout": float(timeout)} if timeout is not None else {}
    with telemetry.span(f"wait {thing}", {**first, **(attributes or {})}, links=links, start_time=start_time) as span:
        trace = WaitTrace(span)
        try:
            yield trace
        finally:
            trace.end()


def waited_thing(op: Operation) -> str:
    """What a status poll of ``op`` waits on, named by its ID parameter: ``run`` (``run_id``), ``file`` ..."""
    last = [p for p in op.params if p.location == "path"][-1].python
    return last.removesuffix("_id")
