# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_response_format_json_schema import RunResponseFormatJsonSchema


T = TypeVar("T", bound="RunResponseFormat")


@_attrs_define
class RunResponseFormat:
    """
    Attributes:
        type_ (str | Unset): text, json_object or json_schema.
        json_schema (RunResponseFormatJsonSchema | Unset): The schema a `json_schema` answer follows.
    """

    type_: str | Unset = UNSET
    json_schema: RunResponseFormatJsonSchema | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        json_schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.json_schema, Unset):
            json_schema = self.json_schema.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if json_schema is not UNSET:
            field_dict["json_schema"] = json_schema

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.run_response_format_json_schema import RunResponseFormatJsonSchema  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        _json_schema = d.pop("json_schema", UNSET)
        json_schema: RunResponseFormatJsonSchema | Unset
        if isinstance(_json_schema, Unset):
            json_schema = UNSET
        else:
            json_schema = RunResponseFormatJsonSchema.from_dict(_json_schema)

        run_response_format = cls(
            type_=type_,
            json_schema=json_schema,
        )

        run_response_format.additional_properties = d
        return run_response_format

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
