# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_delta_content import MessageDeltaContent


T = TypeVar("T", bound="MessageDelta")


@_attrs_define
class MessageDelta:
    """The fields of the message that changed.

    Attributes:
        role (str | Unset): user or assistant.
        content (list[MessageDeltaContent] | Unset):
        file_ids (list[str] | Unset):
    """

    role: str | Unset = UNSET
    content: list[MessageDeltaContent] | Unset = UNSET
    file_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role = self.role

        content: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = []
            for content_item_data in self.content:
                content_item = content_item_data.to_dict()
                content.append(content_item)

        file_ids: list[str] | Unset = UNSET
        if not isinstance(self.file_ids, Unset):
            file_ids = self.file_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if role is not UNSET:
            field_dict["role"] = role
        if content is not UNSET:
            field_dict["content"] = content
        if file_ids is not UNSET:
            field_dict["file_ids"] = file_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_delta_content import MessageDeltaContent  # noqa: PLC0415

        d = dict(src_dict)
        role = d.pop("role", UNSET)

        _content = d.pop("content", UNSET)
        content: list[MessageDeltaContent] | Unset = UNSET
        if _content is not UNSET:
            content = []
            for content_item_data in _content:
                content_item = MessageDeltaContent.from_dict(content_item_data)

                content.append(content_item)

        file_ids = cast(list[str], d.pop("file_ids", UNSET))

        message_delta = cls(
            role=role,
            content=content,
            file_ids=file_ids,
        )

        message_delta.additional_properties = d
        return message_delta

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
