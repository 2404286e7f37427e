# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""Request parameter types (TypedDicts keyed by wire names), one per component schema."""

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


Prompt: TypeAlias = list[int]


Prompt1Item: TypeAlias = list[int]


Prompt1: TypeAlias = list[Prompt1Item]


BestOf: TypeAlias = int


FrequencyPenalty: TypeAlias = float


Logprobs: TypeAlias = int


MaxTokens: TypeAlias = int


N: TypeAlias = int


PresencePenalty: TypeAlias = float


Temperature: TypeAlias = float


TopP: TypeAlias = float


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


class PromptCacheBreakpoint(TypedDict):
    mode: Literal["explicit"]


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


class FunctionDefinition(TypedDict):
    name: str
    description: NotRequired[str]
    parameters: NotRequired[dict[str, Any]]
    strict: NotRequired[bool | None]


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


MaxCompletionTokens: TypeAlias = int


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


class Model(TypedDict):
    id: str
    object: NotRequired[str]
    created: NotRequired[int]
    owned_by: NotRequired[str]
    shutdown_date: NotRequired[int | None]


class ListModelsResponse(TypedDict):
    object: NotRequired[str]
    data: list[Model]


class FileExpirationAfter(TypedDict):
    anchor: Literal["created_at"]
    seconds: int


class OpenAIFile(TypedDict):
    id: str
    object: NotRequired[str]
    bytes: NotRequired[int]
    created_at: NotRequired[int]
    filename: NotRequired[str]
    expires_at: NotRequired[int | None]
    purpose: NotRequired[str]
    status: NotRequired[str]
    status_details: NotRequired[str | None]


class DeleteFileResponse(TypedDict):
    id: str
    object: NotRequired[str]
    deleted: bool


class CustomVoice(TypedDict):
    id: str


class VadConfig(TypedDict):
    type: Literal["server_vad"]
    prefix_padding_ms: NotRequired[int]
    silence_duration_ms: NotRequired[int]
    threshold: NotRequired[float]


class TranscriptionWord(TypedDict):
    word: str
    start: float
    end: float


class TranscriptionSegment(TypedDict):
    id: NotRequired[int | str]
    type: NotRequired[str]
    speaker: NotRequired[str]
    seek: NotRequired[int]
    start: float
    end: float
    text: str
    tokens: NotRequired[list[int]]
    temperature: NotRequired[float]
    avg_logprob: NotRequired[float]
    compression_ratio: NotRequired[float]
    no_speech_prob: NotRequired[float]


class TranscriptionLogprob(TypedDict):
    token: NotRequired[str]
    logprob: NotRequired[float]
    bytes: NotRequired[list[float]]


class TranscriptionLanguage(TypedDict):
    code: NotRequired[str]


class InputTokenDetails(TypedDict):
    text_tokens: NotRequired[int]
    audio_tokens: NotRequired[int]


class TranscriptionUsage(TypedDict):
    type: NotRequired[str]
    input_tokens: NotRequired[int]
    input_token_details: NotRequired[InputTokenDetails]
    output_tokens: NotRequired[int]
    total_tokens: NotRequired[int]
    seconds: NotRequired[float]


class CreateTranscriptionResponse(TypedDict):
    text: str
    task: NotRequired[str]
    language: NotRequired[str]
    languages: NotRequired[list[TranscriptionLanguage]]
    duration: NotRequired[float]
    words: NotRequired[list[TranscriptionWord]]
    segments: NotRequired[list[TranscriptionSegment]]
    logprobs: NotRequired[list[TranscriptionLogprob]]
    usage: NotRequired[TranscriptionUsage]


class TranscriptionStreamEvent(TypedDict):
    type: NotRequired[str]
    delta: NotRequired[str]
    segment_id: NotRequired[str]
    id: NotRequired[str]
    start: NotRequired[float]
    end: NotRequired[float]
    speaker: NotRequired[str]
    text: NotRequired[str]
    languages: NotRequired[list[TranscriptionLanguage]]
    logprobs: NotRequired[list[TranscriptionLogprob]]
    usage: NotRequired[TranscriptionUsage]


class CreateTranslationRequest(TypedDict):
    file: bytes
    model: str
    prompt: NotRequired[str]
    response_format: NotRequired[Literal["json", "text", "srt", "verbose_json", "vtt"]]
    temperature: NotRequired[float]


class CreateTranslationResponse(TypedDict):
    text: str
    language: NotRequired[str]
    duration: NotRequired[float]
    segments: NotRequired[list[TranscriptionSegment]]


class ListFilesResponse(TypedDict):
    object: NotRequired[str]
    data: list[OpenAIFile]
    has_more: NotRequired[bool]
    first_id: NotRequired[str | None]
    last_id: NotRequired[str | None]


Input: TypeAlias = list[str]


Input1: TypeAlias = list[int]


Input2Item: TypeAlias = list[int]


Input2: TypeAlias = list[Input2Item]


class CreateEmbeddingRequest(TypedDict):
    input: str | Input | Input1 | Input2
    model: str
    encoding_format: NotRequired[Literal["float", "base64"]]
    dimensions: NotRequired[int]
    user: NotRequired[str]


class Embedding(TypedDict):
    index: int
    embedding: list[float | list[float]] | str
    object: NotRequired[str]


class EmbeddingUsage(TypedDict):
    prompt_tokens: int
    total_tokens: int


class CreateEmbeddingResponse(TypedDict):
    object: NotRequired[str]
    data: list[Embedding]
    model: NotRequired[str]
    usage: NotRequired[EmbeddingUsage]


class ModerationInputText(TypedDict):
    type: Literal["text"]
    text: str


class ImageUrl1(TypedDict):
    url: str


class ModerationInputImage(TypedDict):
    type: Literal["image_url"]
    image_url: ImageUrl1


ModerationCategories = TypedDict(
    "ModerationCategories",
    {
        "hate": NotRequired[bool],
        "hate/threatening": NotRequired[bool],
        "harassment": NotRequired[bool],
        "harassment/threatening": NotRequired[bool],
        "self-harm": NotRequired[bool],
        "self-harm/intent": NotRequired[bool],
        "self-harm/instructions": NotRequired[bool],
        "sexual": NotRequired[bool],
        "illicit": NotRequired[bool],
        "illicit/violent": NotRequired[bool],
        "sexual/minors": NotRequired[bool],
        "violence": NotRequired[bool],
        "violence/graphic": NotRequired[bool],
    },
)


