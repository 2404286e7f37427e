"""``client.chat.completions.stream(...)``: a streamed chat completion as typed events and a running snapshot.

Built on the chunk stream of ``create(..., stream=True)`` (decoded as bytes arrive, never buffered): each chunk
is folded into a ``ParsedChatCompletion`` snapshot (``ChatCompletionStreamState``, pure, shared by the sync and
async streams) and gives its events:

- ``chunk``: the raw chunk and the snapshot after it;
- ``content.delta`` (the new text, the text so far, and ``parsed``: the JSON so far as plain data, when a
  ``response_format`` type was given and the text parses once closed, else None) and ``content.done`` (the
  whole text, parsed into the type);
- ``refusal.delta`` / ``refusal.done``;
- ``tool_calls.function.arguments.delta`` / ``.done`` (the tool's name and index, the arguments so far or all of
  them, and ``parsed_arguments``: partial plain data on the way, the tool's type when done).

``ChatCompletionStream.get_final_completion()`` reads to the end and gives the ``ParsedChatCompletion[T]``. The
managers (``with`` / ``async with``) send the request on entry and close the connection on exit, read to the
end or not.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Generator, Iterator
from dataclasses import dataclass, field
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeAlias, TypeVar

import msgspec

from wushuang._chat.parsed import (
    ParsedChatCompletion,
    ParsedChatCompletionMessage,
    ParsedChoice,
    ParsedFunction,
    ParsedFunctionToolCall,
    StructuredRequest,
    check_finish,
)
from wushuang._core.behaviours import StreamRule, register
from wushuang._core.model import loads
from wushuang._generated import models

if TYPE_CHECKING:
    from typing import Self

    from wushuang._core.streaming import AsyncStream, Stream

__all__ = [
    "AsyncChatCompletionStream",
    "AsyncChatCompletionStreamManager",
    "ChatCompletionStream",
    "ChatCompletionStreamEvent",
    "ChatCompletionStreamManager",
    "ChatCompletionStreamState",
    "ChunkEvent",
    "ContentDeltaEvent",
    "ContentDoneEvent",
    "FunctionToolCallArgumentsDeltaEvent",
    "FunctionToolCallArgumentsDoneEvent",
    "PartialJSON",
    "RefusalDeltaEvent",
    "RefusalDoneEvent",
]

T = TypeVar("T")


# ---------------------------------------------------------------- events
@dataclass(frozen=True, slots=True, kw_only=True)
class ChunkEvent(Generic[T]):
    """A chunk as it arrived, and the completion so far (the same snapshot object, updated in place)."""

    type: Literal["chunk"] = field(default="chunk", init=False)
    chunk: models.CreateChatCompletionStreamResponse
    snapshot: ParsedChatCompletion[T]


@dataclass(frozen=True, slots=True, kw_only=True)
class ContentDeltaEvent:
    """New text of a choice's content: ``delta``, all of it so far (``snapshot``), and ``parsed``: that JSON as
    plain data once closed, when a ``response_format`` type was given and it parses, else None."""

    type: Literal["content.delta"] = field(default="content.delta", init=False)
    delta: str
    snapshot: str
    parsed: object | None = None
    choice_index: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class ContentDoneEvent(Generic[T]):
    """A choice's whole content, and ``parsed``: it as the ``response_format`` type (None without one)."""

    type: Literal["content.done"] = field(default="content.done", init=False)
    content: str
    parsed: T | None = None
    choice_index: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class RefusalDeltaEvent:
    """New text of the model's refusal: ``delta`` and all of it so far (``snapshot``)."""

    type: Literal["refusal.delta"] = field(default="refusal.delta", init=False)
    delta: str
    snapshot: str
    choice_index: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class RefusalDoneEvent:
    """The model's whole refusal."""

    type: Literal["refusal.done"] = field(default="refusal.done", init=False)
    refusal: str
    choice_index: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class FunctionToolCallArgumentsDeltaEvent:
    """New text of a tool call's arguments: ``arguments_delta``, all of them so far (``arguments``), and
    ``parsed_arguments``: those as plain data once closed, for a strict tool, else None."""

    type: Literal["tool_calls.function.arguments.delta"] = field(
        default="tool_calls.function.arguments.delta", init=False
    )
    name: str
    index: int
    arguments: str
    parsed_arguments: object
    arguments_delta: str
    choice_index: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class FunctionToolCallArgumentsDoneEvent:
    """A tool call's whole arguments, and ``parsed_arguments``: an instance of the tool's type for a
    ``function_tool``, plain data for another strict tool, else None."""

    type: Literal["tool_calls.function.arguments.done"] = field(
        default="tool_calls.function.arguments.done", init=False
    )
    name: str
    index: int
    arguments: str
    parsed_arguments: object
    choice_index: int = 0


