# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.message_request_image_file import MessageRequestImageFile


T = TypeVar("T", bound="MessageRequestContentImageFile")


@_attrs_define
class MessageRequestContentImageFile:
    """An image part, from an uploaded file.

    Attributes:
        type_ (Literal['image_file']):
        image_file (MessageRequestImageFile):
    """

    type_: Literal["image_file"]
    image_file: MessageRequestImageFile
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        image_file = self.image_file.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "image_file": image_file,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_request_image_file import MessageRequestImageFile  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["image_file"], d.pop("type"))
        if type_ != "image_file":
            raise ValueError(f"type must match const 'image_file', got '{type_}'")

        image_file = MessageRequestImageFile.from_dict(d.pop("image_file"))

        message_request_content_image_file = cls(
            type_=type_,
            image_file=image_file,
        )

        message_request_content_image_file.additional_properties = d
        return message_request_content_image_file

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