ModerationCategoryScores = TypedDict(
    "ModerationCategoryScores",
    {
        "hate": NotRequired[float],
        "hate/threatening": NotRequired[float],
        "harassment": NotRequired[float],
        "harassment/threatening": NotRequired[float],
        "illicit": NotRequired[float],
        "illicit/violent": NotRequired[float],
        "self-harm": NotRequired[float],
        "self-harm/intent": NotRequired[float],
        "self-harm/instructions": NotRequired[float],
        "sexual": NotRequired[float],
        "sexual/minors": NotRequired[float],
        "violence": NotRequired[float],
        "violence/graphic": NotRequired[float],
    },
)


ModerationInputTypes: TypeAlias = list[str]


ModerationCategoryAppliedInputTypes = TypedDict(
    "ModerationCategoryAppliedInputTypes",
    {
        "hate": NotRequired[ModerationInputTypes],
        "hate/threatening": NotRequired[ModerationInputTypes],
        "harassment": NotRequired[ModerationInputTypes],
        "harassment/threatening": NotRequired[ModerationInputTypes],
        "illicit": NotRequired[ModerationInputTypes],
        "illicit/violent": NotRequired[ModerationInputTypes],
        "self-harm": NotRequired[ModerationInputTypes],
        "self-harm/intent": NotRequired[ModerationInputTypes],
        "self-harm/instructions": NotRequired[ModerationInputTypes],
        "sexual": NotRequired[ModerationInputTypes],
        "sexual/minors": NotRequired[ModerationInputTypes],
        "violence": NotRequired[ModerationInputTypes],
        "violence/graphic": NotRequired[ModerationInputTypes],
    },
)


OutputCompression: TypeAlias = int


PartialImages: TypeAlias = int