ChatCompletionStreamEvent: TypeAlias = (
    ChunkEvent[T]
    | ContentDeltaEvent
    | ContentDoneEvent[T]
    | RefusalDeltaEvent
    | RefusalDoneEvent
    | FunctionToolCallArgumentsDeltaEvent
    | FunctionToolCallArgumentsDoneEvent
)
"""An event of ``ChatCompletionStream[T]``; ``event.type`` tells which (type checkers narrow on it)."""


# ---------------------------------------------------------------- partial JSON
class PartialJSON:
    """JSON text arriving in pieces, and what it amounts to so far (``feed``): the text closed where it stops
    (an open string, array, object), or cut back to its last complete member; None when neither parses.

    The scan is incremental (each piece is read once); each ``feed`` decodes the text so far once or twice.
    """

    def __init__(self) -> None:
        self.text = ""
        self._closers: list[str] = []
        self._in_string = False
        self._escape = False
        self._safe: tuple[int, str] = (0, "")  # where the text can be cut, and what then closes it

    def feed(self, delta: str) -> object | None:
        """Add ``delta``; the value so far (plain data) or None."""
        start = len(self.text)
        self.text += delta
        closers = self._closers
        for i, ch in enumerate(delta, start):
            if self._in_string:
                if self._escape:
                    self._escape = False
                elif ch == "\\":
                    self._escape = True
                elif ch == '"':
                    self._in_string = False
            elif ch == '"':
                self._in_string = True
            elif ch in "{[":
                closers.append("}" if ch == "{" else "]")
                self._safe = (i + 1, "".join(reversed(closers)))
            elif ch in "}]" and closers:
                closers.pop()
                self._safe = (i + 1, "".join(reversed(closers)))
            elif ch == ",":
                self._safe = (i, "".join(reversed(closers)))
        if not self.text.strip():
            return None
        end = "".join(reversed(closers))
        text = self.text[:-1] if self._escape else self.text
        whole = text + '"' + end if self._in_string else text + end
        cut, closing = self._safe
        for candidate in (whole, self.text[:cut] + closing):
            try:
                value: object = loads(candidate)
                return value
            except msgspec.DecodeError:
                continue
        return None


# ---------------------------------------------------------------- the state
class _ChoiceState:
    def __init__(self) -> None:
        self.content = PartialJSON()
        self.content_done = False
        self.refusal_done = False
        self.tools: dict[int, PartialJSON] = {}
        self.calls: dict[int, ParsedFunctionToolCall] = {}
        self.tools_done: set[int] = set()
        self.current_tool: int | None = None


