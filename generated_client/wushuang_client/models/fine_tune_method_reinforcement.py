# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fine_tune_grader import FineTuneGrader
    from ..models.fine_tune_method_hyperparameters import FineTuneMethodHyperparameters


T = TypeVar("T", bound="FineTuneMethodReinforcement")


@_attrs_define
class FineTuneMethodReinforcement:
    """
    Attributes:
        grader (FineTuneGrader): The grader of reinforcement fine-tuning; a `multi` grader combines the scores of the
            graders in `graders` with the formula `calculate_output`.
        hyperparameters (FineTuneMethodHyperparameters | Unset): The hyperparameters of a method; each is `auto` (the
            server's default) or a value.
    """

    grader: FineTuneGrader
    hyperparameters: FineTuneMethodHyperparameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grader = self.grader.to_dict()

        hyperparameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hyperparameters, Unset):
            hyperparameters = self.hyperparameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "grader": grader,
            }
        )
        if hyperparameters is not UNSET:
            field_dict["hyperparameters"] = hyperparameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fine_tune_grader import FineTuneGrader  # noqa: PLC0415
        from ..models.fine_tune_method_hyperparameters import FineTuneMethodHyperparameters  # noqa: PLC0415

        d = dict(src_dict)
        grader = FineTuneGrader.from_dict(d.pop("grader"))

        _hyperparameters = d.pop("hyperparameters", UNSET)
        hyperparameters: FineTuneMethodHyperparameters | Unset
        if isinstance(_hyperparameters, Unset):
            hyperparameters = UNSET
        else:
            hyperparameters = FineTuneMethodHyperparameters.from_dict(_hyperparameters)

        fine_tune_method_reinforcement = cls(
            grader=grader,
            hyperparameters=hyperparameters,
        )

        fine_tune_method_reinforcement.additional_properties = d
        return fine_tune_method_reinforcement

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
