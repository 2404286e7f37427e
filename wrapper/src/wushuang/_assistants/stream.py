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
    """What the sync and async streams remember of the events that passed."""

    response: Any

    def _start_tracking(self) -> None:
        self.current_run: Any = None
        self._messages: dict[str, Any] = {}

    def _see(self, event: Any) -> None:
        name: str = getattr(event, "event", "")
        if name.startswith("thread.run.") and not name.startswith("thread.run.step."):
            self.current_run = event.data
        elif name in ("thread.message.completed", "thread.message.incomplete"):
            self._messages[event.data.id] = event.data

    def _final_run(self) -> Any:
        if self.current_run is None:
            raise APIResponseValidationError(
                "the run's event stream ended without a thread.run.* event", response=self.response
            )
        return self.current_run


class AssistantEventStream(_RunTracker, Stream[T]):
    """A run's event stream: ``for event in stream``, or ``text_deltas`` / ``get_final_run()``."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._start_tracking()
        super().__init__(*args, **kwargs)

    def _iter_chunks(self) -> Generator[T, None, None]:
        inner = super()._iter_chunks()
        try:
            for event in inner:
                self._see(event)
                yield event
        finally:
            inner.close()

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
        return list(self.until_done()._messages.values())


class AsyncAssistantEventStream(_RunTracker, AsyncStream[T]):
    """The async twin of ``AssistantEventStream``."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._start_tracking()
        super().__init__(*args, **kwargs)

    async def _iter_chunks(self) -> AsyncGenerator[T, None]:
        inner = super()._iter_chunks()
        try:
            async for event in inner:
                self._see(event)
                yield event
        finally:
            await inner.aclose()

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
        return list((await self.until_done())._messages.values())