class ChatCompletionStreamState(Generic[T]):
    """Chunks folded into a ``ParsedChatCompletion[T]`` snapshot, and the events each gives (no I/O).

    Usable on its own over ``create(..., stream=True)``: ``state.handle_chunk(chunk)`` for each chunk, then
    ``state.get_final_completion()``.
    """

    def __init__(self, request: StructuredRequest) -> None:
        self._request = request
        self._snapshot: ParsedChatCompletion[T] | None = None
        self._choices: dict[int, _ChoiceState] = {}

    @property
    def current_completion_snapshot(self) -> ParsedChatCompletion[T]:
        """The completion so far (content, refusal, tool calls and usage as received; ``parsed`` once done)."""
        if self._snapshot is None:
            raise RuntimeError("no chunk has arrived yet")
        return self._snapshot

    def get_final_completion(self) -> ParsedChatCompletion[T]:
        """The completion, parsed: call it once the stream has ended."""
        snapshot = self.current_completion_snapshot
        snapshot.choices.sort(key=lambda choice: choice.index or 0)
        for choice in snapshot.choices:
            message = choice.message
            if message.parsed is None:
                message.parsed = self._request.content(message)
            for call in message.tool_calls or ():
                if call.function is not None and call.function.parsed_arguments is None:
                    call.function.parsed_arguments = self._request.arguments_of(call.function)
        return snapshot

    def handle_chunk(self, chunk: models.CreateChatCompletionStreamResponse) -> list[ChatCompletionStreamEvent[T]]:
        """Fold ``chunk`` into the snapshot; the events it gives, in order."""
        snapshot = self._snapshot
        if snapshot is None:
            snapshot = self._snapshot = ParsedChatCompletion(
                id=chunk.id,
                object="chat.completion",
                created=chunk.created,
                model=chunk.model,
                system_fingerprint=chunk.system_fingerprint,
                choices=[],
            )
        if chunk.usage is not None:
            snapshot.usage = chunk.usage
        if chunk.system_fingerprint is not None:
            snapshot.system_fingerprint = chunk.system_fingerprint
        events: list[ChatCompletionStreamEvent[T]] = [ChunkEvent(chunk=chunk, snapshot=snapshot)]
        for choice in chunk.choices:
            events += self._choice(snapshot, choice)
        return events

    def _choice(
        self, snapshot: ParsedChatCompletion[T], chunk: models.ChatCompletionStreamChoice
    ) -> list[ChatCompletionStreamEvent[T]]:
        index = chunk.index or 0
        state = self._choices.get(index)
        if state is None:
            state = self._choices[index] = _ChoiceState()
            snapshot.choices.append(ParsedChoice(index=index, message=ParsedChatCompletionMessage()))
        choice = next(c for c in snapshot.choices if c.index == index)
        message, delta = choice.message, chunk.delta
        events: list[ChatCompletionStreamEvent[T]] = []
        if delta.role is not None:
            message.role = delta.role
        if delta.content is not None:
            message.content = (message.content or "") + delta.content
            partial = state.content.feed(delta.content) if self._request.response_type is not None else None
            events.append(
                ContentDeltaEvent(delta=delta.content, snapshot=message.content, parsed=partial, choice_index=index)
            )
        if delta.refusal is not None:
            message.refusal = (message.refusal or "") + delta.refusal
            events.append(RefusalDeltaEvent(delta=delta.refusal, snapshot=message.refusal, choice_index=index))
        for piece in delta.tool_calls or ():
            events.append(self._tool_delta(message, state, piece, index))
        if delta.function_call is not None:  # deprecated, accumulated for the snapshot only
            old = message.function_call or models.FunctionCall(name="", arguments="")
            message.function_call = models.FunctionCall(
                name=old.name + (delta.function_call.name or ""),
                arguments=old.arguments + (delta.function_call.arguments or ""),
            )
        if chunk.logprobs is not None and chunk.logprobs.content:
            if choice.logprobs is None:
                choice.logprobs = models.ChatChoiceLogprobs(content=[])
            choice.logprobs.content = (choice.logprobs.content or []) + chunk.logprobs.content
        if chunk.finish_reason is not None:
            choice.finish_reason = chunk.finish_reason
            if self._request.parses:
                check_finish(chunk.finish_reason, snapshot)
        return events + self._done_events(choice, chunk, state)

    def _tool_delta(
        self,
        message: ParsedChatCompletionMessage[T],
        state: _ChoiceState,
        piece: models.ChatCompletionMessageToolCallChunk,
        choice_index: int,
    ) -> FunctionToolCallArgumentsDeltaEvent:
        function = piece.function or models.FunctionCallDelta()
        call = state.calls.get(piece.index)
        if call is None:
            state.tools[piece.index] = PartialJSON()
            call = state.calls[piece.index] = ParsedFunctionToolCall(
                id=piece.id or "", type=piece.type or "function", function=ParsedFunction(name="", arguments="")
            )
            message.tool_calls = [state.calls[known] for known in sorted(state.calls)]
        if piece.id:
            call.id = piece.id
        built = call.function
        built.name += function.name or ""
        built.arguments += function.arguments or ""
        partial = None
        if built.name in self._request.tool_decoders:
            partial = state.tools[piece.index].feed(function.arguments or "")
        return FunctionToolCallArgumentsDeltaEvent(
            name=built.name,
            index=piece.index,
            arguments=built.arguments,
            parsed_arguments=partial,
            arguments_delta=function.arguments or "",
            choice_index=choice_index,
        )

    def _done_events(
        self, choice: ParsedChoice[T], chunk: models.ChatCompletionStreamChoice, state: _ChoiceState
    ) -> list[ChatCompletionStreamEvent[T]]:
        events: list[ChatCompletionStreamEvent[T]] = []
        if choice.finish_reason is not None:
            events += self._content_done(choice, state)
            if state.current_tool is not None:
                events += self._tool_done(choice, state, state.current_tool)
        for piece in chunk.delta.tool_calls or ():
            if state.current_tool != piece.index:
                events += self._content_done(choice, state)
                if state.current_tool is not None:
                    events += self._tool_done(choice, state, state.current_tool)
            state.current_tool = piece.index
        return events

    def _content_done(self, choice: ParsedChoice[T], state: _ChoiceState) -> list[ChatCompletionStreamEvent[T]]:
        events: list[ChatCompletionStreamEvent[T]] = []
        message = choice.message
        index = choice.index or 0
        if message.content and not state.content_done:
            state.content_done = True
            message.parsed = self._request.content(message)
            events.append(ContentDoneEvent(content=message.content, parsed=message.parsed, choice_index=index))
        if message.refusal is not None and not state.refusal_done:
            state.refusal_done = True
            events.append(RefusalDoneEvent(refusal=message.refusal, choice_index=index))
        return events

    def _tool_done(self, choice: ParsedChoice[T], state: _ChoiceState, tool: int) -> list[ChatCompletionStreamEvent[T]]:
        if tool in state.tools_done or tool not in state.calls:
            return []
        state.tools_done.add(tool)
        built = state.calls[tool].function
        built.parsed_arguments = self._request.arguments_of(built)
        return [
            FunctionToolCallArgumentsDoneEvent(
                name=built.name,
                index=tool,
                arguments=built.arguments,
                parsed_arguments=built.parsed_arguments,
                choice_index=choice.index or 0,
            )
        ]


