"""Structured outputs: ``client.chat.completions.parse`` and ``.stream``, and tools declared from types.

Hand-written methods of the generated ``client.chat.completions`` class, attached by the spec
(``x-sdk: {mixin: _structured.ChatCompletionHelpers}`` on ``createChatCompletion``)::

    class Weather(msgspec.Struct):          # or a pydantic model, a dataclass, a TypedDict
        city: str
        celsius: float

    completion = client.chat.completions.parse(model="gpt-4o", messages=[...], response_format=Weather)
    weather = completion.choices[0].message.parsed          # a Weather (None if the model refused)

    with client.chat.completions.stream(model="gpt-4o", messages=[...], response_format=Weather) as stream:
        for event in stream:
            if event.type == "content.delta":
                print(event.delta, end="")
        weather = stream.get_final_completion().choices[0].message.parsed

The type becomes a strict JSON schema (``wushuang._chat.json_schema``) sent as ``response_format={"type":
"json_schema", ...}``; the answer is decoded into the type (msgspec, or pydantic for a pydantic model). Tools made
by ``function_tool(Args)`` get their calls' ``parsed_arguments`` as ``Args`` instances. The decisions (what is
sent, how an answer is parsed) are shared by the sync and async twins.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, TypedDict, TypeVar, cast, overload

from wushuang._core.types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout

if TYPE_CHECKING:
    from collections.abc import Sequence

    from typing_extensions import Unpack

    from wushuang._chat.json_schema import StrictType
    from wushuang._chat.parsed import ParsedChatCompletion
    from wushuang._chat.stream import AsyncChatCompletionStreamManager, ChatCompletionStreamManager
    from wushuang._generated import params
    from wushuang._generated.resources.chat_completions import AsyncChatCompletionsMethods, ChatCompletionsMethods
else:  # the mixins' calls of ``create`` are type-checked against the generated method
    ChatCompletionsMethods = AsyncChatCompletionsMethods = object

__all__ = [
    "AsyncChatCompletionHelpers",
    "ChatCompletionHelpers",
    "ChatCompletionOptions",
    "TypedFunction",
    "function_tool",
]

T = TypeVar("T")


# ---------------------------------------------------------------- tools
class TypedFunction(dict[str, Any]):
    """A tool's ``function`` as sent, remembering the type its arguments decode to (see ``function_tool``)."""

    __slots__ = ("strict_type",)
    strict_type: StrictType[Any]


def function_tool(
    tp: type[Any], /, *, name: str | None = None, description: str | None = None
) -> params.ChatCompletionTool:
    """A strict function tool whose arguments are ``tp`` (a pydantic model, msgspec Struct, dataclass or
    TypedDict): pass it in ``tools=[...]``; ``parse`` and ``stream`` decode its calls' arguments into ``tp``.

    Args:
        tp (type): The arguments' type; its strict JSON schema becomes the function's ``parameters``.
        name (str | None): The function's name; the type's name by default.
        description (str | None): What the function does, for the model.

    Returns:
        ChatCompletionTool: ``{"type": "function", "function": {"name", "parameters", "strict": True, ...}}``.

    Raises:
        InvalidParameterError: ``tp`` cannot be a strict JSON schema (the message names the field).
    """
    from wushuang._chat.json_schema import strict_type

    strict = strict_type(tp, param="tools")
    function = TypedFunction(name=name or strict.name, parameters=strict.schema, strict=True)
    if description is not None:
        function["description"] = description
    function.strict_type = strict
    return cast("params.ChatCompletionTool", {"type": "function", "function": function})


# ---------------------------------------------------------------- keywords passed on
class ChatCompletionOptions(TypedDict, total=False):
    """The keywords of ``chat.completions.create`` that ``parse`` and ``stream`` pass on as they are."""

    audio: params.ChatCompletionAudioParam | None | NotGiven
    frequency_penalty: float | None | NotGiven
    logit_bias: dict[str, int] | None | NotGiven
    logprobs: bool | None | NotGiven
    top_logprobs: int | None | NotGiven
    max_completion_tokens: int | None | NotGiven
    max_tokens: int | None | NotGiven
    metadata: dict[str, str] | None | NotGiven
    modalities: list[Literal["text", "audio"]] | None | NotGiven
    moderation: params.ChatModerationParam | None | NotGiven
    n: int | None | NotGiven
    parallel_tool_calls: bool | NotGiven
    prediction: params.PredictionContent | None | NotGiven
    presence_penalty: float | None | NotGiven
    prompt_cache_key: str | None | NotGiven
    prompt_cache_options: params.PromptCacheOptions | NotGiven
    prompt_cache_retention: Literal["in_memory", "24h"] | None | NotGiven
    reasoning_effort: Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"] | None | NotGiven
    safety_identifier: str | None | NotGiven
    seed: int | None | NotGiven
    service_tier: Literal["auto", "default", "flex", "scale", "priority", "fast"] | None | NotGiven
    stop: str | list[str] | None | NotGiven
    store: bool | None | NotGiven
    stream_options: params.StreamOptions | None | NotGiven
    temperature: float | None | NotGiven
    top_p: float | None | NotGiven
    tool_choice: (
        Literal["none", "auto", "required"]
        | params.ChatCompletionNamedToolChoice
        | params.ChatCompletionNamedToolChoiceCustom
        | params.ChatCompletionAllowedToolsChoice
        | NotGiven
    )
    verbosity: Literal["low", "medium", "high"] | None | NotGiven
    web_search_options: params.WebSearchOptions | NotGiven
    user: str | NotGiven
    function_call: Literal["none", "auto"] | params.ChatCompletionFunctionCallOption | NotGiven
    functions: list[params.FunctionDefinition] | NotGiven
    extra_headers: Headers | None
    extra_query: Query | None
    extra_body: Body | None
    timeout: Timeout | NotGiven
    stream_idle_timeout: float | None | NotGiven
    first_chunk_timeout: float | None | NotGiven


