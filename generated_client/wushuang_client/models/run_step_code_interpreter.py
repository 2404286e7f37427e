# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_step_code_interpreter_output import RunStepCodeInterpreterOutput


T = TypeVar("T", bound="RunStepCodeInterpreter")


@_attrs_define
class RunStepCodeInterpreter:
    """
    Attributes:
        input_ (str | Unset): The code the tool ran.
        outputs (list[RunStepCodeInterpreterOutput] | Unset):
    """

    input_: str | Unset = UNSET
    outputs: list[RunStepCodeInterpreterOutput] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_ = self.input_

        outputs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.outputs, Unset):
            outputs = []
            for outputs_item_data in self.outputs:
                outputs_item = outputs_item_data.to_dict()
                outputs.append(outputs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if input_ is not UNSET:
            field_dict["input"] = input_
        if outputs is not UNSET:
            field_dict["outputs"] = outputs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.run_step_code_interpreter_output import RunStepCodeInterpreterOutput  # noqa: PLC0415

        d = dict(src_dict)
        input_ = d.pop("input", UNSET)

        _outputs = d.pop("outputs", UNSET)
        outputs: list[RunStepCodeInterpreterOutput] | Unset = UNSET
        if _outputs is not UNSET:
            outputs = []
            for outputs_item_data in _outputs:
                outputs_item = RunStepCodeInterpreterOutput.from_dict(outputs_item_data)

                outputs.append(outputs_item)

        run_step_code_interpreter = cls(
            input_=input_,
            outputs=outputs,
        )

        run_step_code_interpreter.additional_properties = d
        return run_step_code_interpreter

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