# ---------------------------------------------------------------- the streams
# The event generators are functions of the chunk stream and the state, not methods: a generator of a method keeps
# its object, a reference cycle that would leave a dropped stream to the cyclic garbage collector.
def _events_of(
    raw: Stream[models.CreateChatCompletionStreamResponse], state: ChatCompletionStreamState[T]
) -> Generator[ChatCompletionStreamEvent[T], None, None]:
    try:
        for chunk in raw:
            yield from state.handle_chunk(chunk)
    finally:
        raw.close()


async def _aevents_of(
    raw: AsyncStream[models.CreateChatCompletionStreamResponse], state: ChatCompletionStreamState[T]
) -> AsyncGenerator[ChatCompletionStreamEvent[T], None]:
    try:
        async for chunk in raw:
            for event in state.handle_chunk(chunk):
                yield event
    finally:
        await raw.aclose()


class ChatCompletionStream(Generic[T]):
    """The events of a streamed chat completion (``for event in stream``), and its snapshot.

    Given by ``with client.chat.completions.stream(...) as stream``; ``response`` is the HTTP response (headers,
    ``x-request-id``).
    """

    def __init__(self, raw: Stream[models.CreateChatCompletionStreamResponse], request: StructuredRequest) -> None:
        self._raw = raw
        self._state: ChatCompletionStreamState[T] = ChatCompletionStreamState(request)
        self._events = _events_of(raw, self._state)

    @property
    def response(self) -> Any:
        """The ``httpx.Response`` the events come from."""
        return self._raw.response

    def __iter__(self) -> Iterator[ChatCompletionStreamEvent[T]]:
        return self._events

    def __next__(self) -> ChatCompletionStreamEvent[T]:
        return next(self._events)

    def until_done(self) -> Self:
        """Read the rest of the stream (its events are dropped); the stream, for chaining."""
        for _ in self._events:
            pass
        return self

    def get_final_completion(self) -> ParsedChatCompletion[T]:
        """Read the rest of the stream and give the whole completion, parsed as ``parse`` would."""
        self.until_done()
        return self._state.get_final_completion()

    @property
    def current_completion_snapshot(self) -> ParsedChatCompletion[T]:
        """The completion so far (``parsed`` is filled as each content or tool call is done)."""
        return self._state.current_completion_snapshot

    def close(self) -> None:
        """Close the stream and its connection. Safe to call more than once."""
        self._events.close()
        self._raw.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class ChatCompletionStreamManager(Generic[T]):
    """``with client.chat.completions.stream(...) as stream``: sends the request on entry, and closes the
    connection on exit (read to the end or not)."""

    def __init__(
        self,
        open_stream: Callable[[], Stream[models.CreateChatCompletionStreamResponse]],
        request: StructuredRequest,
    ) -> None:
        self._open = open_stream
        self._request = request
        self._stream: ChatCompletionStream[T] | None = None

    def __enter__(self) -> ChatCompletionStream[T]:
        self._stream = ChatCompletionStream(self._open(), self._request)
        return self._stream

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._stream is not None:
            self._stream.close()


