# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModerationCategories")


@_attrs_define
class ModerationCategories:
    """Whether each category is flagged.

    Attributes:
        hate (bool | Unset): Hate based on race, gender, ethnicity, religion, nationality, sexual orientation,
            disability status or caste.
        hatethreatening (bool | Unset): Hateful content that also threatens violence or serious harm.
        harassment (bool | Unset): Harassing language towards any target.
        harassmentthreatening (bool | Unset): Harassment that also threatens violence or serious harm.
        self_harm (bool | Unset): Promotes, encourages or depicts acts of self-harm.
        self_harmintent (bool | Unset): The speaker is engaging or intends to engage in self-harm.
        self_harminstructions (bool | Unset): Encourages self-harm or tells how to do it.
        sexual (bool | Unset): Meant to arouse sexual excitement, or promotes sexual services.
        illicit (bool | Unset): Advice or instructions for wrongdoing, e.g. how to shoplift.
        illicitviolent (bool | Unset): Illicit content that also involves violence or weapons.
        sexualminors (bool | Unset): Sexual content that includes someone under 18.
        violence (bool | Unset): Depicts death, violence or physical injury.
        violencegraphic (bool | Unset): Depicts death, violence or physical injury in graphic detail.
    """

    hate: bool | Unset = UNSET
    hatethreatening: bool | Unset = UNSET
    harassment: bool | Unset = UNSET
    harassmentthreatening: bool | Unset = UNSET
    self_harm: bool | Unset = UNSET
    self_harmintent: bool | Unset = UNSET
    self_harminstructions: bool | Unset = UNSET
    sexual: bool | Unset = UNSET
    illicit: bool | Unset = UNSET
    illicitviolent: bool | Unset = UNSET
    sexualminors: bool | Unset = UNSET
    violence: bool | Unset = UNSET
    violencegraphic: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hate = self.hate

        hatethreatening = self.hatethreatening

        harassment = self.harassment

        harassmentthreatening = self.harassmentthreatening

        self_harm = self.self_harm

        self_harmintent = self.self_harmintent

        self_harminstructions = self.self_harminstructions

        sexual = self.sexual

        illicit = self.illicit

        illicitviolent = self.illicitviolent

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
        if self_harm is not UNSET:
            field_dict["self-harm"] = self_harm
        if self_harmintent is not UNSET:
            field_dict["self-harm/intent"] = self_harmintent
        if self_harminstructions is not UNSET:
            field_dict["self-harm/instructions"] = self_harminstructions
        if sexual is not UNSET:
            field_dict["sexual"] = sexual
        if illicit is not UNSET:
            field_dict["illicit"] = illicit
        if illicitviolent is not UNSET:
            field_dict["illicit/violent"] = illicitviolent
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

        self_harm = d.pop("self-harm", UNSET)

        self_harmintent = d.pop("self-harm/intent", UNSET)

        self_harminstructions = d.pop("self-harm/instructions", UNSET)

        sexual = d.pop("sexual", UNSET)

        illicit = d.pop("illicit", UNSET)

        illicitviolent = d.pop("illicit/violent", UNSET)

        sexualminors = d.pop("sexual/minors", UNSET)

        violence = d.pop("violence", UNSET)

        violencegraphic = d.pop("violence/graphic", UNSET)

        moderation_categories = cls(
            hate=hate,
            hatethreatening=hatethreatening,
            harassment=harassment,
            harassmentthreatening=harassmentthreatening,
            self_harm=self_harm,
            self_harmintent=self_harmintent,
            self_harminstructions=self_harminstructions,
            sexual=sexual,
            illicit=illicit,
            illicitviolent=illicitviolent,
            sexualminors=sexualminors,
            violence=violence,
            violencegraphic=violencegraphic,
        )

        moderation_categories.additional_properties = d
        return moderation_categories

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
