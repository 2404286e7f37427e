"""Midjourney tasks as traces: a task's span from its submit to its end, button presses linked to their task.

With telemetry on (``wushuang.telemetry_of(client)``):

- each submit through the SDK notes when it was sent and, for a button or a modal step, its parent task
  (``note_submit``), in a bounded memory of the client's telemetry;
- ``tasks.wait`` is the span ``wait midjourney_task`` (``task_span``): it starts when the task was submitted, if
  this process submitted it, else when the wait starts; its fetches are its children, each rise of the task's
  progress an event (``wushuang.wait.progress``: ``wushuang.wait.status``, ``wushuang.wait.progress`` in percent),
  and it is linked to the span of the task whose button made it;
- ``submit.press`` is the span ``press midjourney_button`` (``press_span``) around its ``submitAction`` call,
  linked to the span of the task pressed, with its ID;
- ``submit.imagine_many`` is the span ``submit midjourney_prompts`` with one child per prompt,
  ``submit midjourney_prompt``, around that prompt's submits (each queue-full back-off an event);
- ``tasks.wait_many`` is the span ``wait midjourney_tasks`` (``many_span``), each task's changes its events.

Off, none of this is noted and nothing of OpenTelemetry is imported.
"""

from __future__ import annotations

import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from wushuang._core.spans import ignore, mark_failed, wait_span
from wushuang._core.telemetry import telemetry_of
from wushuang.midjourney._buttons import describe

if TYPE_CHECKING:
    from wushuang._core.operation import Operation
    from wushuang._core.telemetry import Telemetry
    from wushuang.midjourney._helpers import ButtonPress, ImagineOutcome
    from wushuang.midjourney._waits import ManyWait, TaskWait

__all__ = ["PromptTrace", "many_span", "note_submit", "press_span", "prompt_span", "prompts_span", "task_span"]

_TASK_ID = "wushuang.midjourney.task_id"
_PARENT_TASK_ID = "wushuang.midjourney.parent_task_id"


@dataclass(frozen=True, slots=True)
class _Submit:
    """A task's submit as this process sent it."""

    started: int  # when it was sent, in ns since the epoch (the time OpenTelemetry spans are stamped with)
    operation: str  # its operationId: submitImagine, submitAction, ...
    parent: str | None  # the task whose button or modal step made it


class _Tasks:
    """What a telemetry remembers of recent tasks: each one's submit, and the span context of its wait.

    Both are bounded (the oldest forgotten first): a process that submits without waiting keeps no more than
    ``LIMIT`` of each.
    """

    LIMIT = 4096

    def __init__(self) -> None:
        self.submits: OrderedDict[str, _Submit] = OrderedDict()
        self.spans: OrderedDict[str, Any] = OrderedDict()
        self.lock = threading.Lock()

    def remember(self, table: OrderedDict[str, Any], task_id: str, value: Any) -> None:
        with self.lock:
            table[task_id] = value
            table.move_to_end(task_id)
            while len(table) > self.LIMIT:
                table.popitem(last=False)


_MEMORY: weakref.WeakKeyDictionary[Telemetry, _Tasks] = weakref.WeakKeyDictionary()
_MEMORY_LOCK = threading.Lock()


def _tasks(telemetry: Telemetry) -> _Tasks:
    with _MEMORY_LOCK:
        tasks = _MEMORY.get(telemetry)
        if tasks is None:
            tasks = _MEMORY[telemetry] = _Tasks()
        return tasks


def note_submit(telemetry: Telemetry, op: Operation, args: dict[str, Any], result: Any, started: int) -> None:
    """Remember the task ``result`` (a submit's answer) names: when it was sent, by which operation, its parent (the
    ``task_id`` argument of a button or change). A modal step names the task its press made: that one is kept."""
    task_id = getattr(result, "result", None)
    if not isinstance(task_id, str) or not task_id:
        return
    tasks = _tasks(telemetry)
    if task_id in tasks.submits:
        return
    parent = args.get("task_id")
    parent = parent if isinstance(parent, str) and parent != task_id else None
    tasks.remember(tasks.submits, task_id, _Submit(started, op.operation_id, parent))


