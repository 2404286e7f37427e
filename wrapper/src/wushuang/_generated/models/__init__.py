# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""Response, chunk and error models (msgspec Structs), one per component schema of the spec, in one module per resource of the spec (``_shared``: those several resources use); each
module is imported when one of its names is first used."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # every name, the type aliases too (`as`: exported)
    from ._shared import CompletionTokensDetails as CompletionTokensDetails
    from ._shared import CompletionUsage as CompletionUsage
    from ._shared import Error as Error
    from ._shared import ErrorResponse as ErrorResponse
    from ._shared import FunctionDefinition as FunctionDefinition
    from ._shared import JsonSchema as JsonSchema
    from ._shared import LogitBias as LogitBias
    from ._shared import LogitBiasAdditionalProperty as LogitBiasAdditionalProperty
    from ._shared import Metadata as Metadata
    from ._shared import MetadataAdditionalProperty as MetadataAdditionalProperty
    from ._shared import MidjourneyErrorResponse as MidjourneyErrorResponse
    from ._shared import PromptCacheBreakpoint as PromptCacheBreakpoint
    from ._shared import PromptTokensDetails as PromptTokensDetails
    from ._shared import ReasoningEffort as ReasoningEffort
    from ._shared import ResponseFormatJsonObject as ResponseFormatJsonObject
    from ._shared import ResponseFormatJsonSchema as ResponseFormatJsonSchema
    from ._shared import ResponseFormatText as ResponseFormatText
    from ._shared import StopSequences as StopSequences
    from ._shared import StopSequences1 as StopSequences1
    from ._shared import StreamOptions as StreamOptions
    from ._shared import Temperature as Temperature
    from ._shared import TopP as TopP
    from .audio import CreateSpeechRequest as CreateSpeechRequest
    from .audio import CreateTranscriptionRequest as CreateTranscriptionRequest
    from .audio import CreateTranscriptionResponse as CreateTranscriptionResponse
    from .audio import CreateTranslationRequest as CreateTranslationRequest
    from .audio import CreateTranslationResponse as CreateTranslationResponse
    from .audio import CustomVoice as CustomVoice
    from .audio import InputTokenDetails as InputTokenDetails
    from .audio import TranscriptionLanguage as TranscriptionLanguage
    from .audio import TranscriptionLogprob as TranscriptionLogprob
    from .audio import TranscriptionSegment as TranscriptionSegment
    from .audio import TranscriptionStreamEvent as TranscriptionStreamEvent
    from .audio import TranscriptionUsage as TranscriptionUsage
    from .audio import TranscriptionWord as TranscriptionWord
    from .audio import VadConfig as VadConfig
    from .beta import Assistant as Assistant
    from .beta import AssistantFile as AssistantFile
    from .beta import AssistantsNamedToolChoice as AssistantsNamedToolChoice
    from .beta import AssistantsNamedToolChoiceFunction as AssistantsNamedToolChoiceFunction
    from .beta import AssistantsResponseFormat as AssistantsResponseFormat
    from .beta import AssistantsResponseFormatOption as AssistantsResponseFormatOption
    from .beta import AssistantsToolChoiceOption as AssistantsToolChoiceOption
    from .beta import AssistantStreamEvent as AssistantStreamEvent
    from .beta import AssistantTool as AssistantTool
    from .beta import AssistantToolDefinition as AssistantToolDefinition
    from .beta import AssistantToolFileSearchSettings as AssistantToolFileSearchSettings
    from .beta import AssistantToolResources as AssistantToolResources
    from .beta import AssistantToolResourcesCodeInterpreter as AssistantToolResourcesCodeInterpreter
    from .beta import AssistantToolResourcesFileSearch as AssistantToolResourcesFileSearch
    from .beta import AssistantToolsCode as AssistantToolsCode
    from .beta import AssistantToolsFileSearch as AssistantToolsFileSearch
    from .beta import AssistantToolsFileSearchSettings as AssistantToolsFileSearchSettings
    from .beta import AssistantToolsFileSearchTypeOnly as AssistantToolsFileSearchTypeOnly
    from .beta import AssistantToolsFunction as AssistantToolsFunction
    from .beta import AssistantToolsRetrieval as AssistantToolsRetrieval
    from .beta import ChunkingStrategy as ChunkingStrategy
    from .beta import ChunkingStrategyAuto as ChunkingStrategyAuto
    from .beta import ChunkingStrategyStatic as ChunkingStrategyStatic
    from .beta import ChunkingStrategyStaticSettings as ChunkingStrategyStaticSettings
    from .beta import Content6 as Content6
    from .beta import Content7 as Content7
    from .beta import CreateAssistantFileRequest as CreateAssistantFileRequest
    from .beta import CreateAssistantRequest as CreateAssistantRequest
    from .beta import CreateMessageRequest as CreateMessageRequest
    from .beta import CreateRunRequest as CreateRunRequest
    from .beta import CreateThreadAndRunRequest as CreateThreadAndRunRequest
    from .beta import CreateThreadRequest as CreateThreadRequest
    from .beta import CreateToolResources as CreateToolResources
    from .beta import CreateToolResourcesFileSearch as CreateToolResourcesFileSearch
    from .beta import DeleteAssistantFileResponse as DeleteAssistantFileResponse
    from .beta import DeleteAssistantResponse as DeleteAssistantResponse
    from .beta import DeleteThreadResponse as DeleteThreadResponse
    from .beta import Description as Description
    from .beta import DoneEvent as DoneEvent
    from .beta import ErrorEvent as ErrorEvent
    from .beta import FileSearchRanking as FileSearchRanking
    from .beta import FileSearchRankingOptions as FileSearchRankingOptions
    from .beta import Instructions as Instructions
    from .beta import LastMessages as LastMessages
    from .beta import ListAssistantFilesResponse as ListAssistantFilesResponse
    from .beta import ListAssistantsResponse as ListAssistantsResponse
    from .beta import ListMessageFilesResponse as ListMessageFilesResponse
    from .beta import ListMessagesResponse as ListMessagesResponse
    from .beta import ListRunsResponse as ListRunsResponse
    from .beta import ListRunStepsResponse as ListRunStepsResponse
    from .beta import MaxCompletionTokens1 as MaxCompletionTokens1
    from .beta import MaxPromptTokens as MaxPromptTokens
    from .beta import Message as Message
    from .beta import MessageAttachment as MessageAttachment
    from .beta import MessageAttachmentRequest as MessageAttachmentRequest
    from .beta import MessageAttachmentTool as MessageAttachmentTool
    from .beta import MessageContent as MessageContent
    from .beta import MessageContentFileCitation as MessageContentFileCitation
    from .beta import MessageContentFilePath as MessageContentFilePath
    from .beta import MessageContentImageFile as MessageContentImageFile
    from .beta import MessageContentImageUrl as MessageContentImageUrl
    from .beta import MessageContentText as MessageContentText
    from .beta import MessageContentTextAnnotation as MessageContentTextAnnotation
    from .beta import MessageDelta as MessageDelta
    from .beta import MessageDeltaContent as MessageDeltaContent
    from .beta import MessageDeltaContentFileCitation as MessageDeltaContentFileCitation
    from .beta import MessageDeltaContentFilePath as MessageDeltaContentFilePath
    from .beta import MessageDeltaContentImageFile as MessageDeltaContentImageFile
    from .beta import MessageDeltaContentImageUrl as MessageDeltaContentImageUrl
    from .beta import MessageDeltaContentText as MessageDeltaContentText
    from .beta import MessageDeltaContentTextAnnotation as MessageDeltaContentTextAnnotation
    from .beta import MessageDeltaObject as MessageDeltaObject
    from .beta import MessageFile as MessageFile
    from .beta import MessageIncompleteDetails as MessageIncompleteDetails
    from .beta import MessageRequestContentImageFile as MessageRequestContentImageFile
    from .beta import MessageRequestContentImageUrl as MessageRequestContentImageUrl
    from .beta import MessageRequestContentPart as MessageRequestContentPart
    from .beta import MessageRequestContentText as MessageRequestContentText
    from .beta import MessageRequestImageFile as MessageRequestImageFile
    from .beta import MessageRequestImageUrl as MessageRequestImageUrl
    from .beta import ModifyAssistantRequest as ModifyAssistantRequest
    from .beta import ModifyMessageRequest as ModifyMessageRequest
    from .beta import ModifyRunRequest as ModifyRunRequest
    from .beta import ModifyThreadRequest as ModifyThreadRequest
    from .beta import Name as Name
    from .beta import NewVectorStore as NewVectorStore
    from .beta import Run as Run
    from .beta import RunIncompleteDetails as RunIncompleteDetails
    from .beta import RunLastError as RunLastError
    from .beta import RunRequiredAction as RunRequiredAction
    from .beta import RunResponseFormat as RunResponseFormat
    from .beta import RunResponseFormatJsonSchema as RunResponseFormatJsonSchema
    from .beta import RunStep as RunStep
    from .beta import RunStepCodeInterpreter as RunStepCodeInterpreter
    from .beta import RunStepCodeInterpreterImage as RunStepCodeInterpreterImage
    from .beta import RunStepCodeInterpreterOutput as RunStepCodeInterpreterOutput
    from .beta import RunStepDelta as RunStepDelta
    from .beta import RunStepDeltaObject as RunStepDeltaObject
    from .beta import RunStepDetails as RunStepDetails
    from .beta import RunStepFileSearch as RunStepFileSearch
    from .beta import RunStepFileSearchResult as RunStepFileSearchResult
    from .beta import RunStepFileSearchResultContent as RunStepFileSearchResultContent
    from .beta import RunStepFunction as RunStepFunction
    from .beta import RunStepMessageCreation as RunStepMessageCreation
    from .beta import RunStepToolCall as RunStepToolCall
    from .beta import RunSubmitToolOutputs as RunSubmitToolOutputs
    from .beta import RunToolCall as RunToolCall
    from .beta import RunToolCallFunction as RunToolCallFunction
    from .beta import RunToolChoice as RunToolChoice
    from .beta import RunTruncationStrategy as RunTruncationStrategy
    from .beta import SubmitToolOutputsRunRequest as SubmitToolOutputsRunRequest
    from .beta import Temperature2 as Temperature2
    from .beta import Thread as Thread
    from .beta import ThreadCreatedEvent as ThreadCreatedEvent
    from .beta import ThreadMessageCompletedEvent as ThreadMessageCompletedEvent
    from .beta import ThreadMessageCreatedEvent as ThreadMessageCreatedEvent
    from .beta import ThreadMessageDeltaEvent as ThreadMessageDeltaEvent
    from .beta import ThreadMessageIncompleteEvent as ThreadMessageIncompleteEvent
    from .beta import ThreadMessageInProgressEvent as ThreadMessageInProgressEvent
    from .beta import ThreadRunCancelledEvent as ThreadRunCancelledEvent
    from .beta import ThreadRunCancellingEvent as ThreadRunCancellingEvent
    from .beta import ThreadRunCompletedEvent as ThreadRunCompletedEvent
    from .beta import ThreadRunCreatedEvent as ThreadRunCreatedEvent
    from .beta import ThreadRunExpiredEvent as ThreadRunExpiredEvent
    from .beta import ThreadRunFailedEvent as ThreadRunFailedEvent
    from .beta import ThreadRunInProgressEvent as ThreadRunInProgressEvent
    from .beta import ThreadRunQueuedEvent as ThreadRunQueuedEvent
    from .beta import ThreadRunRequiresActionEvent as ThreadRunRequiresActionEvent
    from .beta import ThreadRunStepCancelledEvent as ThreadRunStepCancelledEvent
    from .beta import ThreadRunStepCompletedEvent as ThreadRunStepCompletedEvent
    from .beta import ThreadRunStepCreatedEvent as ThreadRunStepCreatedEvent
    from .beta import ThreadRunStepDeltaEvent as ThreadRunStepDeltaEvent
    from .beta import ThreadRunStepExpiredEvent as ThreadRunStepExpiredEvent
    from .beta import ThreadRunStepFailedEvent as ThreadRunStepFailedEvent
    from .beta import ThreadRunStepInProgressEvent as ThreadRunStepInProgressEvent
    from .beta import ToolOutput as ToolOutput
    from .beta import ToolResources as ToolResources
    from .beta import ToolResourcesCodeInterpreter as ToolResourcesCodeInterpreter
    from .beta import ToolResourcesFileSearch as ToolResourcesFileSearch
    from .beta import Tools1 as Tools1
    from .beta import TopP2 as TopP2
    from .beta import TruncationStrategy as TruncationStrategy
    from .billing import BillingSubscription as BillingSubscription
    from .billing import BillingUsage as BillingUsage
    from .billing import ModelPricing as ModelPricing
    from .billing import PricingResponse as PricingResponse
    from .billing import TokenLog as TokenLog
    from .billing import TokenLogsResponse as TokenLogsResponse
    from .billing import TokenUsage as TokenUsage
    from .billing import TokenUsageResponse as TokenUsageResponse
    from .chat import N1 as N1
    from .chat import AllowedTools as AllowedTools
    from .chat import Approximate as Approximate
    from .chat import Audio as Audio
    from .chat import ChatChoiceLogprobs as ChatChoiceLogprobs
    from .chat import ChatCompletionAllowedToolsChoice as ChatCompletionAllowedToolsChoice
    from .chat import ChatCompletionAssistantContentPart as ChatCompletionAssistantContentPart
    from .chat import ChatCompletionAudio as ChatCompletionAudio
    from .chat import ChatCompletionAudioParam as ChatCompletionAudioParam
    from .chat import ChatCompletionChoice as ChatCompletionChoice
    from .chat import ChatCompletionContentPart as ChatCompletionContentPart
    from .chat import ChatCompletionContentPartAudio as ChatCompletionContentPartAudio
    from .chat import ChatCompletionContentPartFile as ChatCompletionContentPartFile
    from .chat import ChatCompletionContentPartImage as ChatCompletionContentPartImage
    from .chat import ChatCompletionContentPartRefusal as ChatCompletionContentPartRefusal
    from .chat import ChatCompletionContentPartText as ChatCompletionContentPartText
    from .chat import ChatCompletionCustomTool as ChatCompletionCustomTool
    from .chat import ChatCompletionFunctionCallOption as ChatCompletionFunctionCallOption
    from .chat import ChatCompletionMessageCustomToolCall as ChatCompletionMessageCustomToolCall
    from .chat import ChatCompletionMessageToolCall as ChatCompletionMessageToolCall
    from .chat import ChatCompletionMessageToolCallChunk as ChatCompletionMessageToolCallChunk
    from .chat import ChatCompletionNamedToolChoice as ChatCompletionNamedToolChoice
    from .chat import ChatCompletionNamedToolChoiceCustom as ChatCompletionNamedToolChoiceCustom
    from .chat import ChatCompletionRequestAssistantMessage as ChatCompletionRequestAssistantMessage
    from .chat import ChatCompletionRequestDeveloperMessage as ChatCompletionRequestDeveloperMessage
    from .chat import ChatCompletionRequestFunctionMessage as ChatCompletionRequestFunctionMessage
    from .chat import ChatCompletionRequestMessage as ChatCompletionRequestMessage
    from .chat import ChatCompletionRequestSystemMessage as ChatCompletionRequestSystemMessage
    from .chat import ChatCompletionRequestToolMessage as ChatCompletionRequestToolMessage
    from .chat import ChatCompletionRequestUserMessage as ChatCompletionRequestUserMessage
    from .chat import ChatCompletionResponseMessage as ChatCompletionResponseMessage
    from .chat import ChatCompletionStreamChoice as ChatCompletionStreamChoice
    from .chat import ChatCompletionStreamDelta as ChatCompletionStreamDelta
    from .chat import ChatCompletionTokenLogprob as ChatCompletionTokenLogprob
    from .chat import ChatCompletionTool as ChatCompletionTool
    from .chat import ChatCompletionToolChoiceObject as ChatCompletionToolChoiceObject
    from .chat import ChatCompletionToolChoiceOption as ChatCompletionToolChoiceOption
    from .chat import ChatModeration as ChatModeration
    from .chat import ChatModerationParam as ChatModerationParam
    from .chat import ChatModerationResult as ChatModerationResult
    from .chat import ChatModerationVerdict as ChatModerationVerdict
    from .chat import Content as Content
    from .chat import Content2 as Content2
    from .chat import Content3 as Content3
    from .chat import Content4 as Content4
    from .chat import CreateChatCompletionRequest as CreateChatCompletionRequest
    from .chat import CreateChatCompletionResponse as CreateChatCompletionResponse
    from .chat import CreateChatCompletionStreamResponse as CreateChatCompletionStreamResponse
    from .chat import Custom as Custom
    from .chat import CustomToolCall as CustomToolCall
    from .chat import File as File
    from .chat import Format as Format
    from .chat import Format1 as Format1
    from .chat import FrequencyPenalty1 as FrequencyPenalty1
    from .chat import FunctionCall as FunctionCall
    from .chat import FunctionCallDelta as FunctionCallDelta
    from .chat import Grammar as Grammar
    from .chat import ImageUrl as ImageUrl
    from .chat import InputAudio as InputAudio
    from .chat import MaxCompletionTokens as MaxCompletionTokens
    from .chat import MaxTokens1 as MaxTokens1
    from .chat import ModerationConfig as ModerationConfig
    from .chat import Policy as Policy
    from .chat import PredictionContent as PredictionContent
    from .chat import PresencePenalty1 as PresencePenalty1
    from .chat import PromptCacheOptions as PromptCacheOptions
    from .chat import ResponseFormat as ResponseFormat
    from .chat import ResponseToolCall as ResponseToolCall
    from .chat import SafetyIdentifier as SafetyIdentifier
    from .chat import ToolCalls as ToolCalls
    from .chat import ToolChoiceFunction as ToolChoiceFunction
    from .chat import Tools as Tools
    from .chat import TopLogprob as TopLogprob
    from .chat import TopLogprobs as TopLogprobs
    from .chat import UrlCitation as UrlCitation
    from .chat import UrlCitation1 as UrlCitation1
    from .chat import UserLocation as UserLocation
    from .chat import Voice as Voice
    from .chat import WebSearchOptions as WebSearchOptions
    from .completions import BestOf as BestOf
    from .completions import CompletionChoice as CompletionChoice
    from .completions import CompletionLogprobs as CompletionLogprobs
    from .completions import CreateCompletionRequest as CreateCompletionRequest
    from .completions import CreateCompletionResponse as CreateCompletionResponse
    from .completions import FrequencyPenalty as FrequencyPenalty
    from .completions import Logprobs as Logprobs
    from .completions import MaxTokens as MaxTokens
    from .completions import N as N
    from .completions import PresencePenalty as PresencePenalty
    from .completions import Prompt as Prompt
    from .completions import Prompt1 as Prompt1
    from .completions import Prompt1Item as Prompt1Item
    from .embeddings import CreateEmbeddingRequest as CreateEmbeddingRequest
    from .embeddings import CreateEmbeddingResponse as CreateEmbeddingResponse
    from .embeddings import Embedding as Embedding
    from .embeddings import EmbeddingUsage as EmbeddingUsage
    from .embeddings import Input as Input
    from .embeddings import Input1 as Input1
    from .embeddings import Input2 as Input2
    from .embeddings import Input2Item as Input2Item
    from .files import CreateFileRequest as CreateFileRequest
    from .files import DeleteFileResponse as DeleteFileResponse
    from .files import FileExpirationAfter as FileExpirationAfter
    from .files import ListFilesResponse as ListFilesResponse
    from .files import OpenAIFile as OpenAIFile
    from .fine_tuning import BatchSize as BatchSize
    from .fine_tuning import BatchSize1 as BatchSize1
    from .fine_tuning import Beta as Beta
    from .fine_tuning import ComputeMultiplier as ComputeMultiplier
    from .fine_tuning import CreateFineTuningJobHyperparameters as CreateFineTuningJobHyperparameters
    from .fine_tuning import CreateFineTuningJobIntegration as CreateFineTuningJobIntegration
    from .fine_tuning import CreateFineTuningJobIntegrationWandb as CreateFineTuningJobIntegrationWandb
    from .fine_tuning import CreateFineTuningJobRequest as CreateFineTuningJobRequest
    from .fine_tuning import Dpo as Dpo
    from .fine_tuning import EvalInterval as EvalInterval
    from .fine_tuning import EvalSamples as EvalSamples
    from .fine_tuning import FineTuneGrader as FineTuneGrader
    from .fine_tuning import FineTuneGraderContentPart as FineTuneGraderContentPart
    from .fine_tuning import FineTuneGraderMessage as FineTuneGraderMessage
    from .fine_tuning import FineTuneGraderSettings as FineTuneGraderSettings
    from .fine_tuning import FineTuneMethod as FineTuneMethod
    from .fine_tuning import FineTuneMethodHyperparameters as FineTuneMethodHyperparameters
    from .fine_tuning import FineTuningIntegration as FineTuningIntegration
    from .fine_tuning import FineTuningIntegrationWandb as FineTuningIntegrationWandb
    from .fine_tuning import FineTuningJob as FineTuningJob
    from .fine_tuning import FineTuningJobCheckpoint as FineTuningJobCheckpoint
    from .fine_tuning import FineTuningJobError as FineTuningJobError
    from .fine_tuning import FineTuningJobEvent as FineTuningJobEvent
    from .fine_tuning import FineTuningJobHyperparameters as FineTuningJobHyperparameters
    from .fine_tuning import InputAudio1 as InputAudio1
    from .fine_tuning import LearningRateMultiplier as LearningRateMultiplier
    from .fine_tuning import LearningRateMultiplier1 as LearningRateMultiplier1
    from .fine_tuning import ListFineTuningJobCheckpointsResponse as ListFineTuningJobCheckpointsResponse
    from .fine_tuning import ListFineTuningJobEventsResponse as ListFineTuningJobEventsResponse
    from .fine_tuning import ListPaginatedFineTuningJobsResponse as ListPaginatedFineTuningJobsResponse
    from .fine_tuning import MaxCompletionsTokens as MaxCompletionsTokens
    from .fine_tuning import Metrics as Metrics
    from .fine_tuning import NEpochs as NEpochs
    from .fine_tuning import NEpochs1 as NEpochs1
    from .fine_tuning import Reinforcement as Reinforcement
    from .fine_tuning import SamplingParams as SamplingParams
    from .fine_tuning import Seed as Seed
    from .fine_tuning import Suffix as Suffix
    from .fine_tuning import Supervised as Supervised
    from .images import N2 as N2
    from .images import CreateImageEditRequest as CreateImageEditRequest
    from .images import CreateImageRequest as CreateImageRequest
    from .images import CreateImageVariationRequest as CreateImageVariationRequest
    from .images import Image as Image
    from .images import ImageEditInput as ImageEditInput
    from .images import ImageEditInput1 as ImageEditInput1
    from .images import ImagesResponse as ImagesResponse
    from .images import ImageStreamEvent as ImageStreamEvent
    from .images import ImagesUsage as ImagesUsage
    from .images import InputTokensDetails as InputTokensDetails
    from .images import OutputCompression as OutputCompression
    from .images import OutputTokensDetails as OutputTokensDetails
    from .images import PartialImages as PartialImages
    from .midjourney import Base64ArrayItem as Base64ArrayItem
    from .midjourney import ListTasksByConditionRequest as ListTasksByConditionRequest
    from .midjourney import SubmitActionRequest as SubmitActionRequest
    from .midjourney import SubmitBlendRequest as SubmitBlendRequest
    from .midjourney import SubmitChangeRequest as SubmitChangeRequest
    from .midjourney import SubmitDescribeRequest as SubmitDescribeRequest
    from .midjourney import SubmitImagineRequest as SubmitImagineRequest
    from .midjourney import SubmitModalRequest as SubmitModalRequest
    from .midjourney import SubmitResult as SubmitResult
    from .midjourney import SubmitShortenRequest as SubmitShortenRequest
    from .midjourney import SubmitSimpleChangeRequest as SubmitSimpleChangeRequest
    from .midjourney import SwapFaceRequest as SwapFaceRequest
    from .midjourney import Task as Task
    from .midjourney import TaskButton as TaskButton
    from .midjourney import TaskList as TaskList
    from .models import ListModelsResponse as ListModelsResponse
    from .models import Model as Model
    from .moderations import CreateModerationRequest as CreateModerationRequest
    from .moderations import CreateModerationResponse as CreateModerationResponse
    from .moderations import ImageUrl1 as ImageUrl1
    from .moderations import ModerationCategories as ModerationCategories
    from .moderations import ModerationCategoryAppliedInputTypes as ModerationCategoryAppliedInputTypes
    from .moderations import ModerationCategoryScores as ModerationCategoryScores
    from .moderations import ModerationInputImage as ModerationInputImage
    from .moderations import ModerationInputPart as ModerationInputPart
    from .moderations import ModerationInputText as ModerationInputText
    from .moderations import ModerationInputTypes as ModerationInputTypes
    from .moderations import ModerationResult as ModerationResult
    from .rerank import RerankRequest as RerankRequest
    from .rerank import RerankResponse as RerankResponse
    from .rerank import RerankResult as RerankResult
    from .rerank import RerankUsage as RerankUsage

