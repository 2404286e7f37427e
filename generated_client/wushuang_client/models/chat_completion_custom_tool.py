# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.chat_completion_custom_tool_custom import ChatCompletionCustomToolCustom


T = TypeVar("T", bound="ChatCompletionCustomTool")


@_attrs_define
class ChatCompletionCustomTool:
    """A tool that takes free-form text, optionally held to a grammar, instead of JSON arguments.

    Attributes:
        type_ (Literal['custom']):
        custom (ChatCompletionCustomToolCustom):
    """

    type_: Literal["custom"]
    custom: ChatCompletionCustomToolCustom
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        custom = self.custom.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "custom": custom,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_completion_custom_tool_custom import ChatCompletionCustomToolCustom  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["custom"], d.pop("type"))
        if type_ != "custom":
            raise ValueError(f"type must match const 'custom', got '{type_}'")

        custom = ChatCompletionCustomToolCustom.from_dict(d.pop("custom"))

        chat_completion_custom_tool = cls(
            type_=type_,
            custom=custom,
        )

        chat_completion_custom_tool.additional_properties = d
        return chat_completion_custom_tool

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
