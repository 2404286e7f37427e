# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fine_tuning_job_checkpoint_metrics import FineTuningJobCheckpointMetrics


T = TypeVar("T", bound="FineTuningJobCheckpoint")


@_attrs_define
class FineTuningJobCheckpoint:
    """A model checkpoint saved during a fine-tuning job.

    Attributes:
        id (str):
        object_ (str | Unset): Always `fine_tuning.job.checkpoint`.
        created_at (int | Unset): When the checkpoint was made (Unix seconds).
        fine_tuned_model_checkpoint (str | Unset): The checkpoint's model name
        fine_tuning_job_id (str | Unset):
        step_number (int | Unset): The training step the checkpoint was taken at.
        metrics (FineTuningJobCheckpointMetrics | Unset): The training and validation metrics at that step.
    """

    id: str
    object_: str | Unset = UNSET
    created_at: int | Unset = UNSET
    fine_tuned_model_checkpoint: str | Unset = UNSET
    fine_tuning_job_id: str | Unset = UNSET
    step_number: int | Unset = UNSET
    metrics: FineTuningJobCheckpointMetrics | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        created_at = self.created_at

        fine_tuned_model_checkpoint = self.fine_tuned_model_checkpoint

        fine_tuning_job_id = self.fine_tuning_job_id

        step_number = self.step_number

        metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if fine_tuned_model_checkpoint is not UNSET:
            field_dict["fine_tuned_model_checkpoint"] = fine_tuned_model_checkpoint
        if fine_tuning_job_id is not UNSET:
            field_dict["fine_tuning_job_id"] = fine_tuning_job_id
        if step_number is not UNSET:
            field_dict["step_number"] = step_number
        if metrics is not UNSET:
            field_dict["metrics"] = metrics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fine_tuning_job_checkpoint_metrics import FineTuningJobCheckpointMetrics  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        object_ = d.pop("object", UNSET)

        created_at = d.pop("created_at", UNSET)

        fine_tuned_model_checkpoint = d.pop("fine_tuned_model_checkpoint", UNSET)

        fine_tuning_job_id = d.pop("fine_tuning_job_id", UNSET)

        step_number = d.pop("step_number", UNSET)

        _metrics = d.pop("metrics", UNSET)
        metrics: FineTuningJobCheckpointMetrics | Unset
        if isinstance(_metrics, Unset):
            metrics = UNSET
        else:
            metrics = FineTuningJobCheckpointMetrics.from_dict(_metrics)

        fine_tuning_job_checkpoint = cls(
            id=id,
            object_=object_,
            created_at=created_at,
            fine_tuned_model_checkpoint=fine_tuned_model_checkpoint,
            fine_tuning_job_id=fine_tuning_job_id,
            step_number=step_number,
            metrics=metrics,
        )

        fine_tuning_job_checkpoint.additional_properties = d
        return fine_tuning_job_checkpoint

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
