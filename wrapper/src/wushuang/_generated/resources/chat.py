# Generated from openapi/wushuang.yaml (sha256 308ae75e90aed858) by generator/ — do not edit by hand.
"""``client.chat``: the resource classes of that part of the API, one method per operation.

Every method is written once per sync / async class; ``with_raw_response`` and ``with_streaming_response`` are
derived from it by the typed wrappers of ``wushuang._resource``. Nothing here sends a request by itself: each
method hands its arguments (``locals()``: exactly its parameters) to the client with its entry of the operation
table. Each ends in ``**unknown: Never``: type checkers still refuse any other keyword, and at run time one is
refused before anything is sent, with the nearest parameter's name (``unexpected_keyword``). This module is loaded
when ``client.chat`` is first touched.
"""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING, Literal, cast, overload

from wushuang._generated import operations as _ops
from wushuang._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_response,
    async_to_streamed_response,
    to_raw_response,
    to_streamed_response,
    unexpected_keyword,
)
from wushuang._structured import AsyncChatCompletionHelpers as _AsyncChatCompletionHelpers
from wushuang._structured import ChatCompletionHelpers as _ChatCompletionHelpers
from wushuang._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout

if TYPE_CHECKING:
    from typing import Never

    from wushuang._generated import models, params
    from wushuang._streaming import AsyncStream, Stream

__all__ = [
    "ChatCompletions",
    "ChatCompletionsWithRawResponse",
    "ChatCompletionsWithStreamingResponse",
    "AsyncChatCompletions",
    "AsyncChatCompletionsWithRawResponse",
    "AsyncChatCompletionsWithStreamingResponse",
    "Chat",
    "ChatWithRawResponse",
    "ChatWithStreamingResponse",
    "AsyncChat",
    "AsyncChatWithRawResponse",
    "AsyncChatWithStreamingResponse",
]


