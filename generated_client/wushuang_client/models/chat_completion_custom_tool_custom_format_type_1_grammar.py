# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_custom_tool_custom_format_type_1_grammar_syntax import (
    ChatCompletionCustomToolCustomFormatType1GrammarSyntax,
)

T = TypeVar("T", bound="ChatCompletionCustomToolCustomFormatType1Grammar")


@_attrs_define
class ChatCompletionCustomToolCustomFormatType1Grammar:
    """
    Attributes:
        definition (str): The grammar itself.
        syntax (ChatCompletionCustomToolCustomFormatType1GrammarSyntax):
    """

    definition: str
    syntax: ChatCompletionCustomToolCustomFormatType1GrammarSyntax
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        definition = self.definition

        syntax = self.syntax.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "definition": definition,
                "syntax": syntax,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        definition = d.pop("definition")

        syntax = ChatCompletionCustomToolCustomFormatType1GrammarSyntax(d.pop("syntax"))

        chat_completion_custom_tool_custom_format_type_1_grammar = cls(
            definition=definition,
            syntax=syntax,
        )

        chat_completion_custom_tool_custom_format_type_1_grammar.additional_properties = d
        return chat_completion_custom_tool_custom_format_type_1_grammar

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
