# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""Request parameter types (TypedDicts keyed by wire names), one per component schema: those of the chat resource."""

from __future__ import annotations

from typing import Any, Literal, NotRequired, TypeAlias, TypedDict

from ._shared import (
    CompletionUsage,
    FrequencyPenalty,
    FunctionDefinition,
    LogitBias,
    MaxCompletionTokens,
    MaxTokens,
    Metadata,
    N,
    PresencePenalty,
    PromptCacheBreakpoint,
    ResponseFormatJsonObject,
    ResponseFormatJsonSchema,
    ResponseFormatText,
    StopSequences,
    StreamOptions,
    Temperature,
    TopP,
)


class ChatCompletionContentPartText(TypedDict):
    type: Literal["text"]
    text: str
    prompt_cache_breakpoint: NotRequired[PromptCacheBreakpoint]


class ImageUrl(TypedDict):
    url: str
    detail: NotRequired[Literal["auto", "low", "high"]]


class InputAudio(TypedDict):
    data: str
    format: Literal["wav", "mp3"]


class ChatCompletionContentPartAudio(TypedDict):
    type: Literal["input_audio"]
    input_audio: InputAudio
    prompt_cache_breakpoint: NotRequired[PromptCacheBreakpoint]


class File(TypedDict):
    filename: NotRequired[str]
    file_data: NotRequired[str]
    file_id: NotRequired[str]


class ChatCompletionContentPartFile(TypedDict):
    type: Literal["file"]
    file: File
    prompt_cache_breakpoint: NotRequired[PromptCacheBreakpoint]


class ChatCompletionContentPartRefusal(TypedDict):
    type: Literal["refusal"]
    refusal: str


class Audio(TypedDict):
    id: str


Content4: TypeAlias = list[ChatCompletionContentPartText]


class ChatCompletionRequestToolMessage(TypedDict):
    role: Literal["tool"]
    content: str | Content4
    tool_call_id: str


class ChatCompletionRequestFunctionMessage(TypedDict):
    role: Literal["function"]
    content: str | None
    name: str


class CustomToolCall(TypedDict):
    name: str
    input: str


class FunctionCall(TypedDict):
    name: str
    arguments: str


class Format(TypedDict):
    type: Literal["text"]


class Grammar(TypedDict):
    definition: str
    syntax: Literal["lark", "regex"]


class Format1(TypedDict):
    type: Literal["grammar"]
    grammar: Grammar


class Custom(TypedDict):
    name: str
    description: NotRequired[str]
    format: NotRequired[Format | Format1]


class ChatCompletionCustomTool(TypedDict):
    type: Literal["custom"]
    custom: Custom


class AllowedTools(TypedDict):
    mode: Literal["auto", "required"]
    tools: list[dict[str, Any]]


class ChatCompletionAllowedToolsChoice(TypedDict):
    type: Literal["allowed_tools"]
    allowed_tools: AllowedTools


class ToolChoiceFunction(TypedDict):
    name: str


class ChatCompletionFunctionCallOption(TypedDict):
    name: str


class Approximate(TypedDict):
    country: NotRequired[str]
    region: NotRequired[str]
    city: NotRequired[str]
    timezone: NotRequired[str]


class UserLocation(TypedDict):
    type: Literal["approximate"]
    approximate: Approximate


class WebSearchOptions(TypedDict):
    search_context_size: NotRequired[Literal["low", "medium", "high"]]
    user_location: NotRequired[UserLocation | None]


class ModerationConfig(TypedDict):
    mode: Literal["score", "block"]


class Voice(TypedDict):
    id: str


class ChatCompletionAudioParam(TypedDict):
    voice: str | Voice
    format: Literal["wav", "aac", "mp3", "flac", "opus", "pcm16"]


class Policy(TypedDict):
    input: NotRequired[ModerationConfig | None]
    output: NotRequired[ModerationConfig | None]


class ChatModerationParam(TypedDict):
    model: str
    policy: NotRequired[Policy | None]


class PredictionContent(TypedDict):
    type: Literal["content"]
    content: str | Content4


