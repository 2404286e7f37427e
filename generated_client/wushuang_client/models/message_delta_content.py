# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_delta_content_image_file import MessageDeltaContentImageFile
    from ..models.message_delta_content_image_url import MessageDeltaContentImageUrl
    from ..models.message_delta_content_text import MessageDeltaContentText


T = TypeVar("T", bound="MessageDeltaContent")


@_attrs_define
class MessageDeltaContent:
    """A change to one part of a message's content (`text`, `image_file`, `image_url` or `refusal`).

    Attributes:
        index (int): The position of the part in the message's content.
        type_ (str): text, image_file, image_url or refusal.
        text (MessageDeltaContentText | Unset):
        image_file (MessageDeltaContentImageFile | Unset):
        image_url (MessageDeltaContentImageUrl | Unset):
        refusal (str | Unset): The part of the refusal added.
    """

    index: int
    type_: str
    text: MessageDeltaContentText | Unset = UNSET
    image_file: MessageDeltaContentImageFile | Unset = UNSET
    image_url: MessageDeltaContentImageUrl | Unset = UNSET
    refusal: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

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
                "index": index,
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
        from ..models.message_delta_content_image_file import MessageDeltaContentImageFile  # noqa: PLC0415
        from ..models.message_delta_content_image_url import MessageDeltaContentImageUrl  # noqa: PLC0415
        from ..models.message_delta_content_text import MessageDeltaContentText  # noqa: PLC0415

        d = dict(src_dict)
        index = d.pop("index")

        type_ = d.pop("type")

        _text = d.pop("text", UNSET)
        text: MessageDeltaContentText | Unset
        if isinstance(_text, Unset):
            text = UNSET
        else:
            text = MessageDeltaContentText.from_dict(_text)

        _image_file = d.pop("image_file", UNSET)
        image_file: MessageDeltaContentImageFile | Unset
        if isinstance(_image_file, Unset):
            image_file = UNSET
        else:
            image_file = MessageDeltaContentImageFile.from_dict(_image_file)

        _image_url = d.pop("image_url", UNSET)
        image_url: MessageDeltaContentImageUrl | Unset
        if isinstance(_image_url, Unset):
            image_url = UNSET
        else:
            image_url = MessageDeltaContentImageUrl.from_dict(_image_url)

        refusal = d.pop("refusal", UNSET)

        message_delta_content = cls(
            index=index,
            type_=type_,
            text=text,
            image_file=image_file,
            image_url=image_url,
            refusal=refusal,
        )

        message_delta_content.additional_properties = d
        return message_delta_content

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
