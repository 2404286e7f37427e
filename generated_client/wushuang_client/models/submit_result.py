# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.submit_result_properties_type_0 import SubmitResultPropertiesType0


T = TypeVar("T", bound="SubmitResult")


@_attrs_define
class SubmitResult:
    """The answer to every Midjourney submit. `code`: 1 submitted; 21 exists / waiting for a modal step;
    22 queued; 3 not found; 4 validation error; 9 failure; 23 queue full; 24 banned prompt.

        Attributes:
            code (int):
            description (str | Unset):
            result (int | None | str | Unset): The task ID (some relays send a number).
            properties (None | SubmitResultPropertiesType0 | Unset):
    """

    code: int
    description: str | Unset = UNSET
    result: int | None | str | Unset = UNSET
    properties: None | SubmitResultPropertiesType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.submit_result_properties_type_0 import SubmitResultPropertiesType0  # noqa: PLC0415

        code = self.code

        description = self.description

        result: int | None | str | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        else:
            result = self.result

        properties: dict[str, Any] | None | Unset
        if isinstance(self.properties, Unset):
            properties = UNSET
        elif isinstance(self.properties, SubmitResultPropertiesType0):
            properties = self.properties.to_dict()
        else:
            properties = self.properties

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if result is not UNSET:
            field_dict["result"] = result
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.submit_result_properties_type_0 import SubmitResultPropertiesType0  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        description = d.pop("description", UNSET)

        def _parse_result(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        result = _parse_result(d.pop("result", UNSET))

        def _parse_properties(data: object) -> None | SubmitResultPropertiesType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                properties_type_0 = SubmitResultPropertiesType0.from_dict(data)

                return properties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SubmitResultPropertiesType0 | Unset, data)

        properties = _parse_properties(d.pop("properties", UNSET))

        submit_result = cls(
            code=code,
            description=description,
            result=result,
            properties=properties,
        )

        submit_result.additional_properties = d
        return submit_result

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
