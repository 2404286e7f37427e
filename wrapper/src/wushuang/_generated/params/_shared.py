# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""Request parameter types (TypedDicts keyed by wire names), one per component schema: those shared by several resources."""

from __future__ import annotations

from typing import Any, Literal, NotRequired, TypeAlias, TypedDict


class Error(TypedDict):
    message: str
    type: NotRequired[str | None]
    param: NotRequired[str | None]
    code: NotRequired[str | int | None]


class ErrorResponse(TypedDict):
    error: Error


class MidjourneyErrorResponse(TypedDict):
    description: str
    type: NotRequired[str | None]
    code: NotRequired[int | str | None]


class CompletionTokensDetails(TypedDict):
    accepted_prediction_tokens: NotRequired[int]
    audio_tokens: NotRequired[int]
    reasoning_tokens: NotRequired[int]
    rejected_prediction_tokens: NotRequired[int]
    text_tokens: NotRequired[int]


class PromptTokensDetails(TypedDict):
    audio_tokens: NotRequired[int]
    cached_tokens: NotRequired[int]
    cache_write_tokens: NotRequired[int]
    image_tokens: NotRequired[int]
    text_tokens: NotRequired[int]


class StreamOptions(TypedDict):
    include_usage: NotRequired[bool]
    include_obfuscation: NotRequired[bool]


StopSequences1: TypeAlias = list[str]


StopSequences: TypeAlias = str | StopSequences1


LogitBias: TypeAlias = dict[str, int]


FrequencyPenalty: TypeAlias = float


MaxTokens: TypeAlias = int


N: TypeAlias = int


PresencePenalty: TypeAlias = float


Temperature: TypeAlias = float


TopP: TypeAlias = float


class PromptCacheBreakpoint(TypedDict):
    mode: Literal["explicit"]


class FunctionDefinition(TypedDict):
    name: str
    description: NotRequired[str]
    parameters: NotRequired[dict[str, Any]]
    strict: NotRequired[bool | None]


class ResponseFormatText(TypedDict):
    type: Literal["text"]


class ResponseFormatJsonObject(TypedDict):
    type: Literal["json_object"]


class JsonSchema(TypedDict):
    name: str
    description: NotRequired[str]
    schema: NotRequired[dict[str, Any]]
    strict: NotRequired[bool | None]


class ResponseFormatJsonSchema(TypedDict):
    type: Literal["json_schema"]
    json_schema: JsonSchema


ReasoningEffort: TypeAlias = Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"] | None


MaxCompletionTokens: TypeAlias = int


Metadata: TypeAlias = dict[str, str]


class CompletionUsage(TypedDict):
    prompt_tokens: int
    completion_tokens: int
    total_tokens: int
    completion_tokens_details: NotRequired[CompletionTokensDetails | None]
    prompt_tokens_details: NotRequired[PromptTokensDetails | None]


__all__ = [
    "CompletionTokensDetails",
    "CompletionUsage",
    "Error",
    "ErrorResponse",
    "FunctionDefinition",
    "JsonSchema",
    "MidjourneyErrorResponse",
    "PromptCacheBreakpoint",
    "PromptTokensDetails",
    "ResponseFormatJsonObject",
    "ResponseFormatJsonSchema",
    "ResponseFormatText",
    "StreamOptions",
]
