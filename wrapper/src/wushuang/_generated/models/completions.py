# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""Response, chunk and error models (msgspec Structs), one per component schema of the spec: those of the completions resource."""

from typing import Annotated, TypeAlias

from msgspec import Meta

from wushuang._core.model import ABSENT as _ABSENT
from wushuang._core.model import Model as _Model

from ._shared import CompletionUsage, LogitBias, StopSequences, StreamOptions, Temperature, TopP

Prompt: TypeAlias = Annotated[
    list[int],
    Meta(
        description="The prompt(s), as a string, an array of strings, an array of tokens or an array of token arrays."
    ),
]


Prompt1Item: TypeAlias = list[int]


Prompt1: TypeAlias = Annotated[
    list[Prompt1Item],
    Meta(
        description="The prompt(s), as a string, an array of strings, an array of tokens or an array of token arrays."
    ),
]


BestOf: TypeAlias = Annotated[
    int,
    Meta(
        description="Generates `best_of` completions server-side and returns the best; must be greater than `n`. Cannot be streamed. Server default 1."
    ),
]


FrequencyPenalty: TypeAlias = Annotated[
    float, Meta(description="-2.0 to 2.0; positive values penalise tokens by their frequency so far. Server default 0.")
]


Logprobs: TypeAlias = Annotated[
    int,
    Meta(
        description="Include the log probabilities of the `logprobs` most likely tokens (0 to 5), as well as the chosen token. Server default null."
    ),
]


MaxTokens: TypeAlias = Annotated[int, Meta(description="The maximum number of tokens to generate. Server default 16.")]


N: TypeAlias = Annotated[int, Meta(description="How many completions to generate for each prompt. Server default 1.")]


PresencePenalty: TypeAlias = Annotated[
    float, Meta(description="-2.0 to 2.0; positive values penalise tokens that already appear. Server default 0.")
]


class CreateCompletionRequest(_Model, kw_only=True):
    model: Annotated[str, Meta(description="The ID of the model, e.g. `gpt-3.5-turbo-instruct`.")] = _ABSENT
    prompt: Annotated[
        str | list[str] | Prompt | Prompt1,
        Meta(
            description="The prompt(s), as a string, an array of strings, an array of tokens or an array of token arrays."
        ),
    ] = _ABSENT
    best_of: (
        Annotated[
            BestOf,
            Meta(
                description="Generates `best_of` completions server-side and returns the best; must be greater than `n`. Cannot be streamed. Server default 1."
            ),
        ]
        | None
    ) = None
    echo: (
        Annotated[bool, Meta(description="Echo back the prompt in addition to the completion. Server default false.")]
        | None
    ) = None
    frequency_penalty: (
        Annotated[
            FrequencyPenalty,
            Meta(
                description="-2.0 to 2.0; positive values penalise tokens by their frequency so far. Server default 0."
            ),
        ]
        | None
    ) = None
    logit_bias: LogitBias | None = None
    logprobs: (
        Annotated[
            Logprobs,
            Meta(
                description="Include the log probabilities of the `logprobs` most likely tokens (0 to 5), as well as the chosen token. Server default null."
            ),
        ]
        | None
    ) = None
    max_tokens: (
        Annotated[MaxTokens, Meta(description="The maximum number of tokens to generate. Server default 16.")] | None
    ) = None
    n: Annotated[N, Meta(description="How many completions to generate for each prompt. Server default 1.")] | None = (
        None
    )
    presence_penalty: (
        Annotated[
            PresencePenalty,
            Meta(description="-2.0 to 2.0; positive values penalise tokens that already appear. Server default 0."),
        ]
        | None
    ) = None
    seed: (
        Annotated[
            int, Meta(description="Best-effort deterministic sampling; watch `system_fingerprint` for backend changes.")
        ]
        | None
    ) = None
    stop: StopSequences | None = None
    stream: (
        Annotated[
            bool,
            Meta(
                description="Stream back partial progress as server-sent events ending with `data: [DONE]`. Server default false."
            ),
        ]
        | None
    ) = None
    stream_options: StreamOptions | None = None
    suffix: (
        Annotated[
            str, Meta(description="The suffix that comes after a completion of inserted text. Server default null.")
        ]
        | None
    ) = None
    temperature: (
        Annotated[Temperature, Meta(description="Sampling temperature between 0 and 2. Server default 1.")] | None
    ) = None
    top_p: Annotated[TopP, Meta(description="Nucleus sampling mass between 0 and 1. Server default 1.")] | None = None
    user: (
        Annotated[str, Meta(description="A unique identifier of the end user, to help monitor and detect abuse.")]
        | None
    ) = None


class CompletionLogprobs(_Model, kw_only=True):
    text_offset: list[int] | None = None
    token_logprobs: list[float | None] | None = None
    tokens: list[str] | None = None
    top_logprobs: list[dict[str, float] | None] | None = None


class CompletionChoice(_Model, kw_only=True):
    text: str = _ABSENT
    index: int | None = None
    logprobs: CompletionLogprobs | None = None
    finish_reason: (
        Annotated[str, Meta(description="stop, length or content_filter; null in a stream until the last chunk.")]
        | None
    ) = None


class CreateCompletionResponse(_Model, kw_only=True):
    id: str = _ABSENT
    choices: list[CompletionChoice] = _ABSENT
    object: Annotated[str, Meta(description="Always `text_completion`.")] | None = None
    created: int | None = None
    model: str | None = None
    system_fingerprint: str | None = None
    usage: CompletionUsage | None = None


__all__ = [
    "CompletionChoice",
    "CompletionLogprobs",
    "CreateCompletionRequest",
    "CreateCompletionResponse",
]


for _name in __all__:
    globals()[_name].__module__ = "wushuang.types"
