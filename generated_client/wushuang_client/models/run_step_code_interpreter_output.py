# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_step_code_interpreter_image import RunStepCodeInterpreterImage


T = TypeVar("T", bound="RunStepCodeInterpreterOutput")


@_attrs_define
class RunStepCodeInterpreterOutput:
    """An output of the code_interpreter tool: text (`logs`) or an image (`image`).

    Attributes:
        type_ (str): logs or image.
        index (int | Unset): The position of the output (in a delta).
        logs (str | Unset): The text output.
        image (RunStepCodeInterpreterImage | Unset):
    """

    type_: str
    index: int | Unset = UNSET
    logs: str | Unset = UNSET
    image: RunStepCodeInterpreterImage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        index = self.index

        logs = self.logs

        image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image, Unset):
            image = self.image.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if index is not UNSET:
            field_dict["index"] = index
        if logs is not UNSET:
            field_dict["logs"] = logs
        if image is not UNSET:
            field_dict["image"] = image

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.run_step_code_interpreter_image import RunStepCodeInterpreterImage  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type")

        index = d.pop("index", UNSET)

        logs = d.pop("logs", UNSET)

        _image = d.pop("image", UNSET)
        image: RunStepCodeInterpreterImage | Unset
        if isinstance(_image, Unset):
            image = UNSET
        else:
            image = RunStepCodeInterpreterImage.from_dict(_image)

        run_step_code_interpreter_output = cls(
            type_=type_,
            index=index,
            logs=logs,
            image=image,
        )

        run_step_code_interpreter_output.additional_properties = d
        return run_step_code_interpreter_output

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
