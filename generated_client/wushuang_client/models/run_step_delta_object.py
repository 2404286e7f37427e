# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_step_delta import RunStepDelta


T = TypeVar("T", bound="RunStepDeltaObject")


@_attrs_define
class RunStepDeltaObject:
    """A change to a run step while it is streamed.

    Attributes:
        id (str): The ID of the run step.
        delta (RunStepDelta): The fields of the step that changed.
        object_ (str | Unset): Always `thread.run.step.delta`.
    """

    id: str
    delta: RunStepDelta
    object_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        delta = self.delta.to_dict()

        object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "delta": delta,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.run_step_delta import RunStepDelta  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        delta = RunStepDelta.from_dict(d.pop("delta"))

        object_ = d.pop("object", UNSET)

        run_step_delta_object = cls(
            id=id,
            delta=delta,
            object_=object_,
        )

        run_step_delta_object.additional_properties = d
        return run_step_delta_object

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
