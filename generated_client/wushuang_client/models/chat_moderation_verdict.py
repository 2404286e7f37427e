# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_moderation_result import ChatModerationResult


T = TypeVar("T", bound="ChatModerationVerdict")


@_attrs_define
class ChatModerationVerdict:
    """The moderation of one direction of the exchange, `type` `moderation_results` (with `model` and `results`) or `error`
    (with `code` and `message`).

        Attributes:
            type_ (str | Unset):
            model (str | Unset):
            results (list[ChatModerationResult] | Unset):
            code (str | Unset):
            message (str | Unset):
    """

    type_: str | Unset = UNSET
    model: str | Unset = UNSET
    results: list[ChatModerationResult] | Unset = UNSET
    code: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        model = self.model

        results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        code = self.code

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if model is not UNSET:
            field_dict["model"] = model
        if results is not UNSET:
            field_dict["results"] = results
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_moderation_result import ChatModerationResult  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        model = d.pop("model", UNSET)

        _results = d.pop("results", UNSET)
        results: list[ChatModerationResult] | Unset = UNSET
        if _results is not UNSET:
            results = []
            for results_item_data in _results:
                results_item = ChatModerationResult.from_dict(results_item_data)

                results.append(results_item)

        code = d.pop("code", UNSET)

        message = d.pop("message", UNSET)

        chat_moderation_verdict = cls(
            type_=type_,
            model=model,
            results=results,
            code=code,
            message=message,
        )

        chat_moderation_verdict.additional_properties = d
        return chat_moderation_verdict

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
