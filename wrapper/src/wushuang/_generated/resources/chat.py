# Generated from openapi/wushuang.yaml (sha256 b0a391386b1832f7) by generator/ — do not edit by hand.
"""``client.chat``: the resource classes of that part of the API, one method per operation.

Every method is written once per sync / async class; ``with_raw_response`` and ``with_streaming_response`` are
derived from it by the typed wrappers of ``wushuang._resource``. Nothing here sends a request by itself: each
method hands its arguments (``locals()``: exactly its parameters) to the client with its entry of the operation
table. This module is loaded when
``client.chat`` is first touched.
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
)
from wushuang._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout

if TYPE_CHECKING:
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


class ChatCompletions(SyncAPIResource):
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
    ) -> models.CreateChatCompletionResponse | Stream[models.CreateChatCompletionStreamResponse]:
        """Create a chat completion.

        A model response for the given conversation. Claude models (`claude-3-opus-20240229`, `claude-3-sonnet-20240229`, `claude-3-haiku-20240307`) are served through this operation in the same format.

        ``POST /v1/chat/completions``

        Args:
            model: The ID of the model, e.g. `gpt-3.5-turbo` or `claude-3-haiku-20240307`.
            frequency_penalty: -2.0 to 2.0. Server default 0.
            logprobs: Return the log probabilities of the output tokens. Server default false.
            top_logprobs: 0 to 20 most likely tokens at each position; needs `logprobs` true.
            max_tokens: The maximum number of tokens to generate.
            n: How many choices to generate. Server default 1.
            presence_penalty: -2.0 to 2.0. Server default 0.
            stream: Stream back chunks as server-sent events ending with `data: [DONE]`. Server default false.
            temperature: Sampling temperature between 0 and 2. Server default 1.
            top_p: Nucleus sampling mass between 0 and 1. Server default 1.
            tool_choice: `none`, `auto`, `required`, or a named function the model must call.
            user: A unique identifier of the end user.
            function_call: Deprecated, replaced by `tool_choice`. Which function the model calls: `none` (none, it writes a message), `auto` (it chooses), or `{"name": "my_function"}` (that one). Server default `none` without `functions`, `auto` with them.
            functions: Deprecated, replaced by `tools`. 1 to 128 functions the model may generate JSON inputs for.
        """
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


class AsyncChatCompletions(AsyncAPIResource):
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
    ) -> models.CreateChatCompletionResponse | AsyncStream[models.CreateChatCompletionStreamResponse]:
        """Create a chat completion.

        A model response for the given conversation. Claude models (`claude-3-opus-20240229`, `claude-3-sonnet-20240229`, `claude-3-haiku-20240307`) are served through this operation in the same format.

        ``POST /v1/chat/completions``

        Args:
            model: The ID of the model, e.g. `gpt-3.5-turbo` or `claude-3-haiku-20240307`.
            frequency_penalty: -2.0 to 2.0. Server default 0.
            logprobs: Return the log probabilities of the output tokens. Server default false.
            top_logprobs: 0 to 20 most likely tokens at each position; needs `logprobs` true.
            max_tokens: The maximum number of tokens to generate.
            n: How many choices to generate. Server default 1.
            presence_penalty: -2.0 to 2.0. Server default 0.
            stream: Stream back chunks as server-sent events ending with `data: [DONE]`. Server default false.
            temperature: Sampling temperature between 0 and 2. Server default 1.
            top_p: Nucleus sampling mass between 0 and 1. Server default 1.
            tool_choice: `none`, `auto`, `required`, or a named function the model must call.
            user: A unique identifier of the end user.
            function_call: Deprecated, replaced by `tool_choice`. Which function the model calls: `none` (none, it writes a message), `auto` (it chooses), or `{"name": "my_function"}` (that one). Server default `none` without `functions`, `auto` with them.
            functions: Deprecated, replaced by `tools`. 1 to 128 functions the model may generate JSON inputs for.
        """
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
