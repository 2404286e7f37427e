# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assistants_response_format_option_type_0 import AssistantsResponseFormatOptionType0
from ..models.reasoning_effort_type_0 import ReasoningEffortType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assistant_tools_code import AssistantToolsCode
    from ..models.assistant_tools_file_search import AssistantToolsFileSearch
    from ..models.assistant_tools_function import AssistantToolsFunction
    from ..models.assistant_tools_retrieval import AssistantToolsRetrieval
    from ..models.create_tool_resources import CreateToolResources
    from ..models.metadata import Metadata
    from ..models.response_format_json_object import ResponseFormatJsonObject
    from ..models.response_format_json_schema import ResponseFormatJsonSchema
    from ..models.response_format_text import ResponseFormatText


T = TypeVar("T", bound="CreateAssistantRequest")


@_attrs_define
class CreateAssistantRequest:
    """
    Attributes:
        model (str): The ID of the model, e.g. `gpt-4-turbo`; see `GET /v1/models`.
        name (None | str | Unset): The name of the assistant, up to 256 characters.
        description (None | str | Unset): The description of the assistant, up to 512 characters.
        instructions (None | str | Unset): The system instructions the assistant uses, up to 256,000 characters.
        tools (list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction | AssistantToolsRetrieval] |
            Unset): Up to 128 tools: code_interpreter, retrieval (v1), file_search (today's API) or function. Server
            default: none.
        file_ids (list[str] | Unset): Up to 20 IDs of files (uploaded with purpose `assistants`) for the tools, ordered
            by their creation date (v1; today's API takes `tool_resources`). Server default: none.
        metadata (Metadata | None | Unset): Up to 16 key-value pairs of your own (keys up to 64, values up to 512
            characters).
        temperature (float | None | Unset): Sampling temperature between 0 and 2; higher values make the output more
            random. Server default 1.
        top_p (float | None | Unset): Nucleus sampling mass between 0 and 1 (0.1 keeps the tokens of the top 10%
            probability mass); alter this or `temperature`, not both. Server default 1.
        response_format (AssistantsResponseFormatOptionType0 | None | ResponseFormatJsonObject |
            ResponseFormatJsonSchema | ResponseFormatText | Unset): `none`, `auto` (the server's default), `{"type":
            "text"}`, `{"type": "json_object"}` (JSON mode) or `{"type": "json_schema", ...}` (JSON that matches a schema).
        tool_resources (CreateToolResources | None | Unset): Resources for the tools, by tool: files for
            code_interpreter, a vector store for file_search (today's API; v1 uses `file_ids`).
        reasoning_effort (None | ReasoningEffortType0 | Unset): How much a reasoning model reasons before it answers.
            Server default `medium`.
    """

    model: str
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    instructions: None | str | Unset = UNSET
    tools: (
        list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction | AssistantToolsRetrieval] | Unset
    ) = UNSET
    file_ids: list[str] | Unset = UNSET
    metadata: Metadata | None | Unset = UNSET
    temperature: float | None | Unset = UNSET
    top_p: float | None | Unset = UNSET
    response_format: (
        AssistantsResponseFormatOptionType0
        | None
        | ResponseFormatJsonObject
        | ResponseFormatJsonSchema
        | ResponseFormatText
        | Unset
    ) = UNSET
    tool_resources: CreateToolResources | None | Unset = UNSET
    reasoning_effort: None | ReasoningEffortType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.assistant_tools_code import AssistantToolsCode  # noqa: PLC0415
        from ..models.assistant_tools_file_search import AssistantToolsFileSearch  # noqa: PLC0415
        from ..models.assistant_tools_retrieval import AssistantToolsRetrieval  # noqa: PLC0415
        from ..models.create_tool_resources import CreateToolResources  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.response_format_json_object import ResponseFormatJsonObject  # noqa: PLC0415
        from ..models.response_format_json_schema import ResponseFormatJsonSchema  # noqa: PLC0415
        from ..models.response_format_text import ResponseFormatText  # noqa: PLC0415

        model = self.model

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item: dict[str, Any]
                if isinstance(tools_item_data, AssistantToolsCode):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, AssistantToolsRetrieval):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, AssistantToolsFileSearch):
                    tools_item = tools_item_data.to_dict()
                else:
                    tools_item = tools_item_data.to_dict()

                tools.append(tools_item)

        file_ids: list[str] | Unset = UNSET
        if not isinstance(self.file_ids, Unset):
            file_ids = self.file_ids

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

        tool_resources: dict[str, Any] | None | Unset
        if isinstance(self.tool_resources, Unset):
            tool_resources = UNSET
        elif isinstance(self.tool_resources, CreateToolResources):
            tool_resources = self.tool_resources.to_dict()
        else:
            tool_resources = self.tool_resources

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
                "model": model,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if tools is not UNSET:
            field_dict["tools"] = tools
        if file_ids is not UNSET:
            field_dict["file_ids"] = file_ids
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if tool_resources is not UNSET:
            field_dict["tool_resources"] = tool_resources
        if reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = reasoning_effort

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assistant_tools_code import AssistantToolsCode  # noqa: PLC0415
        from ..models.assistant_tools_file_search import AssistantToolsFileSearch  # noqa: PLC0415
        from ..models.assistant_tools_function import AssistantToolsFunction  # noqa: PLC0415
        from ..models.assistant_tools_retrieval import AssistantToolsRetrieval  # noqa: PLC0415
        from ..models.create_tool_resources import CreateToolResources  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.response_format_json_object import ResponseFormatJsonObject  # noqa: PLC0415
        from ..models.response_format_json_schema import ResponseFormatJsonSchema  # noqa: PLC0415
        from ..models.response_format_text import ResponseFormatText  # noqa: PLC0415

        d = dict(src_dict)
        model = d.pop("model")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_instructions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instructions = _parse_instructions(d.pop("instructions", UNSET))

        _tools = d.pop("tools", UNSET)
        tools: (
            list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction | AssistantToolsRetrieval]
            | Unset
        ) = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:

                def _parse_tools_item(
                    data: object,
                ) -> AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction | AssistantToolsRetrieval:
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
                        componentsschemas_assistant_tool_definition_type_2 = AssistantToolsFileSearch.from_dict(data)

                        return componentsschemas_assistant_tool_definition_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_assistant_tool_definition_type_3 = AssistantToolsFunction.from_dict(data)

                    return componentsschemas_assistant_tool_definition_type_3

                tools_item = _parse_tools_item(tools_item_data)

                tools.append(tools_item)

        file_ids = cast(list[str], d.pop("file_ids", UNSET))

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

        def _parse_tool_resources(data: object) -> CreateToolResources | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tool_resources_type_0 = CreateToolResources.from_dict(data)

                return tool_resources_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateToolResources | None | Unset, data)

        tool_resources = _parse_tool_resources(d.pop("tool_resources", UNSET))

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

        create_assistant_request = cls(
            model=model,
            name=name,
            description=description,
            instructions=instructions,
            tools=tools,
            file_ids=file_ids,
            metadata=metadata,
            temperature=temperature,
            top_p=top_p,
            response_format=response_format,
            tool_resources=tool_resources,
            reasoning_effort=reasoning_effort,
        )

        create_assistant_request.additional_properties = d
        return create_assistant_request

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
