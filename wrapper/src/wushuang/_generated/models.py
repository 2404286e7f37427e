# Generated from openapi/wushuang.yaml (sha256 a380b3bad5c311e5) by generator/ — do not edit by hand.
"""Response, chunk and error models (msgspec Structs), one per component schema of the spec."""

from __future__ import annotations

from typing import Annotated, Any, Literal, TypeAlias

from msgspec import Meta, field

from wushuang._model import Model as _Model


class Error(_Model, kw_only=True):
    message: str
    type: str | None = None
    param: str | None = None
    code: Annotated[str | int, Meta(description="A string on OpenAI; some relays send a number.")] | None = None


class ErrorResponse(_Model, kw_only=True):
    error: Error


class MidjourneyErrorResponse(_Model, kw_only=True):
    description: str
    type: str | None = None
    code: int | str | None = None


class CompletionUsage(_Model, kw_only=True):
    prompt_tokens: int
    completion_tokens: int
    total_tokens: int


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


StopSequences1: TypeAlias = Annotated[
    list[str],
    Meta(
        description="Up to 4 sequences where the API stops generating; the returned text does not contain them.",
        max_length=4,
        min_length=1,
    ),
]


StopSequences: TypeAlias = Annotated[
    str | StopSequences1,
    Meta(description="Up to 4 sequences where the API stops generating; the returned text does not contain them."),
]


LogitBiasAdditionalProperty: TypeAlias = Annotated[int, Meta(ge=-100, le=100)]


LogitBias: TypeAlias = dict[str, LogitBiasAdditionalProperty]


Prompt: TypeAlias = Annotated[
    list[int],
    Meta(
        description="The prompt(s), as a string, an array of strings, an array of tokens or an array of token arrays.",
        min_length=1,
    ),
]


Prompt1Item: TypeAlias = Annotated[list[int], Meta(min_length=1)]


Prompt1: TypeAlias = Annotated[
    list[Prompt1Item],
    Meta(
        description="The prompt(s), as a string, an array of strings, an array of tokens or an array of token arrays.",
        min_length=1,
    ),
]


BestOf: TypeAlias = Annotated[
    int,
    Meta(
        description="Generates `best_of` completions server-side and returns the best; must be greater than `n`. Cannot be streamed. Server default 1.",
        ge=0,
        le=20,
    ),
]


FrequencyPenalty: TypeAlias = Annotated[
    float,
    Meta(
        description="-2.0 to 2.0; positive values penalise tokens by their frequency so far. Server default 0.",
        ge=-2.0,
        le=2.0,
    ),
]


Logprobs: TypeAlias = Annotated[
    int,
    Meta(
        description="Include the log probabilities of the `logprobs` most likely tokens (0 to 5), as well as the chosen token. Server default null.",
        ge=0,
        le=5,
    ),
]


MaxTokens: TypeAlias = Annotated[
    int, Meta(description="The maximum number of tokens to generate. Server default 16.", ge=0)
]


N: TypeAlias = Annotated[
    int, Meta(description="How many completions to generate for each prompt. Server default 1.", ge=1, le=128)
]


PresencePenalty: TypeAlias = Annotated[
    float,
    Meta(
        description="-2.0 to 2.0; positive values penalise tokens that already appear. Server default 0.",
        ge=-2.0,
        le=2.0,
    ),
]


Temperature: TypeAlias = Annotated[
    float, Meta(description="Sampling temperature between 0 and 2. Server default 1.", ge=0.0, le=2.0)
]


TopP: TypeAlias = Annotated[
    float, Meta(description="Nucleus sampling mass between 0 and 1. Server default 1.", ge=0.0, le=1.0)
]


class CreateCompletionRequest(_Model, kw_only=True):
    model: Annotated[str, Meta(description="The ID of the model, e.g. `gpt-3.5-turbo-instruct`.")]
    prompt: Annotated[
        str | list[str] | Prompt | Prompt1,
        Meta(
            description="The prompt(s), as a string, an array of strings, an array of tokens or an array of token arrays."
        ),
    ]
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
    text: str
    index: int | None = None
    logprobs: CompletionLogprobs | None = None
    finish_reason: (
        Annotated[str, Meta(description="stop, length or content_filter; null in a stream until the last chunk.")]
        | None
    ) = None


