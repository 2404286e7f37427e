# Generated from openapi/wushuang.yaml (sha256 773223c7fd142d8c) by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assistants_response_format_type import AssistantsResponseFormatType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AssistantsResponseFormat")


@_attrs_define
class AssistantsResponseFormat:
    """`json_object` makes the model answer valid JSON (instruct it to in a message too, or it may produce whitespace until
    the token limit); with `json_object` only function tools are allowed in the run.

        Attributes:
            type_ (AssistantsResponseFormatType | Unset): Server default text.
    """

    type_: AssistantsResponseFormatType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: AssistantsResponseFormatType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = AssistantsResponseFormatType(_type_)

        assistants_response_format = cls(
            type_=type_,
        )

        assistants_response_format.additional_properties = d
        return assistants_response_format

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