class PromptCacheOptions(TypedDict):
    ttl: NotRequired[Literal["30m"]]
    mode: NotRequired[Literal["implicit", "explicit"]]


TopLogprobs: TypeAlias = int


SafetyIdentifier: TypeAlias = str


class TopLogprob(TypedDict):
    token: str
    logprob: float
    bytes: NotRequired[list[int] | None]


class ChatCompletionTokenLogprob(TypedDict):
    token: str
    logprob: float
    bytes: NotRequired[list[int] | None]
    top_logprobs: NotRequired[list[TopLogprob]]


class ChatChoiceLogprobs(TypedDict):
    content: NotRequired[list[ChatCompletionTokenLogprob] | None]
    refusal: NotRequired[list[ChatCompletionTokenLogprob] | None]


class ResponseToolCall(TypedDict):
    id: NotRequired[str]
    type: NotRequired[str]
    function: NotRequired[FunctionCall]
    custom: NotRequired[CustomToolCall]


class UrlCitation1(TypedDict):
    start_index: NotRequired[int]
    end_index: NotRequired[int]
    url: NotRequired[str]
    title: NotRequired[str]


class UrlCitation(TypedDict):
    type: NotRequired[str]
    url_citation: NotRequired[UrlCitation1]


class ChatCompletionAudio(TypedDict):
    id: NotRequired[str]
    expires_at: NotRequired[int]
    data: NotRequired[str]
    transcript: NotRequired[str]


class ChatCompletionResponseMessage(TypedDict):
    role: NotRequired[str]
    content: NotRequired[str | None]
    refusal: NotRequired[str | None]
    tool_calls: NotRequired[list[ResponseToolCall]]
    annotations: NotRequired[list[UrlCitation]]
    audio: NotRequired[ChatCompletionAudio | None]
    function_call: NotRequired[FunctionCall]


class ChatCompletionChoice(TypedDict):
    index: NotRequired[int]
    message: ChatCompletionResponseMessage
    logprobs: NotRequired[ChatChoiceLogprobs | None]
    finish_reason: NotRequired[str | None]


class ChatModerationResult(TypedDict):
    type: NotRequired[str]
    model: NotRequired[str]
    flagged: NotRequired[bool]
    categories: NotRequired[dict[str, bool]]
    category_scores: NotRequired[dict[str, float]]
    category_applied_input_types: NotRequired[dict[str, list[str]]]


class FunctionCallDelta(TypedDict):
    name: NotRequired[str]
    arguments: NotRequired[str]


Content: TypeAlias = list[ChatCompletionContentPartText]


class ChatCompletionRequestDeveloperMessage(TypedDict):
    role: Literal["developer"]
    content: str | Content
    name: NotRequired[str]


class ChatCompletionRequestSystemMessage(TypedDict):
    role: Literal["system"]
    content: str | Content
    name: NotRequired[str]


class ChatCompletionContentPartImage(TypedDict):
    type: Literal["image_url"]
    image_url: ImageUrl
    prompt_cache_breakpoint: NotRequired[PromptCacheBreakpoint]


ChatCompletionAssistantContentPart: TypeAlias = ChatCompletionContentPartText | ChatCompletionContentPartRefusal


Content3: TypeAlias = list[ChatCompletionAssistantContentPart]


class ChatCompletionMessageToolCall(TypedDict):
    id: str
    type: Literal["function"]
    function: FunctionCall


class ChatCompletionMessageCustomToolCall(TypedDict):
    id: str
    type: Literal["custom"]
    custom: CustomToolCall


class ChatCompletionTool(TypedDict):
    type: Literal["function"]
    function: FunctionDefinition


class ChatCompletionNamedToolChoice(TypedDict):
    type: Literal["function"]
    function: ToolChoiceFunction


class ChatCompletionNamedToolChoiceCustom(TypedDict):
    type: Literal["custom"]
    custom: ToolChoiceFunction


ResponseFormat: TypeAlias = ResponseFormatText | ResponseFormatJsonObject | ResponseFormatJsonSchema


