# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DoneEvent")


@_attrs_define
class DoneEvent:
    """The stream ends.

    Attributes:
        event (Literal['done']):
        data (Literal['[DONE]']):
    """

    event: Literal["done"]
    data: Literal["[DONE]"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event

        data = self.data

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
        d = dict(src_dict)
        event = cast(Literal["done"], d.pop("event"))
        if event != "done":
            raise ValueError(f"event must match const 'done', got '{event}'")

        data = cast(Literal["[DONE]"], d.pop("data"))
        if data != "[DONE]":
            raise ValueError(f"data must match const '[DONE]', got '{data}'")

        done_event = cls(
            event=event,
            data=data,
        )

        done_event.additional_properties = d
        return done_event

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
