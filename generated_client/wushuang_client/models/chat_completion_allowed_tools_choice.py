# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.chat_completion_allowed_tools_choice_allowed_tools import ChatCompletionAllowedToolsChoiceAllowedTools


T = TypeVar("T", bound="ChatCompletionAllowedToolsChoice")


@_attrs_define
class ChatCompletionAllowedToolsChoice:
    """
    Attributes:
        type_ (Literal['allowed_tools']):
        allowed_tools (ChatCompletionAllowedToolsChoiceAllowedTools):
    """

    type_: Literal["allowed_tools"]
    allowed_tools: ChatCompletionAllowedToolsChoiceAllowedTools
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        allowed_tools = self.allowed_tools.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "allowed_tools": allowed_tools,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_completion_allowed_tools_choice_allowed_tools import (
            ChatCompletionAllowedToolsChoiceAllowedTools,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = cast(Literal["allowed_tools"], d.pop("type"))
        if type_ != "allowed_tools":
            raise ValueError(f"type must match const 'allowed_tools', got '{type_}'")

        allowed_tools = ChatCompletionAllowedToolsChoiceAllowedTools.from_dict(d.pop("allowed_tools"))

        chat_completion_allowed_tools_choice = cls(
            type_=type_,
            allowed_tools=allowed_tools,
        )

        chat_completion_allowed_tools_choice.additional_properties = d
        return chat_completion_allowed_tools_choice

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
