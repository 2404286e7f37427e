# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.url_citation_url_citation import UrlCitationUrlCitation


T = TypeVar("T", bound="UrlCitation")


@_attrs_define
class UrlCitation:
    """A web page the answer cites (search models).

    Attributes:
        type_ (str | Unset): Always `url_citation`.
        url_citation (UrlCitationUrlCitation | Unset):
    """

    type_: str | Unset = UNSET
    url_citation: UrlCitationUrlCitation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        url_citation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.url_citation, Unset):
            url_citation = self.url_citation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if url_citation is not UNSET:
            field_dict["url_citation"] = url_citation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.url_citation_url_citation import UrlCitationUrlCitation  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        _url_citation = d.pop("url_citation", UNSET)
        url_citation: UrlCitationUrlCitation | Unset
        if isinstance(_url_citation, Unset):
            url_citation = UNSET
        else:
            url_citation = UrlCitationUrlCitation.from_dict(_url_citation)

        url_citation = cls(
            type_=type_,
            url_citation=url_citation,
        )

        url_citation.additional_properties = d
        return url_citation

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
