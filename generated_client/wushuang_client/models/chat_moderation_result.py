# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_moderation_result_categories import ChatModerationResultCategories
    from ..models.chat_moderation_result_category_applied_input_types import (
        ChatModerationResultCategoryAppliedInputTypes,
    )
    from ..models.chat_moderation_result_category_scores import ChatModerationResultCategoryScores


T = TypeVar("T", bound="ChatModerationResult")


@_attrs_define
class ChatModerationResult:
    """
    Attributes:
        type_ (str | Unset): Always `moderation_result`.
        model (str | Unset):
        flagged (bool | Unset):
        categories (ChatModerationResultCategories | Unset):
        category_scores (ChatModerationResultCategoryScores | Unset):
        category_applied_input_types (ChatModerationResultCategoryAppliedInputTypes | Unset): Per category, the kinds of
            input (`text`, `image`) it was found in.
    """

    type_: str | Unset = UNSET
    model: str | Unset = UNSET
    flagged: bool | Unset = UNSET
    categories: ChatModerationResultCategories | Unset = UNSET
    category_scores: ChatModerationResultCategoryScores | Unset = UNSET
    category_applied_input_types: ChatModerationResultCategoryAppliedInputTypes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        model = self.model

        flagged = self.flagged

        categories: dict[str, Any] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = self.categories.to_dict()

        category_scores: dict[str, Any] | Unset = UNSET
        if not isinstance(self.category_scores, Unset):
            category_scores = self.category_scores.to_dict()

        category_applied_input_types: dict[str, Any] | Unset = UNSET
        if not isinstance(self.category_applied_input_types, Unset):
            category_applied_input_types = self.category_applied_input_types.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if model is not UNSET:
            field_dict["model"] = model
        if flagged is not UNSET:
            field_dict["flagged"] = flagged
        if categories is not UNSET:
            field_dict["categories"] = categories
        if category_scores is not UNSET:
            field_dict["category_scores"] = category_scores
        if category_applied_input_types is not UNSET:
            field_dict["category_applied_input_types"] = category_applied_input_types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_moderation_result_categories import ChatModerationResultCategories  # noqa: PLC0415
        from ..models.chat_moderation_result_category_applied_input_types import (
            ChatModerationResultCategoryAppliedInputTypes,  # noqa: PLC0415
        )
        from ..models.chat_moderation_result_category_scores import ChatModerationResultCategoryScores  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        model = d.pop("model", UNSET)

        flagged = d.pop("flagged", UNSET)

        _categories = d.pop("categories", UNSET)
        categories: ChatModerationResultCategories | Unset
        if isinstance(_categories, Unset):
            categories = UNSET
        else:
            categories = ChatModerationResultCategories.from_dict(_categories)

        _category_scores = d.pop("category_scores", UNSET)
        category_scores: ChatModerationResultCategoryScores | Unset
        if isinstance(_category_scores, Unset):
            category_scores = UNSET
        else:
            category_scores = ChatModerationResultCategoryScores.from_dict(_category_scores)

        _category_applied_input_types = d.pop("category_applied_input_types", UNSET)
        category_applied_input_types: ChatModerationResultCategoryAppliedInputTypes | Unset
        if isinstance(_category_applied_input_types, Unset):
            category_applied_input_types = UNSET
        else:
            category_applied_input_types = ChatModerationResultCategoryAppliedInputTypes.from_dict(
                _category_applied_input_types
            )

        chat_moderation_result = cls(
            type_=type_,
            model=model,
            flagged=flagged,
            categories=categories,
            category_scores=category_scores,
            category_applied_input_types=category_applied_input_types,
        )

        chat_moderation_result.additional_properties = d
        return chat_moderation_result

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