class CreateCompletionResponse(_Model, kw_only=True):
    id: str
    choices: list[CompletionChoice]
    object: Annotated[str, Meta(description="Always `text_completion`.")] | None = None
    created: int | None = None
    model: str | None = None
    system_fingerprint: str | None = None
    usage: CompletionUsage | None = None


class ChatCompletionRequestSystemMessage(_Model, kw_only=True, tag_field="role", tag="system"):
    content: str
    name: str | None = None


class ChatCompletionContentPartText(_Model, kw_only=True, tag_field="type", tag="text"):
    text: str


class ImageUrl(_Model, kw_only=True):
    url: Annotated[str, Meta(description="A URL or a base64 data URL.")]
    detail: Literal["auto", "low", "high"] | None = None


class ChatCompletionRequestToolMessage(_Model, kw_only=True, tag_field="role", tag="tool"):
    content: str
    tool_call_id: str


class FunctionCall(_Model, kw_only=True):
    name: str
    arguments: Annotated[str, Meta(description="The arguments as a JSON document, as the model wrote them.")]


class FunctionDefinition(_Model, kw_only=True):
    name: Annotated[str, Meta(pattern="^[a-zA-Z0-9_-]{1,64}$")]
    description: str | None = None
    parameters: (
        Annotated[dict[str, Any], Meta(description="The function's parameters as a JSON Schema object.")] | None
    ) = None


class ToolChoiceFunction(_Model, kw_only=True):
    name: str


class ResponseFormat(_Model, kw_only=True):
    type: Literal["text", "json_object"]


FrequencyPenalty1: TypeAlias = Annotated[float, Meta(description="-2.0 to 2.0. Server default 0.", ge=-2.0, le=2.0)]


TopLogprobs: TypeAlias = Annotated[
    int, Meta(description="0 to 20 most likely tokens at each position; needs `logprobs` true.", ge=0, le=20)
]


MaxTokens1: TypeAlias = Annotated[int, Meta(description="The maximum number of tokens to generate.", ge=0)]


N1: TypeAlias = Annotated[int, Meta(description="How many choices to generate. Server default 1.", ge=1, le=128)]


PresencePenalty1: TypeAlias = Annotated[float, Meta(description="-2.0 to 2.0. Server default 0.", ge=-2.0, le=2.0)]


class TopLogprob(_Model, kw_only=True):
    token: str
    logprob: float
    bytes: list[int] | None = None


class ChatCompletionTokenLogprob(_Model, kw_only=True):
    token: str
    logprob: float
    bytes: list[int] | None = None
    top_logprobs: list[TopLogprob] | None = None


class ChatChoiceLogprobs(_Model, kw_only=True):
    content: list[ChatCompletionTokenLogprob] | None = None


class FunctionCallDelta(_Model, kw_only=True):
    name: str | None = None
    arguments: str | None = None


class Model(_Model, kw_only=True):
    id: str
    object: Annotated[str, Meta(description="Always `model`.")] | None = None
    created: int | None = None
    owned_by: str | None = None


class ListModelsResponse(_Model, kw_only=True):
    data: list[Model]
    object: str | None = None


class CreateFileRequest(_Model, kw_only=True):
    file: Annotated[bytes, Meta(description="The file to upload.")]
    purpose: Annotated[Literal["fine-tune", "assistants"], Meta(description="What the file is for.")]


class OpenAIFile(_Model, kw_only=True):
    id: str
    object: Annotated[str, Meta(description="Always `file`.")] | None = None
    bytes: int | None = None
    created_at: int | None = None
    filename: str | None = None
    purpose: str | None = None
    status: Annotated[str, Meta(description="uploaded, processed or error.")] | None = None
    status_details: str | None = None


class DeleteFileResponse(_Model, kw_only=True):
    id: str
    deleted: bool
    object: str | None = None


