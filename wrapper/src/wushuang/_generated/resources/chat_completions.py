# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""``client.chat.completions``: its resource classes (sync and async, and their response variants)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Literal, cast, overload

from wushuang._chat.structured import AsyncChatCompletionHelpers as _AsyncChatCompletionHelpers
from wushuang._chat.structured import ChatCompletionHelpers as _ChatCompletionHelpers
from wushuang._core.resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_response,
    async_to_streamed_response,
    to_raw_response,
    to_streamed_response,
    unexpected_keyword,
)
from wushuang._core.types import (
    NOT_GIVEN,
    Body,
    Headers,
    NotGiven,
    Query,
    RequestOptions,
    Timeout,
)
from wushuang._generated.operations import chat_completions as _ops

if TYPE_CHECKING:
    from typing import Never

    from wushuang._core.streaming import AsyncStream, Stream
    from wushuang._generated import models, params


class ChatCompletionsMethods(SyncAPIResource):
    """The generated methods of ``client.chat.completions``: the hand-written mixin ``ChatCompletionHelpers`` derives from this class when type checking, so its calls of them are checked."""

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
        stream_idle_timeout: float | None | NotGiven = NOT_GIVEN,
        first_chunk_timeout: float | None | NotGiven = NOT_GIVEN,
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
        stream_idle_timeout: float | None | NotGiven = NOT_GIVEN,
        first_chunk_timeout: float | None | NotGiven = NOT_GIVEN,
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
        stream_idle_timeout: float | None | NotGiven = NOT_GIVEN,
        first_chunk_timeout: float | None | NotGiven = NOT_GIVEN,
    ) -> models.CreateChatCompletionResponse | Stream[models.CreateChatCompletionStreamResponse]: ...

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
        stream_idle_timeout: float | None | NotGiven = NOT_GIVEN,
        first_chunk_timeout: float | None | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.CreateChatCompletionResponse | Stream[models.CreateChatCompletionStreamResponse]:
        """Create a chat completion.

        A model response for the given conversation. Claude models (`claude-3-opus-20240229`, `claude-3-sonnet-20240229`, `claude-3-haiku-20240307`) are served through this operation in the same format.

        ``POST /v1/chat/completions``

        Args:
            messages (list[ChatCompletionRequestDeveloperMessage | ChatCompletionRequestSystemMessage | ChatCompletionRequestUserMessage | ChatCompletionRequestAssistantMessage | ChatCompletionRequestToolMessage | ChatCompletionRequestFunctionMessage]): The conversation so far, oldest first: each message a dict with its `role` (system, developer, user, assistant, tool) and `content`.

                - ``ChatCompletionRequestDeveloperMessage``: a dict (Instructions the model follows whatever the user says; replaces `system` for o1 and later models), keys:

                  - ``role`` (Literal['developer'], required)
                  - ``content`` (str | list[ChatCompletionContentPartText], required)
                  - ``name`` (str): A name that tells apart participants of the same role.

                - ``ChatCompletionRequestSystemMessage``: a dict, keys:

                  - ``role`` (Literal['system'], required)
                  - ``content`` (str | list[ChatCompletionContentPartText], required)
                  - ``name`` (str)

                - ``ChatCompletionRequestUserMessage``: a dict, keys:

                  - ``role`` (Literal['user'], required)
                  - ``content`` (str | list[ChatCompletionContentPartText | ChatCompletionContentPartImage | ChatCompletionContentPartAudio | ChatCompletionContentPartFile], required)
                  - ``name`` (str)

                - ``ChatCompletionRequestAssistantMessage``: a dict, keys:

                  - ``role`` (Literal['assistant'], required)
                  - ``content`` (str | list[ChatCompletionContentPartText | ChatCompletionContentPartRefusal] | None)
                  - ``refusal`` (str | None): A refusal the assistant wrote earlier.
                  - ``name`` (str)
                  - ``audio`` (dict[str, Any] | None): An earlier audio answer of the model, by its id.
                  - ``tool_calls`` (list[ChatCompletionMessageToolCall | ChatCompletionMessageCustomToolCall])
                  - ``function_call`` (FunctionCall | None): Deprecated, replaced by `tool_calls`. The name and arguments of the function the model called.

                - ``ChatCompletionRequestToolMessage``: a dict, keys:

                  - ``role`` (Literal['tool'], required)
                  - ``content`` (str | list[ChatCompletionContentPartText], required)
                  - ``tool_call_id`` (str, required)

                - ``ChatCompletionRequestFunctionMessage``: a dict (Deprecated, replaced by tool messages. The result of a function call), keys:

                  - ``role`` (Literal['function'], required)
                  - ``content`` (str | None, required): The result of the function call.
                  - ``name`` (str, required): The name of the function that was called.

                - ``ChatCompletionContentPartText``: a dict, keys:

                  - ``type`` (Literal['text'], required)
                  - ``text`` (str, required)
                  - ``prompt_cache_breakpoint`` (PromptCacheBreakpoint): Marks the end of a prefix to keep in the prompt cache.

                - ``ChatCompletionContentPartImage``: a dict, keys:

                  - ``type`` (Literal['image_url'], required)
                  - ``image_url`` (ImageUrl, required)
                  - ``prompt_cache_breakpoint`` (PromptCacheBreakpoint): Marks the end of a prefix to keep in the prompt cache.

                - ``ChatCompletionContentPartAudio``: a dict (Audio the model listens to (audio models such as `gpt-4o-audio-preview`)), keys:

                  - ``type`` (Literal['input_audio'], required)
                  - ``input_audio`` (dict with ``data`` (str), ``format`` (Literal['wav', 'mp3']), required)
                  - ``prompt_cache_breakpoint`` (PromptCacheBreakpoint): Marks the end of a prefix to keep in the prompt cache.

                - ``ChatCompletionContentPartFile``: a dict (A file (a PDF, for instance) given inline or by the id of an uploaded file), keys:

                  - ``type`` (Literal['file'], required)
                  - ``file`` (dict with ``filename`` (str), ``file_data`` (str), ``file_id`` (str), required)
                  - ``prompt_cache_breakpoint`` (PromptCacheBreakpoint): Marks the end of a prefix to keep in the prompt cache.

                - ``ChatCompletionContentPartRefusal``: a dict, keys:

                  - ``type`` (Literal['refusal'], required)
                  - ``refusal`` (str, required): The refusal the model wrote earlier.

                - ``ChatCompletionMessageToolCall``: a dict, keys:

                  - ``id`` (str, required)
                  - ``type`` (Literal['function'], required)
                  - ``function`` (FunctionCall, required)

                - ``ChatCompletionMessageCustomToolCall``: a dict, keys:

                  - ``id`` (str, required)
                  - ``type`` (Literal['custom'], required)
                  - ``custom`` (CustomToolCall, required)

                - ``FunctionCall``: a dict, keys:

                  - ``name`` (str, required)
                  - ``arguments`` (str, required): The arguments as a JSON document, as the model wrote them.

                - ``PromptCacheBreakpoint``: a dict (Marks the end of a prefix to keep in the prompt cache), keys:

                  - ``mode`` (Literal['explicit'], required)

                - ``ImageUrl``: a dict, keys:

                  - ``url`` (str, required): A URL or a base64 data URL.
                  - ``detail`` (Literal['auto', 'low', 'high']): The resolution the model sees the image at.

                - ``CustomToolCall``: a dict, keys:

                  - ``name`` (str, required): The name of the custom tool.
                  - ``input`` (str, required): The free-form input the model wrote for it.

            model (str): The ID of the model, e.g. `gpt-4o`, `gpt-4.1-mini`, `o4-mini`, `gpt-5` or `claude-3-haiku-20240307`.
            audio (ChatCompletionAudioParam | None, optional):

                - ``ChatCompletionAudioParam``: a dict (The voice and format of an audio answer; needs `modalities` with `audio`), keys:

                  - ``voice`` (str | dict[str, Any], required): A built-in voice (`alloy`, `ash`, `ballad`, `coral`, `echo`, `sage`, `shimmer`, `verse`, `marin`, `cedar`) or `{"id": ...}` of a custom voice.
                  - ``format`` (Literal['wav', 'aac', 'mp3', 'flac', 'opus', 'pcm16'], required)

            frequency_penalty (float | None, optional): -2.0 to 2.0. Server default 0.
            logit_bias (dict[str, int] | None, optional):
            logprobs (bool | None, optional): Return the log probabilities of the output tokens. Server default false.
            top_logprobs (int | None, optional): 0 to 20 most likely tokens at each position; needs `logprobs` true.
            max_completion_tokens (int | None, optional): The most tokens the completion may use, reasoning tokens included.
            max_tokens (int | None, optional): Deprecated: use `max_completion_tokens` (reasoning models refuse `max_tokens`). The maximum number of tokens to generate.
            metadata (dict[str, str] | None, optional):
            modalities (list[Literal['text', 'audio']] | None, optional): What the model answers with; `["text", "audio"]` for an audio answer. Server default `["text"]`.
            moderation (ChatModerationParam | None, optional):

                - ``ChatModerationParam``: a dict (Moderation of the exchange by a moderation model, with a policy per direction), keys:

                  - ``model`` (str, required): The moderation model, e.g. `omni-moderation-latest`.
                  - ``policy`` (dict[str, Any] | None)

            n (int | None, optional): How many choices to generate. Server default 1.
            parallel_tool_calls (bool, optional): Whether the model may call several tools in one turn. Server default true.
            prediction (PredictionContent | None, optional):

                - ``PredictionContent``: a dict (Text the answer is expected to mostly repeat (a file being edited), which makes it faster), keys:

                  - ``type`` (Literal['content'], required)
                  - ``content`` (str | list[ChatCompletionContentPartText], required)

            presence_penalty (float | None, optional): -2.0 to 2.0. Server default 0.
            prompt_cache_key (str | None, optional): A key that groups requests sharing a prefix, so that they hit the prompt cache together.
            prompt_cache_options (PromptCacheOptions, optional): How the prompt cache is used.

                - ``PromptCacheOptions``: a dict (How the prompt cache is used), keys:

                  - ``ttl`` (Literal['30m']): How long cached prefixes are kept.
                  - ``mode`` (Literal['implicit', 'explicit']): `explicit`: only prefixes ended by a `prompt_cache_breakpoint` are cached.

            prompt_cache_retention (Literal['in_memory', '24h'] | None, optional): Deprecated: use `prompt_cache_options`. How long cached prefixes are kept.
            reasoning_effort (Literal['none', 'minimal', 'low', 'medium', 'high', 'xhigh', 'max'] | None, optional): How much a reasoning model (o-series, gpt-5) reasons before it answers; less is faster and spends fewer tokens. Server default `medium`.
            response_format (ResponseFormatText | ResponseFormatJsonObject | ResponseFormatJsonSchema, optional): `{"type": "text"}`, `{"type": "json_object"}` (valid JSON; say so in a message too), or `{"type": "json_schema", "json_schema": {...}}` (JSON that matches the schema given).

                - ``ResponseFormatText``: a dict, keys:

                  - ``type`` (Literal['text'], required)

                - ``ResponseFormatJsonObject``: a dict, keys:

                  - ``type`` (Literal['json_object'], required)

                - ``ResponseFormatJsonSchema``: a dict, keys:

                  - ``type`` (Literal['json_schema'], required)
                  - ``json_schema`` (dict with ``name`` (str), ``description`` (str), ``schema`` (dict[str, Any]), ``strict`` (bool | None), required)

            safety_identifier (str | None, optional): A stable identifier of the end user (a hash of their name or e-mail), up to 64 characters, that helps detect abuse.
            seed (int | None, optional): Deprecated: determinism is best effort. A seed for repeatable sampling.
            service_tier (Literal['auto', 'default', 'flex', 'scale', 'priority', 'fast'] | None, optional): The processing tier; `auto` (the server's default) uses the project's setting.
            stop (str | list[str] | None, optional):
            store (bool | None, optional): Whether to store the completion for distillation and evaluations. Server default false.
            stream (bool | None, optional): Stream back chunks as server-sent events ending with `data: [DONE]`. Server default false. ``True``: the answer as an event stream, iterated as it arrives (use it in a ``with`` block, or close it).
            stream_options (StreamOptions | None, optional):

                - ``StreamOptions``: a dict (Options for a streamed response; only with `stream` true), keys:

                  - ``include_usage`` (bool): When true, one more chunk is sent before `data: [DONE]`, with empty `choices` and the usage of the whole request.
                  - ``include_obfuscation`` (bool): When true (the server's default), chunks carry an `obfuscation` field of random characters that evens out their sizes; false saves the bytes on trusted networks.

            temperature (float | None, optional): Sampling temperature between 0 and 2. Server default 1.
            top_p (float | None, optional): Nucleus sampling mass between 0 and 1. Server default 1.
            tools (list[ChatCompletionTool | ChatCompletionCustomTool], optional):

                - ``ChatCompletionTool``: a dict, keys:

                  - ``type`` (Literal['function'], required)
                  - ``function`` (FunctionDefinition, required)

                - ``ChatCompletionCustomTool``: a dict (A tool that takes free-form text, optionally held to a grammar, instead of JSON arguments), keys:

                  - ``type`` (Literal['custom'], required)
                  - ``custom`` (dict with ``name`` (str), ``description`` (str), ``format`` (dict[str, Any]), required)

                - ``FunctionDefinition``: a dict, keys:

                  - ``name`` (str, required)
                  - ``description`` (str)
                  - ``parameters`` (dict[str, Any]): The function's parameters as a JSON Schema object.
                  - ``strict`` (bool | None): When true, the model's arguments follow `parameters` exactly (a subset of JSON Schema is supported). Server default false.

            tool_choice (Literal['none', 'auto', 'required'] | ChatCompletionNamedToolChoice | ChatCompletionNamedToolChoiceCustom | ChatCompletionAllowedToolsChoice, optional): `none`, `auto`, `required`, a named function or custom tool the model must call, or a subset of the tools the model may use.

                - ``ChatCompletionNamedToolChoice``: a dict, keys:

                  - ``type`` (Literal['function'], required)
                  - ``function`` (ToolChoiceFunction, required)

                - ``ChatCompletionNamedToolChoiceCustom``: a dict, keys:

                  - ``type`` (Literal['custom'], required)
                  - ``custom`` (ToolChoiceFunction, required)

                - ``ChatCompletionAllowedToolsChoice``: a dict, keys:

                  - ``type`` (Literal['allowed_tools'], required)
                  - ``allowed_tools`` (dict with ``mode`` (Literal['auto', 'required']), ``tools`` (list[dict[str, Any]]), required)

                - ``ToolChoiceFunction``: a dict, keys:

                  - ``name`` (str, required)

            verbosity (Literal['low', 'medium', 'high'] | None, optional): How long and detailed the answer is (gpt-5). Server default `medium`.
            web_search_options (WebSearchOptions, optional): Web search for the search models (`gpt-4o-search-preview` and the like).

                - ``WebSearchOptions``: a dict (Web search for the search models (`gpt-4o-search-preview` and the like)), keys:

                  - ``search_context_size`` (Literal['low', 'medium', 'high']): How much of the pages found goes into the context. Server default `medium`.
                  - ``user_location`` (dict[str, Any] | None): Where the user roughly is, to rank results.

            user (str, optional): Deprecated: use `safety_identifier` and `prompt_cache_key`. A unique identifier of the end user.
            function_call (Literal['none', 'auto'] | ChatCompletionFunctionCallOption, optional): Deprecated, replaced by `tool_choice`. Which function the model calls: `none` (none, it writes a message), `auto` (it chooses), or `{"name": "my_function"}` (that one). Server default `none` without `functions`, `auto` with them.

                - ``ChatCompletionFunctionCallOption``: a dict (Forces the model to call this function: `{"name": "my_function"}`), keys:

                  - ``name`` (str, required): The name of the function to call.

            functions (list[FunctionDefinition], optional): Deprecated, replaced by `tools`. 1 to 128 functions the model may generate JSON inputs for.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.
            stream_idle_timeout (float | None): With ``stream=True``: the most seconds of silence once the answer has begun (``APITimeoutError`` past it); the client's by default.
            first_chunk_timeout (float | None): With ``stream=True``: the most seconds to wait for the answer, and then for its first chunk (``APITimeoutError`` past it); the client's by default.

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
        args: dict[str, object] = {
            "messages": messages,
            "model": model,
            "audio": audio,
            "frequency_penalty": frequency_penalty,
            "logit_bias": logit_bias,
            "logprobs": logprobs,
            "top_logprobs": top_logprobs,
            "max_completion_tokens": max_completion_tokens,
            "max_tokens": max_tokens,
            "metadata": metadata,
            "modalities": modalities,
            "moderation": moderation,
            "n": n,
            "parallel_tool_calls": parallel_tool_calls,
            "prediction": prediction,
            "presence_penalty": presence_penalty,
            "prompt_cache_key": prompt_cache_key,
            "prompt_cache_options": prompt_cache_options,
            "prompt_cache_retention": prompt_cache_retention,
            "reasoning_effort": reasoning_effort,
            "response_format": response_format,
            "safety_identifier": safety_identifier,
            "seed": seed,
            "service_tier": service_tier,
            "stop": stop,
            "store": store,
            "stream": stream,
            "stream_options": stream_options,
            "temperature": temperature,
            "top_p": top_p,
            "tools": tools,
            "tool_choice": tool_choice,
            "verbosity": verbosity,
            "web_search_options": web_search_options,
            "user": user,
            "function_call": function_call,
            "functions": functions,
        }
        options = RequestOptions(
            extra_headers, extra_query, extra_body, timeout, stream_idle_timeout, first_chunk_timeout
        )
        return cast(
            "models.CreateChatCompletionResponse | Stream[models.CreateChatCompletionStreamResponse]",
            self._call(_ops.CREATE_CHAT_COMPLETION, args, options),
        )


class ChatCompletions(_ChatCompletionHelpers, ChatCompletionsMethods):
    """``client.chat.completions``."""

    @cached_property
    def with_raw_response(self) -> ChatCompletionsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return ChatCompletionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ChatCompletionsWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return ChatCompletionsWithStreamingResponse(self)


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


class AsyncChatCompletionsMethods(AsyncAPIResource):
    """The generated methods of ``client.chat.completions`` (async): the hand-written mixin ``AsyncChatCompletionHelpers`` derives from this class when type checking, so its calls of them are checked."""

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
        stream_idle_timeout: float | None | NotGiven = NOT_GIVEN,
        first_chunk_timeout: float | None | NotGiven = NOT_GIVEN,
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
        stream_idle_timeout: float | None | NotGiven = NOT_GIVEN,
        first_chunk_timeout: float | None | NotGiven = NOT_GIVEN,
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
        stream_idle_timeout: float | None | NotGiven = NOT_GIVEN,
        first_chunk_timeout: float | None | NotGiven = NOT_GIVEN,
    ) -> models.CreateChatCompletionResponse | AsyncStream[models.CreateChatCompletionStreamResponse]: ...

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
        stream_idle_timeout: float | None | NotGiven = NOT_GIVEN,
        first_chunk_timeout: float | None | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.CreateChatCompletionResponse | AsyncStream[models.CreateChatCompletionStreamResponse]:
        """Create a chat completion.

        A model response for the given conversation. Claude models (`claude-3-opus-20240229`, `claude-3-sonnet-20240229`, `claude-3-haiku-20240307`) are served through this operation in the same format.

        ``POST /v1/chat/completions``

        Args:
            messages (list[ChatCompletionRequestDeveloperMessage | ChatCompletionRequestSystemMessage | ChatCompletionRequestUserMessage | ChatCompletionRequestAssistantMessage | ChatCompletionRequestToolMessage | ChatCompletionRequestFunctionMessage]): The conversation so far, oldest first: each message a dict with its `role` (system, developer, user, assistant, tool) and `content`.

                - ``ChatCompletionRequestDeveloperMessage``: a dict (Instructions the model follows whatever the user says; replaces `system` for o1 and later models), keys:

                  - ``role`` (Literal['developer'], required)
                  - ``content`` (str | list[ChatCompletionContentPartText], required)
                  - ``name`` (str): A name that tells apart participants of the same role.

                - ``ChatCompletionRequestSystemMessage``: a dict, keys:

                  - ``role`` (Literal['system'], required)
                  - ``content`` (str | list[ChatCompletionContentPartText], required)
                  - ``name`` (str)

                - ``ChatCompletionRequestUserMessage``: a dict, keys:

                  - ``role`` (Literal['user'], required)
                  - ``content`` (str | list[ChatCompletionContentPartText | ChatCompletionContentPartImage | ChatCompletionContentPartAudio | ChatCompletionContentPartFile], required)
                  - ``name`` (str)

                - ``ChatCompletionRequestAssistantMessage``: a dict, keys:

                  - ``role`` (Literal['assistant'], required)
                  - ``content`` (str | list[ChatCompletionContentPartText | ChatCompletionContentPartRefusal] | None)
                  - ``refusal`` (str | None): A refusal the assistant wrote earlier.
                  - ``name`` (str)
                  - ``audio`` (dict[str, Any] | None): An earlier audio answer of the model, by its id.
                  - ``tool_calls`` (list[ChatCompletionMessageToolCall | ChatCompletionMessageCustomToolCall])
                  - ``function_call`` (FunctionCall | None): Deprecated, replaced by `tool_calls`. The name and arguments of the function the model called.

                - ``ChatCompletionRequestToolMessage``: a dict, keys:

                  - ``role`` (Literal['tool'], required)
                  - ``content`` (str | list[ChatCompletionContentPartText], required)
                  - ``tool_call_id`` (str, required)

                - ``ChatCompletionRequestFunctionMessage``: a dict (Deprecated, replaced by tool messages. The result of a function call), keys:

                  - ``role`` (Literal['function'], required)
                  - ``content`` (str | None, required): The result of the function call.
                  - ``name`` (str, required): The name of the function that was called.

                - ``ChatCompletionContentPartText``: a dict, keys:

                  - ``type`` (Literal['text'], required)
                  - ``text`` (str, required)
                  - ``prompt_cache_breakpoint`` (PromptCacheBreakpoint): Marks the end of a prefix to keep in the prompt cache.

                - ``ChatCompletionContentPartImage``: a dict, keys:

                  - ``type`` (Literal['image_url'], required)
                  - ``image_url`` (ImageUrl, required)
                  - ``prompt_cache_breakpoint`` (PromptCacheBreakpoint): Marks the end of a prefix to keep in the prompt cache.

                - ``ChatCompletionContentPartAudio``: a dict (Audio the model listens to (audio models such as `gpt-4o-audio-preview`)), keys:

                  - ``type`` (Literal['input_audio'], required)
                  - ``input_audio`` (dict with ``data`` (str), ``format`` (Literal['wav', 'mp3']), required)
                  - ``prompt_cache_breakpoint`` (PromptCacheBreakpoint): Marks the end of a prefix to keep in the prompt cache.

                - ``ChatCompletionContentPartFile``: a dict (A file (a PDF, for instance) given inline or by the id of an uploaded file), keys:

                  - ``type`` (Literal['file'], required)
                  - ``file`` (dict with ``filename`` (str), ``file_data`` (str), ``file_id`` (str), required)
                  - ``prompt_cache_breakpoint`` (PromptCacheBreakpoint): Marks the end of a prefix to keep in the prompt cache.

                - ``ChatCompletionContentPartRefusal``: a dict, keys:

                  - ``type`` (Literal['refusal'], required)
                  - ``refusal`` (str, required): The refusal the model wrote earlier.

                - ``ChatCompletionMessageToolCall``: a dict, keys:

                  - ``id`` (str, required)
                  - ``type`` (Literal['function'], required)
                  - ``function`` (FunctionCall, required)

                - ``ChatCompletionMessageCustomToolCall``: a dict, keys:

                  - ``id`` (str, required)
                  - ``type`` (Literal['custom'], required)
                  - ``custom`` (CustomToolCall, required)

                - ``FunctionCall``: a dict, keys:

                  - ``name`` (str, required)
                  - ``arguments`` (str, required): The arguments as a JSON document, as the model wrote them.

                - ``PromptCacheBreakpoint``: a dict (Marks the end of a prefix to keep in the prompt cache), keys:

                  - ``mode`` (Literal['explicit'], required)

                - ``ImageUrl``: a dict, keys:

                  - ``url`` (str, required): A URL or a base64 data URL.
                  - ``detail`` (Literal['auto', 'low', 'high']): The resolution the model sees the image at.

                - ``CustomToolCall``: a dict, keys:

                  - ``name`` (str, required): The name of the custom tool.
                  - ``input`` (str, required): The free-form input the model wrote for it.

            model (str): The ID of the model, e.g. `gpt-4o`, `gpt-4.1-mini`, `o4-mini`, `gpt-5` or `claude-3-haiku-20240307`.
            audio (ChatCompletionAudioParam | None, optional):

                - ``ChatCompletionAudioParam``: a dict (The voice and format of an audio answer; needs `modalities` with `audio`), keys:

                  - ``voice`` (str | dict[str, Any], required): A built-in voice (`alloy`, `ash`, `ballad`, `coral`, `echo`, `sage`, `shimmer`, `verse`, `marin`, `cedar`) or `{"id": ...}` of a custom voice.
                  - ``format`` (Literal['wav', 'aac', 'mp3', 'flac', 'opus', 'pcm16'], required)

            frequency_penalty (float | None, optional): -2.0 to 2.0. Server default 0.
            logit_bias (dict[str, int] | None, optional):
            logprobs (bool | None, optional): Return the log probabilities of the output tokens. Server default false.
            top_logprobs (int | None, optional): 0 to 20 most likely tokens at each position; needs `logprobs` true.
            max_completion_tokens (int | None, optional): The most tokens the completion may use, reasoning tokens included.
            max_tokens (int | None, optional): Deprecated: use `max_completion_tokens` (reasoning models refuse `max_tokens`). The maximum number of tokens to generate.
            metadata (dict[str, str] | None, optional):
            modalities (list[Literal['text', 'audio']] | None, optional): What the model answers with; `["text", "audio"]` for an audio answer. Server default `["text"]`.
            moderation (ChatModerationParam | None, optional):

                - ``ChatModerationParam``: a dict (Moderation of the exchange by a moderation model, with a policy per direction), keys:

                  - ``model`` (str, required): The moderation model, e.g. `omni-moderation-latest`.
                  - ``policy`` (dict[str, Any] | None)

            n (int | None, optional): How many choices to generate. Server default 1.
            parallel_tool_calls (bool, optional): Whether the model may call several tools in one turn. Server default true.
            prediction (PredictionContent | None, optional):

                - ``PredictionContent``: a dict (Text the answer is expected to mostly repeat (a file being edited), which makes it faster), keys:

                  - ``type`` (Literal['content'], required)
                  - ``content`` (str | list[ChatCompletionContentPartText], required)

            presence_penalty (float | None, optional): -2.0 to 2.0. Server default 0.
            prompt_cache_key (str | None, optional): A key that groups requests sharing a prefix, so that they hit the prompt cache together.
            prompt_cache_options (PromptCacheOptions, optional): How the prompt cache is used.

                - ``PromptCacheOptions``: a dict (How the prompt cache is used), keys:

                  - ``ttl`` (Literal['30m']): How long cached prefixes are kept.
                  - ``mode`` (Literal['implicit', 'explicit']): `explicit`: only prefixes ended by a `prompt_cache_breakpoint` are cached.

            prompt_cache_retention (Literal['in_memory', '24h'] | None, optional): Deprecated: use `prompt_cache_options`. How long cached prefixes are kept.
            reasoning_effort (Literal['none', 'minimal', 'low', 'medium', 'high', 'xhigh', 'max'] | None, optional): How much a reasoning model (o-series, gpt-5) reasons before it answers; less is faster and spends fewer tokens. Server default `medium`.
            response_format (ResponseFormatText | ResponseFormatJsonObject | ResponseFormatJsonSchema, optional): `{"type": "text"}`, `{"type": "json_object"}` (valid JSON; say so in a message too), or `{"type": "json_schema", "json_schema": {...}}` (JSON that matches the schema given).

                - ``ResponseFormatText``: a dict, keys:

                  - ``type`` (Literal['text'], required)

                - ``ResponseFormatJsonObject``: a dict, keys:

                  - ``type`` (Literal['json_object'], required)

                - ``ResponseFormatJsonSchema``: a dict, keys:

                  - ``type`` (Literal['json_schema'], required)
                  - ``json_schema`` (dict with ``name`` (str), ``description`` (str), ``schema`` (dict[str, Any]), ``strict`` (bool | None), required)

            safety_identifier (str | None, optional): A stable identifier of the end user (a hash of their name or e-mail), up to 64 characters, that helps detect abuse.
            seed (int | None, optional): Deprecated: determinism is best effort. A seed for repeatable sampling.
            service_tier (Literal['auto', 'default', 'flex', 'scale', 'priority', 'fast'] | None, optional): The processing tier; `auto` (the server's default) uses the project's setting.
            stop (str | list[str] | None, optional):
            store (bool | None, optional): Whether to store the completion for distillation and evaluations. Server default false.
            stream (bool | None, optional): Stream back chunks as server-sent events ending with `data: [DONE]`. Server default false. ``True``: the answer as an event stream, iterated as it arrives (use it in a ``with`` block, or close it).
            stream_options (StreamOptions | None, optional):

                - ``StreamOptions``: a dict (Options for a streamed response; only with `stream` true), keys:

                  - ``include_usage`` (bool): When true, one more chunk is sent before `data: [DONE]`, with empty `choices` and the usage of the whole request.
                  - ``include_obfuscation`` (bool): When true (the server's default), chunks carry an `obfuscation` field of random characters that evens out their sizes; false saves the bytes on trusted networks.

            temperature (float | None, optional): Sampling temperature between 0 and 2. Server default 1.
            top_p (float | None, optional): Nucleus sampling mass between 0 and 1. Server default 1.
            tools (list[ChatCompletionTool | ChatCompletionCustomTool], optional):

                - ``ChatCompletionTool``: a dict, keys:

                  - ``type`` (Literal['function'], required)
                  - ``function`` (FunctionDefinition, required)

                - ``ChatCompletionCustomTool``: a dict (A tool that takes free-form text, optionally held to a grammar, instead of JSON arguments), keys:

                  - ``type`` (Literal['custom'], required)
                  - ``custom`` (dict with ``name`` (str), ``description`` (str), ``format`` (dict[str, Any]), required)

                - ``FunctionDefinition``: a dict, keys:

                  - ``name`` (str, required)
                  - ``description`` (str)
                  - ``parameters`` (dict[str, Any]): The function's parameters as a JSON Schema object.
                  - ``strict`` (bool | None): When true, the model's arguments follow `parameters` exactly (a subset of JSON Schema is supported). Server default false.

            tool_choice (Literal['none', 'auto', 'required'] | ChatCompletionNamedToolChoice | ChatCompletionNamedToolChoiceCustom | ChatCompletionAllowedToolsChoice, optional): `none`, `auto`, `required`, a named function or custom tool the model must call, or a subset of the tools the model may use.

                - ``ChatCompletionNamedToolChoice``: a dict, keys:

                  - ``type`` (Literal['function'], required)
                  - ``function`` (ToolChoiceFunction, required)

                - ``ChatCompletionNamedToolChoiceCustom``: a dict, keys:

                  - ``type`` (Literal['custom'], required)
                  - ``custom`` (ToolChoiceFunction, required)

                - ``ChatCompletionAllowedToolsChoice``: a dict, keys:

                  - ``type`` (Literal['allowed_tools'], required)
                  - ``allowed_tools`` (dict with ``mode`` (Literal['auto', 'required']), ``tools`` (list[dict[str, Any]]), required)

                - ``ToolChoiceFunction``: a dict, keys:

                  - ``name`` (str, required)

            verbosity (Literal['low', 'medium', 'high'] | None, optional): How long and detailed the answer is (gpt-5). Server default `medium`.
            web_search_options (WebSearchOptions, optional): Web search for the search models (`gpt-4o-search-preview` and the like).

                - ``WebSearchOptions``: a dict (Web search for the search models (`gpt-4o-search-preview` and the like)), keys:

                  - ``search_context_size`` (Literal['low', 'medium', 'high']): How much of the pages found goes into the context. Server default `medium`.
                  - ``user_location`` (dict[str, Any] | None): Where the user roughly is, to rank results.

            user (str, optional): Deprecated: use `safety_identifier` and `prompt_cache_key`. A unique identifier of the end user.
            function_call (Literal['none', 'auto'] | ChatCompletionFunctionCallOption, optional): Deprecated, replaced by `tool_choice`. Which function the model calls: `none` (none, it writes a message), `auto` (it chooses), or `{"name": "my_function"}` (that one). Server default `none` without `functions`, `auto` with them.

                - ``ChatCompletionFunctionCallOption``: a dict (Forces the model to call this function: `{"name": "my_function"}`), keys:

                  - ``name`` (str, required): The name of the function to call.

            functions (list[FunctionDefinition], optional): Deprecated, replaced by `tools`. 1 to 128 functions the model may generate JSON inputs for.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.
            stream_idle_timeout (float | None): With ``stream=True``: the most seconds of silence once the answer has begun (``APITimeoutError`` past it); the client's by default.
            first_chunk_timeout (float | None): With ``stream=True``: the most seconds to wait for the answer, and then for its first chunk (``APITimeoutError`` past it); the client's by default.

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
        args: dict[str, object] = {
            "messages": messages,
            "model": model,
            "audio": audio,
            "frequency_penalty": frequency_penalty,
            "logit_bias": logit_bias,
            "logprobs": logprobs,
            "top_logprobs": top_logprobs,
            "max_completion_tokens": max_completion_tokens,
            "max_tokens": max_tokens,
            "metadata": metadata,
            "modalities": modalities,
            "moderation": moderation,
            "n": n,
            "parallel_tool_calls": parallel_tool_calls,
            "prediction": prediction,
            "presence_penalty": presence_penalty,
            "prompt_cache_key": prompt_cache_key,
            "prompt_cache_options": prompt_cache_options,
            "prompt_cache_retention": prompt_cache_retention,
            "reasoning_effort": reasoning_effort,
            "response_format": response_format,
            "safety_identifier": safety_identifier,
            "seed": seed,
            "service_tier": service_tier,
            "stop": stop,
            "store": store,
            "stream": stream,
            "stream_options": stream_options,
            "temperature": temperature,
            "top_p": top_p,
            "tools": tools,
            "tool_choice": tool_choice,
            "verbosity": verbosity,
            "web_search_options": web_search_options,
            "user": user,
            "function_call": function_call,
            "functions": functions,
        }
        options = RequestOptions(
            extra_headers, extra_query, extra_body, timeout, stream_idle_timeout, first_chunk_timeout
        )
        return cast(
            "models.CreateChatCompletionResponse | AsyncStream[models.CreateChatCompletionStreamResponse]",
            await self._call(_ops.CREATE_CHAT_COMPLETION, args, options),
        )


class AsyncChatCompletions(_AsyncChatCompletionHelpers, AsyncChatCompletionsMethods):
    """``client.chat.completions`` (async)."""

    @cached_property
    def with_raw_response(self) -> AsyncChatCompletionsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return AsyncChatCompletionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncChatCompletionsWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return AsyncChatCompletionsWithStreamingResponse(self)


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
