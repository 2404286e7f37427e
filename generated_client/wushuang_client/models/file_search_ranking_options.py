# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_search_ranking_options_ranker import FileSearchRankingOptionsRanker
from ..types import UNSET, Unset

T = TypeVar("T", bound="FileSearchRankingOptions")


@_attrs_define
class FileSearchRankingOptions:
    """How the file_search tool ranks what it finds; left out, the server chooses.

    Attributes:
        score_threshold (float): Results that score below this threshold (0 to 1) are left out.
        ranker (FileSearchRankingOptionsRanker | Unset): The ranker to use; the server's default is `auto`.
    """

    score_threshold: float
    ranker: FileSearchRankingOptionsRanker | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        score_threshold = self.score_threshold

        ranker: str | Unset = UNSET
        if not isinstance(self.ranker, Unset):
            ranker = self.ranker.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "score_threshold": score_threshold,
            }
        )
        if ranker is not UNSET:
            field_dict["ranker"] = ranker

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        score_threshold = d.pop("score_threshold")

        _ranker = d.pop("ranker", UNSET)
        ranker: FileSearchRankingOptionsRanker | Unset
        if isinstance(_ranker, Unset):
            ranker = UNSET
        else:
            ranker = FileSearchRankingOptionsRanker(_ranker)

        file_search_ranking_options = cls(
            score_threshold=score_threshold,
            ranker=ranker,
        )

        file_search_ranking_options.additional_properties = d
        return file_search_ranking_options

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
