# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fine_tune_method_type_type_0 import FineTuneMethodTypeType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fine_tune_method_dpo import FineTuneMethodDpo
    from ..models.fine_tune_method_reinforcement import FineTuneMethodReinforcement
    from ..models.fine_tune_method_supervised import FineTuneMethodSupervised


T = TypeVar("T", bound="FineTuneMethod")


@_attrs_define
class FineTuneMethod:
    """How the model is trained: `supervised` (the default), `dpo` (direct preference optimization) or `reinforcement`
    (with a grader); the object named by `type` holds its settings.

        Attributes:
            type_ (FineTuneMethodTypeType0 | str):
            supervised (FineTuneMethodSupervised | Unset):
            dpo (FineTuneMethodDpo | Unset):
            reinforcement (FineTuneMethodReinforcement | Unset):
    """

    type_: FineTuneMethodTypeType0 | str
    supervised: FineTuneMethodSupervised | Unset = UNSET
    dpo: FineTuneMethodDpo | Unset = UNSET
    reinforcement: FineTuneMethodReinforcement | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str
        if isinstance(self.type_, FineTuneMethodTypeType0):
            type_ = self.type_.value
        else:
            type_ = self.type_

        supervised: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supervised, Unset):
            supervised = self.supervised.to_dict()

        dpo: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dpo, Unset):
            dpo = self.dpo.to_dict()

        reinforcement: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reinforcement, Unset):
            reinforcement = self.reinforcement.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if supervised is not UNSET:
            field_dict["supervised"] = supervised
        if dpo is not UNSET:
            field_dict["dpo"] = dpo
        if reinforcement is not UNSET:
            field_dict["reinforcement"] = reinforcement

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fine_tune_method_dpo import FineTuneMethodDpo  # noqa: PLC0415
        from ..models.fine_tune_method_reinforcement import FineTuneMethodReinforcement  # noqa: PLC0415
        from ..models.fine_tune_method_supervised import FineTuneMethodSupervised  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_type_(data: object) -> FineTuneMethodTypeType0 | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = FineTuneMethodTypeType0(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FineTuneMethodTypeType0 | str, data)

        type_ = _parse_type_(d.pop("type"))

        _supervised = d.pop("supervised", UNSET)
        supervised: FineTuneMethodSupervised | Unset
        if isinstance(_supervised, Unset):
            supervised = UNSET
        else:
            supervised = FineTuneMethodSupervised.from_dict(_supervised)

        _dpo = d.pop("dpo", UNSET)
        dpo: FineTuneMethodDpo | Unset
        if isinstance(_dpo, Unset):
            dpo = UNSET
        else:
            dpo = FineTuneMethodDpo.from_dict(_dpo)

        _reinforcement = d.pop("reinforcement", UNSET)
        reinforcement: FineTuneMethodReinforcement | Unset
        if isinstance(_reinforcement, Unset):
            reinforcement = UNSET
        else:
            reinforcement = FineTuneMethodReinforcement.from_dict(_reinforcement)

        fine_tune_method = cls(
            type_=type_,
            supervised=supervised,
            dpo=dpo,
            reinforcement=reinforcement,
        )

        fine_tune_method.additional_properties = d
        return fine_tune_method

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