class CreateSpeechRequest(_Model, kw_only=True):
    model: Annotated[str, Meta(description="`tts-1` or `tts-1-hd`.")]
    input: Annotated[str, Meta(description="The text to speak.", max_length=4096)]
    voice: Literal["alloy", "echo", "fable", "onyx", "nova", "shimmer"]
    response_format: (
        Annotated[
            Literal["mp3", "opus", "aac", "flac", "wav", "pcm"],
            Meta(description="The audio format; server default mp3."),
        ]
        | None
    ) = None
    speed: Annotated[float, Meta(description="Server default 1.0.", ge=0.25, le=4.0)] | None = None


class CreateTranscriptionRequest(_Model, kw_only=True):
    file: Annotated[bytes, Meta(description="The audio file: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav or webm.")]
    model: Annotated[str, Meta(description="`whisper-1`.")]
    language: Annotated[str, Meta(description="The input language, as ISO-639-1.")] | None = None
    prompt: Annotated[str, Meta(description="Text to guide the style or continue a previous segment.")] | None = None
    response_format: (
        Annotated[
            Literal["json", "text", "srt", "verbose_json", "vtt"],
            Meta(description="Server default json; text, srt and vtt are answered as plain text."),
        ]
        | None
    ) = None
    temperature: Annotated[float, Meta(description="Server default 0.", ge=0.0, le=1.0)] | None = None
    timestamp_granularities__: (
        Annotated[
            list[Literal["word", "segment"]],
            Meta(description="Timestamp granularities; needs `response_format` verbose_json."),
        ]
        | None
    ) = field(name="timestamp_granularities[]", default=None)


class TranscriptionWord(_Model, kw_only=True):
    word: str
    start: float
    end: float


class TranscriptionSegment(_Model, kw_only=True):
    id: int
    start: float
    end: float
    text: str
    seek: int | None = None


class CreateTranscriptionResponse(_Model, kw_only=True):
    text: str
    language: str | None = None
    duration: float | None = None
    words: list[TranscriptionWord] | None = None
    segments: list[TranscriptionSegment] | None = None


class AssistantTool(_Model, kw_only=True):
    type: Annotated[str, Meta(description="code_interpreter, retrieval or function.")]
    function: FunctionDefinition | None = None


class Assistant(_Model, kw_only=True):
    id: str
    object: Annotated[str, Meta(description="Always `assistant`.")] | None = None
    created_at: int | None = None
    name: str | None = None
    description: str | None = None
    model: str | None = None
    instructions: str | None = None
    tools: list[AssistantTool] | None = None
    file_ids: list[str] | None = None
    metadata: dict[str, str] | None = None


class ListAssistantsResponse(_Model, kw_only=True):
    data: list[Assistant]
    has_more: bool
    object: str | None = None
    first_id: str | None = None
    last_id: str | None = None


class SubmitImagineRequest(_Model, kw_only=True):
    prompt: Annotated[str, Meta(description="The prompt.", min_length=1)]
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


class SubmitResult(_Model, kw_only=True):
    code: int
    description: str | None = None
    result: Annotated[str | int, Meta(description="The task ID (some relays send a number).")] | None = None
    properties: dict[str, Any] | None = None


class TaskButton(_Model, kw_only=True):
    custom_id: str | None = field(name="customId", default=None)
    emoji: str | None = None
    label: str | None = None
    type: int | None = None
    style: int | None = None


