# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assistant_tool_file_search_settings import AssistantToolFileSearchSettings
    from ..models.function_definition import FunctionDefinition


T = TypeVar("T", bound="AssistantTool")


@_attrs_define
class AssistantTool:
    """A tool as an assistant or a run reports it; `type` is code_interpreter, retrieval, file_search or function
    (`function` is set for function tools, `file_search` may be for file_search tools), and new types decode too.

        Attributes:
            type_ (str): code_interpreter, retrieval, file_search or function.
            function (FunctionDefinition | Unset):
            file_search (AssistantToolFileSearchSettings | Unset): The settings of a file_search tool, as the server reports
                them.
    """

    type_: str
    function: FunctionDefinition | Unset = UNSET
    file_search: AssistantToolFileSearchSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        function: dict[str, Any] | Unset = UNSET
        if not isinstance(self.function, Unset):
            function = self.function.to_dict()

        file_search: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file_search, Unset):
            file_search = self.file_search.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if function is not UNSET:
            field_dict["function"] = function
        if file_search is not UNSET:
            field_dict["file_search"] = file_search

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assistant_tool_file_search_settings import AssistantToolFileSearchSettings  # noqa: PLC0415
        from ..models.function_definition import FunctionDefinition  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type")

        _function = d.pop("function", UNSET)
        function: FunctionDefinition | Unset
        if isinstance(_function, Unset):
            function = UNSET
        else:
            function = FunctionDefinition.from_dict(_function)

        _file_search = d.pop("file_search", UNSET)
        file_search: AssistantToolFileSearchSettings | Unset
        if isinstance(_file_search, Unset):
            file_search = UNSET
        else:
            file_search = AssistantToolFileSearchSettings.from_dict(_file_search)

        assistant_tool = cls(
            type_=type_,
            function=function,
            file_search=file_search,
        )

        assistant_tool.additional_properties = d
        return assistant_tool

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
