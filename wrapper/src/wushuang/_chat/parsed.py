"""What ``chat.completions.parse`` and ``.stream`` give back, and the pure decisions behind them.

``ParsedChatCompletion[T]`` (and its choices, messages, tool calls) are the generated models with the answer
decoded: ``message.parsed`` a ``T``, ``function.parsed_arguments`` a tool's type. ``StructuredRequest`` says what
is sent (a type's strict JSON schema as ``response_format``, tools as plain dicts) and how the answer is read.
Loaded on the first ``parse`` / ``stream`` (it needs the generated models), not with ``client.chat``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar

import msgspec

from wushuang._chat.json_schema import OPERATION_ID, StrictType, strict_type
from wushuang._chat.structured import TypedFunction
from wushuang._core.errors import ContentFilterFinishReasonError, InvalidParameterError, LengthFinishReasonError
from wushuang._core.model import ABSENT, loads
from wushuang._core.types import NOT_GIVEN
from wushuang._generated import models

__all__ = [
    "ParsedChatCompletion",
    "ParsedChatCompletionMessage",
    "ParsedChoice",
    "ParsedFunction",
    "ParsedFunctionToolCall",
    "StructuredRequest",
    "check_finish",
]

T = TypeVar("T")


# ---------------------------------------------------------------- parsed answers
class ParsedFunction(models.FunctionCall, kw_only=True):
    """A tool call's function, with its arguments decoded: an instance of the tool's type for a tool made by
    ``function_tool``, plain JSON data for another strict tool, else None."""

    parsed_arguments: object = None


class ParsedFunctionToolCall(models.ResponseToolCall, kw_only=True):
    """A tool call of a parsed answer (``function.parsed_arguments``; None for a custom tool's call)."""

    function: ParsedFunction = ABSENT  # None for a custom tool's call, as any field a server leaves out


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
    rebuilt = cls(**{**fields, **changes})
    rebuilt.__dict__.update(value.__dict__)  # the fields the spec does not know
    return rebuilt


# ---------------------------------------------------------------- requests and answers
Decoder = Callable[[str], Any]


class StructuredRequest:
    """What ``parse`` / ``stream`` send (``arguments`` for ``create``) and how they read the answer (pure).

    ``response_format`` a type: sent as its strict JSON schema, answers decoded into it; a dict: sent unchanged.
    Tools: sent as plain dicts; a call of a ``function_tool`` decodes into its type, of another strict tool into
    plain JSON data.
    """

    def __init__(self, method: str, response_format: Any, tools: Any, options: Mapping[str, Any]) -> None:
        if "stream" in options:
            why = (
                "parse() returns the whole answer; for a streamed one use chat.completions.stream(...), which "
                "gives the same parsed answer with events as it arrives"
                if method == "parse"
                else "stream() always streams"
            )
            raise InvalidParameterError(
                f"{method}() does not take stream: {why}", param="stream", operation_id=OPERATION_ID
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
        if isinstance(function, TypedFunction):
            self.tool_decoders[name] = function.strict_type.decode
        elif function.get("strict") is True:
            self.tool_decoders[name] = loads
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

    def _tool_call(self, call: models.ResponseToolCall) -> ParsedFunctionToolCall:
        function = None
        if call.function is not None:
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
