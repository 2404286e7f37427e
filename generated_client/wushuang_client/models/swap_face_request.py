# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SwapFaceRequest")


@_attrs_define
class SwapFaceRequest:
    """
    Attributes:
        source_base_64 (str): The picture of the face to use, as a base64 data URL (`data:image/png;base64,...`).
        target_base_64 (str): The picture whose face is replaced, as a base64 data URL (`data:image/png;base64,...`).
        notify_hook (str | Unset): A URL that receives a POST with the task on each change (relays may disable it).
        state (str | Unset): Any text, handed back in the task.
    """

    source_base_64: str
    target_base_64: str
    notify_hook: str | Unset = UNSET
    state: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_base_64 = self.source_base_64

        target_base_64 = self.target_base_64

        notify_hook = self.notify_hook

        state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sourceBase64": source_base_64,
                "targetBase64": target_base_64,
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
        source_base_64 = d.pop("sourceBase64")

        target_base_64 = d.pop("targetBase64")

        notify_hook = d.pop("notifyHook", UNSET)

        state = d.pop("state", UNSET)

        swap_face_request = cls(
            source_base_64=source_base_64,
            target_base_64=target_base_64,
            notify_hook=notify_hook,
            state=state,
        )

        swap_face_request.additional_properties = d
        return swap_face_request

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
