"""The event stream of a run (``runs.create``, ``threads.create_and_run``, ``runs.submit_tool_outputs`` with
``stream=True``): typed events as they arrive, plus the text as it is written and the run as it ends.

    with client.beta.threads.runs.create(thread.id, assistant_id=assistant.id, stream=True) as stream:
        for text in stream.text_deltas:
            print(text, end="", flush=True)
        run = stream.get_final_run()

Iterating gives every event (``event.event`` is its name, ``event.data`` the run, step, message or delta); the
helpers share that one iteration, so use either or both in turn. The closing rules are those of ``Stream``.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator, Generator, Iterator
from typing import Any, TypeVar

from wushuang._core.behaviours import StreamRule, register
from wushuang._core.errors import APIResponseValidationError
from wushuang._core.streaming import AsyncStream, Stream

__all__ = ["AssistantEventStream", "AsyncAssistantEventStream"]

T = TypeVar("T")

# A run's events after which its stream is complete even without ``event: done``.
_FINAL_RUN_EVENTS = frozenset(
    {
        "thread.run.completed",
        "thread.run.failed",
        "thread.run.cancelled",
        "thread.run.expired",
        "thread.run.incomplete",
        "thread.run.requires_action",
    }
)


def _as_run_event(parsed: dict[str, Any]) -> dict[str, Any] | None:
    """A whole run (from a relay that ignored ``stream``) as the event its status names."""
    if parsed.get("object") != "thread.run":
        return None
    return {"event": f"thread.run.{parsed.get('status')}", "data": parsed}


# `x-sdk.stream: run_events`: a final run event ends the stream even without `event: done`.
RUN_EVENTS = register(
    "stream",
    "run_events",
    StreamRule(
        "event: done",
        complete=lambda last, request_body: getattr(last, "event", None) in _FINAL_RUN_EVENTS,
        adapt=_as_run_event,
    ),
)


def _text_of(event: Any) -> Iterator[str]:
    """The text pieces of a ``thread.message.delta`` event."""
    if getattr(event, "event", None) != "thread.message.delta":
        return
    delta = getattr(event.data, "delta", None)
    for part in getattr(delta, "content", None) or ():
        value = getattr(getattr(part, "text", None), "value", None)
        if value:
            yield value


class _RunTracker:
    """What a run's stream remembers of the events that passed (apart from the stream: no reference cycle)."""

    def __init__(self) -> None:
        self.current_run: Any = None
        self.messages: dict[str, Any] = {}

    def see(self, event: Any) -> None:
        name: str = getattr(event, "event", "")
        if name.startswith("thread.run.") and not name.startswith("thread.run.step."):
            self.current_run = event.data
        elif name in ("thread.message.completed", "thread.message.incomplete"):
            self.messages[event.data.id] = event.data


def _tracked(events: Generator[T, None, None], tracker: _RunTracker) -> Generator[T, None, None]:
    try:
        for event in events:
            tracker.see(event)
            yield event
    finally:
        events.close()


async def _atracked(events: AsyncGenerator[T, None], tracker: _RunTracker) -> AsyncGenerator[T, None]:
    try:
        async for event in events:
            tracker.see(event)
            yield event
    finally:
        await events.aclose()


class _RunStream:
    """What the sync and async run streams share: the tracker, and the run as it ended."""

    response: Any
    _tracker: _RunTracker

    @property
    def current_run(self) -> Any:
        """The run as the last ``thread.run.*`` event so far left it (None before the first)."""
        return self._tracker.current_run

    def _final_run(self) -> Any:
        if self._tracker.current_run is None:
            raise APIResponseValidationError(
                "the run's event stream ended without a thread.run.* event", response=self.response
            )
        return self._tracker.current_run


class AssistantEventStream(_RunStream, Stream[T]):
    """A run's event stream: ``for event in stream``, or ``text_deltas`` / ``get_final_run()``."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._tracker = _RunTracker()
        super().__init__(*args, **kwargs)

    def _chunks(self, items: Generator[T, None, None]) -> Generator[T, None, None]:
        return _tracked(items, self._tracker)

    @property
    def text_deltas(self) -> Iterator[str]:
        """The assistant's text as it is written, piece by piece (consumes the stream)."""
        for event in self:
            yield from _text_of(event)

    def until_done(self) -> AssistantEventStream[T]:
        """Read the stream to its end."""
        for _ in self:
            pass
        return self

    def get_final_run(self) -> Any:
        """The run as its last event left it (``completed``, ``requires_action``, ...), reading to the end."""
        return self.until_done()._final_run()

    def get_final_messages(self) -> list[Any]:
        """The messages completed during the stream, reading to the end."""
        return list(self.until_done()._tracker.messages.values())


class AsyncAssistantEventStream(_RunStream, AsyncStream[T]):
    """The async twin of ``AssistantEventStream``."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._tracker = _RunTracker()
        super().__init__(*args, **kwargs)

    def _chunks(self, items: AsyncGenerator[T, None]) -> AsyncGenerator[T, None]:
        return _atracked(items, self._tracker)

    @property
    def text_deltas(self) -> AsyncIterator[str]:
        """The assistant's text as it is written, piece by piece (consumes the stream)."""
        return self._text_deltas()

    async def _text_deltas(self) -> AsyncIterator[str]:
        async for event in self:
            for text in _text_of(event):
                yield text

    async def until_done(self) -> AsyncAssistantEventStream[T]:
        """Read the stream to its end."""
        async for _ in self:
            pass
        return self

    async def get_final_run(self) -> Any:
        """The run as its last event left it, reading to the end."""
        return (await self.until_done())._final_run()

    async def get_final_messages(self) -> list[Any]:
        """The messages completed during the stream, reading to the end."""
        return list((await self.until_done())._tracker.messages.values())