class AsyncChatCompletionStream(Generic[T]):
    """The async twin of ``ChatCompletionStream``: ``async for event in stream``."""

    def __init__(self, raw: AsyncStream[models.CreateChatCompletionStreamResponse], request: StructuredRequest) -> None:
        self._raw = raw
        self._state: ChatCompletionStreamState[T] = ChatCompletionStreamState(request)
        self._events = _aevents_of(raw, self._state)

    @property
    def response(self) -> Any:
        """The ``httpx.Response`` the events come from."""
        return self._raw.response

    def __aiter__(self) -> AsyncIterator[ChatCompletionStreamEvent[T]]:
        return self._events

    async def __anext__(self) -> ChatCompletionStreamEvent[T]:
        return await anext(self._events)

    async def until_done(self) -> Self:
        """Read the rest of the stream (its events are dropped); the stream, for chaining."""
        async for _ in self._events:
            pass
        return self

    async def get_final_completion(self) -> ParsedChatCompletion[T]:
        """Read the rest of the stream and give the whole completion, parsed as ``parse`` would."""
        await self.until_done()
        return self._state.get_final_completion()

    @property
    def current_completion_snapshot(self) -> ParsedChatCompletion[T]:
        """The completion so far (``parsed`` is filled as each content or tool call is done)."""
        return self._state.current_completion_snapshot

    async def close(self) -> None:
        """Close the stream and its connection. Safe to call more than once."""
        await self._events.aclose()
        await self._raw.aclose()

    aclose = close

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()


class AsyncChatCompletionStreamManager(Generic[T]):
    """``async with client.chat.completions.stream(...) as stream``: the async twin of
    ``ChatCompletionStreamManager``."""

    def __init__(
        self,
        open_stream: Callable[[], Awaitable[AsyncStream[models.CreateChatCompletionStreamResponse]]],
        request: StructuredRequest,
    ) -> None:
        self._open = open_stream
        self._request = request
        self._stream: AsyncChatCompletionStream[T] | None = None

    async def __aenter__(self) -> AsyncChatCompletionStream[T]:
        self._stream = AsyncChatCompletionStream(await self._open(), self._request)
        return self._stream

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._stream is not None:
            await self._stream.close()


