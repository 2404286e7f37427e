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

The type becomes a strict JSON schema (``wushuang._json_schema``) sent as ``response_format={"type":
"json_schema", ...}``; the answer is decoded into the type (msgspec, or pydantic for a pydantic model). Tools made
by ``function_tool(Args)`` get their calls' ``parsed_arguments`` as ``Args`` instances. The decisions (what is
sent, how an answer is parsed) are shared by the sync and async twins.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, Literal, TypedDict, TypeVar, cast, overload

import msgspec

from ._errors import ContentFilterFinishReasonError, InvalidParameterError, LengthFinishReasonError
from ._generated import models
from ._json_schema import OPERATION_ID, StrictType, strict_type
from ._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ._chat_stream import AsyncChatCompletionStreamManager, ChatCompletionStreamManager
    from ._generated import params

__all__ = [
    "AsyncChatCompletionHelpers",
    "ChatCompletionHelpers",
    "ChatCompletionOptions",
    "ParsedChatCompletion",
    "ParsedChatCompletionMessage",
    "ParsedChoice",
    "ParsedFunction",
    "ParsedFunctionToolCall",
    "StructuredRequest",
    "function_tool",
]

T = TypeVar("T")


# ---------------------------------------------------------------- parsed answers
class ParsedFunction(models.FunctionCall, kw_only=True):
    """A tool call's function, with its arguments decoded: an instance of the tool's type for a tool made by
    ``function_tool``, plain JSON data for another strict tool, else None."""

    parsed_arguments: object = None


class ParsedFunctionToolCall(models.ChatCompletionMessageToolCall, kw_only=True):
    """A tool call of a parsed answer (``function.parsed_arguments``)."""

    function: ParsedFunction


class ParsedChatCompletionMessage(models.ChatCompletionResponseMessage, Generic[T], kw_only=True):
    """The message of a parsed answer: ``parsed`` is its content as the ``response_format`` type (None when the
    model refused, see ``refusal``, or wrote no content)."""

    parsed: T | None = None
    tool_calls: list[ParsedFunctionToolCall] | None = None  # type: ignore[assignment]  # narrower items


class ParsedChoice(models.ChatCompletionChoice, Generic[T], kw_only=True):
    """A choice of a parsed answer."""

    message: ParsedChatCompletionMessage[T]


class ParsedChatCompletion(models.CreateChatCompletionResponse, Generic[T], kw_only=True):
    """A chat completion whose messages carry their content parsed into the ``response_format`` type."""

    choices: list[ParsedChoice[T]]  # type: ignore[assignment]  # narrower items


def _rebuild(cls: Callable[..., Any], value: msgspec.Struct, **changes: Any) -> Any:
    """``value``'s fields as an instance of its subclass ``cls``, with ``changes``."""
    fields = {name: getattr(value, name) for name in value.__struct_fields__}
    return cls(**{**fields, **changes})


# ---------------------------------------------------------------- tools
class _TypedFunction(dict[str, Any]):
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
    strict = strict_type(tp, param="tools")
    function = _TypedFunction(name=name or strict.name, parameters=strict.schema, strict=True)
    if description is not None:
        function["description"] = description
    function.strict_type = strict
    return cast("params.ChatCompletionTool", {"type": "function", "function": function})


# ---------------------------------------------------------------- requests and answers
class ChatCompletionOptions(TypedDict, total=False):
    """The keywords of ``chat.completions.create`` that ``parse`` and ``stream`` pass on as they are."""

    frequency_penalty: float | None | NotGiven
    logit_bias: dict[str, int] | None | NotGiven
    logprobs: bool | None | NotGiven
    top_logprobs: int | None | NotGiven
    max_tokens: int | None | NotGiven
    n: int | None | NotGiven
    presence_penalty: float | None | NotGiven
    seed: int | None | NotGiven
    stop: str | list[str] | None | NotGiven
    stream_options: params.StreamOptions | None | NotGiven
    temperature: float | None | NotGiven
    top_p: float | None | NotGiven
    tool_choice: Literal["none", "auto", "required"] | params.ChatCompletionNamedToolChoice | NotGiven
    user: str | NotGiven
    function_call: Literal["none", "auto"] | params.ChatCompletionFunctionCallOption | NotGiven
    functions: list[params.FunctionDefinition] | NotGiven
    extra_headers: Headers | None
    extra_query: Query | None
    extra_body: Body | None
    timeout: Timeout | NotGiven


Decoder = Callable[[str], Any]


