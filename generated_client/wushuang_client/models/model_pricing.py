# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelPricing")


@_attrs_define
class ModelPricing:
    """
    Attributes:
        model_name (str):
        quota_type (int | Unset): 0: per token (model_ratio, completion_ratio); 1: per call (model_price).
        model_ratio (float | Unset): Input price: 1 is 2 USD per million tokens.
        model_price (float | Unset): USD per call
        completion_ratio (float | Unset): Output price as a multiple of the input price.
        owner_by (str | Unset):
        description (str | Unset):
        tags (str | Unset):
        enable_groups (list[str] | None | Unset):
        supported_endpoint_types (list[str] | None | Unset):
    """

    model_name: str
    quota_type: int | Unset = UNSET
    model_ratio: float | Unset = UNSET
    model_price: float | Unset = UNSET
    completion_ratio: float | Unset = UNSET
    owner_by: str | Unset = UNSET
    description: str | Unset = UNSET
    tags: str | Unset = UNSET
    enable_groups: list[str] | None | Unset = UNSET
    supported_endpoint_types: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_name = self.model_name

        quota_type = self.quota_type

        model_ratio = self.model_ratio

        model_price = self.model_price

        completion_ratio = self.completion_ratio

        owner_by = self.owner_by

        description = self.description

        tags = self.tags

        enable_groups: list[str] | None | Unset
        if isinstance(self.enable_groups, Unset):
            enable_groups = UNSET
        elif isinstance(self.enable_groups, list):
            enable_groups = self.enable_groups

        else:
            enable_groups = self.enable_groups

        supported_endpoint_types: list[str] | None | Unset
        if isinstance(self.supported_endpoint_types, Unset):
            supported_endpoint_types = UNSET
        elif isinstance(self.supported_endpoint_types, list):
            supported_endpoint_types = self.supported_endpoint_types

        else:
            supported_endpoint_types = self.supported_endpoint_types

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_name": model_name,
            }
        )
        if quota_type is not UNSET:
            field_dict["quota_type"] = quota_type
        if model_ratio is not UNSET:
            field_dict["model_ratio"] = model_ratio
        if model_price is not UNSET:
            field_dict["model_price"] = model_price
        if completion_ratio is not UNSET:
            field_dict["completion_ratio"] = completion_ratio
        if owner_by is not UNSET:
            field_dict["owner_by"] = owner_by
        if description is not UNSET:
            field_dict["description"] = description
        if tags is not UNSET:
            field_dict["tags"] = tags
        if enable_groups is not UNSET:
            field_dict["enable_groups"] = enable_groups
        if supported_endpoint_types is not UNSET:
            field_dict["supported_endpoint_types"] = supported_endpoint_types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model_name = d.pop("model_name")

        quota_type = d.pop("quota_type", UNSET)

        model_ratio = d.pop("model_ratio", UNSET)

        model_price = d.pop("model_price", UNSET)

        completion_ratio = d.pop("completion_ratio", UNSET)

        owner_by = d.pop("owner_by", UNSET)

        description = d.pop("description", UNSET)

        tags = d.pop("tags", UNSET)

        def _parse_enable_groups(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                enable_groups_type_0 = cast(list[str], data)

                return enable_groups_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        enable_groups = _parse_enable_groups(d.pop("enable_groups", UNSET))

        def _parse_supported_endpoint_types(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                supported_endpoint_types_type_0 = cast(list[str], data)

                return supported_endpoint_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        supported_endpoint_types = _parse_supported_endpoint_types(d.pop("supported_endpoint_types", UNSET))

        model_pricing = cls(
            model_name=model_name,
            quota_type=quota_type,
            model_ratio=model_ratio,
            model_price=model_price,
            completion_ratio=completion_ratio,
            owner_by=owner_by,
            description=description,
            tags=tags,
            enable_groups=enable_groups,
            supported_endpoint_types=supported_endpoint_types,
        )

        model_pricing.additional_properties = d
        return model_pricing

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
