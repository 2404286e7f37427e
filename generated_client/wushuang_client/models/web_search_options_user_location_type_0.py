# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.web_search_options_user_location_type_0_approximate import (
        WebSearchOptionsUserLocationType0Approximate,
    )


T = TypeVar("T", bound="WebSearchOptionsUserLocationType0")


@_attrs_define
class WebSearchOptionsUserLocationType0:
    """
    Attributes:
        type_ (Literal['approximate']):
        approximate (WebSearchOptionsUserLocationType0Approximate):
    """

    type_: Literal["approximate"]
    approximate: WebSearchOptionsUserLocationType0Approximate
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        approximate = self.approximate.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "approximate": approximate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.web_search_options_user_location_type_0_approximate import (
            WebSearchOptionsUserLocationType0Approximate,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = cast(Literal["approximate"], d.pop("type"))
        if type_ != "approximate":
            raise ValueError(f"type must match const 'approximate', got '{type_}'")

        approximate = WebSearchOptionsUserLocationType0Approximate.from_dict(d.pop("approximate"))

        web_search_options_user_location_type_0 = cls(
            type_=type_,
            approximate=approximate,
        )

        web_search_options_user_location_type_0.additional_properties = d
        return web_search_options_user_location_type_0

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
