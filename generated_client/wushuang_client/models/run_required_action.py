# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_submit_tool_outputs import RunSubmitToolOutputs


T = TypeVar("T", bound="RunRequiredAction")


@_attrs_define
class RunRequiredAction:
    """What the run needs to continue.

    Attributes:
        type_ (str): Always `submit_tool_outputs` for now.
        submit_tool_outputs (RunSubmitToolOutputs | Unset):
    """

    type_: str
    submit_tool_outputs: RunSubmitToolOutputs | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        submit_tool_outputs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.submit_tool_outputs, Unset):
            submit_tool_outputs = self.submit_tool_outputs.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if submit_tool_outputs is not UNSET:
            field_dict["submit_tool_outputs"] = submit_tool_outputs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.run_submit_tool_outputs import RunSubmitToolOutputs  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type")

        _submit_tool_outputs = d.pop("submit_tool_outputs", UNSET)
        submit_tool_outputs: RunSubmitToolOutputs | Unset
        if isinstance(_submit_tool_outputs, Unset):
            submit_tool_outputs = UNSET
        else:
            submit_tool_outputs = RunSubmitToolOutputs.from_dict(_submit_tool_outputs)

        run_required_action = cls(
            type_=type_,
            submit_tool_outputs=submit_tool_outputs,
        )

        run_required_action.additional_properties = d
        return run_required_action

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
