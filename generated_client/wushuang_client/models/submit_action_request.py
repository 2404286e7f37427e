# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubmitActionRequest")


@_attrs_define
class SubmitActionRequest:
    """
    Attributes:
        task_id (str): The ID of the finished task whose button is pressed.
        custom_id (str): The `customId` of one of the task's `buttons`, such as
            `MJ::JOB::upsample::2::3dbbd469-36af-4a0f-8f02-df6c579e7011`.
        choose_same_channel (bool | Unset): Run the new task on the same Discord account (channel) as the parent task;
            servers choose otherwise.
        notify_hook (str | Unset): A URL that receives a POST with the task on each change (relays may disable it).
        state (str | Unset): Any text, handed back in the task.
    """

    task_id: str
    custom_id: str
    choose_same_channel: bool | Unset = UNSET
    notify_hook: str | Unset = UNSET
    state: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        custom_id = self.custom_id

        choose_same_channel = self.choose_same_channel

        notify_hook = self.notify_hook

        state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "taskId": task_id,
                "customId": custom_id,
            }
        )
        if choose_same_channel is not UNSET:
            field_dict["chooseSameChannel"] = choose_same_channel
        if notify_hook is not UNSET:
            field_dict["notifyHook"] = notify_hook
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task_id = d.pop("taskId")

        custom_id = d.pop("customId")

        choose_same_channel = d.pop("chooseSameChannel", UNSET)

        notify_hook = d.pop("notifyHook", UNSET)

        state = d.pop("state", UNSET)

        submit_action_request = cls(
            task_id=task_id,
            custom_id=custom_id,
            choose_same_channel=choose_same_channel,
            notify_hook=notify_hook,
            state=state,
        )

        submit_action_request.additional_properties = d
        return submit_action_request

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
