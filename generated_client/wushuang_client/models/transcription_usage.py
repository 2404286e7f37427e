# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transcription_usage_input_token_details import TranscriptionUsageInputTokenDetails


T = TypeVar("T", bound="TranscriptionUsage")


@_attrs_define
class TranscriptionUsage:
    """`type` `tokens` (tokens billed) or `duration` (seconds of audio billed).

    Attributes:
        type_ (str | Unset):
        input_tokens (int | Unset):
        input_token_details (TranscriptionUsageInputTokenDetails | Unset):
        output_tokens (int | Unset):
        total_tokens (int | Unset):
        seconds (float | Unset):
    """

    type_: str | Unset = UNSET
    input_tokens: int | Unset = UNSET
    input_token_details: TranscriptionUsageInputTokenDetails | Unset = UNSET
    output_tokens: int | Unset = UNSET
    total_tokens: int | Unset = UNSET
    seconds: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        input_tokens = self.input_tokens

        input_token_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_token_details, Unset):
            input_token_details = self.input_token_details.to_dict()

        output_tokens = self.output_tokens

        total_tokens = self.total_tokens

        seconds = self.seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if input_tokens is not UNSET:
            field_dict["input_tokens"] = input_tokens
        if input_token_details is not UNSET:
            field_dict["input_token_details"] = input_token_details
        if output_tokens is not UNSET:
            field_dict["output_tokens"] = output_tokens
        if total_tokens is not UNSET:
            field_dict["total_tokens"] = total_tokens
        if seconds is not UNSET:
            field_dict["seconds"] = seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.transcription_usage_input_token_details import TranscriptionUsageInputTokenDetails  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        input_tokens = d.pop("input_tokens", UNSET)

        _input_token_details = d.pop("input_token_details", UNSET)
        input_token_details: TranscriptionUsageInputTokenDetails | Unset
        if isinstance(_input_token_details, Unset):
            input_token_details = UNSET
        else:
            input_token_details = TranscriptionUsageInputTokenDetails.from_dict(_input_token_details)

        output_tokens = d.pop("output_tokens", UNSET)

        total_tokens = d.pop("total_tokens", UNSET)

        seconds = d.pop("seconds", UNSET)

        transcription_usage = cls(
            type_=type_,
            input_tokens=input_tokens,
            input_token_details=input_token_details,
            output_tokens=output_tokens,
            total_tokens=total_tokens,
            seconds=seconds,
        )

        transcription_usage.additional_properties = d
        return transcription_usage

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
