# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.token_usage_model_limits import TokenUsageModelLimits


T = TypeVar("T", bound="TokenUsage")


@_attrs_define
class TokenUsage:
    """A key's quota, in quota units (500,000 = 1 USD).

    Attributes:
        object_ (str | Unset):
        name (str | Unset):
        total_granted (int | Unset):
        total_used (int | Unset):
        total_available (int | Unset):
        unlimited_quota (bool | Unset):
        model_limits (TokenUsageModelLimits | Unset): The models the key may use
        model_limits_enabled (bool | Unset):
        expires_at (int | Unset): Expiry, epoch seconds; 0: never.
    """

    object_: str | Unset = UNSET
    name: str | Unset = UNSET
    total_granted: int | Unset = UNSET
    total_used: int | Unset = UNSET
    total_available: int | Unset = UNSET
    unlimited_quota: bool | Unset = UNSET
    model_limits: TokenUsageModelLimits | Unset = UNSET
    model_limits_enabled: bool | Unset = UNSET
    expires_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        name = self.name

        total_granted = self.total_granted

        total_used = self.total_used

        total_available = self.total_available

        unlimited_quota = self.unlimited_quota

        model_limits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.model_limits, Unset):
            model_limits = self.model_limits.to_dict()

        model_limits_enabled = self.model_limits_enabled

        expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_ is not UNSET:
            field_dict["object"] = object_
        if name is not UNSET:
            field_dict["name"] = name
        if total_granted is not UNSET:
            field_dict["total_granted"] = total_granted
        if total_used is not UNSET:
            field_dict["total_used"] = total_used
        if total_available is not UNSET:
            field_dict["total_available"] = total_available
        if unlimited_quota is not UNSET:
            field_dict["unlimited_quota"] = unlimited_quota
        if model_limits is not UNSET:
            field_dict["model_limits"] = model_limits
        if model_limits_enabled is not UNSET:
            field_dict["model_limits_enabled"] = model_limits_enabled
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.token_usage_model_limits import TokenUsageModelLimits  # noqa: PLC0415

        d = dict(src_dict)
        object_ = d.pop("object", UNSET)

        name = d.pop("name", UNSET)

        total_granted = d.pop("total_granted", UNSET)

        total_used = d.pop("total_used", UNSET)

        total_available = d.pop("total_available", UNSET)

        unlimited_quota = d.pop("unlimited_quota", UNSET)

        _model_limits = d.pop("model_limits", UNSET)
        model_limits: TokenUsageModelLimits | Unset
        if isinstance(_model_limits, Unset):
            model_limits = UNSET
        else:
            model_limits = TokenUsageModelLimits.from_dict(_model_limits)

        model_limits_enabled = d.pop("model_limits_enabled", UNSET)

        expires_at = d.pop("expires_at", UNSET)

        token_usage = cls(
            object_=object_,
            name=name,
            total_granted=total_granted,
            total_used=total_used,
            total_available=total_available,
            unlimited_quota=unlimited_quota,
            model_limits=model_limits,
            model_limits_enabled=model_limits_enabled,
            expires_at=expires_at,
        )

        token_usage.additional_properties = d
        return token_usage

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
