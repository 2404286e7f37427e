# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_step_file_search_result_content import RunStepFileSearchResultContent


T = TypeVar("T", bound="RunStepFileSearchResult")


@_attrs_define
class RunStepFileSearchResult:
    """A result of the file_search tool.

    Attributes:
        file_id (str | Unset): The ID of the file the result is from.
        file_name (str | Unset): The name of that file.
        score (float | Unset): The result's score
        content (list[RunStepFileSearchResultContent] | Unset): The content found; only when asked for with `include[]`.
    """

    file_id: str | Unset = UNSET
    file_name: str | Unset = UNSET
    score: float | Unset = UNSET
    content: list[RunStepFileSearchResultContent] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_id = self.file_id

        file_name = self.file_name

        score = self.score

        content: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = []
            for content_item_data in self.content:
                content_item = content_item_data.to_dict()
                content.append(content_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if file_name is not UNSET:
            field_dict["file_name"] = file_name
        if score is not UNSET:
            field_dict["score"] = score
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.run_step_file_search_result_content import RunStepFileSearchResultContent  # noqa: PLC0415

        d = dict(src_dict)
        file_id = d.pop("file_id", UNSET)

        file_name = d.pop("file_name", UNSET)

        score = d.pop("score", UNSET)

        _content = d.pop("content", UNSET)
        content: list[RunStepFileSearchResultContent] | Unset = UNSET
        if _content is not UNSET:
            content = []
            for content_item_data in _content:
                content_item = RunStepFileSearchResultContent.from_dict(content_item_data)

                content.append(content_item)

        run_step_file_search_result = cls(
            file_id=file_id,
            file_name=file_name,
            score=score,
            content=content,
        )

        run_step_file_search_result.additional_properties = d
        return run_step_file_search_result

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
