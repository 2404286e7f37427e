# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""Response, chunk and error models (msgspec Structs), one per component schema of the spec."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, TypeAlias

from msgspec import Meta, field

from wushuang._model import ABSENT as _ABSENT
from wushuang._model import DataList as _DataList
from wushuang._model import Model as _Model
from wushuang._task_fields import TaskFields as _TaskFields

if not TYPE_CHECKING:
    from wushuang._model import OpenLiteral as Literal
else:
    from typing import Literal


class Error(_Model, kw_only=True):
    message: str = _ABSENT
    type: str | None = None
    param: str | None = None
    code: Annotated[str | int, Meta(description="A string on OpenAI; some relays send a number.")] | None = None


class ErrorResponse(_Model, kw_only=True):
    error: Error = _ABSENT


class MidjourneyErrorResponse(_Model, kw_only=True):
    description: str = _ABSENT
    type: str | None = None
    code: int | str | None = None


class CompletionTokensDetails(_Model, kw_only=True):
    accepted_prediction_tokens: (
        Annotated[int, Meta(description="Tokens of a predicted output that appeared in the completion.")] | None
    ) = None
    audio_tokens: Annotated[int, Meta(description="Audio tokens the model generated.")] | None = None
    reasoning_tokens: Annotated[int, Meta(description="Tokens the model spent reasoning")] | None = None
    rejected_prediction_tokens: (
        Annotated[int, Meta(description="Tokens of a predicted output that did not appear; they are billed.")] | None
    ) = None
    text_tokens: Annotated[int, Meta(description="Text tokens the model generated.")] | None = None


class PromptTokensDetails(_Model, kw_only=True):
    audio_tokens: Annotated[int, Meta(description="Audio input tokens.")] | None = None
    cached_tokens: Annotated[int, Meta(description="Prompt tokens read from the prompt cache.")] | None = None
    cache_write_tokens: Annotated[int, Meta(description="Prompt tokens written to the prompt cache.")] | None = None
    image_tokens: Annotated[int, Meta(description="Image input tokens.")] | None = None
    text_tokens: Annotated[int, Meta(description="Text input tokens.")] | None = None


class StreamOptions(_Model, kw_only=True):
    include_usage: (
        Annotated[
            bool,
            Meta(
                description="When true, one more chunk is sent before `data: [DONE]`, with empty `choices` and the usage of the whole request."
            ),
        ]
        | None
    ) = None
    include_obfuscation: (
        Annotated[
            bool,
            Meta(
                description="When true (the server's default), chunks carry an `obfuscation` field of random characters that evens out their sizes; false saves the bytes on trusted networks."
            ),
        ]
        | None
    ) = None


StopSequences1: TypeAlias = Annotated[
    list[str],
    Meta(description="Up to 4 sequences where the API stops generating; the returned text does not contain them."),
]


StopSequences: TypeAlias = Annotated[
    str | StopSequences1,
    Meta(description="Up to 4 sequences where the API stops generating; the returned text does not contain them."),
]


LogitBiasAdditionalProperty: TypeAlias = int


LogitBias: TypeAlias = dict[str, LogitBiasAdditionalProperty]


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


Temperature: TypeAlias = Annotated[float, Meta(description="Sampling temperature between 0 and 2. Server default 1.")]


TopP: TypeAlias = Annotated[float, Meta(description="Nucleus sampling mass between 0 and 1. Server default 1.")]


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


class PromptCacheBreakpoint(_Model, kw_only=True):
    mode: Literal["explicit"] = _ABSENT


class ChatCompletionContentPartText(_Model, kw_only=True, tag_field="type", tag="text"):
    text: str = _ABSENT
    prompt_cache_breakpoint: PromptCacheBreakpoint | None = None

    @property
    def type(self) -> Literal["text"]:
        """Always ``text`` (the tag that selects this type)."""
        return "text"


class ImageUrl(_Model, kw_only=True):
    url: Annotated[str, Meta(description="A URL or a base64 data URL.")] = _ABSENT
    detail: (
        Annotated[Literal["auto", "low", "high"], Meta(description="The resolution the model sees the image at.")]
        | None
    ) = None


class InputAudio(_Model, kw_only=True):
    data: Annotated[str, Meta(description="The audio")] = _ABSENT
    format: Literal["wav", "mp3"] = _ABSENT


class ChatCompletionContentPartAudio(_Model, kw_only=True, tag_field="type", tag="input_audio"):
    input_audio: InputAudio = _ABSENT
    prompt_cache_breakpoint: PromptCacheBreakpoint | None = None

    @property
    def type(self) -> Literal["input_audio"]:
        """Always ``input_audio`` (the tag that selects this type)."""
        return "input_audio"


class File(_Model, kw_only=True):
    filename: Annotated[str, Meta(description="The file's name")] | None = None
    file_data: Annotated[str, Meta(description="The file's bytes as a base64 data URL.")] | None = None
    file_id: Annotated[str, Meta(description="The id of an uploaded file.")] | None = None


class ChatCompletionContentPartFile(_Model, kw_only=True, tag_field="type", tag="file"):
    file: File = _ABSENT
    prompt_cache_breakpoint: PromptCacheBreakpoint | None = None

    @property
    def type(self) -> Literal["file"]:
        """Always ``file`` (the tag that selects this type)."""
        return "file"


class ChatCompletionContentPartRefusal(_Model, kw_only=True, tag_field="type", tag="refusal"):
    refusal: Annotated[str, Meta(description="The refusal the model wrote earlier.")] = _ABSENT

    @property
    def type(self) -> Literal["refusal"]:
        """Always ``refusal`` (the tag that selects this type)."""
        return "refusal"


class Audio(_Model, kw_only=True):
    id: str = _ABSENT


Content4: TypeAlias = list[ChatCompletionContentPartText]


class ChatCompletionRequestToolMessage(_Model, kw_only=True, tag_field="role", tag="tool"):
    content: str | Content4 = _ABSENT
    tool_call_id: str = _ABSENT

    @property
    def role(self) -> Literal["tool"]:
        """Always ``tool`` (the tag that selects this type)."""
        return "tool"


class ChatCompletionRequestFunctionMessage(_Model, kw_only=True, tag_field="role", tag="function"):
    content: Annotated[str, Meta(description="The result of the function call.")] | None = _ABSENT
    name: Annotated[str, Meta(description="The name of the function that was called.")] = _ABSENT

    @property
    def role(self) -> Literal["function"]:
        """Always ``function`` (the tag that selects this type)."""
        return "function"


class CustomToolCall(_Model, kw_only=True):
    name: Annotated[str, Meta(description="The name of the custom tool.")] = _ABSENT
    input: Annotated[str, Meta(description="The free-form input the model wrote for it.")] = _ABSENT


class FunctionCall(_Model, kw_only=True):
    name: str = _ABSENT
    arguments: Annotated[str, Meta(description="The arguments as a JSON document, as the model wrote them.")] = _ABSENT


class Format(_Model, kw_only=True, tag_field="type", tag="text"):
    pass

    @property
    def type(self) -> Literal["text"]:
        """Always ``text`` (the tag that selects this type)."""
        return "text"


class Grammar(_Model, kw_only=True):
    definition: Annotated[str, Meta(description="The grammar itself.")] = _ABSENT
    syntax: Literal["lark", "regex"] = _ABSENT


class Format1(_Model, kw_only=True, tag_field="type", tag="grammar"):
    grammar: Grammar = _ABSENT

    @property
    def type(self) -> Literal["grammar"]:
        """Always ``grammar`` (the tag that selects this type)."""
        return "grammar"


class Custom(_Model, kw_only=True):
    name: str = _ABSENT
    description: Annotated[str, Meta(description="What the tool does")] | None = None
    format: Annotated[Format | Format1, Meta(description="The input's form; free text when absent.")] | None = None


class ChatCompletionCustomTool(_Model, kw_only=True, tag_field="type", tag="custom"):
    custom: Custom = _ABSENT

    @property
    def type(self) -> Literal["custom"]:
        """Always ``custom`` (the tag that selects this type)."""
        return "custom"


class FunctionDefinition(_Model, kw_only=True):
    name: str = _ABSENT
    description: str | None = None
    parameters: (
        Annotated[dict[str, Any], Meta(description="The function's parameters as a JSON Schema object.")] | None
    ) = None
    strict: (
        Annotated[
            bool,
            Meta(
                description="When true, the model's arguments follow `parameters` exactly (a subset of JSON Schema is supported). Server default false."
            ),
        ]
        | None
    ) = None


class AllowedTools(_Model, kw_only=True):
    mode: Annotated[
        Literal["auto", "required"], Meta(description="`auto`: the model may call one of them; `required`: it must.")
    ] = _ABSENT
    tools: Annotated[
        list[dict[str, Any]],
        Meta(
            description='The tools allowed, each as `{"type": "function", "function": {"name": ...}}` or `{"type": "custom", "custom": {"name": ...}}`.'
        ),
    ] = _ABSENT


class ChatCompletionAllowedToolsChoice(_Model, kw_only=True, tag_field="type", tag="allowed_tools"):
    allowed_tools: AllowedTools = _ABSENT

    @property
    def type(self) -> Literal["allowed_tools"]:
        """Always ``allowed_tools`` (the tag that selects this type)."""
        return "allowed_tools"


class ToolChoiceFunction(_Model, kw_only=True):
    name: str = _ABSENT


class ChatCompletionFunctionCallOption(_Model, kw_only=True):
    name: Annotated[str, Meta(description="The name of the function to call.")] = _ABSENT


class ResponseFormatText(_Model, kw_only=True, tag_field="type", tag="text"):
    pass

    @property
    def type(self) -> Literal["text"]:
        """Always ``text`` (the tag that selects this type)."""
        return "text"


class ResponseFormatJsonObject(_Model, kw_only=True, tag_field="type", tag="json_object"):
    pass

    @property
    def type(self) -> Literal["json_object"]:
        """Always ``json_object`` (the tag that selects this type)."""
        return "json_object"


class JsonSchema(_Model, kw_only=True):
    name: Annotated[str, Meta(description="The schema's name.")] = _ABSENT
    description: Annotated[str, Meta(description="What the answer is for")] | None = None
    schema: Annotated[dict[str, Any], Meta(description="The JSON Schema the answer follows.")] | None = None
    strict: (
        Annotated[
            bool,
            Meta(
                description="When true, the answer follows the schema exactly (a subset of JSON Schema is supported). Server default false."
            ),
        ]
        | None
    ) = None


class ResponseFormatJsonSchema(_Model, kw_only=True, tag_field="type", tag="json_schema"):
    json_schema: JsonSchema = _ABSENT

    @property
    def type(self) -> Literal["json_schema"]:
        """Always ``json_schema`` (the tag that selects this type)."""
        return "json_schema"


ReasoningEffort: TypeAlias = (
    Annotated[
        Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"],
        Meta(description="How much a reasoning model reasons before it answers. Server default `medium`."),
    ]
    | None
)


class Approximate(_Model, kw_only=True):
    country: Annotated[str, Meta(description="Two-letter ISO country code")] | None = None
    region: str | None = None
    city: str | None = None
    timezone: Annotated[str, Meta(description="IANA time zone, e.g. `America/Los_Angeles`.")] | None = None


class UserLocation(_Model, kw_only=True):
    type: Literal["approximate"] = _ABSENT
    approximate: Approximate = _ABSENT


class WebSearchOptions(_Model, kw_only=True):
    search_context_size: (
        Annotated[
            Literal["low", "medium", "high"],
            Meta(description="How much of the pages found goes into the context. Server default `medium`."),
        ]
        | None
    ) = None
    user_location: Annotated[UserLocation, Meta(description="Where the user roughly is, to rank results.")] | None = (
        None
    )


class ModerationConfig(_Model, kw_only=True):
    mode: Annotated[
        Literal["score", "block"], Meta(description="`score` reports, `block` also stops a flagged exchange.")
    ] = _ABSENT


class Voice(_Model, kw_only=True):
    id: str = _ABSENT


class ChatCompletionAudioParam(_Model, kw_only=True):
    voice: Annotated[
        str | Voice,
        Meta(
            description='A built-in voice (`alloy`, `ash`, `ballad`, `coral`, `echo`, `sage`, `shimmer`, `verse`, `marin`, `cedar`) or `{"id": ...}` of a custom voice.'
        ),
    ] = _ABSENT
    format: Literal["wav", "aac", "mp3", "flac", "opus", "pcm16"] = _ABSENT


class Policy(_Model, kw_only=True):
    input: ModerationConfig | None = None
    output: ModerationConfig | None = None


class ChatModerationParam(_Model, kw_only=True):
    model: Annotated[str, Meta(description="The moderation model, e.g. `omni-moderation-latest`.")] = _ABSENT
    policy: Policy | None = None


class PredictionContent(_Model, kw_only=True):
    type: Literal["content"] = _ABSENT
    content: str | Content4 = _ABSENT


class PromptCacheOptions(_Model, kw_only=True):
    ttl: Annotated[Literal["30m"], Meta(description="How long cached prefixes are kept.")] | None = None
    mode: (
        Annotated[
            Literal["implicit", "explicit"],
            Meta(description="`explicit`: only prefixes ended by a `prompt_cache_breakpoint` are cached."),
        ]
        | None
    ) = None


FrequencyPenalty1: TypeAlias = Annotated[float, Meta(description="-2.0 to 2.0. Server default 0.")]


TopLogprobs: TypeAlias = Annotated[
    int, Meta(description="0 to 20 most likely tokens at each position; needs `logprobs` true.")
]


MaxCompletionTokens: TypeAlias = Annotated[
    int, Meta(description="The most tokens the completion may use, reasoning tokens included.")
]


MaxTokens1: TypeAlias = Annotated[
    int,
    Meta(
        description="Deprecated: use `max_completion_tokens` (reasoning models refuse `max_tokens`). The maximum number of tokens to generate."
    ),
]


N1: TypeAlias = Annotated[int, Meta(description="How many choices to generate. Server default 1.")]


PresencePenalty1: TypeAlias = Annotated[float, Meta(description="-2.0 to 2.0. Server default 0.")]


SafetyIdentifier: TypeAlias = Annotated[
    str,
    Meta(
        description="A stable identifier of the end user (a hash of their name or e-mail), up to 64 characters, that helps detect abuse."
    ),
]


class TopLogprob(_Model, kw_only=True):
    token: str = _ABSENT
    logprob: float = _ABSENT
    bytes: list[int] | None = None


class ChatCompletionTokenLogprob(_Model, kw_only=True):
    token: str = _ABSENT
    logprob: float = _ABSENT
    bytes: list[int] | None = None
    top_logprobs: list[TopLogprob] | None = None


class ChatChoiceLogprobs(_Model, kw_only=True):
    content: list[ChatCompletionTokenLogprob] | None = None
    refusal: (
        Annotated[list[ChatCompletionTokenLogprob], Meta(description="The log probabilities of the refusal's tokens.")]
        | None
    ) = None


class ResponseToolCall(_Model, kw_only=True):
    id: str | None = None
    type: Annotated[str, Meta(description="`function` or `custom`.")] | None = None
    function: FunctionCall | None = None
    custom: CustomToolCall | None = None


class UrlCitation1(_Model, kw_only=True):
    start_index: Annotated[int, Meta(description="Where the citation starts in the message.")] | None = None
    end_index: Annotated[int, Meta(description="Where it ends.")] | None = None
    url: str | None = None
    title: str | None = None


class UrlCitation(_Model, kw_only=True):
    type: Annotated[str, Meta(description="Always `url_citation`.")] | None = None
    url_citation: UrlCitation1 | None = None


class ChatCompletionAudio(_Model, kw_only=True):
    id: Annotated[str, Meta(description="Its id")] | None = None
    expires_at: Annotated[int, Meta(description="When it can no longer be referred to (Unix seconds).")] | None = None
    data: Annotated[str, Meta(description="The audio")] | None = None
    transcript: str | None = None


class ChatCompletionResponseMessage(_Model, kw_only=True):
    role: Annotated[str, Meta(description="Always `assistant`.")] | None = None
    content: str | None = None
    refusal: Annotated[str, Meta(description="Why the model refused to answer.")] | None = None
    tool_calls: list[ResponseToolCall] | None = None
    annotations: list[UrlCitation] | None = None
    audio: ChatCompletionAudio | None = None
    function_call: (
        Annotated[
            FunctionCall,
            Meta(
                description="Deprecated, replaced by `tool_calls`. The name and arguments of the function the model calls."
            ),
        ]
        | None
    ) = None


class ChatCompletionChoice(_Model, kw_only=True):
    message: ChatCompletionResponseMessage = _ABSENT
    index: int | None = None
    logprobs: ChatChoiceLogprobs | None = None
    finish_reason: (
        Annotated[str, Meta(description="stop, length, tool_calls, content_filter or function_call.")] | None
    ) = None


class ChatModerationResult(_Model, kw_only=True):
    type: Annotated[str, Meta(description="Always `moderation_result`.")] | None = None
    model: str | None = None
    flagged: bool | None = None
    categories: dict[str, bool] | None = None
    category_scores: dict[str, float] | None = None
    category_applied_input_types: (
        Annotated[
            dict[str, list[str]],
            Meta(description="Per category, the kinds of input (`text`, `image`) it was found in."),
        ]
        | None
    ) = None


class FunctionCallDelta(_Model, kw_only=True):
    name: str | None = None
    arguments: str | None = None


class Model(_Model, kw_only=True):
    id: str = _ABSENT
    object: Annotated[str, Meta(description="Always `model`.")] | None = None
    created: int | None = None
    owned_by: str | None = None
    shutdown_date: (
        Annotated[int, Meta(description="When the model is retired (Unix seconds), if that is scheduled.")] | None
    ) = None


class ListModelsResponse(_DataList[Model], kw_only=True):
    data: list[Model] = _ABSENT
    object: str | None = None


class FileExpirationAfter(_Model, kw_only=True):
    anchor: Annotated[Literal["created_at"], Meta(description="The time the expiry counts from.")] = _ABSENT
    seconds: Annotated[int, Meta(description="Seconds after the anchor, from one hour to 30 days.")] = _ABSENT


class OpenAIFile(_Model, kw_only=True):
    id: Annotated[str, Meta(description="The file ID (`file-...`), which other operations refer to.")] = _ABSENT
    object: Annotated[str, Meta(description="Always `file`.")] | None = None
    bytes: Annotated[int, Meta(description="The size of the file in bytes.")] | None = None
    created_at: Annotated[int, Meta(description="When the file was created (Unix seconds).")] | None = None
    filename: Annotated[str, Meta(description="The name of the file.")] | None = None
    expires_at: Annotated[int, Meta(description="When the file expires (Unix seconds), if it does.")] | None = None
    purpose: (
        Annotated[
            str,
            Meta(
                description="`assistants`, `assistants_output`, `batch`, `batch_output`, `fine-tune`, `fine-tune-results`, `vision`, `user_data` or `evals`."
            ),
        ]
        | None
    ) = None
    status: Annotated[str, Meta(description="Deprecated: `uploaded`, `processed` or `error`.")] | None = None
    status_details: (
        Annotated[
            str,
            Meta(
                description="Deprecated: why a file failed validation; for fine-tuning see the job's `error` instead."
            ),
        ]
        | None
    ) = None


class DeleteFileResponse(_Model, kw_only=True):
    id: str = _ABSENT
    deleted: bool = _ABSENT
    object: str | None = None


class CustomVoice(_Model, kw_only=True):
    id: Annotated[str, Meta(description="The id of a custom voice.")] = _ABSENT


