# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_tool_choice_option_type_0 import ChatCompletionToolChoiceOptionType0
from ..models.create_chat_completion_request_function_call_type_0 import CreateChatCompletionRequestFunctionCallType0
from ..models.create_chat_completion_request_modalities_type_0_item import (
    CreateChatCompletionRequestModalitiesType0Item,
)
from ..models.create_chat_completion_request_prompt_cache_retention_type_0 import (
    CreateChatCompletionRequestPromptCacheRetentionType0,
)
from ..models.create_chat_completion_request_reasoning_effort_type_0 import (
    CreateChatCompletionRequestReasoningEffortType0,
)
from ..models.create_chat_completion_request_service_tier_type_0 import CreateChatCompletionRequestServiceTierType0
from ..models.create_chat_completion_request_verbosity_type_0 import CreateChatCompletionRequestVerbosityType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_allowed_tools_choice import ChatCompletionAllowedToolsChoice
    from ..models.chat_completion_audio_param import ChatCompletionAudioParam
    from ..models.chat_completion_custom_tool import ChatCompletionCustomTool
    from ..models.chat_completion_function_call_option import ChatCompletionFunctionCallOption
    from ..models.chat_completion_named_tool_choice import ChatCompletionNamedToolChoice
    from ..models.chat_completion_named_tool_choice_custom import ChatCompletionNamedToolChoiceCustom
    from ..models.chat_completion_request_assistant_message import ChatCompletionRequestAssistantMessage
    from ..models.chat_completion_request_developer_message import ChatCompletionRequestDeveloperMessage
    from ..models.chat_completion_request_function_message import ChatCompletionRequestFunctionMessage
    from ..models.chat_completion_request_system_message import ChatCompletionRequestSystemMessage
    from ..models.chat_completion_request_tool_message import ChatCompletionRequestToolMessage
    from ..models.chat_completion_request_user_message import ChatCompletionRequestUserMessage
    from ..models.chat_completion_tool import ChatCompletionTool
    from ..models.chat_moderation_param import ChatModerationParam
    from ..models.function_definition import FunctionDefinition
    from ..models.logit_bias import LogitBias
    from ..models.metadata import Metadata
    from ..models.prediction_content import PredictionContent
    from ..models.prompt_cache_options import PromptCacheOptions
    from ..models.response_format_json_object import ResponseFormatJsonObject
    from ..models.response_format_json_schema import ResponseFormatJsonSchema
    from ..models.response_format_text import ResponseFormatText
    from ..models.stream_options import StreamOptions
    from ..models.web_search_options import WebSearchOptions


T = TypeVar("T", bound="CreateChatCompletionRequest")