class Task(_Model, kw_only=True):
    id: str
    action: Annotated[str, Meta(description="IMAGINE, UPSCALE, VARIATION, ...")] | None = None
    status: (
        Annotated[str, Meta(description="NOT_START, SUBMITTED, MODAL, IN_PROGRESS, FAILURE, SUCCESS or CANCEL.")] | None
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
    buttons: list[TaskButton] | None = None
    properties: dict[str, Any] | None = None


class ChatCompletionContentPartImage(_Model, kw_only=True, tag_field="type", tag="image_url"):
    image_url: ImageUrl


class ChatCompletionMessageToolCall(_Model, kw_only=True):
    id: str
    type: Annotated[str, Meta(description="Always `function`.")]
    function: FunctionCall


class ChatCompletionTool(_Model, kw_only=True):
    type: Literal["function"]
    function: FunctionDefinition


class ChatCompletionNamedToolChoice(_Model, kw_only=True):
    type: Literal["function"]
    function: ToolChoiceFunction


class ChatCompletionResponseMessage(_Model, kw_only=True):
    role: Annotated[str, Meta(description="Always `assistant`.")] | None = None
    content: str | None = None
    tool_calls: list[ChatCompletionMessageToolCall] | None = None


class ChatCompletionChoice(_Model, kw_only=True):
    message: ChatCompletionResponseMessage
    index: int | None = None
    logprobs: ChatChoiceLogprobs | None = None
    finish_reason: (
        Annotated[str, Meta(description="stop, length, tool_calls, content_filter or function_call.")] | None
    ) = None


class CreateChatCompletionResponse(_Model, kw_only=True):
    id: str
    choices: list[ChatCompletionChoice]
    object: Annotated[str, Meta(description="Always `chat.completion`.")] | None = None
    created: int | None = None
    model: str | None = None
    system_fingerprint: str | None = None
    usage: CompletionUsage | None = None


class ChatCompletionMessageToolCallChunk(_Model, kw_only=True):
    index: int
    id: str | None = None
    type: str | None = None
    function: FunctionCallDelta | None = None


class ChatCompletionStreamDelta(_Model, kw_only=True):
    role: str | None = None
    content: str | None = None
    tool_calls: list[ChatCompletionMessageToolCallChunk] | None = None


class ChatCompletionStreamChoice(_Model, kw_only=True):
    delta: ChatCompletionStreamDelta
    index: int | None = None
    logprobs: ChatChoiceLogprobs | None = None
    finish_reason: str | None = None


class CreateChatCompletionStreamResponse(_Model, kw_only=True):
    id: str
    choices: list[ChatCompletionStreamChoice]
    object: Annotated[str, Meta(description="Always `chat.completion.chunk`.")] | None = None
    created: int | None = None
    model: str | None = None
    system_fingerprint: str | None = None
    usage: CompletionUsage | None = None


ChatCompletionContentPart: TypeAlias = ChatCompletionContentPartText | ChatCompletionContentPartImage


class ChatCompletionRequestAssistantMessage(_Model, kw_only=True, tag_field="role", tag="assistant"):
    content: str | None = None
    name: str | None = None
    tool_calls: list[ChatCompletionMessageToolCall] | None = None


ChatCompletionToolChoiceOption: TypeAlias = Annotated[
    Literal["none", "auto", "required"] | ChatCompletionNamedToolChoice,
    Meta(description="`none`, `auto`, `required`, or a named function the model must call."),
]


Content: TypeAlias = Annotated[list[ChatCompletionContentPart], Meta(min_length=1)]


class ChatCompletionRequestUserMessage(_Model, kw_only=True, tag_field="role", tag="user"):
    content: str | Content
    name: str | None = None


ChatCompletionRequestMessage: TypeAlias = Annotated[
    ChatCompletionRequestSystemMessage
    | ChatCompletionRequestUserMessage
    | ChatCompletionRequestAssistantMessage
    | ChatCompletionRequestToolMessage,
    Meta(description="One message of the conversation."),
]


class CreateChatCompletionRequest(_Model, kw_only=True):
    messages: Annotated[list[ChatCompletionRequestMessage], Meta(min_length=1)]
    model: Annotated[str, Meta(description="The ID of the model, e.g. `gpt-3.5-turbo` or `claude-3-haiku-20240307`.")]
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
    max_tokens: Annotated[MaxTokens1, Meta(description="The maximum number of tokens to generate.")] | None = None
    n: Annotated[N1, Meta(description="How many choices to generate. Server default 1.")] | None = None
    presence_penalty: Annotated[PresencePenalty1, Meta(description="-2.0 to 2.0. Server default 0.")] | None = None
    response_format: ResponseFormat | None = None
    seed: int | None = None
    stop: StopSequences | None = None
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
    tools: list[ChatCompletionTool] | None = None
    tool_choice: ChatCompletionToolChoiceOption | None = None
    user: Annotated[str, Meta(description="A unique identifier of the end user.")] | None = None
