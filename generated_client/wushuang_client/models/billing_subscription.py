# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BillingSubscription")


@_attrs_define
class BillingSubscription:
    """The key's credit limit, in the deployment's display unit (USD by default).

    Attributes:
        object_ (str | Unset):
        has_payment_method (bool | Unset):
        soft_limit_usd (float | Unset):
        hard_limit_usd (float | Unset): Remaining plus used; 100000000 for an unlimited key.
        system_hard_limit_usd (float | Unset):
        access_until (int | Unset): Expiry, epoch seconds; 0: never.
    """

    object_: str | Unset = UNSET
    has_payment_method: bool | Unset = UNSET
    soft_limit_usd: float | Unset = UNSET
    hard_limit_usd: float | Unset = UNSET
    system_hard_limit_usd: float | Unset = UNSET
    access_until: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        has_payment_method = self.has_payment_method

        soft_limit_usd = self.soft_limit_usd

        hard_limit_usd = self.hard_limit_usd

        system_hard_limit_usd = self.system_hard_limit_usd

        access_until = self.access_until

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_ is not UNSET:
            field_dict["object"] = object_
        if has_payment_method is not UNSET:
            field_dict["has_payment_method"] = has_payment_method
        if soft_limit_usd is not UNSET:
            field_dict["soft_limit_usd"] = soft_limit_usd
        if hard_limit_usd is not UNSET:
            field_dict["hard_limit_usd"] = hard_limit_usd
        if system_hard_limit_usd is not UNSET:
            field_dict["system_hard_limit_usd"] = system_hard_limit_usd
        if access_until is not UNSET:
            field_dict["access_until"] = access_until

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        object_ = d.pop("object", UNSET)

        has_payment_method = d.pop("has_payment_method", UNSET)

        soft_limit_usd = d.pop("soft_limit_usd", UNSET)

        hard_limit_usd = d.pop("hard_limit_usd", UNSET)

        system_hard_limit_usd = d.pop("system_hard_limit_usd", UNSET)

        access_until = d.pop("access_until", UNSET)

        billing_subscription = cls(
            object_=object_,
            has_payment_method=has_payment_method,
            soft_limit_usd=soft_limit_usd,
            hard_limit_usd=hard_limit_usd,
            system_hard_limit_usd=system_hard_limit_usd,
            access_until=access_until,
        )

        billing_subscription.additional_properties = d
        return billing_subscription

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
