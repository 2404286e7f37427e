# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_fine_tuning_job_integration_type import CreateFineTuningJobIntegrationType

if TYPE_CHECKING:
    from ..models.create_fine_tuning_job_integration_wandb import CreateFineTuningJobIntegrationWandb


T = TypeVar("T", bound="CreateFineTuningJobIntegration")


@_attrs_define
class CreateFineTuningJobIntegration:
    """
    Attributes:
        type_ (CreateFineTuningJobIntegrationType): The integration; only `wandb` (Weights and Biases).
        wandb (CreateFineTuningJobIntegrationWandb): Where Weights and Biases receives the job's metrics.
    """

    type_: CreateFineTuningJobIntegrationType
    wandb: CreateFineTuningJobIntegrationWandb
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        wandb = self.wandb.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "wandb": wandb,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_fine_tuning_job_integration_wandb import CreateFineTuningJobIntegrationWandb  # noqa: PLC0415

        d = dict(src_dict)
        type_ = CreateFineTuningJobIntegrationType(d.pop("type"))

        wandb = CreateFineTuningJobIntegrationWandb.from_dict(d.pop("wandb"))

        create_fine_tuning_job_integration = cls(
            type_=type_,
            wandb=wandb,
        )

        create_fine_tuning_job_integration.additional_properties = d
        return create_fine_tuning_job_integration

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
