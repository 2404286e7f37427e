# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assistants_response_format_option_type_0 import AssistantsResponseFormatOptionType0
from ..models.assistants_tool_choice_option_type_0 import AssistantsToolChoiceOptionType0
from ..models.reasoning_effort_type_0 import ReasoningEffortType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assistant_tools_code import AssistantToolsCode
    from ..models.assistant_tools_file_search import AssistantToolsFileSearch
    from ..models.assistant_tools_function import AssistantToolsFunction
    from ..models.assistant_tools_retrieval import AssistantToolsRetrieval
    from ..models.assistants_named_tool_choice import AssistantsNamedToolChoice
    from ..models.create_message_request import CreateMessageRequest
    from ..models.metadata import Metadata
    from ..models.response_format_json_object import ResponseFormatJsonObject
    from ..models.response_format_json_schema import ResponseFormatJsonSchema
    from ..models.response_format_text import ResponseFormatText
    from ..models.truncation_strategy import TruncationStrategy


T = TypeVar("T", bound="CreateRunRequest")


@_attrs_define
class CreateRunRequest:
    """
    Attributes:
        assistant_id (str): The ID of the assistant that executes the run.
        model (None | str | Unset): The ID of the model, e.g. `gpt-4-turbo`, instead of the assistant's.
        instructions (None | str | Unset): Instructions instead of the assistant's, for this run.
        additional_instructions (None | str | Unset): Instructions appended to the assistant's, for this run.
        additional_messages (list[CreateMessageRequest] | None | Unset): Messages added to the thread before the run is
            created.
        tools (list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction | AssistantToolsRetrieval] |
            None | Unset): Up to 20 tools instead of the assistant's, for this run.
        metadata (Metadata | None | Unset): Up to 16 key-value pairs of your own (keys up to 64, values up to 512
            characters).
        temperature (float | None | Unset): Sampling temperature between 0 and 2; higher values make the output more
            random. Server default 1.
        top_p (float | None | Unset): Nucleus sampling mass between 0 and 1 (0.1 keeps the tokens of the top 10%
            probability mass); alter this or `temperature`, not both. Server default 1.
        stream (bool | None | Unset): Stream the run's events as server-sent events, ending when the run reaches a
            terminal status with `data: [DONE]`. Server default false.
        max_prompt_tokens (int | None | Unset): At least 256. The most prompt tokens the run may use over all its turns
            (best effort); past it the run ends with status incomplete (see `incomplete_details`).
        max_completion_tokens (int | None | Unset): At least 256. The most completion tokens the run may use over all
            its turns (best effort); past it the run ends with status incomplete (see `incomplete_details`).
        truncation_strategy (None | TruncationStrategy | Unset): How the thread is truncated before the run; the
            server's default is `auto`.
        tool_choice (AssistantsNamedToolChoice | AssistantsToolChoiceOptionType0 | None | Unset): `none`, `auto` (the
            server's default), or the tool the model must call, e.g. `{"type": "function", "function": {"name":
            "my_function"}}`.
        response_format (AssistantsResponseFormatOptionType0 | None | ResponseFormatJsonObject |
            ResponseFormatJsonSchema | ResponseFormatText | Unset): `none`, `auto` (the server's default), `{"type":
            "text"}`, `{"type": "json_object"}` (JSON mode) or `{"type": "json_schema", ...}` (JSON that matches a schema).
        parallel_tool_calls (bool | None | Unset): Whether the model may call several functions at once (today's API).
            Server default true.
        reasoning_effort (None | ReasoningEffortType0 | Unset): How much a reasoning model reasons before it answers.
            Server default `medium`.
    """

    assistant_id: str
    model: None | str | Unset = UNSET
    instructions: None | str | Unset = UNSET
    additional_instructions: None | str | Unset = UNSET
    additional_messages: list[CreateMessageRequest] | None | Unset = UNSET
    tools: (
        list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction | AssistantToolsRetrieval]
        | None
        | Unset
    ) = UNSET
    metadata: Metadata | None | Unset = UNSET
    temperature: float | None | Unset = UNSET
    top_p: float | None | Unset = UNSET
    stream: bool | None | Unset = UNSET
    max_prompt_tokens: int | None | Unset = UNSET
    max_completion_tokens: int | None | Unset = UNSET
    truncation_strategy: None | TruncationStrategy | Unset = UNSET
    tool_choice: AssistantsNamedToolChoice | AssistantsToolChoiceOptionType0 | None | Unset = UNSET
    response_format: (
        AssistantsResponseFormatOptionType0
        | None
        | ResponseFormatJsonObject
        | ResponseFormatJsonSchema
        | ResponseFormatText
        | Unset
    ) = UNSET
    parallel_tool_calls: bool | None | Unset = UNSET
    reasoning_effort: None | ReasoningEffortType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.assistant_tools_code import AssistantToolsCode  # noqa: PLC0415
        from ..models.assistant_tools_file_search import AssistantToolsFileSearch  # noqa: PLC0415
        from ..models.assistant_tools_retrieval import AssistantToolsRetrieval  # noqa: PLC0415
        from ..models.assistants_named_tool_choice import AssistantsNamedToolChoice  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.response_format_json_object import ResponseFormatJsonObject  # noqa: PLC0415
        from ..models.response_format_json_schema import ResponseFormatJsonSchema  # noqa: PLC0415
        from ..models.response_format_text import ResponseFormatText  # noqa: PLC0415
        from ..models.truncation_strategy import TruncationStrategy  # noqa: PLC0415

        assistant_id = self.assistant_id

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

        additional_instructions: None | str | Unset
        if isinstance(self.additional_instructions, Unset):
            additional_instructions = UNSET
        else:
            additional_instructions = self.additional_instructions

        additional_messages: list[dict[str, Any]] | None | Unset
        if isinstance(self.additional_messages, Unset):
            additional_messages = UNSET
        elif isinstance(self.additional_messages, list):
            additional_messages = []
            for additional_messages_type_0_item_data in self.additional_messages:
                additional_messages_type_0_item = additional_messages_type_0_item_data.to_dict()
                additional_messages.append(additional_messages_type_0_item)

        else:
            additional_messages = self.additional_messages

        tools: list[dict[str, Any]] | None | Unset
        if isinstance(self.tools, Unset):
            tools = UNSET
        elif isinstance(self.tools, list):
            tools = []
            for tools_type_0_item_data in self.tools:
                tools_type_0_item: dict[str, Any]
                if isinstance(tools_type_0_item_data, AssistantToolsCode):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, AssistantToolsRetrieval):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, AssistantToolsFileSearch):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                else:
                    tools_type_0_item = tools_type_0_item_data.to_dict()

                tools.append(tools_type_0_item)

        else:
            tools = self.tools

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

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

        stream: bool | None | Unset
        if isinstance(self.stream, Unset):
            stream = UNSET
        else:
            stream = self.stream

        max_prompt_tokens: int | None | Unset
        if isinstance(self.max_prompt_tokens, Unset):
            max_prompt_tokens = UNSET
        else:
            max_prompt_tokens = self.max_prompt_tokens

        max_completion_tokens: int | None | Unset
        if isinstance(self.max_completion_tokens, Unset):
            max_completion_tokens = UNSET
        else:
            max_completion_tokens = self.max_completion_tokens

        truncation_strategy: dict[str, Any] | None | Unset
        if isinstance(self.truncation_strategy, Unset):
            truncation_strategy = UNSET
        elif isinstance(self.truncation_strategy, TruncationStrategy):
            truncation_strategy = self.truncation_strategy.to_dict()
        else:
            truncation_strategy = self.truncation_strategy

        tool_choice: dict[str, Any] | None | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, AssistantsToolChoiceOptionType0):
            tool_choice = self.tool_choice.value
        elif isinstance(self.tool_choice, AssistantsNamedToolChoice):
            tool_choice = self.tool_choice.to_dict()
        else:
            tool_choice = self.tool_choice

        response_format: dict[str, Any] | None | str | Unset
        if isinstance(self.response_format, Unset):
            response_format = UNSET
        elif isinstance(self.response_format, AssistantsResponseFormatOptionType0):
            response_format = self.response_format.value
        elif isinstance(self.response_format, ResponseFormatText):
            response_format = self.response_format.to_dict()
        elif isinstance(self.response_format, ResponseFormatJsonObject):
            response_format = self.response_format.to_dict()
        elif isinstance(self.response_format, ResponseFormatJsonSchema):
            response_format = self.response_format.to_dict()
        else:
            response_format = self.response_format

        parallel_tool_calls: bool | None | Unset
        if isinstance(self.parallel_tool_calls, Unset):
            parallel_tool_calls = UNSET
        else:
            parallel_tool_calls = self.parallel_tool_calls

        reasoning_effort: None | str | Unset
        if isinstance(self.reasoning_effort, Unset):
            reasoning_effort = UNSET
        elif isinstance(self.reasoning_effort, ReasoningEffortType0):
            reasoning_effort = self.reasoning_effort.value
        else:
            reasoning_effort = self.reasoning_effort

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assistant_id": assistant_id,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if additional_instructions is not UNSET:
            field_dict["additional_instructions"] = additional_instructions
        if additional_messages is not UNSET:
            field_dict["additional_messages"] = additional_messages
        if tools is not UNSET:
            field_dict["tools"] = tools
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if stream is not UNSET:
            field_dict["stream"] = stream
        if max_prompt_tokens is not UNSET:
            field_dict["max_prompt_tokens"] = max_prompt_tokens
        if max_completion_tokens is not UNSET:
            field_dict["max_completion_tokens"] = max_completion_tokens
        if truncation_strategy is not UNSET:
            field_dict["truncation_strategy"] = truncation_strategy
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = reasoning_effort

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assistant_tools_code import AssistantToolsCode  # noqa: PLC0415
        from ..models.assistant_tools_file_search import AssistantToolsFileSearch  # noqa: PLC0415
        from ..models.assistant_tools_function import AssistantToolsFunction  # noqa: PLC0415
        from ..models.assistant_tools_retrieval import AssistantToolsRetrieval  # noqa: PLC0415
        from ..models.assistants_named_tool_choice import AssistantsNamedToolChoice  # noqa: PLC0415
        from ..models.create_message_request import CreateMessageRequest  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.response_format_json_object import ResponseFormatJsonObject  # noqa: PLC0415
        from ..models.response_format_json_schema import ResponseFormatJsonSchema  # noqa: PLC0415
        from ..models.response_format_text import ResponseFormatText  # noqa: PLC0415
        from ..models.truncation_strategy import TruncationStrategy  # noqa: PLC0415

        d = dict(src_dict)
        assistant_id = d.pop("assistant_id")

        def _parse_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model = _parse_model(d.pop("model", UNSET))

        def _parse_instructions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instructions = _parse_instructions(d.pop("instructions", UNSET))

        def _parse_additional_instructions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        additional_instructions = _parse_additional_instructions(d.pop("additional_instructions", UNSET))

        def _parse_additional_messages(data: object) -> list[CreateMessageRequest] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                additional_messages_type_0 = []
                _additional_messages_type_0 = data
                for additional_messages_type_0_item_data in _additional_messages_type_0:
                    additional_messages_type_0_item = CreateMessageRequest.from_dict(
                        additional_messages_type_0_item_data
                    )

                    additional_messages_type_0.append(additional_messages_type_0_item)

                return additional_messages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CreateMessageRequest] | None | Unset, data)

        additional_messages = _parse_additional_messages(d.pop("additional_messages", UNSET))

        def _parse_tools(
            data: object,
        ) -> (
            list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction | AssistantToolsRetrieval]
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tools_type_0 = []
                _tools_type_0 = data
                for tools_type_0_item_data in _tools_type_0:

                    def _parse_tools_type_0_item(
                        data: object,
                    ) -> (
                        AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction | AssistantToolsRetrieval
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_assistant_tool_definition_type_0 = AssistantToolsCode.from_dict(data)

                            return componentsschemas_assistant_tool_definition_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_assistant_tool_definition_type_1 = AssistantToolsRetrieval.from_dict(data)

                            return componentsschemas_assistant_tool_definition_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_assistant_tool_definition_type_2 = AssistantToolsFileSearch.from_dict(
                                data
                            )

                            return componentsschemas_assistant_tool_definition_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_assistant_tool_definition_type_3 = AssistantToolsFunction.from_dict(data)

                        return componentsschemas_assistant_tool_definition_type_3

                    tools_type_0_item = _parse_tools_type_0_item(tools_type_0_item_data)

                    tools_type_0.append(tools_type_0_item)

                return tools_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction | AssistantToolsRetrieval]
                | None
                | Unset,
                data,
            )

        tools = _parse_tools(d.pop("tools", UNSET))

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

        def _parse_stream(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        stream = _parse_stream(d.pop("stream", UNSET))

        def _parse_max_prompt_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_prompt_tokens = _parse_max_prompt_tokens(d.pop("max_prompt_tokens", UNSET))

        def _parse_max_completion_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_completion_tokens = _parse_max_completion_tokens(d.pop("max_completion_tokens", UNSET))

        def _parse_truncation_strategy(data: object) -> None | TruncationStrategy | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                truncation_strategy_type_0 = TruncationStrategy.from_dict(data)

                return truncation_strategy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TruncationStrategy | Unset, data)

        truncation_strategy = _parse_truncation_strategy(d.pop("truncation_strategy", UNSET))

        def _parse_tool_choice(
            data: object,
        ) -> AssistantsNamedToolChoice | AssistantsToolChoiceOptionType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_assistants_tool_choice_option_type_0 = AssistantsToolChoiceOptionType0(data)

                return componentsschemas_assistants_tool_choice_option_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_assistants_tool_choice_option_type_1 = AssistantsNamedToolChoice.from_dict(data)

                return componentsschemas_assistants_tool_choice_option_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AssistantsNamedToolChoice | AssistantsToolChoiceOptionType0 | None | Unset, data)

        tool_choice = _parse_tool_choice(d.pop("tool_choice", UNSET))

        def _parse_response_format(
            data: object,
        ) -> (
            AssistantsResponseFormatOptionType0
            | None
            | ResponseFormatJsonObject
            | ResponseFormatJsonSchema
            | ResponseFormatText
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_assistants_response_format_option_type_0 = AssistantsResponseFormatOptionType0(data)

                return componentsschemas_assistants_response_format_option_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_assistants_response_format_type_0 = ResponseFormatText.from_dict(data)

                return componentsschemas_assistants_response_format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_assistants_response_format_type_1 = ResponseFormatJsonObject.from_dict(data)

                return componentsschemas_assistants_response_format_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_assistants_response_format_type_2 = ResponseFormatJsonSchema.from_dict(data)

                return componentsschemas_assistants_response_format_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                AssistantsResponseFormatOptionType0
                | None
                | ResponseFormatJsonObject
                | ResponseFormatJsonSchema
                | ResponseFormatText
                | Unset,
                data,
            )

        response_format = _parse_response_format(d.pop("response_format", UNSET))

        def _parse_parallel_tool_calls(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        parallel_tool_calls = _parse_parallel_tool_calls(d.pop("parallel_tool_calls", UNSET))

        def _parse_reasoning_effort(data: object) -> None | ReasoningEffortType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_reasoning_effort_type_0 = ReasoningEffortType0(data)

                return componentsschemas_reasoning_effort_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReasoningEffortType0 | Unset, data)

        reasoning_effort = _parse_reasoning_effort(d.pop("reasoning_effort", UNSET))

        create_run_request = cls(
            assistant_id=assistant_id,
            model=model,
            instructions=instructions,
            additional_instructions=additional_instructions,
            additional_messages=additional_messages,
            tools=tools,
            metadata=metadata,
            temperature=temperature,
            top_p=top_p,
            stream=stream,
            max_prompt_tokens=max_prompt_tokens,
            max_completion_tokens=max_completion_tokens,
            truncation_strategy=truncation_strategy,
            tool_choice=tool_choice,
            response_format=response_format,
            parallel_tool_calls=parallel_tool_calls,
            reasoning_effort=reasoning_effort,
        )

        create_run_request.additional_properties = d
        return create_run_request

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
