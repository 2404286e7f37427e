# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.chat_completion_custom_tool_custom_format_type_1_grammar import (
        ChatCompletionCustomToolCustomFormatType1Grammar,
    )


T = TypeVar("T", bound="ChatCompletionCustomToolCustomFormatType1")


@_attrs_define
class ChatCompletionCustomToolCustomFormatType1:
    """
    Attributes:
        type_ (Literal['grammar']):
        grammar (ChatCompletionCustomToolCustomFormatType1Grammar):
    """

    type_: Literal["grammar"]
    grammar: ChatCompletionCustomToolCustomFormatType1Grammar
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        grammar = self.grammar.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "grammar": grammar,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_completion_custom_tool_custom_format_type_1_grammar import (
            ChatCompletionCustomToolCustomFormatType1Grammar,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = cast(Literal["grammar"], d.pop("type"))
        if type_ != "grammar":
            raise ValueError(f"type must match const 'grammar', got '{type_}'")

        grammar = ChatCompletionCustomToolCustomFormatType1Grammar.from_dict(d.pop("grammar"))

        chat_completion_custom_tool_custom_format_type_1 = cls(
            type_=type_,
            grammar=grammar,
        )

        chat_completion_custom_tool_custom_format_type_1.additional_properties = d
        return chat_completion_custom_tool_custom_format_type_1

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