class StructuredRequest:
    """What ``parse`` / ``stream`` send (``arguments`` for ``create``) and how they read the answer (pure).

    ``response_format`` a type: sent as its strict JSON schema, answers decoded into it; a dict: sent unchanged.
    Tools: sent as plain dicts; a call of a ``function_tool`` decodes into its type, of another strict tool into
    plain JSON data.
    """

    def __init__(self, method: str, response_format: Any, tools: Any, options: Mapping[str, Any]) -> None:
        if "stream" in options:
            raise InvalidParameterError(
                f"{method}() does not take stream: parse() returns the whole answer; for a streamed one use "
                "chat.completions.stream(...), which gives the same parsed answer with events as it arrives",
                param="stream",
                operation_id=OPERATION_ID,
            )
        self.response_type: StrictType[Any] | None = None
        self.arguments: dict[str, Any] = dict(options)
        if isinstance(response_format, type) or (
            response_format is not NOT_GIVEN and not isinstance(response_format, Mapping)
        ):
            self.response_type = strict_type(response_format)
            schema = {"name": self.response_type.name, "schema": self.response_type.schema, "strict": True}
            self.arguments["response_format"] = {"type": "json_schema", "json_schema": schema}
        elif response_format is not NOT_GIVEN:
            self.arguments["response_format"] = response_format
        self.tool_decoders: dict[str, Decoder] = {}
        if tools is not NOT_GIVEN:
            self.arguments["tools"] = [self._tool(tool) for tool in tools]

    def _tool(self, tool: Any) -> Any:
        function = tool.get("function") if isinstance(tool, Mapping) else None
        if not isinstance(function, Mapping) or tool.get("type") != "function":
            return tool
        name = str(function.get("name"))
        if isinstance(function, _TypedFunction):
            self.tool_decoders[name] = function.strict_type.decode
        elif function.get("strict") is True:
            self.tool_decoders[name] = msgspec.json.decode
        return {**tool, "function": dict(function)}

    @property
    def parses(self) -> bool:
        """Whether anything of the answer is parsed (a type, or strict tools): then a cut answer is an error."""
        return self.response_type is not None or bool(self.tool_decoders)

    def content(self, message: models.ChatCompletionResponseMessage) -> Any:
        """The message's content as the ``response_format`` type; None without one, a refusal or content."""
        if self.response_type is None or not message.content or message.refusal:
            return None
        return self.response_type.decode(message.content)

    def arguments_of(self, function: models.FunctionCall) -> object:
        """A tool call's arguments decoded, if its tool is strict; else None."""
        decode = self.tool_decoders.get(function.name)
        return None if decode is None else decode(function.arguments)

    def parse(self, completion: models.CreateChatCompletionResponse) -> ParsedChatCompletion[Any]:
        """``completion`` as a ``ParsedChatCompletion``; a cut or filtered answer raises (see ``check_finish``)."""
        choices = []
        for choice in completion.choices:
            check_finish(choice.finish_reason, completion)
            message = choice.message
            calls = None
            if message.tool_calls is not None:
                calls = [self._tool_call(call) for call in message.tool_calls]
            parsed = _rebuild(ParsedChatCompletionMessage, message, parsed=self.content(message), tool_calls=calls)
            choices.append(_rebuild(ParsedChoice, choice, message=parsed))
        result: ParsedChatCompletion[Any] = _rebuild(ParsedChatCompletion, completion, choices=choices)
        return result

    def _tool_call(self, call: models.ChatCompletionMessageToolCall) -> ParsedFunctionToolCall:
        parsed = self.arguments_of(call.function)
        function = _rebuild(ParsedFunction, call.function, parsed_arguments=parsed)
        result: ParsedFunctionToolCall = _rebuild(ParsedFunctionToolCall, call, function=function)
        return result


def check_finish(reason: str | None, completion: object) -> None:
    """Raise for an answer that cannot be parsed: cut at the token limit, or stopped by the content filter."""
    if reason == "length":
        raise LengthFinishReasonError(completion=completion)
    if reason == "content_filter":
        raise ContentFilterFinishReasonError


