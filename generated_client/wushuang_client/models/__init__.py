# Generated from openapi/wushuang.yaml (sha256 64239a6b5896bcff) by generator/ — do not edit by hand.
"""Contains all the data models used in inputs/outputs

Each model's module is imported the first time the model is used (`from wushuang_client.models import X`,
`wushuang_client.models.X`), so importing one endpoint module loads only the models that endpoint needs.
"""

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .assistant import Assistant
    from .assistant_metadata_type_0 import AssistantMetadataType0
    from .assistant_tool import AssistantTool
    from .chat_choice_logprobs import ChatChoiceLogprobs
    from .chat_completion_choice import ChatCompletionChoice
    from .chat_completion_content_part_image import ChatCompletionContentPartImage
    from .chat_completion_content_part_text import ChatCompletionContentPartText
    from .chat_completion_function_call_option import ChatCompletionFunctionCallOption
    from .chat_completion_message_tool_call import ChatCompletionMessageToolCall
    from .chat_completion_message_tool_call_chunk import ChatCompletionMessageToolCallChunk
    from .chat_completion_named_tool_choice import ChatCompletionNamedToolChoice
    from .chat_completion_request_assistant_message import ChatCompletionRequestAssistantMessage
    from .chat_completion_request_function_message import ChatCompletionRequestFunctionMessage
    from .chat_completion_request_system_message import ChatCompletionRequestSystemMessage
    from .chat_completion_request_tool_message import ChatCompletionRequestToolMessage
    from .chat_completion_request_user_message import ChatCompletionRequestUserMessage
    from .chat_completion_response_message import ChatCompletionResponseMessage
    from .chat_completion_stream_choice import ChatCompletionStreamChoice
    from .chat_completion_stream_delta import ChatCompletionStreamDelta
    from .chat_completion_token_logprob import ChatCompletionTokenLogprob
    from .chat_completion_tool import ChatCompletionTool
    from .chat_completion_tool_choice_option_type_0 import ChatCompletionToolChoiceOptionType0
    from .completion_choice import CompletionChoice
    from .completion_logprobs import CompletionLogprobs
    from .completion_logprobs_top_logprobs_item_type_0 import CompletionLogprobsTopLogprobsItemType0
    from .completion_usage import CompletionUsage
    from .create_chat_completion_request import CreateChatCompletionRequest
    from .create_chat_completion_request_function_call_type_0 import CreateChatCompletionRequestFunctionCallType0
    from .create_chat_completion_response import CreateChatCompletionResponse
    from .create_chat_completion_stream_response import CreateChatCompletionStreamResponse
    from .create_completion_request import CreateCompletionRequest
    from .create_completion_response import CreateCompletionResponse
    from .create_embedding_request import CreateEmbeddingRequest
    from .create_embedding_request_encoding_format import CreateEmbeddingRequestEncodingFormat
    from .create_embedding_response import CreateEmbeddingResponse
    from .create_file_request import CreateFileRequest
    from .create_file_request_purpose import CreateFileRequestPurpose
    from .create_fine_tuning_job_hyperparameters import CreateFineTuningJobHyperparameters
    from .create_fine_tuning_job_hyperparameters_batch_size_type_0 import (
        CreateFineTuningJobHyperparametersBatchSizeType0,
    )
    from .create_fine_tuning_job_hyperparameters_learning_rate_multiplier_type_0 import (
        CreateFineTuningJobHyperparametersLearningRateMultiplierType0,
    )
    from .create_fine_tuning_job_hyperparameters_n_epochs_type_0 import CreateFineTuningJobHyperparametersNEpochsType0
    from .create_fine_tuning_job_integration import CreateFineTuningJobIntegration
    from .create_fine_tuning_job_integration_type import CreateFineTuningJobIntegrationType
    from .create_fine_tuning_job_integration_wandb import CreateFineTuningJobIntegrationWandb
    from .create_fine_tuning_job_request import CreateFineTuningJobRequest
    from .create_image_edit_request import CreateImageEditRequest
    from .create_image_edit_request_response_format import CreateImageEditRequestResponseFormat
    from .create_image_edit_request_size import CreateImageEditRequestSize
    from .create_image_request import CreateImageRequest
    from .create_image_request_quality import CreateImageRequestQuality
    from .create_image_request_response_format_type_0 import CreateImageRequestResponseFormatType0
    from .create_image_request_size_type_0 import CreateImageRequestSizeType0
    from .create_image_request_style_type_0 import CreateImageRequestStyleType0
    from .create_image_variation_request import CreateImageVariationRequest
    from .create_image_variation_request_response_format import CreateImageVariationRequestResponseFormat
    from .create_image_variation_request_size import CreateImageVariationRequestSize
    from .create_moderation_request import CreateModerationRequest
    from .create_moderation_response import CreateModerationResponse
    from .create_speech_request import CreateSpeechRequest
    from .create_speech_request_response_format import CreateSpeechRequestResponseFormat
    from .create_speech_request_voice import CreateSpeechRequestVoice
    from .create_transcription_request import CreateTranscriptionRequest
    from .create_transcription_request_response_format import CreateTranscriptionRequestResponseFormat
    from .create_transcription_request_timestamp_granularities_item import (
        CreateTranscriptionRequestTimestampGranularitiesItem,
    )
    from .create_transcription_response import CreateTranscriptionResponse
    from .create_translation_request import CreateTranslationRequest
    from .create_translation_request_response_format import CreateTranslationRequestResponseFormat
    from .create_translation_response import CreateTranslationResponse
    from .delete_file_response import DeleteFileResponse
    from .embedding import Embedding
    from .embedding_usage import EmbeddingUsage
    from .error import Error
    from .error_response import ErrorResponse
    from .fine_tuning_integration import FineTuningIntegration
    from .fine_tuning_integration_wandb import FineTuningIntegrationWandb
    from .fine_tuning_job import FineTuningJob
    from .fine_tuning_job_error import FineTuningJobError
    from .fine_tuning_job_event import FineTuningJobEvent
    from .fine_tuning_job_event_data_type_0 import FineTuningJobEventDataType0
    from .fine_tuning_job_hyperparameters import FineTuningJobHyperparameters
    from .function_call import FunctionCall
    from .function_call_delta import FunctionCallDelta
    from .function_definition import FunctionDefinition
    from .function_definition_parameters import FunctionDefinitionParameters
    from .image import Image
    from .image_url import ImageUrl
    from .image_url_detail import ImageUrlDetail
    from .images_response import ImagesResponse
    from .list_assistants_order import ListAssistantsOrder
    from .list_assistants_response import ListAssistantsResponse
    from .list_files_response import ListFilesResponse
    from .list_fine_tuning_job_events_response import ListFineTuningJobEventsResponse
    from .list_models_response import ListModelsResponse
    from .list_paginated_fine_tuning_jobs_response import ListPaginatedFineTuningJobsResponse
    from .logit_bias import LogitBias
    from .midjourney_error_response import MidjourneyErrorResponse
    from .model import Model
    from .moderation_categories import ModerationCategories
    from .moderation_category_scores import ModerationCategoryScores
    from .moderation_result import ModerationResult
    from .open_ai_file import OpenAIFile
    from .response_format import ResponseFormat
    from .response_format_type import ResponseFormatType
    from .stream_options import StreamOptions
    from .submit_imagine_request import SubmitImagineRequest
    from .submit_imagine_request_bot_type import SubmitImagineRequestBotType
    from .submit_result import SubmitResult
    from .submit_result_properties_type_0 import SubmitResultPropertiesType0
    from .task import Task
    from .task_button import TaskButton
    from .task_properties_type_0 import TaskPropertiesType0
    from .tool_choice_function import ToolChoiceFunction
    from .top_logprob import TopLogprob
    from .transcription_segment import TranscriptionSegment
    from .transcription_word import TranscriptionWord

