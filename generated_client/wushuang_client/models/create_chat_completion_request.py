# Generated from openapi/wushuang.yaml (sha256 308ae75e90aed858) by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_tool_choice_option_type_0 import ChatCompletionToolChoiceOptionType0
from ..models.create_chat_completion_request_function_call_type_0 import CreateChatCompletionRequestFunctionCallType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_function_call_option import ChatCompletionFunctionCallOption
    from ..models.chat_completion_named_tool_choice import ChatCompletionNamedToolChoice
    from ..models.chat_completion_request_assistant_message import ChatCompletionRequestAssistantMessage
    from ..models.chat_completion_request_function_message import ChatCompletionRequestFunctionMessage
    from ..models.chat_completion_request_system_message import ChatCompletionRequestSystemMessage
    from ..models.chat_completion_request_tool_message import ChatCompletionRequestToolMessage
    from ..models.chat_completion_request_user_message import ChatCompletionRequestUserMessage
    from ..models.chat_completion_tool import ChatCompletionTool
    from ..models.function_definition import FunctionDefinition
    from ..models.logit_bias import LogitBias
    from ..models.response_format import ResponseFormat
    from ..models.stream_options import StreamOptions


T = TypeVar("T", bound="CreateChatCompletionRequest")


@_attrs_define
class CreateChatCompletionRequest:
    """
    Attributes:
        messages (list[ChatCompletionRequestAssistantMessage | ChatCompletionRequestFunctionMessage |
            ChatCompletionRequestSystemMessage | ChatCompletionRequestToolMessage | ChatCompletionRequestUserMessage]):
        model (str): The ID of the model, e.g. `gpt-3.5-turbo` or `claude-3-haiku-20240307`.
        frequency_penalty (float | None | Unset): -2.0 to 2.0. Server default 0.
        logit_bias (LogitBias | None | Unset):
        logprobs (bool | None | Unset): Return the log probabilities of the output tokens. Server default false.
        top_logprobs (int | None | Unset): 0 to 20 most likely tokens at each position; needs `logprobs` true.
        max_tokens (int | None | Unset): The maximum number of tokens to generate.
        n (int | None | Unset): How many choices to generate. Server default 1.
        presence_penalty (float | None | Unset): -2.0 to 2.0. Server default 0.
        response_format (ResponseFormat | Unset):
        seed (int | None | Unset):
        stop (list[str] | None | str | Unset):
        stream (bool | None | Unset): Stream back chunks as server-sent events ending with `data: [DONE]`. Server
            default false.
        stream_options (None | StreamOptions | Unset):
        temperature (float | None | Unset): Sampling temperature between 0 and 2. Server default 1.
        top_p (float | None | Unset): Nucleus sampling mass between 0 and 1. Server default 1.
        tools (list[ChatCompletionTool] | Unset):
        tool_choice (ChatCompletionNamedToolChoice | ChatCompletionToolChoiceOptionType0 | Unset): `none`, `auto`,
            `required`, or a named function the model must call.
        user (str | Unset): A unique identifier of the end user.
        function_call (ChatCompletionFunctionCallOption | CreateChatCompletionRequestFunctionCallType0 | Unset):
            Deprecated, replaced by `tool_choice`. Which function the model calls: `none` (none, it writes a message),
            `auto` (it chooses), or `{"name": "my_function"}` (that one). Server default `none` without `functions`, `auto`
            with them.
        functions (list[FunctionDefinition] | Unset): Deprecated, replaced by `tools`. 1 to 128 functions the model may
            generate JSON inputs for.
    """

    messages: list[
        ChatCompletionRequestAssistantMessage
        | ChatCompletionRequestFunctionMessage
        | ChatCompletionRequestSystemMessage
        | ChatCompletionRequestToolMessage
        | ChatCompletionRequestUserMessage
    ]
    model: str
    frequency_penalty: float | None | Unset = UNSET
    logit_bias: LogitBias | None | Unset = UNSET
    logprobs: bool | None | Unset = UNSET
    top_logprobs: int | None | Unset = UNSET
    max_tokens: int | None | Unset = UNSET
    n: int | None | Unset = UNSET
    presence_penalty: float | None | Unset = UNSET
    response_format: ResponseFormat | Unset = UNSET
    seed: int | None | Unset = UNSET
    stop: list[str] | None | str | Unset = UNSET
    stream: bool | None | Unset = UNSET
    stream_options: None | StreamOptions | Unset = UNSET
    temperature: float | None | Unset = UNSET
    top_p: float | None | Unset = UNSET
    tools: list[ChatCompletionTool] | Unset = UNSET
    tool_choice: ChatCompletionNamedToolChoice | ChatCompletionToolChoiceOptionType0 | Unset = UNSET
    user: str | Unset = UNSET
    function_call: ChatCompletionFunctionCallOption | CreateChatCompletionRequestFunctionCallType0 | Unset = UNSET
    functions: list[FunctionDefinition] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.chat_completion_request_assistant_message import ChatCompletionRequestAssistantMessage  # noqa: PLC0415
        from ..models.chat_completion_request_system_message import ChatCompletionRequestSystemMessage  # noqa: PLC0415
        from ..models.chat_completion_request_tool_message import ChatCompletionRequestToolMessage  # noqa: PLC0415
        from ..models.chat_completion_request_user_message import ChatCompletionRequestUserMessage  # noqa: PLC0415
        from ..models.logit_bias import LogitBias  # noqa: PLC0415
        from ..models.stream_options import StreamOptions  # noqa: PLC0415

        messages = []
        for messages_item_data in self.messages:
            messages_item: dict[str, Any]
            if isinstance(messages_item_data, ChatCompletionRequestSystemMessage):
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

        max_tokens: int | None | Unset
        if isinstance(self.max_tokens, Unset):
            max_tokens = UNSET
        else:
            max_tokens = self.max_tokens

        n: int | None | Unset
        if isinstance(self.n, Unset):
            n = UNSET
        else:
            n = self.n

        presence_penalty: float | None | Unset
        if isinstance(self.presence_penalty, Unset):
            presence_penalty = UNSET
        else:
            presence_penalty = self.presence_penalty

        response_format: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response_format, Unset):
            response_format = self.response_format.to_dict()

        seed: int | None | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
            seed = self.seed

        stop: list[str] | None | str | Unset
        if isinstance(self.stop, Unset):
            stop = UNSET
        elif isinstance(self.stop, list):
            stop = self.stop

        else:
            stop = self.stop

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
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        tool_choice: dict[str, Any] | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, ChatCompletionToolChoiceOptionType0):
            tool_choice = self.tool_choice.value
        else:
            tool_choice = self.tool_choice.to_dict()

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
        if frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = frequency_penalty
        if logit_bias is not UNSET:
            field_dict["logit_bias"] = logit_bias
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if n is not UNSET:
            field_dict["n"] = n
        if presence_penalty is not UNSET:
            field_dict["presence_penalty"] = presence_penalty
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if seed is not UNSET:
            field_dict["seed"] = seed
        if stop is not UNSET:
            field_dict["stop"] = stop
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
        if user is not UNSET:
            field_dict["user"] = user
        if function_call is not UNSET:
            field_dict["function_call"] = function_call
        if functions is not UNSET:
            field_dict["functions"] = functions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_completion_function_call_option import ChatCompletionFunctionCallOption  # noqa: PLC0415
        from ..models.chat_completion_named_tool_choice import ChatCompletionNamedToolChoice  # noqa: PLC0415
        from ..models.chat_completion_request_assistant_message import ChatCompletionRequestAssistantMessage  # noqa: PLC0415
        from ..models.chat_completion_request_function_message import ChatCompletionRequestFunctionMessage  # noqa: PLC0415
        from ..models.chat_completion_request_system_message import ChatCompletionRequestSystemMessage  # noqa: PLC0415
        from ..models.chat_completion_request_tool_message import ChatCompletionRequestToolMessage  # noqa: PLC0415
        from ..models.chat_completion_request_user_message import ChatCompletionRequestUserMessage  # noqa: PLC0415
        from ..models.chat_completion_tool import ChatCompletionTool  # noqa: PLC0415
        from ..models.function_definition import FunctionDefinition  # noqa: PLC0415
        from ..models.logit_bias import LogitBias  # noqa: PLC0415
        from ..models.response_format import ResponseFormat  # noqa: PLC0415
        from ..models.stream_options import StreamOptions  # noqa: PLC0415

        d = dict(src_dict)
        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:

            def _parse_messages_item(
                data: object,
            ) -> (
                ChatCompletionRequestAssistantMessage
                | ChatCompletionRequestFunctionMessage
                | ChatCompletionRequestSystemMessage
                | ChatCompletionRequestToolMessage
                | ChatCompletionRequestUserMessage
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_completion_request_message_type_0 = (
                        ChatCompletionRequestSystemMessage.from_dict(data)
                    )

                    return componentsschemas_chat_completion_request_message_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_completion_request_message_type_1 = (
                        ChatCompletionRequestUserMessage.from_dict(data)
                    )

                    return componentsschemas_chat_completion_request_message_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_completion_request_message_type_2 = (
                        ChatCompletionRequestAssistantMessage.from_dict(data)
                    )

                    return componentsschemas_chat_completion_request_message_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_completion_request_message_type_3 = (
                        ChatCompletionRequestToolMessage.from_dict(data)
                    )

                    return componentsschemas_chat_completion_request_message_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_completion_request_message_type_4 = (
                    ChatCompletionRequestFunctionMessage.from_dict(data)
                )

                return componentsschemas_chat_completion_request_message_type_4

            messages_item = _parse_messages_item(messages_item_data)

            messages.append(messages_item)

        model = d.pop("model")

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

        def _parse_max_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_tokens = _parse_max_tokens(d.pop("max_tokens", UNSET))

        def _parse_n(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        n = _parse_n(d.pop("n", UNSET))

        def _parse_presence_penalty(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        presence_penalty = _parse_presence_penalty(d.pop("presence_penalty", UNSET))

        _response_format = d.pop("response_format", UNSET)
        response_format: ResponseFormat | Unset
        if isinstance(_response_format, Unset):
            response_format = UNSET
        else:
            response_format = ResponseFormat.from_dict(_response_format)

        def _parse_seed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        seed = _parse_seed(d.pop("seed", UNSET))

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
        tools: list[ChatCompletionTool] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:
                tools_item = ChatCompletionTool.from_dict(tools_item_data)

                tools.append(tools_item)

        def _parse_tool_choice(
            data: object,
        ) -> ChatCompletionNamedToolChoice | ChatCompletionToolChoiceOptionType0 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_chat_completion_tool_choice_option_type_0 = ChatCompletionToolChoiceOptionType0(data)

                return componentsschemas_chat_completion_tool_choice_option_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_chat_completion_tool_choice_option_type_1 = ChatCompletionNamedToolChoice.from_dict(data)

            return componentsschemas_chat_completion_tool_choice_option_type_1

        tool_choice = _parse_tool_choice(d.pop("tool_choice", UNSET))

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
            frequency_penalty=frequency_penalty,
            logit_bias=logit_bias,
            logprobs=logprobs,
            top_logprobs=top_logprobs,
            max_tokens=max_tokens,
            n=n,
            presence_penalty=presence_penalty,
            response_format=response_format,
            seed=seed,
            stop=stop,
            stream=stream,
            stream_options=stream_options,
            temperature=temperature,
            top_p=top_p,
            tools=tools,
            tool_choice=tool_choice,
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
