# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_delta_content_text_annotation import MessageDeltaContentTextAnnotation


T = TypeVar("T", bound="MessageDeltaContentText")


@_attrs_define
class MessageDeltaContentText:
    """
    Attributes:
        value (str | Unset): The text added.
        annotations (list[MessageDeltaContentTextAnnotation] | Unset):
    """

    value: str | Unset = UNSET
    annotations: list[MessageDeltaContentTextAnnotation] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        annotations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.annotations, Unset):
            annotations = []
            for annotations_item_data in self.annotations:
                annotations_item = annotations_item_data.to_dict()
                annotations.append(annotations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if value is not UNSET:
            field_dict["value"] = value
        if annotations is not UNSET:
            field_dict["annotations"] = annotations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_delta_content_text_annotation import MessageDeltaContentTextAnnotation  # noqa: PLC0415

        d = dict(src_dict)
        value = d.pop("value", UNSET)

        _annotations = d.pop("annotations", UNSET)
        annotations: list[MessageDeltaContentTextAnnotation] | Unset = UNSET
        if _annotations is not UNSET:
            annotations = []
            for annotations_item_data in _annotations:
                annotations_item = MessageDeltaContentTextAnnotation.from_dict(annotations_item_data)

                annotations.append(annotations_item)

        message_delta_content_text = cls(
            value=value,
            annotations=annotations,
        )

        message_delta_content_text.additional_properties = d
        return message_delta_content_text

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
