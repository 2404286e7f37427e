# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fine_tuning_job_event_data_type_0 import FineTuningJobEventDataType0


T = TypeVar("T", bound="FineTuningJobEvent")


@_attrs_define
class FineTuningJobEvent:
    """One event of a fine-tuning job.

    Attributes:
        id (str):
        object_ (str | Unset): Always `fine_tuning.job.event`.
        created_at (int | Unset): When the event happened (Unix seconds).
        level (str | Unset): info, warn or error.
        message (str | Unset):
        type_ (str | Unset): `message` or `metrics`.
        data (FineTuningJobEventDataType0 | None | Unset): The data of a `metrics` event (step, losses, accuracies);
            null for a message.
    """

    id: str
    object_: str | Unset = UNSET
    created_at: int | Unset = UNSET
    level: str | Unset = UNSET
    message: str | Unset = UNSET
    type_: str | Unset = UNSET
    data: FineTuningJobEventDataType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.fine_tuning_job_event_data_type_0 import FineTuningJobEventDataType0  # noqa: PLC0415

        id = self.id

        object_ = self.object_

        created_at = self.created_at

        level = self.level

        message = self.message

        type_ = self.type_

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, FineTuningJobEventDataType0):
            data = self.data.to_dict()
        else:
            data = self.data

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
        if level is not UNSET:
            field_dict["level"] = level
        if message is not UNSET:
            field_dict["message"] = message
        if type_ is not UNSET:
            field_dict["type"] = type_
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fine_tuning_job_event_data_type_0 import FineTuningJobEventDataType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        object_ = d.pop("object", UNSET)

        created_at = d.pop("created_at", UNSET)

        level = d.pop("level", UNSET)

        message = d.pop("message", UNSET)

        type_ = d.pop("type", UNSET)

        def _parse_data(data: object) -> FineTuningJobEventDataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = FineTuningJobEventDataType0.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FineTuningJobEventDataType0 | None | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        fine_tuning_job_event = cls(
            id=id,
            object_=object_,
            created_at=created_at,
            level=level,
            message=message,
            type_=type_,
            data=data,
        )

        fine_tuning_job_event.additional_properties = d
        return fine_tuning_job_event

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
