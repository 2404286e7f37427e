# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AssistantToolsRetrieval")


@_attrs_define
class AssistantToolsRetrieval:
    """The retrieval tool (searches the files of the assistant and of the messages).

    Attributes:
        type_ (Literal['retrieval']):
    """

    type_: Literal["retrieval"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["retrieval"], d.pop("type"))
        if type_ != "retrieval":
            raise ValueError(f"type must match const 'retrieval', got '{type_}'")

        assistant_tools_retrieval = cls(
            type_=type_,
        )

        assistant_tools_retrieval.additional_properties = d
        return assistant_tools_retrieval

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