Tools: TypeAlias = ChatCompletionTool | ChatCompletionCustomTool


class ChatModerationVerdict(TypedDict):
    type: NotRequired[str]
    model: NotRequired[str]
    results: NotRequired[list[ChatModerationResult]]
    code: NotRequired[str]
    message: NotRequired[str]


class ChatModeration(TypedDict):
    input: NotRequired[ChatModerationVerdict]
    output: NotRequired[ChatModerationVerdict]


class CreateChatCompletionResponse(TypedDict):
    id: str
    object: NotRequired[str]
    created: NotRequired[int]
    model: NotRequired[str]
    service_tier: NotRequired[str | None]
    system_fingerprint: NotRequired[str | None]
    choices: list[ChatCompletionChoice]
    usage: NotRequired[CompletionUsage | None]
    metadata: NotRequired[dict[str, str] | None]
    moderation: NotRequired[ChatModeration | None]


class ChatCompletionMessageToolCallChunk(TypedDict):
    index: int
    id: NotRequired[str]
    type: NotRequired[str]
    function: NotRequired[FunctionCallDelta]


class ChatCompletionStreamDelta(TypedDict):
    role: NotRequired[str | None]
    content: NotRequired[str | None]
    refusal: NotRequired[str | None]
    tool_calls: NotRequired[list[ChatCompletionMessageToolCallChunk]]
    function_call: NotRequired[FunctionCallDelta]


class ChatCompletionStreamChoice(TypedDict):
    index: NotRequired[int]
    delta: ChatCompletionStreamDelta
    logprobs: NotRequired[ChatChoiceLogprobs | None]
    finish_reason: NotRequired[str | None]


class CreateChatCompletionStreamResponse(TypedDict):
    id: str
    object: NotRequired[str]
    created: NotRequired[int]
    model: NotRequired[str]
    service_tier: NotRequired[str | None]
    system_fingerprint: NotRequired[str | None]
    obfuscation: NotRequired[str]
    choices: list[ChatCompletionStreamChoice]
    usage: NotRequired[CompletionUsage | None]
    moderation: NotRequired[ChatModeration | None]


ChatCompletionContentPart: TypeAlias = (
    ChatCompletionContentPartText
    | ChatCompletionContentPartImage
    | ChatCompletionContentPartAudio
    | ChatCompletionContentPartFile
)


ToolCalls: TypeAlias = ChatCompletionMessageToolCall | ChatCompletionMessageCustomToolCall


class ChatCompletionRequestAssistantMessage(TypedDict):
    role: Literal["assistant"]
    content: NotRequired[str | Content3 | None]
    refusal: NotRequired[str | None]
    name: NotRequired[str]
    audio: NotRequired[Audio | None]
    tool_calls: NotRequired[list[ToolCalls]]
    function_call: NotRequired[FunctionCall | None]


ChatCompletionToolChoiceObject: TypeAlias = (
    ChatCompletionNamedToolChoice | ChatCompletionNamedToolChoiceCustom | ChatCompletionAllowedToolsChoice
)


Content2: TypeAlias = list[ChatCompletionContentPart]


class ChatCompletionRequestUserMessage(TypedDict):
    role: Literal["user"]
    content: str | Content2
    name: NotRequired[str]


ChatCompletionToolChoiceOption: TypeAlias = Literal["none", "auto", "required"] | ChatCompletionToolChoiceObject


ChatCompletionRequestMessage: TypeAlias = (
    ChatCompletionRequestDeveloperMessage
    | ChatCompletionRequestSystemMessage
    | ChatCompletionRequestUserMessage
    | ChatCompletionRequestAssistantMessage
    | ChatCompletionRequestToolMessage
    | ChatCompletionRequestFunctionMessage
)


