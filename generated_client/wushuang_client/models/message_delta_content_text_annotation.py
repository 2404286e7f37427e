# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_delta_content_file_citation import MessageDeltaContentFileCitation
    from ..models.message_delta_content_file_path import MessageDeltaContentFilePath


T = TypeVar("T", bound="MessageDeltaContentTextAnnotation")


@_attrs_define
class MessageDeltaContentTextAnnotation:
    """
    Attributes:
        index (int): The position of the annotation in the text part.
        type_ (str): file_citation or file_path.
        text (str | Unset): The text in the message content that needs to be replaced.
        start_index (int | Unset):
        end_index (int | Unset):
        file_citation (MessageDeltaContentFileCitation | Unset):
        file_path (MessageDeltaContentFilePath | Unset):
    """

    index: int
    type_: str
    text: str | Unset = UNSET
    start_index: int | Unset = UNSET
    end_index: int | Unset = UNSET
    file_citation: MessageDeltaContentFileCitation | Unset = UNSET
    file_path: MessageDeltaContentFilePath | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        type_ = self.type_

        text = self.text

        start_index = self.start_index

        end_index = self.end_index

        file_citation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file_citation, Unset):
            file_citation = self.file_citation.to_dict()

        file_path: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file_path, Unset):
            file_path = self.file_path.to_dict()

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
        if start_index is not UNSET:
            field_dict["start_index"] = start_index
        if end_index is not UNSET:
            field_dict["end_index"] = end_index
        if file_citation is not UNSET:
            field_dict["file_citation"] = file_citation
        if file_path is not UNSET:
            field_dict["file_path"] = file_path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_delta_content_file_citation import MessageDeltaContentFileCitation  # noqa: PLC0415
        from ..models.message_delta_content_file_path import MessageDeltaContentFilePath  # noqa: PLC0415

        d = dict(src_dict)
        index = d.pop("index")

        type_ = d.pop("type")

        text = d.pop("text", UNSET)

        start_index = d.pop("start_index", UNSET)

        end_index = d.pop("end_index", UNSET)

        _file_citation = d.pop("file_citation", UNSET)
        file_citation: MessageDeltaContentFileCitation | Unset
        if isinstance(_file_citation, Unset):
            file_citation = UNSET
        else:
            file_citation = MessageDeltaContentFileCitation.from_dict(_file_citation)

        _file_path = d.pop("file_path", UNSET)
        file_path: MessageDeltaContentFilePath | Unset
        if isinstance(_file_path, Unset):
            file_path = UNSET
        else:
            file_path = MessageDeltaContentFilePath.from_dict(_file_path)

        message_delta_content_text_annotation = cls(
            index=index,
            type_=type_,
            text=text,
            start_index=start_index,
            end_index=end_index,
            file_citation=file_citation,
            file_path=file_path,
        )

        message_delta_content_text_annotation.additional_properties = d
        return message_delta_content_text_annotation

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
