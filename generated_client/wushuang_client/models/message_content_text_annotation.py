# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_content_file_citation import MessageContentFileCitation
    from ..models.message_content_file_path import MessageContentFilePath


T = TypeVar("T", bound="MessageContentTextAnnotation")


@_attrs_define
class MessageContentTextAnnotation:
    """A part of the text to replace: a citation of a file (`file_citation`, from the retrieval tool) or the path of a file
    the code_interpreter tool generated (`file_path`).

        Attributes:
            type_ (str): file_citation or file_path.
            text (str | Unset): The text in the message content that needs to be replaced.
            start_index (int | Unset):
            end_index (int | Unset):
            file_citation (MessageContentFileCitation | Unset):
            file_path (MessageContentFilePath | Unset):
    """

    type_: str
    text: str | Unset = UNSET
    start_index: int | Unset = UNSET
    end_index: int | Unset = UNSET
    file_citation: MessageContentFileCitation | Unset = UNSET
    file_path: MessageContentFilePath | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        from ..models.message_content_file_citation import MessageContentFileCitation  # noqa: PLC0415
        from ..models.message_content_file_path import MessageContentFilePath  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type")

        text = d.pop("text", UNSET)

        start_index = d.pop("start_index", UNSET)

        end_index = d.pop("end_index", UNSET)

        _file_citation = d.pop("file_citation", UNSET)
        file_citation: MessageContentFileCitation | Unset
        if isinstance(_file_citation, Unset):
            file_citation = UNSET
        else:
            file_citation = MessageContentFileCitation.from_dict(_file_citation)

        _file_path = d.pop("file_path", UNSET)
        file_path: MessageContentFilePath | Unset
        if isinstance(_file_path, Unset):
            file_path = UNSET
        else:
            file_path = MessageContentFilePath.from_dict(_file_path)

        message_content_text_annotation = cls(
            type_=type_,
            text=text,
            start_index=start_index,
            end_index=end_index,
            file_citation=file_citation,
            file_path=file_path,
        )

        message_content_text_annotation.additional_properties = d
        return message_content_text_annotation

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
