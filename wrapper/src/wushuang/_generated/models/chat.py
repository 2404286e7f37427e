# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""Response, chunk and error models (msgspec Structs), one per component schema of the spec: those of the chat resource."""

from typing import TYPE_CHECKING, Annotated, Any, TypeAlias

from msgspec import Meta

from wushuang._core.model import ABSENT as _ABSENT
from wushuang._core.model import Model as _Model

from ._shared import (
    CompletionUsage,
    FunctionDefinition,
    LogitBias,
    Metadata,
    PromptCacheBreakpoint,
    ResponseFormatJsonObject,
    ResponseFormatJsonSchema,
    ResponseFormatText,
    StopSequences,
    StreamOptions,
    Temperature,
    TopP,
)

if not TYPE_CHECKING:
    from wushuang._core.model import OpenLiteral as Literal
else:
    from typing import Literal


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
    messages: Annotated[
        list[ChatCompletionRequestMessage],
        Meta(
            description="The conversation so far, oldest first: each message a dict with its `role` (system, developer, user, assistant, tool) and `content`."
        ),
    ] = _ABSENT
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


for _name in __all__:
    globals()[_name].__module__ = "wushuang.types"