__all__ = (
    "Assistant",
    "AssistantMetadataType0",
    "AssistantTool",
    "ChatChoiceLogprobs",
    "ChatCompletionChoice",
    "ChatCompletionContentPartImage",
    "ChatCompletionContentPartText",
    "ChatCompletionFunctionCallOption",
    "ChatCompletionMessageToolCall",
    "ChatCompletionMessageToolCallChunk",
    "ChatCompletionNamedToolChoice",
    "ChatCompletionRequestAssistantMessage",
    "ChatCompletionRequestFunctionMessage",
    "ChatCompletionRequestSystemMessage",
    "ChatCompletionRequestToolMessage",
    "ChatCompletionRequestUserMessage",
    "ChatCompletionResponseMessage",
    "ChatCompletionStreamChoice",
    "ChatCompletionStreamDelta",
    "ChatCompletionTokenLogprob",
    "ChatCompletionTool",
    "ChatCompletionToolChoiceOptionType0",
    "CompletionChoice",
    "CompletionLogprobs",
    "CompletionLogprobsTopLogprobsItemType0",
    "CompletionUsage",
    "CreateChatCompletionRequest",
    "CreateChatCompletionRequestFunctionCallType0",
    "CreateChatCompletionResponse",
    "CreateChatCompletionStreamResponse",
    "CreateCompletionRequest",
    "CreateCompletionResponse",
    "CreateEmbeddingRequest",
    "CreateEmbeddingRequestEncodingFormat",
    "CreateEmbeddingResponse",
    "CreateFileRequest",
    "CreateFileRequestPurpose",
    "CreateFineTuningJobHyperparameters",
    "CreateFineTuningJobHyperparametersBatchSizeType0",
    "CreateFineTuningJobHyperparametersLearningRateMultiplierType0",
    "CreateFineTuningJobHyperparametersNEpochsType0",
    "CreateFineTuningJobIntegration",
    "CreateFineTuningJobIntegrationType",
    "CreateFineTuningJobIntegrationWandb",
    "CreateFineTuningJobRequest",
    "CreateImageEditRequest",
    "CreateImageEditRequestResponseFormat",
    "CreateImageEditRequestSize",
    "CreateImageRequest",
    "CreateImageRequestQuality",
    "CreateImageRequestResponseFormatType0",
    "CreateImageRequestSizeType0",
    "CreateImageRequestStyleType0",
    "CreateImageVariationRequest",
    "CreateImageVariationRequestResponseFormat",
    "CreateImageVariationRequestSize",
    "CreateModerationRequest",
    "CreateModerationResponse",
    "CreateSpeechRequest",
    "CreateSpeechRequestResponseFormat",
    "CreateSpeechRequestVoice",
    "CreateTranscriptionRequest",
    "CreateTranscriptionRequestResponseFormat",
    "CreateTranscriptionRequestTimestampGranularitiesItem",
    "CreateTranscriptionResponse",
    "CreateTranslationRequest",
    "CreateTranslationRequestResponseFormat",
    "CreateTranslationResponse",
    "DeleteFileResponse",
    "Embedding",
    "EmbeddingUsage",
    "Error",
    "ErrorResponse",
    "FineTuningIntegration",
    "FineTuningIntegrationWandb",
    "FineTuningJob",
    "FineTuningJobError",
    "FineTuningJobEvent",
    "FineTuningJobEventDataType0",
    "FineTuningJobHyperparameters",
    "FunctionCall",
    "FunctionCallDelta",
    "FunctionDefinition",
    "FunctionDefinitionParameters",
    "Image",
    "ImagesResponse",
    "ImageUrl",
    "ImageUrlDetail",
    "ListAssistantsOrder",
    "ListAssistantsResponse",
    "ListFilesResponse",
    "ListFineTuningJobEventsResponse",
    "ListModelsResponse",
    "ListPaginatedFineTuningJobsResponse",
    "LogitBias",
    "MidjourneyErrorResponse",
    "Model",
    "ModerationCategories",
    "ModerationCategoryScores",
    "ModerationResult",
    "OpenAIFile",
    "ResponseFormat",
    "ResponseFormatType",
    "StreamOptions",
    "SubmitImagineRequest",
    "SubmitImagineRequestBotType",
    "SubmitResult",
    "SubmitResultPropertiesType0",
    "Task",
    "TaskButton",
    "TaskPropertiesType0",
    "ToolChoiceFunction",
    "TopLogprob",
    "TranscriptionSegment",
    "TranscriptionWord",
)