# ---------------------------------------------------------------- the methods
class ChatCompletionHelpers(ChatCompletionsMethods):
    """Methods of ``client.chat.completions`` beyond ``create``: structured outputs."""

    @overload
    def parse(
        self,
        *,
        messages: Sequence[params.ChatCompletionRequestMessage],
        model: str,
        response_format: type[T],
        tools: Sequence[params.ChatCompletionTool] | NotGiven = NOT_GIVEN,
        **options: Unpack[ChatCompletionOptions],
    ) -> ParsedChatCompletion[T]: ...

    @overload
    def parse(
        self,
        *,
        messages: Sequence[params.ChatCompletionRequestMessage],
        model: str,
        response_format: params.ResponseFormat | NotGiven = NOT_GIVEN,
        tools: Sequence[params.ChatCompletionTool] | NotGiven = NOT_GIVEN,
        **options: Unpack[ChatCompletionOptions],
    ) -> ParsedChatCompletion[None]: ...

    def parse(
        self,
        *,
        messages: Sequence[params.ChatCompletionRequestMessage],
        model: str,
        response_format: Any = NOT_GIVEN,
        tools: Sequence[params.ChatCompletionTool] | NotGiven = NOT_GIVEN,
        **options: Unpack[ChatCompletionOptions],
    ) -> ParsedChatCompletion[Any]:
        """Create a chat completion whose answer is parsed into ``response_format`` (structured outputs).

        Args:
            messages (list[ChatCompletionRequestMessage]): The conversation, as for ``create``.
            model (str): The model's ID.
            response_format (type | ResponseFormat): A pydantic model, msgspec Struct, dataclass or TypedDict: the
                answer follows its strict JSON schema and is decoded into it. A ``{"type": ...}`` dict is sent as
                it is (nothing is parsed).
            tools (list[ChatCompletionTool]): Tools; calls of ``function_tool(...)`` tools (and other strict
                ones) get ``parsed_arguments``.
            **options: Any other keyword of ``create`` (``temperature``, ``max_tokens``, ``extra_body``, ...),
                except ``stream`` (see ``stream()``).

        Returns:
            ParsedChatCompletion[T]: the completion; ``choices[i].message.parsed`` is a ``T`` (None when the model
            refused: ``message.refusal`` says why).

        Raises:
            InvalidParameterError: ``response_format`` or a tool's type cannot be a strict JSON schema (the message
                names the field), ``stream`` was given, or another argument breaks the spec; nothing was sent.
            LengthFinishReasonError: The answer was cut at the token limit.
            ContentFilterFinishReasonError: The content filter stopped the answer.
            APIStatusError: The relay answered with an error status.
        """
        from wushuang._chat.parsed import StructuredRequest

        request = StructuredRequest("parse", response_format, tools, options)
        return request.parse(self.create(messages=messages, model=model, **request.arguments))

    @overload
    def stream(
        self,
        *,
        messages: Sequence[params.ChatCompletionRequestMessage],
        model: str,
        response_format: type[T],
        tools: Sequence[params.ChatCompletionTool] | NotGiven = NOT_GIVEN,
        **options: Unpack[ChatCompletionOptions],
    ) -> ChatCompletionStreamManager[T]: ...

    @overload
    def stream(
        self,
        *,
        messages: Sequence[params.ChatCompletionRequestMessage],
        model: str,
        response_format: params.ResponseFormat | NotGiven = NOT_GIVEN,
        tools: Sequence[params.ChatCompletionTool] | NotGiven = NOT_GIVEN,
        **options: Unpack[ChatCompletionOptions],
    ) -> ChatCompletionStreamManager[None]: ...

    def stream(
        self,
        *,
        messages: Sequence[params.ChatCompletionRequestMessage],
        model: str,
        response_format: Any = NOT_GIVEN,
        tools: Sequence[params.ChatCompletionTool] | NotGiven = NOT_GIVEN,
        **options: Unpack[ChatCompletionOptions],
    ) -> ChatCompletionStreamManager[Any]:
        """Stream a chat completion as typed events, parsed as ``parse`` does; use it in a ``with`` block.

        ``with client.chat.completions.stream(..., response_format=Weather) as stream: for event in stream: ...``
        gives ``chunk``, ``content.delta`` / ``content.done``, ``refusal.delta`` / ``refusal.done`` and
        ``tool_calls.function.arguments.delta`` / ``.done`` events as chunks arrive;
        ``stream.get_final_completion()`` is the ``ParsedChatCompletion[Weather]``. Leaving the block closes the
        connection, read to the end or not. The request is sent when the block is entered; bad arguments are
        refused here, before that.

        Args:
            messages (list[ChatCompletionRequestMessage]): The conversation, as for ``create``.
            model (str): The model's ID.
            response_format (type | ResponseFormat): As for ``parse``: a type the answer is decoded into, or a
                ``{"type": ...}`` dict sent as it is.
            tools (list[ChatCompletionTool]): Tools; calls of strict ones get ``parsed_arguments``.
            **options: Any other keyword of ``create`` (``stream`` is implied).

        Returns:
            ChatCompletionStreamManager[T]: the context manager giving the ``ChatCompletionStream[T]``.

        Raises:
            InvalidParameterError: ``response_format`` or a tool's type cannot be a strict JSON schema; nothing
                was sent.
            LengthFinishReasonError: (while iterating) The answer was cut at the token limit.
            ContentFilterFinishReasonError: (while iterating) The content filter stopped the answer.
            APIStatusError: (on entering the block) The relay answered with an error status.
        """
        from wushuang._chat.parsed import StructuredRequest
        from wushuang._chat.stream import ChatCompletionStreamManager

        request = StructuredRequest("stream", response_format, tools, options)
        return ChatCompletionStreamManager(
            lambda: self.create(messages=messages, model=model, stream=True, **request.arguments), request
        )