@_attrs_define
class CreateChatCompletionRequest:
    """
    Attributes:
        messages (list[ChatCompletionRequestAssistantMessage | ChatCompletionRequestDeveloperMessage |
            ChatCompletionRequestFunctionMessage | ChatCompletionRequestSystemMessage | ChatCompletionRequestToolMessage |
            ChatCompletionRequestUserMessage]): The conversation so far, oldest first: each message a dict with its `role`
            (system, developer, user, assistant, tool) and `content`.
        model (str): The ID of the model, e.g. `gpt-4o`, `gpt-4.1-mini`, `o4-mini`, `gpt-5` or
            `claude-3-haiku-20240307`.
        audio (ChatCompletionAudioParam | None | Unset):
        frequency_penalty (float | None | Unset): -2.0 to 2.0. Server default 0.
        logit_bias (LogitBias | None | Unset):
        logprobs (bool | None | Unset): Return the log probabilities of the output tokens. Server default false.
        top_logprobs (int | None | Unset): 0 to 20 most likely tokens at each position; needs `logprobs` true.
        max_completion_tokens (int | None | Unset): The most tokens the completion may use, reasoning tokens included.
        max_tokens (int | None | Unset): Deprecated: use `max_completion_tokens` (reasoning models refuse `max_tokens`).
            The maximum number of tokens to generate.
        metadata (Metadata | None | Unset):
        modalities (list[CreateChatCompletionRequestModalitiesType0Item] | None | Unset): What the model answers with;
            `["text", "audio"]` for an audio answer. Server default `["text"]`.
        moderation (ChatModerationParam | None | Unset):
        n (int | None | Unset): How many choices to generate. Server default 1.
        parallel_tool_calls (bool | Unset): Whether the model may call several tools in one turn. Server default true.
        prediction (None | PredictionContent | Unset):
        presence_penalty (float | None | Unset): -2.0 to 2.0. Server default 0.
        prompt_cache_key (None | str | Unset): A key that groups requests sharing a prefix, so that they hit the prompt
            cache together.
        prompt_cache_options (PromptCacheOptions | Unset): How the prompt cache is used.
        prompt_cache_retention (CreateChatCompletionRequestPromptCacheRetentionType0 | None | Unset): Deprecated: use
            `prompt_cache_options`. How long cached prefixes are kept.
        reasoning_effort (CreateChatCompletionRequestReasoningEffortType0 | None | Unset): How much a reasoning model
            (o-series, gpt-5) reasons before it answers; less is faster and spends fewer tokens. Server default `medium`.
        response_format (ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | Unset): `{"type":
            "text"}`, `{"type": "json_object"}` (valid JSON; say so in a message too), or `{"type": "json_schema",
            "json_schema": {...}}` (JSON that matches the schema given).
        safety_identifier (None | str | Unset): A stable identifier of the end user (a hash of their name or e-mail), up
            to 64 characters, that helps detect abuse.
        seed (int | None | Unset): Deprecated: determinism is best effort. A seed for repeatable sampling.
        service_tier (CreateChatCompletionRequestServiceTierType0 | None | Unset): The processing tier; `auto` (the
            server's default) uses the project's setting.
        stop (list[str] | None | str | Unset):
        store (bool | None | Unset): Whether to store the completion for distillation and evaluations. Server default
            false.
        stream (bool | None | Unset): Stream back chunks as server-sent events ending with `data: [DONE]`. Server
            default false.
        stream_options (None | StreamOptions | Unset):
        temperature (float | None | Unset): Sampling temperature between 0 and 2. Server default 1.
        top_p (float | None | Unset): Nucleus sampling mass between 0 and 1. Server default 1.
        tools (list[ChatCompletionCustomTool | ChatCompletionTool] | Unset):
        tool_choice (ChatCompletionAllowedToolsChoice | ChatCompletionNamedToolChoice |
            ChatCompletionNamedToolChoiceCustom | ChatCompletionToolChoiceOptionType0 | Unset): `none`, `auto`, `required`,
            a named function or custom tool the model must call, or a subset of the tools the model may use.
        verbosity (CreateChatCompletionRequestVerbosityType0 | None | Unset): How long and detailed the answer is
            (gpt-5). Server default `medium`.
        web_search_options (WebSearchOptions | Unset): Web search for the search models (`gpt-4o-search-preview` and the
            like).
        user (str | Unset): Deprecated: use `safety_identifier` and `prompt_cache_key`. A unique identifier of the end
            user.
        function_call (ChatCompletionFunctionCallOption | CreateChatCompletionRequestFunctionCallType0 | Unset):
            Deprecated, replaced by `tool_choice`. Which function the model calls: `none` (none, it writes a message),
            `auto` (it chooses), or `{"name": "my_function"}` (that one). Server default `none` without `functions`, `auto`
            with them.
        functions (list[FunctionDefinition] | Unset): Deprecated, replaced by `tools`. 1 to 128 functions the model may
            generate JSON inputs for.
    """

    messages: list[
        ChatCompletionRequestAssistantMessage
        | ChatCompletionRequestDeveloperMessage
        | ChatCompletionRequestFunctionMessage
        | ChatCompletionRequestSystemMessage
        | ChatCompletionRequestToolMessage
        | ChatCompletionRequestUserMessage
    ]
    model: str
    audio: ChatCompletionAudioParam | None | Unset = UNSET
    frequency_penalty: float | None | Unset = UNSET
    logit_bias: LogitBias | None | Unset = UNSET
    logprobs: bool | None | Unset = UNSET
    top_logprobs: int | None | Unset = UNSET
    max_completion_tokens: int | None | Unset = UNSET
    max_tokens: int | None | Unset = UNSET
    metadata: Metadata | None | Unset = UNSET
    modalities: list[CreateChatCompletionRequestModalitiesType0Item] | None | Unset = UNSET
    moderation: ChatModerationParam | None | Unset = UNSET
    n: int | None | Unset = UNSET
    parallel_tool_calls: bool | Unset = UNSET
    prediction: None | PredictionContent | Unset = UNSET
    presence_penalty: float | None | Unset = UNSET
    prompt_cache_key: None | str | Unset = UNSET
    prompt_cache_options: PromptCacheOptions | Unset = UNSET
    prompt_cache_retention: CreateChatCompletionRequestPromptCacheRetentionType0 | None | Unset = UNSET
    reasoning_effort: CreateChatCompletionRequestReasoningEffortType0 | None | Unset = UNSET
    response_format: ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | Unset = UNSET
    safety_identifier: None | str | Unset = UNSET
    seed: int | None | Unset = UNSET
    service_tier: CreateChatCompletionRequestServiceTierType0 | None | Unset = UNSET
    stop: list[str] | None | str | Unset = UNSET
    store: bool | None | Unset = UNSET
    stream: bool | None | Unset = UNSET
    stream_options: None | StreamOptions | Unset = UNSET
    temperature: float | None | Unset = UNSET
    top_p: float | None | Unset = UNSET
    tools: list[ChatCompletionCustomTool | ChatCompletionTool] | Unset = UNSET
    tool_choice: (
        ChatCompletionAllowedToolsChoice
        | ChatCompletionNamedToolChoice
        | ChatCompletionNamedToolChoiceCustom
        | ChatCompletionToolChoiceOptionType0
        | Unset
    ) = UNSET
    verbosity: CreateChatCompletionRequestVerbosityType0 | None | Unset = UNSET
    web_search_options: WebSearchOptions | Unset = UNSET
    user: str | Unset = UNSET
    function_call: ChatCompletionFunctionCallOption | CreateChatCompletionRequestFunctionCallType0 | Unset = UNSET
    functions: list[FunctionDefinition] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.chat_completion_audio_param import ChatCompletionAudioParam  # noqa: PLC0415
        from ..models.chat_completion_named_tool_choice import ChatCompletionNamedToolChoice  # noqa: PLC0415
        from ..models.chat_completion_named_tool_choice_custom import ChatCompletionNamedToolChoiceCustom  # noqa: PLC0415
        from ..models.chat_completion_request_assistant_message import ChatCompletionRequestAssistantMessage  # noqa: PLC0415
        from ..models.chat_completion_request_developer_message import ChatCompletionRequestDeveloperMessage  # noqa: PLC0415
        from ..models.chat_completion_request_system_message import ChatCompletionRequestSystemMessage  # noqa: PLC0415
        from ..models.chat_completion_request_tool_message import ChatCompletionRequestToolMessage  # noqa: PLC0415
        from ..models.chat_completion_request_user_message import ChatCompletionRequestUserMessage  # noqa: PLC0415
        from ..models.chat_completion_tool import ChatCompletionTool  # noqa: PLC0415
        from ..models.chat_moderation_param import ChatModerationParam  # noqa: PLC0415
        from ..models.logit_bias import LogitBias  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.prediction_content import PredictionContent  # noqa: PLC0415
        from ..models.response_format_json_object import ResponseFormatJsonObject  # noqa: PLC0415
        from ..models.response_format_text import ResponseFormatText  # noqa: PLC0415
        from ..models.stream_options import StreamOptions  # noqa: PLC0415

        messages = []
        for messages_item_data in self.messages:
            messages_item: dict[str, Any]
            if isinstance(messages_item_data, ChatCompletionRequestDeveloperMessage):
                messages_item = messages_item_data.to_dict()
            elif isinstance(messages_item_data, ChatCompletionRequestSystemMessage):
                messages_item = messages_item_data.to_dict()
            elif isinstance(messages_item_data, ChatCompletionRequestUserMessage):
                messages_item = messages_item_data.to_dict()
            elif isinstance(messages_item_data, ChatCompletionRequestAssistantMessage):
                messages_item = messages_item_data.to_dict()
            elif isinstance(messages_item_data, ChatCompletionRequestToolMessage):
                messages_item = messages_item_data.to_dict()
            else:
                messages_item = messages_item_data.to_dict()

            messages.append(messages_item)

        model = self.model

        audio: dict[str, Any] | None | Unset
        if isinstance(self.audio, Unset):
            audio = UNSET
        elif isinstance(self.audio, ChatCompletionAudioParam):
            audio = self.audio.to_dict()
        else:
            audio = self.audio

        frequency_penalty: float | None | Unset
        if isinstance(self.frequency_penalty, Unset):
            frequency_penalty = UNSET
        else:
            frequency_penalty = self.frequency_penalty

        logit_bias: dict[str, Any] | None | Unset
        if isinstance(self.logit_bias, Unset):
            logit_bias = UNSET
        elif isinstance(self.logit_bias, LogitBias):
            logit_bias = self.logit_bias.to_dict()
        else:
            logit_bias = self.logit_bias

        logprobs: bool | None | Unset
        if isinstance(self.logprobs, Unset):
            logprobs = UNSET
        else:
            logprobs = self.logprobs

        top_logprobs: int | None | Unset
        if isinstance(self.top_logprobs, Unset):
            top_logprobs = UNSET
        else:
            top_logprobs = self.top_logprobs

        max_completion_tokens: int | None | Unset
        if isinstance(self.max_completion_tokens, Unset):
            max_completion_tokens = UNSET
        else:
            max_completion_tokens = self.max_completion_tokens

        max_tokens: int | None | Unset
        if isinstance(self.max_tokens, Unset):
            max_tokens = UNSET
        else:
            max_tokens = self.max_tokens

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        modalities: list[str] | None | Unset
        if isinstance(self.modalities, Unset):
            modalities = UNSET
        elif isinstance(self.modalities, list):
            modalities = []
            for modalities_type_0_item_data in self.modalities:
                modalities_type_0_item = modalities_type_0_item_data.value
                modalities.append(modalities_type_0_item)

        else:
            modalities = self.modalities

        moderation: dict[str, Any] | None | Unset
        if isinstance(self.moderation, Unset):
            moderation = UNSET
        elif isinstance(self.moderation, ChatModerationParam):
            moderation = self.moderation.to_dict()
        else:
            moderation = self.moderation

        n: int | None | Unset
        if isinstance(self.n, Unset):
            n = UNSET
        else:
            n = self.n

        parallel_tool_calls = self.parallel_tool_calls

        prediction: dict[str, Any] | None | Unset
        if isinstance(self.prediction, Unset):
            prediction = UNSET
        elif isinstance(self.prediction, PredictionContent):
            prediction = self.prediction.to_dict()
        else:
            prediction = self.prediction

        presence_penalty: float | None | Unset
        if isinstance(self.presence_penalty, Unset):
            presence_penalty = UNSET
        else:
            presence_penalty = self.presence_penalty

        prompt_cache_key: None | str | Unset
        if isinstance(self.prompt_cache_key, Unset):
            prompt_cache_key = UNSET
        else:
            prompt_cache_key = self.prompt_cache_key

        prompt_cache_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prompt_cache_options, Unset):
            prompt_cache_options = self.prompt_cache_options.to_dict()

        prompt_cache_retention: None | str | Unset
        if isinstance(self.prompt_cache_retention, Unset):
            prompt_cache_retention = UNSET
        elif isinstance(self.prompt_cache_retention, CreateChatCompletionRequestPromptCacheRetentionType0):
            prompt_cache_retention = self.prompt_cache_retention.value
        else:
            prompt_cache_retention = self.prompt_cache_retention

        reasoning_effort: None | str | Unset
        if isinstance(self.reasoning_effort, Unset):
            reasoning_effort = UNSET
        elif isinstance(self.reasoning_effort, CreateChatCompletionRequestReasoningEffortType0):
            reasoning_effort = self.reasoning_effort.value
        else:
            reasoning_effort = self.reasoning_effort

        response_format: dict[str, Any] | Unset
        if isinstance(self.response_format, Unset):
            response_format = UNSET
        elif isinstance(self.response_format, ResponseFormatText):
            response_format = self.response_format.to_dict()
        elif isinstance(self.response_format, ResponseFormatJsonObject):
            response_format = self.response_format.to_dict()
        else:
            response_format = self.response_format.to_dict()

        safety_identifier: None | str | Unset
        if isinstance(self.safety_identifier, Unset):
            safety_identifier = UNSET
        else:
            safety_identifier = self.safety_identifier

        seed: int | None | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
            seed = self.seed

        service_tier: None | str | Unset
        if isinstance(self.service_tier, Unset):
            service_tier = UNSET
        elif isinstance(self.service_tier, CreateChatCompletionRequestServiceTierType0):
            service_tier = self.service_tier.value
        else:
            service_tier = self.service_tier

        stop: list[str] | None | str | Unset
        if isinstance(self.stop, Unset):
            stop = UNSET
        elif isinstance(self.stop, list):
            stop = self.stop

        else:
            stop = self.stop

        store: bool | None | Unset
        if isinstance(self.store, Unset):
            store = UNSET
        else:
            store = self.store

        stream: bool | None | Unset
        if isinstance(self.stream, Unset):
            stream = UNSET
        else:
            stream = self.stream

        stream_options: dict[str, Any] | None | Unset
        if isinstance(self.stream_options, Unset):
            stream_options = UNSET
        elif isinstance(self.stream_options, StreamOptions):
            stream_options = self.stream_options.to_dict()
        else:
            stream_options = self.stream_options

        temperature: float | None | Unset
        if isinstance(self.temperature, Unset):
            temperature = UNSET
        else:
            temperature = self.temperature

        top_p: float | None | Unset
        if isinstance(self.top_p, Unset):
            top_p = UNSET
        else:
            top_p = self.top_p

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item: dict[str, Any]
                if isinstance(tools_item_data, ChatCompletionTool):
                    tools_item = tools_item_data.to_dict()
                else:
                    tools_item = tools_item_data.to_dict()

                tools.append(tools_item)

        tool_choice: dict[str, Any] | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, ChatCompletionToolChoiceOptionType0):
            tool_choice = self.tool_choice.value
        elif isinstance(self.tool_choice, ChatCompletionNamedToolChoice):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, ChatCompletionNamedToolChoiceCustom):
            tool_choice = self.tool_choice.to_dict()
        else:
            tool_choice = self.tool_choice.to_dict()

        verbosity: None | str | Unset
        if isinstance(self.verbosity, Unset):
            verbosity = UNSET
        elif isinstance(self.verbosity, CreateChatCompletionRequestVerbosityType0):
            verbosity = self.verbosity.value
        else:
            verbosity = self.verbosity

        web_search_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.web_search_options, Unset):
            web_search_options = self.web_search_options.to_dict()

        user = self.user

        function_call: dict[str, Any] | str | Unset
        if isinstance(self.function_call, Unset):
            function_call = UNSET
        elif isinstance(self.function_call, CreateChatCompletionRequestFunctionCallType0):
            function_call = self.function_call.value
        else:
            function_call = self.function_call.to_dict()

        functions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.functions, Unset):
            functions = []
            for functions_item_data in self.functions:
                functions_item = functions_item_data.to_dict()
                functions.append(functions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "messages": messages,
                "model": model,
            }
        )
        if audio is not UNSET:
            field_dict["audio"] = audio
        if frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = frequency_penalty
        if logit_bias is not UNSET:
            field_dict["logit_bias"] = logit_bias
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs
        if max_completion_tokens is not UNSET:
            field_dict["max_completion_tokens"] = max_completion_tokens
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if modalities is not UNSET:
            field_dict["modalities"] = modalities
        if moderation is not UNSET:
            field_dict["moderation"] = moderation
        if n is not UNSET:
            field_dict["n"] = n
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if prediction is not UNSET:
            field_dict["prediction"] = prediction
        if presence_penalty is not UNSET:
            field_dict["presence_penalty"] = presence_penalty
        if prompt_cache_key is not UNSET:
            field_dict["prompt_cache_key"] = prompt_cache_key
        if prompt_cache_options is not UNSET:
            field_dict["prompt_cache_options"] = prompt_cache_options
        if prompt_cache_retention is not UNSET:
            field_dict["prompt_cache_retention"] = prompt_cache_retention
        if reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = reasoning_effort
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if safety_identifier is not UNSET:
            field_dict["safety_identifier"] = safety_identifier
        if seed is not UNSET:
            field_dict["seed"] = seed
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if stop is not UNSET:
            field_dict["stop"] = stop
        if store is not UNSET:
            field_dict["store"] = store
        if stream is not UNSET:
            field_dict["stream"] = stream
        if stream_options is not UNSET:
            field_dict["stream_options"] = stream_options
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if verbosity is not UNSET:
            field_dict["verbosity"] = verbosity
        if web_search_options is not UNSET:
            field_dict["web_search_options"] = web_search_options
        if user is not UNSET:
            field_dict["user"] = user
        if function_call is not UNSET:
            field_dict["function_call"] = function_call
        if functions is not UNSET:
            field_dict["functions"] = functions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_completion_allowed_tools_choice import ChatCompletionAllowedToolsChoice  # noqa: PLC0415
        from ..models.chat_completion_audio_param import ChatCompletionAudioParam  # noqa: PLC0415
        from ..models.chat_completion_custom_tool import ChatCompletionCustomTool  # noqa: PLC0415
        from ..models.chat_completion_function_call_option import ChatCompletionFunctionCallOption  # noqa: PLC0415
        from ..models.chat_completion_named_tool_choice import ChatCompletionNamedToolChoice  # noqa: PLC0415
        from ..models.chat_completion_named_tool_choice_custom import ChatCompletionNamedToolChoiceCustom  # noqa: PLC0415
        from ..models.chat_completion_request_assistant_message import ChatCompletionRequestAssistantMessage  # noqa: PLC0415
        from ..models.chat_completion_request_developer_message import ChatCompletionRequestDeveloperMessage  # noqa: PLC0415
        from ..models.chat_completion_request_function_message import ChatCompletionRequestFunctionMessage  # noqa: PLC0415
        from ..models.chat_completion_request_system_message import ChatCompletionRequestSystemMessage  # noqa: PLC0415
        from ..models.chat_completion_request_tool_message import ChatCompletionRequestToolMessage  # noqa: PLC0415
        from ..models.chat_completion_request_user_message import ChatCompletionRequestUserMessage  # noqa: PLC0415
        from ..models.chat_completion_tool import ChatCompletionTool  # noqa: PLC0415
        from ..models.chat_moderation_param import ChatModerationParam  # noqa: PLC0415
        from ..models.function_definition import FunctionDefinition  # noqa: PLC0415
        from ..models.logit_bias import LogitBias  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.prediction_content import PredictionContent  # noqa: PLC0415
        from ..models.prompt_cache_options import PromptCacheOptions  # noqa: PLC0415
        from ..models.response_format_json_object import ResponseFormatJsonObject  # noqa: PLC0415
        from ..models.response_format_json_schema import ResponseFormatJsonSchema  # noqa: PLC0415
        from ..models.response_format_text import ResponseFormatText  # noqa: PLC0415
        from ..models.stream_options import StreamOptions  # noqa: PLC0415
        from ..models.web_search_options import WebSearchOptions  # noqa: PLC0415

        d = dict(src_dict)
        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:

            def _parse_messages_item(
                data: object,
            ) -> (
                ChatCompletionRequestAssistantMessage
                | ChatCompletionRequestDeveloperMessage
                | ChatCompletionRequestFunctionMessage
                | ChatCompletionRequestSystemMessage
                | ChatCompletionRequestToolMessage
                | ChatCompletionRequestUserMessage
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_completion_request_message_type_0 = (
                        ChatCompletionRequestDeveloperMessage.from_dict(data)
                    )

                    return componentsschemas_chat_completion_request_message_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_completion_request_message_type_1 = (
                        ChatCompletionRequestSystemMessage.from_dict(data)
                    )

                    return componentsschemas_chat_completion_request_message_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_completion_request_message_type_2 = (
                        ChatCompletionRequestUserMessage.from_dict(data)
                    )

                    return componentsschemas_chat_completion_request_message_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_completion_request_message_type_3 = (
                        ChatCompletionRequestAssistantMessage.from_dict(data)
                    )

                    return componentsschemas_chat_completion_request_message_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_completion_request_message_type_4 = (
                        ChatCompletionRequestToolMessage.from_dict(data)
                    )

                    return componentsschemas_chat_completion_request_message_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_completion_request_message_type_5 = (
                    ChatCompletionRequestFunctionMessage.from_dict(data)
                )

                return componentsschemas_chat_completion_request_message_type_5

            messages_item = _parse_messages_item(messages_item_data)

            messages.append(messages_item)

        model = d.pop("model")

        def _parse_audio(data: object) -> ChatCompletionAudioParam | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                audio_type_0 = ChatCompletionAudioParam.from_dict(data)

                return audio_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChatCompletionAudioParam | None | Unset, data)

        audio = _parse_audio(d.pop("audio", UNSET))

        def _parse_frequency_penalty(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        frequency_penalty = _parse_frequency_penalty(d.pop("frequency_penalty", UNSET))

        def _parse_logit_bias(data: object) -> LogitBias | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                logit_bias_type_0 = LogitBias.from_dict(data)

                return logit_bias_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LogitBias | None | Unset, data)

        logit_bias = _parse_logit_bias(d.pop("logit_bias", UNSET))

        def _parse_logprobs(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        logprobs = _parse_logprobs(d.pop("logprobs", UNSET))

        def _parse_top_logprobs(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        top_logprobs = _parse_top_logprobs(d.pop("top_logprobs", UNSET))

        def _parse_max_completion_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_completion_tokens = _parse_max_completion_tokens(d.pop("max_completion_tokens", UNSET))

        def _parse_max_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_tokens = _parse_max_tokens(d.pop("max_tokens", UNSET))

        def _parse_metadata(data: object) -> Metadata | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = Metadata.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Metadata | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_modalities(data: object) -> list[CreateChatCompletionRequestModalitiesType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                modalities_type_0 = []
                _modalities_type_0 = data
                for modalities_type_0_item_data in _modalities_type_0:
                    modalities_type_0_item = CreateChatCompletionRequestModalitiesType0Item(modalities_type_0_item_data)

                    modalities_type_0.append(modalities_type_0_item)

                return modalities_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CreateChatCompletionRequestModalitiesType0Item] | None | Unset, data)

        modalities = _parse_modalities(d.pop("modalities", UNSET))

        def _parse_moderation(data: object) -> ChatModerationParam | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                moderation_type_0 = ChatModerationParam.from_dict(data)

                return moderation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChatModerationParam | None | Unset, data)

        moderation = _parse_moderation(d.pop("moderation", UNSET))

        def _parse_n(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        n = _parse_n(d.pop("n", UNSET))

        parallel_tool_calls = d.pop("parallel_tool_calls", UNSET)

        def _parse_prediction(data: object) -> None | PredictionContent | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                prediction_type_0 = PredictionContent.from_dict(data)

                return prediction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PredictionContent | Unset, data)

        prediction = _parse_prediction(d.pop("prediction", UNSET))

        def _parse_presence_penalty(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        presence_penalty = _parse_presence_penalty(d.pop("presence_penalty", UNSET))

        def _parse_prompt_cache_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt_cache_key = _parse_prompt_cache_key(d.pop("prompt_cache_key", UNSET))

        _prompt_cache_options = d.pop("prompt_cache_options", UNSET)
        prompt_cache_options: PromptCacheOptions | Unset
        if isinstance(_prompt_cache_options, Unset):
            prompt_cache_options = UNSET
        else:
            prompt_cache_options = PromptCacheOptions.from_dict(_prompt_cache_options)

        def _parse_prompt_cache_retention(
            data: object,
        ) -> CreateChatCompletionRequestPromptCacheRetentionType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                prompt_cache_retention_type_0 = CreateChatCompletionRequestPromptCacheRetentionType0(data)

                return prompt_cache_retention_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateChatCompletionRequestPromptCacheRetentionType0 | None | Unset, data)

        prompt_cache_retention = _parse_prompt_cache_retention(d.pop("prompt_cache_retention", UNSET))

        def _parse_reasoning_effort(data: object) -> CreateChatCompletionRequestReasoningEffortType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reasoning_effort_type_0 = CreateChatCompletionRequestReasoningEffortType0(data)

                return reasoning_effort_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateChatCompletionRequestReasoningEffortType0 | None | Unset, data)

        reasoning_effort = _parse_reasoning_effort(d.pop("reasoning_effort", UNSET))

        def _parse_response_format(
            data: object,
        ) -> ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_response_format_type_0 = ResponseFormatText.from_dict(data)

                return componentsschemas_response_format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_response_format_type_1 = ResponseFormatJsonObject.from_dict(data)

                return componentsschemas_response_format_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_response_format_type_2 = ResponseFormatJsonSchema.from_dict(data)

            return componentsschemas_response_format_type_2

        response_format = _parse_response_format(d.pop("response_format", UNSET))

        def _parse_safety_identifier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        safety_identifier = _parse_safety_identifier(d.pop("safety_identifier", UNSET))

        def _parse_seed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        seed = _parse_seed(d.pop("seed", UNSET))

        def _parse_service_tier(data: object) -> CreateChatCompletionRequestServiceTierType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                service_tier_type_0 = CreateChatCompletionRequestServiceTierType0(data)

                return service_tier_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateChatCompletionRequestServiceTierType0 | None | Unset, data)

        service_tier = _parse_service_tier(d.pop("service_tier", UNSET))

        def _parse_stop(data: object) -> list[str] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_stop_sequences_type_1 = cast(list[str], data)

                return componentsschemas_stop_sequences_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | str | Unset, data)

        stop = _parse_stop(d.pop("stop", UNSET))

        def _parse_store(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        store = _parse_store(d.pop("store", UNSET))

        def _parse_stream(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        stream = _parse_stream(d.pop("stream", UNSET))

        def _parse_stream_options(data: object) -> None | StreamOptions | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                stream_options_type_0 = StreamOptions.from_dict(data)

                return stream_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StreamOptions | Unset, data)

        stream_options = _parse_stream_options(d.pop("stream_options", UNSET))

        def _parse_temperature(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        temperature = _parse_temperature(d.pop("temperature", UNSET))

        def _parse_top_p(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        top_p = _parse_top_p(d.pop("top_p", UNSET))

        _tools = d.pop("tools", UNSET)
        tools: list[ChatCompletionCustomTool | ChatCompletionTool] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:

                def _parse_tools_item(data: object) -> ChatCompletionCustomTool | ChatCompletionTool:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_0 = ChatCompletionTool.from_dict(data)

                        return tools_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_1 = ChatCompletionCustomTool.from_dict(data)

                    return tools_item_type_1

                tools_item = _parse_tools_item(tools_item_data)

                tools.append(tools_item)

        def _parse_tool_choice(
            data: object,
        ) -> (
            ChatCompletionAllowedToolsChoice
            | ChatCompletionNamedToolChoice
            | ChatCompletionNamedToolChoiceCustom
            | ChatCompletionToolChoiceOptionType0
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_chat_completion_tool_choice_option_type_0 = ChatCompletionToolChoiceOptionType0(data)

                return componentsschemas_chat_completion_tool_choice_option_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_completion_tool_choice_object_type_0 = ChatCompletionNamedToolChoice.from_dict(
                    data
                )

                return componentsschemas_chat_completion_tool_choice_object_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_completion_tool_choice_object_type_1 = (
                    ChatCompletionNamedToolChoiceCustom.from_dict(data)
                )

                return componentsschemas_chat_completion_tool_choice_object_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_chat_completion_tool_choice_object_type_2 = ChatCompletionAllowedToolsChoice.from_dict(
                data
            )

            return componentsschemas_chat_completion_tool_choice_object_type_2

        tool_choice = _parse_tool_choice(d.pop("tool_choice", UNSET))

        def _parse_verbosity(data: object) -> CreateChatCompletionRequestVerbosityType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                verbosity_type_0 = CreateChatCompletionRequestVerbosityType0(data)

                return verbosity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateChatCompletionRequestVerbosityType0 | None | Unset, data)

        verbosity = _parse_verbosity(d.pop("verbosity", UNSET))

        _web_search_options = d.pop("web_search_options", UNSET)
        web_search_options: WebSearchOptions | Unset
        if isinstance(_web_search_options, Unset):
            web_search_options = UNSET
        else:
            web_search_options = WebSearchOptions.from_dict(_web_search_options)

        user = d.pop("user", UNSET)

        def _parse_function_call(
            data: object,
        ) -> ChatCompletionFunctionCallOption | CreateChatCompletionRequestFunctionCallType0 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                function_call_type_0 = CreateChatCompletionRequestFunctionCallType0(data)

                return function_call_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            function_call_type_1 = ChatCompletionFunctionCallOption.from_dict(data)

            return function_call_type_1

        function_call = _parse_function_call(d.pop("function_call", UNSET))

        _functions = d.pop("functions", UNSET)
        functions: list[FunctionDefinition] | Unset = UNSET
        if _functions is not UNSET:
            functions = []
            for functions_item_data in _functions:
                functions_item = FunctionDefinition.from_dict(functions_item_data)

                functions.append(functions_item)

        create_chat_completion_request = cls(
            messages=messages,
            model=model,
            audio=audio,
            frequency_penalty=frequency_penalty,
            logit_bias=logit_bias,
            logprobs=logprobs,
            top_logprobs=top_logprobs,
            max_completion_tokens=max_completion_tokens,
            max_tokens=max_tokens,
            metadata=metadata,
            modalities=modalities,
            moderation=moderation,
            n=n,
            parallel_tool_calls=parallel_tool_calls,
            prediction=prediction,
            presence_penalty=presence_penalty,
            prompt_cache_key=prompt_cache_key,
            prompt_cache_options=prompt_cache_options,
            prompt_cache_retention=prompt_cache_retention,
            reasoning_effort=reasoning_effort,
            response_format=response_format,
            safety_identifier=safety_identifier,
            seed=seed,
            service_tier=service_tier,
            stop=stop,
            store=store,
            stream=stream,
            stream_options=stream_options,
            temperature=temperature,
            top_p=top_p,
            tools=tools,
            tool_choice=tool_choice,
            verbosity=verbosity,
            web_search_options=web_search_options,
            user=user,
            function_call=function_call,
            functions=functions,
        )

        create_chat_completion_request.additional_properties = d
        return create_chat_completion_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
