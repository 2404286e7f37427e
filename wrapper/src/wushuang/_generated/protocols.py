# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""The generated methods of each resource a hand-written mixin extends (``x-sdk: {mixin: ...}``), as protocols.

A mixin derives from its resource's protocol when type checking (and from ``object`` at run time), so its calls of
the generated methods are checked against their real signatures. Never imported at run time.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Literal, Never, Protocol, overload

from wushuang._types import NOT_GIVEN, Body, Headers, ImageInput, NotGiven, Query, Timeout

if TYPE_CHECKING:
    from wushuang._generated import models, params
    from wushuang._streaming import AsyncStream, Stream

__all__ = [
    "ChatCompletionsMethods",
    "AsyncChatCompletionsMethods",
    "MidjourneySubmitMethods",
    "AsyncMidjourneySubmitMethods",
    "MidjourneyTasksMethods",
    "AsyncMidjourneyTasksMethods",
]


class ChatCompletionsMethods(Protocol):
    """The generated methods of ``client.chat.completions``."""

    @overload
    def create(
        self,
        *,
        messages: Sequence[
            params.ChatCompletionRequestDeveloperMessage
            | params.ChatCompletionRequestSystemMessage
            | params.ChatCompletionRequestUserMessage
            | params.ChatCompletionRequestAssistantMessage
            | params.ChatCompletionRequestToolMessage
            | params.ChatCompletionRequestFunctionMessage
        ],
        model: str,
        audio: params.ChatCompletionAudioParam | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        metadata: dict[str, str] | None | NotGiven = NOT_GIVEN,
        modalities: Sequence[Literal["text", "audio"]] | None | NotGiven = NOT_GIVEN,
        moderation: params.ChatModerationParam | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        prediction: params.PredictionContent | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_options: params.PromptCacheOptions | NotGiven = NOT_GIVEN,
        prompt_cache_retention: Literal["in_memory", "24h"] | None | NotGiven = NOT_GIVEN,
        reasoning_effort: Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"]
        | None
        | NotGiven = NOT_GIVEN,
        response_format: params.ResponseFormatText
        | params.ResponseFormatJsonObject
        | params.ResponseFormatJsonSchema
        | NotGiven = NOT_GIVEN,
        safety_identifier: str | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        service_tier: Literal["auto", "default", "flex", "scale", "priority", "fast"] | None | NotGiven = NOT_GIVEN,
        stop: str | Sequence[str] | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        stream_options: params.StreamOptions | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        tools: Sequence[params.ChatCompletionTool | params.ChatCompletionCustomTool] | NotGiven = NOT_GIVEN,
        tool_choice: Literal["none", "auto", "required"]
        | params.ChatCompletionNamedToolChoice
        | params.ChatCompletionNamedToolChoiceCustom
        | params.ChatCompletionAllowedToolsChoice
        | NotGiven = NOT_GIVEN,
        verbosity: Literal["low", "medium", "high"] | None | NotGiven = NOT_GIVEN,
        web_search_options: params.WebSearchOptions | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        function_call: Literal["none", "auto"] | params.ChatCompletionFunctionCallOption | NotGiven = NOT_GIVEN,
        functions: Sequence[params.FunctionDefinition] | NotGiven = NOT_GIVEN,
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
        messages: Sequence[
            params.ChatCompletionRequestDeveloperMessage
            | params.ChatCompletionRequestSystemMessage
            | params.ChatCompletionRequestUserMessage
            | params.ChatCompletionRequestAssistantMessage
            | params.ChatCompletionRequestToolMessage
            | params.ChatCompletionRequestFunctionMessage
        ],
        model: str,
        audio: params.ChatCompletionAudioParam | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        metadata: dict[str, str] | None | NotGiven = NOT_GIVEN,
        modalities: Sequence[Literal["text", "audio"]] | None | NotGiven = NOT_GIVEN,
        moderation: params.ChatModerationParam | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        prediction: params.PredictionContent | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_options: params.PromptCacheOptions | NotGiven = NOT_GIVEN,
        prompt_cache_retention: Literal["in_memory", "24h"] | None | NotGiven = NOT_GIVEN,
        reasoning_effort: Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"]
        | None
        | NotGiven = NOT_GIVEN,
        response_format: params.ResponseFormatText
        | params.ResponseFormatJsonObject
        | params.ResponseFormatJsonSchema
        | NotGiven = NOT_GIVEN,
        safety_identifier: str | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        service_tier: Literal["auto", "default", "flex", "scale", "priority", "fast"] | None | NotGiven = NOT_GIVEN,
        stop: str | Sequence[str] | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        stream_options: params.StreamOptions | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        tools: Sequence[params.ChatCompletionTool | params.ChatCompletionCustomTool] | NotGiven = NOT_GIVEN,
        tool_choice: Literal["none", "auto", "required"]
        | params.ChatCompletionNamedToolChoice
        | params.ChatCompletionNamedToolChoiceCustom
        | params.ChatCompletionAllowedToolsChoice
        | NotGiven = NOT_GIVEN,
        verbosity: Literal["low", "medium", "high"] | None | NotGiven = NOT_GIVEN,
        web_search_options: params.WebSearchOptions | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        function_call: Literal["none", "auto"] | params.ChatCompletionFunctionCallOption | NotGiven = NOT_GIVEN,
        functions: Sequence[params.FunctionDefinition] | NotGiven = NOT_GIVEN,
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
        messages: Sequence[
            params.ChatCompletionRequestDeveloperMessage
            | params.ChatCompletionRequestSystemMessage
            | params.ChatCompletionRequestUserMessage
            | params.ChatCompletionRequestAssistantMessage
            | params.ChatCompletionRequestToolMessage
            | params.ChatCompletionRequestFunctionMessage
        ],
        model: str,
        audio: params.ChatCompletionAudioParam | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        metadata: dict[str, str] | None | NotGiven = NOT_GIVEN,
        modalities: Sequence[Literal["text", "audio"]] | None | NotGiven = NOT_GIVEN,
        moderation: params.ChatModerationParam | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        prediction: params.PredictionContent | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_options: params.PromptCacheOptions | NotGiven = NOT_GIVEN,
        prompt_cache_retention: Literal["in_memory", "24h"] | None | NotGiven = NOT_GIVEN,
        reasoning_effort: Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"]
        | None
        | NotGiven = NOT_GIVEN,
        response_format: params.ResponseFormatText
        | params.ResponseFormatJsonObject
        | params.ResponseFormatJsonSchema
        | NotGiven = NOT_GIVEN,
        safety_identifier: str | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        service_tier: Literal["auto", "default", "flex", "scale", "priority", "fast"] | None | NotGiven = NOT_GIVEN,
        stop: str | Sequence[str] | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        stream_options: params.StreamOptions | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        tools: Sequence[params.ChatCompletionTool | params.ChatCompletionCustomTool] | NotGiven = NOT_GIVEN,
        tool_choice: Literal["none", "auto", "required"]
        | params.ChatCompletionNamedToolChoice
        | params.ChatCompletionNamedToolChoiceCustom
        | params.ChatCompletionAllowedToolsChoice
        | NotGiven = NOT_GIVEN,
        verbosity: Literal["low", "medium", "high"] | None | NotGiven = NOT_GIVEN,
        web_search_options: params.WebSearchOptions | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        function_call: Literal["none", "auto"] | params.ChatCompletionFunctionCallOption | NotGiven = NOT_GIVEN,
        functions: Sequence[params.FunctionDefinition] | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreateChatCompletionResponse | Stream[models.CreateChatCompletionStreamResponse]: ...


class AsyncChatCompletionsMethods(Protocol):
    """The generated methods of ``client.chat.completions`` (async)."""

    @overload
    async def create(
        self,
        *,
        messages: Sequence[
            params.ChatCompletionRequestDeveloperMessage
            | params.ChatCompletionRequestSystemMessage
            | params.ChatCompletionRequestUserMessage
            | params.ChatCompletionRequestAssistantMessage
            | params.ChatCompletionRequestToolMessage
            | params.ChatCompletionRequestFunctionMessage
        ],
        model: str,
        audio: params.ChatCompletionAudioParam | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        metadata: dict[str, str] | None | NotGiven = NOT_GIVEN,
        modalities: Sequence[Literal["text", "audio"]] | None | NotGiven = NOT_GIVEN,
        moderation: params.ChatModerationParam | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        prediction: params.PredictionContent | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_options: params.PromptCacheOptions | NotGiven = NOT_GIVEN,
        prompt_cache_retention: Literal["in_memory", "24h"] | None | NotGiven = NOT_GIVEN,
        reasoning_effort: Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"]
        | None
        | NotGiven = NOT_GIVEN,
        response_format: params.ResponseFormatText
        | params.ResponseFormatJsonObject
        | params.ResponseFormatJsonSchema
        | NotGiven = NOT_GIVEN,
        safety_identifier: str | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        service_tier: Literal["auto", "default", "flex", "scale", "priority", "fast"] | None | NotGiven = NOT_GIVEN,
        stop: str | Sequence[str] | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        stream_options: params.StreamOptions | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        tools: Sequence[params.ChatCompletionTool | params.ChatCompletionCustomTool] | NotGiven = NOT_GIVEN,
        tool_choice: Literal["none", "auto", "required"]
        | params.ChatCompletionNamedToolChoice
        | params.ChatCompletionNamedToolChoiceCustom
        | params.ChatCompletionAllowedToolsChoice
        | NotGiven = NOT_GIVEN,
        verbosity: Literal["low", "medium", "high"] | None | NotGiven = NOT_GIVEN,
        web_search_options: params.WebSearchOptions | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        function_call: Literal["none", "auto"] | params.ChatCompletionFunctionCallOption | NotGiven = NOT_GIVEN,
        functions: Sequence[params.FunctionDefinition] | NotGiven = NOT_GIVEN,
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
        messages: Sequence[
            params.ChatCompletionRequestDeveloperMessage
            | params.ChatCompletionRequestSystemMessage
            | params.ChatCompletionRequestUserMessage
            | params.ChatCompletionRequestAssistantMessage
            | params.ChatCompletionRequestToolMessage
            | params.ChatCompletionRequestFunctionMessage
        ],
        model: str,
        audio: params.ChatCompletionAudioParam | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        metadata: dict[str, str] | None | NotGiven = NOT_GIVEN,
        modalities: Sequence[Literal["text", "audio"]] | None | NotGiven = NOT_GIVEN,
        moderation: params.ChatModerationParam | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        prediction: params.PredictionContent | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_options: params.PromptCacheOptions | NotGiven = NOT_GIVEN,
        prompt_cache_retention: Literal["in_memory", "24h"] | None | NotGiven = NOT_GIVEN,
        reasoning_effort: Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"]
        | None
        | NotGiven = NOT_GIVEN,
        response_format: params.ResponseFormatText
        | params.ResponseFormatJsonObject
        | params.ResponseFormatJsonSchema
        | NotGiven = NOT_GIVEN,
        safety_identifier: str | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        service_tier: Literal["auto", "default", "flex", "scale", "priority", "fast"] | None | NotGiven = NOT_GIVEN,
        stop: str | Sequence[str] | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        stream_options: params.StreamOptions | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        tools: Sequence[params.ChatCompletionTool | params.ChatCompletionCustomTool] | NotGiven = NOT_GIVEN,
        tool_choice: Literal["none", "auto", "required"]
        | params.ChatCompletionNamedToolChoice
        | params.ChatCompletionNamedToolChoiceCustom
        | params.ChatCompletionAllowedToolsChoice
        | NotGiven = NOT_GIVEN,
        verbosity: Literal["low", "medium", "high"] | None | NotGiven = NOT_GIVEN,
        web_search_options: params.WebSearchOptions | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        function_call: Literal["none", "auto"] | params.ChatCompletionFunctionCallOption | NotGiven = NOT_GIVEN,
        functions: Sequence[params.FunctionDefinition] | NotGiven = NOT_GIVEN,
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
        messages: Sequence[
            params.ChatCompletionRequestDeveloperMessage
            | params.ChatCompletionRequestSystemMessage
            | params.ChatCompletionRequestUserMessage
            | params.ChatCompletionRequestAssistantMessage
            | params.ChatCompletionRequestToolMessage
            | params.ChatCompletionRequestFunctionMessage
        ],
        model: str,
        audio: params.ChatCompletionAudioParam | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        metadata: dict[str, str] | None | NotGiven = NOT_GIVEN,
        modalities: Sequence[Literal["text", "audio"]] | None | NotGiven = NOT_GIVEN,
        moderation: params.ChatModerationParam | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        prediction: params.PredictionContent | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_options: params.PromptCacheOptions | NotGiven = NOT_GIVEN,
        prompt_cache_retention: Literal["in_memory", "24h"] | None | NotGiven = NOT_GIVEN,
        reasoning_effort: Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"]
        | None
        | NotGiven = NOT_GIVEN,
        response_format: params.ResponseFormatText
        | params.ResponseFormatJsonObject
        | params.ResponseFormatJsonSchema
        | NotGiven = NOT_GIVEN,
        safety_identifier: str | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        service_tier: Literal["auto", "default", "flex", "scale", "priority", "fast"] | None | NotGiven = NOT_GIVEN,
        stop: str | Sequence[str] | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        stream_options: params.StreamOptions | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        tools: Sequence[params.ChatCompletionTool | params.ChatCompletionCustomTool] | NotGiven = NOT_GIVEN,
        tool_choice: Literal["none", "auto", "required"]
        | params.ChatCompletionNamedToolChoice
        | params.ChatCompletionNamedToolChoiceCustom
        | params.ChatCompletionAllowedToolsChoice
        | NotGiven = NOT_GIVEN,
        verbosity: Literal["low", "medium", "high"] | None | NotGiven = NOT_GIVEN,
        web_search_options: params.WebSearchOptions | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        function_call: Literal["none", "auto"] | params.ChatCompletionFunctionCallOption | NotGiven = NOT_GIVEN,
        functions: Sequence[params.FunctionDefinition] | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreateChatCompletionResponse | AsyncStream[models.CreateChatCompletionStreamResponse]: ...


class MidjourneySubmitMethods(Protocol):
    """The generated methods of ``client.midjourney.submit``."""

    def imagine(
        self,
        *,
        prompt: str,
        base64_array: Sequence[ImageInput] | NotGiven = NOT_GIVEN,
        bot_type: Literal["MID_JOURNEY", "NIJI_JOURNEY"] | NotGiven = NOT_GIVEN,
        notify_hook: str | NotGiven = NOT_GIVEN,
        state: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.SubmitResult: ...

    def blend(
        self,
        *,
        base64_array: Sequence[ImageInput],
        dimensions: Literal["PORTRAIT", "SQUARE", "LANDSCAPE"] | NotGiven = NOT_GIVEN,
        bot_type: Literal["MID_JOURNEY", "NIJI_JOURNEY"] | NotGiven = NOT_GIVEN,
        notify_hook: str | NotGiven = NOT_GIVEN,
        state: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.SubmitResult: ...

    def describe(
        self,
        *,
        base64: ImageInput,
        bot_type: Literal["MID_JOURNEY", "NIJI_JOURNEY"] | NotGiven = NOT_GIVEN,
        notify_hook: str | NotGiven = NOT_GIVEN,
        state: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.SubmitResult: ...

    def change(
        self,
        *,
        task_id: str,
        action: Literal["UPSCALE", "VARIATION", "REROLL"],
        index: int | NotGiven = NOT_GIVEN,
        notify_hook: str | NotGiven = NOT_GIVEN,
        state: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.SubmitResult: ...

    def simple_change(
        self,
        *,
        content: str,
        notify_hook: str | NotGiven = NOT_GIVEN,
        state: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.SubmitResult: ...

    def action(
        self,
        *,
        task_id: str,
        custom_id: str,
        choose_same_channel: bool | NotGiven = NOT_GIVEN,
        notify_hook: str | NotGiven = NOT_GIVEN,
        state: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.SubmitResult: ...

    def modal(
        self,
        *,
        task_id: str,
        prompt: str | NotGiven = NOT_GIVEN,
        mask_base64: ImageInput | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.SubmitResult: ...

    def shorten(
        self,
        *,
        prompt: str,
        bot_type: Literal["MID_JOURNEY", "NIJI_JOURNEY"] | NotGiven = NOT_GIVEN,
        notify_hook: str | NotGiven = NOT_GIVEN,
        state: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.SubmitResult: ...

    def swap_face(
        self,
        *,
        source_base64: ImageInput,
        target_base64: ImageInput,
        notify_hook: str | NotGiven = NOT_GIVEN,
        state: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.SubmitResult: ...


class AsyncMidjourneySubmitMethods(Protocol):
    """The generated methods of ``client.midjourney.submit`` (async)."""

    async def imagine(
        self,
        *,
        prompt: str,
        base64_array: Sequence[ImageInput] | NotGiven = NOT_GIVEN,
        bot_type: Literal["MID_JOURNEY", "NIJI_JOURNEY"] | NotGiven = NOT_GIVEN,
        notify_hook: str | NotGiven = NOT_GIVEN,
        state: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.SubmitResult: ...

    async def blend(
        self,
        *,
        base64_array: Sequence[ImageInput],
        dimensions: Literal["PORTRAIT", "SQUARE", "LANDSCAPE"] | NotGiven = NOT_GIVEN,
        bot_type: Literal["MID_JOURNEY", "NIJI_JOURNEY"] | NotGiven = NOT_GIVEN,
        notify_hook: str | NotGiven = NOT_GIVEN,
        state: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.SubmitResult: ...

    async def describe(
        self,
        *,
        base64: ImageInput,
        bot_type: Literal["MID_JOURNEY", "NIJI_JOURNEY"] | NotGiven = NOT_GIVEN,
        notify_hook: str | NotGiven = NOT_GIVEN,
        state: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.SubmitResult: ...

    async def change(
        self,
        *,
        task_id: str,
        action: Literal["UPSCALE", "VARIATION", "REROLL"],
        index: int | NotGiven = NOT_GIVEN,
        notify_hook: str | NotGiven = NOT_GIVEN,
        state: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.SubmitResult: ...

    async def simple_change(
        self,
        *,
        content: str,
        notify_hook: str | NotGiven = NOT_GIVEN,
        state: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.SubmitResult: ...

    async def action(
        self,
        *,
        task_id: str,
        custom_id: str,
        choose_same_channel: bool | NotGiven = NOT_GIVEN,
        notify_hook: str | NotGiven = NOT_GIVEN,
        state: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.SubmitResult: ...

    async def modal(
        self,
        *,
        task_id: str,
        prompt: str | NotGiven = NOT_GIVEN,
        mask_base64: ImageInput | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.SubmitResult: ...

    async def shorten(
        self,
        *,
        prompt: str,
        bot_type: Literal["MID_JOURNEY", "NIJI_JOURNEY"] | NotGiven = NOT_GIVEN,
        notify_hook: str | NotGiven = NOT_GIVEN,
        state: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.SubmitResult: ...

    async def swap_face(
        self,
        *,
        source_base64: ImageInput,
        target_base64: ImageInput,
        notify_hook: str | NotGiven = NOT_GIVEN,
        state: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.SubmitResult: ...


class MidjourneyTasksMethods(Protocol):
    """The generated methods of ``client.midjourney.tasks``."""

    def fetch(
        self,
        task_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.Task: ...

    def wait(
        self,
        task_id: str,
        *,
        timeout: float | None = 600.0,
        interval: float = 2.0,
        on_progress: Callable[[models.Task], object] | None = None,
        progress: bool = False,
        **unknown: Never,
    ) -> models.Task: ...

    def list_by_condition(
        self,
        *,
        ids: Sequence[str],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.TaskList: ...

    def image_seed(
        self,
        task_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.SubmitResult: ...


class AsyncMidjourneyTasksMethods(Protocol):
    """The generated methods of ``client.midjourney.tasks`` (async)."""

    async def fetch(
        self,
        task_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.Task: ...

    async def wait(
        self,
        task_id: str,
        *,
        timeout: float | None = 600.0,
        interval: float = 2.0,
        on_progress: Callable[[models.Task], object] | None = None,
        progress: bool = False,
        **unknown: Never,
    ) -> models.Task: ...

    async def list_by_condition(
        self,
        *,
        ids: Sequence[str],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.TaskList: ...

    async def image_seed(
        self,
        task_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.SubmitResult: ...
