# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""Request parameter types (TypedDicts keyed by wire names), one per component schema: those of the beta resource."""

from __future__ import annotations

from typing import Any, Literal, NotRequired, TypeAlias, TypedDict

from ._shared import (
    CompletionUsage,
    Error,
    FunctionDefinition,
    MaxCompletionTokens,
    Metadata,
    ReasoningEffort,
    ResponseFormatJsonObject,
    ResponseFormatJsonSchema,
    ResponseFormatText,
    Temperature,
    TopP,
)


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


__all__ = [
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
    "ChunkingStrategyAuto",
    "ChunkingStrategyStatic",
    "ChunkingStrategyStaticSettings",
    "CreateAssistantFileRequest",
    "CreateAssistantRequest",
    "CreateMessageRequest",
    "CreateRunRequest",
    "CreateThreadAndRunRequest",
    "CreateThreadRequest",
    "CreateToolResources",
    "CreateToolResourcesFileSearch",
    "DeleteAssistantFileResponse",
    "DeleteAssistantResponse",
    "DeleteThreadResponse",
    "DoneEvent",
    "ErrorEvent",
    "FileSearchRanking",
    "FileSearchRankingOptions",
    "ListAssistantFilesResponse",
    "ListAssistantsResponse",
    "ListMessageFilesResponse",
    "ListMessagesResponse",
    "ListRunStepsResponse",
    "ListRunsResponse",
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
    "ModifyAssistantRequest",
    "ModifyMessageRequest",
    "ModifyRunRequest",
    "ModifyThreadRequest",
    "NewVectorStore",
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
    "SubmitToolOutputsRunRequest",
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
    "ToolOutput",
    "ToolResources",
    "ToolResourcesCodeInterpreter",
    "ToolResourcesFileSearch",
    "TruncationStrategy",
]
