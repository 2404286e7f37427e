# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.run_step import RunStep


T = TypeVar("T", bound="ThreadRunStepFailedEvent")


@_attrs_define
class ThreadRunStepFailedEvent:
    """A run step failed.

    Attributes:
        event (Literal['thread.run.step.failed']):
        data (RunStep): A step in the execution of a run.
    """

    event: Literal["thread.run.step.failed"]
    data: RunStep
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.run_step import RunStep  # noqa: PLC0415

        d = dict(src_dict)
        event = cast(Literal["thread.run.step.failed"], d.pop("event"))
        if event != "thread.run.step.failed":
            raise ValueError(f"event must match const 'thread.run.step.failed', got '{event}'")

        data = RunStep.from_dict(d.pop("data"))

        thread_run_step_failed_event = cls(
            event=event,
            data=data,
        )

        thread_run_step_failed_event.additional_properties = d
        return thread_run_step_failed_event

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
