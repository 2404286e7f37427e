# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModerationCategoryScores")


@_attrs_define
class ModerationCategoryScores:
    """The model's score for each category.

    Attributes:
        hate (float | Unset):
        hatethreatening (float | Unset):
        harassment (float | Unset):
        harassmentthreatening (float | Unset):
        illicit (float | Unset):
        illicitviolent (float | Unset):
        self_harm (float | Unset):
        self_harmintent (float | Unset):
        self_harminstructions (float | Unset):
        sexual (float | Unset):
        sexualminors (float | Unset):
        violence (float | Unset):
        violencegraphic (float | Unset):
    """

    hate: float | Unset = UNSET
    hatethreatening: float | Unset = UNSET
    harassment: float | Unset = UNSET
    harassmentthreatening: float | Unset = UNSET
    illicit: float | Unset = UNSET
    illicitviolent: float | Unset = UNSET
    self_harm: float | Unset = UNSET
    self_harmintent: float | Unset = UNSET
    self_harminstructions: float | Unset = UNSET
    sexual: float | Unset = UNSET
    sexualminors: float | Unset = UNSET
    violence: float | Unset = UNSET
    violencegraphic: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hate = self.hate

        hatethreatening = self.hatethreatening

        harassment = self.harassment

        harassmentthreatening = self.harassmentthreatening

        illicit = self.illicit

        illicitviolent = self.illicitviolent

        self_harm = self.self_harm

        self_harmintent = self.self_harmintent

        self_harminstructions = self.self_harminstructions

        sexual = self.sexual

        sexualminors = self.sexualminors

        violence = self.violence

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
        hate = d.pop("hate", UNSET)

        hatethreatening = d.pop("hate/threatening", UNSET)

        harassment = d.pop("harassment", UNSET)

        harassmentthreatening = d.pop("harassment/threatening", UNSET)

        illicit = d.pop("illicit", UNSET)

        illicitviolent = d.pop("illicit/violent", UNSET)

        self_harm = d.pop("self-harm", UNSET)

        self_harmintent = d.pop("self-harm/intent", UNSET)

        self_harminstructions = d.pop("self-harm/instructions", UNSET)

        sexual = d.pop("sexual", UNSET)

        sexualminors = d.pop("sexual/minors", UNSET)

        violence = d.pop("violence", UNSET)

        violencegraphic = d.pop("violence/graphic", UNSET)

        moderation_category_scores = cls(
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

        moderation_category_scores.additional_properties = d
        return moderation_category_scores

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
