# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assistant_tools_file_search_settings import AssistantToolsFileSearchSettings


T = TypeVar("T", bound="AssistantToolsFileSearch")


@_attrs_define
class AssistantToolsFileSearch:
    """The file_search tool (searches the vector stores of the assistant and of the thread), the successor of retrieval in
    today's API.

        Attributes:
            type_ (Literal['file_search']):
            file_search (AssistantToolsFileSearchSettings | Unset): Settings of the file_search tool.
    """

    type_: Literal["file_search"]
    file_search: AssistantToolsFileSearchSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

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
        if file_search is not UNSET:
            field_dict["file_search"] = file_search

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assistant_tools_file_search_settings import AssistantToolsFileSearchSettings  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["file_search"], d.pop("type"))
        if type_ != "file_search":
            raise ValueError(f"type must match const 'file_search', got '{type_}'")

        _file_search = d.pop("file_search", UNSET)
        file_search: AssistantToolsFileSearchSettings | Unset
        if isinstance(_file_search, Unset):
            file_search = UNSET
        else:
            file_search = AssistantToolsFileSearchSettings.from_dict(_file_search)

        assistant_tools_file_search = cls(
            type_=type_,
            file_search=file_search,
        )

        assistant_tools_file_search.additional_properties = d
        return assistant_tools_file_search

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
