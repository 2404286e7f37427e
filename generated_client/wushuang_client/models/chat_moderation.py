# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_moderation_verdict import ChatModerationVerdict


T = TypeVar("T", bound="ChatModeration")


@_attrs_define
class ChatModeration:
    """What the moderation the request asked for found.

    Attributes:
        input_ (ChatModerationVerdict | Unset): The moderation of one direction of the exchange, `type`
            `moderation_results` (with `model` and `results`) or `error` (with `code` and `message`).
        output (ChatModerationVerdict | Unset): The moderation of one direction of the exchange, `type`
            `moderation_results` (with `model` and `results`) or `error` (with `code` and `message`).
    """

    input_: ChatModerationVerdict | Unset = UNSET
    output: ChatModerationVerdict | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_, Unset):
            input_ = self.input_.to_dict()

        output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output, Unset):
            output = self.output.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if input_ is not UNSET:
            field_dict["input"] = input_
        if output is not UNSET:
            field_dict["output"] = output

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_moderation_verdict import ChatModerationVerdict  # noqa: PLC0415

        d = dict(src_dict)
        _input_ = d.pop("input", UNSET)
        input_: ChatModerationVerdict | Unset
        if isinstance(_input_, Unset):
            input_ = UNSET
        else:
            input_ = ChatModerationVerdict.from_dict(_input_)

        _output = d.pop("output", UNSET)
        output: ChatModerationVerdict | Unset
        if isinstance(_output, Unset):
            output = UNSET
        else:
            output = ChatModerationVerdict.from_dict(_output)

        chat_moderation = cls(
            input_=input_,
            output=output,
        )

        chat_moderation.additional_properties = d
        return chat_moderation

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
