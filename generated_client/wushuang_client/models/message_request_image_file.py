# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_request_image_file_detail import MessageRequestImageFileDetail
from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageRequestImageFile")


@_attrs_define
class MessageRequestImageFile:
    """
    Attributes:
        file_id (str): The ID of an image file uploaded with purpose `vision`.
        detail (MessageRequestImageFileDetail | Unset): The detail the model sees the image in; `low` uses fewer tokens.
            Server default `auto`.
    """

    file_id: str
    detail: MessageRequestImageFileDetail | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_id = self.file_id

        detail: str | Unset = UNSET
        if not isinstance(self.detail, Unset):
            detail = self.detail.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file_id": file_id,
            }
        )
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_id = d.pop("file_id")

        _detail = d.pop("detail", UNSET)
        detail: MessageRequestImageFileDetail | Unset
        if isinstance(_detail, Unset):
            detail = UNSET
        else:
            detail = MessageRequestImageFileDetail(_detail)

        message_request_image_file = cls(
            file_id=file_id,
            detail=detail,
        )

        message_request_image_file.additional_properties = d
        return message_request_image_file

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