class VadConfig(_Model, kw_only=True):
    type: Literal["server_vad"] = _ABSENT
    prefix_padding_ms: (
        Annotated[int, Meta(description="Audio kept before detected speech. Server default 300.")] | None
    ) = None
    silence_duration_ms: Annotated[int, Meta(description="Silence that ends a chunk. Server default 200.")] | None = (
        None
    )
    threshold: Annotated[float, Meta(description="Voice detection threshold, 0 to 1. Server default 0.5.")] | None = (
        None
    )


class TranscriptionWord(_Model, kw_only=True):
    word: str = _ABSENT
    start: float = _ABSENT
    end: float = _ABSENT


class TranscriptionSegment(_Model, kw_only=True):
    start: Annotated[float, Meta(description="Start time of the segment in seconds.")] = _ABSENT
    end: Annotated[float, Meta(description="End time of the segment in seconds.")] = _ABSENT
    text: str = _ABSENT
    id: int | str | None = None
    type: Annotated[str, Meta(description="`transcript.text.segment` in diarized answers.")] | None = None
    speaker: Annotated[str, Meta(description="The speaker's label (`A`, `B`, ...) or known name.")] | None = None
    seek: Annotated[int, Meta(description="The seek offset of the segment.")] | None = None
    tokens: Annotated[list[int], Meta(description="The token IDs of the text.")] | None = None
    temperature: Annotated[float, Meta(description="The temperature the segment was generated with.")] | None = None
    avg_logprob: (
        Annotated[float, Meta(description="The average log probability of the segment; below -1 the logprobs failed.")]
        | None
    ) = None
    compression_ratio: (
        Annotated[float, Meta(description="The compression ratio of the segment; above 2.4 the compression failed.")]
        | None
    ) = None
    no_speech_prob: (
        Annotated[
            float,
            Meta(
                description="The probability that the segment holds no speech; high with `avg_logprob` below -1 means silence."
            ),
        ]
        | None
    ) = None


class TranscriptionLogprob(_Model, kw_only=True):
    token: str | None = None
    logprob: float | None = None
    bytes: list[float] | None = None


class TranscriptionLanguage(_Model, kw_only=True):
    code: Annotated[str, Meta(description="A language found in the audio, as ISO-639-1.")] | None = None


class InputTokenDetails(_Model, kw_only=True):
    text_tokens: int | None = None
    audio_tokens: int | None = None


class TranscriptionUsage(_Model, kw_only=True):
    type: str | None = None
    input_tokens: int | None = None
    input_token_details: InputTokenDetails | None = None
    output_tokens: int | None = None
    total_tokens: int | None = None
    seconds: float | None = None


class CreateTranscriptionResponse(_Model, kw_only=True):
    text: str = _ABSENT
    task: Annotated[str, Meta(description="`transcribe` in diarized answers.")] | None = None
    language: str | None = None
    languages: list[TranscriptionLanguage] | None = None
    duration: float | None = None
    words: list[TranscriptionWord] | None = None
    segments: list[TranscriptionSegment] | None = None
    logprobs: list[TranscriptionLogprob] | None = None
    usage: TranscriptionUsage | None = None


class TranscriptionStreamEvent(_Model, kw_only=True):
    type: str | None = None
    delta: str | None = None
    segment_id: str | None = None
    id: str | None = None
    start: float | None = None
    end: float | None = None
    speaker: str | None = None
    text: str | None = None
    languages: list[TranscriptionLanguage] | None = None
    logprobs: list[TranscriptionLogprob] | None = None
    usage: TranscriptionUsage | None = None


class CreateTranslationRequest(_Model, kw_only=True):
    file: Annotated[
        bytes, Meta(description="The audio file to translate: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav or webm.")
    ] = _ABSENT
    model: Annotated[str, Meta(description="`whisper-1`.")] = _ABSENT
    prompt: (
        Annotated[str, Meta(description="Text in English to guide the style or continue a previous segment.")] | None
    ) = None
    response_format: (
        Annotated[
            Literal["json", "text", "srt", "verbose_json", "vtt"],
            Meta(description="Server default json; text, srt and vtt are answered as plain text."),
        ]
        | None
    ) = None
    temperature: Annotated[float, Meta(description="Server default 0.")] | None = None


class CreateTranslationResponse(_Model, kw_only=True):
    text: Annotated[str, Meta(description="The translated text.")] = _ABSENT
    language: Annotated[str, Meta(description="The language of the output (always `english`).")] | None = None
    duration: Annotated[float, Meta(description="The duration of the input audio in seconds.")] | None = None
    segments: list[TranscriptionSegment] | None = None


class ListFilesResponse(_DataList[OpenAIFile], kw_only=True):
    data: list[OpenAIFile] = _ABSENT
    object: Annotated[str, Meta(description="Always `list`.")] | None = None
    has_more: Annotated[bool, Meta(description="Whether more files follow (with `limit`).")] | None = None
    first_id: Annotated[str, Meta(description="The ID of the first file of the page.")] | None = None
    last_id: Annotated[str, Meta(description="The ID of the last file of the page, for `after`.")] | None = None


Input: TypeAlias = Annotated[
    list[str],
    Meta(
        description="The text(s) to embed, as a string, an array of strings, an array of tokens or an array of token arrays. Not an empty string; at most 2048 items per array; each input at most the model's input limit (8192 tokens for `text-embedding-ada-002`)."
    ),
]


Input1: TypeAlias = Annotated[
    list[int],
    Meta(
        description="The text(s) to embed, as a string, an array of strings, an array of tokens or an array of token arrays. Not an empty string; at most 2048 items per array; each input at most the model's input limit (8192 tokens for `text-embedding-ada-002`)."
    ),
]


Input2Item: TypeAlias = list[int]


Input2: TypeAlias = Annotated[
    list[Input2Item],
    Meta(
        description="The text(s) to embed, as a string, an array of strings, an array of tokens or an array of token arrays. Not an empty string; at most 2048 items per array; each input at most the model's input limit (8192 tokens for `text-embedding-ada-002`)."
    ),
]


class CreateEmbeddingRequest(_Model, kw_only=True):
    input: Annotated[
        str | Input | Input1 | Input2,
        Meta(
            description="The text(s) to embed, as a string, an array of strings, an array of tokens or an array of token arrays. Not an empty string; at most 2048 items per array; each input at most the model's input limit (8192 tokens for `text-embedding-ada-002`)."
        ),
    ] = _ABSENT
    model: Annotated[
        str,
        Meta(
            description="The ID of the model, e.g. `text-embedding-ada-002`, `text-embedding-3-small` or `text-embedding-3-large`."
        ),
    ] = _ABSENT
    encoding_format: (
        Annotated[
            Literal["float", "base64"],
            Meta(
                description="Arrays of numbers (float) or base64 strings of little-endian float32 values (base64). Server default float."
            ),
        ]
        | None
    ) = None
    dimensions: (
        Annotated[
            int, Meta(description="How many dimensions the embeddings have; only `text-embedding-3` and later models.")
        ]
        | None
    ) = None
    user: (
        Annotated[str, Meta(description="A unique identifier of the end user, to help monitor and detect abuse.")]
        | None
    ) = None


class Embedding(_Model, kw_only=True):
    index: Annotated[int, Meta(description="The position of the input this embedding is of.")] = _ABSENT
    embedding: Annotated[
        list[float | list[float]] | str,
        Meta(
            description="The vector, as an array of numbers; with `encoding_format` base64, a base64 string of little-endian float32 values; from llama.cpp without pooling, one vector per token of the input."
        ),
    ] = _ABSENT
    object: Annotated[str, Meta(description="Always `embedding`.")] | None = None


class EmbeddingUsage(_Model, kw_only=True):
    prompt_tokens: Annotated[int, Meta(description="The tokens of the input.")] = _ABSENT
    total_tokens: Annotated[int, Meta(description="The tokens of the whole request.")] = _ABSENT


class CreateEmbeddingResponse(_Model, kw_only=True):
    data: list[Embedding] = _ABSENT
    object: Annotated[str, Meta(description="Always `list`.")] | None = None
    model: Annotated[str, Meta(description="The model that made the embeddings.")] | None = None
    usage: EmbeddingUsage | None = None


class ModerationInputText(_Model, kw_only=True, tag_field="type", tag="text"):
    text: str = _ABSENT

    @property
    def type(self) -> Literal["text"]:
        """Always ``text`` (the tag that selects this type)."""
        return "text"


class ImageUrl1(_Model, kw_only=True):
    url: Annotated[str, Meta(description="A URL or a base64 data URL of the image.")] = _ABSENT


class ModerationInputImage(_Model, kw_only=True, tag_field="type", tag="image_url"):
    image_url: ImageUrl1 = _ABSENT

    @property
    def type(self) -> Literal["image_url"]:
        """Always ``image_url`` (the tag that selects this type)."""
        return "image_url"


class ModerationCategories(_Model, kw_only=True):
    hate: (
        Annotated[
            bool,
            Meta(
                description="Hate based on race, gender, ethnicity, religion, nationality, sexual orientation, disability status or caste."
            ),
        ]
        | None
    ) = None
    hate_threatening: (
        Annotated[bool, Meta(description="Hateful content that also threatens violence or serious harm.")] | None
    ) = field(name="hate/threatening", default=None)
    harassment: Annotated[bool, Meta(description="Harassing language towards any target.")] | None = None
    harassment_threatening: (
        Annotated[bool, Meta(description="Harassment that also threatens violence or serious harm.")] | None
    ) = field(name="harassment/threatening", default=None)
    self_harm: Annotated[bool, Meta(description="Promotes, encourages or depicts acts of self-harm.")] | None = field(
        name="self-harm", default=None
    )
    self_harm_intent: (
        Annotated[bool, Meta(description="The speaker is engaging or intends to engage in self-harm.")] | None
    ) = field(name="self-harm/intent", default=None)
    self_harm_instructions: Annotated[bool, Meta(description="Encourages self-harm or tells how to do it.")] | None = (
        field(name="self-harm/instructions", default=None)
    )
    sexual: (
        Annotated[bool, Meta(description="Meant to arouse sexual excitement, or promotes sexual services.")] | None
    ) = None
    illicit: (
        Annotated[bool, Meta(description="Advice or instructions for wrongdoing, e.g. how to shoplift.")] | None
    ) = None
    illicit_violent: (
        Annotated[bool, Meta(description="Illicit content that also involves violence or weapons.")] | None
    ) = field(name="illicit/violent", default=None)
    sexual_minors: Annotated[bool, Meta(description="Sexual content that includes someone under 18.")] | None = field(
        name="sexual/minors", default=None
    )
    violence: Annotated[bool, Meta(description="Depicts death, violence or physical injury.")] | None = None
    violence_graphic: (
        Annotated[bool, Meta(description="Depicts death, violence or physical injury in graphic detail.")] | None
    ) = field(name="violence/graphic", default=None)


class ModerationCategoryScores(_Model, kw_only=True):
    hate: float | None = None
    hate_threatening: float | None = field(name="hate/threatening", default=None)
    harassment: float | None = None
    harassment_threatening: float | None = field(name="harassment/threatening", default=None)
    illicit: float | None = None
    illicit_violent: float | None = field(name="illicit/violent", default=None)
    self_harm: float | None = field(name="self-harm", default=None)
    self_harm_intent: float | None = field(name="self-harm/intent", default=None)
    self_harm_instructions: float | None = field(name="self-harm/instructions", default=None)
    sexual: float | None = None
    sexual_minors: float | None = field(name="sexual/minors", default=None)
    violence: float | None = None
    violence_graphic: float | None = field(name="violence/graphic", default=None)


ModerationInputTypes: TypeAlias = Annotated[list[str], Meta(description="`text`, `image`.")]


class ModerationCategoryAppliedInputTypes(_Model, kw_only=True):
    hate: ModerationInputTypes | None = None
    hate_threatening: ModerationInputTypes | None = field(name="hate/threatening", default=None)
    harassment: ModerationInputTypes | None = None
    harassment_threatening: ModerationInputTypes | None = field(name="harassment/threatening", default=None)
    illicit: ModerationInputTypes | None = None
    illicit_violent: ModerationInputTypes | None = field(name="illicit/violent", default=None)
    self_harm: ModerationInputTypes | None = field(name="self-harm", default=None)
    self_harm_intent: ModerationInputTypes | None = field(name="self-harm/intent", default=None)
    self_harm_instructions: ModerationInputTypes | None = field(name="self-harm/instructions", default=None)
    sexual: ModerationInputTypes | None = None
    sexual_minors: ModerationInputTypes | None = field(name="sexual/minors", default=None)
    violence: ModerationInputTypes | None = None
    violence_graphic: ModerationInputTypes | None = field(name="violence/graphic", default=None)


N2: TypeAlias = Annotated[int, Meta(description="How many images, 1 to 10 (only 1 for `dall-e-3`). Server default 1.")]


OutputCompression: TypeAlias = Annotated[
    int, Meta(description="0 to 100 %, for `jpeg` and `webp` output of GPT image models. Server default 100.")
]


PartialImages: TypeAlias = Annotated[
    int, Meta(description="How many partial images (0 to 3) a streamed answer sends before the final one.")
]


