# Generated from openapi/wushuang.yaml (sha256 0a5ed54e74769205) by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_speech_request_response_format import CreateSpeechRequestResponseFormat
from ..models.create_speech_request_voice import CreateSpeechRequestVoice
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSpeechRequest")


@_attrs_define
class CreateSpeechRequest:
    """
    Attributes:
        model (str): `tts-1` or `tts-1-hd`.
        input_ (str): The text to speak.
        voice (CreateSpeechRequestVoice):
        response_format (CreateSpeechRequestResponseFormat | Unset): The audio format; server default mp3.
        speed (float | Unset): Server default 1.0.
    """

    model: str
    input_: str
    voice: CreateSpeechRequestVoice
    response_format: CreateSpeechRequestResponseFormat | Unset = UNSET
    speed: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        input_ = self.input_

        voice = self.voice.value

        response_format: str | Unset = UNSET
        if not isinstance(self.response_format, Unset):
            response_format = self.response_format.value

        speed = self.speed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "input": input_,
                "voice": voice,
            }
        )
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if speed is not UNSET:
            field_dict["speed"] = speed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model = d.pop("model")

        input_ = d.pop("input")

        voice = CreateSpeechRequestVoice(d.pop("voice"))

        _response_format = d.pop("response_format", UNSET)
        response_format: CreateSpeechRequestResponseFormat | Unset
        if isinstance(_response_format, Unset):
            response_format = UNSET
        else:
            response_format = CreateSpeechRequestResponseFormat(_response_format)

        speed = d.pop("speed", UNSET)

        create_speech_request = cls(
            model=model,
            input_=input_,
            voice=voice,
            response_format=response_format,
            speed=speed,
        )

        create_speech_request.additional_properties = d
        return create_speech_request

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