@contextmanager
def task_span(client: Any, wait: TaskWait) -> Iterator[None]:
    """Within: ``wait``'s span ``wait midjourney_task`` (nothing when ``client`` does not trace)."""
    telemetry = telemetry_of(client)
    if telemetry is None:
        yield
        return
    tasks = _tasks(telemetry)
    with tasks.lock:
        submit = tasks.submits.pop(wait.task_id, None)  # a second wait of the task starts when it starts
    attributes: dict[str, Any] = {_TASK_ID: wait.task_id}
    links = []
    if submit is not None:
        attributes["wushuang.midjourney.submit"] = submit.operation
        if submit.parent is not None:
            attributes[_PARENT_TASK_ID] = submit.parent
            parent_span = tasks.spans.get(submit.parent)
            links = [parent_span] if parent_span is not None else []
    with wait_span(
        client,
        "midjourney_task",
        wait.deadline.timeout,
        links=links,
        start_time=None if submit is None else submit.started,
        attributes=attributes,
    ) as trace:
        assert trace is not None
        tasks.remember(tasks.spans, wait.task_id, trace.span.get_span_context())
        wait.trace_with(trace)
        yield


@contextmanager
def many_span(client: Any, wait: ManyWait) -> Iterator[None]:
    """Within: ``wait``'s span ``wait midjourney_tasks`` (nothing when ``client`` does not trace); at its end the
    tasks' statuses in the order of the IDs (``wushuang.midjourney.statuses``)."""
    with wait_span(client, "midjourney_tasks", wait.deadline.timeout) as trace:
        if trace is None:
            yield
            return
        wait.trace_with(trace)
        try:
            yield
        finally:
            trace.status = None  # the last change seen is one task's: the statuses say how each ended
            statuses = [str(getattr(wait.seen.get(i), "status", None) or "") for i in wait.ids]
            trace.span.set_attribute("wushuang.midjourney.statuses", statuses)


@contextmanager
def press_span(client: Any, parent_id: str, button: Any) -> Iterator[Callable[[ButtonPress], None]]:
    """Within: the span ``press midjourney_button`` linked to the pressed task's span (if this process waited for
    it); yields what to call with the press's answer (a no-op when ``client`` does not trace)."""
    telemetry = telemetry_of(client)
    if telemetry is None:
        yield ignore
        return
    parent_span = _tasks(telemetry).spans.get(parent_id)
    attributes = {_PARENT_TASK_ID: parent_id, "wushuang.midjourney.button": describe(button)}
    links = [parent_span] if parent_span is not None else []
    with telemetry.span("press midjourney_button", attributes, links=links) as span:

        def pressed(press: ButtonPress) -> None:
            span.set_attribute(_TASK_ID, press.task_id)
            span.set_attribute("wushuang.midjourney.needs_modal", press.needs_modal)

        yield pressed


@contextmanager
def prompts_span(client: Any, count: int) -> Iterator[Callable[[list[ImagineOutcome]], None]]:
    """Within: the span ``submit midjourney_prompts`` of ``imagine_many``; yields what to call with the outcomes."""
    telemetry = telemetry_of(client)
    if telemetry is None:
        yield ignore
        return
    with telemetry.span("submit midjourney_prompts", {"wushuang.midjourney.prompts": count}) as span:

        def submitted(outcomes: list[ImagineOutcome]) -> None:
            refused = sum(outcome.error is not None for outcome in outcomes)
            span.set_attribute("wushuang.midjourney.submitted", len(outcomes) - refused)
            span.set_attribute("wushuang.midjourney.refused", refused)

        yield submitted


class PromptTrace:
    """One prompt of ``imagine_many`` on its span: its back-offs, and how it ended."""

    def __init__(self, span: Any) -> None:
        self.span = span

    def backing_off(self, attempt: int, delay: float) -> None:
        """The relay's queue was full at ``attempt``: the next submit waits ``delay`` seconds."""
        attributes = {"wushuang.midjourney.attempt": attempt, "wushuang.midjourney.delay": delay}
        self.span.add_event("wushuang.midjourney.queue_full", attributes)

    def ended(self, outcome: ImagineOutcome) -> None:
        self.span.set_attribute("wushuang.midjourney.attempts", outcome.attempts)
        if outcome.task_id is not None:
            self.span.set_attribute(_TASK_ID, outcome.task_id)
        if outcome.error is not None:
            mark_failed(self.span, type(outcome.error).__qualname__, outcome.error.message)


@contextmanager
def prompt_span(client: Any, index: int) -> Iterator[PromptTrace | None]:
    """Within: the span ``submit midjourney_prompt`` of the prompt at ``index`` (None: ``client`` does not trace)."""
    telemetry = telemetry_of(client)
    if telemetry is None:
        yield None
        return
    with telemetry.span("submit midjourney_prompt", {"wushuang.midjourney.prompt_index": index}) as span:
        yield PromptTrace(span)
