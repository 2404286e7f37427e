# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubmitModalRequest")


@_attrs_define
class SubmitModalRequest:
    """
    Attributes:
        task_id (str): The ID of the task in status MODAL (the `result` of the action answered with code 21).
        prompt (str | Unset): The prompt of the modal step (for custom zoom, ending in `--zoom <1..2>`); most servers
            refuse the step without one.
        mask_base_64 (str | Unset): For vary region, the mask as a base64 data URL (`data:image/png;base64,...`), white
            where the image is to be redrawn.
    """

    task_id: str
    prompt: str | Unset = UNSET
    mask_base_64: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        prompt = self.prompt

        mask_base_64 = self.mask_base_64

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "taskId": task_id,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if mask_base_64 is not UNSET:
            field_dict["maskBase64"] = mask_base_64

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task_id = d.pop("taskId")

        prompt = d.pop("prompt", UNSET)

        mask_base_64 = d.pop("maskBase64", UNSET)

        submit_modal_request = cls(
            task_id=task_id,
            prompt=prompt,
            mask_base_64=mask_base_64,
        )

        submit_modal_request.additional_properties = d
        return submit_modal_request

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