class AsyncChatCompletionHelpers(AsyncChatCompletionsMethods):
    """The async twin of ``ChatCompletionHelpers`` (``client.chat.completions`` of ``AsyncWushuang``)."""

    @overload
    async def parse(
        self,
        *,
        messages: Sequence[params.ChatCompletionRequestMessage],
        model: str,
        response_format: type[T],
        tools: Sequence[params.ChatCompletionTool] | NotGiven = NOT_GIVEN,
        **options: Unpack[ChatCompletionOptions],
    ) -> ParsedChatCompletion[T]: ...

    @overload
    async def parse(
        self,
        *,
        messages: Sequence[params.ChatCompletionRequestMessage],
        model: str,
        response_format: params.ResponseFormat | NotGiven = NOT_GIVEN,
        tools: Sequence[params.ChatCompletionTool] | NotGiven = NOT_GIVEN,
        **options: Unpack[ChatCompletionOptions],
    ) -> ParsedChatCompletion[None]: ...

    async def parse(
        self,
        *,
        messages: Sequence[params.ChatCompletionRequestMessage],
        model: str,
        response_format: Any = NOT_GIVEN,
        tools: Sequence[params.ChatCompletionTool] | NotGiven = NOT_GIVEN,
        **options: Unpack[ChatCompletionOptions],
    ) -> ParsedChatCompletion[Any]:
        from wushuang._chat.parsed import StructuredRequest

        request = StructuredRequest("parse", response_format, tools, options)
        return request.parse(await self.create(messages=messages, model=model, **request.arguments))

    @overload
    def stream(
        self,
        *,
        messages: Sequence[params.ChatCompletionRequestMessage],
        model: str,
        response_format: type[T],
        tools: Sequence[params.ChatCompletionTool] | NotGiven = NOT_GIVEN,
        **options: Unpack[ChatCompletionOptions],
    ) -> AsyncChatCompletionStreamManager[T]: ...

    @overload
    def stream(
        self,
        *,
        messages: Sequence[params.ChatCompletionRequestMessage],
        model: str,
        response_format: params.ResponseFormat | NotGiven = NOT_GIVEN,
        tools: Sequence[params.ChatCompletionTool] | NotGiven = NOT_GIVEN,
        **options: Unpack[ChatCompletionOptions],
    ) -> AsyncChatCompletionStreamManager[None]: ...

    def stream(
        self,
        *,
        messages: Sequence[params.ChatCompletionRequestMessage],
        model: str,
        response_format: Any = NOT_GIVEN,
        tools: Sequence[params.ChatCompletionTool] | NotGiven = NOT_GIVEN,
        **options: Unpack[ChatCompletionOptions],
    ) -> AsyncChatCompletionStreamManager[Any]:
        from wushuang._chat.parsed import StructuredRequest
        from wushuang._chat.stream import AsyncChatCompletionStreamManager

        request = StructuredRequest("stream", response_format, tools, options)
        return AsyncChatCompletionStreamManager(
            lambda: self.create(messages=messages, model=model, stream=True, **request.arguments), request
        )


# The twins say the same (``async with`` for the stream).
AsyncChatCompletionHelpers.parse.__doc__ = ChatCompletionHelpers.parse.__doc__
AsyncChatCompletionHelpers.stream.__doc__ = (ChatCompletionHelpers.stream.__doc__ or "").replace(
    "``with``", "``async with``"
)