# ---------------------------------------------------------------- the methods
class ChatCompletionHelpers:
    """Methods of ``client.chat.completions`` beyond ``create``: structured outputs."""

    if TYPE_CHECKING:
        create: Callable[..., Any]

    @overload
    def parse(
        self,
        *,
        messages: list[params.ChatCompletionRequestMessage],
        model: str,
        response_format: type[T],
        tools: list[params.ChatCompletionTool] | NotGiven = NOT_GIVEN,
        **options: Unpack[ChatCompletionOptions],
    ) -> ParsedChatCompletion[T]: ...

    @overload
    def parse(
        self,
        *,
        messages: list[params.ChatCompletionRequestMessage],
        model: str,
        response_format: params.ResponseFormat | NotGiven = NOT_GIVEN,
        tools: list[params.ChatCompletionTool] | NotGiven = NOT_GIVEN,
        **options: Unpack[ChatCompletionOptions],
    ) -> ParsedChatCompletion[None]: ...

    def parse(
        self,
        *,
        messages: list[params.ChatCompletionRequestMessage],
        model: str,
        response_format: Any = NOT_GIVEN,
        tools: list[params.ChatCompletionTool] | NotGiven = NOT_GIVEN,
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
        request = StructuredRequest("parse", response_format, tools, options)
        return request.parse(self.create(messages=messages, model=model, **request.arguments))

    @overload
    def stream(
        self,
        *,
        messages: list[params.ChatCompletionRequestMessage],
        model: str,
        response_format: type[T],
        tools: list[params.ChatCompletionTool] | NotGiven = NOT_GIVEN,
        **options: Unpack[ChatCompletionOptions],
    ) -> ChatCompletionStreamManager[T]: ...

    @overload
    def stream(
        self,
        *,
        messages: list[params.ChatCompletionRequestMessage],
        model: str,
        response_format: params.ResponseFormat | NotGiven = NOT_GIVEN,
        tools: list[params.ChatCompletionTool] | NotGiven = NOT_GIVEN,
        **options: Unpack[ChatCompletionOptions],
    ) -> ChatCompletionStreamManager[None]: ...

    def stream(
        self,
        *,
        messages: list[params.ChatCompletionRequestMessage],
        model: str,
        response_format: Any = NOT_GIVEN,
        tools: list[params.ChatCompletionTool] | NotGiven = NOT_GIVEN,
        **options: Unpack[ChatCompletionOptions],
    ) -> ChatCompletionStreamManager[Any]:
        """Stream a chat completion as typed events, parsed as ``parse`` does; use it in a ``with`` block.

        ``with client.chat.completions.stream(..., response_format=Weather) as stream: for event in stream: ...``
        gives ``chunk``, ``content.delta`` / ``content.done``, ``refusal.delta`` / ``refusal.done`` and
        ``tool_calls.function.arguments.delta`` / ``.done`` events as chunks arrive;
        ``stream.get_final_completion()`` is the ``ParsedChatCompletion[Weather]``. Leaving the block closes the
        connection, read to the end or not. The arguments are those of ``parse``; the request is sent when the
        block is entered, and bad arguments are refused here, before that.

        Returns:
            ChatCompletionStreamManager[T]: the context manager giving the ``ChatCompletionStream[T]``.
        """
        from ._chat_stream import ChatCompletionStreamManager

        request = StructuredRequest("stream", response_format, tools, options)
        return ChatCompletionStreamManager(
            lambda: self.create(messages=messages, model=model, stream=True, **request.arguments), request
        )


class AsyncChatCompletionHelpers:
    """The async twin of ``ChatCompletionHelpers`` (``client.chat.completions`` of ``AsyncWushuang``)."""

    if TYPE_CHECKING:
        create: Callable[..., Any]

    @overload
    async def parse(
        self,
        *,
        messages: list[params.ChatCompletionRequestMessage],
        model: str,
        response_format: type[T],
        tools: list[params.ChatCompletionTool] | NotGiven = NOT_GIVEN,
        **options: Unpack[ChatCompletionOptions],
    ) -> ParsedChatCompletion[T]: ...

    @overload
    async def parse(
        self,
        *,
        messages: list[params.ChatCompletionRequestMessage],
        model: str,
        response_format: params.ResponseFormat | NotGiven = NOT_GIVEN,
        tools: list[params.ChatCompletionTool] | NotGiven = NOT_GIVEN,
        **options: Unpack[ChatCompletionOptions],
    ) -> ParsedChatCompletion[None]: ...

    async def parse(
        self,
        *,
        messages: list[params.ChatCompletionRequestMessage],
        model: str,
        response_format: Any = NOT_GIVEN,
        tools: list[params.ChatCompletionTool] | NotGiven = NOT_GIVEN,
        **options: Unpack[ChatCompletionOptions],
    ) -> ParsedChatCompletion[Any]:
        """See ``ChatCompletionHelpers.parse``."""
        request = StructuredRequest("parse", response_format, tools, options)
        return request.parse(await self.create(messages=messages, model=model, **request.arguments))

    @overload
    def stream(
        self,
        *,
        messages: list[params.ChatCompletionRequestMessage],
        model: str,
        response_format: type[T],
        tools: list[params.ChatCompletionTool] | NotGiven = NOT_GIVEN,
        **options: Unpack[ChatCompletionOptions],
    ) -> AsyncChatCompletionStreamManager[T]: ...

    @overload
    def stream(
        self,
        *,
        messages: list[params.ChatCompletionRequestMessage],
        model: str,
        response_format: params.ResponseFormat | NotGiven = NOT_GIVEN,
        tools: list[params.ChatCompletionTool] | NotGiven = NOT_GIVEN,
        **options: Unpack[ChatCompletionOptions],
    ) -> AsyncChatCompletionStreamManager[None]: ...

    def stream(
        self,
        *,
        messages: list[params.ChatCompletionRequestMessage],
        model: str,
        response_format: Any = NOT_GIVEN,
        tools: list[params.ChatCompletionTool] | NotGiven = NOT_GIVEN,
        **options: Unpack[ChatCompletionOptions],
    ) -> AsyncChatCompletionStreamManager[Any]:
        """See ``ChatCompletionHelpers.stream``; use it in an ``async with`` block."""
        from ._chat_stream import AsyncChatCompletionStreamManager

        request = StructuredRequest("stream", response_format, tools, options)
        return AsyncChatCompletionStreamManager(
            lambda: self.create(messages=messages, model=model, stream=True, **request.arguments), request
        )
