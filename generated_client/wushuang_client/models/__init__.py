# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""Contains all the data models used in inputs/outputs

Each model's module is imported the first time the model is used (`from wushuang_client.models import X`,
`wushuang_client.models.X`), so importing one endpoint module loads only the models that endpoint needs.
"""

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .assistant import Assistant
    from .assistant_file import AssistantFile
    from .assistant_metadata_type_0 import AssistantMetadataType0
    from .assistant_tool import AssistantTool
    from .assistant_tool_file_search_settings import AssistantToolFileSearchSettings
    from .assistant_tool_resources import AssistantToolResources
    from .assistant_tool_resources_code_interpreter import AssistantToolResourcesCodeInterpreter
    from .assistant_tool_resources_file_search import AssistantToolResourcesFileSearch
    from .assistant_tools_code import AssistantToolsCode
    from .assistant_tools_file_search import AssistantToolsFileSearch
    from .assistant_tools_file_search_settings import AssistantToolsFileSearchSettings
    from .assistant_tools_file_search_type_only import AssistantToolsFileSearchTypeOnly
    from .assistant_tools_function import AssistantToolsFunction
    from .assistant_tools_retrieval import AssistantToolsRetrieval
    from .assistants_named_tool_choice import AssistantsNamedToolChoice
    from .assistants_named_tool_choice_function import AssistantsNamedToolChoiceFunction
    from .assistants_named_tool_choice_type import AssistantsNamedToolChoiceType
    from .assistants_response_format_option_type_0 import AssistantsResponseFormatOptionType0
    from .assistants_tool_choice_option_type_0 import AssistantsToolChoiceOptionType0
    from .billing_subscription import BillingSubscription
    from .billing_usage import BillingUsage
    from .chat_choice_logprobs import ChatChoiceLogprobs
    from .chat_completion_allowed_tools_choice import ChatCompletionAllowedToolsChoice
    from .chat_completion_allowed_tools_choice_allowed_tools import ChatCompletionAllowedToolsChoiceAllowedTools
    from .chat_completion_allowed_tools_choice_allowed_tools_mode import (
        ChatCompletionAllowedToolsChoiceAllowedToolsMode,
    )
    from .chat_completion_allowed_tools_choice_allowed_tools_tools_item import (
        ChatCompletionAllowedToolsChoiceAllowedToolsToolsItem,
    )
    from .chat_completion_audio import ChatCompletionAudio
    from .chat_completion_audio_param import ChatCompletionAudioParam
    from .chat_completion_audio_param_format import ChatCompletionAudioParamFormat
    from .chat_completion_audio_param_voice_type_1 import ChatCompletionAudioParamVoiceType1
    from .chat_completion_choice import ChatCompletionChoice
    from .chat_completion_content_part_audio import ChatCompletionContentPartAudio
    from .chat_completion_content_part_audio_input_audio import ChatCompletionContentPartAudioInputAudio
    from .chat_completion_content_part_audio_input_audio_format import ChatCompletionContentPartAudioInputAudioFormat
    from .chat_completion_content_part_file import ChatCompletionContentPartFile
    from .chat_completion_content_part_file_file import ChatCompletionContentPartFileFile
    from .chat_completion_content_part_image import ChatCompletionContentPartImage
    from .chat_completion_content_part_refusal import ChatCompletionContentPartRefusal
    from .chat_completion_content_part_text import ChatCompletionContentPartText
    from .chat_completion_custom_tool import ChatCompletionCustomTool
    from .chat_completion_custom_tool_custom import ChatCompletionCustomToolCustom
    from .chat_completion_custom_tool_custom_format_type_0 import ChatCompletionCustomToolCustomFormatType0
    from .chat_completion_custom_tool_custom_format_type_1 import ChatCompletionCustomToolCustomFormatType1
    from .chat_completion_custom_tool_custom_format_type_1_grammar import (
        ChatCompletionCustomToolCustomFormatType1Grammar,
    )
    from .chat_completion_custom_tool_custom_format_type_1_grammar_syntax import (
        ChatCompletionCustomToolCustomFormatType1GrammarSyntax,
    )
    from .chat_completion_function_call_option import ChatCompletionFunctionCallOption
    from .chat_completion_message_custom_tool_call import ChatCompletionMessageCustomToolCall
    from .chat_completion_message_tool_call import ChatCompletionMessageToolCall
    from .chat_completion_message_tool_call_chunk import ChatCompletionMessageToolCallChunk
    from .chat_completion_named_tool_choice import ChatCompletionNamedToolChoice
    from .chat_completion_named_tool_choice_custom import ChatCompletionNamedToolChoiceCustom
    from .chat_completion_request_assistant_message import ChatCompletionRequestAssistantMessage
    from .chat_completion_request_assistant_message_audio_type_0 import ChatCompletionRequestAssistantMessageAudioType0
    from .chat_completion_request_developer_message import ChatCompletionRequestDeveloperMessage
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
    from .chat_moderation import ChatModeration
    from .chat_moderation_param import ChatModerationParam
    from .chat_moderation_param_policy_type_0 import ChatModerationParamPolicyType0
    from .chat_moderation_result import ChatModerationResult
    from .chat_moderation_result_categories import ChatModerationResultCategories
    from .chat_moderation_result_category_applied_input_types import ChatModerationResultCategoryAppliedInputTypes
    from .chat_moderation_result_category_scores import ChatModerationResultCategoryScores
    from .chat_moderation_verdict import ChatModerationVerdict
    from .chunking_strategy_auto import ChunkingStrategyAuto
    from .chunking_strategy_static import ChunkingStrategyStatic
    from .chunking_strategy_static_settings import ChunkingStrategyStaticSettings
    from .completion_choice import CompletionChoice
    from .completion_logprobs import CompletionLogprobs
    from .completion_logprobs_top_logprobs_item_type_0 import CompletionLogprobsTopLogprobsItemType0
    from .completion_tokens_details import CompletionTokensDetails
    from .completion_usage import CompletionUsage
    from .create_assistant_file_request import CreateAssistantFileRequest
    from .create_assistant_request import CreateAssistantRequest
    from .create_chat_completion_request import CreateChatCompletionRequest
    from .create_chat_completion_request_function_call_type_0 import CreateChatCompletionRequestFunctionCallType0
    from .create_chat_completion_request_modalities_type_0_item import CreateChatCompletionRequestModalitiesType0Item
    from .create_chat_completion_request_prompt_cache_retention_type_0 import (
        CreateChatCompletionRequestPromptCacheRetentionType0,
    )
    from .create_chat_completion_request_reasoning_effort_type_0 import CreateChatCompletionRequestReasoningEffortType0
    from .create_chat_completion_request_service_tier_type_0 import CreateChatCompletionRequestServiceTierType0
    from .create_chat_completion_request_verbosity_type_0 import CreateChatCompletionRequestVerbosityType0
    from .create_chat_completion_response import CreateChatCompletionResponse
    from .create_chat_completion_response_metadata_type_0 import CreateChatCompletionResponseMetadataType0
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
    from .create_image_edit_request_background import CreateImageEditRequestBackground
    from .create_image_edit_request_input_fidelity import CreateImageEditRequestInputFidelity
    from .create_image_edit_request_output_format import CreateImageEditRequestOutputFormat
    from .create_image_edit_request_quality import CreateImageEditRequestQuality
    from .create_image_edit_request_response_format import CreateImageEditRequestResponseFormat
    from .create_image_edit_request_size import CreateImageEditRequestSize
    from .create_image_request import CreateImageRequest
    from .create_image_request_background_type_0 import CreateImageRequestBackgroundType0
    from .create_image_request_moderation_type_0 import CreateImageRequestModerationType0
    from .create_image_request_output_format_type_0 import CreateImageRequestOutputFormatType0
    from .create_image_request_quality_type_0 import CreateImageRequestQualityType0
    from .create_image_request_response_format_type_0 import CreateImageRequestResponseFormatType0
    from .create_image_request_size_type_0 import CreateImageRequestSizeType0
    from .create_image_request_style_type_0 import CreateImageRequestStyleType0
    from .create_image_variation_request import CreateImageVariationRequest
    from .create_image_variation_request_response_format import CreateImageVariationRequestResponseFormat
    from .create_image_variation_request_size import CreateImageVariationRequestSize
    from .create_message_request import CreateMessageRequest
    from .create_message_request_role import CreateMessageRequestRole
    from .create_moderation_request import CreateModerationRequest
    from .create_moderation_response import CreateModerationResponse
    from .create_run_include_item import CreateRunIncludeItem
    from .create_run_request import CreateRunRequest
    from .create_speech_request import CreateSpeechRequest
    from .create_speech_request_response_format import CreateSpeechRequestResponseFormat
    from .create_speech_request_stream_format import CreateSpeechRequestStreamFormat
    from .create_thread_and_run_request import CreateThreadAndRunRequest
    from .create_thread_request import CreateThreadRequest
    from .create_tool_resources import CreateToolResources
    from .create_tool_resources_file_search import CreateToolResourcesFileSearch
    from .create_transcription_request import CreateTranscriptionRequest
    from .create_transcription_request_chunking_strategy_type_0 import CreateTranscriptionRequestChunkingStrategyType0
    from .create_transcription_request_include_item import CreateTranscriptionRequestIncludeItem
    from .create_transcription_request_response_format import CreateTranscriptionRequestResponseFormat
    from .create_transcription_request_timestamp_granularities_item import (
        CreateTranscriptionRequestTimestampGranularitiesItem,
    )
    from .create_transcription_response import CreateTranscriptionResponse
    from .create_translation_request import CreateTranslationRequest
    from .create_translation_request_response_format import CreateTranslationRequestResponseFormat
    from .create_translation_response import CreateTranslationResponse
    from .custom_tool_call import CustomToolCall
    from .custom_voice import CustomVoice
    from .delete_assistant_file_response import DeleteAssistantFileResponse
    from .delete_assistant_response import DeleteAssistantResponse
    from .delete_file_response import DeleteFileResponse
    from .delete_thread_response import DeleteThreadResponse
    from .done_event import DoneEvent
    from .embedding import Embedding
    from .embedding_usage import EmbeddingUsage
    from .error import Error
    from .error_event import ErrorEvent
    from .error_response import ErrorResponse
    from .file_expiration_after import FileExpirationAfter
    from .file_search_ranking import FileSearchRanking
    from .file_search_ranking_options import FileSearchRankingOptions
    from .file_search_ranking_options_ranker import FileSearchRankingOptionsRanker
    from .fine_tune_grader import FineTuneGrader
    from .fine_tune_grader_content_part import FineTuneGraderContentPart
    from .fine_tune_grader_content_part_input_audio import FineTuneGraderContentPartInputAudio
    from .fine_tune_grader_message import FineTuneGraderMessage
    from .fine_tune_grader_message_role_type_0 import FineTuneGraderMessageRoleType0
    from .fine_tune_grader_settings import FineTuneGraderSettings
    from .fine_tune_grader_settings_operation_type_0 import FineTuneGraderSettingsOperationType0
    from .fine_tune_grader_settings_sampling_params import FineTuneGraderSettingsSamplingParams
    from .fine_tune_grader_settings_type_type_0 import FineTuneGraderSettingsTypeType0
    from .fine_tune_method import FineTuneMethod
    from .fine_tune_method_dpo import FineTuneMethodDpo
    from .fine_tune_method_hyperparameters import FineTuneMethodHyperparameters
    from .fine_tune_method_hyperparameters_batch_size_type_0_type_0 import (
        FineTuneMethodHyperparametersBatchSizeType0Type0,
    )
    from .fine_tune_method_hyperparameters_beta_type_0_type_0 import FineTuneMethodHyperparametersBetaType0Type0
    from .fine_tune_method_hyperparameters_compute_multiplier_type_0_type_0 import (
        FineTuneMethodHyperparametersComputeMultiplierType0Type0,
    )
    from .fine_tune_method_hyperparameters_eval_interval_type_0_type_0 import (
        FineTuneMethodHyperparametersEvalIntervalType0Type0,
    )
    from .fine_tune_method_hyperparameters_eval_samples_type_0_type_0 import (
        FineTuneMethodHyperparametersEvalSamplesType0Type0,
    )
    from .fine_tune_method_hyperparameters_learning_rate_multiplier_type_0_type_0 import (
        FineTuneMethodHyperparametersLearningRateMultiplierType0Type0,
    )
    from .fine_tune_method_hyperparameters_n_epochs_type_0_type_0 import FineTuneMethodHyperparametersNEpochsType0Type0
    from .fine_tune_method_hyperparameters_reasoning_effort_type_0 import (
        FineTuneMethodHyperparametersReasoningEffortType0,
    )
    from .fine_tune_method_reinforcement import FineTuneMethodReinforcement
    from .fine_tune_method_supervised import FineTuneMethodSupervised
    from .fine_tune_method_type_type_0 import FineTuneMethodTypeType0
    from .fine_tuning_integration import FineTuningIntegration
    from .fine_tuning_integration_wandb import FineTuningIntegrationWandb
    from .fine_tuning_job import FineTuningJob
    from .fine_tuning_job_checkpoint import FineTuningJobCheckpoint
    from .fine_tuning_job_checkpoint_metrics import FineTuningJobCheckpointMetrics
    from .fine_tuning_job_error import FineTuningJobError
    from .fine_tuning_job_event import FineTuningJobEvent
    from .fine_tuning_job_event_data_type_0 import FineTuningJobEventDataType0
    from .fine_tuning_job_hyperparameters import FineTuningJobHyperparameters
    from .fine_tuning_job_metadata_type_0 import FineTuningJobMetadataType0
    from .function_call import FunctionCall
    from .function_call_delta import FunctionCallDelta
    from .function_definition import FunctionDefinition
    from .function_definition_parameters import FunctionDefinitionParameters
    from .get_run_step_include_item import GetRunStepIncludeItem
    from .image import Image
    from .image_stream_event import ImageStreamEvent
    from .image_url import ImageUrl
    from .image_url_detail import ImageUrlDetail
    from .images_response import ImagesResponse
    from .images_usage import ImagesUsage
    from .images_usage_input_tokens_details import ImagesUsageInputTokensDetails
    from .images_usage_output_tokens_details import ImagesUsageOutputTokensDetails
    from .list_assistant_files_order import ListAssistantFilesOrder
    from .list_assistant_files_response import ListAssistantFilesResponse
    from .list_assistants_order import ListAssistantsOrder
    from .list_assistants_response import ListAssistantsResponse
    from .list_files_order import ListFilesOrder
    from .list_files_response import ListFilesResponse
    from .list_fine_tuning_job_checkpoints_response import ListFineTuningJobCheckpointsResponse
    from .list_fine_tuning_job_events_response import ListFineTuningJobEventsResponse
    from .list_message_files_order import ListMessageFilesOrder
    from .list_message_files_response import ListMessageFilesResponse
    from .list_messages_order import ListMessagesOrder
    from .list_messages_response import ListMessagesResponse
    from .list_models_response import ListModelsResponse
    from .list_paginated_fine_tuning_jobs_metadata import ListPaginatedFineTuningJobsMetadata
    from .list_paginated_fine_tuning_jobs_response import ListPaginatedFineTuningJobsResponse
    from .list_run_steps_include_item import ListRunStepsIncludeItem
    from .list_run_steps_order import ListRunStepsOrder
    from .list_run_steps_response import ListRunStepsResponse
    from .list_runs_order import ListRunsOrder
    from .list_runs_response import ListRunsResponse
    from .list_tasks_by_condition_request import ListTasksByConditionRequest
    from .logit_bias import LogitBias
    from .message import Message
    from .message_attachment import MessageAttachment
    from .message_attachment_request import MessageAttachmentRequest
    from .message_content import MessageContent
    from .message_content_file_citation import MessageContentFileCitation
    from .message_content_file_path import MessageContentFilePath
    from .message_content_image_file import MessageContentImageFile
    from .message_content_image_url import MessageContentImageUrl
    from .message_content_text import MessageContentText
    from .message_content_text_annotation import MessageContentTextAnnotation
    from .message_delta import MessageDelta
    from .message_delta_content import MessageDeltaContent
    from .message_delta_content_file_citation import MessageDeltaContentFileCitation
    from .message_delta_content_file_path import MessageDeltaContentFilePath
    from .message_delta_content_image_file import MessageDeltaContentImageFile
    from .message_delta_content_image_url import MessageDeltaContentImageUrl
    from .message_delta_content_text import MessageDeltaContentText
    from .message_delta_content_text_annotation import MessageDeltaContentTextAnnotation
    from .message_delta_object import MessageDeltaObject
    from .message_file import MessageFile
    from .message_incomplete_details import MessageIncompleteDetails
    from .message_metadata_type_0 import MessageMetadataType0
    from .message_request_content_image_file import MessageRequestContentImageFile
    from .message_request_content_image_url import MessageRequestContentImageUrl
    from .message_request_content_text import MessageRequestContentText
    from .message_request_image_file import MessageRequestImageFile
    from .message_request_image_file_detail import MessageRequestImageFileDetail
    from .message_request_image_url import MessageRequestImageUrl
    from .message_request_image_url_detail import MessageRequestImageUrlDetail
    from .metadata import Metadata
    from .midjourney_error_response import MidjourneyErrorResponse
    from .model import Model
    from .model_pricing import ModelPricing
    from .moderation_categories import ModerationCategories
    from .moderation_category_applied_input_types import ModerationCategoryAppliedInputTypes
    from .moderation_category_scores import ModerationCategoryScores
    from .moderation_config import ModerationConfig
    from .moderation_config_mode import ModerationConfigMode
    from .moderation_input_image import ModerationInputImage
    from .moderation_input_image_image_url import ModerationInputImageImageUrl
    from .moderation_input_text import ModerationInputText
    from .moderation_result import ModerationResult
    from .modify_assistant_request import ModifyAssistantRequest
    from .modify_message_request import ModifyMessageRequest
    from .modify_run_request import ModifyRunRequest
    from .modify_thread_request import ModifyThreadRequest
    from .new_vector_store import NewVectorStore
    from .open_ai_file import OpenAIFile
    from .prediction_content import PredictionContent
    from .pricing_response import PricingResponse
    from .pricing_response_group_ratio_type_0 import PricingResponseGroupRatioType0
    from .pricing_response_usable_group_type_0 import PricingResponseUsableGroupType0
    from .prompt_cache_breakpoint import PromptCacheBreakpoint
    from .prompt_cache_breakpoint_mode import PromptCacheBreakpointMode
    from .prompt_cache_options import PromptCacheOptions
    from .prompt_cache_options_mode import PromptCacheOptionsMode
    from .prompt_cache_options_ttl import PromptCacheOptionsTtl
    from .prompt_tokens_details import PromptTokensDetails
    from .reasoning_effort_type_0 import ReasoningEffortType0
    from .rerank_request import RerankRequest
    from .rerank_response import RerankResponse
    from .rerank_result import RerankResult
    from .rerank_result_document_type_1 import RerankResultDocumentType1
    from .rerank_usage import RerankUsage
    from .response_format_json_object import ResponseFormatJsonObject
    from .response_format_json_schema import ResponseFormatJsonSchema
    from .response_format_json_schema_json_schema import ResponseFormatJsonSchemaJsonSchema
    from .response_format_json_schema_json_schema_schema import ResponseFormatJsonSchemaJsonSchemaSchema
    from .response_format_text import ResponseFormatText
    from .response_tool_call import ResponseToolCall
    from .run import Run
    from .run_incomplete_details import RunIncompleteDetails
    from .run_last_error import RunLastError
    from .run_metadata_type_0 import RunMetadataType0
    from .run_required_action import RunRequiredAction
    from .run_response_format import RunResponseFormat
    from .run_response_format_json_schema import RunResponseFormatJsonSchema
    from .run_response_format_json_schema_schema import RunResponseFormatJsonSchemaSchema
    from .run_step import RunStep
    from .run_step_code_interpreter import RunStepCodeInterpreter
    from .run_step_code_interpreter_image import RunStepCodeInterpreterImage
    from .run_step_code_interpreter_output import RunStepCodeInterpreterOutput
    from .run_step_delta import RunStepDelta
    from .run_step_delta_object import RunStepDeltaObject
    from .run_step_details import RunStepDetails
    from .run_step_file_search import RunStepFileSearch
    from .run_step_file_search_result import RunStepFileSearchResult
    from .run_step_file_search_result_content import RunStepFileSearchResultContent
    from .run_step_function import RunStepFunction
    from .run_step_message_creation import RunStepMessageCreation
    from .run_step_metadata_type_0 import RunStepMetadataType0
    from .run_step_tool_call import RunStepToolCall
    from .run_step_tool_call_retrieval import RunStepToolCallRetrieval
    from .run_submit_tool_outputs import RunSubmitToolOutputs
    from .run_tool_call import RunToolCall
    from .run_tool_call_function import RunToolCallFunction
    from .run_tool_choice import RunToolChoice
    from .run_truncation_strategy import RunTruncationStrategy
    from .stream_options import StreamOptions
    from .submit_action_request import SubmitActionRequest
    from .submit_blend_request import SubmitBlendRequest
    from .submit_blend_request_bot_type import SubmitBlendRequestBotType
    from .submit_blend_request_dimensions import SubmitBlendRequestDimensions
    from .submit_change_request import SubmitChangeRequest
    from .submit_change_request_action import SubmitChangeRequestAction
    from .submit_describe_request import SubmitDescribeRequest
    from .submit_describe_request_bot_type import SubmitDescribeRequestBotType
    from .submit_imagine_request import SubmitImagineRequest
    from .submit_imagine_request_bot_type import SubmitImagineRequestBotType
    from .submit_modal_request import SubmitModalRequest
    from .submit_result import SubmitResult
    from .submit_result_properties_type_0 import SubmitResultPropertiesType0
    from .submit_shorten_request import SubmitShortenRequest
    from .submit_shorten_request_bot_type import SubmitShortenRequestBotType
    from .submit_simple_change_request import SubmitSimpleChangeRequest
    from .submit_tool_outputs_run_request import SubmitToolOutputsRunRequest
    from .swap_face_request import SwapFaceRequest
    from .task import Task
    from .task_button import TaskButton
    from .task_properties_type_0 import TaskPropertiesType0
    from .thread import Thread
    from .thread_created_event import ThreadCreatedEvent
    from .thread_message_completed_event import ThreadMessageCompletedEvent
    from .thread_message_created_event import ThreadMessageCreatedEvent
    from .thread_message_delta_event import ThreadMessageDeltaEvent
    from .thread_message_in_progress_event import ThreadMessageInProgressEvent
    from .thread_message_incomplete_event import ThreadMessageIncompleteEvent
    from .thread_metadata_type_0 import ThreadMetadataType0
    from .thread_run_cancelled_event import ThreadRunCancelledEvent
    from .thread_run_cancelling_event import ThreadRunCancellingEvent
    from .thread_run_completed_event import ThreadRunCompletedEvent
    from .thread_run_created_event import ThreadRunCreatedEvent
    from .thread_run_expired_event import ThreadRunExpiredEvent
    from .thread_run_failed_event import ThreadRunFailedEvent
    from .thread_run_in_progress_event import ThreadRunInProgressEvent
    from .thread_run_queued_event import ThreadRunQueuedEvent
    from .thread_run_requires_action_event import ThreadRunRequiresActionEvent
    from .thread_run_step_cancelled_event import ThreadRunStepCancelledEvent
    from .thread_run_step_completed_event import ThreadRunStepCompletedEvent
    from .thread_run_step_created_event import ThreadRunStepCreatedEvent
    from .thread_run_step_delta_event import ThreadRunStepDeltaEvent
    from .thread_run_step_expired_event import ThreadRunStepExpiredEvent
    from .thread_run_step_failed_event import ThreadRunStepFailedEvent
    from .thread_run_step_in_progress_event import ThreadRunStepInProgressEvent
    from .token_log import TokenLog
    from .token_logs_response import TokenLogsResponse
    from .token_usage import TokenUsage
    from .token_usage_model_limits import TokenUsageModelLimits
    from .token_usage_response import TokenUsageResponse
    from .tool_choice_function import ToolChoiceFunction
    from .tool_output import ToolOutput
    from .tool_resources import ToolResources
    from .tool_resources_code_interpreter import ToolResourcesCodeInterpreter
    from .tool_resources_file_search import ToolResourcesFileSearch
    from .top_logprob import TopLogprob
    from .transcription_language import TranscriptionLanguage
    from .transcription_logprob import TranscriptionLogprob
    from .transcription_segment import TranscriptionSegment
    from .transcription_stream_event import TranscriptionStreamEvent
    from .transcription_usage import TranscriptionUsage
    from .transcription_usage_input_token_details import TranscriptionUsageInputTokenDetails
    from .transcription_word import TranscriptionWord
    from .truncation_strategy import TruncationStrategy
    from .truncation_strategy_type import TruncationStrategyType
    from .url_citation import UrlCitation
    from .url_citation_url_citation import UrlCitationUrlCitation
    from .vad_config import VadConfig
    from .web_search_options import WebSearchOptions
    from .web_search_options_search_context_size import WebSearchOptionsSearchContextSize
    from .web_search_options_user_location_type_0 import WebSearchOptionsUserLocationType0
    from .web_search_options_user_location_type_0_approximate import WebSearchOptionsUserLocationType0Approximate

__all__ = (
    "Assistant",
    "AssistantFile",
    "AssistantMetadataType0",
    "AssistantsNamedToolChoice",
    "AssistantsNamedToolChoiceFunction",
    "AssistantsNamedToolChoiceType",
    "AssistantsResponseFormatOptionType0",
    "AssistantsToolChoiceOptionType0",
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
    "BillingSubscription",
    "BillingUsage",
    "ChatChoiceLogprobs",
    "ChatCompletionAllowedToolsChoice",
    "ChatCompletionAllowedToolsChoiceAllowedTools",
    "ChatCompletionAllowedToolsChoiceAllowedToolsMode",
    "ChatCompletionAllowedToolsChoiceAllowedToolsToolsItem",
    "ChatCompletionAudio",
    "ChatCompletionAudioParam",
    "ChatCompletionAudioParamFormat",
    "ChatCompletionAudioParamVoiceType1",
    "ChatCompletionChoice",
    "ChatCompletionContentPartAudio",
    "ChatCompletionContentPartAudioInputAudio",
    "ChatCompletionContentPartAudioInputAudioFormat",
    "ChatCompletionContentPartFile",
    "ChatCompletionContentPartFileFile",
    "ChatCompletionContentPartImage",
    "ChatCompletionContentPartRefusal",
    "ChatCompletionContentPartText",
    "ChatCompletionCustomTool",
    "ChatCompletionCustomToolCustom",
    "ChatCompletionCustomToolCustomFormatType0",
    "ChatCompletionCustomToolCustomFormatType1",
    "ChatCompletionCustomToolCustomFormatType1Grammar",
    "ChatCompletionCustomToolCustomFormatType1GrammarSyntax",
    "ChatCompletionFunctionCallOption",
    "ChatCompletionMessageCustomToolCall",
    "ChatCompletionMessageToolCall",
    "ChatCompletionMessageToolCallChunk",
    "ChatCompletionNamedToolChoice",
    "ChatCompletionNamedToolChoiceCustom",
    "ChatCompletionRequestAssistantMessage",
    "ChatCompletionRequestAssistantMessageAudioType0",
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
    "ChatCompletionToolChoiceOptionType0",
    "ChatModeration",
    "ChatModerationParam",
    "ChatModerationParamPolicyType0",
    "ChatModerationResult",
    "ChatModerationResultCategories",
    "ChatModerationResultCategoryAppliedInputTypes",
    "ChatModerationResultCategoryScores",
    "ChatModerationVerdict",
    "ChunkingStrategyAuto",
    "ChunkingStrategyStatic",
    "ChunkingStrategyStaticSettings",
    "CompletionChoice",
    "CompletionLogprobs",
    "CompletionLogprobsTopLogprobsItemType0",
    "CompletionTokensDetails",
    "CompletionUsage",
    "CreateAssistantFileRequest",
    "CreateAssistantRequest",
    "CreateChatCompletionRequest",
    "CreateChatCompletionRequestFunctionCallType0",
    "CreateChatCompletionRequestModalitiesType0Item",
    "CreateChatCompletionRequestPromptCacheRetentionType0",
    "CreateChatCompletionRequestReasoningEffortType0",
    "CreateChatCompletionRequestServiceTierType0",
    "CreateChatCompletionRequestVerbosityType0",
    "CreateChatCompletionResponse",
    "CreateChatCompletionResponseMetadataType0",
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
    "CreateImageEditRequestBackground",
    "CreateImageEditRequestInputFidelity",
    "CreateImageEditRequestOutputFormat",
    "CreateImageEditRequestQuality",
    "CreateImageEditRequestResponseFormat",
    "CreateImageEditRequestSize",
    "CreateImageRequest",
    "CreateImageRequestBackgroundType0",
    "CreateImageRequestModerationType0",
    "CreateImageRequestOutputFormatType0",
    "CreateImageRequestQualityType0",
    "CreateImageRequestResponseFormatType0",
    "CreateImageRequestSizeType0",
    "CreateImageRequestStyleType0",
    "CreateImageVariationRequest",
    "CreateImageVariationRequestResponseFormat",
    "CreateImageVariationRequestSize",
    "CreateMessageRequest",
    "CreateMessageRequestRole",
    "CreateModerationRequest",
    "CreateModerationResponse",
    "CreateRunIncludeItem",
    "CreateRunRequest",
    "CreateSpeechRequest",
    "CreateSpeechRequestResponseFormat",
    "CreateSpeechRequestStreamFormat",
    "CreateThreadAndRunRequest",
    "CreateThreadRequest",
    "CreateToolResources",
    "CreateToolResourcesFileSearch",
    "CreateTranscriptionRequest",
    "CreateTranscriptionRequestChunkingStrategyType0",
    "CreateTranscriptionRequestIncludeItem",
    "CreateTranscriptionRequestResponseFormat",
    "CreateTranscriptionRequestTimestampGranularitiesItem",
    "CreateTranscriptionResponse",
    "CreateTranslationRequest",
    "CreateTranslationRequestResponseFormat",
    "CreateTranslationResponse",
    "CustomToolCall",
    "CustomVoice",
    "DeleteAssistantFileResponse",
    "DeleteAssistantResponse",
    "DeleteFileResponse",
    "DeleteThreadResponse",
    "DoneEvent",
    "Embedding",
    "EmbeddingUsage",
    "Error",
    "ErrorEvent",
    "ErrorResponse",
    "FileExpirationAfter",
    "FileSearchRanking",
    "FileSearchRankingOptions",
    "FileSearchRankingOptionsRanker",
    "FineTuneGrader",
    "FineTuneGraderContentPart",
    "FineTuneGraderContentPartInputAudio",
    "FineTuneGraderMessage",
    "FineTuneGraderMessageRoleType0",
    "FineTuneGraderSettings",
    "FineTuneGraderSettingsOperationType0",
    "FineTuneGraderSettingsSamplingParams",
    "FineTuneGraderSettingsTypeType0",
    "FineTuneMethod",
    "FineTuneMethodDpo",
    "FineTuneMethodHyperparameters",
    "FineTuneMethodHyperparametersBatchSizeType0Type0",
    "FineTuneMethodHyperparametersBetaType0Type0",
    "FineTuneMethodHyperparametersComputeMultiplierType0Type0",
    "FineTuneMethodHyperparametersEvalIntervalType0Type0",
    "FineTuneMethodHyperparametersEvalSamplesType0Type0",
    "FineTuneMethodHyperparametersLearningRateMultiplierType0Type0",
    "FineTuneMethodHyperparametersNEpochsType0Type0",
    "FineTuneMethodHyperparametersReasoningEffortType0",
    "FineTuneMethodReinforcement",
    "FineTuneMethodSupervised",
    "FineTuneMethodTypeType0",
    "FineTuningIntegration",
    "FineTuningIntegrationWandb",
    "FineTuningJob",
    "FineTuningJobCheckpoint",
    "FineTuningJobCheckpointMetrics",
    "FineTuningJobError",
    "FineTuningJobEvent",
    "FineTuningJobEventDataType0",
    "FineTuningJobHyperparameters",
    "FineTuningJobMetadataType0",
    "FunctionCall",
    "FunctionCallDelta",
    "FunctionDefinition",
    "FunctionDefinitionParameters",
    "GetRunStepIncludeItem",
    "Image",
    "ImagesResponse",
    "ImageStreamEvent",
    "ImagesUsage",
    "ImagesUsageInputTokensDetails",
    "ImagesUsageOutputTokensDetails",
    "ImageUrl",
    "ImageUrlDetail",
    "ListAssistantFilesOrder",
    "ListAssistantFilesResponse",
    "ListAssistantsOrder",
    "ListAssistantsResponse",
    "ListFilesOrder",
    "ListFilesResponse",
    "ListFineTuningJobCheckpointsResponse",
    "ListFineTuningJobEventsResponse",
    "ListMessageFilesOrder",
    "ListMessageFilesResponse",
    "ListMessagesOrder",
    "ListMessagesResponse",
    "ListModelsResponse",
    "ListPaginatedFineTuningJobsMetadata",
    "ListPaginatedFineTuningJobsResponse",
    "ListRunsOrder",
    "ListRunsResponse",
    "ListRunStepsIncludeItem",
    "ListRunStepsOrder",
    "ListRunStepsResponse",
    "ListTasksByConditionRequest",
    "LogitBias",
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
    "MessageMetadataType0",
    "MessageRequestContentImageFile",
    "MessageRequestContentImageUrl",
    "MessageRequestContentText",
    "MessageRequestImageFile",
    "MessageRequestImageFileDetail",
    "MessageRequestImageUrl",
    "MessageRequestImageUrlDetail",
    "Metadata",
    "MidjourneyErrorResponse",
    "Model",
    "ModelPricing",
    "ModerationCategories",
    "ModerationCategoryAppliedInputTypes",
    "ModerationCategoryScores",
    "ModerationConfig",
    "ModerationConfigMode",
    "ModerationInputImage",
    "ModerationInputImageImageUrl",
    "ModerationInputText",
    "ModerationResult",
    "ModifyAssistantRequest",
    "ModifyMessageRequest",
    "ModifyRunRequest",
    "ModifyThreadRequest",
    "NewVectorStore",
    "OpenAIFile",
    "PredictionContent",
    "PricingResponse",
    "PricingResponseGroupRatioType0",
    "PricingResponseUsableGroupType0",
    "PromptCacheBreakpoint",
    "PromptCacheBreakpointMode",
    "PromptCacheOptions",
    "PromptCacheOptionsMode",
    "PromptCacheOptionsTtl",
    "PromptTokensDetails",
    "ReasoningEffortType0",
    "RerankRequest",
    "RerankResponse",
    "RerankResult",
    "RerankResultDocumentType1",
    "RerankUsage",
    "ResponseFormatJsonObject",
    "ResponseFormatJsonSchema",
    "ResponseFormatJsonSchemaJsonSchema",
    "ResponseFormatJsonSchemaJsonSchemaSchema",
    "ResponseFormatText",
    "ResponseToolCall",
    "Run",
    "RunIncompleteDetails",
    "RunLastError",
    "RunMetadataType0",
    "RunRequiredAction",
    "RunResponseFormat",
    "RunResponseFormatJsonSchema",
    "RunResponseFormatJsonSchemaSchema",
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
    "RunStepMetadataType0",
    "RunStepToolCall",
    "RunStepToolCallRetrieval",
    "RunSubmitToolOutputs",
    "RunToolCall",
    "RunToolCallFunction",
    "RunToolChoice",
    "RunTruncationStrategy",
    "StreamOptions",
    "SubmitActionRequest",
    "SubmitBlendRequest",
    "SubmitBlendRequestBotType",
    "SubmitBlendRequestDimensions",
    "SubmitChangeRequest",
    "SubmitChangeRequestAction",
    "SubmitDescribeRequest",
    "SubmitDescribeRequestBotType",
    "SubmitImagineRequest",
    "SubmitImagineRequestBotType",
    "SubmitModalRequest",
    "SubmitResult",
    "SubmitResultPropertiesType0",
    "SubmitShortenRequest",
    "SubmitShortenRequestBotType",
    "SubmitSimpleChangeRequest",
    "SubmitToolOutputsRunRequest",
    "SwapFaceRequest",
    "Task",
    "TaskButton",
    "TaskPropertiesType0",
    "Thread",
    "ThreadCreatedEvent",
    "ThreadMessageCompletedEvent",
    "ThreadMessageCreatedEvent",
    "ThreadMessageDeltaEvent",
    "ThreadMessageIncompleteEvent",
    "ThreadMessageInProgressEvent",
    "ThreadMetadataType0",
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
    "TokenUsageModelLimits",
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
    "TranscriptionUsageInputTokenDetails",
    "TranscriptionWord",
    "TruncationStrategy",
    "TruncationStrategyType",
    "UrlCitation",
    "UrlCitationUrlCitation",
    "VadConfig",
    "WebSearchOptions",
    "WebSearchOptionsSearchContextSize",
    "WebSearchOptionsUserLocationType0",
    "WebSearchOptionsUserLocationType0Approximate",
)

# The module of each model, by model name.
_MODULES = {
    "Assistant": "assistant",
    "AssistantFile": "assistant_file",
    "AssistantMetadataType0": "assistant_metadata_type_0",
    "AssistantTool": "assistant_tool",
    "AssistantToolFileSearchSettings": "assistant_tool_file_search_settings",
    "AssistantToolResources": "assistant_tool_resources",
    "AssistantToolResourcesCodeInterpreter": "assistant_tool_resources_code_interpreter",
    "AssistantToolResourcesFileSearch": "assistant_tool_resources_file_search",
    "AssistantToolsCode": "assistant_tools_code",
    "AssistantToolsFileSearch": "assistant_tools_file_search",
    "AssistantToolsFileSearchSettings": "assistant_tools_file_search_settings",
    "AssistantToolsFileSearchTypeOnly": "assistant_tools_file_search_type_only",
    "AssistantToolsFunction": "assistant_tools_function",
    "AssistantToolsRetrieval": "assistant_tools_retrieval",
    "AssistantsNamedToolChoice": "assistants_named_tool_choice",
    "AssistantsNamedToolChoiceFunction": "assistants_named_tool_choice_function",
    "AssistantsNamedToolChoiceType": "assistants_named_tool_choice_type",
    "AssistantsResponseFormatOptionType0": "assistants_response_format_option_type_0",
    "AssistantsToolChoiceOptionType0": "assistants_tool_choice_option_type_0",
    "BillingSubscription": "billing_subscription",
    "BillingUsage": "billing_usage",
    "ChatChoiceLogprobs": "chat_choice_logprobs",
    "ChatCompletionAllowedToolsChoice": "chat_completion_allowed_tools_choice",
    "ChatCompletionAllowedToolsChoiceAllowedTools": "chat_completion_allowed_tools_choice_allowed_tools",
    "ChatCompletionAllowedToolsChoiceAllowedToolsMode": "chat_completion_allowed_tools_choice_allowed_tools_mode",
    "ChatCompletionAllowedToolsChoiceAllowedToolsToolsItem": "chat_completion_allowed_tools_choice_allowed_tools_tools_item",
    "ChatCompletionAudio": "chat_completion_audio",
    "ChatCompletionAudioParam": "chat_completion_audio_param",
    "ChatCompletionAudioParamFormat": "chat_completion_audio_param_format",
    "ChatCompletionAudioParamVoiceType1": "chat_completion_audio_param_voice_type_1",
    "ChatCompletionChoice": "chat_completion_choice",
    "ChatCompletionContentPartAudio": "chat_completion_content_part_audio",
    "ChatCompletionContentPartAudioInputAudio": "chat_completion_content_part_audio_input_audio",
    "ChatCompletionContentPartAudioInputAudioFormat": "chat_completion_content_part_audio_input_audio_format",
    "ChatCompletionContentPartFile": "chat_completion_content_part_file",
    "ChatCompletionContentPartFileFile": "chat_completion_content_part_file_file",
    "ChatCompletionContentPartImage": "chat_completion_content_part_image",
    "ChatCompletionContentPartRefusal": "chat_completion_content_part_refusal",
    "ChatCompletionContentPartText": "chat_completion_content_part_text",
    "ChatCompletionCustomTool": "chat_completion_custom_tool",
    "ChatCompletionCustomToolCustom": "chat_completion_custom_tool_custom",
    "ChatCompletionCustomToolCustomFormatType0": "chat_completion_custom_tool_custom_format_type_0",
    "ChatCompletionCustomToolCustomFormatType1": "chat_completion_custom_tool_custom_format_type_1",
    "ChatCompletionCustomToolCustomFormatType1Grammar": "chat_completion_custom_tool_custom_format_type_1_grammar",
    "ChatCompletionCustomToolCustomFormatType1GrammarSyntax": "chat_completion_custom_tool_custom_format_type_1_grammar_syntax",
    "ChatCompletionFunctionCallOption": "chat_completion_function_call_option",
    "ChatCompletionMessageCustomToolCall": "chat_completion_message_custom_tool_call",
    "ChatCompletionMessageToolCall": "chat_completion_message_tool_call",
    "ChatCompletionMessageToolCallChunk": "chat_completion_message_tool_call_chunk",
    "ChatCompletionNamedToolChoice": "chat_completion_named_tool_choice",
    "ChatCompletionNamedToolChoiceCustom": "chat_completion_named_tool_choice_custom",
    "ChatCompletionRequestAssistantMessage": "chat_completion_request_assistant_message",
    "ChatCompletionRequestAssistantMessageAudioType0": "chat_completion_request_assistant_message_audio_type_0",
    "ChatCompletionRequestDeveloperMessage": "chat_completion_request_developer_message",
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
    "ChatModeration": "chat_moderation",
    "ChatModerationParam": "chat_moderation_param",
    "ChatModerationParamPolicyType0": "chat_moderation_param_policy_type_0",
    "ChatModerationResult": "chat_moderation_result",
    "ChatModerationResultCategories": "chat_moderation_result_categories",
    "ChatModerationResultCategoryAppliedInputTypes": "chat_moderation_result_category_applied_input_types",
    "ChatModerationResultCategoryScores": "chat_moderation_result_category_scores",
    "ChatModerationVerdict": "chat_moderation_verdict",
    "ChunkingStrategyAuto": "chunking_strategy_auto",
    "ChunkingStrategyStatic": "chunking_strategy_static",
    "ChunkingStrategyStaticSettings": "chunking_strategy_static_settings",
    "CompletionChoice": "completion_choice",
    "CompletionLogprobs": "completion_logprobs",
    "CompletionLogprobsTopLogprobsItemType0": "completion_logprobs_top_logprobs_item_type_0",
    "CompletionTokensDetails": "completion_tokens_details",
    "CompletionUsage": "completion_usage",
    "CreateAssistantFileRequest": "create_assistant_file_request",
    "CreateAssistantRequest": "create_assistant_request",
    "CreateChatCompletionRequest": "create_chat_completion_request",
    "CreateChatCompletionRequestFunctionCallType0": "create_chat_completion_request_function_call_type_0",
    "CreateChatCompletionRequestModalitiesType0Item": "create_chat_completion_request_modalities_type_0_item",
    "CreateChatCompletionRequestPromptCacheRetentionType0": "create_chat_completion_request_prompt_cache_retention_type_0",
    "CreateChatCompletionRequestReasoningEffortType0": "create_chat_completion_request_reasoning_effort_type_0",
    "CreateChatCompletionRequestServiceTierType0": "create_chat_completion_request_service_tier_type_0",
    "CreateChatCompletionRequestVerbosityType0": "create_chat_completion_request_verbosity_type_0",
    "CreateChatCompletionResponse": "create_chat_completion_response",
    "CreateChatCompletionResponseMetadataType0": "create_chat_completion_response_metadata_type_0",
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
    "CreateImageEditRequestBackground": "create_image_edit_request_background",
    "CreateImageEditRequestInputFidelity": "create_image_edit_request_input_fidelity",
    "CreateImageEditRequestOutputFormat": "create_image_edit_request_output_format",
    "CreateImageEditRequestQuality": "create_image_edit_request_quality",
    "CreateImageEditRequestResponseFormat": "create_image_edit_request_response_format",
    "CreateImageEditRequestSize": "create_image_edit_request_size",
    "CreateImageRequest": "create_image_request",
    "CreateImageRequestBackgroundType0": "create_image_request_background_type_0",
    "CreateImageRequestModerationType0": "create_image_request_moderation_type_0",
    "CreateImageRequestOutputFormatType0": "create_image_request_output_format_type_0",
    "CreateImageRequestQualityType0": "create_image_request_quality_type_0",
    "CreateImageRequestResponseFormatType0": "create_image_request_response_format_type_0",
    "CreateImageRequestSizeType0": "create_image_request_size_type_0",
    "CreateImageRequestStyleType0": "create_image_request_style_type_0",
    "CreateImageVariationRequest": "create_image_variation_request",
    "CreateImageVariationRequestResponseFormat": "create_image_variation_request_response_format",
    "CreateImageVariationRequestSize": "create_image_variation_request_size",
    "CreateMessageRequest": "create_message_request",
    "CreateMessageRequestRole": "create_message_request_role",
    "CreateModerationRequest": "create_moderation_request",
    "CreateModerationResponse": "create_moderation_response",
    "CreateRunIncludeItem": "create_run_include_item",
    "CreateRunRequest": "create_run_request",
    "CreateSpeechRequest": "create_speech_request",
    "CreateSpeechRequestResponseFormat": "create_speech_request_response_format",
    "CreateSpeechRequestStreamFormat": "create_speech_request_stream_format",
    "CreateThreadAndRunRequest": "create_thread_and_run_request",
    "CreateThreadRequest": "create_thread_request",
    "CreateToolResources": "create_tool_resources",
    "CreateToolResourcesFileSearch": "create_tool_resources_file_search",
    "CreateTranscriptionRequest": "create_transcription_request",
    "CreateTranscriptionRequestChunkingStrategyType0": "create_transcription_request_chunking_strategy_type_0",
    "CreateTranscriptionRequestIncludeItem": "create_transcription_request_include_item",
    "CreateTranscriptionRequestResponseFormat": "create_transcription_request_response_format",
    "CreateTranscriptionRequestTimestampGranularitiesItem": "create_transcription_request_timestamp_granularities_item",
    "CreateTranscriptionResponse": "create_transcription_response",
    "CreateTranslationRequest": "create_translation_request",
    "CreateTranslationRequestResponseFormat": "create_translation_request_response_format",
    "CreateTranslationResponse": "create_translation_response",
    "CustomToolCall": "custom_tool_call",
    "CustomVoice": "custom_voice",
    "DeleteAssistantFileResponse": "delete_assistant_file_response",
    "DeleteAssistantResponse": "delete_assistant_response",
    "DeleteFileResponse": "delete_file_response",
    "DeleteThreadResponse": "delete_thread_response",
    "DoneEvent": "done_event",
    "Embedding": "embedding",
    "EmbeddingUsage": "embedding_usage",
    "Error": "error",
    "ErrorEvent": "error_event",
    "ErrorResponse": "error_response",
    "FileExpirationAfter": "file_expiration_after",
    "FileSearchRanking": "file_search_ranking",
    "FileSearchRankingOptions": "file_search_ranking_options",
    "FileSearchRankingOptionsRanker": "file_search_ranking_options_ranker",
    "FineTuneGrader": "fine_tune_grader",
    "FineTuneGraderContentPart": "fine_tune_grader_content_part",
    "FineTuneGraderContentPartInputAudio": "fine_tune_grader_content_part_input_audio",
    "FineTuneGraderMessage": "fine_tune_grader_message",
    "FineTuneGraderMessageRoleType0": "fine_tune_grader_message_role_type_0",
    "FineTuneGraderSettings": "fine_tune_grader_settings",
    "FineTuneGraderSettingsOperationType0": "fine_tune_grader_settings_operation_type_0",
    "FineTuneGraderSettingsSamplingParams": "fine_tune_grader_settings_sampling_params",
    "FineTuneGraderSettingsTypeType0": "fine_tune_grader_settings_type_type_0",
    "FineTuneMethod": "fine_tune_method",
    "FineTuneMethodDpo": "fine_tune_method_dpo",
    "FineTuneMethodHyperparameters": "fine_tune_method_hyperparameters",
    "FineTuneMethodHyperparametersBatchSizeType0Type0": "fine_tune_method_hyperparameters_batch_size_type_0_type_0",
    "FineTuneMethodHyperparametersBetaType0Type0": "fine_tune_method_hyperparameters_beta_type_0_type_0",
    "FineTuneMethodHyperparametersComputeMultiplierType0Type0": "fine_tune_method_hyperparameters_compute_multiplier_type_0_type_0",
    "FineTuneMethodHyperparametersEvalIntervalType0Type0": "fine_tune_method_hyperparameters_eval_interval_type_0_type_0",
    "FineTuneMethodHyperparametersEvalSamplesType0Type0": "fine_tune_method_hyperparameters_eval_samples_type_0_type_0",
    "FineTuneMethodHyperparametersLearningRateMultiplierType0Type0": "fine_tune_method_hyperparameters_learning_rate_multiplier_type_0_type_0",
    "FineTuneMethodHyperparametersNEpochsType0Type0": "fine_tune_method_hyperparameters_n_epochs_type_0_type_0",
    "FineTuneMethodHyperparametersReasoningEffortType0": "fine_tune_method_hyperparameters_reasoning_effort_type_0",
    "FineTuneMethodReinforcement": "fine_tune_method_reinforcement",
    "FineTuneMethodSupervised": "fine_tune_method_supervised",
    "FineTuneMethodTypeType0": "fine_tune_method_type_type_0",
    "FineTuningIntegration": "fine_tuning_integration",
    "FineTuningIntegrationWandb": "fine_tuning_integration_wandb",
    "FineTuningJob": "fine_tuning_job",
    "FineTuningJobCheckpoint": "fine_tuning_job_checkpoint",
    "FineTuningJobCheckpointMetrics": "fine_tuning_job_checkpoint_metrics",
    "FineTuningJobError": "fine_tuning_job_error",
    "FineTuningJobEvent": "fine_tuning_job_event",
    "FineTuningJobEventDataType0": "fine_tuning_job_event_data_type_0",
    "FineTuningJobHyperparameters": "fine_tuning_job_hyperparameters",
    "FineTuningJobMetadataType0": "fine_tuning_job_metadata_type_0",
    "FunctionCall": "function_call",
    "FunctionCallDelta": "function_call_delta",
    "FunctionDefinition": "function_definition",
    "FunctionDefinitionParameters": "function_definition_parameters",
    "GetRunStepIncludeItem": "get_run_step_include_item",
    "Image": "image",
    "ImageStreamEvent": "image_stream_event",
    "ImageUrl": "image_url",
    "ImageUrlDetail": "image_url_detail",
    "ImagesResponse": "images_response",
    "ImagesUsage": "images_usage",
    "ImagesUsageInputTokensDetails": "images_usage_input_tokens_details",
    "ImagesUsageOutputTokensDetails": "images_usage_output_tokens_details",
    "ListAssistantFilesOrder": "list_assistant_files_order",
    "ListAssistantFilesResponse": "list_assistant_files_response",
    "ListAssistantsOrder": "list_assistants_order",
    "ListAssistantsResponse": "list_assistants_response",
    "ListFilesOrder": "list_files_order",
    "ListFilesResponse": "list_files_response",
    "ListFineTuningJobCheckpointsResponse": "list_fine_tuning_job_checkpoints_response",
    "ListFineTuningJobEventsResponse": "list_fine_tuning_job_events_response",
    "ListMessageFilesOrder": "list_message_files_order",
    "ListMessageFilesResponse": "list_message_files_response",
    "ListMessagesOrder": "list_messages_order",
    "ListMessagesResponse": "list_messages_response",
    "ListModelsResponse": "list_models_response",
    "ListPaginatedFineTuningJobsMetadata": "list_paginated_fine_tuning_jobs_metadata",
    "ListPaginatedFineTuningJobsResponse": "list_paginated_fine_tuning_jobs_response",
    "ListRunStepsIncludeItem": "list_run_steps_include_item",
    "ListRunStepsOrder": "list_run_steps_order",
    "ListRunStepsResponse": "list_run_steps_response",
    "ListRunsOrder": "list_runs_order",
    "ListRunsResponse": "list_runs_response",
    "ListTasksByConditionRequest": "list_tasks_by_condition_request",
    "LogitBias": "logit_bias",
    "Message": "message",
    "MessageAttachment": "message_attachment",
    "MessageAttachmentRequest": "message_attachment_request",
    "MessageContent": "message_content",
    "MessageContentFileCitation": "message_content_file_citation",
    "MessageContentFilePath": "message_content_file_path",
    "MessageContentImageFile": "message_content_image_file",
    "MessageContentImageUrl": "message_content_image_url",
    "MessageContentText": "message_content_text",
    "MessageContentTextAnnotation": "message_content_text_annotation",
    "MessageDelta": "message_delta",
    "MessageDeltaContent": "message_delta_content",
    "MessageDeltaContentFileCitation": "message_delta_content_file_citation",
    "MessageDeltaContentFilePath": "message_delta_content_file_path",
    "MessageDeltaContentImageFile": "message_delta_content_image_file",
    "MessageDeltaContentImageUrl": "message_delta_content_image_url",
    "MessageDeltaContentText": "message_delta_content_text",
    "MessageDeltaContentTextAnnotation": "message_delta_content_text_annotation",
    "MessageDeltaObject": "message_delta_object",
    "MessageFile": "message_file",
    "MessageIncompleteDetails": "message_incomplete_details",
    "MessageMetadataType0": "message_metadata_type_0",
    "MessageRequestContentImageFile": "message_request_content_image_file",
    "MessageRequestContentImageUrl": "message_request_content_image_url",
    "MessageRequestContentText": "message_request_content_text",
    "MessageRequestImageFile": "message_request_image_file",
    "MessageRequestImageFileDetail": "message_request_image_file_detail",
    "MessageRequestImageUrl": "message_request_image_url",
    "MessageRequestImageUrlDetail": "message_request_image_url_detail",
    "Metadata": "metadata",
    "MidjourneyErrorResponse": "midjourney_error_response",
    "Model": "model",
    "ModelPricing": "model_pricing",
    "ModerationCategories": "moderation_categories",
    "ModerationCategoryAppliedInputTypes": "moderation_category_applied_input_types",
    "ModerationCategoryScores": "moderation_category_scores",
    "ModerationConfig": "moderation_config",
    "ModerationConfigMode": "moderation_config_mode",
    "ModerationInputImage": "moderation_input_image",
    "ModerationInputImageImageUrl": "moderation_input_image_image_url",
    "ModerationInputText": "moderation_input_text",
    "ModerationResult": "moderation_result",
    "ModifyAssistantRequest": "modify_assistant_request",
    "ModifyMessageRequest": "modify_message_request",
    "ModifyRunRequest": "modify_run_request",
    "ModifyThreadRequest": "modify_thread_request",
    "NewVectorStore": "new_vector_store",
    "OpenAIFile": "open_ai_file",
    "PredictionContent": "prediction_content",
    "PricingResponse": "pricing_response",
    "PricingResponseGroupRatioType0": "pricing_response_group_ratio_type_0",
    "PricingResponseUsableGroupType0": "pricing_response_usable_group_type_0",
    "PromptCacheBreakpoint": "prompt_cache_breakpoint",
    "PromptCacheBreakpointMode": "prompt_cache_breakpoint_mode",
    "PromptCacheOptions": "prompt_cache_options",
    "PromptCacheOptionsMode": "prompt_cache_options_mode",
    "PromptCacheOptionsTtl": "prompt_cache_options_ttl",
    "PromptTokensDetails": "prompt_tokens_details",
    "ReasoningEffortType0": "reasoning_effort_type_0",
    "RerankRequest": "rerank_request",
    "RerankResponse": "rerank_response",
    "RerankResult": "rerank_result",
    "RerankResultDocumentType1": "rerank_result_document_type_1",
    "RerankUsage": "rerank_usage",
    "ResponseFormatJsonObject": "response_format_json_object",
    "ResponseFormatJsonSchema": "response_format_json_schema",
    "ResponseFormatJsonSchemaJsonSchema": "response_format_json_schema_json_schema",
    "ResponseFormatJsonSchemaJsonSchemaSchema": "response_format_json_schema_json_schema_schema",
    "ResponseFormatText": "response_format_text",
    "ResponseToolCall": "response_tool_call",
    "Run": "run",
    "RunIncompleteDetails": "run_incomplete_details",
    "RunLastError": "run_last_error",
    "RunMetadataType0": "run_metadata_type_0",
    "RunRequiredAction": "run_required_action",
    "RunResponseFormat": "run_response_format",
    "RunResponseFormatJsonSchema": "run_response_format_json_schema",
    "RunResponseFormatJsonSchemaSchema": "run_response_format_json_schema_schema",
    "RunStep": "run_step",
    "RunStepCodeInterpreter": "run_step_code_interpreter",
    "RunStepCodeInterpreterImage": "run_step_code_interpreter_image",
    "RunStepCodeInterpreterOutput": "run_step_code_interpreter_output",
    "RunStepDelta": "run_step_delta",
    "RunStepDeltaObject": "run_step_delta_object",
    "RunStepDetails": "run_step_details",
    "RunStepFileSearch": "run_step_file_search",
    "RunStepFileSearchResult": "run_step_file_search_result",
    "RunStepFileSearchResultContent": "run_step_file_search_result_content",
    "RunStepFunction": "run_step_function",
    "RunStepMessageCreation": "run_step_message_creation",
    "RunStepMetadataType0": "run_step_metadata_type_0",
    "RunStepToolCall": "run_step_tool_call",
    "RunStepToolCallRetrieval": "run_step_tool_call_retrieval",
    "RunSubmitToolOutputs": "run_submit_tool_outputs",
    "RunToolCall": "run_tool_call",
    "RunToolCallFunction": "run_tool_call_function",
    "RunToolChoice": "run_tool_choice",
    "RunTruncationStrategy": "run_truncation_strategy",
    "StreamOptions": "stream_options",
    "SubmitActionRequest": "submit_action_request",
    "SubmitBlendRequest": "submit_blend_request",
    "SubmitBlendRequestBotType": "submit_blend_request_bot_type",
    "SubmitBlendRequestDimensions": "submit_blend_request_dimensions",
    "SubmitChangeRequest": "submit_change_request",
    "SubmitChangeRequestAction": "submit_change_request_action",
    "SubmitDescribeRequest": "submit_describe_request",
    "SubmitDescribeRequestBotType": "submit_describe_request_bot_type",
    "SubmitImagineRequest": "submit_imagine_request",
    "SubmitImagineRequestBotType": "submit_imagine_request_bot_type",
    "SubmitModalRequest": "submit_modal_request",
    "SubmitResult": "submit_result",
    "SubmitResultPropertiesType0": "submit_result_properties_type_0",
    "SubmitShortenRequest": "submit_shorten_request",
    "SubmitShortenRequestBotType": "submit_shorten_request_bot_type",
    "SubmitSimpleChangeRequest": "submit_simple_change_request",
    "SubmitToolOutputsRunRequest": "submit_tool_outputs_run_request",
    "SwapFaceRequest": "swap_face_request",
    "Task": "task",
    "TaskButton": "task_button",
    "TaskPropertiesType0": "task_properties_type_0",
    "Thread": "thread",
    "ThreadCreatedEvent": "thread_created_event",
    "ThreadMessageCompletedEvent": "thread_message_completed_event",
    "ThreadMessageCreatedEvent": "thread_message_created_event",
    "ThreadMessageDeltaEvent": "thread_message_delta_event",
    "ThreadMessageInProgressEvent": "thread_message_in_progress_event",
    "ThreadMessageIncompleteEvent": "thread_message_incomplete_event",
    "ThreadMetadataType0": "thread_metadata_type_0",
    "ThreadRunCancelledEvent": "thread_run_cancelled_event",
    "ThreadRunCancellingEvent": "thread_run_cancelling_event",
    "ThreadRunCompletedEvent": "thread_run_completed_event",
    "ThreadRunCreatedEvent": "thread_run_created_event",
    "ThreadRunExpiredEvent": "thread_run_expired_event",
    "ThreadRunFailedEvent": "thread_run_failed_event",
    "ThreadRunInProgressEvent": "thread_run_in_progress_event",
    "ThreadRunQueuedEvent": "thread_run_queued_event",
    "ThreadRunRequiresActionEvent": "thread_run_requires_action_event",
    "ThreadRunStepCancelledEvent": "thread_run_step_cancelled_event",
    "ThreadRunStepCompletedEvent": "thread_run_step_completed_event",
    "ThreadRunStepCreatedEvent": "thread_run_step_created_event",
    "ThreadRunStepDeltaEvent": "thread_run_step_delta_event",
    "ThreadRunStepExpiredEvent": "thread_run_step_expired_event",
    "ThreadRunStepFailedEvent": "thread_run_step_failed_event",
    "ThreadRunStepInProgressEvent": "thread_run_step_in_progress_event",
    "TokenLog": "token_log",
    "TokenLogsResponse": "token_logs_response",
    "TokenUsage": "token_usage",
    "TokenUsageModelLimits": "token_usage_model_limits",
    "TokenUsageResponse": "token_usage_response",
    "ToolChoiceFunction": "tool_choice_function",
    "ToolOutput": "tool_output",
    "ToolResources": "tool_resources",
    "ToolResourcesCodeInterpreter": "tool_resources_code_interpreter",
    "ToolResourcesFileSearch": "tool_resources_file_search",
    "TopLogprob": "top_logprob",
    "TranscriptionLanguage": "transcription_language",
    "TranscriptionLogprob": "transcription_logprob",
    "TranscriptionSegment": "transcription_segment",
    "TranscriptionStreamEvent": "transcription_stream_event",
    "TranscriptionUsage": "transcription_usage",
    "TranscriptionUsageInputTokenDetails": "transcription_usage_input_token_details",
    "TranscriptionWord": "transcription_word",
    "TruncationStrategy": "truncation_strategy",
    "TruncationStrategyType": "truncation_strategy_type",
    "UrlCitation": "url_citation",
    "UrlCitationUrlCitation": "url_citation_url_citation",
    "VadConfig": "vad_config",
    "WebSearchOptions": "web_search_options",
    "WebSearchOptionsSearchContextSize": "web_search_options_search_context_size",
    "WebSearchOptionsUserLocationType0": "web_search_options_user_location_type_0",
    "WebSearchOptionsUserLocationType0Approximate": "web_search_options_user_location_type_0_approximate",
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
