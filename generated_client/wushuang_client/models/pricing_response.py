# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_pricing import ModelPricing
    from ..models.pricing_response_group_ratio_type_0 import PricingResponseGroupRatioType0
    from ..models.pricing_response_usable_group_type_0 import PricingResponseUsableGroupType0


T = TypeVar("T", bound="PricingResponse")


@_attrs_define
class PricingResponse:
    """
    Attributes:
        success (bool | Unset):
        message (str | Unset):
        data (list[ModelPricing] | None | Unset):
        group_ratio (None | PricingResponseGroupRatioType0 | Unset): Each group's price multiplier.
        usable_group (None | PricingResponseUsableGroupType0 | Unset): The groups the caller may use, with their
            descriptions.
    """

    success: bool | Unset = UNSET
    message: str | Unset = UNSET
    data: list[ModelPricing] | None | Unset = UNSET
    group_ratio: None | PricingResponseGroupRatioType0 | Unset = UNSET
    usable_group: None | PricingResponseUsableGroupType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.pricing_response_group_ratio_type_0 import PricingResponseGroupRatioType0  # noqa: PLC0415
        from ..models.pricing_response_usable_group_type_0 import PricingResponseUsableGroupType0  # noqa: PLC0415

        success = self.success

        message = self.message

        data: list[dict[str, Any]] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, list):
            data = []
            for data_type_0_item_data in self.data:
                data_type_0_item = data_type_0_item_data.to_dict()
                data.append(data_type_0_item)

        else:
            data = self.data

        group_ratio: dict[str, Any] | None | Unset
        if isinstance(self.group_ratio, Unset):
            group_ratio = UNSET
        elif isinstance(self.group_ratio, PricingResponseGroupRatioType0):
            group_ratio = self.group_ratio.to_dict()
        else:
            group_ratio = self.group_ratio

        usable_group: dict[str, Any] | None | Unset
        if isinstance(self.usable_group, Unset):
            usable_group = UNSET
        elif isinstance(self.usable_group, PricingResponseUsableGroupType0):
            usable_group = self.usable_group.to_dict()
        else:
            usable_group = self.usable_group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if message is not UNSET:
            field_dict["message"] = message
        if data is not UNSET:
            field_dict["data"] = data
        if group_ratio is not UNSET:
            field_dict["group_ratio"] = group_ratio
        if usable_group is not UNSET:
            field_dict["usable_group"] = usable_group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.model_pricing import ModelPricing  # noqa: PLC0415
        from ..models.pricing_response_group_ratio_type_0 import PricingResponseGroupRatioType0  # noqa: PLC0415
        from ..models.pricing_response_usable_group_type_0 import PricingResponseUsableGroupType0  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        message = d.pop("message", UNSET)

        def _parse_data(data: object) -> list[ModelPricing] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_type_0 = []
                _data_type_0 = data
                for data_type_0_item_data in _data_type_0:
                    data_type_0_item = ModelPricing.from_dict(data_type_0_item_data)

                    data_type_0.append(data_type_0_item)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ModelPricing] | None | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        def _parse_group_ratio(data: object) -> None | PricingResponseGroupRatioType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                group_ratio_type_0 = PricingResponseGroupRatioType0.from_dict(data)

                return group_ratio_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PricingResponseGroupRatioType0 | Unset, data)

        group_ratio = _parse_group_ratio(d.pop("group_ratio", UNSET))

        def _parse_usable_group(data: object) -> None | PricingResponseUsableGroupType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                usable_group_type_0 = PricingResponseUsableGroupType0.from_dict(data)

                return usable_group_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PricingResponseUsableGroupType0 | Unset, data)

        usable_group = _parse_usable_group(d.pop("usable_group", UNSET))

        pricing_response = cls(
            success=success,
            message=message,
            data=data,
            group_ratio=group_ratio,
            usable_group=usable_group,
        )

        pricing_response.additional_properties = d
        return pricing_response

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
