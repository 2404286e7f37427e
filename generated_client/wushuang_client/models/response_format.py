# Generated from openapi/wushuang.yaml (sha256 308ae75e90aed858) by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_format_type import ResponseFormatType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_format_json_schema import ResponseFormatJsonSchema


T = TypeVar("T", bound="ResponseFormat")


@_attrs_define
class ResponseFormat:
    """
    Attributes:
        type_ (ResponseFormatType):
        json_schema (ResponseFormatJsonSchema | Unset):
    """

    type_: ResponseFormatType
    json_schema: ResponseFormatJsonSchema | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        json_schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.json_schema, Unset):
            json_schema = self.json_schema.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if json_schema is not UNSET:
            field_dict["json_schema"] = json_schema

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.response_format_json_schema import ResponseFormatJsonSchema  # noqa: PLC0415

        d = dict(src_dict)
        type_ = ResponseFormatType(d.pop("type"))

        _json_schema = d.pop("json_schema", UNSET)
        json_schema: ResponseFormatJsonSchema | Unset
        if isinstance(_json_schema, Unset):
            json_schema = UNSET
        else:
            json_schema = ResponseFormatJsonSchema.from_dict(_json_schema)

        response_format = cls(
            type_=type_,
            json_schema=json_schema,
        )

        response_format.additional_properties = d
        return response_format

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