class ChatCompletions(_ChatCompletionHelpers, SyncAPIResource):
    """``client.chat.completions``."""

    @cached_property
    def with_raw_response(self) -> ChatCompletionsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return ChatCompletionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ChatCompletionsWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return ChatCompletionsWithStreamingResponse(self)

    @overload
    def create(
        self,
        *,
        messages: builtins.list[
            params.ChatCompletionRequestSystemMessage
            | params.ChatCompletionRequestUserMessage
            | params.ChatCompletionRequestAssistantMessage
            | params.ChatCompletionRequestToolMessage
            | params.ChatCompletionRequestFunctionMessage
        ],
        model: str,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        response_format: params.ResponseFormat | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stop: str | builtins.list[str] | None | NotGiven = NOT_GIVEN,
        stream_options: params.StreamOptions | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        tools: builtins.list[params.ChatCompletionTool] | NotGiven = NOT_GIVEN,
        tool_choice: Literal["none", "auto", "required"] | params.ChatCompletionNamedToolChoice | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        function_call: Literal["none", "auto"] | params.ChatCompletionFunctionCallOption | NotGiven = NOT_GIVEN,
        functions: builtins.list[params.FunctionDefinition] | NotGiven = NOT_GIVEN,
        stream: Literal[False] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreateChatCompletionResponse: ...

    @overload
    def create(
        self,
        *,
        messages: builtins.list[
            params.ChatCompletionRequestSystemMessage
            | params.ChatCompletionRequestUserMessage
            | params.ChatCompletionRequestAssistantMessage
            | params.ChatCompletionRequestToolMessage
            | params.ChatCompletionRequestFunctionMessage
        ],
        model: str,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        response_format: params.ResponseFormat | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stop: str | builtins.list[str] | None | NotGiven = NOT_GIVEN,
        stream_options: params.StreamOptions | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        tools: builtins.list[params.ChatCompletionTool] | NotGiven = NOT_GIVEN,
        tool_choice: Literal["none", "auto", "required"] | params.ChatCompletionNamedToolChoice | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        function_call: Literal["none", "auto"] | params.ChatCompletionFunctionCallOption | NotGiven = NOT_GIVEN,
        functions: builtins.list[params.FunctionDefinition] | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Stream[models.CreateChatCompletionStreamResponse]: ...

    @overload
    def create(
        self,
        *,
        messages: builtins.list[
            params.ChatCompletionRequestSystemMessage
            | params.ChatCompletionRequestUserMessage
            | params.ChatCompletionRequestAssistantMessage
            | params.ChatCompletionRequestToolMessage
            | params.ChatCompletionRequestFunctionMessage
        ],
        model: str,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        response_format: params.ResponseFormat | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stop: str | builtins.list[str] | None | NotGiven = NOT_GIVEN,
        stream_options: params.StreamOptions | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        tools: builtins.list[params.ChatCompletionTool] | NotGiven = NOT_GIVEN,
        tool_choice: Literal["none", "auto", "required"] | params.ChatCompletionNamedToolChoice | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        function_call: Literal["none", "auto"] | params.ChatCompletionFunctionCallOption | NotGiven = NOT_GIVEN,
        functions: builtins.list[params.FunctionDefinition] | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreateChatCompletionResponse | Stream[models.CreateChatCompletionStreamResponse]: ...

    def create(
        self,
        *,
        messages: builtins.list[
            params.ChatCompletionRequestSystemMessage
            | params.ChatCompletionRequestUserMessage
            | params.ChatCompletionRequestAssistantMessage
            | params.ChatCompletionRequestToolMessage
            | params.ChatCompletionRequestFunctionMessage
        ],
        model: str,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        response_format: params.ResponseFormat | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stop: str | builtins.list[str] | None | NotGiven = NOT_GIVEN,
        stream_options: params.StreamOptions | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        tools: builtins.list[params.ChatCompletionTool] | NotGiven = NOT_GIVEN,
        tool_choice: Literal["none", "auto", "required"] | params.ChatCompletionNamedToolChoice | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        function_call: Literal["none", "auto"] | params.ChatCompletionFunctionCallOption | NotGiven = NOT_GIVEN,
        functions: builtins.list[params.FunctionDefinition] | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.CreateChatCompletionResponse | Stream[models.CreateChatCompletionStreamResponse]:
        """Create a chat completion.

        A model response for the given conversation. Claude models (`claude-3-opus-20240229`, `claude-3-sonnet-20240229`, `claude-3-haiku-20240307`) are served through this operation in the same format.

        ``POST /v1/chat/completions``

        Args:
            messages (list[ChatCompletionRequestSystemMessage | ChatCompletionRequestUserMessage | ChatCompletionRequestAssistantMessage | ChatCompletionRequestToolMessage | ChatCompletionRequestFunctionMessage]):

                - ``ChatCompletionRequestSystemMessage``: a dict, keys:

                  - ``role`` (Literal['system'], required)
                  - ``content`` (str, required)
                  - ``name`` (str)

                - ``ChatCompletionRequestUserMessage``: a dict, keys:

                  - ``role`` (Literal['user'], required)
                  - ``content`` (str | list[ChatCompletionContentPartText | ChatCompletionContentPartImage], required)
                  - ``name`` (str)

                - ``ChatCompletionRequestAssistantMessage``: a dict, keys:

                  - ``role`` (Literal['assistant'], required)
                  - ``content`` (str | None)
                  - ``name`` (str)
                  - ``tool_calls`` (list[ChatCompletionMessageToolCall])
                  - ``function_call`` (FunctionCall): Deprecated, replaced by `tool_calls`. The name and arguments of the function the model called.

                - ``ChatCompletionRequestToolMessage``: a dict, keys:

                  - ``role`` (Literal['tool'], required)
                  - ``content`` (str, required)
                  - ``tool_call_id`` (str, required)

                - ``ChatCompletionRequestFunctionMessage``: a dict (Deprecated, replaced by tool messages. The result of a function call), keys:

                  - ``role`` (Literal['function'], required)
                  - ``content`` (str | None, required): The result of the function call.
                  - ``name`` (str, required): The name of the function that was called.

                - ``ChatCompletionContentPartText``: a dict, keys:

                  - ``type`` (Literal['text'], required)
                  - ``text`` (str, required)

                - ``ChatCompletionContentPartImage``: a dict, keys:

                  - ``type`` (Literal['image_url'], required)
                  - ``image_url`` (ImageUrl, required)

                - ``ChatCompletionMessageToolCall``: a dict, keys:

                  - ``id`` (str, required)
                  - ``type`` (str, required): Always `function`.
                  - ``function`` (FunctionCall, required)

                - ``FunctionCall``: a dict, keys:

                  - ``name`` (str, required)
                  - ``arguments`` (str, required): The arguments as a JSON document, as the model wrote them.

                - ``ImageUrl``: a dict, keys:

                  - ``url`` (str, required): A URL or a base64 data URL.
                  - ``detail`` (Literal['auto', 'low', 'high'])

            model (str): The ID of the model, e.g. `gpt-3.5-turbo` or `claude-3-haiku-20240307`.
            frequency_penalty (float | None, optional): -2.0 to 2.0. Server default 0.
            logit_bias (dict[str, int] | None, optional):
            logprobs (bool | None, optional): Return the log probabilities of the output tokens. Server default false.
            top_logprobs (int | None, optional): 0 to 20 most likely tokens at each position; needs `logprobs` true.
            max_tokens (int | None, optional): The maximum number of tokens to generate.
            n (int | None, optional): How many choices to generate. Server default 1.
            presence_penalty (float | None, optional): -2.0 to 2.0. Server default 0.
            response_format (ResponseFormat, optional):

                - ``ResponseFormat``: a dict, keys:

                  - ``type`` (Literal['text', 'json_object', 'json_schema'], required)
                  - ``json_schema`` (ResponseFormatJsonSchema)

                - ``ResponseFormatJsonSchema``: a dict, keys:

                  - ``name`` (str, required)
                  - ``description`` (str)
                  - ``schema`` (dict[str, Any]): The JSON Schema the answer follows.
                  - ``strict`` (bool | None): When true, the answer follows `schema` exactly (a strict JSON Schema).

            seed (int | None, optional):
            stop (str | list[str] | None, optional):
            stream (bool | None, optional): Stream back chunks as server-sent events ending with `data: [DONE]`. Server default false. ``True``: the answer as an event stream, iterated as it arrives (use it in a ``with`` block, or close it).
            stream_options (StreamOptions | None, optional):

                - ``StreamOptions``: a dict (Options for a streamed response; only with `stream` true), keys:

                  - ``include_usage`` (bool): When true, one more chunk is sent before `data: [DONE]`, with empty `choices` and the usage of the whole request.

            temperature (float | None, optional): Sampling temperature between 0 and 2. Server default 1.
            top_p (float | None, optional): Nucleus sampling mass between 0 and 1. Server default 1.
            tools (list[ChatCompletionTool], optional):

                - ``ChatCompletionTool``: a dict, keys:

                  - ``type`` (Literal['function'], required)
                  - ``function`` (FunctionDefinition, required)

                - ``FunctionDefinition``: a dict, keys:

                  - ``name`` (str, required)
                  - ``description`` (str)
                  - ``parameters`` (dict[str, Any]): The function's parameters as a JSON Schema object.
                  - ``strict`` (bool | None): When true, the model's arguments follow `parameters` exactly (a strict JSON Schema).

            tool_choice (Literal['none', 'auto', 'required'] | ChatCompletionNamedToolChoice, optional): `none`, `auto`, `required`, or a named function the model must call.

                - ``ChatCompletionNamedToolChoice``: a dict, keys:

                  - ``type`` (Literal['function'], required)
                  - ``function`` (ToolChoiceFunction, required)

                - ``ToolChoiceFunction``: a dict, keys:

                  - ``name`` (str, required)

            user (str, optional): A unique identifier of the end user.
            function_call (Literal['none', 'auto'] | ChatCompletionFunctionCallOption, optional): Deprecated, replaced by `tool_choice`. Which function the model calls: `none` (none, it writes a message), `auto` (it chooses), or `{"name": "my_function"}` (that one). Server default `none` without `functions`, `auto` with them.

                - ``ChatCompletionFunctionCallOption``: a dict (Forces the model to call this function: `{"name": "my_function"}`), keys:

                  - ``name`` (str, required): The name of the function to call.

            functions (list[FunctionDefinition], optional): Deprecated, replaced by `tools`. 1 to 128 functions the model may generate JSON inputs for.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.CreateChatCompletionResponse; with ``stream=True``, Stream[models.CreateChatCompletionStreamResponse].

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.create, unknown)
        return cast(
            "models.CreateChatCompletionResponse | Stream[models.CreateChatCompletionStreamResponse]",
            self._call(_ops.CREATE_CHAT_COMPLETION, locals()),
        )


class ChatCompletionsWithRawResponse:
    """``client.chat.completions.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: ChatCompletions) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class ChatCompletionsWithStreamingResponse:
    """``client.chat.completions.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: ChatCompletions) -> None:
        self._resource = resource
        self.create = to_streamed_response(resource.create)


class Chat(SyncAPIResource):
    """``client.chat``."""

    @cached_property
    def completions(self) -> ChatCompletions:
        return ChatCompletions(self._client)

    @cached_property
    def with_raw_response(self) -> ChatWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return ChatWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ChatWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return ChatWithStreamingResponse(self)


class ChatWithRawResponse:
    """``client.chat.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: Chat) -> None:
        self._resource = resource

    @cached_property
    def completions(self) -> ChatCompletionsWithRawResponse:
        return self._resource.completions.with_raw_response


class ChatWithStreamingResponse:
    """``client.chat.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: Chat) -> None:
        self._resource = resource

    @cached_property
    def completions(self) -> ChatCompletionsWithStreamingResponse:
        return self._resource.completions.with_streaming_response


class AsyncChatCompletions(_AsyncChatCompletionHelpers, AsyncAPIResource):
    """``client.chat.completions`` (async)."""

    @cached_property
    def with_raw_response(self) -> AsyncChatCompletionsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return AsyncChatCompletionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncChatCompletionsWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return AsyncChatCompletionsWithStreamingResponse(self)

    @overload
    async def create(
        self,
        *,
        messages: builtins.list[
            params.ChatCompletionRequestSystemMessage
            | params.ChatCompletionRequestUserMessage
            | params.ChatCompletionRequestAssistantMessage
            | params.ChatCompletionRequestToolMessage
            | params.ChatCompletionRequestFunctionMessage
        ],
        model: str,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        response_format: params.ResponseFormat | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stop: str | builtins.list[str] | None | NotGiven = NOT_GIVEN,
        stream_options: params.StreamOptions | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        tools: builtins.list[params.ChatCompletionTool] | NotGiven = NOT_GIVEN,
        tool_choice: Literal["none", "auto", "required"] | params.ChatCompletionNamedToolChoice | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        function_call: Literal["none", "auto"] | params.ChatCompletionFunctionCallOption | NotGiven = NOT_GIVEN,
        functions: builtins.list[params.FunctionDefinition] | NotGiven = NOT_GIVEN,
        stream: Literal[False] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreateChatCompletionResponse: ...

    @overload
    async def create(
        self,
        *,
        messages: builtins.list[
            params.ChatCompletionRequestSystemMessage
            | params.ChatCompletionRequestUserMessage
            | params.ChatCompletionRequestAssistantMessage
            | params.ChatCompletionRequestToolMessage
            | params.ChatCompletionRequestFunctionMessage
        ],
        model: str,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        response_format: params.ResponseFormat | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stop: str | builtins.list[str] | None | NotGiven = NOT_GIVEN,
        stream_options: params.StreamOptions | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        tools: builtins.list[params.ChatCompletionTool] | NotGiven = NOT_GIVEN,
        tool_choice: Literal["none", "auto", "required"] | params.ChatCompletionNamedToolChoice | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        function_call: Literal["none", "auto"] | params.ChatCompletionFunctionCallOption | NotGiven = NOT_GIVEN,
        functions: builtins.list[params.FunctionDefinition] | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[models.CreateChatCompletionStreamResponse]: ...

    @overload
    async def create(
        self,
        *,
        messages: builtins.list[
            params.ChatCompletionRequestSystemMessage
            | params.ChatCompletionRequestUserMessage
            | params.ChatCompletionRequestAssistantMessage
            | params.ChatCompletionRequestToolMessage
            | params.ChatCompletionRequestFunctionMessage
        ],
        model: str,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        response_format: params.ResponseFormat | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stop: str | builtins.list[str] | None | NotGiven = NOT_GIVEN,
        stream_options: params.StreamOptions | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        tools: builtins.list[params.ChatCompletionTool] | NotGiven = NOT_GIVEN,
        tool_choice: Literal["none", "auto", "required"] | params.ChatCompletionNamedToolChoice | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        function_call: Literal["none", "auto"] | params.ChatCompletionFunctionCallOption | NotGiven = NOT_GIVEN,
        functions: builtins.list[params.FunctionDefinition] | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreateChatCompletionResponse | AsyncStream[models.CreateChatCompletionStreamResponse]: ...

    async def create(
        self,
        *,
        messages: builtins.list[
            params.ChatCompletionRequestSystemMessage
            | params.ChatCompletionRequestUserMessage
            | params.ChatCompletionRequestAssistantMessage
            | params.ChatCompletionRequestToolMessage
            | params.ChatCompletionRequestFunctionMessage
        ],
        model: str,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        response_format: params.ResponseFormat | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stop: str | builtins.list[str] | None | NotGiven = NOT_GIVEN,
        stream_options: params.StreamOptions | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        tools: builtins.list[params.ChatCompletionTool] | NotGiven = NOT_GIVEN,
        tool_choice: Literal["none", "auto", "required"] | params.ChatCompletionNamedToolChoice | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        function_call: Literal["none", "auto"] | params.ChatCompletionFunctionCallOption | NotGiven = NOT_GIVEN,
        functions: builtins.list[params.FunctionDefinition] | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.CreateChatCompletionResponse | AsyncStream[models.CreateChatCompletionStreamResponse]:
        """Create a chat completion.

        A model response for the given conversation. Claude models (`claude-3-opus-20240229`, `claude-3-sonnet-20240229`, `claude-3-haiku-20240307`) are served through this operation in the same format.

        ``POST /v1/chat/completions``

        Args:
            messages (list[ChatCompletionRequestSystemMessage | ChatCompletionRequestUserMessage | ChatCompletionRequestAssistantMessage | ChatCompletionRequestToolMessage | ChatCompletionRequestFunctionMessage]):

                - ``ChatCompletionRequestSystemMessage``: a dict, keys:

                  - ``role`` (Literal['system'], required)
                  - ``content`` (str, required)
                  - ``name`` (str)

                - ``ChatCompletionRequestUserMessage``: a dict, keys:

                  - ``role`` (Literal['user'], required)
                  - ``content`` (str | list[ChatCompletionContentPartText | ChatCompletionContentPartImage], required)
                  - ``name`` (str)

                - ``ChatCompletionRequestAssistantMessage``: a dict, keys:

                  - ``role`` (Literal['assistant'], required)
                  - ``content`` (str | None)
                  - ``name`` (str)
                  - ``tool_calls`` (list[ChatCompletionMessageToolCall])
                  - ``function_call`` (FunctionCall): Deprecated, replaced by `tool_calls`. The name and arguments of the function the model called.

                - ``ChatCompletionRequestToolMessage``: a dict, keys:

                  - ``role`` (Literal['tool'], required)
                  - ``content`` (str, required)
                  - ``tool_call_id`` (str, required)

                - ``ChatCompletionRequestFunctionMessage``: a dict (Deprecated, replaced by tool messages. The result of a function call), keys:

                  - ``role`` (Literal['function'], required)
                  - ``content`` (str | None, required): The result of the function call.
                  - ``name`` (str, required): The name of the function that was called.

                - ``ChatCompletionContentPartText``: a dict, keys:

                  - ``type`` (Literal['text'], required)
                  - ``text`` (str, required)

                - ``ChatCompletionContentPartImage``: a dict, keys:

                  - ``type`` (Literal['image_url'], required)
                  - ``image_url`` (ImageUrl, required)

                - ``ChatCompletionMessageToolCall``: a dict, keys:

                  - ``id`` (str, required)
                  - ``type`` (str, required): Always `function`.
                  - ``function`` (FunctionCall, required)

                - ``FunctionCall``: a dict, keys:

                  - ``name`` (str, required)
                  - ``arguments`` (str, required): The arguments as a JSON document, as the model wrote them.

                - ``ImageUrl``: a dict, keys:

                  - ``url`` (str, required): A URL or a base64 data URL.
                  - ``detail`` (Literal['auto', 'low', 'high'])

            model (str): The ID of the model, e.g. `gpt-3.5-turbo` or `claude-3-haiku-20240307`.
            frequency_penalty (float | None, optional): -2.0 to 2.0. Server default 0.
            logit_bias (dict[str, int] | None, optional):
            logprobs (bool | None, optional): Return the log probabilities of the output tokens. Server default false.
            top_logprobs (int | None, optional): 0 to 20 most likely tokens at each position; needs `logprobs` true.
            max_tokens (int | None, optional): The maximum number of tokens to generate.
            n (int | None, optional): How many choices to generate. Server default 1.
            presence_penalty (float | None, optional): -2.0 to 2.0. Server default 0.
            response_format (ResponseFormat, optional):

                - ``ResponseFormat``: a dict, keys:

                  - ``type`` (Literal['text', 'json_object', 'json_schema'], required)
                  - ``json_schema`` (ResponseFormatJsonSchema)

                - ``ResponseFormatJsonSchema``: a dict, keys:

                  - ``name`` (str, required)
                  - ``description`` (str)
                  - ``schema`` (dict[str, Any]): The JSON Schema the answer follows.
                  - ``strict`` (bool | None): When true, the answer follows `schema` exactly (a strict JSON Schema).

            seed (int | None, optional):
            stop (str | list[str] | None, optional):
            stream (bool | None, optional): Stream back chunks as server-sent events ending with `data: [DONE]`. Server default false. ``True``: the answer as an event stream, iterated as it arrives (use it in a ``with`` block, or close it).
            stream_options (StreamOptions | None, optional):

                - ``StreamOptions``: a dict (Options for a streamed response; only with `stream` true), keys:

                  - ``include_usage`` (bool): When true, one more chunk is sent before `data: [DONE]`, with empty `choices` and the usage of the whole request.

            temperature (float | None, optional): Sampling temperature between 0 and 2. Server default 1.
            top_p (float | None, optional): Nucleus sampling mass between 0 and 1. Server default 1.
            tools (list[ChatCompletionTool], optional):

                - ``ChatCompletionTool``: a dict, keys:

                  - ``type`` (Literal['function'], required)
                  - ``function`` (FunctionDefinition, required)

                - ``FunctionDefinition``: a dict, keys:

                  - ``name`` (str, required)
                  - ``description`` (str)
                  - ``parameters`` (dict[str, Any]): The function's parameters as a JSON Schema object.
                  - ``strict`` (bool | None): When true, the model's arguments follow `parameters` exactly (a strict JSON Schema).

            tool_choice (Literal['none', 'auto', 'required'] | ChatCompletionNamedToolChoice, optional): `none`, `auto`, `required`, or a named function the model must call.

                - ``ChatCompletionNamedToolChoice``: a dict, keys:

                  - ``type`` (Literal['function'], required)
                  - ``function`` (ToolChoiceFunction, required)

                - ``ToolChoiceFunction``: a dict, keys:

                  - ``name`` (str, required)

            user (str, optional): A unique identifier of the end user.
            function_call (Literal['none', 'auto'] | ChatCompletionFunctionCallOption, optional): Deprecated, replaced by `tool_choice`. Which function the model calls: `none` (none, it writes a message), `auto` (it chooses), or `{"name": "my_function"}` (that one). Server default `none` without `functions`, `auto` with them.

                - ``ChatCompletionFunctionCallOption``: a dict (Forces the model to call this function: `{"name": "my_function"}`), keys:

                  - ``name`` (str, required): The name of the function to call.

            functions (list[FunctionDefinition], optional): Deprecated, replaced by `tools`. 1 to 128 functions the model may generate JSON inputs for.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.CreateChatCompletionResponse; with ``stream=True``, AsyncStream[models.CreateChatCompletionStreamResponse].

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.create, unknown)
        return cast(
            "models.CreateChatCompletionResponse | AsyncStream[models.CreateChatCompletionStreamResponse]",
            await self._call(_ops.CREATE_CHAT_COMPLETION, locals()),
        )


class AsyncChatCompletionsWithRawResponse:
    """``client.chat.completions.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncChatCompletions) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)


class AsyncChatCompletionsWithStreamingResponse:
    """``client.chat.completions.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: AsyncChatCompletions) -> None:
        self._resource = resource
        self.create = async_to_streamed_response(resource.create)


class AsyncChat(AsyncAPIResource):
    """``client.chat`` (async)."""

    @cached_property
    def completions(self) -> AsyncChatCompletions:
        return AsyncChatCompletions(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncChatWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return AsyncChatWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncChatWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return AsyncChatWithStreamingResponse(self)


class AsyncChatWithRawResponse:
    """``client.chat.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncChat) -> None:
        self._resource = resource

    @cached_property
    def completions(self) -> AsyncChatCompletionsWithRawResponse:
        return self._resource.completions.with_raw_response


class AsyncChatWithStreamingResponse:
    """``client.chat.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: AsyncChat) -> None:
        self._resource = resource

    @cached_property
    def completions(self) -> AsyncChatCompletionsWithStreamingResponse:
        return self._resource.completions.with_streaming_response
