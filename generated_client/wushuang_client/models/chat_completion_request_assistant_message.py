# Generated from openapi/wushuang.yaml (sha256 308ae75e90aed858) by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_message_tool_call import ChatCompletionMessageToolCall
    from ..models.function_call import FunctionCall


T = TypeVar("T", bound="ChatCompletionRequestAssistantMessage")


@_attrs_define
class ChatCompletionRequestAssistantMessage:
    """
    Attributes:
        role (Literal['assistant']):
        content (None | str | Unset):
        name (str | Unset):
        tool_calls (list[ChatCompletionMessageToolCall] | Unset):
        function_call (FunctionCall | Unset):
    """

    role: Literal["assistant"]
    content: None | str | Unset = UNSET
    name: str | Unset = UNSET
    tool_calls: list[ChatCompletionMessageToolCall] | Unset = UNSET
    function_call: FunctionCall | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role = self.role

        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        name = self.name

        tool_calls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tool_calls, Unset):
            tool_calls = []
            for tool_calls_item_data in self.tool_calls:
                tool_calls_item = tool_calls_item_data.to_dict()
                tool_calls.append(tool_calls_item)

        function_call: dict[str, Any] | Unset = UNSET
        if not isinstance(self.function_call, Unset):
            function_call = self.function_call.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if name is not UNSET:
            field_dict["name"] = name
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls
        if function_call is not UNSET:
            field_dict["function_call"] = function_call

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_completion_message_tool_call import ChatCompletionMessageToolCall  # noqa: PLC0415
        from ..models.function_call import FunctionCall  # noqa: PLC0415

        d = dict(src_dict)
        role = cast(Literal["assistant"], d.pop("role"))
        if role != "assistant":
            raise ValueError(f"role must match const 'assistant', got '{role}'")

        def _parse_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content = _parse_content(d.pop("content", UNSET))

        name = d.pop("name", UNSET)

        _tool_calls = d.pop("tool_calls", UNSET)
        tool_calls: list[ChatCompletionMessageToolCall] | Unset = UNSET
        if _tool_calls is not UNSET:
            tool_calls = []
            for tool_calls_item_data in _tool_calls:
                tool_calls_item = ChatCompletionMessageToolCall.from_dict(tool_calls_item_data)

                tool_calls.append(tool_calls_item)

        _function_call = d.pop("function_call", UNSET)
        function_call: FunctionCall | Unset
        if isinstance(_function_call, Unset):
            function_call = UNSET
        else:
            function_call = FunctionCall.from_dict(_function_call)

        chat_completion_request_assistant_message = cls(
            role=role,
            content=content,
            name=name,
            tool_calls=tool_calls,
            function_call=function_call,
        )

        chat_completion_request_assistant_message.additional_properties = d
        return chat_completion_request_assistant_message

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
