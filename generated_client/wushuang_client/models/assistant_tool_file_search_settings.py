# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_search_ranking import FileSearchRanking


T = TypeVar("T", bound="AssistantToolFileSearchSettings")


@_attrs_define
class AssistantToolFileSearchSettings:
    """The settings of a file_search tool, as the server reports them.

    Attributes:
        max_num_results (int | Unset): The most results the tool hands the model.
        ranking_options (FileSearchRanking | Unset): How the file_search tool ranks what it finds, as the server reports
            it.
    """

    max_num_results: int | Unset = UNSET
    ranking_options: FileSearchRanking | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_num_results = self.max_num_results

        ranking_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ranking_options, Unset):
            ranking_options = self.ranking_options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_num_results is not UNSET:
            field_dict["max_num_results"] = max_num_results
        if ranking_options is not UNSET:
            field_dict["ranking_options"] = ranking_options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.file_search_ranking import FileSearchRanking  # noqa: PLC0415

        d = dict(src_dict)
        max_num_results = d.pop("max_num_results", UNSET)

        _ranking_options = d.pop("ranking_options", UNSET)
        ranking_options: FileSearchRanking | Unset
        if isinstance(_ranking_options, Unset):
            ranking_options = UNSET
        else:
            ranking_options = FileSearchRanking.from_dict(_ranking_options)

        assistant_tool_file_search_settings = cls(
            max_num_results=max_num_results,
            ranking_options=ranking_options,
        )

        assistant_tool_file_search_settings.additional_properties = d
        return assistant_tool_file_search_settings

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
