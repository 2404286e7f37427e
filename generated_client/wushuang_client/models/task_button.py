# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskButton")


@_attrs_define
class TaskButton:
    """A button of a finished task; pressing it is the action operation with its `customId`. Labels of emoji-only buttons
    are empty strings.

        Attributes:
            custom_id (str | Unset): What to send as the action's `customId`, such as `MJ::JOB::upsample::1::<hash>`,
                `MJ::JOB::variation::1::<hash>`, `MJ::JOB::reroll::0::<hash>::SOLO`, `MJ::Outpaint::50::1::<hash>::SOLO`,
                `MJ::JOB::pan_left::1::<hash>::SOLO`, `MJ::Inpaint::1::<hash>::SOLO` or `MJ::CustomZoom::<hash>`.
            emoji (str | Unset):
            label (str | Unset):
            type_ (int | Unset): 2 for a button.
            style (int | Unset): The Discord button style: 2 secondary (grey), 3 success (green).
    """

    custom_id: str | Unset = UNSET
    emoji: str | Unset = UNSET
    label: str | Unset = UNSET
    type_: int | Unset = UNSET
    style: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_id = self.custom_id

        emoji = self.emoji

        label = self.label

        type_ = self.type_

        style = self.style

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if custom_id is not UNSET:
            field_dict["customId"] = custom_id
        if emoji is not UNSET:
            field_dict["emoji"] = emoji
        if label is not UNSET:
            field_dict["label"] = label
        if type_ is not UNSET:
            field_dict["type"] = type_
        if style is not UNSET:
            field_dict["style"] = style

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        custom_id = d.pop("customId", UNSET)

        emoji = d.pop("emoji", UNSET)

        label = d.pop("label", UNSET)

        type_ = d.pop("type", UNSET)

        style = d.pop("style", UNSET)

        task_button = cls(
            custom_id=custom_id,
            emoji=emoji,
            label=label,
            type_=type_,
            style=style,
        )

        task_button.additional_properties = d
        return task_button

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
