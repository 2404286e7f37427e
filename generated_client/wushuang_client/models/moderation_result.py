# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.moderation_categories import ModerationCategories
    from ..models.moderation_category_applied_input_types import ModerationCategoryAppliedInputTypes
    from ..models.moderation_category_scores import ModerationCategoryScores


T = TypeVar("T", bound="ModerationResult")


@_attrs_define
class ModerationResult:
    """
    Attributes:
        flagged (bool): Whether any category is flagged.
        categories (ModerationCategories): Whether each category is flagged.
        category_scores (ModerationCategoryScores): The model's score for each category.
        category_applied_input_types (ModerationCategoryAppliedInputTypes | Unset): Per category, the kinds of input its
            score was computed from (`omni-moderation` models).
    """

    flagged: bool
    categories: ModerationCategories
    category_scores: ModerationCategoryScores
    category_applied_input_types: ModerationCategoryAppliedInputTypes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        flagged = self.flagged

        categories = self.categories.to_dict()

        category_scores = self.category_scores.to_dict()

        category_applied_input_types: dict[str, Any] | Unset = UNSET
        if not isinstance(self.category_applied_input_types, Unset):
            category_applied_input_types = self.category_applied_input_types.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "flagged": flagged,
                "categories": categories,
                "category_scores": category_scores,
            }
        )
        if category_applied_input_types is not UNSET:
            field_dict["category_applied_input_types"] = category_applied_input_types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.moderation_categories import ModerationCategories  # noqa: PLC0415
        from ..models.moderation_category_applied_input_types import ModerationCategoryAppliedInputTypes  # noqa: PLC0415
        from ..models.moderation_category_scores import ModerationCategoryScores  # noqa: PLC0415

        d = dict(src_dict)
        flagged = d.pop("flagged")

        categories = ModerationCategories.from_dict(d.pop("categories"))

        category_scores = ModerationCategoryScores.from_dict(d.pop("category_scores"))

        _category_applied_input_types = d.pop("category_applied_input_types", UNSET)
        category_applied_input_types: ModerationCategoryAppliedInputTypes | Unset
        if isinstance(_category_applied_input_types, Unset):
            category_applied_input_types = UNSET
        else:
            category_applied_input_types = ModerationCategoryAppliedInputTypes.from_dict(_category_applied_input_types)

        moderation_result = cls(
            flagged=flagged,
            categories=categories,
            category_scores=category_scores,
            category_applied_input_types=category_applied_input_types,
        )

        moderation_result.additional_properties = d
        return moderation_result

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
