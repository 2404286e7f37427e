# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_tool_call import CustomToolCall
    from ..models.function_call import FunctionCall


T = TypeVar("T", bound="ResponseToolCall")


@_attrs_define
class ResponseToolCall:
    """A tool call of the model; `function` is set for a function tool, `custom` for a custom tool.

    Attributes:
        id (str | Unset):
        type_ (str | Unset): `function` or `custom`.
        function (FunctionCall | Unset):
        custom (CustomToolCall | Unset):
    """

    id: str | Unset = UNSET
    type_: str | Unset = UNSET
    function: FunctionCall | Unset = UNSET
    custom: CustomToolCall | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        function: dict[str, Any] | Unset = UNSET
        if not isinstance(self.function, Unset):
            function = self.function.to_dict()

        custom: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom, Unset):
            custom = self.custom.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if function is not UNSET:
            field_dict["function"] = function
        if custom is not UNSET:
            field_dict["custom"] = custom

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_tool_call import CustomToolCall  # noqa: PLC0415
        from ..models.function_call import FunctionCall  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        type_ = d.pop("type", UNSET)

        _function = d.pop("function", UNSET)
        function: FunctionCall | Unset
        if isinstance(_function, Unset):
            function = UNSET
        else:
            function = FunctionCall.from_dict(_function)

        _custom = d.pop("custom", UNSET)
        custom: CustomToolCall | Unset
        if isinstance(_custom, Unset):
            custom = UNSET
        else:
            custom = CustomToolCall.from_dict(_custom)

        response_tool_call = cls(
            id=id,
            type_=type_,
            function=function,
            custom=custom,
        )

        response_tool_call.additional_properties = d
        return response_tool_call

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
