# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.submit_change_request_action import SubmitChangeRequestAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubmitChangeRequest")


@_attrs_define
class SubmitChangeRequest:
    """
    Attributes:
        task_id (str): The ID of the finished grid task (IMAGINE, VARIATION, REROLL or BLEND) to change.
        action (SubmitChangeRequestAction): UPSCALE one image, VARIATION of one image, or REROLL the whole grid.
        index (int | Unset): Which image of the grid (1 to 4, left to right, top to bottom); required for UPSCALE and
            VARIATION. The new-api relays refuse a change without an index even for REROLL, where any of 1 to 4 will do.
        notify_hook (str | Unset): A URL that receives a POST with the task on each change (relays may disable it).
        state (str | Unset): Any text, handed back in the task.
    """

    task_id: str
    action: SubmitChangeRequestAction
    index: int | Unset = UNSET
    notify_hook: str | Unset = UNSET
    state: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        action = self.action.value

        index = self.index

        notify_hook = self.notify_hook

        state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "taskId": task_id,
                "action": action,
            }
        )
        if index is not UNSET:
            field_dict["index"] = index
        if notify_hook is not UNSET:
            field_dict["notifyHook"] = notify_hook
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task_id = d.pop("taskId")

        action = SubmitChangeRequestAction(d.pop("action"))

        index = d.pop("index", UNSET)

        notify_hook = d.pop("notifyHook", UNSET)

        state = d.pop("state", UNSET)

        submit_change_request = cls(
            task_id=task_id,
            action=action,
            index=index,
            notify_hook=notify_hook,
            state=state,
        )

        submit_change_request.additional_properties = d
        return submit_change_request

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
