# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.truncation_strategy_type import TruncationStrategyType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TruncationStrategy")


@_attrs_define
class TruncationStrategy:
    """How the thread is truncated before the run.

    Attributes:
        type_ (TruncationStrategyType): `auto` (the server's default) drops messages from the middle of the thread to
            fit the context length of the model, `max_prompt_tokens`; `last_messages` keeps the `last_messages` most recent
            messages.
        last_messages (int | None | Unset): How many of the most recent messages make up the context of the run.
    """

    type_: TruncationStrategyType
    last_messages: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        last_messages: int | None | Unset
        if isinstance(self.last_messages, Unset):
            last_messages = UNSET
        else:
            last_messages = self.last_messages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if last_messages is not UNSET:
            field_dict["last_messages"] = last_messages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = TruncationStrategyType(d.pop("type"))

        def _parse_last_messages(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        last_messages = _parse_last_messages(d.pop("last_messages", UNSET))

        truncation_strategy = cls(
            type_=type_,
            last_messages=last_messages,
        )

        truncation_strategy.additional_properties = d
        return truncation_strategy

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
