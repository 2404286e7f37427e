# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_step_details import RunStepDetails


T = TypeVar("T", bound="RunStepDelta")


@_attrs_define
class RunStepDelta:
    """The fields of the step that changed.

    Attributes:
        step_details (RunStepDetails | Unset): What the step did: `message_creation` (with `message_creation` set) or
            `tool_calls` (with `tool_calls` set); details of new types decode too.
    """

    step_details: RunStepDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        step_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.step_details, Unset):
            step_details = self.step_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if step_details is not UNSET:
            field_dict["step_details"] = step_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.run_step_details import RunStepDetails  # noqa: PLC0415

        d = dict(src_dict)
        _step_details = d.pop("step_details", UNSET)
        step_details: RunStepDetails | Unset
        if isinstance(_step_details, Unset):
            step_details = UNSET
        else:
            step_details = RunStepDetails.from_dict(_step_details)

        run_step_delta = cls(
            step_details=step_details,
        )

        run_step_delta.additional_properties = d
        return run_step_delta

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
