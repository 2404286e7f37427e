# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubmitSimpleChangeRequest")


@_attrs_define
class SubmitSimpleChangeRequest:
    """
    Attributes:
        content (str): `<taskId> <change>`, the change being U1 to U4 (upscale), V1 to V4 (variation) or R (reroll),
            such as `1320098173412546 U2`.
        notify_hook (str | Unset): A URL that receives a POST with the task on each change (relays may disable it).
        state (str | Unset): Any text, handed back in the task.
    """

    content: str
    notify_hook: str | Unset = UNSET
    state: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        notify_hook = self.notify_hook

        state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
            }
        )
        if notify_hook is not UNSET:
            field_dict["notifyHook"] = notify_hook
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content = d.pop("content")

        notify_hook = d.pop("notifyHook", UNSET)

        state = d.pop("state", UNSET)

        submit_simple_change_request = cls(
            content=content,
            notify_hook=notify_hook,
            state=state,
        )

        submit_simple_change_request.additional_properties = d
        return submit_simple_change_request

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
