# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_allowed_tools_choice_allowed_tools_mode import (
    ChatCompletionAllowedToolsChoiceAllowedToolsMode,
)

if TYPE_CHECKING:
    from ..models.chat_completion_allowed_tools_choice_allowed_tools_tools_item import (
        ChatCompletionAllowedToolsChoiceAllowedToolsToolsItem,
    )


T = TypeVar("T", bound="ChatCompletionAllowedToolsChoiceAllowedTools")


@_attrs_define
class ChatCompletionAllowedToolsChoiceAllowedTools:
    """
    Attributes:
        mode (ChatCompletionAllowedToolsChoiceAllowedToolsMode): `auto`: the model may call one of them; `required`: it
            must.
        tools (list[ChatCompletionAllowedToolsChoiceAllowedToolsToolsItem]): The tools allowed, each as `{"type":
            "function", "function": {"name": ...}}` or `{"type": "custom", "custom": {"name": ...}}`.
    """

    mode: ChatCompletionAllowedToolsChoiceAllowedToolsMode
    tools: list[ChatCompletionAllowedToolsChoiceAllowedToolsToolsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode = self.mode.value

        tools = []
        for tools_item_data in self.tools:
            tools_item = tools_item_data.to_dict()
            tools.append(tools_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mode": mode,
                "tools": tools,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_completion_allowed_tools_choice_allowed_tools_tools_item import (
            ChatCompletionAllowedToolsChoiceAllowedToolsToolsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        mode = ChatCompletionAllowedToolsChoiceAllowedToolsMode(d.pop("mode"))

        tools = []
        _tools = d.pop("tools")
        for tools_item_data in _tools:
            tools_item = ChatCompletionAllowedToolsChoiceAllowedToolsToolsItem.from_dict(tools_item_data)

            tools.append(tools_item)

        chat_completion_allowed_tools_choice_allowed_tools = cls(
            mode=mode,
            tools=tools,
        )

        chat_completion_allowed_tools_choice_allowed_tools.additional_properties = d
        return chat_completion_allowed_tools_choice_allowed_tools

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
