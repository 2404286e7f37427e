# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fine_tune_method_hyperparameters import FineTuneMethodHyperparameters


T = TypeVar("T", bound="FineTuneMethodDpo")


@_attrs_define
class FineTuneMethodDpo:
    """
    Attributes:
        hyperparameters (FineTuneMethodHyperparameters | Unset): The hyperparameters of a method; each is `auto` (the
            server's default) or a value.
    """

    hyperparameters: FineTuneMethodHyperparameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hyperparameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hyperparameters, Unset):
            hyperparameters = self.hyperparameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hyperparameters is not UNSET:
            field_dict["hyperparameters"] = hyperparameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fine_tune_method_hyperparameters import FineTuneMethodHyperparameters  # noqa: PLC0415

        d = dict(src_dict)
        _hyperparameters = d.pop("hyperparameters", UNSET)
        hyperparameters: FineTuneMethodHyperparameters | Unset
        if isinstance(_hyperparameters, Unset):
            hyperparameters = UNSET
        else:
            hyperparameters = FineTuneMethodHyperparameters.from_dict(_hyperparameters)

        fine_tune_method_dpo = cls(
            hyperparameters=hyperparameters,
        )

        fine_tune_method_dpo.additional_properties = d
        return fine_tune_method_dpo

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