_MODULES: dict[str, str] = {
    "AllowedTools": "chat",
    "Approximate": "chat",
    "Assistant": "beta",
    "AssistantFile": "beta",
    "AssistantStreamEvent": "beta",
    "AssistantTool": "beta",
    "AssistantToolDefinition": "beta",
    "AssistantToolFileSearchSettings": "beta",
    "AssistantToolResources": "beta",
    "AssistantToolResourcesCodeInterpreter": "beta",
    "AssistantToolResourcesFileSearch": "beta",
    "AssistantToolsCode": "beta",
    "AssistantToolsFileSearch": "beta",
    "AssistantToolsFileSearchSettings": "beta",
    "AssistantToolsFileSearchTypeOnly": "beta",
    "AssistantToolsFunction": "beta",
    "AssistantToolsRetrieval": "beta",
    "AssistantsNamedToolChoice": "beta",
    "AssistantsNamedToolChoiceFunction": "beta",
    "AssistantsResponseFormat": "beta",
    "AssistantsResponseFormatOption": "beta",
    "AssistantsToolChoiceOption": "beta",
    "Audio": "chat",
    "Base64ArrayItem": "midjourney",
    "BatchSize": "fine_tuning",
    "BatchSize1": "fine_tuning",
    "BestOf": "completions",
    "Beta": "fine_tuning",
    "BillingSubscription": "billing",
    "BillingUsage": "billing",
    "ChatChoiceLogprobs": "chat",
    "ChatCompletionAllowedToolsChoice": "chat",
    "ChatCompletionAssistantContentPart": "chat",
    "ChatCompletionAudio": "chat",
    "ChatCompletionAudioParam": "chat",
    "ChatCompletionChoice": "chat",
    "ChatCompletionContentPart": "chat",
    "ChatCompletionContentPartAudio": "chat",
    "ChatCompletionContentPartFile": "chat",
    "ChatCompletionContentPartImage": "chat",
    "ChatCompletionContentPartRefusal": "chat",
    "ChatCompletionContentPartText": "chat",
    "ChatCompletionCustomTool": "chat",
    "ChatCompletionFunctionCallOption": "chat",
    "ChatCompletionMessageCustomToolCall": "chat",
    "ChatCompletionMessageToolCall": "chat",
    "ChatCompletionMessageToolCallChunk": "chat",
    "ChatCompletionNamedToolChoice": "chat",
    "ChatCompletionNamedToolChoiceCustom": "chat",
    "ChatCompletionRequestAssistantMessage": "chat",
    "ChatCompletionRequestDeveloperMessage": "chat",
    "ChatCompletionRequestFunctionMessage": "chat",
    "ChatCompletionRequestMessage": "chat",
    "ChatCompletionRequestSystemMessage": "chat",
    "ChatCompletionRequestToolMessage": "chat",
    "ChatCompletionRequestUserMessage": "chat",
    "ChatCompletionResponseMessage": "chat",
    "ChatCompletionStreamChoice": "chat",
    "ChatCompletionStreamDelta": "chat",
    "ChatCompletionTokenLogprob": "chat",
    "ChatCompletionTool": "chat",
    "ChatCompletionToolChoiceObject": "chat",
    "ChatCompletionToolChoiceOption": "chat",
    "ChatModeration": "chat",
    "ChatModerationParam": "chat",
    "ChatModerationResult": "chat",
    "ChatModerationVerdict": "chat",
    "ChunkingStrategy": "beta",
    "ChunkingStrategyAuto": "beta",
    "ChunkingStrategyStatic": "beta",
    "ChunkingStrategyStaticSettings": "beta",
    "CompletionChoice": "completions",
    "CompletionLogprobs": "completions",
    "CompletionTokensDetails": "_shared",
    "CompletionUsage": "_shared",
    "ComputeMultiplier": "fine_tuning",
    "Content": "chat",
    "Content2": "chat",
    "Content3": "chat",
    "Content4": "chat",
    "Content6": "beta",
    "Content7": "beta",
    "CreateAssistantFileRequest": "beta",
    "CreateAssistantRequest": "beta",
    "CreateChatCompletionRequest": "chat",
    "CreateChatCompletionResponse": "chat",
    "CreateChatCompletionStreamResponse": "chat",
    "CreateCompletionRequest": "completions",
    "CreateCompletionResponse": "completions",
    "CreateEmbeddingRequest": "embeddings",
    "CreateEmbeddingResponse": "embeddings",
    "CreateFileRequest": "files",
    "CreateFineTuningJobHyperparameters": "fine_tuning",
    "CreateFineTuningJobIntegration": "fine_tuning",
    "CreateFineTuningJobIntegrationWandb": "fine_tuning",
    "CreateFineTuningJobRequest": "fine_tuning",
    "CreateImageEditRequest": "images",
    "CreateImageRequest": "images",
    "CreateImageVariationRequest": "images",
    "CreateMessageRequest": "beta",
    "CreateModerationRequest": "moderations",
    "CreateModerationResponse": "moderations",
    "CreateRunRequest": "beta",
    "CreateSpeechRequest": "audio",
    "CreateThreadAndRunRequest": "beta",
    "CreateThreadRequest": "beta",
    "CreateToolResources": "beta",
    "CreateToolResourcesFileSearch": "beta",
    "CreateTranscriptionRequest": "audio",
    "CreateTranscriptionResponse": "audio",
    "CreateTranslationRequest": "audio",
    "CreateTranslationResponse": "audio",
    "Custom": "chat",
    "CustomToolCall": "chat",
    "CustomVoice": "audio",
    "DeleteAssistantFileResponse": "beta",
    "DeleteAssistantResponse": "beta",
    "DeleteFileResponse": "files",
    "DeleteThreadResponse": "beta",
    "Description": "beta",
    "DoneEvent": "beta",
    "Dpo": "fine_tuning",
    "Embedding": "embeddings",
    "EmbeddingUsage": "embeddings",
    "Error": "_shared",
    "ErrorEvent": "beta",
    "ErrorResponse": "_shared",
    "EvalInterval": "fine_tuning",
    "EvalSamples": "fine_tuning",
    "File": "chat",
    "FileExpirationAfter": "files",
    "FileSearchRanking": "beta",
    "FileSearchRankingOptions": "beta",
    "FineTuneGrader": "fine_tuning",
    "FineTuneGraderContentPart": "fine_tuning",
    "FineTuneGraderMessage": "fine_tuning",
    "FineTuneGraderSettings": "fine_tuning",
    "FineTuneMethod": "fine_tuning",
    "FineTuneMethodHyperparameters": "fine_tuning",
    "FineTuningIntegration": "fine_tuning",
    "FineTuningIntegrationWandb": "fine_tuning",
    "FineTuningJob": "fine_tuning",
    "FineTuningJobCheckpoint": "fine_tuning",
    "FineTuningJobError": "fine_tuning",
    "FineTuningJobEvent": "fine_tuning",
    "FineTuningJobHyperparameters": "fine_tuning",
    "Format": "chat",
    "Format1": "chat",
    "FrequencyPenalty": "completions",
    "FrequencyPenalty1": "chat",
    "FunctionCall": "chat",
    "FunctionCallDelta": "chat",
    "FunctionDefinition": "_shared",
    "Grammar": "chat",
    "Image": "images",
    "ImageEditInput": "images",
    "ImageEditInput1": "images",
    "ImageStreamEvent": "images",
    "ImageUrl": "chat",
    "ImageUrl1": "moderations",
    "ImagesResponse": "images",
    "ImagesUsage": "images",
    "Input": "embeddings",
    "Input1": "embeddings",
    "Input2": "embeddings",
    "Input2Item": "embeddings",
    "InputAudio": "chat",
    "InputAudio1": "fine_tuning",
    "InputTokenDetails": "audio",
    "InputTokensDetails": "images",
    "Instructions": "beta",
    "JsonSchema": "_shared",
    "LastMessages": "beta",
    "LearningRateMultiplier": "fine_tuning",
    "LearningRateMultiplier1": "fine_tuning",
    "ListAssistantFilesResponse": "beta",
    "ListAssistantsResponse": "beta",
    "ListFilesResponse": "files",
    "ListFineTuningJobCheckpointsResponse": "fine_tuning",
    "ListFineTuningJobEventsResponse": "fine_tuning",
    "ListMessageFilesResponse": "beta",
    "ListMessagesResponse": "beta",
    "ListModelsResponse": "models",
    "ListPaginatedFineTuningJobsResponse": "fine_tuning",
    "ListRunStepsResponse": "beta",
    "ListRunsResponse": "beta",
    "ListTasksByConditionRequest": "midjourney",
    "LogitBias": "_shared",
    "LogitBiasAdditionalProperty": "_shared",
    "Logprobs": "completions",
    "MaxCompletionTokens": "chat",
    "MaxCompletionTokens1": "beta",
    "MaxCompletionsTokens": "fine_tuning",
    "MaxPromptTokens": "beta",
    "MaxTokens": "completions",
    "MaxTokens1": "chat",
    "Message": "beta",
    "MessageAttachment": "beta",
    "MessageAttachmentRequest": "beta",
    "MessageAttachmentTool": "beta",
    "MessageContent": "beta",
    "MessageContentFileCitation": "beta",
    "MessageContentFilePath": "beta",
    "MessageContentImageFile": "beta",
    "MessageContentImageUrl": "beta",
    "MessageContentText": "beta",
    "MessageContentTextAnnotation": "beta",
    "MessageDelta": "beta",
    "MessageDeltaContent": "beta",
    "MessageDeltaContentFileCitation": "beta",
    "MessageDeltaContentFilePath": "beta",
    "MessageDeltaContentImageFile": "beta",
    "MessageDeltaContentImageUrl": "beta",
    "MessageDeltaContentText": "beta",
    "MessageDeltaContentTextAnnotation": "beta",
    "MessageDeltaObject": "beta",
    "MessageFile": "beta",
    "MessageIncompleteDetails": "beta",
    "MessageRequestContentImageFile": "beta",
    "MessageRequestContentImageUrl": "beta",
    "MessageRequestContentPart": "beta",
    "MessageRequestContentText": "beta",
    "MessageRequestImageFile": "beta",
    "MessageRequestImageUrl": "beta",
    "Metadata": "_shared",
    "MetadataAdditionalProperty": "_shared",
    "Metrics": "fine_tuning",
    "MidjourneyErrorResponse": "_shared",
    "Model": "models",
    "ModelPricing": "billing",
    "ModerationCategories": "moderations",
    "ModerationCategoryAppliedInputTypes": "moderations",
    "ModerationCategoryScores": "moderations",
    "ModerationConfig": "chat",
    "ModerationInputImage": "moderations",
    "ModerationInputPart": "moderations",
    "ModerationInputText": "moderations",
    "ModerationInputTypes": "moderations",
    "ModerationResult": "moderations",
    "ModifyAssistantRequest": "beta",
    "ModifyMessageRequest": "beta",
    "ModifyRunRequest": "beta",
    "ModifyThreadRequest": "beta",
    "N": "completions",
    "N1": "chat",
    "N2": "images",
    "NEpochs": "fine_tuning",
    "NEpochs1": "fine_tuning",
    "Name": "beta",
    "NewVectorStore": "beta",
    "OpenAIFile": "files",
    "OutputCompression": "images",
    "OutputTokensDetails": "images",
    "PartialImages": "images",
    "Policy": "chat",
    "PredictionContent": "chat",
    "PresencePenalty": "completions",
    "PresencePenalty1": "chat",
    "PricingResponse": "billing",
    "Prompt": "completions",
    "Prompt1": "completions",
    "Prompt1Item": "completions",
    "PromptCacheBreakpoint": "_shared",
    "PromptCacheOptions": "chat",
    "PromptTokensDetails": "_shared",
    "ReasoningEffort": "_shared",
    "Reinforcement": "fine_tuning",
    "RerankRequest": "rerank",
    "RerankResponse": "rerank",
    "RerankResult": "rerank",
    "RerankUsage": "rerank",
    "ResponseFormat": "chat",
    "ResponseFormatJsonObject": "_shared",
    "ResponseFormatJsonSchema": "_shared",
    "ResponseFormatText": "_shared",
    "ResponseToolCall": "chat",
    "Run": "beta",
    "RunIncompleteDetails": "beta",
    "RunLastError": "beta",
    "RunRequiredAction": "beta",
    "RunResponseFormat": "beta",
    "RunResponseFormatJsonSchema": "beta",
    "RunStep": "beta",
    "RunStepCodeInterpreter": "beta",
    "RunStepCodeInterpreterImage": "beta",
    "RunStepCodeInterpreterOutput": "beta",
    "RunStepDelta": "beta",
    "RunStepDeltaObject": "beta",
    "RunStepDetails": "beta",
    "RunStepFileSearch": "beta",
    "RunStepFileSearchResult": "beta",
    "RunStepFileSearchResultContent": "beta",
    "RunStepFunction": "beta",
    "RunStepMessageCreation": "beta",
    "RunStepToolCall": "beta",
    "RunSubmitToolOutputs": "beta",
    "RunToolCall": "beta",
    "RunToolCallFunction": "beta",
    "RunToolChoice": "beta",
    "RunTruncationStrategy": "beta",
    "SafetyIdentifier": "chat",
    "SamplingParams": "fine_tuning",
    "Seed": "fine_tuning",
    "StopSequences": "_shared",
    "StopSequences1": "_shared",
    "StreamOptions": "_shared",
    "SubmitActionRequest": "midjourney",
    "SubmitBlendRequest": "midjourney",
    "SubmitChangeRequest": "midjourney",
    "SubmitDescribeRequest": "midjourney",
    "SubmitImagineRequest": "midjourney",
    "SubmitModalRequest": "midjourney",
    "SubmitResult": "midjourney",
    "SubmitShortenRequest": "midjourney",
    "SubmitSimpleChangeRequest": "midjourney",
    "SubmitToolOutputsRunRequest": "beta",
    "Suffix": "fine_tuning",
    "Supervised": "fine_tuning",
    "SwapFaceRequest": "midjourney",
    "Task": "midjourney",
    "TaskButton": "midjourney",
    "TaskList": "midjourney",
    "Temperature": "_shared",
    "Temperature2": "beta",
    "Thread": "beta",
    "ThreadCreatedEvent": "beta",
    "ThreadMessageCompletedEvent": "beta",
    "ThreadMessageCreatedEvent": "beta",
    "ThreadMessageDeltaEvent": "beta",
    "ThreadMessageInProgressEvent": "beta",
    "ThreadMessageIncompleteEvent": "beta",
    "ThreadRunCancelledEvent": "beta",
    "ThreadRunCancellingEvent": "beta",
    "ThreadRunCompletedEvent": "beta",
    "ThreadRunCreatedEvent": "beta",
    "ThreadRunExpiredEvent": "beta",
    "ThreadRunFailedEvent": "beta",
    "ThreadRunInProgressEvent": "beta",
    "ThreadRunQueuedEvent": "beta",
    "ThreadRunRequiresActionEvent": "beta",
    "ThreadRunStepCancelledEvent": "beta",
    "ThreadRunStepCompletedEvent": "beta",
    "ThreadRunStepCreatedEvent": "beta",
    "ThreadRunStepDeltaEvent": "beta",
    "ThreadRunStepExpiredEvent": "beta",
    "ThreadRunStepFailedEvent": "beta",
    "ThreadRunStepInProgressEvent": "beta",
    "TokenLog": "billing",
    "TokenLogsResponse": "billing",
    "TokenUsage": "billing",
    "TokenUsageResponse": "billing",
    "ToolCalls": "chat",
    "ToolChoiceFunction": "chat",
    "ToolOutput": "beta",
    "ToolResources": "beta",
    "ToolResourcesCodeInterpreter": "beta",
    "ToolResourcesFileSearch": "beta",
    "Tools": "chat",
    "Tools1": "beta",
    "TopLogprob": "chat",
    "TopLogprobs": "chat",
    "TopP": "_shared",
    "TopP2": "beta",
    "TranscriptionLanguage": "audio",
    "TranscriptionLogprob": "audio",
    "TranscriptionSegment": "audio",
    "TranscriptionStreamEvent": "audio",
    "TranscriptionUsage": "audio",
    "TranscriptionWord": "audio",
    "TruncationStrategy": "beta",
    "UrlCitation": "chat",
    "UrlCitation1": "chat",
    "UserLocation": "chat",
    "VadConfig": "audio",
    "Voice": "chat",
    "WebSearchOptions": "chat",
}

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
    "BillingSubscription",
    "BillingUsage",
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
    "ModelPricing",
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
    "PricingResponse",
    "PromptCacheBreakpoint",
    "PromptCacheOptions",
    "PromptTokensDetails",
    "Reinforcement",
    "RerankRequest",
    "RerankResponse",
    "RerankResult",
    "RerankUsage",
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
    "TokenLog",
    "TokenLogsResponse",
    "TokenUsage",
    "TokenUsageResponse",
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


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
