# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_step_message_creation import RunStepMessageCreation
    from ..models.run_step_tool_call import RunStepToolCall


T = TypeVar("T", bound="RunStepDetails")


@_attrs_define
class RunStepDetails:
    """What the step did: `message_creation` (with `message_creation` set) or `tool_calls` (with `tool_calls` set); details
    of new types decode too.

        Attributes:
            type_ (str): message_creation or tool_calls.
            message_creation (RunStepMessageCreation | Unset):
            tool_calls (list[RunStepToolCall] | Unset):
    """

    type_: str
    message_creation: RunStepMessageCreation | Unset = UNSET
    tool_calls: list[RunStepToolCall] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        message_creation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message_creation, Unset):
            message_creation = self.message_creation.to_dict()

        tool_calls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tool_calls, Unset):
            tool_calls = []
            for tool_calls_item_data in self.tool_calls:
                tool_calls_item = tool_calls_item_data.to_dict()
                tool_calls.append(tool_calls_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if message_creation is not UNSET:
            field_dict["message_creation"] = message_creation
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.run_step_message_creation import RunStepMessageCreation  # noqa: PLC0415
        from ..models.run_step_tool_call import RunStepToolCall  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type")

        _message_creation = d.pop("message_creation", UNSET)
        message_creation: RunStepMessageCreation | Unset
        if isinstance(_message_creation, Unset):
            message_creation = UNSET
        else:
            message_creation = RunStepMessageCreation.from_dict(_message_creation)

        _tool_calls = d.pop("tool_calls", UNSET)
        tool_calls: list[RunStepToolCall] | Unset = UNSET
        if _tool_calls is not UNSET:
            tool_calls = []
            for tool_calls_item_data in _tool_calls:
                tool_calls_item = RunStepToolCall.from_dict(tool_calls_item_data)

                tool_calls.append(tool_calls_item)

        run_step_details = cls(
            type_=type_,
            message_creation=message_creation,
            tool_calls=tool_calls,
        )

        run_step_details.additional_properties = d
        return run_step_details

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