# The module of each model, by model name.
_MODULES = {
    "Assistant": "assistant",
    "AssistantMetadataType0": "assistant_metadata_type_0",
    "AssistantTool": "assistant_tool",
    "ChatChoiceLogprobs": "chat_choice_logprobs",
    "ChatCompletionChoice": "chat_completion_choice",
    "ChatCompletionContentPartImage": "chat_completion_content_part_image",
    "ChatCompletionContentPartText": "chat_completion_content_part_text",
    "ChatCompletionFunctionCallOption": "chat_completion_function_call_option",
    "ChatCompletionMessageToolCall": "chat_completion_message_tool_call",
    "ChatCompletionMessageToolCallChunk": "chat_completion_message_tool_call_chunk",
    "ChatCompletionNamedToolChoice": "chat_completion_named_tool_choice",
    "ChatCompletionRequestAssistantMessage": "chat_completion_request_assistant_message",
    "ChatCompletionRequestFunctionMessage": "chat_completion_request_function_message",
    "ChatCompletionRequestSystemMessage": "chat_completion_request_system_message",
    "ChatCompletionRequestToolMessage": "chat_completion_request_tool_message",
    "ChatCompletionRequestUserMessage": "chat_completion_request_user_message",
    "ChatCompletionResponseMessage": "chat_completion_response_message",
    "ChatCompletionStreamChoice": "chat_completion_stream_choice",
    "ChatCompletionStreamDelta": "chat_completion_stream_delta",
    "ChatCompletionTokenLogprob": "chat_completion_token_logprob",
    "ChatCompletionTool": "chat_completion_tool",
    "ChatCompletionToolChoiceOptionType0": "chat_completion_tool_choice_option_type_0",
    "CompletionChoice": "completion_choice",
    "CompletionLogprobs": "completion_logprobs",
    "CompletionLogprobsTopLogprobsItemType0": "completion_logprobs_top_logprobs_item_type_0",
    "CompletionUsage": "completion_usage",
    "CreateChatCompletionRequest": "create_chat_completion_request",
    "CreateChatCompletionRequestFunctionCallType0": "create_chat_completion_request_function_call_type_0",
    "CreateChatCompletionResponse": "create_chat_completion_response",
    "CreateChatCompletionStreamResponse": "create_chat_completion_stream_response",
    "CreateCompletionRequest": "create_completion_request",
    "CreateCompletionResponse": "create_completion_response",
    "CreateEmbeddingRequest": "create_embedding_request",
    "CreateEmbeddingRequestEncodingFormat": "create_embedding_request_encoding_format",
    "CreateEmbeddingResponse": "create_embedding_response",
    "CreateFileRequest": "create_file_request",
    "CreateFileRequestPurpose": "create_file_request_purpose",
    "CreateFineTuningJobHyperparameters": "create_fine_tuning_job_hyperparameters",
    "CreateFineTuningJobHyperparametersBatchSizeType0": "create_fine_tuning_job_hyperparameters_batch_size_type_0",
    "CreateFineTuningJobHyperparametersLearningRateMultiplierType0": "create_fine_tuning_job_hyperparameters_learning_rate_multiplier_type_0",
    "CreateFineTuningJobHyperparametersNEpochsType0": "create_fine_tuning_job_hyperparameters_n_epochs_type_0",
    "CreateFineTuningJobIntegration": "create_fine_tuning_job_integration",
    "CreateFineTuningJobIntegrationType": "create_fine_tuning_job_integration_type",
    "CreateFineTuningJobIntegrationWandb": "create_fine_tuning_job_integration_wandb",
    "CreateFineTuningJobRequest": "create_fine_tuning_job_request",
    "CreateImageEditRequest": "create_image_edit_request",
    "CreateImageEditRequestResponseFormat": "create_image_edit_request_response_format",
    "CreateImageEditRequestSize": "create_image_edit_request_size",
    "CreateImageRequest": "create_image_request",
    "CreateImageRequestQuality": "create_image_request_quality",
    "CreateImageRequestResponseFormatType0": "create_image_request_response_format_type_0",
    "CreateImageRequestSizeType0": "create_image_request_size_type_0",
    "CreateImageRequestStyleType0": "create_image_request_style_type_0",
    "CreateImageVariationRequest": "create_image_variation_request",
    "CreateImageVariationRequestResponseFormat": "create_image_variation_request_response_format",
    "CreateImageVariationRequestSize": "create_image_variation_request_size",
    "CreateModerationRequest": "create_moderation_request",
    "CreateModerationResponse": "create_moderation_response",
    "CreateSpeechRequest": "create_speech_request",
    "CreateSpeechRequestResponseFormat": "create_speech_request_response_format",
    "CreateSpeechRequestVoice": "create_speech_request_voice",
    "CreateTranscriptionRequest": "create_transcription_request",
    "CreateTranscriptionRequestResponseFormat": "create_transcription_request_response_format",
    "CreateTranscriptionRequestTimestampGranularitiesItem": "create_transcription_request_timestamp_granularities_item",
    "CreateTranscriptionResponse": "create_transcription_response",
    "CreateTranslationRequest": "create_translation_request",
    "CreateTranslationRequestResponseFormat": "create_translation_request_response_format",
    "CreateTranslationResponse": "create_translation_response",
    "DeleteFileResponse": "delete_file_response",
    "Embedding": "embedding",
    "EmbeddingUsage": "embedding_usage",
    "Error": "error",
    "ErrorResponse": "error_response",
    "FineTuningIntegration": "fine_tuning_integration",
    "FineTuningIntegrationWandb": "fine_tuning_integration_wandb",
    "FineTuningJob": "fine_tuning_job",
    "FineTuningJobError": "fine_tuning_job_error",
    "FineTuningJobEvent": "fine_tuning_job_event",
    "FineTuningJobEventDataType0": "fine_tuning_job_event_data_type_0",
    "FineTuningJobHyperparameters": "fine_tuning_job_hyperparameters",
    "FunctionCall": "function_call",
    "FunctionCallDelta": "function_call_delta",
    "FunctionDefinition": "function_definition",
    "FunctionDefinitionParameters": "function_definition_parameters",
    "Image": "image",
    "ImageUrl": "image_url",
    "ImageUrlDetail": "image_url_detail",
    "ImagesResponse": "images_response",
    "ListAssistantsOrder": "list_assistants_order",
    "ListAssistantsResponse": "list_assistants_response",
    "ListFilesResponse": "list_files_response",
    "ListFineTuningJobEventsResponse": "list_fine_tuning_job_events_response",
    "ListModelsResponse": "list_models_response",
    "ListPaginatedFineTuningJobsResponse": "list_paginated_fine_tuning_jobs_response",
    "LogitBias": "logit_bias",
    "MidjourneyErrorResponse": "midjourney_error_response",
    "Model": "model",
    "ModerationCategories": "moderation_categories",
    "ModerationCategoryScores": "moderation_category_scores",
    "ModerationResult": "moderation_result",
    "OpenAIFile": "open_ai_file",
    "ResponseFormat": "response_format",
    "ResponseFormatType": "response_format_type",
    "StreamOptions": "stream_options",
    "SubmitImagineRequest": "submit_imagine_request",
    "SubmitImagineRequestBotType": "submit_imagine_request_bot_type",
    "SubmitResult": "submit_result",
    "SubmitResultPropertiesType0": "submit_result_properties_type_0",
    "Task": "task",
    "TaskButton": "task_button",
    "TaskPropertiesType0": "task_properties_type_0",
    "ToolChoiceFunction": "tool_choice_function",
    "TopLogprob": "top_logprob",
    "TranscriptionSegment": "transcription_segment",
    "TranscriptionWord": "transcription_word",
}


# Hidden from type checkers, which see the imports above: an unknown name stays an error for them.
if not TYPE_CHECKING:

    def __getattr__(name):
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f".{module}", __name__), name)
        globals()[name] = value  # later lookups skip __getattr__
        return value

    def __dir__():
        return sorted({*globals(), *__all__})
