# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fine_tuning_integration_wandb import FineTuningIntegrationWandb


T = TypeVar("T", bound="FineTuningIntegration")


@_attrs_define
class FineTuningIntegration:
    """
    Attributes:
        type_ (str): `wandb`.
        wandb (FineTuningIntegrationWandb | Unset): The Weights and Biases settings of a job.
    """

    type_: str
    wandb: FineTuningIntegrationWandb | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        wandb: dict[str, Any] | Unset = UNSET
        if not isinstance(self.wandb, Unset):
            wandb = self.wandb.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if wandb is not UNSET:
            field_dict["wandb"] = wandb

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fine_tuning_integration_wandb import FineTuningIntegrationWandb  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type")

        _wandb = d.pop("wandb", UNSET)
        wandb: FineTuningIntegrationWandb | Unset
        if isinstance(_wandb, Unset):
            wandb = UNSET
        else:
            wandb = FineTuningIntegrationWandb.from_dict(_wandb)

        fine_tuning_integration = cls(
            type_=type_,
            wandb=wandb,
        )

        fine_tuning_integration.additional_properties = d
        return fine_tuning_integration

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