class CreateImageRequest(_Model, kw_only=True):
    prompt: Annotated[
        str,
        Meta(
            description="What to draw; at most 1000 characters for `dall-e-2`, 4000 for `dall-e-3`, 32000 for GPT image models."
        ),
    ] = _ABSENT
    model: (
        Annotated[
            str,
            Meta(
                description="`dall-e-2` (the server's default), `dall-e-3`, `gpt-image-1`, `gpt-image-1-mini` or a later GPT image model."
            ),
        ]
        | None
    ) = None
    n: Annotated[N2, Meta(description="How many images, 1 to 10 (only 1 for `dall-e-3`). Server default 1.")] | None = (
        None
    )
    quality: (
        Annotated[
            Literal["standard", "hd", "low", "medium", "high", "auto"],
            Meta(
                description="`standard` or `hd` for `dall-e-3`; `low`, `medium`, `high` or `auto` (the default) for GPT image models; `dall-e-2` has only `standard`."
            ),
        ]
        | None
    ) = None
    response_format: (
        Annotated[
            Literal["url", "b64_json"],
            Meta(
                description="URLs (valid for 60 minutes) or base64 JSON, for `dall-e-2` and `dall-e-3`; GPT image models always answer base64. Server default url."
            ),
        ]
        | None
    ) = None
    size: (
        Annotated[
            Literal["auto", "256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "1792x1024", "1024x1792"],
            Meta(
                description="256x256, 512x512 or 1024x1024 for `dall-e-2`; 1024x1024, 1792x1024 or 1024x1792 for `dall-e-3`; 1024x1024, 1536x1024, 1024x1536 or auto (the default) for GPT image models."
            ),
        ]
        | None
    ) = None
    moderation: (
        Annotated[
            Literal["low", "auto"],
            Meta(description="`low` (less filtering) or `auto` (the server's default); GPT image models only."),
        ]
        | None
    ) = None
    background: (
        Annotated[
            Literal["transparent", "opaque", "auto"],
            Meta(
                description="`transparent`, `opaque` or `auto` (the server's default); GPT image models only, and `transparent` needs `output_format` png or webp."
            ),
        ]
        | None
    ) = None
    output_format: (
        Annotated[
            Literal["png", "jpeg", "webp"],
            Meta(
                description="`png` (the server's default), `jpeg` or `webp`; GPT image models only, which always answer base64."
            ),
        ]
        | None
    ) = None
    output_compression: (
        Annotated[
            OutputCompression,
            Meta(description="0 to 100 %, for `jpeg` and `webp` output of GPT image models. Server default 100."),
        ]
        | None
    ) = None
    stream: (
        Annotated[
            bool,
            Meta(
                description="Answer as server-sent events, with partial images as they are drawn; GPT image models only. Server default false."
            ),
        ]
        | None
    ) = None
    partial_images: (
        Annotated[
            PartialImages,
            Meta(description="How many partial images (0 to 3) a streamed answer sends before the final one."),
        ]
        | None
    ) = None
    style: (
        Annotated[
            Literal["vivid", "natural"],
            Meta(description="`vivid` (hyper-real, dramatic) or `natural`; `dall-e-3` only. Server default vivid."),
        ]
        | None
    ) = None
    user: (
        Annotated[str, Meta(description="A unique identifier of the end user, to help monitor and detect abuse.")]
        | None
    ) = None


ImageEditInput1: TypeAlias = Annotated[
    list[bytes],
    Meta(
        description="The image to edit; for `dall-e-2` one square PNG under 4 MB (without `mask`, its transparent areas are the ones edited), for GPT image models up to 16 PNG, WEBP or JPEG images under 50 MB each.",
        title="ImageEditInput",
    ),
]


ImageEditInput: TypeAlias = Annotated[
    bytes | ImageEditInput1,
    Meta(
        description="The image to edit; for `dall-e-2` one square PNG under 4 MB (without `mask`, its transparent areas are the ones edited), for GPT image models up to 16 PNG, WEBP or JPEG images under 50 MB each.",
        title="ImageEditInput",
    ),
]


class CreateImageEditRequest(_Model, kw_only=True):
    image: Annotated[
        ImageEditInput,
        Meta(
            description="The image to edit; for `dall-e-2` one square PNG under 4 MB (without `mask`, its transparent areas are the ones edited), for GPT image models up to 16 PNG, WEBP or JPEG images under 50 MB each.",
            title="ImageEditInput",
        ),
    ] = _ABSENT
    prompt: Annotated[
        str,
        Meta(
            description="What the edited image shows; at most 1000 characters for `dall-e-2`, 32000 for GPT image models."
        ),
    ] = _ABSENT
    mask: (
        Annotated[
            bytes,
            Meta(
                description="A PNG under 4 MB of the size of (the first) `image`, whose fully transparent areas are the ones edited."
            ),
        ]
        | None
    ) = None
    model: (
        Annotated[
            str,
            Meta(
                description="`dall-e-2` (the server's default), `gpt-image-1`, `gpt-image-1-mini` or a later GPT image model."
            ),
        ]
        | None
    ) = None
    n: Annotated[int, Meta(description="How many images, 1 to 10. Server default 1.")] | None = None
    size: (
        Annotated[
            Literal["256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "auto"],
            Meta(
                description="256x256, 512x512 or 1024x1024 for `dall-e-2`; 1024x1024, 1536x1024, 1024x1536 or auto for GPT image models. Server default 1024x1024."
            ),
        ]
        | None
    ) = None
    quality: (
        Annotated[
            Literal["standard", "low", "medium", "high", "auto"],
            Meta(
                description="`standard` for `dall-e-2`; `low`, `medium`, `high` or `auto` (the default) for GPT image models."
            ),
        ]
        | None
    ) = None
    response_format: (
        Annotated[
            Literal["url", "b64_json"],
            Meta(
                description="URLs (valid for 60 minutes) or base64 JSON, for `dall-e-2`; GPT image models always answer base64. Server default url."
            ),
        ]
        | None
    ) = None
    input_fidelity: (
        Annotated[
            Literal["high", "low"],
            Meta(
                description="How closely the output keeps the style and features (faces) of the input images; `gpt-image-1` only. Server default low."
            ),
        ]
        | None
    ) = None
    background: (
        Annotated[
            Literal["transparent", "opaque", "auto"],
            Meta(
                description="`transparent`, `opaque` or `auto` (the server's default); GPT image models only, and `transparent` needs `output_format` png or webp."
            ),
        ]
        | None
    ) = None
    output_format: (
        Annotated[
            Literal["png", "jpeg", "webp"],
            Meta(
                description="`png` (the server's default), `jpeg` or `webp`; GPT image models only, which always answer base64."
            ),
        ]
        | None
    ) = None
    output_compression: (
        Annotated[
            int, Meta(description="0 to 100 %, for `jpeg` and `webp` output of GPT image models. Server default 100.")
        ]
        | None
    ) = None
    stream: (
        Annotated[
            bool,
            Meta(
                description="Answer as server-sent events, with partial images as they are drawn; GPT image models only. Server default false."
            ),
        ]
        | None
    ) = None
    partial_images: (
        Annotated[
            int, Meta(description="How many partial images (0 to 3) a streamed answer sends before the final one.")
        ]
        | None
    ) = None
    user: (
        Annotated[str, Meta(description="A unique identifier of the end user, to help monitor and detect abuse.")]
        | None
    ) = None


class CreateImageVariationRequest(_Model, kw_only=True):
    image: Annotated[bytes, Meta(description="The image to vary, a square PNG under 4 MB.")] = _ABSENT
    model: Annotated[str, Meta(description="`dall-e-2` (the only one supported; the server's default).")] | None = None
    n: Annotated[int, Meta(description="How many images, 1 to 10. Server default 1.")] | None = None
    response_format: (
        Annotated[
            Literal["url", "b64_json"],
            Meta(description="URLs (valid for 60 minutes) or base64 JSON. Server default url."),
        ]
        | None
    ) = None
    size: (
        Annotated[Literal["256x256", "512x512", "1024x1024"], Meta(description="Server default 1024x1024.")] | None
    ) = None
    user: (
        Annotated[str, Meta(description="A unique identifier of the end user, to help monitor and detect abuse.")]
        | None
    ) = None


class Image(_Model, kw_only=True):
    b64_json: (
        Annotated[
            str,
            Meta(
                description="The base64-encoded image, with `response_format` b64_json and always from GPT image models."
            ),
        ]
        | None
    ) = None
    url: Annotated[str, Meta(description="The URL of the image, with `response_format` url.")] | None = None
    revised_prompt: (
        Annotated[str, Meta(description="The prompt the image was made from, if the model revised it.")] | None
    ) = None


class InputTokensDetails(_Model, kw_only=True):
    text_tokens: int | None = None
    image_tokens: int | None = None


class OutputTokensDetails(_Model, kw_only=True):
    text_tokens: int | None = None
    image_tokens: int | None = None


class ImagesUsage(_Model, kw_only=True):
    input_tokens: int | None = None
    output_tokens: int | None = None
    total_tokens: int | None = None
    input_tokens_details: InputTokensDetails | None = None
    output_tokens_details: OutputTokensDetails | None = None


class ImagesResponse(_Model, kw_only=True):
    created: Annotated[int, Meta(description="When the images were made (Unix seconds).")] = _ABSENT
    data: list[Image] | None = None
    background: Annotated[str, Meta(description="`transparent` or `opaque`.")] | None = None
    output_format: Annotated[str, Meta(description="`png`, `webp` or `jpeg`.")] | None = None
    quality: Annotated[str, Meta(description="`low`, `medium` or `high`.")] | None = None
    size: Annotated[str, Meta(description="The size of the images, e.g. `1024x1024`.")] | None = None
    usage: ImagesUsage | None = None


class ImageStreamEvent(_Model, kw_only=True):
    type: str | None = None
    b64_json: Annotated[str, Meta(description="The image (partial or final)")] | None = None
    created_at: int | None = None
    partial_image_index: Annotated[int, Meta(description="Which partial image this is, from 0.")] | None = None
    background: str | None = None
    output_format: str | None = None
    quality: str | None = None
    size: str | None = None
    usage: ImagesUsage | None = None


BatchSize: TypeAlias = Annotated[
    int,
    Meta(
        description="Examples per batch, `auto` or 1 to 256; larger batches update the model less often, with lower variance. Server default auto."
    ),
]


LearningRateMultiplier: TypeAlias = Annotated[
    float,
    Meta(
        description="Scales the learning rate, `auto` or a number above 0; smaller values may avoid overfitting. Server default auto."
    ),
]


NEpochs: TypeAlias = Annotated[
    int, Meta(description="Full cycles through the training data, `auto` or 1 to 50. Server default auto.")
]


class CreateFineTuningJobHyperparameters(_Model, kw_only=True):
    batch_size: (
        Annotated[
            Literal["auto"] | BatchSize,
            Meta(
                description="Examples per batch, `auto` or 1 to 256; larger batches update the model less often, with lower variance. Server default auto."
            ),
        ]
        | None
    ) = None
    learning_rate_multiplier: (
        Annotated[
            Literal["auto"] | LearningRateMultiplier,
            Meta(
                description="Scales the learning rate, `auto` or a number above 0; smaller values may avoid overfitting. Server default auto."
            ),
        ]
        | None
    ) = None
    n_epochs: (
        Annotated[
            Literal["auto"] | NEpochs,
            Meta(description="Full cycles through the training data, `auto` or 1 to 50. Server default auto."),
        ]
        | None
    ) = None


BatchSize1: TypeAlias = Annotated[int, Meta(description="Examples per batch.")]


LearningRateMultiplier1: TypeAlias = Annotated[float, Meta(description="Scales the learning rate.")]


NEpochs1: TypeAlias = Annotated[int, Meta(description="Full cycles through the training data.")]


Beta: TypeAlias = Annotated[
    float, Meta(description="DPO only: how strongly the policy is kept near the reference model.")
]


ComputeMultiplier: TypeAlias = Annotated[float, Meta(description="Reinforcement only: the compute spent exploring.")]


EvalInterval: TypeAlias = Annotated[int, Meta(description="Reinforcement only: training steps between evaluations.")]


EvalSamples: TypeAlias = Annotated[int, Meta(description="Reinforcement only: samples per evaluation.")]


class FineTuneMethodHyperparameters(_Model, kw_only=True):
    batch_size: Annotated[Literal["auto"] | str | BatchSize1, Meta(description="Examples per batch.")] | None = None
    learning_rate_multiplier: (
        Annotated[Literal["auto"] | str | LearningRateMultiplier1, Meta(description="Scales the learning rate.")] | None
    ) = None
    n_epochs: (
        Annotated[Literal["auto"] | str | NEpochs1, Meta(description="Full cycles through the training data.")] | None
    ) = None
    beta: (
        Annotated[
            Literal["auto"] | str | Beta,
            Meta(description="DPO only: how strongly the policy is kept near the reference model."),
        ]
        | None
    ) = None
    compute_multiplier: (
        Annotated[
            Literal["auto"] | str | ComputeMultiplier,
            Meta(description="Reinforcement only: the compute spent exploring."),
        ]
        | None
    ) = None
    eval_interval: (
        Annotated[
            Literal["auto"] | str | EvalInterval,
            Meta(description="Reinforcement only: training steps between evaluations."),
        ]
        | None
    ) = None
    eval_samples: (
        Annotated[Literal["auto"] | str | EvalSamples, Meta(description="Reinforcement only: samples per evaluation.")]
        | None
    ) = None
    reasoning_effort: (
        Annotated[
            Literal["default", "low", "medium", "high"] | str,
            Meta(description="Reinforcement only: the reasoning effort of the model being trained."),
        ]
        | None
    ) = None


class Supervised(_Model, kw_only=True):
    hyperparameters: FineTuneMethodHyperparameters | None = None


class Dpo(_Model, kw_only=True):
    hyperparameters: FineTuneMethodHyperparameters | None = None


class InputAudio1(_Model, kw_only=True):
    data: Annotated[str, Meta(description="The audio")] | None = None
    format: Annotated[str, Meta(description="`mp3` or `wav`.")] | None = None


class FineTuneGraderContentPart(_Model, kw_only=True):
    type: str | None = None
    text: str | None = None
    image_url: str | None = None
    detail: Annotated[str, Meta(description="`auto`, `low` or `high`.")] | None = None
    input_audio: InputAudio1 | None = None
    prompt_cache_breakpoint: PromptCacheBreakpoint | None = None


class FineTuneGraderMessage(_Model, kw_only=True):
    role: Literal["user", "assistant", "system", "developer"] | str = _ABSENT
    content: str | FineTuneGraderContentPart | list[FineTuneGraderContentPart] = _ABSENT
    type: Literal["message"] | None = None


MaxCompletionsTokens: TypeAlias = int


class SamplingParams(_Model, kw_only=True):
    seed: int | None = None
    top_p: float | None = None
    temperature: float | None = None
    max_completions_tokens: MaxCompletionsTokens | None = None
    reasoning_effort: ReasoningEffort | None = None


class FineTuneGraderSettings(_Model, kw_only=True):
    type: Literal["string_check", "text_similarity", "python", "score_model", "label_model", "multi"] | str = _ABSENT
    name: str = _ABSENT
    input: (
        Annotated[
            str | list[FineTuneGraderMessage], Meta(description="A template string, or the messages of a model grader.")
        ]
        | None
    ) = None
    reference: Annotated[str, Meta(description="The template the input is compared with.")] | None = None
    operation: (
        Annotated[Literal["eq", "ne", "like", "ilike"] | str, Meta(description="How `string_check` compares.")] | None
    ) = None
    evaluation_metric: (
        Annotated[
            str,
            Meta(
                description="`text_similarity`: `cosine`, `fuzzy_match`, `bleu`, `gleu`, `meteor`, `rouge_1` ... `rouge_l`."
            ),
        ]
        | None
    ) = None
    source: Annotated[str, Meta(description="The Python source of a `python` grader.")] | None = None
    image_tag: Annotated[str, Meta(description="The image the Python code runs in.")] | None = None
    model: Annotated[str, Meta(description="The model of a model grader.")] | None = None
    sampling_params: Annotated[SamplingParams, Meta(description="How the grader model samples.")] | None = None
    range: Annotated[list[float], Meta(description="The score range.")] | None = None
    labels: Annotated[list[str], Meta(description="The labels a `label_model` may give.")] | None = None
    passing_labels: Annotated[list[str], Meta(description="The labels that pass.")] | None = None


class FineTuneGrader(FineTuneGraderSettings, kw_only=True):
    graders: FineTuneGraderSettings | None = None
    calculate_output: (
        Annotated[str, Meta(description="A formula over the graders' names, e.g. `0.5 * a + 0.5 * b`.")] | None
    ) = None


class CreateFineTuningJobIntegrationWandb(_Model, kw_only=True):
    project: Annotated[str, Meta(description="The project the new run is created under.")] = _ABSENT
    name: (
        Annotated[str, Meta(description="The display name of the run; the server uses the job ID when it is not set.")]
        | None
    ) = None
    entity: (
        Annotated[
            str,
            Meta(
                description="The team or user the run belongs to; the default entity of the registered W&B key when it is not set."
            ),
        ]
        | None
    ) = None
    tags: (
        Annotated[
            list[str],
            Meta(
                description="Tags for the run, passed on to W&B; the server adds `openai/finetune`, `openai/{base-model}` and `openai/{ftjob-abcdef}`."
            ),
        ]
        | None
    ) = None


class CreateFineTuningJobIntegration(_Model, kw_only=True):
    type: Annotated[Literal["wandb"], Meta(description="The integration; only `wandb` (Weights and Biases).")] = _ABSENT
    wandb: CreateFineTuningJobIntegrationWandb = _ABSENT


Suffix: TypeAlias = Annotated[
    str,
    Meta(
        description="1 to 40 characters added to the fine-tuned model's name (`ft:gpt-3.5-turbo:openai:<suffix>:7p4lURel`). Server default null."
    ),
]


Seed: TypeAlias = Annotated[
    int,
    Meta(
        description="0 to 2147483647; the same seed and parameters should give the same results. The server picks one when it is not set."
    ),
]


class FineTuningJobError(_Model, kw_only=True):
    code: Annotated[str, Meta(description="A machine-readable error code.")] | None = None
    message: Annotated[str, Meta(description="A human-readable error message.")] | None = None
    param: (
        Annotated[
            str,
            Meta(
                description="The parameter that was invalid, usually `training_file` or `validation_file`; null when the failure was not about a parameter."
            ),
        ]
        | None
    ) = None


class FineTuningJobHyperparameters(_Model, kw_only=True):
    n_epochs: (
        Annotated[str | int, Meta(description="`auto` or 1 to 50 full cycles through the training data.")] | None
    ) = None
    batch_size: Annotated[str | int, Meta(description="`auto` or the examples per batch.")] | None = None
    learning_rate_multiplier: (
        Annotated[str | float, Meta(description="`auto` or the learning rate multiplier.")] | None
    ) = None


class FineTuningIntegrationWandb(_Model, kw_only=True):
    project: Annotated[str, Meta(description="The project the run is created under.")] | None = None
    name: Annotated[str, Meta(description="The display name of the run.")] | None = None
    entity: Annotated[str, Meta(description="The team or user the run belongs to.")] | None = None
    tags: list[str] | None = None
    run_id: Annotated[str, Meta(description="The ID of the W&B run.")] | None = None


class FineTuningIntegration(_Model, kw_only=True):
    type: Annotated[str, Meta(description="`wandb`.")] = _ABSENT
    wandb: FineTuningIntegrationWandb | None = None


class FineTuningJobEvent(_Model, kw_only=True):
    id: str = _ABSENT
    object: Annotated[str, Meta(description="Always `fine_tuning.job.event`.")] | None = None
    created_at: Annotated[int, Meta(description="When the event happened (Unix seconds).")] | None = None
    level: Annotated[str, Meta(description="info, warn or error.")] | None = None
    message: str | None = None
    type: Annotated[str, Meta(description="`message` or `metrics`.")] | None = None
    data: (
        Annotated[
            dict[str, Any],
            Meta(description="The data of a `metrics` event (step, losses, accuracies); null for a message."),
        ]
        | None
    ) = None


class ListFineTuningJobEventsResponse(_Model, kw_only=True):
    data: list[FineTuningJobEvent] = _ABSENT
    object: Annotated[str, Meta(description="Always `list`.")] | None = None
    has_more: (
        Annotated[
            bool,
            Meta(description="Whether more events follow; sent by servers though the April 2024 OpenAI spec lacks it."),
        ]
        | None
    ) = None


class Metrics(_Model, kw_only=True):
    step: float | None = None
    train_loss: float | None = None
    train_mean_token_accuracy: float | None = None
    valid_loss: float | None = None
    valid_mean_token_accuracy: float | None = None
    full_valid_loss: float | None = None
    full_valid_mean_token_accuracy: float | None = None


class FineTuningJobCheckpoint(_Model, kw_only=True):
    id: str = _ABSENT
    object: Annotated[str, Meta(description="Always `fine_tuning.job.checkpoint`.")] | None = None
    created_at: Annotated[int, Meta(description="When the checkpoint was made (Unix seconds).")] | None = None
    fine_tuned_model_checkpoint: Annotated[str, Meta(description="The checkpoint's model name")] | None = None
    fine_tuning_job_id: str | None = None
    step_number: Annotated[int, Meta(description="The training step the checkpoint was taken at.")] | None = None
    metrics: Annotated[Metrics, Meta(description="The training and validation metrics at that step.")] | None = None


class ListFineTuningJobCheckpointsResponse(_Model, kw_only=True):
    data: list[FineTuningJobCheckpoint] = _ABSENT
    object: Annotated[str, Meta(description="Always `list`.")] | None = None
    first_id: str | None = None
    last_id: str | None = None
    has_more: Annotated[bool, Meta(description="Whether more checkpoints follow.")] | None = None


MetadataAdditionalProperty: TypeAlias = str


Metadata: TypeAlias = Annotated[
    dict[str, MetadataAdditionalProperty],
    Meta(
        description="Up to 16 key-value pairs stored with the object, for structured information of your own; keys up to 64 characters, values up to 512 characters."
    ),
]


class AssistantToolsCode(_Model, kw_only=True, tag_field="type", tag="code_interpreter"):
    pass

    @property
    def type(self) -> Literal["code_interpreter"]:
        """Always ``code_interpreter`` (the tag that selects this type)."""
        return "code_interpreter"


class AssistantToolsRetrieval(_Model, kw_only=True, tag_field="type", tag="retrieval"):
    pass

    @property
    def type(self) -> Literal["retrieval"]:
        """Always ``retrieval`` (the tag that selects this type)."""
        return "retrieval"


class FileSearchRankingOptions(_Model, kw_only=True):
    score_threshold: Annotated[
        float, Meta(description="Results that score below this threshold (0 to 1) are left out.")
    ] = _ABSENT
    ranker: (
        Annotated[
            Literal["auto", "default_2024_08_21"],
            Meta(description="The ranker to use; the server's default is `auto`."),
        ]
        | None
    ) = None


class AssistantToolsFileSearchSettings(_Model, kw_only=True):
    max_num_results: (
        Annotated[
            int,
            Meta(
                description="The most results the tool hands the model, 1 to 50; the server's default is 20 (5 for gpt-3.5-turbo models)."
            ),
        ]
        | None
    ) = None
    ranking_options: FileSearchRankingOptions | None = None


class AssistantToolsFileSearch(_Model, kw_only=True, tag_field="type", tag="file_search"):
    file_search: AssistantToolsFileSearchSettings | None = None

    @property
    def type(self) -> Literal["file_search"]:
        """Always ``file_search`` (the tag that selects this type)."""
        return "file_search"


class AssistantToolsFileSearchTypeOnly(_Model, kw_only=True, tag_field="type", tag="file_search"):
    pass

    @property
    def type(self) -> Literal["file_search"]:
        """Always ``file_search`` (the tag that selects this type)."""
        return "file_search"


class AssistantToolsFunction(_Model, kw_only=True, tag_field="type", tag="function"):
    function: FunctionDefinition = _ABSENT

    @property
    def type(self) -> Literal["function"]:
        """Always ``function`` (the tag that selects this type)."""
        return "function"


AssistantToolDefinition: TypeAlias = Annotated[
    AssistantToolsCode | AssistantToolsRetrieval | AssistantToolsFileSearch | AssistantToolsFunction,
    Meta(description="A tool of an assistant or a run, by its `type`."),
]


class FileSearchRanking(_Model, kw_only=True):
    ranker: Annotated[str, Meta(description="The ranker: auto or default_2024_08_21.")] | None = None
    score_threshold: (
        Annotated[float, Meta(description="Results that score below this threshold (0 to 1) are left out.")] | None
    ) = None


class AssistantToolResourcesCodeInterpreter(_Model, kw_only=True):
    file_ids: (
        Annotated[list[str], Meta(description="The IDs of the files the code_interpreter tool can use.")] | None
    ) = None


class AssistantToolResourcesFileSearch(_Model, kw_only=True):
    vector_store_ids: (
        Annotated[list[str], Meta(description="The IDs of the vector stores the file_search tool searches.")] | None
    ) = None


class ToolResourcesCodeInterpreter(_Model, kw_only=True):
    file_ids: (
        Annotated[
            list[str],
            Meta(
                description="Up to 20 IDs of files (uploaded with purpose `assistants`) the code_interpreter tool can use. Server default: none."
            ),
        ]
        | None
    ) = None


class ToolResourcesFileSearch(_Model, kw_only=True):
    vector_store_ids: Annotated[list[str], Meta(description="The ID of the one vector store to search.")] | None = None


class ToolResources(_Model, kw_only=True):
    code_interpreter: ToolResourcesCodeInterpreter | None = None
    file_search: ToolResourcesFileSearch | None = None


class ChunkingStrategyAuto(_Model, kw_only=True, tag_field="type", tag="auto"):
    pass

    @property
    def type(self) -> Literal["auto"]:
        """Always ``auto`` (the tag that selects this type)."""
        return "auto"


class ChunkingStrategyStaticSettings(_Model, kw_only=True):
    max_chunk_size_tokens: Annotated[int, Meta(description="The most tokens in a chunk, 100 to 4096.")] = _ABSENT
    chunk_overlap_tokens: Annotated[
        int, Meta(description="How many tokens neighbouring chunks share, at most half of `max_chunk_size_tokens`.")
    ] = _ABSENT


class ChunkingStrategyStatic(_Model, kw_only=True, tag_field="type", tag="static"):
    static: ChunkingStrategyStaticSettings = _ABSENT

    @property
    def type(self) -> Literal["static"]:
        """Always ``static`` (the tag that selects this type)."""
        return "static"


ChunkingStrategy: TypeAlias = Annotated[
    ChunkingStrategyAuto | ChunkingStrategyStatic,
    Meta(description="How the files are cut into chunks, by its `type`; the server's default is `auto`."),
]


class NewVectorStore(_Model, kw_only=True):
    file_ids: Annotated[list[str], Meta(description="Up to 10,000 IDs of files to put in the vector store.")] | None = (
        None
    )
    chunking_strategy: ChunkingStrategy | None = None
    metadata: (
        Annotated[Metadata, Meta(description="Up to 16 key-value pairs of your own for the vector store.")] | None
    ) = None


class CreateToolResourcesFileSearch(_Model, kw_only=True):
    vector_store_ids: Annotated[list[str], Meta(description="The ID of the one vector store to search.")] | None = None
    vector_stores: (
        Annotated[
            list[NewVectorStore],
            Meta(description="One vector store to create from files and search (instead of `vector_store_ids`)."),
        ]
        | None
    ) = None


class CreateToolResources(_Model, kw_only=True):
    code_interpreter: ToolResourcesCodeInterpreter | None = None
    file_search: CreateToolResourcesFileSearch | None = None


AssistantsResponseFormat: TypeAlias = Annotated[
    ResponseFormatText | ResponseFormatJsonObject | ResponseFormatJsonSchema,
    Meta(
        description='`{"type": "text"}` (the server\'s default), `{"type": "json_object"}` or, in today\'s API, `{"type": "json_schema", "json_schema": {...}}`, by its `type`. `json_object` makes the model answer valid JSON (instruct it to in a message too, or it may produce whitespace until the token limit); with `json_object` only function tools are allowed in the run.'
    ),
]


AssistantsResponseFormatOption: TypeAlias = Annotated[
    Literal["none", "auto"] | AssistantsResponseFormat,
    Meta(
        description='The format the model must output: `none` or `auto` (the server\'s default), an object whose `type` is text or json_object (v1; for GPT-4 Turbo and GPT-3.5 Turbo models since gpt-3.5-turbo-1106), or `{"type": "json_schema", "json_schema": {...}}` (today\'s API: JSON that matches the schema given).'
    ),
]


class AssistantsNamedToolChoiceFunction(_Model, kw_only=True):
    name: Annotated[str, Meta(description="The name of the function to call.")] = _ABSENT


class AssistantsNamedToolChoice(_Model, kw_only=True):
    type: Annotated[
        Literal["function", "code_interpreter", "retrieval", "file_search"],
        Meta(
            description="The tool's type (file_search in today's API, retrieval in v1); `function` needs `function.name`."
        ),
    ] = _ABSENT
    function: AssistantsNamedToolChoiceFunction | None = None


AssistantsToolChoiceOption: TypeAlias = Annotated[
    Literal["none", "auto", "required"] | AssistantsNamedToolChoice,
    Meta(
        description="Which tool, if any, the model calls. `none` generates a message without calling tools, `auto` (the server's default) lets the model choose, `required` (today's API) makes it call at least one tool, and a named tool forces that tool."
    ),
]


LastMessages: TypeAlias = Annotated[
    int, Meta(description="How many of the most recent messages make up the context of the run.")
]


class TruncationStrategy(_Model, kw_only=True):
    type: Annotated[
        Literal["auto", "last_messages"],
        Meta(
            description="`auto` (the server's default) drops messages from the middle of the thread to fit the context length of the model, `max_prompt_tokens`; `last_messages` keeps the `last_messages` most recent messages."
        ),
    ] = _ABSENT
    last_messages: (
        Annotated[
            LastMessages, Meta(description="How many of the most recent messages make up the context of the run.")
        ]
        | None
    ) = None


Name: TypeAlias = Annotated[str, Meta(description="The name of the assistant, up to 256 characters.")]


Description: TypeAlias = Annotated[str, Meta(description="The description of the assistant, up to 512 characters.")]


Instructions: TypeAlias = Annotated[
    str, Meta(description="The system instructions the assistant uses, up to 256,000 characters.")
]


Temperature2: TypeAlias = Annotated[
    float,
    Meta(
        description="Sampling temperature between 0 and 2; higher values make the output more random. Server default 1."
    ),
]


TopP2: TypeAlias = Annotated[
    float,
    Meta(
        description="Nucleus sampling mass between 0 and 1 (0.1 keeps the tokens of the top 10% probability mass); alter this or `temperature`, not both. Server default 1."
    ),
]


class CreateAssistantRequest(_Model, kw_only=True):
    model: Annotated[str, Meta(description="The ID of the model, e.g. `gpt-4-turbo`; see `GET /v1/models`.")] = _ABSENT
    name: Annotated[Name, Meta(description="The name of the assistant, up to 256 characters.")] | None = None
    description: (
        Annotated[Description, Meta(description="The description of the assistant, up to 512 characters.")] | None
    ) = None
    instructions: (
        Annotated[
            Instructions, Meta(description="The system instructions the assistant uses, up to 256,000 characters.")
        ]
        | None
    ) = None
    tools: (
        Annotated[
            list[AssistantToolDefinition],
            Meta(
                description="Up to 128 tools: code_interpreter, retrieval (v1), file_search (today's API) or function. Server default: none."
            ),
        ]
        | None
    ) = None
    file_ids: (
        Annotated[
            list[str],
            Meta(
                description="Up to 20 IDs of files (uploaded with purpose `assistants`) for the tools, ordered by their creation date (v1; today's API takes `tool_resources`). Server default: none."
            ),
        ]
        | None
    ) = None
    metadata: (
        Annotated[
            Metadata,
            Meta(description="Up to 16 key-value pairs of your own (keys up to 64, values up to 512 characters)."),
        ]
        | None
    ) = None
    temperature: (
        Annotated[
            Temperature2,
            Meta(
                description="Sampling temperature between 0 and 2; higher values make the output more random. Server default 1."
            ),
        ]
        | None
    ) = None
    top_p: (
        Annotated[
            TopP2,
            Meta(
                description="Nucleus sampling mass between 0 and 1 (0.1 keeps the tokens of the top 10% probability mass); alter this or `temperature`, not both. Server default 1."
            ),
        ]
        | None
    ) = None
    response_format: (
        Annotated[
            AssistantsResponseFormatOption,
            Meta(
                description='`none`, `auto` (the server\'s default), `{"type": "text"}`, `{"type": "json_object"}` (JSON mode) or `{"type": "json_schema", ...}` (JSON that matches a schema).'
            ),
        ]
        | None
    ) = None
    tool_resources: (
        Annotated[
            CreateToolResources,
            Meta(
                description="Resources for the tools, by tool: files for code_interpreter, a vector store for file_search (today's API; v1 uses `file_ids`)."
            ),
        ]
        | None
    ) = None
    reasoning_effort: (
        Annotated[
            ReasoningEffort,
            Meta(
                description="How much a reasoning model reasons before it answers (today's API; o-series and gpt-5 models). Server default `medium`."
            ),
        ]
        | None
    ) = None


class ModifyAssistantRequest(_Model, kw_only=True):
    model: Annotated[str, Meta(description="The ID of the model, e.g. `gpt-4-turbo`; see `GET /v1/models`.")] | None = (
        None
    )
    name: Annotated[Name, Meta(description="The name of the assistant, up to 256 characters.")] | None = None
    description: (
        Annotated[Description, Meta(description="The description of the assistant, up to 512 characters.")] | None
    ) = None
    instructions: (
        Annotated[
            Instructions, Meta(description="The system instructions the assistant uses, up to 256,000 characters.")
        ]
        | None
    ) = None
    tools: (
        Annotated[
            list[AssistantToolDefinition],
            Meta(
                description="Up to 128 tools: code_interpreter, retrieval (v1), file_search (today's API) or function; replaces the list."
            ),
        ]
        | None
    ) = None
    file_ids: (
        Annotated[
            list[str],
            Meta(
                description="Up to 20 IDs of files for the tools; replaces the list, and a file that was attached but is left out is detached from the assistant."
            ),
        ]
        | None
    ) = None
    metadata: (
        Annotated[
            Metadata,
            Meta(description="Up to 16 key-value pairs of your own (keys up to 64, values up to 512 characters)."),
        ]
        | None
    ) = None
    temperature: (
        Annotated[
            Temperature2,
            Meta(
                description="Sampling temperature between 0 and 2; higher values make the output more random. Server default 1."
            ),
        ]
        | None
    ) = None
    top_p: (
        Annotated[
            TopP2,
            Meta(
                description="Nucleus sampling mass between 0 and 1 (0.1 keeps the tokens of the top 10% probability mass); alter this or `temperature`, not both. Server default 1."
            ),
        ]
        | None
    ) = None
    response_format: (
        Annotated[
            AssistantsResponseFormatOption,
            Meta(
                description='`none`, `auto` (the server\'s default), `{"type": "text"}`, `{"type": "json_object"}` (JSON mode) or `{"type": "json_schema", ...}` (JSON that matches a schema).'
            ),
        ]
        | None
    ) = None
    tool_resources: (
        Annotated[
            ToolResources,
            Meta(
                description="Resources for the tools, by tool: files for code_interpreter, a vector store for file_search (today's API; v1 uses `file_ids`); replaces the resources of the tools named."
            ),
        ]
        | None
    ) = None
    reasoning_effort: (
        Annotated[
            ReasoningEffort,
            Meta(
                description="How much a reasoning model reasons before it answers (today's API; o-series and gpt-5 models). Server default `medium`."
            ),
        ]
        | None
    ) = None


class DeleteAssistantResponse(_Model, kw_only=True):
    id: str = _ABSENT
    deleted: bool = _ABSENT
    object: Annotated[str, Meta(description="Always `assistant.deleted`.")] | None = None


class CreateAssistantFileRequest(_Model, kw_only=True):
    file_id: Annotated[
        str,
        Meta(
            description="The ID of a file uploaded with purpose `assistants`, for the retrieval and code_interpreter tools."
        ),
    ] = _ABSENT


class AssistantFile(_Model, kw_only=True):
    id: str = _ABSENT
    object: Annotated[str, Meta(description="Always `assistant.file`.")] | None = None
    created_at: Annotated[int, Meta(description="Unix time (seconds) when the file was attached.")] | None = None
    assistant_id: Annotated[str, Meta(description="The ID of the assistant the file is attached to.")] | None = None


class ListAssistantFilesResponse(_Model, kw_only=True):
    data: list[AssistantFile] = _ABSENT
    has_more: bool = _ABSENT
    object: str | None = None
    first_id: str | None = None
    last_id: str | None = None


class DeleteAssistantFileResponse(_Model, kw_only=True):
    id: str = _ABSENT
    deleted: bool = _ABSENT
    object: Annotated[str, Meta(description="Always `assistant.file.deleted`.")] | None = None


class MessageRequestImageFile(_Model, kw_only=True):
    file_id: Annotated[str, Meta(description="The ID of an image file uploaded with purpose `vision`.")] = _ABSENT
    detail: (
        Annotated[
            Literal["auto", "low", "high"],
            Meta(description="The detail the model sees the image in; `low` uses fewer tokens. Server default `auto`."),
        ]
        | None
    ) = None


class MessageRequestImageUrl(_Model, kw_only=True):
    url: Annotated[str, Meta(description="The URL of the image (jpeg, jpg, png, gif or webp).")] = _ABSENT
    detail: (
        Annotated[
            Literal["auto", "low", "high"],
            Meta(description="The detail the model sees the image in; `low` uses fewer tokens. Server default `auto`."),
        ]
        | None
    ) = None


class MessageRequestContentImageFile(_Model, kw_only=True, tag_field="type", tag="image_file"):
    image_file: MessageRequestImageFile = _ABSENT

    @property
    def type(self) -> Literal["image_file"]:
        """Always ``image_file`` (the tag that selects this type)."""
        return "image_file"


class MessageRequestContentImageUrl(_Model, kw_only=True, tag_field="type", tag="image_url"):
    image_url: MessageRequestImageUrl = _ABSENT

    @property
    def type(self) -> Literal["image_url"]:
        """Always ``image_url`` (the tag that selects this type)."""
        return "image_url"


class MessageRequestContentText(_Model, kw_only=True, tag_field="type", tag="text"):
    text: Annotated[str, Meta(description="The text.")] = _ABSENT

    @property
    def type(self) -> Literal["text"]:
        """Always ``text`` (the tag that selects this type)."""
        return "text"


MessageRequestContentPart: TypeAlias = Annotated[
    MessageRequestContentImageFile | MessageRequestContentImageUrl | MessageRequestContentText,
    Meta(description="One part of a message's content, by its `type`."),
]


MessageAttachmentTool: TypeAlias = Annotated[
    AssistantToolsCode | AssistantToolsFileSearchTypeOnly,
    Meta(description="A tool a message attachment is added to, by its `type`."),
]


class MessageAttachmentRequest(_Model, kw_only=True):
    file_id: Annotated[str, Meta(description="The ID of the file.")] | None = None
    tools: Annotated[list[MessageAttachmentTool], Meta(description="The tools to add the file to.")] | None = None


Content6: TypeAlias = Annotated[
    str,
    Meta(
        description="The text of the message, up to 256,000 characters, or (today's API) a list of text and image parts."
    ),
]


Content7: TypeAlias = Annotated[
    list[MessageRequestContentPart],
    Meta(
        description="The text of the message, up to 256,000 characters, or (today's API) a list of text and image parts."
    ),
]


class CreateMessageRequest(_Model, kw_only=True):
    role: Annotated[
        Literal["user", "assistant"],
        Meta(
            description="`user` for a message from the user (most cases), `assistant` to insert a message as if the assistant had written it."
        ),
    ] = _ABSENT
    content: Annotated[
        Content6 | Content7,
        Meta(
            description="The text of the message, up to 256,000 characters, or (today's API) a list of text and image parts."
        ),
    ] = _ABSENT
    file_ids: (
        Annotated[
            list[str],
            Meta(
                description="Up to 10 IDs of files the message uses, for the retrieval and code_interpreter tools (v1; today's API takes `attachments`). Server default: none."
            ),
        ]
        | None
    ) = None
    metadata: (
        Annotated[
            Metadata,
            Meta(description="Up to 16 key-value pairs of your own (keys up to 64, values up to 512 characters)."),
        ]
        | None
    ) = None
    attachments: (
        Annotated[
            list[MessageAttachmentRequest],
            Meta(
                description="Files attached to the message and the tools to add them to (today's API; v1 uses `file_ids`)."
            ),
        ]
        | None
    ) = None


class CreateThreadRequest(_Model, kw_only=True):
    messages: (
        Annotated[list[CreateMessageRequest], Meta(description="The messages to start the thread with.")] | None
    ) = None
    metadata: (
        Annotated[
            Metadata,
            Meta(description="Up to 16 key-value pairs of your own (keys up to 64, values up to 512 characters)."),
        ]
        | None
    ) = None
    tool_resources: (
        Annotated[
            CreateToolResources,
            Meta(
                description="Resources for the tools, by tool: files for code_interpreter, a vector store for file_search (today's API; v1 uses `file_ids`)."
            ),
        ]
        | None
    ) = None


class ModifyThreadRequest(_Model, kw_only=True):
    metadata: (
        Annotated[
            Metadata,
            Meta(description="Up to 16 key-value pairs of your own (keys up to 64, values up to 512 characters)."),
        ]
        | None
    ) = None
    tool_resources: (
        Annotated[
            ToolResources,
            Meta(
                description="Resources for the tools, by tool: files for code_interpreter, a vector store for file_search (today's API; v1 uses `file_ids`); replaces the resources of the tools named."
            ),
        ]
        | None
    ) = None


class DeleteThreadResponse(_Model, kw_only=True):
    id: str = _ABSENT
    deleted: bool = _ABSENT
    object: Annotated[str, Meta(description="Always `thread.deleted`.")] | None = None


class ModifyMessageRequest(_Model, kw_only=True):
    metadata: (
        Annotated[
            Metadata,
            Meta(description="Up to 16 key-value pairs of your own (keys up to 64, values up to 512 characters)."),
        ]
        | None
    ) = None


class MessageContentImageFile(_Model, kw_only=True):
    file_id: Annotated[str, Meta(description="The ID of the image file.")] = _ABSENT
    detail: Annotated[str, Meta(description="The detail the model sees the image in: auto, low or high.")] | None = None


class MessageContentImageUrl(_Model, kw_only=True):
    url: Annotated[str, Meta(description="The URL of the image.")] = _ABSENT
    detail: Annotated[str, Meta(description="The detail the model sees the image in: auto, low or high.")] | None = None


class MessageContentFileCitation(_Model, kw_only=True):
    file_id: Annotated[str, Meta(description="The ID of the file the citation is from.")] = _ABSENT
    quote: Annotated[str, Meta(description="The quoted text of the file.")] | None = None


class MessageContentFilePath(_Model, kw_only=True):
    file_id: Annotated[str, Meta(description="The ID of the file the code_interpreter tool generated.")] = _ABSENT


class MessageContentTextAnnotation(_Model, kw_only=True):
    type: Annotated[str, Meta(description="file_citation or file_path.")] = _ABSENT
    text: Annotated[str, Meta(description="The text in the message content that needs to be replaced.")] | None = None
    start_index: int | None = None
    end_index: int | None = None
    file_citation: MessageContentFileCitation | None = None
    file_path: MessageContentFilePath | None = None


class MessageContentText(_Model, kw_only=True):
    value: Annotated[str, Meta(description="The text.")] = _ABSENT
    annotations: list[MessageContentTextAnnotation] | None = None


class MessageContent(_Model, kw_only=True):
    type: Annotated[str, Meta(description="text, image_file, image_url or refusal.")] = _ABSENT
    text: MessageContentText | None = None
    image_file: MessageContentImageFile | None = None
    image_url: MessageContentImageUrl | None = None
    refusal: Annotated[str, Meta(description="The model's refusal to answer.")] | None = None


class MessageIncompleteDetails(_Model, kw_only=True):
    reason: (
        Annotated[str, Meta(description="content_filter, max_tokens, run_cancelled, run_expired or run_failed.")] | None
    ) = None


class MessageDeltaContentImageFile(_Model, kw_only=True):
    file_id: Annotated[str, Meta(description="The ID of the image file.")] | None = None
    detail: Annotated[str, Meta(description="The detail the model sees the image in: auto, low or high.")] | None = None


class MessageDeltaContentImageUrl(_Model, kw_only=True):
    url: Annotated[str, Meta(description="The URL of the image.")] | None = None
    detail: Annotated[str, Meta(description="The detail the model sees the image in: auto, low or high.")] | None = None


class MessageDeltaContentFileCitation(_Model, kw_only=True):
    file_id: Annotated[str, Meta(description="The ID of the file the citation is from.")] | None = None
    quote: Annotated[str, Meta(description="The quoted text of the file.")] | None = None


class MessageDeltaContentFilePath(_Model, kw_only=True):
    file_id: Annotated[str, Meta(description="The ID of the file the code_interpreter tool generated.")] | None = None


class MessageDeltaContentTextAnnotation(_Model, kw_only=True):
    index: Annotated[int, Meta(description="The position of the annotation in the text part.")] = _ABSENT
    type: Annotated[str, Meta(description="file_citation or file_path.")] = _ABSENT
    text: Annotated[str, Meta(description="The text in the message content that needs to be replaced.")] | None = None
    start_index: int | None = None
    end_index: int | None = None
    file_citation: MessageDeltaContentFileCitation | None = None
    file_path: MessageDeltaContentFilePath | None = None


class MessageDeltaContentText(_Model, kw_only=True):
    value: Annotated[str, Meta(description="The text added.")] | None = None
    annotations: list[MessageDeltaContentTextAnnotation] | None = None


class MessageDeltaContent(_Model, kw_only=True):
    index: Annotated[int, Meta(description="The position of the part in the message's content.")] = _ABSENT
    type: Annotated[str, Meta(description="text, image_file, image_url or refusal.")] = _ABSENT
    text: MessageDeltaContentText | None = None
    image_file: MessageDeltaContentImageFile | None = None
    image_url: MessageDeltaContentImageUrl | None = None
    refusal: Annotated[str, Meta(description="The part of the refusal added.")] | None = None


class MessageDelta(_Model, kw_only=True):
    role: Annotated[str, Meta(description="user or assistant.")] | None = None
    content: list[MessageDeltaContent] | None = None
    file_ids: list[str] | None = None


class MessageDeltaObject(_Model, kw_only=True):
    id: Annotated[str, Meta(description="The ID of the message.")] = _ABSENT
    delta: MessageDelta = _ABSENT
    object: Annotated[str, Meta(description="Always `thread.message.delta`.")] | None = None


class MessageFile(_Model, kw_only=True):
    id: str = _ABSENT
    object: Annotated[str, Meta(description="Always `thread.message.file`.")] | None = None
    created_at: Annotated[int, Meta(description="Unix time (seconds) when the file was attached.")] | None = None
    message_id: Annotated[str, Meta(description="The ID of the message the file is attached to.")] | None = None


class ListMessageFilesResponse(_Model, kw_only=True):
    data: list[MessageFile] = _ABSENT
    has_more: bool = _ABSENT
    object: str | None = None
    first_id: str | None = None
    last_id: str | None = None


Tools1: TypeAlias = Annotated[
    list[AssistantToolDefinition], Meta(description="Up to 20 tools instead of the assistant's, for this run.")
]


MaxPromptTokens: TypeAlias = Annotated[
    int,
    Meta(
        description="At least 256. The most prompt tokens the run may use over all its turns (best effort); past it the run ends with status incomplete (see `incomplete_details`)."
    ),
]


MaxCompletionTokens1: TypeAlias = Annotated[
    int,
    Meta(
        description="At least 256. The most completion tokens the run may use over all its turns (best effort); past it the run ends with status incomplete (see `incomplete_details`)."
    ),
]


class CreateRunRequest(_Model, kw_only=True):
    assistant_id: Annotated[str, Meta(description="The ID of the assistant that executes the run.")] = _ABSENT
    model: (
        Annotated[str, Meta(description="The ID of the model, e.g. `gpt-4-turbo`, instead of the assistant's.")] | None
    ) = None
    instructions: Annotated[str, Meta(description="Instructions instead of the assistant's, for this run.")] | None = (
        None
    )
    additional_instructions: (
        Annotated[str, Meta(description="Instructions appended to the assistant's, for this run.")] | None
    ) = None
    additional_messages: (
        Annotated[
            list[CreateMessageRequest], Meta(description="Messages added to the thread before the run is created.")
        ]
        | None
    ) = None
    tools: Annotated[Tools1, Meta(description="Up to 20 tools instead of the assistant's, for this run.")] | None = None
    metadata: (
        Annotated[
            Metadata,
            Meta(description="Up to 16 key-value pairs of your own (keys up to 64, values up to 512 characters)."),
        ]
        | None
    ) = None
    temperature: (
        Annotated[
            Temperature2,
            Meta(
                description="Sampling temperature between 0 and 2; higher values make the output more random. Server default 1."
            ),
        ]
        | None
    ) = None
    top_p: (
        Annotated[
            TopP2,
            Meta(
                description="Nucleus sampling mass between 0 and 1 (0.1 keeps the tokens of the top 10% probability mass); alter this or `temperature`, not both. Server default 1."
            ),
        ]
        | None
    ) = None
    stream: (
        Annotated[
            bool,
            Meta(
                description="Stream the run's events as server-sent events, ending when the run reaches a terminal status with `data: [DONE]`. Server default false."
            ),
        ]
        | None
    ) = None
    max_prompt_tokens: (
        Annotated[
            MaxPromptTokens,
            Meta(
                description="At least 256. The most prompt tokens the run may use over all its turns (best effort); past it the run ends with status incomplete (see `incomplete_details`)."
            ),
        ]
        | None
    ) = None
    max_completion_tokens: (
        Annotated[
            MaxCompletionTokens1,
            Meta(
                description="At least 256. The most completion tokens the run may use over all its turns (best effort); past it the run ends with status incomplete (see `incomplete_details`)."
            ),
        ]
        | None
    ) = None
    truncation_strategy: (
        Annotated[
            TruncationStrategy,
            Meta(description="How the thread is truncated before the run; the server's default is `auto`."),
        ]
        | None
    ) = None
    tool_choice: (
        Annotated[
            AssistantsToolChoiceOption,
            Meta(
                description='`none`, `auto` (the server\'s default), or the tool the model must call, e.g. `{"type": "function", "function": {"name": "my_function"}}`.'
            ),
        ]
        | None
    ) = None
    response_format: (
        Annotated[
            AssistantsResponseFormatOption,
            Meta(
                description='`none`, `auto` (the server\'s default), `{"type": "text"}`, `{"type": "json_object"}` (JSON mode) or `{"type": "json_schema", ...}` (JSON that matches a schema).'
            ),
        ]
        | None
    ) = None
    parallel_tool_calls: (
        Annotated[
            bool,
            Meta(
                description="Whether the model may call several functions at once (today's API). Server default true."
            ),
        ]
        | None
    ) = None
    reasoning_effort: (
        Annotated[
            ReasoningEffort,
            Meta(
                description="How much a reasoning model reasons before it answers (today's API; o-series and gpt-5 models). Server default `medium`."
            ),
        ]
        | None
    ) = None


class CreateThreadAndRunRequest(_Model, kw_only=True):
    assistant_id: Annotated[str, Meta(description="The ID of the assistant that executes the run.")] = _ABSENT
    thread: (
        Annotated[CreateThreadRequest, Meta(description="The thread to create; an empty thread when left out.")] | None
    ) = None
    model: (
        Annotated[str, Meta(description="The ID of the model, e.g. `gpt-4-turbo`, instead of the assistant's.")] | None
    ) = None
    instructions: Annotated[str, Meta(description="Instructions instead of the assistant's, for this run.")] | None = (
        None
    )
    tools: Annotated[Tools1, Meta(description="Up to 20 tools instead of the assistant's, for this run.")] | None = None
    metadata: (
        Annotated[
            Metadata,
            Meta(description="Up to 16 key-value pairs of your own (keys up to 64, values up to 512 characters)."),
        ]
        | None
    ) = None
    temperature: (
        Annotated[
            Temperature2,
            Meta(
                description="Sampling temperature between 0 and 2; higher values make the output more random. Server default 1."
            ),
        ]
        | None
    ) = None
    top_p: (
        Annotated[
            TopP2,
            Meta(
                description="Nucleus sampling mass between 0 and 1 (0.1 keeps the tokens of the top 10% probability mass); alter this or `temperature`, not both. Server default 1."
            ),
        ]
        | None
    ) = None
    stream: (
        Annotated[
            bool,
            Meta(
                description="Stream the run's events as server-sent events, ending when the run reaches a terminal status with `data: [DONE]`. Server default false."
            ),
        ]
        | None
    ) = None
    max_prompt_tokens: (
        Annotated[
            MaxPromptTokens,
            Meta(
                description="At least 256. The most prompt tokens the run may use over all its turns (best effort); past it the run ends with status incomplete (see `incomplete_details`)."
            ),
        ]
        | None
    ) = None
    max_completion_tokens: (
        Annotated[
            MaxCompletionTokens1,
            Meta(
                description="At least 256. The most completion tokens the run may use over all its turns (best effort); past it the run ends with status incomplete (see `incomplete_details`)."
            ),
        ]
        | None
    ) = None
    truncation_strategy: (
        Annotated[
            TruncationStrategy,
            Meta(description="How the thread is truncated before the run; the server's default is `auto`."),
        ]
        | None
    ) = None
    tool_choice: (
        Annotated[
            AssistantsToolChoiceOption,
            Meta(
                description='`none`, `auto` (the server\'s default), or the tool the model must call, e.g. `{"type": "function", "function": {"name": "my_function"}}`.'
            ),
        ]
        | None
    ) = None
    response_format: (
        Annotated[
            AssistantsResponseFormatOption,
            Meta(
                description='`none`, `auto` (the server\'s default), `{"type": "text"}`, `{"type": "json_object"}` (JSON mode) or `{"type": "json_schema", ...}` (JSON that matches a schema).'
            ),
        ]
        | None
    ) = None
    tool_resources: (
        Annotated[
            ToolResources,
            Meta(
                description="Resources for the tools of this run, by tool: files for code_interpreter, a vector store for file_search (today's API)."
            ),
        ]
        | None
    ) = None
    parallel_tool_calls: (
        Annotated[
            bool,
            Meta(
                description="Whether the model may call several functions at once (today's API). Server default true."
            ),
        ]
        | None
    ) = None


class ModifyRunRequest(_Model, kw_only=True):
    metadata: (
        Annotated[
            Metadata,
            Meta(description="Up to 16 key-value pairs of your own (keys up to 64, values up to 512 characters)."),
        ]
        | None
    ) = None


class ToolOutput(_Model, kw_only=True):
    tool_call_id: (
        Annotated[str, Meta(description="The ID of the tool call (in the run's `required_action`) the output is for.")]
        | None
    ) = None
    output: Annotated[str, Meta(description="The output of the tool call.")] | None = None


class SubmitToolOutputsRunRequest(_Model, kw_only=True):
    tool_outputs: Annotated[
        list[ToolOutput], Meta(description="The outputs of all the run's tool calls, in one request.")
    ] = _ABSENT
    stream: (
        Annotated[
            bool,
            Meta(
                description="Stream the run's events as server-sent events, ending when the run reaches a terminal status with `data: [DONE]`. Server default false."
            ),
        ]
        | None
    ) = None


class RunToolCallFunction(_Model, kw_only=True):
    name: Annotated[str, Meta(description="The name of the function.")] = _ABSENT
    arguments: Annotated[str, Meta(description="The arguments the model wants to pass, as a JSON document.")] = _ABSENT


class RunToolCall(_Model, kw_only=True):
    id: Annotated[
        str, Meta(description="The ID of the tool call, to quote in `tool_call_id` when submitting its output.")
    ] = _ABSENT
    type: Annotated[str, Meta(description="Always `function`.")] = _ABSENT
    function: RunToolCallFunction = _ABSENT


class RunSubmitToolOutputs(_Model, kw_only=True):
    tool_calls: list[RunToolCall] = _ABSENT


class RunRequiredAction(_Model, kw_only=True):
    type: Annotated[str, Meta(description="Always `submit_tool_outputs` for now.")] = _ABSENT
    submit_tool_outputs: RunSubmitToolOutputs | None = None


class RunLastError(_Model, kw_only=True):
    message: Annotated[str, Meta(description="A description of the error.")] = _ABSENT
    code: (
        Annotated[str, Meta(description="server_error, rate_limit_exceeded or (runs only) invalid_prompt.")] | None
    ) = None


class RunIncompleteDetails(_Model, kw_only=True):
    reason: (
        Annotated[str, Meta(description="max_completion_tokens or max_prompt_tokens, the token limit the run reached.")]
        | None
    ) = None


class RunTruncationStrategy(_Model, kw_only=True):
    type: Annotated[str, Meta(description="auto or last_messages.")] = _ABSENT
    last_messages: int | None = None


class RunToolChoice(_Model, kw_only=True):
    type: Annotated[str, Meta(description="function, code_interpreter, file_search or retrieval.")] = _ABSENT
    function: AssistantsNamedToolChoiceFunction | None = None


class RunResponseFormatJsonSchema(_Model, kw_only=True):
    name: Annotated[str, Meta(description="The schema's name.")] | None = None
    description: Annotated[str, Meta(description="What the answer is for.")] | None = None
    schema: Annotated[dict[str, Any], Meta(description="The JSON Schema the answer follows.")] | None = None
    strict: Annotated[bool, Meta(description="Whether the answer follows the schema exactly.")] | None = None


class RunStepMessageCreation(_Model, kw_only=True):
    message_id: Annotated[str, Meta(description="The ID of the message the step created.")] | None = None


class RunStepCodeInterpreterImage(_Model, kw_only=True):
    file_id: Annotated[str, Meta(description="The ID of the image file.")] | None = None


class RunStepCodeInterpreterOutput(_Model, kw_only=True):
    type: Annotated[str, Meta(description="logs or image.")] = _ABSENT
    index: Annotated[int, Meta(description="The position of the output (in a delta).")] | None = None
    logs: Annotated[str, Meta(description="The text output.")] | None = None
    image: RunStepCodeInterpreterImage | None = None


class RunStepCodeInterpreter(_Model, kw_only=True):
    input: Annotated[str, Meta(description="The code the tool ran.")] | None = None
    outputs: list[RunStepCodeInterpreterOutput] | None = None


class RunStepFunction(_Model, kw_only=True):
    name: Annotated[str, Meta(description="The name of the function.")] | None = None
    arguments: Annotated[str, Meta(description="The arguments passed to the function.")] | None = None
    output: Annotated[str, Meta(description="The output of the function; null until it has been submitted.")] | None = (
        None
    )


class RunStepFileSearchResultContent(_Model, kw_only=True):
    type: Annotated[str, Meta(description="Always `text` for now.")] | None = None
    text: Annotated[str, Meta(description="The text found.")] | None = None


class RunStepFileSearchResult(_Model, kw_only=True):
    file_id: Annotated[str, Meta(description="The ID of the file the result is from.")] | None = None
    file_name: Annotated[str, Meta(description="The name of that file.")] | None = None
    score: Annotated[float, Meta(description="The result's score")] | None = None
    content: (
        Annotated[
            list[RunStepFileSearchResultContent],
            Meta(description="The content found; only when asked for with `include[]`."),
        ]
        | None
    ) = None


class RunStepFileSearch(_Model, kw_only=True):
    ranking_options: FileSearchRanking | None = None
    results: Annotated[list[RunStepFileSearchResult], Meta(description="The results found.")] | None = None


class RunStepToolCall(_Model, kw_only=True):
    type: Annotated[str, Meta(description="code_interpreter, retrieval, file_search or function.")] = _ABSENT
    index: Annotated[int, Meta(description="The position of the tool call (in a delta).")] | None = None
    id: Annotated[str, Meta(description="The ID of the tool call.")] | None = None
    code_interpreter: RunStepCodeInterpreter | None = None
    retrieval: dict[str, Any] | None = None
    file_search: RunStepFileSearch | None = None
    function: RunStepFunction | None = None


class RunStepDetails(_Model, kw_only=True):
    type: Annotated[str, Meta(description="message_creation or tool_calls.")] = _ABSENT
    message_creation: RunStepMessageCreation | None = None
    tool_calls: list[RunStepToolCall] | None = None


class RunStepDelta(_Model, kw_only=True):
    step_details: RunStepDetails | None = None


class RunStepDeltaObject(_Model, kw_only=True):
    id: Annotated[str, Meta(description="The ID of the run step.")] = _ABSENT
    delta: RunStepDelta = _ABSENT
    object: Annotated[str, Meta(description="Always `thread.run.step.delta`.")] | None = None


class ThreadRunStepDeltaEvent(_Model, kw_only=True, tag_field="event", tag="thread.run.step.delta"):
    data: RunStepDeltaObject = _ABSENT

    @property
    def event(self) -> Literal["thread.run.step.delta"]:
        """Always ``thread.run.step.delta`` (the tag that selects this type)."""
        return "thread.run.step.delta"


class ThreadMessageDeltaEvent(_Model, kw_only=True, tag_field="event", tag="thread.message.delta"):
    data: MessageDeltaObject = _ABSENT

    @property
    def event(self) -> Literal["thread.message.delta"]:
        """Always ``thread.message.delta`` (the tag that selects this type)."""
        return "thread.message.delta"


class ErrorEvent(_Model, kw_only=True, tag_field="event", tag="error"):
    data: Error = _ABSENT

    @property
    def event(self) -> Literal["error"]:
        """Always ``error`` (the tag that selects this type)."""
        return "error"


class DoneEvent(_Model, kw_only=True, tag_field="event", tag="done"):
    data: Literal["[DONE]"] = _ABSENT

    @property
    def event(self) -> Literal["done"]:
        """Always ``done`` (the tag that selects this type)."""
        return "done"


class SubmitImagineRequest(_Model, kw_only=True):
    prompt: Annotated[str, Meta(description="The prompt.")] = _ABSENT
    base64_array: (
        Annotated[list[str], Meta(description="Reference images as base64 data URLs (`data:image/png;base64,...`).")]
        | None
    ) = field(name="base64Array", default=None)
    bot_type: (
        Annotated[Literal["MID_JOURNEY", "NIJI_JOURNEY"], Meta(description="Server default MID_JOURNEY.")] | None
    ) = field(name="botType", default=None)
    notify_hook: (
        Annotated[
            str, Meta(description="A URL that receives a POST with the task on each change (relays may disable it).")
        ]
        | None
    ) = field(name="notifyHook", default=None)
    state: Annotated[str, Meta(description="Any text, handed back in the task.")] | None = None


Base64ArrayItem: TypeAlias = str


class SubmitBlendRequest(_Model, kw_only=True):
    base64_array: Annotated[
        list[Base64ArrayItem],
        Meta(description="The 2 to 5 images to blend, as base64 data URLs (`data:image/png;base64,...`)."),
    ] = field(name="base64Array", default=_ABSENT)
    dimensions: (
        Annotated[
            Literal["PORTRAIT", "SQUARE", "LANDSCAPE"],
            Meta(
                description="The aspect ratio of the result: PORTRAIT 2:3, SQUARE 1:1, LANDSCAPE 3:2. Server default SQUARE."
            ),
        ]
        | None
    ) = None
    bot_type: (
        Annotated[Literal["MID_JOURNEY", "NIJI_JOURNEY"], Meta(description="Server default MID_JOURNEY.")] | None
    ) = field(name="botType", default=None)
    notify_hook: (
        Annotated[
            str, Meta(description="A URL that receives a POST with the task on each change (relays may disable it).")
        ]
        | None
    ) = field(name="notifyHook", default=None)
    state: Annotated[str, Meta(description="Any text, handed back in the task.")] | None = None


class SubmitDescribeRequest(_Model, kw_only=True):
    base64: Annotated[
        str, Meta(description="The image to describe, as a base64 data URL (`data:image/png;base64,...`).")
    ] = _ABSENT
    bot_type: (
        Annotated[Literal["MID_JOURNEY", "NIJI_JOURNEY"], Meta(description="Server default MID_JOURNEY.")] | None
    ) = field(name="botType", default=None)
    notify_hook: (
        Annotated[
            str, Meta(description="A URL that receives a POST with the task on each change (relays may disable it).")
        ]
        | None
    ) = field(name="notifyHook", default=None)
    state: Annotated[str, Meta(description="Any text, handed back in the task.")] | None = None


class SubmitChangeRequest(_Model, kw_only=True):
    task_id: Annotated[
        str, Meta(description="The ID of the finished grid task (IMAGINE, VARIATION, REROLL or BLEND) to change.")
    ] = field(name="taskId", default=_ABSENT)
    action: Annotated[
        Literal["UPSCALE", "VARIATION", "REROLL"],
        Meta(description="UPSCALE one image, VARIATION of one image, or REROLL the whole grid."),
    ] = _ABSENT
    index: (
        Annotated[
            int,
            Meta(
                description="Which image of the grid (1 to 4, left to right, top to bottom); required for UPSCALE and VARIATION. The new-api relays refuse a change without an index even for REROLL, where any of 1 to 4 will do."
            ),
        ]
        | None
    ) = None
    notify_hook: (
        Annotated[
            str, Meta(description="A URL that receives a POST with the task on each change (relays may disable it).")
        ]
        | None
    ) = field(name="notifyHook", default=None)
    state: Annotated[str, Meta(description="Any text, handed back in the task.")] | None = None


class SubmitSimpleChangeRequest(_Model, kw_only=True):
    content: Annotated[
        str,
        Meta(
            description="`<taskId> <change>`, the change being U1 to U4 (upscale), V1 to V4 (variation) or R (reroll), such as `1320098173412546 U2`."
        ),
    ] = _ABSENT
    notify_hook: (
        Annotated[
            str, Meta(description="A URL that receives a POST with the task on each change (relays may disable it).")
        ]
        | None
    ) = field(name="notifyHook", default=None)
    state: Annotated[str, Meta(description="Any text, handed back in the task.")] | None = None


class SubmitActionRequest(_Model, kw_only=True):
    task_id: Annotated[str, Meta(description="The ID of the finished task whose button is pressed.")] = field(
        name="taskId", default=_ABSENT
    )
    custom_id: Annotated[
        str,
        Meta(
            description="The `customId` of one of the task's `buttons`, such as `MJ::JOB::upsample::2::3dbbd469-36af-4a0f-8f02-df6c579e7011`."
        ),
    ] = field(name="customId", default=_ABSENT)
    choose_same_channel: (
        Annotated[
            bool,
            Meta(
                description="Run the new task on the same Discord account (channel) as the parent task; servers choose otherwise."
            ),
        ]
        | None
    ) = field(name="chooseSameChannel", default=None)
    notify_hook: (
        Annotated[
            str, Meta(description="A URL that receives a POST with the task on each change (relays may disable it).")
        ]
        | None
    ) = field(name="notifyHook", default=None)
    state: Annotated[str, Meta(description="Any text, handed back in the task.")] | None = None


class SubmitModalRequest(_Model, kw_only=True):
    task_id: Annotated[
        str, Meta(description="The ID of the task in status MODAL (the `result` of the action answered with code 21).")
    ] = field(name="taskId", default=_ABSENT)
    prompt: (
        Annotated[
            str,
            Meta(
                description="The prompt of the modal step (for custom zoom, ending in `--zoom <1..2>`); most servers refuse the step without one."
            ),
        ]
        | None
    ) = None
    mask_base64: (
        Annotated[
            str,
            Meta(
                description="For vary region, the mask as a base64 data URL (`data:image/png;base64,...`), white where the image is to be redrawn."
            ),
        ]
        | None
    ) = field(name="maskBase64", default=None)


class SubmitShortenRequest(_Model, kw_only=True):
    prompt: Annotated[str, Meta(description="The prompt to shorten.")] = _ABSENT
    bot_type: (
        Annotated[Literal["MID_JOURNEY", "NIJI_JOURNEY"], Meta(description="Server default MID_JOURNEY.")] | None
    ) = field(name="botType", default=None)
    notify_hook: (
        Annotated[
            str, Meta(description="A URL that receives a POST with the task on each change (relays may disable it).")
        ]
        | None
    ) = field(name="notifyHook", default=None)
    state: Annotated[str, Meta(description="Any text, handed back in the task.")] | None = None


class SwapFaceRequest(_Model, kw_only=True):
    source_base64: Annotated[
        str, Meta(description="The picture of the face to use, as a base64 data URL (`data:image/png;base64,...`).")
    ] = field(name="sourceBase64", default=_ABSENT)
    target_base64: Annotated[
        str, Meta(description="The picture whose face is replaced, as a base64 data URL (`data:image/png;base64,...`).")
    ] = field(name="targetBase64", default=_ABSENT)
    notify_hook: (
        Annotated[
            str, Meta(description="A URL that receives a POST with the task on each change (relays may disable it).")
        ]
        | None
    ) = field(name="notifyHook", default=None)
    state: Annotated[str, Meta(description="Any text, handed back in the task.")] | None = None


class ListTasksByConditionRequest(_Model, kw_only=True):
    ids: Annotated[list[str], Meta(description="The task IDs to look up; unknown ones are left out of the answer.")] = (
        _ABSENT
    )


class SubmitResult(_Model, kw_only=True):
    code: int = _ABSENT
    description: str | None = None
    result: Annotated[str | int, Meta(description="The task ID (some relays send a number).")] | None = None
    properties: dict[str, Any] | None = None


class TaskButton(_Model, kw_only=True):
    custom_id: (
        Annotated[
            str,
            Meta(
                description="What to send as the action's `customId`, such as `MJ::JOB::upsample::1::<hash>`, `MJ::JOB::variation::1::<hash>`, `MJ::JOB::reroll::0::<hash>::SOLO`, `MJ::Outpaint::50::1::<hash>::SOLO`, `MJ::JOB::pan_left::1::<hash>::SOLO`, `MJ::Inpaint::1::<hash>::SOLO` or `MJ::CustomZoom::<hash>`."
            ),
        ]
        | None
    ) = field(name="customId", default=None)
    emoji: str | None = None
    label: str | None = None
    type: Annotated[int, Meta(description="2 for a button.")] | None = None
    style: (
        Annotated[int, Meta(description="The Discord button style: 2 secondary (grey), 3 success (green).")] | None
    ) = None


class Task(_TaskFields, kw_only=True):
    id: str = _ABSENT
    action: (
        Annotated[
            str,
            Meta(
                description="IMAGINE, UPSCALE, VARIATION, REROLL, DESCRIBE, BLEND, ZOOM, PAN, SHORTEN, SWAP_FACE, and on some relays INPAINT, CUSTOM_ZOOM, HIGH_VARIATION, LOW_VARIATION or MODAL; others may follow."
            ),
        ]
        | None
    ) = None
    custom_id: (
        Annotated[
            str,
            Meta(description="The `customId` of the button that made the task, where relays report it (often empty)."),
        ]
        | None
    ) = field(name="customId", default=None)
    bot_type: (
        Annotated[
            str,
            Meta(
                description="MID_JOURNEY or NIJI_JOURNEY (or a server's own, such as INSIGHT_FACE); often empty on relays."
            ),
        ]
        | None
    ) = field(name="botType", default=None)
    status: (
        Annotated[
            str,
            Meta(
                description="NOT_START, SUBMITTED, MODAL, IN_PROGRESS, FAILURE, SUCCESS or CANCEL. SUCCESS, FAILURE and CANCEL are final; MODAL waits for the modal operation."
            ),
        ]
        | None
    ) = None
    prompt: str | None = None
    prompt_en: str | None = field(name="promptEn", default=None)
    description: str | None = None
    state: str | None = None
    submit_time: Annotated[int, Meta(description="Epoch milliseconds.")] | None = field(name="submitTime", default=None)
    start_time: Annotated[int, Meta(description="Epoch milliseconds.")] | None = field(name="startTime", default=None)
    finish_time: Annotated[int, Meta(description="Epoch milliseconds.")] | None = field(name="finishTime", default=None)
    progress: Annotated[str, Meta(description='"0%" to "100%".')] | None = None
    image_url: str | None = field(name="imageUrl", default=None)
    fail_reason: str | None = field(name="failReason", default=None)
    mask_base64: (
        Annotated[
            str,
            Meta(description="The vary-region mask sent with the modal step, where relays report it (usually empty)."),
        ]
        | None
    ) = field(name="maskBase64", default=None)
    buttons: (
        Annotated[
            list[TaskButton], Meta(description="The buttons of the finished task, to press with the action operation.")
        ]
        | None
    ) = None
    properties: (
        Annotated[
            dict[str, Any],
            Meta(
                description="Open map of extras, such as `finalPrompt` (the prompts of a DESCRIBE or SHORTEN task), `finalZhPrompt`, `botType`, `discordInstanceId` and `notifyHook`."
            ),
        ]
        | None
    ) = None


TaskList: TypeAlias = Annotated[list[Task], Meta(description="Tasks, as a bare JSON array.")]


class CompletionUsage(_Model, kw_only=True):
    prompt_tokens: int = _ABSENT
    completion_tokens: int = _ABSENT
    total_tokens: int = _ABSENT
    completion_tokens_details: (
        Annotated[
            CompletionTokensDetails,
            Meta(description="How the completion tokens divide, for the models that report it."),
        ]
        | None
    ) = None
    prompt_tokens_details: (
        Annotated[PromptTokensDetails, Meta(description="How the prompt tokens divide, for the models that report it.")]
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


Content: TypeAlias = list[ChatCompletionContentPartText]


class ChatCompletionRequestDeveloperMessage(_Model, kw_only=True, tag_field="role", tag="developer"):
    content: str | Content = _ABSENT
    name: Annotated[str, Meta(description="A name that tells apart participants of the same role.")] | None = None

    @property
    def role(self) -> Literal["developer"]:
        """Always ``developer`` (the tag that selects this type)."""
        return "developer"


class ChatCompletionRequestSystemMessage(_Model, kw_only=True, tag_field="role", tag="system"):
    content: str | Content = _ABSENT
    name: str | None = None

    @property
    def role(self) -> Literal["system"]:
        """Always ``system`` (the tag that selects this type)."""
        return "system"


class ChatCompletionContentPartImage(_Model, kw_only=True, tag_field="type", tag="image_url"):
    image_url: ImageUrl = _ABSENT
    prompt_cache_breakpoint: PromptCacheBreakpoint | None = None

    @property
    def type(self) -> Literal["image_url"]:
        """Always ``image_url`` (the tag that selects this type)."""
        return "image_url"


ChatCompletionAssistantContentPart: TypeAlias = ChatCompletionContentPartText | ChatCompletionContentPartRefusal


Content3: TypeAlias = list[ChatCompletionAssistantContentPart]


class ChatCompletionMessageToolCall(_Model, kw_only=True, tag_field="type", tag="function"):
    id: str = _ABSENT
    function: FunctionCall = _ABSENT

    @property
    def type(self) -> Literal["function"]:
        """Always ``function`` (the tag that selects this type)."""
        return "function"


class ChatCompletionMessageCustomToolCall(_Model, kw_only=True, tag_field="type", tag="custom"):
    id: str = _ABSENT
    custom: CustomToolCall = _ABSENT

    @property
    def type(self) -> Literal["custom"]:
        """Always ``custom`` (the tag that selects this type)."""
        return "custom"


class ChatCompletionTool(_Model, kw_only=True, tag_field="type", tag="function"):
    function: FunctionDefinition = _ABSENT

    @property
    def type(self) -> Literal["function"]:
        """Always ``function`` (the tag that selects this type)."""
        return "function"


class ChatCompletionNamedToolChoice(_Model, kw_only=True, tag_field="type", tag="function"):
    function: ToolChoiceFunction = _ABSENT

    @property
    def type(self) -> Literal["function"]:
        """Always ``function`` (the tag that selects this type)."""
        return "function"


class ChatCompletionNamedToolChoiceCustom(_Model, kw_only=True, tag_field="type", tag="custom"):
    custom: ToolChoiceFunction = _ABSENT

    @property
    def type(self) -> Literal["custom"]:
        """Always ``custom`` (the tag that selects this type)."""
        return "custom"


ResponseFormat: TypeAlias = Annotated[
    ResponseFormatText | ResponseFormatJsonObject | ResponseFormatJsonSchema,
    Meta(
        description='`{"type": "text"}`, `{"type": "json_object"}` (valid JSON; say so in a message too), or `{"type": "json_schema", "json_schema": {...}}` (JSON that matches the schema given).'
    ),
]


Tools: TypeAlias = ChatCompletionTool | ChatCompletionCustomTool


class ChatModerationVerdict(_Model, kw_only=True):
    type: str | None = None
    model: str | None = None
    results: list[ChatModerationResult] | None = None
    code: str | None = None
    message: str | None = None


class ChatModeration(_Model, kw_only=True):
    input: ChatModerationVerdict | None = None
    output: ChatModerationVerdict | None = None


class CreateChatCompletionResponse(_Model, kw_only=True):
    id: str = _ABSENT
    choices: list[ChatCompletionChoice] = _ABSENT
    object: Annotated[str, Meta(description="Always `chat.completion`.")] | None = None
    created: int | None = None
    model: str | None = None
    service_tier: Annotated[str, Meta(description="The tier that processed the request.")] | None = None
    system_fingerprint: (
        Annotated[str, Meta(description="Deprecated: the backend configuration the model ran with.")] | None
    ) = None
    usage: CompletionUsage | None = None
    metadata: dict[str, str] | None = None
    moderation: ChatModeration | None = None


class ChatCompletionMessageToolCallChunk(_Model, kw_only=True):
    index: int = _ABSENT
    id: str | None = None
    type: str | None = None
    function: FunctionCallDelta | None = None


class ChatCompletionStreamDelta(_Model, kw_only=True):
    role: str | None = None
    content: str | None = None
    refusal: str | None = None
    tool_calls: list[ChatCompletionMessageToolCallChunk] | None = None
    function_call: (
        Annotated[
            FunctionCallDelta,
            Meta(
                description="Deprecated, replaced by `tool_calls`. A piece of the function call the model writes; the first chunk has the `name`, the following ones add to the `arguments`."
            ),
        ]
        | None
    ) = None


class ChatCompletionStreamChoice(_Model, kw_only=True):
    delta: ChatCompletionStreamDelta = _ABSENT
    index: int | None = None
    logprobs: ChatChoiceLogprobs | None = None
    finish_reason: str | None = None


class CreateChatCompletionStreamResponse(_Model, kw_only=True):
    id: str = _ABSENT
    choices: list[ChatCompletionStreamChoice] = _ABSENT
    object: Annotated[str, Meta(description="Always `chat.completion.chunk`.")] | None = None
    created: int | None = None
    model: str | None = None
    service_tier: str | None = None
    system_fingerprint: str | None = None
    obfuscation: (
        Annotated[str, Meta(description="Random characters that even out chunk sizes; ignore them.")] | None
    ) = None
    usage: CompletionUsage | None = None
    moderation: ChatModeration | None = None


class CreateFileRequest(_Model, kw_only=True):
    file: Annotated[bytes, Meta(description="The file to upload.")] = _ABSENT
    purpose: Annotated[
        Literal["assistants", "batch", "fine-tune", "vision", "user_data", "evals"],
        Meta(
            description="What the file is for: `assistants` (Assistants and message files), `batch` (Batch API input), `fine-tune`, `vision` (images for fine-tuning vision models), `user_data` (any file as model input) or `evals`."
        ),
    ] = _ABSENT
    expires_after: FileExpirationAfter | None = None


class CreateSpeechRequest(_Model, kw_only=True):
    model: Annotated[str, Meta(description="`tts-1`, `tts-1-hd` or `gpt-4o-mini-tts`.")] = _ABSENT
    input: Annotated[str, Meta(description="The text to speak.")] = _ABSENT
    voice: Annotated[
        str | CustomVoice,
        Meta(
            description='A built-in voice (`alloy`, `ash`, `ballad`, `coral`, `echo`, `fable`, `onyx`, `nova`, `sage`, `shimmer`, `verse`, `marin`, `cedar`) or `{"id": ...}` of a custom voice.'
        ),
    ] = _ABSENT
    instructions: (
        Annotated[str, Meta(description="How to speak (tone, accent, pace); `gpt-4o-mini-tts` and later, not `tts-1`.")]
        | None
    ) = None
    response_format: (
        Annotated[
            Literal["mp3", "opus", "aac", "flac", "wav", "pcm"],
            Meta(description="The audio format; server default mp3."),
        ]
        | None
    ) = None
    speed: Annotated[float, Meta(description="Server default 1.0.")] | None = None
    stream_format: (
        Annotated[
            Literal["audio", "sse"],
            Meta(
                description="`audio` (the server's default): the audio's bytes; `sse`: server-sent events with base64 chunks of audio (not for `tts-1` and `tts-1-hd`)."
            ),
        ]
        | None
    ) = None


class CreateTranscriptionRequest(_Model, kw_only=True):
    file: Annotated[bytes, Meta(description="The audio file: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav or webm.")] = (
        _ABSENT
    )
    model: Annotated[
        str,
        Meta(description="`whisper-1`, `gpt-4o-transcribe`, `gpt-4o-mini-transcribe` or `gpt-4o-transcribe-diarize`."),
    ] = _ABSENT
    language: Annotated[str, Meta(description="The input language, as ISO-639-1.")] | None = None
    languages: (
        Annotated[list[str], Meta(description="The languages the audio may be in, as ISO-639-1 codes.")] | None
    ) = None
    keywords: (
        Annotated[list[str], Meta(description="Words and names the audio is likely to hold, to spell them right.")]
        | None
    ) = None
    prompt: Annotated[str, Meta(description="Text to guide the style or continue a previous segment.")] | None = None
    response_format: (
        Annotated[
            Literal["json", "text", "srt", "verbose_json", "vtt", "diarized_json"],
            Meta(
                description="Server default json; text, srt and vtt are answered as plain text; `gpt-4o-transcribe` and `gpt-4o-mini-transcribe` take only json, `diarized_json` needs `gpt-4o-transcribe-diarize`."
            ),
        ]
        | None
    ) = None
    temperature: Annotated[float, Meta(description="Server default 0.")] | None = None
    include: (
        Annotated[
            list[Literal["logprobs"]],
            Meta(
                description="More to answer; `logprobs` (json answers of `gpt-4o-transcribe` and `gpt-4o-mini-transcribe`)."
            ),
        ]
        | None
    ) = None
    timestamp_granularities__: (
        Annotated[
            list[Literal["word", "segment"]],
            Meta(description="Timestamp granularities; needs `response_format` verbose_json."),
        ]
        | None
    ) = field(name="timestamp_granularities[]", default=None)
    stream: (
        Annotated[
            bool,
            Meta(
                description="Answer as server-sent events while the audio is transcribed (not for `whisper-1`). Server default false."
            ),
        ]
        | None
    ) = None
    chunking_strategy: (
        Annotated[
            Literal["auto"] | VadConfig,
            Meta(
                description="`auto`, or voice activity detection settings, to cut the audio into chunks; without it the audio is one block. Needed for `gpt-4o-transcribe-diarize` over 30 seconds."
            ),
        ]
        | None
    ) = None
    known_speaker_names: (
        Annotated[
            list[str], Meta(description="Names of up to 4 speakers, matching `known_speaker_references` (diarization).")
        ]
        | None
    ) = None
    known_speaker_references: (
        Annotated[list[str], Meta(description="A short audio sample of each known speaker, as a data URL.")] | None
    ) = None


ModerationInputPart: TypeAlias = ModerationInputText | ModerationInputImage


class ModerationResult(_Model, kw_only=True):
    flagged: Annotated[bool, Meta(description="Whether any category is flagged.")] = _ABSENT
    categories: ModerationCategories = _ABSENT
    category_scores: ModerationCategoryScores = _ABSENT
    category_applied_input_types: ModerationCategoryAppliedInputTypes | None = None


class CreateModerationResponse(_Model, kw_only=True):
    results: Annotated[list[ModerationResult], Meta(description="One result per input.")] = _ABSENT
    id: Annotated[str, Meta(description="The ID of the moderation request.")] | None = None
    model: Annotated[str, Meta(description="The model that classified the input.")] | None = None


class Reinforcement(_Model, kw_only=True):
    grader: FineTuneGrader = _ABSENT
    hyperparameters: FineTuneMethodHyperparameters | None = None


class FineTuneMethod(_Model, kw_only=True):
    type: Literal["supervised", "dpo", "reinforcement"] | str = _ABSENT
    supervised: Supervised | None = None
    dpo: Dpo | None = None
    reinforcement: Reinforcement | None = None


class CreateFineTuningJobRequest(_Model, kw_only=True):
    model: Annotated[
        str,
        Meta(
            description="The model to fine-tune, e.g. `gpt-4.1-mini-2025-04-14`, `gpt-4o-mini-2024-07-18`, `o4-mini-2025-04-16` (reinforcement), `gpt-3.5-turbo`, `babbage-002` or `davinci-002`."
        ),
    ] = _ABSENT
    training_file: Annotated[
        str, Meta(description="The ID of an uploaded JSONL file (purpose `fine-tune`) with the training data.")
    ] = _ABSENT
    hyperparameters: (
        Annotated[
            CreateFineTuningJobHyperparameters,
            Meta(description="Deprecated: give them in `method` instead. The hyperparameters of a supervised job."),
        ]
        | None
    ) = None
    method: FineTuneMethod | None = None
    metadata: Metadata | None = None
    suffix: (
        Annotated[
            Suffix,
            Meta(
                description="1 to 40 characters added to the fine-tuned model's name (`ft:gpt-3.5-turbo:openai:<suffix>:7p4lURel`). Server default null."
            ),
        ]
        | None
    ) = None
    validation_file: (
        Annotated[
            str,
            Meta(
                description="The ID of an uploaded JSONL file (purpose `fine-tune`) with validation data, for metrics during training; not the same data as the training file."
            ),
        ]
        | None
    ) = None
    integrations: (
        Annotated[list[CreateFineTuningJobIntegration], Meta(description="Integrations to enable for the job.")] | None
    ) = None
    seed: (
        Annotated[
            Seed,
            Meta(
                description="0 to 2147483647; the same seed and parameters should give the same results. The server picks one when it is not set."
            ),
        ]
        | None
    ) = None


class FineTuningJob(_Model, kw_only=True):
    id: Annotated[str, Meta(description="The job ID (`ftjob-...`).")] = _ABSENT
    object: Annotated[str, Meta(description="Always `fine_tuning.job`.")] | None = None
    created_at: Annotated[int, Meta(description="When the job was created (Unix seconds).")] | None = None
    error: Annotated[FineTuningJobError, Meta(description="Why the job failed, when its status is failed.")] | None = (
        None
    )
    fine_tuned_model: (
        Annotated[str, Meta(description="The name of the model being created; null while the job runs.")] | None
    ) = None
    finished_at: (
        Annotated[int, Meta(description="When the job finished (Unix seconds); null while it runs.")] | None
    ) = None
    hyperparameters: FineTuningJobHyperparameters | None = None
    model: Annotated[str, Meta(description="The base model being fine-tuned.")] | None = None
    organization_id: Annotated[str, Meta(description="The organization that owns the job.")] | None = None
    result_files: (
        Annotated[
            list[str],
            Meta(description="The IDs of the result files; read them with `GET /v1/files/{file_id}/content`."),
        ]
        | None
    ) = None
    status: (
        Annotated[str, Meta(description="validating_files, queued, running, succeeded, failed or cancelled.")] | None
    ) = None
    trained_tokens: (
        Annotated[int, Meta(description="The billable tokens the job processed; null while it runs.")] | None
    ) = None
    training_file: Annotated[str, Meta(description="The ID of the training file.")] | None = None
    validation_file: Annotated[str, Meta(description="The ID of the validation file, if any.")] | None = None
    integrations: (
        Annotated[list[FineTuningIntegration], Meta(description="The integrations enabled for the job.")] | None
    ) = None
    seed: Annotated[int, Meta(description="The seed of the job.")] | None = None
    method: FineTuneMethod | None = None
    metadata: Annotated[dict[str, str], Meta(description="The key-value pairs attached to the job.")] | None = None
    estimated_finish: (
        Annotated[int, Meta(description="When the job is expected to finish (Unix seconds), while it runs.")] | None
    ) = None


class ListPaginatedFineTuningJobsResponse(_Model, kw_only=True):
    data: list[FineTuningJob] = _ABSENT
    has_more: bool = _ABSENT
    object: Annotated[str, Meta(description="Always `list`.")] | None = None


class AssistantToolFileSearchSettings(_Model, kw_only=True):
    max_num_results: Annotated[int, Meta(description="The most results the tool hands the model.")] | None = None
    ranking_options: FileSearchRanking | None = None


class AssistantToolResources(_Model, kw_only=True):
    code_interpreter: AssistantToolResourcesCodeInterpreter | None = None
    file_search: AssistantToolResourcesFileSearch | None = None


class Thread(_Model, kw_only=True):
    id: str = _ABSENT
    object: Annotated[str, Meta(description="Always `thread`.")] | None = None
    created_at: Annotated[int, Meta(description="Unix time (seconds) of creation.")] | None = None
    metadata: Annotated[dict[str, str], Meta(description="Up to 16 key-value pairs of your own.")] | None = None
    tool_resources: (
        Annotated[
            AssistantToolResources,
            Meta(description="The resources of the tools, by tool (today's API; v1 reports `file_ids`)."),
        ]
        | None
    ) = None


class RunResponseFormat(_Model, kw_only=True):
    type: Annotated[str, Meta(description="text, json_object or json_schema.")] | None = None
    json_schema: RunResponseFormatJsonSchema | None = None


class RunStep(_Model, kw_only=True):
    id: str = _ABSENT
    object: Annotated[str, Meta(description="Always `thread.run.step`.")] | None = None
    created_at: Annotated[int, Meta(description="Unix time (seconds) of creation.")] | None = None
    assistant_id: Annotated[str, Meta(description="The ID of the assistant of the run.")] | None = None
    thread_id: Annotated[str, Meta(description="The ID of the thread that was run.")] | None = None
    run_id: Annotated[str, Meta(description="The ID of the run the step is part of.")] | None = None
    type: Annotated[str, Meta(description="message_creation or tool_calls.")] | None = None
    status: Annotated[str, Meta(description="in_progress, cancelled, failed, completed or expired.")] | None = None
    step_details: RunStepDetails | None = None
    last_error: (
        Annotated[
            RunLastError, Meta(description="The last error of the step (code server_error or rate_limit_exceeded).")
        ]
        | None
    ) = None
    expired_at: Annotated[int, Meta(description="Unix time (seconds) when the step expired (with its run).")] | None = (
        None
    )
    cancelled_at: Annotated[int, Meta(description="Unix time (seconds) when the step was cancelled.")] | None = None
    failed_at: Annotated[int, Meta(description="Unix time (seconds) when the step failed.")] | None = None
    completed_at: Annotated[int, Meta(description="Unix time (seconds) when the step completed.")] | None = None
    metadata: Annotated[dict[str, str], Meta(description="Up to 16 key-value pairs.")] | None = None
    usage: (
        Annotated[CompletionUsage, Meta(description="Token usage of the step; null while it is in progress.")] | None
    ) = None


class ListRunStepsResponse(_Model, kw_only=True):
    data: list[RunStep] = _ABSENT
    has_more: bool = _ABSENT
    object: str | None = None
    first_id: str | None = None
    last_id: str | None = None


class ThreadCreatedEvent(_Model, kw_only=True, tag_field="event", tag="thread.created"):
    data: Thread = _ABSENT

    @property
    def event(self) -> Literal["thread.created"]:
        """Always ``thread.created`` (the tag that selects this type)."""
        return "thread.created"


class ThreadRunStepCreatedEvent(_Model, kw_only=True, tag_field="event", tag="thread.run.step.created"):
    data: RunStep = _ABSENT

    @property
    def event(self) -> Literal["thread.run.step.created"]:
        """Always ``thread.run.step.created`` (the tag that selects this type)."""
        return "thread.run.step.created"


class ThreadRunStepInProgressEvent(_Model, kw_only=True, tag_field="event", tag="thread.run.step.in_progress"):
    data: RunStep = _ABSENT

    @property
    def event(self) -> Literal["thread.run.step.in_progress"]:
        """Always ``thread.run.step.in_progress`` (the tag that selects this type)."""
        return "thread.run.step.in_progress"


class ThreadRunStepCompletedEvent(_Model, kw_only=True, tag_field="event", tag="thread.run.step.completed"):
    data: RunStep = _ABSENT

    @property
    def event(self) -> Literal["thread.run.step.completed"]:
        """Always ``thread.run.step.completed`` (the tag that selects this type)."""
        return "thread.run.step.completed"


class ThreadRunStepFailedEvent(_Model, kw_only=True, tag_field="event", tag="thread.run.step.failed"):
    data: RunStep = _ABSENT

    @property
    def event(self) -> Literal["thread.run.step.failed"]:
        """Always ``thread.run.step.failed`` (the tag that selects this type)."""
        return "thread.run.step.failed"


class ThreadRunStepCancelledEvent(_Model, kw_only=True, tag_field="event", tag="thread.run.step.cancelled"):
    data: RunStep = _ABSENT

    @property
    def event(self) -> Literal["thread.run.step.cancelled"]:
        """Always ``thread.run.step.cancelled`` (the tag that selects this type)."""
        return "thread.run.step.cancelled"


class ThreadRunStepExpiredEvent(_Model, kw_only=True, tag_field="event", tag="thread.run.step.expired"):
    data: RunStep = _ABSENT

    @property
    def event(self) -> Literal["thread.run.step.expired"]:
        """Always ``thread.run.step.expired`` (the tag that selects this type)."""
        return "thread.run.step.expired"


ChatCompletionContentPart: TypeAlias = (
    ChatCompletionContentPartText
    | ChatCompletionContentPartImage
    | ChatCompletionContentPartAudio
    | ChatCompletionContentPartFile
)


ToolCalls: TypeAlias = ChatCompletionMessageToolCall | ChatCompletionMessageCustomToolCall


class ChatCompletionRequestAssistantMessage(_Model, kw_only=True, tag_field="role", tag="assistant"):
    content: str | Content3 | None = None
    refusal: Annotated[str, Meta(description="A refusal the assistant wrote earlier.")] | None = None
    name: str | None = None
    audio: Annotated[Audio, Meta(description="An earlier audio answer of the model, by its id.")] | None = None
    tool_calls: list[ToolCalls] | None = None
    function_call: (
        Annotated[
            FunctionCall,
            Meta(
                description="Deprecated, replaced by `tool_calls`. The name and arguments of the function the model called."
            ),
        ]
        | None
    ) = None

    @property
    def role(self) -> Literal["assistant"]:
        """Always ``assistant`` (the tag that selects this type)."""
        return "assistant"


ChatCompletionToolChoiceObject: TypeAlias = (
    ChatCompletionNamedToolChoice | ChatCompletionNamedToolChoiceCustom | ChatCompletionAllowedToolsChoice
)


class CreateModerationRequest(_Model, kw_only=True):
    input: Annotated[
        str | list[str] | list[ModerationInputPart],
        Meta(
            description="The text, or texts, to classify; for `omni-moderation` models also an array of text and image parts."
        ),
    ] = _ABSENT
    model: (
        Annotated[
            str,
            Meta(
                description="`omni-moderation-latest` (the server's default; text and images), or the text-only `text-moderation-latest` and `text-moderation-stable`."
            ),
        ]
        | None
    ) = None


class AssistantTool(_Model, kw_only=True):
    type: Annotated[str, Meta(description="code_interpreter, retrieval, file_search or function.")] = _ABSENT
    function: FunctionDefinition | None = None
    file_search: AssistantToolFileSearchSettings | None = None


class Assistant(_Model, kw_only=True):
    id: str = _ABSENT
    object: Annotated[str, Meta(description="Always `assistant`.")] | None = None
    created_at: Annotated[int, Meta(description="Unix time (seconds) of creation.")] | None = None
    name: Annotated[str, Meta(description="The name, up to 256 characters.")] | None = None
    description: Annotated[str, Meta(description="The description, up to 512 characters.")] | None = None
    model: Annotated[str, Meta(description="The ID of the model.")] | None = None
    instructions: Annotated[str, Meta(description="The system instructions, up to 256,000 characters.")] | None = None
    tools: (
        Annotated[
            list[AssistantTool],
            Meta(description="Up to 128 tools of type code_interpreter, retrieval, file_search or function."),
        ]
        | None
    ) = None
    file_ids: (
        Annotated[list[str], Meta(description="Up to 20 IDs of attached files, ordered by their creation date.")] | None
    ) = None
    metadata: Annotated[dict[str, str], Meta(description="Up to 16 key-value pairs of your own.")] | None = None
    temperature: Annotated[float, Meta(description="The sampling temperature, when the server reports it.")] | None = (
        None
    )
    top_p: Annotated[float, Meta(description="The nucleus sampling mass, when the server reports it.")] | None = None
    response_format: (
        Annotated[
            str | RunResponseFormat,
            Meta(description="`none`, `auto` or an object with the format's `type`, when the server reports it."),
        ]
        | None
    ) = None
    tool_resources: (
        Annotated[
            AssistantToolResources,
            Meta(description="The resources of the tools, by tool (today's API; v1 reports `file_ids`)."),
        ]
        | None
    ) = None
    reasoning_effort: (
        Annotated[str, Meta(description="How much a reasoning model reasons, when the server reports it.")] | None
    ) = None


class ListAssistantsResponse(_Model, kw_only=True):
    data: list[Assistant] = _ABSENT
    has_more: bool = _ABSENT
    object: str | None = None
    first_id: str | None = None
    last_id: str | None = None


class MessageAttachment(_Model, kw_only=True):
    file_id: Annotated[str, Meta(description="The ID of the file.")] | None = None
    tools: (
        Annotated[
            list[AssistantTool], Meta(description="The tools the file was added to (code_interpreter or file_search).")
        ]
        | None
    ) = None


class Message(_Model, kw_only=True):
    id: str = _ABSENT
    object: Annotated[str, Meta(description="Always `thread.message`.")] | None = None
    created_at: Annotated[int, Meta(description="Unix time (seconds) of creation.")] | None = None
    thread_id: Annotated[str, Meta(description="The ID of the thread the message belongs to.")] | None = None
    status: Annotated[str, Meta(description="in_progress, incomplete or completed.")] | None = None
    incomplete_details: (
        Annotated[MessageIncompleteDetails, Meta(description="Why an incomplete message is incomplete.")] | None
    ) = None
    completed_at: Annotated[int, Meta(description="Unix time (seconds) of completion.")] | None = None
    incomplete_at: (
        Annotated[int, Meta(description="Unix time (seconds) when the message was marked incomplete.")] | None
    ) = None
    role: Annotated[str, Meta(description="user or assistant.")] | None = None
    content: Annotated[list[MessageContent], Meta(description="The content, as text and image parts.")] | None = None
    assistant_id: (
        Annotated[str, Meta(description="The ID of the assistant that wrote the message, if one did.")] | None
    ) = None
    run_id: (
        Annotated[
            str, Meta(description="The ID of the run that created the message; null for messages created by hand.")
        ]
        | None
    ) = None
    file_ids: (
        Annotated[
            list[str],
            Meta(description="Up to 10 IDs of files the message uses (v1; today's API reports `attachments`)."),
        ]
        | None
    ) = None
    attachments: (
        Annotated[
            list[MessageAttachment],
            Meta(description="Files attached to the message and the tools they were added to (today's API)."),
        ]
        | None
    ) = None
    metadata: Annotated[dict[str, str], Meta(description="Up to 16 key-value pairs of your own.")] | None = None


class ListMessagesResponse(_Model, kw_only=True):
    data: list[Message] = _ABSENT
    has_more: bool = _ABSENT
    object: str | None = None
    first_id: str | None = None
    last_id: str | None = None


class Run(_Model, kw_only=True):
    id: str = _ABSENT
    object: Annotated[str, Meta(description="Always `thread.run`.")] | None = None
    created_at: Annotated[int, Meta(description="Unix time (seconds) of creation.")] | None = None
    thread_id: Annotated[str, Meta(description="The ID of the thread the run executes on.")] | None = None
    assistant_id: Annotated[str, Meta(description="The ID of the assistant that executes the run.")] | None = None
    status: (
        Annotated[
            str,
            Meta(
                description="queued, in_progress, requires_action, cancelling, cancelled, failed, completed or expired."
            ),
        ]
        | None
    ) = None
    required_action: (
        Annotated[
            RunRequiredAction,
            Meta(description="What the run needs to continue (tool outputs), when its status is requires_action."),
        ]
        | None
    ) = None
    last_error: Annotated[RunLastError, Meta(description="The last error of the run, if any.")] | None = None
    expires_at: Annotated[int, Meta(description="Unix time (seconds) when the run expires.")] | None = None
    started_at: Annotated[int, Meta(description="Unix time (seconds) when the run started.")] | None = None
    cancelled_at: Annotated[int, Meta(description="Unix time (seconds) when the run was cancelled.")] | None = None
    failed_at: Annotated[int, Meta(description="Unix time (seconds) when the run failed.")] | None = None
    completed_at: Annotated[int, Meta(description="Unix time (seconds) when the run completed.")] | None = None
    incomplete_details: (
        Annotated[RunIncompleteDetails, Meta(description="Why the run is incomplete, if it is.")] | None
    ) = None
    model: Annotated[str, Meta(description="The model the run used.")] | None = None
    instructions: Annotated[str, Meta(description="The instructions the run used.")] | None = None
    tools: Annotated[list[AssistantTool], Meta(description="The tools the run used.")] | None = None
    file_ids: Annotated[list[str], Meta(description="The IDs of the files the run used.")] | None = None
    metadata: Annotated[dict[str, str], Meta(description="Up to 16 key-value pairs of your own.")] | None = None
    usage: (
        Annotated[CompletionUsage, Meta(description="Token usage of the run; null until it reaches a terminal status.")]
        | None
    ) = None
    temperature: (
        Annotated[float, Meta(description="The sampling temperature the run used (1 when not set).")] | None
    ) = None
    top_p: Annotated[float, Meta(description="The nucleus sampling mass the run used (1 when not set).")] | None = None
    max_prompt_tokens: Annotated[int, Meta(description="The most prompt tokens the run may use.")] | None = None
    max_completion_tokens: Annotated[int, Meta(description="The most completion tokens the run may use.")] | None = None
    truncation_strategy: (
        Annotated[RunTruncationStrategy, Meta(description="How the thread was truncated before the run.")] | None
    ) = None
    parallel_tool_calls: (
        Annotated[bool, Meta(description="Whether the model may call several functions at once (today's API).")] | None
    ) = None
    tool_choice: (
        Annotated[str | RunToolChoice, Meta(description="`none`, `auto`, `required`, or the tool the model must use.")]
        | None
    ) = None
    response_format: (
        Annotated[str | RunResponseFormat, Meta(description="`none`, `auto`, or an object with the format's `type`.")]
        | None
    ) = None


class ListRunsResponse(_Model, kw_only=True):
    data: list[Run] = _ABSENT
    has_more: bool = _ABSENT
    object: str | None = None
    first_id: str | None = None
    last_id: str | None = None


class ThreadRunCreatedEvent(_Model, kw_only=True, tag_field="event", tag="thread.run.created"):
    data: Run = _ABSENT

    @property
    def event(self) -> Literal["thread.run.created"]:
        """Always ``thread.run.created`` (the tag that selects this type)."""
        return "thread.run.created"


class ThreadRunQueuedEvent(_Model, kw_only=True, tag_field="event", tag="thread.run.queued"):
    data: Run = _ABSENT

    @property
    def event(self) -> Literal["thread.run.queued"]:
        """Always ``thread.run.queued`` (the tag that selects this type)."""
        return "thread.run.queued"


class ThreadRunInProgressEvent(_Model, kw_only=True, tag_field="event", tag="thread.run.in_progress"):
    data: Run = _ABSENT

    @property
    def event(self) -> Literal["thread.run.in_progress"]:
        """Always ``thread.run.in_progress`` (the tag that selects this type)."""
        return "thread.run.in_progress"


class ThreadRunRequiresActionEvent(_Model, kw_only=True, tag_field="event", tag="thread.run.requires_action"):
    data: Run = _ABSENT

    @property
    def event(self) -> Literal["thread.run.requires_action"]:
        """Always ``thread.run.requires_action`` (the tag that selects this type)."""
        return "thread.run.requires_action"


class ThreadRunCompletedEvent(_Model, kw_only=True, tag_field="event", tag="thread.run.completed"):
    data: Run = _ABSENT

    @property
    def event(self) -> Literal["thread.run.completed"]:
        """Always ``thread.run.completed`` (the tag that selects this type)."""
        return "thread.run.completed"


class ThreadRunFailedEvent(_Model, kw_only=True, tag_field="event", tag="thread.run.failed"):
    data: Run = _ABSENT

    @property
    def event(self) -> Literal["thread.run.failed"]:
        """Always ``thread.run.failed`` (the tag that selects this type)."""
        return "thread.run.failed"


class ThreadRunCancellingEvent(_Model, kw_only=True, tag_field="event", tag="thread.run.cancelling"):
    data: Run = _ABSENT

    @property
    def event(self) -> Literal["thread.run.cancelling"]:
        """Always ``thread.run.cancelling`` (the tag that selects this type)."""
        return "thread.run.cancelling"


class ThreadRunCancelledEvent(_Model, kw_only=True, tag_field="event", tag="thread.run.cancelled"):
    data: Run = _ABSENT

    @property
    def event(self) -> Literal["thread.run.cancelled"]:
        """Always ``thread.run.cancelled`` (the tag that selects this type)."""
        return "thread.run.cancelled"


class ThreadRunExpiredEvent(_Model, kw_only=True, tag_field="event", tag="thread.run.expired"):
    data: Run = _ABSENT

    @property
    def event(self) -> Literal["thread.run.expired"]:
        """Always ``thread.run.expired`` (the tag that selects this type)."""
        return "thread.run.expired"


class ThreadMessageCreatedEvent(_Model, kw_only=True, tag_field="event", tag="thread.message.created"):
    data: Message = _ABSENT

    @property
    def event(self) -> Literal["thread.message.created"]:
        """Always ``thread.message.created`` (the tag that selects this type)."""
        return "thread.message.created"


class ThreadMessageInProgressEvent(_Model, kw_only=True, tag_field="event", tag="thread.message.in_progress"):
    data: Message = _ABSENT

    @property
    def event(self) -> Literal["thread.message.in_progress"]:
        """Always ``thread.message.in_progress`` (the tag that selects this type)."""
        return "thread.message.in_progress"


class ThreadMessageCompletedEvent(_Model, kw_only=True, tag_field="event", tag="thread.message.completed"):
    data: Message = _ABSENT

    @property
    def event(self) -> Literal["thread.message.completed"]:
        """Always ``thread.message.completed`` (the tag that selects this type)."""
        return "thread.message.completed"


class ThreadMessageIncompleteEvent(_Model, kw_only=True, tag_field="event", tag="thread.message.incomplete"):
    data: Message = _ABSENT

    @property
    def event(self) -> Literal["thread.message.incomplete"]:
        """Always ``thread.message.incomplete`` (the tag that selects this type)."""
        return "thread.message.incomplete"


Content2: TypeAlias = list[ChatCompletionContentPart]


class ChatCompletionRequestUserMessage(_Model, kw_only=True, tag_field="role", tag="user"):
    content: str | Content2 = _ABSENT
    name: str | None = None

    @property
    def role(self) -> Literal["user"]:
        """Always ``user`` (the tag that selects this type)."""
        return "user"


ChatCompletionToolChoiceOption: TypeAlias = Annotated[
    Literal["none", "auto", "required"] | ChatCompletionToolChoiceObject,
    Meta(
        description="`none`, `auto`, `required`, a named function or custom tool the model must call, or a subset of the tools the model may use."
    ),
]


AssistantStreamEvent: TypeAlias = Annotated[
    ThreadCreatedEvent
    | ThreadRunCreatedEvent
    | ThreadRunQueuedEvent
    | ThreadRunInProgressEvent
    | ThreadRunRequiresActionEvent
    | ThreadRunCompletedEvent
    | ThreadRunFailedEvent
    | ThreadRunCancellingEvent
    | ThreadRunCancelledEvent
    | ThreadRunExpiredEvent
    | ThreadRunStepCreatedEvent
    | ThreadRunStepInProgressEvent
    | ThreadRunStepDeltaEvent
    | ThreadRunStepCompletedEvent
    | ThreadRunStepFailedEvent
    | ThreadRunStepCancelledEvent
    | ThreadRunStepExpiredEvent
    | ThreadMessageCreatedEvent
    | ThreadMessageInProgressEvent
    | ThreadMessageDeltaEvent
    | ThreadMessageCompletedEvent
    | ThreadMessageIncompleteEvent
    | ErrorEvent
    | DoneEvent,
    Meta(
        description='One event of a streamed run (`stream` true on createRun, createThreadAndRun and submitToolOutputsToRun).\nOn the wire each is a server-sent event whose `event:` field is the event\'s name and whose `data:` field\nis the object, e.g. `event: thread.run.created` / `data: {"id": "run_123", "object": "thread.run", ...}`;\nhere the two are one object, `{"event": <name>, "data": <object>}`. The stream ends with\n`event: done` / `data: [DONE]`. New event names may appear: skip those you do not know.\n'
    ),
]


ChatCompletionRequestMessage: TypeAlias = Annotated[
    ChatCompletionRequestDeveloperMessage
    | ChatCompletionRequestSystemMessage
    | ChatCompletionRequestUserMessage
    | ChatCompletionRequestAssistantMessage
    | ChatCompletionRequestToolMessage
    | ChatCompletionRequestFunctionMessage,
    Meta(description="One message of the conversation."),
]


class CreateChatCompletionRequest(_Model, kw_only=True):
    messages: list[ChatCompletionRequestMessage] = _ABSENT
    model: Annotated[
        str,
        Meta(
            description="The ID of the model, e.g. `gpt-4o`, `gpt-4.1-mini`, `o4-mini`, `gpt-5` or `claude-3-haiku-20240307`."
        ),
    ] = _ABSENT
    audio: ChatCompletionAudioParam | None = None
    frequency_penalty: Annotated[FrequencyPenalty1, Meta(description="-2.0 to 2.0. Server default 0.")] | None = None
    logit_bias: LogitBias | None = None
    logprobs: (
        Annotated[bool, Meta(description="Return the log probabilities of the output tokens. Server default false.")]
        | None
    ) = None
    top_logprobs: (
        Annotated[TopLogprobs, Meta(description="0 to 20 most likely tokens at each position; needs `logprobs` true.")]
        | None
    ) = None
    max_completion_tokens: (
        Annotated[
            MaxCompletionTokens, Meta(description="The most tokens the completion may use, reasoning tokens included.")
        ]
        | None
    ) = None
    max_tokens: (
        Annotated[
            MaxTokens1,
            Meta(
                description="Deprecated: use `max_completion_tokens` (reasoning models refuse `max_tokens`). The maximum number of tokens to generate."
            ),
        ]
        | None
    ) = None
    metadata: Metadata | None = None
    modalities: (
        Annotated[
            list[Literal["text", "audio"]],
            Meta(
                description='What the model answers with; `["text", "audio"]` for an audio answer. Server default `["text"]`.'
            ),
        ]
        | None
    ) = None
    moderation: ChatModerationParam | None = None
    n: Annotated[N1, Meta(description="How many choices to generate. Server default 1.")] | None = None
    parallel_tool_calls: (
        Annotated[bool, Meta(description="Whether the model may call several tools in one turn. Server default true.")]
        | None
    ) = None
    prediction: PredictionContent | None = None
    presence_penalty: Annotated[PresencePenalty1, Meta(description="-2.0 to 2.0. Server default 0.")] | None = None
    prompt_cache_key: (
        Annotated[
            str,
            Meta(
                description="A key that groups requests sharing a prefix, so that they hit the prompt cache together."
            ),
        ]
        | None
    ) = None
    prompt_cache_options: PromptCacheOptions | None = None
    prompt_cache_retention: (
        Annotated[
            Literal["in_memory", "24h"],
            Meta(description="Deprecated: use `prompt_cache_options`. How long cached prefixes are kept."),
        ]
        | None
    ) = None
    reasoning_effort: (
        Annotated[
            Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"],
            Meta(
                description="How much a reasoning model (o-series, gpt-5) reasons before it answers; less is faster and spends fewer tokens. Server default `medium`."
            ),
        ]
        | None
    ) = None
    response_format: ResponseFormat | None = None
    safety_identifier: (
        Annotated[
            SafetyIdentifier,
            Meta(
                description="A stable identifier of the end user (a hash of their name or e-mail), up to 64 characters, that helps detect abuse."
            ),
        ]
        | None
    ) = None
    seed: (
        Annotated[int, Meta(description="Deprecated: determinism is best effort. A seed for repeatable sampling.")]
        | None
    ) = None
    service_tier: (
        Annotated[
            Literal["auto", "default", "flex", "scale", "priority", "fast"],
            Meta(description="The processing tier; `auto` (the server's default) uses the project's setting."),
        ]
        | None
    ) = None
    stop: StopSequences | None = None
    store: (
        Annotated[
            bool,
            Meta(description="Whether to store the completion for distillation and evaluations. Server default false."),
        ]
        | None
    ) = None
    stream: (
        Annotated[
            bool,
            Meta(
                description="Stream back chunks as server-sent events ending with `data: [DONE]`. Server default false."
            ),
        ]
        | None
    ) = None
    stream_options: StreamOptions | None = None
    temperature: (
        Annotated[Temperature, Meta(description="Sampling temperature between 0 and 2. Server default 1.")] | None
    ) = None
    top_p: Annotated[TopP, Meta(description="Nucleus sampling mass between 0 and 1. Server default 1.")] | None = None
    tools: list[Tools] | None = None
    tool_choice: ChatCompletionToolChoiceOption | None = None
    verbosity: (
        Annotated[
            Literal["low", "medium", "high"],
            Meta(description="How long and detailed the answer is (gpt-5). Server default `medium`."),
        ]
        | None
    ) = None
    web_search_options: WebSearchOptions | None = None
    user: (
        Annotated[
            str,
            Meta(
                description="Deprecated: use `safety_identifier` and `prompt_cache_key`. A unique identifier of the end user."
            ),
        ]
        | None
    ) = None
    function_call: (
        Annotated[
            Literal["none", "auto"] | ChatCompletionFunctionCallOption,
            Meta(
                description='Deprecated, replaced by `tool_choice`. Which function the model calls: `none` (none, it writes a message), `auto` (it chooses), or `{"name": "my_function"}` (that one). Server default `none` without `functions`, `auto` with them.'
            ),
        ]
        | None
    ) = None
    functions: (
        Annotated[
            list[FunctionDefinition],
            Meta(
                description="Deprecated, replaced by `tools`. 1 to 128 functions the model may generate JSON inputs for."
            ),
        ]
        | None
    ) = None


__all__ = [
    "AllowedTools",
    "Approximate",
    "Assistant",
    "AssistantFile",
    "AssistantTool",
    "AssistantToolFileSearchSettings",
    "AssistantToolResources",
    "AssistantToolResourcesCodeInterpreter",
    "AssistantToolResourcesFileSearch",
    "AssistantToolsCode",
    "AssistantToolsFileSearch",
    "AssistantToolsFileSearchSettings",
    "AssistantToolsFileSearchTypeOnly",
    "AssistantToolsFunction",
    "AssistantToolsRetrieval",
    "AssistantsNamedToolChoice",
    "AssistantsNamedToolChoiceFunction",
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
    "ChunkingStrategyAuto",
    "ChunkingStrategyStatic",
    "ChunkingStrategyStaticSettings",
    "CompletionChoice",
    "CompletionLogprobs",
    "CompletionTokensDetails",
    "CompletionUsage",
    "CreateAssistantFileRequest",
    "CreateAssistantRequest",
    "CreateChatCompletionRequest",
    "CreateChatCompletionResponse",
    "CreateChatCompletionStreamResponse",
    "CreateCompletionRequest",
    "CreateCompletionResponse",
    "CreateEmbeddingRequest",
    "CreateEmbeddingResponse",
    "CreateFileRequest",
    "CreateFineTuningJobHyperparameters",
    "CreateFineTuningJobIntegration",
    "CreateFineTuningJobIntegrationWandb",
    "CreateFineTuningJobRequest",
    "CreateImageEditRequest",
    "CreateImageRequest",
    "CreateImageVariationRequest",
    "CreateMessageRequest",
    "CreateModerationRequest",
    "CreateModerationResponse",
    "CreateRunRequest",
    "CreateSpeechRequest",
    "CreateThreadAndRunRequest",
    "CreateThreadRequest",
    "CreateToolResources",
    "CreateToolResourcesFileSearch",
    "CreateTranscriptionRequest",
    "CreateTranscriptionResponse",
    "CreateTranslationRequest",
    "CreateTranslationResponse",
    "Custom",
    "CustomToolCall",
    "CustomVoice",
    "DeleteAssistantFileResponse",
    "DeleteAssistantResponse",
    "DeleteFileResponse",
    "DeleteThreadResponse",
    "DoneEvent",
    "Dpo",
    "Embedding",
    "EmbeddingUsage",
    "Error",
    "ErrorEvent",
    "ErrorResponse",
    "File",
    "FileExpirationAfter",
    "FileSearchRanking",
    "FileSearchRankingOptions",
    "FineTuneGrader",
    "FineTuneGraderContentPart",
    "FineTuneGraderMessage",
    "FineTuneGraderSettings",
    "FineTuneMethod",
    "FineTuneMethodHyperparameters",
    "FineTuningIntegration",
    "FineTuningIntegrationWandb",
    "FineTuningJob",
    "FineTuningJobCheckpoint",
    "FineTuningJobError",
    "FineTuningJobEvent",
    "FineTuningJobHyperparameters",
    "Format",
    "Format1",
    "FunctionCall",
    "FunctionCallDelta",
    "FunctionDefinition",
    "Grammar",
    "Image",
    "ImageStreamEvent",
    "ImageUrl",
    "ImageUrl1",
    "ImagesResponse",
    "ImagesUsage",
    "InputAudio",
    "InputAudio1",
    "InputTokenDetails",
    "InputTokensDetails",
    "JsonSchema",
    "ListAssistantFilesResponse",
    "ListAssistantsResponse",
    "ListFilesResponse",
    "ListFineTuningJobCheckpointsResponse",
    "ListFineTuningJobEventsResponse",
    "ListMessageFilesResponse",
    "ListMessagesResponse",
    "ListModelsResponse",
    "ListPaginatedFineTuningJobsResponse",
    "ListRunStepsResponse",
    "ListRunsResponse",
    "ListTasksByConditionRequest",
    "Message",
    "MessageAttachment",
    "MessageAttachmentRequest",
    "MessageContent",
    "MessageContentFileCitation",
    "MessageContentFilePath",
    "MessageContentImageFile",
    "MessageContentImageUrl",
    "MessageContentText",
    "MessageContentTextAnnotation",
    "MessageDelta",
    "MessageDeltaContent",
    "MessageDeltaContentFileCitation",
    "MessageDeltaContentFilePath",
    "MessageDeltaContentImageFile",
    "MessageDeltaContentImageUrl",
    "MessageDeltaContentText",
    "MessageDeltaContentTextAnnotation",
    "MessageDeltaObject",
    "MessageFile",
    "MessageIncompleteDetails",
    "MessageRequestContentImageFile",
    "MessageRequestContentImageUrl",
    "MessageRequestContentText",
    "MessageRequestImageFile",
    "MessageRequestImageUrl",
    "Metrics",
    "MidjourneyErrorResponse",
    "Model",
    "ModerationCategories",
    "ModerationCategoryAppliedInputTypes",
    "ModerationCategoryScores",
    "ModerationConfig",
    "ModerationInputImage",
    "ModerationInputText",
    "ModerationResult",
    "ModifyAssistantRequest",
    "ModifyMessageRequest",
    "ModifyRunRequest",
    "ModifyThreadRequest",
    "NewVectorStore",
    "OpenAIFile",
    "OutputTokensDetails",
    "Policy",
    "PredictionContent",
    "PromptCacheBreakpoint",
    "PromptCacheOptions",
    "PromptTokensDetails",
    "Reinforcement",
    "ResponseFormatJsonObject",
    "ResponseFormatJsonSchema",
    "ResponseFormatText",
    "ResponseToolCall",
    "Run",
    "RunIncompleteDetails",
    "RunLastError",
    "RunRequiredAction",
    "RunResponseFormat",
    "RunResponseFormatJsonSchema",
    "RunStep",
    "RunStepCodeInterpreter",
    "RunStepCodeInterpreterImage",
    "RunStepCodeInterpreterOutput",
    "RunStepDelta",
    "RunStepDeltaObject",
    "RunStepDetails",
    "RunStepFileSearch",
    "RunStepFileSearchResult",
    "RunStepFileSearchResultContent",
    "RunStepFunction",
    "RunStepMessageCreation",
    "RunStepToolCall",
    "RunSubmitToolOutputs",
    "RunToolCall",
    "RunToolCallFunction",
    "RunToolChoice",
    "RunTruncationStrategy",
    "SamplingParams",
    "StreamOptions",
    "SubmitActionRequest",
    "SubmitBlendRequest",
    "SubmitChangeRequest",
    "SubmitDescribeRequest",
    "SubmitImagineRequest",
    "SubmitModalRequest",
    "SubmitResult",
    "SubmitShortenRequest",
    "SubmitSimpleChangeRequest",
    "SubmitToolOutputsRunRequest",
    "Supervised",
    "SwapFaceRequest",
    "Task",
    "TaskButton",
    "Thread",
    "ThreadCreatedEvent",
    "ThreadMessageCompletedEvent",
    "ThreadMessageCreatedEvent",
    "ThreadMessageDeltaEvent",
    "ThreadMessageInProgressEvent",
    "ThreadMessageIncompleteEvent",
    "ThreadRunCancelledEvent",
    "ThreadRunCancellingEvent",
    "ThreadRunCompletedEvent",
    "ThreadRunCreatedEvent",
    "ThreadRunExpiredEvent",
    "ThreadRunFailedEvent",
    "ThreadRunInProgressEvent",
    "ThreadRunQueuedEvent",
    "ThreadRunRequiresActionEvent",
    "ThreadRunStepCancelledEvent",
    "ThreadRunStepCompletedEvent",
    "ThreadRunStepCreatedEvent",
    "ThreadRunStepDeltaEvent",
    "ThreadRunStepExpiredEvent",
    "ThreadRunStepFailedEvent",
    "ThreadRunStepInProgressEvent",
    "ToolChoiceFunction",
    "ToolOutput",
    "ToolResources",
    "ToolResourcesCodeInterpreter",
    "ToolResourcesFileSearch",
    "TopLogprob",
    "TranscriptionLanguage",
    "TranscriptionLogprob",
    "TranscriptionSegment",
    "TranscriptionStreamEvent",
    "TranscriptionUsage",
    "TranscriptionWord",
    "TruncationStrategy",
    "UrlCitation",
    "UrlCitation1",
    "UserLocation",
    "VadConfig",
    "Voice",
    "WebSearchOptions",
]


import wushuang.types as _public  # noqa: E402

for _value in list(globals().values()):
    if isinstance(_value, type) and _value.__module__ == __name__:
        _value.__module__ = _public.__name__
