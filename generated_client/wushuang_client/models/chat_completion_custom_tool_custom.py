# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_custom_tool_custom_format_type_0 import ChatCompletionCustomToolCustomFormatType0
    from ..models.chat_completion_custom_tool_custom_format_type_1 import ChatCompletionCustomToolCustomFormatType1


T = TypeVar("T", bound="ChatCompletionCustomToolCustom")


@_attrs_define
class ChatCompletionCustomToolCustom:
    """
    Attributes:
        name (str):
        description (str | Unset): What the tool does
        format_ (ChatCompletionCustomToolCustomFormatType0 | ChatCompletionCustomToolCustomFormatType1 | Unset): The
            input's form; free text when absent.
    """

    name: str
    description: str | Unset = UNSET
    format_: ChatCompletionCustomToolCustomFormatType0 | ChatCompletionCustomToolCustomFormatType1 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.chat_completion_custom_tool_custom_format_type_0 import ChatCompletionCustomToolCustomFormatType0  # noqa: PLC0415

        name = self.name

        description = self.description

        format_: dict[str, Any] | Unset
        if isinstance(self.format_, Unset):
            format_ = UNSET
        elif isinstance(self.format_, ChatCompletionCustomToolCustomFormatType0):
            format_ = self.format_.to_dict()
        else:
            format_ = self.format_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if format_ is not UNSET:
            field_dict["format"] = format_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_completion_custom_tool_custom_format_type_0 import ChatCompletionCustomToolCustomFormatType0  # noqa: PLC0415
        from ..models.chat_completion_custom_tool_custom_format_type_1 import ChatCompletionCustomToolCustomFormatType1  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description", UNSET)

        def _parse_format_(
            data: object,
        ) -> ChatCompletionCustomToolCustomFormatType0 | ChatCompletionCustomToolCustomFormatType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                format_type_0 = ChatCompletionCustomToolCustomFormatType0.from_dict(data)

                return format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            format_type_1 = ChatCompletionCustomToolCustomFormatType1.from_dict(data)

            return format_type_1

        format_ = _parse_format_(d.pop("format", UNSET))

        chat_completion_custom_tool_custom = cls(
            name=name,
            description=description,
            format_=format_,
        )

        chat_completion_custom_tool_custom.additional_properties = d
        return chat_completion_custom_tool_custom

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
