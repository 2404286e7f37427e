# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_search_ranking import FileSearchRanking
    from ..models.run_step_file_search_result import RunStepFileSearchResult


T = TypeVar("T", bound="RunStepFileSearch")


@_attrs_define
class RunStepFileSearch:
    """What the file_search tool did (an empty object when the server says nothing more).

    Attributes:
        ranking_options (FileSearchRanking | Unset): How the file_search tool ranks what it finds, as the server reports
            it.
        results (list[RunStepFileSearchResult] | Unset): The results found.
    """

    ranking_options: FileSearchRanking | Unset = UNSET
    results: list[RunStepFileSearchResult] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ranking_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ranking_options, Unset):
            ranking_options = self.ranking_options.to_dict()

        results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ranking_options is not UNSET:
            field_dict["ranking_options"] = ranking_options
        if results is not UNSET:
            field_dict["results"] = results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.file_search_ranking import FileSearchRanking  # noqa: PLC0415
        from ..models.run_step_file_search_result import RunStepFileSearchResult  # noqa: PLC0415

        d = dict(src_dict)
        _ranking_options = d.pop("ranking_options", UNSET)
        ranking_options: FileSearchRanking | Unset
        if isinstance(_ranking_options, Unset):
            ranking_options = UNSET
        else:
            ranking_options = FileSearchRanking.from_dict(_ranking_options)

        _results = d.pop("results", UNSET)
        results: list[RunStepFileSearchResult] | Unset = UNSET
        if _results is not UNSET:
            results = []
            for results_item_data in _results:
                results_item = RunStepFileSearchResult.from_dict(results_item_data)

                results.append(results_item)

        run_step_file_search = cls(
            ranking_options=ranking_options,
            results=results,
        )

        run_step_file_search.additional_properties = d
        return run_step_file_search

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