# ---------------------------------------------------------------------------------------------- x-sdk.stream


def _as_chunk_choice(choice: Any) -> Any:
    """A whole chat completion's choice (``message``) as a chunk's choice (``delta``)."""
    if not isinstance(choice, dict) or "delta" in choice or not isinstance(choice.get("message"), dict):
        return choice
    delta = dict(choice["message"])
    if isinstance(delta.get("tool_calls"), list):  # a chunk's tool calls carry their index
        delta["tool_calls"] = [
            {"index": i, **call} if isinstance(call, dict) else call for i, call in enumerate(delta["tool_calls"])
        ]
    adapted = {key: value for key, value in choice.items() if key != "message"}
    adapted["delta"] = delta
    return adapted


def _as_chunk(parsed: dict[str, Any]) -> dict[str, Any]:
    """A whole (chat) completion as the one chunk it amounts to."""
    payload = dict(parsed)
    if isinstance(parsed.get("choices"), list):
        payload["choices"] = [_as_chunk_choice(choice) for choice in parsed["choices"]]
    if payload.get("object") == "chat.completion":
        payload["object"] = "chat.completion.chunk"
    return payload


def _usage_asked(request_body: bytes) -> bool:
    """Whether the request asked for a last chunk with the usage (``stream_options.include_usage``)."""
    try:
        body = msgspec.json.decode(request_body)
    except ValueError:  # a body that is not JSON
        return False
    options = body.get("stream_options") if isinstance(body, dict) else None
    return isinstance(options, dict) and bool(options.get("include_usage"))


class _ChunksProgress:
    """Which choices of a chunk stream have their ``finish_reason``, and each one's text so far."""

    def __init__(self) -> None:
        self._texts: dict[int, list[str]] = {}
        self._finished: set[int] = set()

    def see(self, item: Any) -> None:
        for choice in getattr(item, "choices", None) or ():
            index = getattr(choice, "index", None) or 0
            pieces = self._texts.setdefault(index, [])
            delta = getattr(choice, "delta", None)
            text = getattr(delta, "content", None) if delta is not None else getattr(choice, "text", None)
            if isinstance(text, str) and text:
                pieces.append(text)
            if getattr(choice, "finish_reason", None):
                self._finished.add(index)

    def missing(self, request_body: bytes) -> str | None:
        expected = set(range(_choices_asked(request_body))) | set(self._texts)
        unfinished = sorted(expected - self._finished)
        if not unfinished:
            return None
        if not self._texts:
            return "no choice arrived"
        names = ", ".join(str(index) for index in unfinished)
        return f"choice {names} {'has' if len(unfinished) == 1 else 'have'} no finish_reason"

    def received(self) -> dict[int, str]:
        return {index: "".join(pieces) for index, pieces in sorted(self._texts.items())}


def _choices_asked(request_body: bytes) -> int:
    """The ``n`` the request asked for (1 when it did not say, or the body is not JSON)."""
    try:
        body = msgspec.json.decode(request_body)
    except ValueError:
        return 1
    n = body.get("n") if isinstance(body, dict) else None
    return n if isinstance(n, int) and not isinstance(n, bool) and 1 <= n <= 128 else 1


def _chunks_complete(last: object, request_body: bytes) -> bool:
    """A usage chunk ends a stream of completion chunks; so does a final one, unless a usage chunk was asked for
    (it comes after the final one)."""
    if getattr(last, "usage", None) is not None:
        return True
    finished = any(getattr(choice, "finish_reason", None) for choice in getattr(last, "choices", None) or ())
    return finished and not _usage_asked(request_body)


CHAT_CHUNKS = register(
    "stream",
    "chat_chunks",
    StreamRule("[DONE]", complete=_chunks_complete, adapt=_as_chunk, progress=_ChunksProgress),
)
