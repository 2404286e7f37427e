# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_resources_code_interpreter import ToolResourcesCodeInterpreter
    from ..models.tool_resources_file_search import ToolResourcesFileSearch


T = TypeVar("T", bound="ToolResources")


@_attrs_define
class ToolResources:
    """Resources for the tools (today's API; v1 uses `file_ids`), by tool.

    Attributes:
        code_interpreter (ToolResourcesCodeInterpreter | Unset): Files for the code_interpreter tool.
        file_search (ToolResourcesFileSearch | Unset): The vector store the file_search tool searches.
    """

    code_interpreter: ToolResourcesCodeInterpreter | Unset = UNSET
    file_search: ToolResourcesFileSearch | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code_interpreter: dict[str, Any] | Unset = UNSET
        if not isinstance(self.code_interpreter, Unset):
            code_interpreter = self.code_interpreter.to_dict()

        file_search: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file_search, Unset):
            file_search = self.file_search.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code_interpreter is not UNSET:
            field_dict["code_interpreter"] = code_interpreter
        if file_search is not UNSET:
            field_dict["file_search"] = file_search

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tool_resources_code_interpreter import ToolResourcesCodeInterpreter  # noqa: PLC0415
        from ..models.tool_resources_file_search import ToolResourcesFileSearch  # noqa: PLC0415

        d = dict(src_dict)
        _code_interpreter = d.pop("code_interpreter", UNSET)
        code_interpreter: ToolResourcesCodeInterpreter | Unset
        if isinstance(_code_interpreter, Unset):
            code_interpreter = UNSET
        else:
            code_interpreter = ToolResourcesCodeInterpreter.from_dict(_code_interpreter)

        _file_search = d.pop("file_search", UNSET)
        file_search: ToolResourcesFileSearch | Unset
        if isinstance(_file_search, Unset):
            file_search = UNSET
        else:
            file_search = ToolResourcesFileSearch.from_dict(_file_search)

        tool_resources = cls(
            code_interpreter=code_interpreter,
            file_search=file_search,
        )

        tool_resources.additional_properties = d
        return tool_resources

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