class CreateChatCompletionRequest(TypedDict):
    messages: list[ChatCompletionRequestMessage]
    model: str
    audio: NotRequired[ChatCompletionAudioParam | None]
    frequency_penalty: NotRequired[FrequencyPenalty | None]
    logit_bias: NotRequired[LogitBias | None]
    logprobs: NotRequired[bool | None]
    top_logprobs: NotRequired[TopLogprobs | None]
    max_completion_tokens: NotRequired[MaxCompletionTokens | None]
    max_tokens: NotRequired[MaxTokens | None]
    metadata: NotRequired[Metadata | None]
    modalities: NotRequired[list[Literal["text", "audio"]] | None]
    moderation: NotRequired[ChatModerationParam | None]
    n: NotRequired[N | None]
    parallel_tool_calls: NotRequired[bool]
    prediction: NotRequired[PredictionContent | None]
    presence_penalty: NotRequired[PresencePenalty | None]
    prompt_cache_key: NotRequired[str | None]
    prompt_cache_options: NotRequired[PromptCacheOptions]
    prompt_cache_retention: NotRequired[Literal["in_memory", "24h"] | None]
    reasoning_effort: NotRequired[Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"] | None]
    response_format: NotRequired[ResponseFormat]
    safety_identifier: NotRequired[SafetyIdentifier | None]
    seed: NotRequired[int | None]
    service_tier: NotRequired[Literal["auto", "default", "flex", "scale", "priority", "fast"] | None]
    stop: NotRequired[StopSequences | None]
    store: NotRequired[bool | None]
    stream: NotRequired[bool | None]
    stream_options: NotRequired[StreamOptions | None]
    temperature: NotRequired[Temperature | None]
    top_p: NotRequired[TopP | None]
    tools: NotRequired[list[Tools]]
    tool_choice: NotRequired[ChatCompletionToolChoiceOption]
    verbosity: NotRequired[Literal["low", "medium", "high"] | None]
    web_search_options: NotRequired[WebSearchOptions]
    user: NotRequired[str]
    function_call: NotRequired[Literal["none", "auto"] | ChatCompletionFunctionCallOption]
    functions: NotRequired[list[FunctionDefinition]]


__all__ = [
    "AllowedTools",
    "Approximate",
    "Audio",
    "ChatChoiceLogprobs",
    "ChatCompletionAllowedToolsChoice",
    "ChatCompletionAudio",
    "ChatCompletionAudioParam",
    "ChatCompletionChoice",
    "ChatCompletionContentPartAudio",
    "ChatCompletionContentPartFile",
    "ChatCompletionContentPartImage",
    "ChatCompletionContentPartRefusal",
    "ChatCompletionContentPartText",
    "ChatCompletionCustomTool",
    "ChatCompletionFunctionCallOption",
    "ChatCompletionMessageCustomToolCall",
    "ChatCompletionMessageToolCall",
    "ChatCompletionMessageToolCallChunk",
    "ChatCompletionNamedToolChoice",
    "ChatCompletionNamedToolChoiceCustom",
    "ChatCompletionRequestAssistantMessage",
    "ChatCompletionRequestDeveloperMessage",
    "ChatCompletionRequestFunctionMessage",
    "ChatCompletionRequestSystemMessage",
    "ChatCompletionRequestToolMessage",
    "ChatCompletionRequestUserMessage",
    "ChatCompletionResponseMessage",
    "ChatCompletionStreamChoice",
    "ChatCompletionStreamDelta",
    "ChatCompletionTokenLogprob",
    "ChatCompletionTool",
    "ChatModeration",
    "ChatModerationParam",
    "ChatModerationResult",
    "ChatModerationVerdict",
    "CreateChatCompletionRequest",
    "CreateChatCompletionResponse",
    "CreateChatCompletionStreamResponse",
    "Custom",
    "CustomToolCall",
    "File",
    "Format",
    "Format1",
    "FunctionCall",
    "FunctionCallDelta",
    "Grammar",
    "ImageUrl",
    "InputAudio",
    "ModerationConfig",
    "Policy",
    "PredictionContent",
    "PromptCacheOptions",
    "ResponseToolCall",
    "ToolChoiceFunction",
    "TopLogprob",
    "UrlCitation",
    "UrlCitation1",
    "UserLocation",
    "Voice",
    "WebSearchOptions",
]
