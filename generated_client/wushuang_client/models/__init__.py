# Generated from openapi/wushuang.yaml (sha256 a380b3bad5c311e5) by generator/ — do not edit by hand.
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
    from .chat_completion_message_tool_call import ChatCompletionMessageToolCall
    from .chat_completion_message_tool_call_chunk import ChatCompletionMessageToolCallChunk
    from .chat_completion_named_tool_choice import ChatCompletionNamedToolChoice
    from .chat_completion_request_assistant_message import ChatCompletionRequestAssistantMessage
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
    from .create_chat_completion_response import CreateChatCompletionResponse
    from .create_chat_completion_stream_response import CreateChatCompletionStreamResponse
    from .create_completion_request import CreateCompletionRequest
    from .create_completion_response import CreateCompletionResponse
    from .create_file_request import CreateFileRequest
    from .create_file_request_purpose import CreateFileRequestPurpose
    from .create_speech_request import CreateSpeechRequest
    from .create_speech_request_response_format import CreateSpeechRequestResponseFormat
    from .create_speech_request_voice import CreateSpeechRequestVoice
    from .create_transcription_request import CreateTranscriptionRequest
    from .create_transcription_request_response_format import CreateTranscriptionRequestResponseFormat
    from .create_transcription_request_timestamp_granularities_item import (
        CreateTranscriptionRequestTimestampGranularitiesItem,
    )
    from .create_transcription_response import CreateTranscriptionResponse
    from .delete_file_response import DeleteFileResponse
    from .error import Error
    from .error_response import ErrorResponse
    from .function_call import FunctionCall
    from .function_call_delta import FunctionCallDelta
    from .function_definition import FunctionDefinition
    from .function_definition_parameters import FunctionDefinitionParameters
    from .image_url import ImageUrl
    from .image_url_detail import ImageUrlDetail
    from .list_assistants_order import ListAssistantsOrder
    from .list_assistants_response import ListAssistantsResponse
    from .list_models_response import ListModelsResponse
    from .logit_bias import LogitBias
    from .midjourney_error_response import MidjourneyErrorResponse
    from .model import Model
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
    "ChatCompletionMessageToolCall",
    "ChatCompletionMessageToolCallChunk",
    "ChatCompletionNamedToolChoice",
    "ChatCompletionRequestAssistantMessage",
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
    "CreateChatCompletionResponse",
    "CreateChatCompletionStreamResponse",
    "CreateCompletionRequest",
    "CreateCompletionResponse",
    "CreateFileRequest",
    "CreateFileRequestPurpose",
    "CreateSpeechRequest",
    "CreateSpeechRequestResponseFormat",
    "CreateSpeechRequestVoice",
    "CreateTranscriptionRequest",
    "CreateTranscriptionRequestResponseFormat",
    "CreateTranscriptionRequestTimestampGranularitiesItem",
    "CreateTranscriptionResponse",
    "DeleteFileResponse",
    "Error",
    "ErrorResponse",
    "FunctionCall",
    "FunctionCallDelta",
    "FunctionDefinition",
    "FunctionDefinitionParameters",
    "ImageUrl",
    "ImageUrlDetail",
    "ListAssistantsOrder",
    "ListAssistantsResponse",
    "ListModelsResponse",
    "LogitBias",
    "MidjourneyErrorResponse",
    "Model",
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
    "ChatCompletionMessageToolCall": "chat_completion_message_tool_call",
    "ChatCompletionMessageToolCallChunk": "chat_completion_message_tool_call_chunk",
    "ChatCompletionNamedToolChoice": "chat_completion_named_tool_choice",
    "ChatCompletionRequestAssistantMessage": "chat_completion_request_assistant_message",
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
    "CreateChatCompletionResponse": "create_chat_completion_response",
    "CreateChatCompletionStreamResponse": "create_chat_completion_stream_response",
    "CreateCompletionRequest": "create_completion_request",
    "CreateCompletionResponse": "create_completion_response",
    "CreateFileRequest": "create_file_request",
    "CreateFileRequestPurpose": "create_file_request_purpose",
    "CreateSpeechRequest": "create_speech_request",
    "CreateSpeechRequestResponseFormat": "create_speech_request_response_format",
    "CreateSpeechRequestVoice": "create_speech_request_voice",
    "CreateTranscriptionRequest": "create_transcription_request",
    "CreateTranscriptionRequestResponseFormat": "create_transcription_request_response_format",
    "CreateTranscriptionRequestTimestampGranularitiesItem": "create_transcription_request_timestamp_granularities_item",
    "CreateTranscriptionResponse": "create_transcription_response",
    "DeleteFileResponse": "delete_file_response",
    "Error": "error",
    "ErrorResponse": "error_response",
    "FunctionCall": "function_call",
    "FunctionCallDelta": "function_call_delta",
    "FunctionDefinition": "function_definition",
    "FunctionDefinitionParameters": "function_definition_parameters",
    "ImageUrl": "image_url",
    "ImageUrlDetail": "image_url_detail",
    "ListAssistantsOrder": "list_assistants_order",
    "ListAssistantsResponse": "list_assistants_response",
    "ListModelsResponse": "list_models_response",
    "LogitBias": "logit_bias",
    "MidjourneyErrorResponse": "midjourney_error_response",
    "Model": "model",
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
