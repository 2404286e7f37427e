# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModerationCategoryAppliedInputTypes")


@_attrs_define
class ModerationCategoryAppliedInputTypes:
    """Per category, the kinds of input its score was computed from (`omni-moderation` models).

    Attributes:
        hate (list[str] | Unset): `text`, `image`.
        hatethreatening (list[str] | Unset): `text`, `image`.
        harassment (list[str] | Unset): `text`, `image`.
        harassmentthreatening (list[str] | Unset): `text`, `image`.
        illicit (list[str] | Unset): `text`, `image`.
        illicitviolent (list[str] | Unset): `text`, `image`.
        self_harm (list[str] | Unset): `text`, `image`.
        self_harmintent (list[str] | Unset): `text`, `image`.
        self_harminstructions (list[str] | Unset): `text`, `image`.
        sexual (list[str] | Unset): `text`, `image`.
        sexualminors (list[str] | Unset): `text`, `image`.
        violence (list[str] | Unset): `text`, `image`.
        violencegraphic (list[str] | Unset): `text`, `image`.
    """

    hate: list[str] | Unset = UNSET
    hatethreatening: list[str] | Unset = UNSET
    harassment: list[str] | Unset = UNSET
    harassmentthreatening: list[str] | Unset = UNSET
    illicit: list[str] | Unset = UNSET
    illicitviolent: list[str] | Unset = UNSET
    self_harm: list[str] | Unset = UNSET
    self_harmintent: list[str] | Unset = UNSET
    self_harminstructions: list[str] | Unset = UNSET
    sexual: list[str] | Unset = UNSET
    sexualminors: list[str] | Unset = UNSET
    violence: list[str] | Unset = UNSET
    violencegraphic: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hate: list[str] | Unset = UNSET
        if not isinstance(self.hate, Unset):
            hate = self.hate

        hatethreatening: list[str] | Unset = UNSET
        if not isinstance(self.hatethreatening, Unset):
            hatethreatening = self.hatethreatening

        harassment: list[str] | Unset = UNSET
        if not isinstance(self.harassment, Unset):
            harassment = self.harassment

        harassmentthreatening: list[str] | Unset = UNSET
        if not isinstance(self.harassmentthreatening, Unset):
            harassmentthreatening = self.harassmentthreatening

        illicit: list[str] | Unset = UNSET
        if not isinstance(self.illicit, Unset):
            illicit = self.illicit

        illicitviolent: list[str] | Unset = UNSET
        if not isinstance(self.illicitviolent, Unset):
            illicitviolent = self.illicitviolent

        self_harm: list[str] | Unset = UNSET
        if not isinstance(self.self_harm, Unset):
            self_harm = self.self_harm

        self_harmintent: list[str] | Unset = UNSET
        if not isinstance(self.self_harmintent, Unset):
            self_harmintent = self.self_harmintent

        self_harminstructions: list[str] | Unset = UNSET
        if not isinstance(self.self_harminstructions, Unset):
            self_harminstructions = self.self_harminstructions

        sexual: list[str] | Unset = UNSET
        if not isinstance(self.sexual, Unset):
            sexual = self.sexual

        sexualminors: list[str] | Unset = UNSET
        if not isinstance(self.sexualminors, Unset):
            sexualminors = self.sexualminors

        violence: list[str] | Unset = UNSET
        if not isinstance(self.violence, Unset):
            violence = self.violence

        violencegraphic: list[str] | Unset = UNSET
        if not isinstance(self.violencegraphic, Unset):
            violencegraphic = self.violencegraphic

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hate is not UNSET:
            field_dict["hate"] = hate
        if hatethreatening is not UNSET:
            field_dict["hate/threatening"] = hatethreatening
        if harassment is not UNSET:
            field_dict["harassment"] = harassment
        if harassmentthreatening is not UNSET:
            field_dict["harassment/threatening"] = harassmentthreatening
        if illicit is not UNSET:
            field_dict["illicit"] = illicit
        if illicitviolent is not UNSET:
            field_dict["illicit/violent"] = illicitviolent
        if self_harm is not UNSET:
            field_dict["self-harm"] = self_harm
        if self_harmintent is not UNSET:
            field_dict["self-harm/intent"] = self_harmintent
        if self_harminstructions is not UNSET:
            field_dict["self-harm/instructions"] = self_harminstructions
        if sexual is not UNSET:
            field_dict["sexual"] = sexual
        if sexualminors is not UNSET:
            field_dict["sexual/minors"] = sexualminors
        if violence is not UNSET:
            field_dict["violence"] = violence
        if violencegraphic is not UNSET:
            field_dict["violence/graphic"] = violencegraphic

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        hate = cast(list[str], d.pop("hate", UNSET))

        hatethreatening = cast(list[str], d.pop("hate/threatening", UNSET))

        harassment = cast(list[str], d.pop("harassment", UNSET))

        harassmentthreatening = cast(list[str], d.pop("harassment/threatening", UNSET))

        illicit = cast(list[str], d.pop("illicit", UNSET))

        illicitviolent = cast(list[str], d.pop("illicit/violent", UNSET))

        self_harm = cast(list[str], d.pop("self-harm", UNSET))

        self_harmintent = cast(list[str], d.pop("self-harm/intent", UNSET))

        self_harminstructions = cast(list[str], d.pop("self-harm/instructions", UNSET))

        sexual = cast(list[str], d.pop("sexual", UNSET))

        sexualminors = cast(list[str], d.pop("sexual/minors", UNSET))

        violence = cast(list[str], d.pop("violence", UNSET))

        violencegraphic = cast(list[str], d.pop("violence/graphic", UNSET))

        moderation_category_applied_input_types = cls(
            hate=hate,
            hatethreatening=hatethreatening,
            harassment=harassment,
            harassmentthreatening=harassmentthreatening,
            illicit=illicit,
            illicitviolent=illicitviolent,
            self_harm=self_harm,
            self_harmintent=self_harmintent,
            self_harminstructions=self_harminstructions,
            sexual=sexual,
            sexualminors=sexualminors,
            violence=violence,
            violencegraphic=violencegraphic,
        )

        moderation_category_applied_input_types.additional_properties = d
        return moderation_category_applied_input_types

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
