# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_content_image_file import MessageContentImageFile
    from ..models.message_content_image_url import MessageContentImageUrl
    from ..models.message_content_text import MessageContentText


T = TypeVar("T", bound="MessageContent")


@_attrs_define
class MessageContent:
    """One part of a message's content, with the field named after its `type` set: `text`, `image_file`, and in today's API
    `image_url` or `refusal`; parts of new types decode too.

        Attributes:
            type_ (str): text, image_file, image_url or refusal.
            text (MessageContentText | Unset):
            image_file (MessageContentImageFile | Unset):
            image_url (MessageContentImageUrl | Unset):
            refusal (str | Unset): The model's refusal to answer.
    """

    type_: str
    text: MessageContentText | Unset = UNSET
    image_file: MessageContentImageFile | Unset = UNSET
    image_url: MessageContentImageUrl | Unset = UNSET
    refusal: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        text: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text, Unset):
            text = self.text.to_dict()

        image_file: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image_file, Unset):
            image_file = self.image_file.to_dict()

        image_url: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image_url, Unset):
            image_url = self.image_url.to_dict()

        refusal = self.refusal

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
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if refusal is not UNSET:
            field_dict["refusal"] = refusal

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_content_image_file import MessageContentImageFile  # noqa: PLC0415
        from ..models.message_content_image_url import MessageContentImageUrl  # noqa: PLC0415
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

        _image_url = d.pop("image_url", UNSET)
        image_url: MessageContentImageUrl | Unset
        if isinstance(_image_url, Unset):
            image_url = UNSET
        else:
            image_url = MessageContentImageUrl.from_dict(_image_url)

        refusal = d.pop("refusal", UNSET)

        message_content = cls(
            type_=type_,
            text=text,
            image_file=image_file,
            image_url=image_url,
            refusal=refusal,
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