class CreateImageRequest(TypedDict):
    prompt: str
    model: NotRequired[str | None]
    n: NotRequired[N | None]
    quality: NotRequired[Literal["standard", "hd", "low", "medium", "high", "auto"] | None]
    response_format: NotRequired[Literal["url", "b64_json"] | None]
    size: NotRequired[
        Literal["auto", "256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "1792x1024", "1024x1792"] | None
    ]
    moderation: NotRequired[Literal["low", "auto"] | None]
    background: NotRequired[Literal["transparent", "opaque", "auto"] | None]
    output_format: NotRequired[Literal["png", "jpeg", "webp"] | None]
    output_compression: NotRequired[OutputCompression | None]
    stream: NotRequired[bool | None]
    partial_images: NotRequired[PartialImages | None]
    style: NotRequired[Literal["vivid", "natural"] | None]
    user: NotRequired[str]


ImageEditInput1: TypeAlias = list[bytes]


ImageEditInput: TypeAlias = bytes | ImageEditInput1


class CreateImageEditRequest(TypedDict):
    image: ImageEditInput
    prompt: str
    mask: NotRequired[bytes]
    model: NotRequired[str]
    n: NotRequired[int]
    size: NotRequired[Literal["256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "auto"]]
    quality: NotRequired[Literal["standard", "low", "medium", "high", "auto"]]
    response_format: NotRequired[Literal["url", "b64_json"]]
    input_fidelity: NotRequired[Literal["high", "low"]]
    background: NotRequired[Literal["transparent", "opaque", "auto"]]
    output_format: NotRequired[Literal["png", "jpeg", "webp"]]
    output_compression: NotRequired[int]
    stream: NotRequired[bool]
    partial_images: NotRequired[int]
    user: NotRequired[str]


class CreateImageVariationRequest(TypedDict):
    image: bytes
    model: NotRequired[str]
    n: NotRequired[int]
    response_format: NotRequired[Literal["url", "b64_json"]]
    size: NotRequired[Literal["256x256", "512x512", "1024x1024"]]
    user: NotRequired[str]


class Image(TypedDict):
    b64_json: NotRequired[str]
    url: NotRequired[str]
    revised_prompt: NotRequired[str]


class InputTokensDetails(TypedDict):
    text_tokens: NotRequired[int]
    image_tokens: NotRequired[int]


class OutputTokensDetails(TypedDict):
    text_tokens: NotRequired[int]
    image_tokens: NotRequired[int]


class ImagesUsage(TypedDict):
    input_tokens: NotRequired[int]
    output_tokens: NotRequired[int]
    total_tokens: NotRequired[int]
    input_tokens_details: NotRequired[InputTokensDetails]
    output_tokens_details: NotRequired[OutputTokensDetails]


class ImagesResponse(TypedDict):
    created: int
    data: NotRequired[list[Image]]
    background: NotRequired[str]
    output_format: NotRequired[str]
    quality: NotRequired[str]
    size: NotRequired[str]
    usage: NotRequired[ImagesUsage]


class ImageStreamEvent(TypedDict):
    type: NotRequired[str]
    b64_json: NotRequired[str]
    created_at: NotRequired[int]
    partial_image_index: NotRequired[int]
    background: NotRequired[str]
    output_format: NotRequired[str]
    quality: NotRequired[str]
    size: NotRequired[str]
    usage: NotRequired[ImagesUsage]


BatchSize: TypeAlias = int


LearningRateMultiplier: TypeAlias = float


NEpochs: TypeAlias = int


class CreateFineTuningJobHyperparameters(TypedDict):
    batch_size: NotRequired[Literal["auto"] | BatchSize]
    learning_rate_multiplier: NotRequired[Literal["auto"] | LearningRateMultiplier]
    n_epochs: NotRequired[Literal["auto"] | NEpochs]


Beta: TypeAlias = float


ComputeMultiplier: TypeAlias = float


EvalInterval: TypeAlias = int


EvalSamples: TypeAlias = int


class FineTuneMethodHyperparameters(TypedDict):
    batch_size: NotRequired[Literal["auto"] | str | BatchSize]
    learning_rate_multiplier: NotRequired[Literal["auto"] | str | LearningRateMultiplier]
    n_epochs: NotRequired[Literal["auto"] | str | NEpochs]
    beta: NotRequired[Literal["auto"] | str | Beta]
    compute_multiplier: NotRequired[Literal["auto"] | str | ComputeMultiplier]
    eval_interval: NotRequired[Literal["auto"] | str | EvalInterval]
    eval_samples: NotRequired[Literal["auto"] | str | EvalSamples]
    reasoning_effort: NotRequired[Literal["default", "low", "medium", "high"] | str]


class Supervised(TypedDict):
    hyperparameters: NotRequired[FineTuneMethodHyperparameters]


class Dpo(TypedDict):
    hyperparameters: NotRequired[FineTuneMethodHyperparameters]


class InputAudio1(TypedDict):
    data: NotRequired[str]
    format: NotRequired[str]


class FineTuneGraderContentPart(TypedDict):
    type: NotRequired[str]
    text: NotRequired[str]
    image_url: NotRequired[str]
    detail: NotRequired[str]
    input_audio: NotRequired[InputAudio1]
    prompt_cache_breakpoint: NotRequired[PromptCacheBreakpoint]


class FineTuneGraderMessage(TypedDict):
    role: Literal["user", "assistant", "system", "developer"] | str
    type: NotRequired[Literal["message"]]
    content: str | FineTuneGraderContentPart | list[FineTuneGraderContentPart]


MaxCompletionsTokens: TypeAlias = int


class SamplingParams(TypedDict):
    seed: NotRequired[int | None]
    top_p: NotRequired[float | None]
    temperature: NotRequired[float | None]
    max_completions_tokens: NotRequired[MaxCompletionsTokens | None]
    reasoning_effort: NotRequired[ReasoningEffort]


class FineTuneGraderSettings(TypedDict):
    type: Literal["string_check", "text_similarity", "python", "score_model", "label_model", "multi"] | str
    name: str
    input: NotRequired[str | list[FineTuneGraderMessage]]
    reference: NotRequired[str]
    operation: NotRequired[Literal["eq", "ne", "like", "ilike"] | str]
    evaluation_metric: NotRequired[str]
    source: NotRequired[str]
    image_tag: NotRequired[str]
    model: NotRequired[str]
    sampling_params: NotRequired[SamplingParams]
    range: NotRequired[list[float]]
    labels: NotRequired[list[str]]
    passing_labels: NotRequired[list[str]]


class FineTuneGrader(FineTuneGraderSettings):
    graders: NotRequired[FineTuneGraderSettings]
    calculate_output: NotRequired[str]


class CreateFineTuningJobIntegrationWandb(TypedDict):
    project: str
    name: NotRequired[str | None]
    entity: NotRequired[str | None]
    tags: NotRequired[list[str]]


class CreateFineTuningJobIntegration(TypedDict):
    type: Literal["wandb"]
    wandb: CreateFineTuningJobIntegrationWandb


Suffix: TypeAlias = str


Seed: TypeAlias = int


class FineTuningJobError(TypedDict):
    code: NotRequired[str]
    message: NotRequired[str]
    param: NotRequired[str | None]


class FineTuningJobHyperparameters(TypedDict):
    n_epochs: NotRequired[str | int]
    batch_size: NotRequired[str | int]
    learning_rate_multiplier: NotRequired[str | float]


class FineTuningIntegrationWandb(TypedDict):
    project: NotRequired[str]
    name: NotRequired[str | None]
    entity: NotRequired[str | None]
    tags: NotRequired[list[str]]
    run_id: NotRequired[str | None]


class FineTuningIntegration(TypedDict):
    type: str
    wandb: NotRequired[FineTuningIntegrationWandb]


class FineTuningJobEvent(TypedDict):
    id: str
    object: NotRequired[str]
    created_at: NotRequired[int]
    level: NotRequired[str]
    message: NotRequired[str]
    type: NotRequired[str]
    data: NotRequired[dict[str, Any] | None]


class ListFineTuningJobEventsResponse(TypedDict):
    object: NotRequired[str]
    data: list[FineTuningJobEvent]
    has_more: NotRequired[bool]


class Metrics(TypedDict):
    step: NotRequired[float]
    train_loss: NotRequired[float]
    train_mean_token_accuracy: NotRequired[float]
    valid_loss: NotRequired[float]
    valid_mean_token_accuracy: NotRequired[float]
    full_valid_loss: NotRequired[float]
    full_valid_mean_token_accuracy: NotRequired[float]


class FineTuningJobCheckpoint(TypedDict):
    id: str
    object: NotRequired[str]
    created_at: NotRequired[int]
    fine_tuned_model_checkpoint: NotRequired[str]
    fine_tuning_job_id: NotRequired[str]
    step_number: NotRequired[int]
    metrics: NotRequired[Metrics]


class ListFineTuningJobCheckpointsResponse(TypedDict):
    object: NotRequired[str]
    data: list[FineTuningJobCheckpoint]
    first_id: NotRequired[str | None]
    last_id: NotRequired[str | None]
    has_more: NotRequired[bool]


Metadata: TypeAlias = dict[str, str]


class AssistantToolsCode(TypedDict):
    type: Literal["code_interpreter"]


class AssistantToolsRetrieval(TypedDict):
    type: Literal["retrieval"]


class FileSearchRankingOptions(TypedDict):
    ranker: NotRequired[Literal["auto", "default_2024_08_21"]]
    score_threshold: float


class AssistantToolsFileSearchSettings(TypedDict):
    max_num_results: NotRequired[int]
    ranking_options: NotRequired[FileSearchRankingOptions]


class AssistantToolsFileSearch(TypedDict):
    type: Literal["file_search"]
    file_search: NotRequired[AssistantToolsFileSearchSettings]


class AssistantToolsFileSearchTypeOnly(TypedDict):
    type: Literal["file_search"]


class AssistantToolsFunction(TypedDict):
    type: Literal["function"]
    function: FunctionDefinition


AssistantToolDefinition: TypeAlias = (
    AssistantToolsCode | AssistantToolsRetrieval | AssistantToolsFileSearch | AssistantToolsFunction
)


class FileSearchRanking(TypedDict):
    ranker: NotRequired[str]
    score_threshold: NotRequired[float]


class AssistantToolResourcesCodeInterpreter(TypedDict):
    file_ids: NotRequired[list[str]]


class AssistantToolResourcesFileSearch(TypedDict):
    vector_store_ids: NotRequired[list[str]]


class ToolResourcesCodeInterpreter(TypedDict):
    file_ids: NotRequired[list[str]]


class ToolResourcesFileSearch(TypedDict):
    vector_store_ids: NotRequired[list[str]]


class ToolResources(TypedDict):
    code_interpreter: NotRequired[ToolResourcesCodeInterpreter]
    file_search: NotRequired[ToolResourcesFileSearch]


class ChunkingStrategyAuto(TypedDict):
    type: Literal["auto"]


class ChunkingStrategyStaticSettings(TypedDict):
    max_chunk_size_tokens: int
    chunk_overlap_tokens: int


class ChunkingStrategyStatic(TypedDict):
    type: Literal["static"]
    static: ChunkingStrategyStaticSettings


ChunkingStrategy: TypeAlias = ChunkingStrategyAuto | ChunkingStrategyStatic


class NewVectorStore(TypedDict):
    file_ids: NotRequired[list[str]]
    chunking_strategy: NotRequired[ChunkingStrategy]
    metadata: NotRequired[Metadata | None]


class CreateToolResourcesFileSearch(TypedDict):
    vector_store_ids: NotRequired[list[str]]
    vector_stores: NotRequired[list[NewVectorStore]]


class CreateToolResources(TypedDict):
    code_interpreter: NotRequired[ToolResourcesCodeInterpreter]
    file_search: NotRequired[CreateToolResourcesFileSearch]


AssistantsResponseFormat: TypeAlias = ResponseFormatText | ResponseFormatJsonObject | ResponseFormatJsonSchema


AssistantsResponseFormatOption: TypeAlias = Literal["none", "auto"] | AssistantsResponseFormat


class AssistantsNamedToolChoiceFunction(TypedDict):
    name: str


class AssistantsNamedToolChoice(TypedDict):
    type: Literal["function", "code_interpreter", "retrieval", "file_search"]
    function: NotRequired[AssistantsNamedToolChoiceFunction]


AssistantsToolChoiceOption: TypeAlias = Literal["none", "auto", "required"] | AssistantsNamedToolChoice


LastMessages: TypeAlias = int


class TruncationStrategy(TypedDict):
    type: Literal["auto", "last_messages"]
    last_messages: NotRequired[LastMessages | None]


Name: TypeAlias = str


Description: TypeAlias = str


Instructions: TypeAlias = str


class CreateAssistantRequest(TypedDict):
    model: str
    name: NotRequired[Name | None]
    description: NotRequired[Description | None]
    instructions: NotRequired[Instructions | None]
    tools: NotRequired[list[AssistantToolDefinition]]
    file_ids: NotRequired[list[str]]
    metadata: NotRequired[Metadata | None]
    temperature: NotRequired[Temperature | None]
    top_p: NotRequired[TopP | None]
    response_format: NotRequired[AssistantsResponseFormatOption | None]
    tool_resources: NotRequired[CreateToolResources | None]
    reasoning_effort: NotRequired[ReasoningEffort]


class ModifyAssistantRequest(TypedDict):
    model: NotRequired[str]
    name: NotRequired[Name | None]
    description: NotRequired[Description | None]
    instructions: NotRequired[Instructions | None]
    tools: NotRequired[list[AssistantToolDefinition]]
    file_ids: NotRequired[list[str]]
    metadata: NotRequired[Metadata | None]
    temperature: NotRequired[Temperature | None]
    top_p: NotRequired[TopP | None]
    response_format: NotRequired[AssistantsResponseFormatOption | None]
    tool_resources: NotRequired[ToolResources | None]
    reasoning_effort: NotRequired[ReasoningEffort]


class DeleteAssistantResponse(TypedDict):
    id: str
    object: NotRequired[str]
    deleted: bool


class CreateAssistantFileRequest(TypedDict):
    file_id: str


class AssistantFile(TypedDict):
    id: str
    object: NotRequired[str]
    created_at: NotRequired[int]
    assistant_id: NotRequired[str]


class ListAssistantFilesResponse(TypedDict):
    object: NotRequired[str]
    data: list[AssistantFile]
    first_id: NotRequired[str | None]
    last_id: NotRequired[str | None]
    has_more: bool


class DeleteAssistantFileResponse(TypedDict):
    id: str
    object: NotRequired[str]
    deleted: bool


class MessageRequestImageFile(TypedDict):
    file_id: str
    detail: NotRequired[Literal["auto", "low", "high"]]


class MessageRequestImageUrl(TypedDict):
    url: str
    detail: NotRequired[Literal["auto", "low", "high"]]


class MessageRequestContentImageFile(TypedDict):
    type: Literal["image_file"]
    image_file: MessageRequestImageFile


class MessageRequestContentImageUrl(TypedDict):
    type: Literal["image_url"]
    image_url: MessageRequestImageUrl


class MessageRequestContentText(TypedDict):
    type: Literal["text"]
    text: str


MessageRequestContentPart: TypeAlias = (
    MessageRequestContentImageFile | MessageRequestContentImageUrl | MessageRequestContentText
)


MessageAttachmentTool: TypeAlias = AssistantToolsCode | AssistantToolsFileSearchTypeOnly


class MessageAttachmentRequest(TypedDict):
    file_id: NotRequired[str]
    tools: NotRequired[list[MessageAttachmentTool]]


Content6: TypeAlias = str


Content7: TypeAlias = list[MessageRequestContentPart]


class CreateMessageRequest(TypedDict):
    role: Literal["user", "assistant"]
    content: Content6 | Content7
    file_ids: NotRequired[list[str]]
    metadata: NotRequired[Metadata | None]
    attachments: NotRequired[list[MessageAttachmentRequest] | None]


class CreateThreadRequest(TypedDict):
    messages: NotRequired[list[CreateMessageRequest]]
    metadata: NotRequired[Metadata | None]
    tool_resources: NotRequired[CreateToolResources | None]


class ModifyThreadRequest(TypedDict):
    metadata: NotRequired[Metadata | None]
    tool_resources: NotRequired[ToolResources | None]


class DeleteThreadResponse(TypedDict):
    id: str
    object: NotRequired[str]
    deleted: bool


class ModifyMessageRequest(TypedDict):
    metadata: NotRequired[Metadata | None]


class MessageContentImageFile(TypedDict):
    file_id: str
    detail: NotRequired[str]


class MessageContentImageUrl(TypedDict):
    url: str
    detail: NotRequired[str]


class MessageContentFileCitation(TypedDict):
    file_id: str
    quote: NotRequired[str]


class MessageContentFilePath(TypedDict):
    file_id: str


class MessageContentTextAnnotation(TypedDict):
    type: str
    text: NotRequired[str]
    start_index: NotRequired[int]
    end_index: NotRequired[int]
    file_citation: NotRequired[MessageContentFileCitation]
    file_path: NotRequired[MessageContentFilePath]


class MessageContentText(TypedDict):
    value: str
    annotations: NotRequired[list[MessageContentTextAnnotation]]


class MessageContent(TypedDict):
    type: str
    text: NotRequired[MessageContentText]
    image_file: NotRequired[MessageContentImageFile]
    image_url: NotRequired[MessageContentImageUrl]
    refusal: NotRequired[str]


class MessageIncompleteDetails(TypedDict):
    reason: NotRequired[str]


class MessageDeltaContentImageFile(TypedDict):
    file_id: NotRequired[str]
    detail: NotRequired[str]


class MessageDeltaContentImageUrl(TypedDict):
    url: NotRequired[str]
    detail: NotRequired[str]


class MessageDeltaContentFileCitation(TypedDict):
    file_id: NotRequired[str]
    quote: NotRequired[str]


class MessageDeltaContentFilePath(TypedDict):
    file_id: NotRequired[str]


class MessageDeltaContentTextAnnotation(TypedDict):
    index: int
    type: str
    text: NotRequired[str]
    start_index: NotRequired[int]
    end_index: NotRequired[int]
    file_citation: NotRequired[MessageDeltaContentFileCitation]
    file_path: NotRequired[MessageDeltaContentFilePath]


class MessageDeltaContentText(TypedDict):
    value: NotRequired[str]
    annotations: NotRequired[list[MessageDeltaContentTextAnnotation]]


class MessageDeltaContent(TypedDict):
    index: int
    type: str
    text: NotRequired[MessageDeltaContentText]
    image_file: NotRequired[MessageDeltaContentImageFile]
    image_url: NotRequired[MessageDeltaContentImageUrl]
    refusal: NotRequired[str]


class MessageDelta(TypedDict):
    role: NotRequired[str]
    content: NotRequired[list[MessageDeltaContent]]
    file_ids: NotRequired[list[str]]


class MessageDeltaObject(TypedDict):
    id: str
    object: NotRequired[str]
    delta: MessageDelta


class MessageFile(TypedDict):
    id: str
    object: NotRequired[str]
    created_at: NotRequired[int]
    message_id: NotRequired[str]


class ListMessageFilesResponse(TypedDict):
    object: NotRequired[str]
    data: list[MessageFile]
    first_id: NotRequired[str | None]
    last_id: NotRequired[str | None]
    has_more: bool


Tools1: TypeAlias = list[AssistantToolDefinition]


MaxPromptTokens: TypeAlias = int


class CreateRunRequest(TypedDict):
    assistant_id: str
    model: NotRequired[str | None]
    instructions: NotRequired[str | None]
    additional_instructions: NotRequired[str | None]
    additional_messages: NotRequired[list[CreateMessageRequest] | None]
    tools: NotRequired[Tools1 | None]
    metadata: NotRequired[Metadata | None]
    temperature: NotRequired[Temperature | None]
    top_p: NotRequired[TopP | None]
    stream: NotRequired[bool | None]
    max_prompt_tokens: NotRequired[MaxPromptTokens | None]
    max_completion_tokens: NotRequired[MaxCompletionTokens | None]
    truncation_strategy: NotRequired[TruncationStrategy | None]
    tool_choice: NotRequired[AssistantsToolChoiceOption | None]
    response_format: NotRequired[AssistantsResponseFormatOption | None]
    parallel_tool_calls: NotRequired[bool | None]
    reasoning_effort: NotRequired[ReasoningEffort]


class CreateThreadAndRunRequest(TypedDict):
    assistant_id: str
    thread: NotRequired[CreateThreadRequest]
    model: NotRequired[str | None]
    instructions: NotRequired[str | None]
    tools: NotRequired[Tools1 | None]
    metadata: NotRequired[Metadata | None]
    temperature: NotRequired[Temperature | None]
    top_p: NotRequired[TopP | None]
    stream: NotRequired[bool | None]
    max_prompt_tokens: NotRequired[MaxPromptTokens | None]
    max_completion_tokens: NotRequired[MaxCompletionTokens | None]
    truncation_strategy: NotRequired[TruncationStrategy | None]
    tool_choice: NotRequired[AssistantsToolChoiceOption | None]
    response_format: NotRequired[AssistantsResponseFormatOption | None]
    tool_resources: NotRequired[ToolResources | None]
    parallel_tool_calls: NotRequired[bool | None]


class ModifyRunRequest(TypedDict):
    metadata: NotRequired[Metadata | None]


class ToolOutput(TypedDict):
    tool_call_id: NotRequired[str]
    output: NotRequired[str]


class SubmitToolOutputsRunRequest(TypedDict):
    tool_outputs: list[ToolOutput]
    stream: NotRequired[bool | None]


class RunToolCallFunction(TypedDict):
    name: str
    arguments: str


class RunToolCall(TypedDict):
    id: str
    type: str
    function: RunToolCallFunction


class RunSubmitToolOutputs(TypedDict):
    tool_calls: list[RunToolCall]


class RunRequiredAction(TypedDict):
    type: str
    submit_tool_outputs: NotRequired[RunSubmitToolOutputs]


class RunLastError(TypedDict):
    code: NotRequired[str]
    message: str


class RunIncompleteDetails(TypedDict):
    reason: NotRequired[str]


class RunTruncationStrategy(TypedDict):
    type: str
    last_messages: NotRequired[int | None]


class RunToolChoice(TypedDict):
    type: str
    function: NotRequired[AssistantsNamedToolChoiceFunction]


class RunResponseFormatJsonSchema(TypedDict):
    name: NotRequired[str]
    description: NotRequired[str]
    schema: NotRequired[dict[str, Any]]
    strict: NotRequired[bool | None]


class RunStepMessageCreation(TypedDict):
    message_id: NotRequired[str]


class RunStepCodeInterpreterImage(TypedDict):
    file_id: NotRequired[str]


class RunStepCodeInterpreterOutput(TypedDict):
    index: NotRequired[int]
    type: str
    logs: NotRequired[str]
    image: NotRequired[RunStepCodeInterpreterImage]


class RunStepCodeInterpreter(TypedDict):
    input: NotRequired[str]
    outputs: NotRequired[list[RunStepCodeInterpreterOutput]]


class RunStepFunction(TypedDict):
    name: NotRequired[str]
    arguments: NotRequired[str]
    output: NotRequired[str | None]


class RunStepFileSearchResultContent(TypedDict):
    type: NotRequired[str]
    text: NotRequired[str]


class RunStepFileSearchResult(TypedDict):
    file_id: NotRequired[str]
    file_name: NotRequired[str]
    score: NotRequired[float]
    content: NotRequired[list[RunStepFileSearchResultContent]]


class RunStepFileSearch(TypedDict):
    ranking_options: NotRequired[FileSearchRanking]
    results: NotRequired[list[RunStepFileSearchResult]]


class RunStepToolCall(TypedDict):
    index: NotRequired[int]
    id: NotRequired[str]
    type: str
    code_interpreter: NotRequired[RunStepCodeInterpreter]
    retrieval: NotRequired[dict[str, Any]]
    file_search: NotRequired[RunStepFileSearch]
    function: NotRequired[RunStepFunction]


class RunStepDetails(TypedDict):
    type: str
    message_creation: NotRequired[RunStepMessageCreation]
    tool_calls: NotRequired[list[RunStepToolCall]]


class RunStepDelta(TypedDict):
    step_details: NotRequired[RunStepDetails]


class RunStepDeltaObject(TypedDict):
    id: str
    object: NotRequired[str]
    delta: RunStepDelta


class ThreadRunStepDeltaEvent(TypedDict):
    event: Literal["thread.run.step.delta"]
    data: RunStepDeltaObject


class ThreadMessageDeltaEvent(TypedDict):
    event: Literal["thread.message.delta"]
    data: MessageDeltaObject


class ErrorEvent(TypedDict):
    event: Literal["error"]
    data: Error


class DoneEvent(TypedDict):
    event: Literal["done"]
    data: Literal["[DONE]"]


class SubmitImagineRequest(TypedDict):
    prompt: str
    base64Array: NotRequired[list[str]]
    botType: NotRequired[Literal["MID_JOURNEY", "NIJI_JOURNEY"]]
    notifyHook: NotRequired[str]
    state: NotRequired[str]


Base64ArrayItem: TypeAlias = str


class SubmitBlendRequest(TypedDict):
    base64Array: list[Base64ArrayItem]
    dimensions: NotRequired[Literal["PORTRAIT", "SQUARE", "LANDSCAPE"]]
    botType: NotRequired[Literal["MID_JOURNEY", "NIJI_JOURNEY"]]
    notifyHook: NotRequired[str]
    state: NotRequired[str]


class SubmitDescribeRequest(TypedDict):
    base64: str
    botType: NotRequired[Literal["MID_JOURNEY", "NIJI_JOURNEY"]]
    notifyHook: NotRequired[str]
    state: NotRequired[str]


class SubmitChangeRequest(TypedDict):
    taskId: str
    action: Literal["UPSCALE", "VARIATION", "REROLL"]
    index: NotRequired[int]
    notifyHook: NotRequired[str]
    state: NotRequired[str]


class SubmitSimpleChangeRequest(TypedDict):
    content: str
    notifyHook: NotRequired[str]
    state: NotRequired[str]


class SubmitActionRequest(TypedDict):
    taskId: str
    customId: str
    chooseSameChannel: NotRequired[bool]
    notifyHook: NotRequired[str]
    state: NotRequired[str]


class SubmitModalRequest(TypedDict):
    taskId: str
    prompt: NotRequired[str]
    maskBase64: NotRequired[str]


class SubmitShortenRequest(TypedDict):
    prompt: str
    botType: NotRequired[Literal["MID_JOURNEY", "NIJI_JOURNEY"]]
    notifyHook: NotRequired[str]
    state: NotRequired[str]


class SwapFaceRequest(TypedDict):
    sourceBase64: str
    targetBase64: str
    notifyHook: NotRequired[str]
    state: NotRequired[str]


class ListTasksByConditionRequest(TypedDict):
    ids: list[str]


class SubmitResult(TypedDict):
    code: int
    description: NotRequired[str]
    result: NotRequired[str | int | None]
    properties: NotRequired[dict[str, Any] | None]


class TaskButton(TypedDict):
    customId: NotRequired[str]
    emoji: NotRequired[str]
    label: NotRequired[str]
    type: NotRequired[int]
    style: NotRequired[int]


class Task(TypedDict):
    id: str
    action: NotRequired[str | None]
    customId: NotRequired[str | None]
    botType: NotRequired[str | None]
    status: NotRequired[str | None]
    prompt: NotRequired[str | None]
    promptEn: NotRequired[str | None]
    description: NotRequired[str | None]
    state: NotRequired[str | None]
    submitTime: NotRequired[int | None]
    startTime: NotRequired[int | None]
    finishTime: NotRequired[int | None]
    progress: NotRequired[str | None]
    imageUrl: NotRequired[str | None]
    failReason: NotRequired[str | None]
    maskBase64: NotRequired[str | None]
    buttons: NotRequired[list[TaskButton] | None]
    properties: NotRequired[dict[str, Any] | None]


TaskList: TypeAlias = list[Task]


class CompletionUsage(TypedDict):
    prompt_tokens: int
    completion_tokens: int
    total_tokens: int
    completion_tokens_details: NotRequired[CompletionTokensDetails | None]
    prompt_tokens_details: NotRequired[PromptTokensDetails | None]


class CreateCompletionResponse(TypedDict):
    id: str
    object: NotRequired[str]
    created: NotRequired[int]
    model: NotRequired[str]
    system_fingerprint: NotRequired[str | None]
    choices: list[CompletionChoice]
    usage: NotRequired[CompletionUsage | None]


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


class CreateFileRequest(TypedDict):
    file: bytes
    purpose: Literal["assistants", "batch", "fine-tune", "vision", "user_data", "evals"]
    expires_after: NotRequired[FileExpirationAfter]


class CreateSpeechRequest(TypedDict):
    model: str
    input: str
    instructions: NotRequired[str]
    voice: str | CustomVoice
    response_format: NotRequired[Literal["mp3", "opus", "aac", "flac", "wav", "pcm"]]
    speed: NotRequired[float]
    stream_format: NotRequired[Literal["audio", "sse"]]


CreateTranscriptionRequest = TypedDict(
    "CreateTranscriptionRequest",
    {
        "file": bytes,
        "model": str,
        "language": NotRequired[str],
        "languages": NotRequired[list[str]],
        "keywords": NotRequired[list[str]],
        "prompt": NotRequired[str],
        "response_format": NotRequired[Literal["json", "text", "srt", "verbose_json", "vtt", "diarized_json"]],
        "temperature": NotRequired[float],
        "include": NotRequired[list[Literal["logprobs"]]],
        "timestamp_granularities[]": NotRequired[list[Literal["word", "segment"]]],
        "stream": NotRequired[bool],
        "chunking_strategy": NotRequired[Literal["auto"] | VadConfig],
        "known_speaker_names": NotRequired[list[str]],
        "known_speaker_references": NotRequired[list[str]],
    },
)


ModerationInputPart: TypeAlias = ModerationInputText | ModerationInputImage


class ModerationResult(TypedDict):
    flagged: bool
    categories: ModerationCategories
    category_scores: ModerationCategoryScores
    category_applied_input_types: NotRequired[ModerationCategoryAppliedInputTypes]


class CreateModerationResponse(TypedDict):
    id: NotRequired[str]
    model: NotRequired[str]
    results: list[ModerationResult]


class Reinforcement(TypedDict):
    grader: FineTuneGrader
    hyperparameters: NotRequired[FineTuneMethodHyperparameters]


class FineTuneMethod(TypedDict):
    type: Literal["supervised", "dpo", "reinforcement"] | str
    supervised: NotRequired[Supervised]
    dpo: NotRequired[Dpo]
    reinforcement: NotRequired[Reinforcement]


class CreateFineTuningJobRequest(TypedDict):
    model: str
    training_file: str
    hyperparameters: NotRequired[CreateFineTuningJobHyperparameters]
    method: NotRequired[FineTuneMethod]
    metadata: NotRequired[Metadata | None]
    suffix: NotRequired[Suffix | None]
    validation_file: NotRequired[str | None]
    integrations: NotRequired[list[CreateFineTuningJobIntegration] | None]
    seed: NotRequired[Seed | None]


class FineTuningJob(TypedDict):
    id: str
    object: NotRequired[str]
    created_at: NotRequired[int]
    error: NotRequired[FineTuningJobError | None]
    fine_tuned_model: NotRequired[str | None]
    finished_at: NotRequired[int | None]
    hyperparameters: NotRequired[FineTuningJobHyperparameters]
    model: NotRequired[str]
    organization_id: NotRequired[str]
    result_files: NotRequired[list[str]]
    status: NotRequired[str]
    trained_tokens: NotRequired[int | None]
    training_file: NotRequired[str]
    validation_file: NotRequired[str | None]
    integrations: NotRequired[list[FineTuningIntegration] | None]
    seed: NotRequired[int | None]
    method: NotRequired[FineTuneMethod]
    metadata: NotRequired[dict[str, str] | None]
    estimated_finish: NotRequired[int | None]


class ListPaginatedFineTuningJobsResponse(TypedDict):
    object: NotRequired[str]
    data: list[FineTuningJob]
    has_more: bool


class AssistantToolFileSearchSettings(TypedDict):
    max_num_results: NotRequired[int]
    ranking_options: NotRequired[FileSearchRanking]


class AssistantToolResources(TypedDict):
    code_interpreter: NotRequired[AssistantToolResourcesCodeInterpreter]
    file_search: NotRequired[AssistantToolResourcesFileSearch]


class Thread(TypedDict):
    id: str
    object: NotRequired[str]
    created_at: NotRequired[int]
    metadata: NotRequired[dict[str, str] | None]
    tool_resources: NotRequired[AssistantToolResources | None]


class RunResponseFormat(TypedDict):
    type: NotRequired[str]
    json_schema: NotRequired[RunResponseFormatJsonSchema]


class RunStep(TypedDict):
    id: str
    object: NotRequired[str]
    created_at: NotRequired[int]
    assistant_id: NotRequired[str]
    thread_id: NotRequired[str]
    run_id: NotRequired[str]
    type: NotRequired[str]
    status: NotRequired[str]
    step_details: NotRequired[RunStepDetails]
    last_error: NotRequired[RunLastError | None]
    expired_at: NotRequired[int | None]
    cancelled_at: NotRequired[int | None]
    failed_at: NotRequired[int | None]
    completed_at: NotRequired[int | None]
    metadata: NotRequired[dict[str, str] | None]
    usage: NotRequired[CompletionUsage | None]


class ListRunStepsResponse(TypedDict):
    object: NotRequired[str]
    data: list[RunStep]
    first_id: NotRequired[str | None]
    last_id: NotRequired[str | None]
    has_more: bool


class ThreadCreatedEvent(TypedDict):
    event: Literal["thread.created"]
    data: Thread


class ThreadRunStepCreatedEvent(TypedDict):
    event: Literal["thread.run.step.created"]
    data: RunStep


class ThreadRunStepInProgressEvent(TypedDict):
    event: Literal["thread.run.step.in_progress"]
    data: RunStep


class ThreadRunStepCompletedEvent(TypedDict):
    event: Literal["thread.run.step.completed"]
    data: RunStep


class ThreadRunStepFailedEvent(TypedDict):
    event: Literal["thread.run.step.failed"]
    data: RunStep


class ThreadRunStepCancelledEvent(TypedDict):
    event: Literal["thread.run.step.cancelled"]
    data: RunStep


class ThreadRunStepExpiredEvent(TypedDict):
    event: Literal["thread.run.step.expired"]
    data: RunStep


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


class CreateModerationRequest(TypedDict):
    input: str | list[str] | list[ModerationInputPart]
    model: NotRequired[str]


class AssistantTool(TypedDict):
    type: str
    function: NotRequired[FunctionDefinition]
    file_search: NotRequired[AssistantToolFileSearchSettings]


class Assistant(TypedDict):
    id: str
    object: NotRequired[str]
    created_at: NotRequired[int]
    name: NotRequired[str | None]
    description: NotRequired[str | None]
    model: NotRequired[str]
    instructions: NotRequired[str | None]
    tools: NotRequired[list[AssistantTool]]
    file_ids: NotRequired[list[str]]
    metadata: NotRequired[dict[str, str] | None]
    temperature: NotRequired[float | None]
    top_p: NotRequired[float | None]
    response_format: NotRequired[str | RunResponseFormat | None]
    tool_resources: NotRequired[AssistantToolResources | None]
    reasoning_effort: NotRequired[str | None]


class ListAssistantsResponse(TypedDict):
    object: NotRequired[str]
    data: list[Assistant]
    first_id: NotRequired[str | None]
    last_id: NotRequired[str | None]
    has_more: bool


class MessageAttachment(TypedDict):
    file_id: NotRequired[str]
    tools: NotRequired[list[AssistantTool]]


class Message(TypedDict):
    id: str
    object: NotRequired[str]
    created_at: NotRequired[int]
    thread_id: NotRequired[str]
    status: NotRequired[str]
    incomplete_details: NotRequired[MessageIncompleteDetails | None]
    completed_at: NotRequired[int | None]
    incomplete_at: NotRequired[int | None]
    role: NotRequired[str]
    content: NotRequired[list[MessageContent]]
    assistant_id: NotRequired[str | None]
    run_id: NotRequired[str | None]
    file_ids: NotRequired[list[str]]
    attachments: NotRequired[list[MessageAttachment] | None]
    metadata: NotRequired[dict[str, str] | None]


class ListMessagesResponse(TypedDict):
    object: NotRequired[str]
    data: list[Message]
    first_id: NotRequired[str | None]
    last_id: NotRequired[str | None]
    has_more: bool


class Run(TypedDict):
    id: str
    object: NotRequired[str]
    created_at: NotRequired[int]
    thread_id: NotRequired[str]
    assistant_id: NotRequired[str]
    status: NotRequired[str]
    required_action: NotRequired[RunRequiredAction | None]
    last_error: NotRequired[RunLastError | None]
    expires_at: NotRequired[int | None]
    started_at: NotRequired[int | None]
    cancelled_at: NotRequired[int | None]
    failed_at: NotRequired[int | None]
    completed_at: NotRequired[int | None]
    incomplete_details: NotRequired[RunIncompleteDetails | None]
    model: NotRequired[str | None]
    instructions: NotRequired[str | None]
    tools: NotRequired[list[AssistantTool]]
    file_ids: NotRequired[list[str]]
    metadata: NotRequired[dict[str, str] | None]
    usage: NotRequired[CompletionUsage | None]
    temperature: NotRequired[float | None]
    top_p: NotRequired[float | None]
    max_prompt_tokens: NotRequired[int | None]
    max_completion_tokens: NotRequired[int | None]
    truncation_strategy: NotRequired[RunTruncationStrategy | None]
    parallel_tool_calls: NotRequired[bool | None]
    tool_choice: NotRequired[str | RunToolChoice | None]
    response_format: NotRequired[str | RunResponseFormat | None]


class ListRunsResponse(TypedDict):
    object: NotRequired[str]
    data: list[Run]
    first_id: NotRequired[str | None]
    last_id: NotRequired[str | None]
    has_more: bool


class ThreadRunCreatedEvent(TypedDict):
    event: Literal["thread.run.created"]
    data: Run


class ThreadRunQueuedEvent(TypedDict):
    event: Literal["thread.run.queued"]
    data: Run


class ThreadRunInProgressEvent(TypedDict):
    event: Literal["thread.run.in_progress"]
    data: Run


class ThreadRunRequiresActionEvent(TypedDict):
    event: Literal["thread.run.requires_action"]
    data: Run


class ThreadRunCompletedEvent(TypedDict):
    event: Literal["thread.run.completed"]
    data: Run


class ThreadRunFailedEvent(TypedDict):
    event: Literal["thread.run.failed"]
    data: Run


class ThreadRunCancellingEvent(TypedDict):
    event: Literal["thread.run.cancelling"]
    data: Run


class ThreadRunCancelledEvent(TypedDict):
    event: Literal["thread.run.cancelled"]
    data: Run


class ThreadRunExpiredEvent(TypedDict):
    event: Literal["thread.run.expired"]
    data: Run


class ThreadMessageCreatedEvent(TypedDict):
    event: Literal["thread.message.created"]
    data: Message


class ThreadMessageInProgressEvent(TypedDict):
    event: Literal["thread.message.in_progress"]
    data: Message


class ThreadMessageCompletedEvent(TypedDict):
    event: Literal["thread.message.completed"]
    data: Message


class ThreadMessageIncompleteEvent(TypedDict):
    event: Literal["thread.message.incomplete"]
    data: Message


Content2: TypeAlias = list[ChatCompletionContentPart]


class ChatCompletionRequestUserMessage(TypedDict):
    role: Literal["user"]
    content: str | Content2
    name: NotRequired[str]


ChatCompletionToolChoiceOption: TypeAlias = Literal["none", "auto", "required"] | ChatCompletionToolChoiceObject


AssistantStreamEvent: TypeAlias = (
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
    | DoneEvent
)


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
