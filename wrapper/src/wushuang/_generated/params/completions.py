# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""Request parameter types (TypedDicts keyed by wire names), one per component schema: those of the completions resource."""

from __future__ import annotations

from typing import NotRequired, TypeAlias, TypedDict

from ._shared import (
    CompletionUsage,
    FrequencyPenalty,
    LogitBias,
    MaxTokens,
    N,
    PresencePenalty,
    StopSequences,
    StreamOptions,
    Temperature,
    TopP,
)

Prompt: TypeAlias = list[int]


Prompt1Item: TypeAlias = list[int]


Prompt1: TypeAlias = list[Prompt1Item]


BestOf: TypeAlias = int


Logprobs: TypeAlias = int


class CreateCompletionRequest(TypedDict):
    model: str
    prompt: str | list[str] | Prompt | Prompt1
    best_of: NotRequired[BestOf | None]
    echo: NotRequired[bool | None]
    frequency_penalty: NotRequired[FrequencyPenalty | None]
    logit_bias: NotRequired[LogitBias | None]
    logprobs: NotRequired[Logprobs | None]
    max_tokens: NotRequired[MaxTokens | None]
    n: NotRequired[N | None]
    presence_penalty: NotRequired[PresencePenalty | None]
    seed: NotRequired[int | None]
    stop: NotRequired[StopSequences | None]
    stream: NotRequired[bool | None]
    stream_options: NotRequired[StreamOptions | None]
    suffix: NotRequired[str | None]
    temperature: NotRequired[Temperature | None]
    top_p: NotRequired[TopP | None]
    user: NotRequired[str]


class CompletionLogprobs(TypedDict):
    text_offset: NotRequired[list[int]]
    token_logprobs: NotRequired[list[float | None]]
    tokens: NotRequired[list[str]]
    top_logprobs: NotRequired[list[dict[str, float] | None]]


class CompletionChoice(TypedDict):
    text: str
    index: NotRequired[int]
    logprobs: NotRequired[CompletionLogprobs | None]
    finish_reason: NotRequired[str | None]


class CreateCompletionResponse(TypedDict):
    id: str
    object: NotRequired[str]
    created: NotRequired[int]
    model: NotRequired[str]
    system_fingerprint: NotRequired[str | None]
    choices: list[CompletionChoice]
    usage: NotRequired[CompletionUsage | None]


__all__ = [
    "CompletionChoice",
    "CompletionLogprobs",
    "CreateCompletionRequest",
    "CreateCompletionResponse",
]
