# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assistants_named_tool_choice_function import AssistantsNamedToolChoiceFunction


T = TypeVar("T", bound="RunToolChoice")


@_attrs_define
class RunToolChoice:
    """
    Attributes:
        type_ (str): function, code_interpreter, file_search or retrieval.
        function (AssistantsNamedToolChoiceFunction | Unset):
    """

    type_: str
    function: AssistantsNamedToolChoiceFunction | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        function: dict[str, Any] | Unset = UNSET
        if not isinstance(self.function, Unset):
            function = self.function.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if function is not UNSET:
            field_dict["function"] = function

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assistants_named_tool_choice_function import AssistantsNamedToolChoiceFunction  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type")

        _function = d.pop("function", UNSET)
        function: AssistantsNamedToolChoiceFunction | Unset
        if isinstance(_function, Unset):
            function = UNSET
        else:
            function = AssistantsNamedToolChoiceFunction.from_dict(_function)

        run_tool_choice = cls(
            type_=type_,
            function=function,
        )

        run_tool_choice.additional_properties = d
        return run_tool_choice

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
