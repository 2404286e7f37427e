# Generated from openapi/wushuang.yaml (sha256 773223c7fd142d8c) by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_content_image_file import MessageContentImageFile
    from ..models.message_content_text import MessageContentText


T = TypeVar("T", bound="MessageContent")


@_attrs_define
class MessageContent:
    """One part of a message's content: `text` (with `text` set) or `image_file` (with `image_file` set); parts of new
    types decode too.

        Attributes:
            type_ (str): text or image_file.
            text (MessageContentText | Unset):
            image_file (MessageContentImageFile | Unset):
    """

    type_: str
    text: MessageContentText | Unset = UNSET
    image_file: MessageContentImageFile | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        text: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text, Unset):
            text = self.text.to_dict()

        image_file: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image_file, Unset):
            image_file = self.image_file.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text
        if image_file is not UNSET:
            field_dict["image_file"] = image_file

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_content_image_file import MessageContentImageFile  # noqa: PLC0415
        from ..models.message_content_text import MessageContentText  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type")

        _text = d.pop("text", UNSET)
        text: MessageContentText | Unset
        if isinstance(_text, Unset):
            text = UNSET
        else:
            text = MessageContentText.from_dict(_text)

        _image_file = d.pop("image_file", UNSET)
        image_file: MessageContentImageFile | Unset
        if isinstance(_image_file, Unset):
            image_file = UNSET
        else:
            image_file = MessageContentImageFile.from_dict(_image_file)

        message_content = cls(
            type_=type_,
            text=text,
            image_file=image_file,
        )

        message_content.additional_properties = d
        return message_content

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
