# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.submit_describe_request_bot_type import SubmitDescribeRequestBotType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubmitDescribeRequest")


@_attrs_define
class SubmitDescribeRequest:
    """
    Attributes:
        base64 (str): The image to describe, as a base64 data URL (`data:image/png;base64,...`).
        bot_type (SubmitDescribeRequestBotType | Unset): Server default MID_JOURNEY.
        notify_hook (str | Unset): A URL that receives a POST with the task on each change (relays may disable it).
        state (str | Unset): Any text, handed back in the task.
    """

    base64: str
    bot_type: SubmitDescribeRequestBotType | Unset = UNSET
    notify_hook: str | Unset = UNSET
    state: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base64 = self.base64

        bot_type: str | Unset = UNSET
        if not isinstance(self.bot_type, Unset):
            bot_type = self.bot_type.value

        notify_hook = self.notify_hook

        state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "base64": base64,
            }
        )
        if bot_type is not UNSET:
            field_dict["botType"] = bot_type
        if notify_hook is not UNSET:
            field_dict["notifyHook"] = notify_hook
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        base64 = d.pop("base64")

        _bot_type = d.pop("botType", UNSET)
        bot_type: SubmitDescribeRequestBotType | Unset
        if isinstance(_bot_type, Unset):
            bot_type = UNSET
        else:
            bot_type = SubmitDescribeRequestBotType(_bot_type)

        notify_hook = d.pop("notifyHook", UNSET)

        state = d.pop("state", UNSET)

        submit_describe_request = cls(
            base64=base64,
            bot_type=bot_type,
            notify_hook=notify_hook,
            state=state,
        )

        submit_describe_request.additional_properties = d
        return submit_describe_request

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
