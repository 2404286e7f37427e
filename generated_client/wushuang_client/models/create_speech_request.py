# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_speech_request_response_format import CreateSpeechRequestResponseFormat
from ..models.create_speech_request_stream_format import CreateSpeechRequestStreamFormat
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_voice import CustomVoice


T = TypeVar("T", bound="CreateSpeechRequest")


@_attrs_define
class CreateSpeechRequest:
    """
    Attributes:
        model (str): `tts-1`, `tts-1-hd` or `gpt-4o-mini-tts`.
        input_ (str): The text to speak.
        voice (CustomVoice | str): A built-in voice (`alloy`, `ash`, `ballad`, `coral`, `echo`, `fable`, `onyx`, `nova`,
            `sage`, `shimmer`, `verse`, `marin`, `cedar`) or `{"id": ...}` of a custom voice.
        instructions (str | Unset): How to speak (tone, accent, pace); `gpt-4o-mini-tts` and later, not `tts-1`.
        response_format (CreateSpeechRequestResponseFormat | Unset): The audio format; server default mp3.
        speed (float | Unset): Server default 1.0.
        stream_format (CreateSpeechRequestStreamFormat | Unset): `audio` (the server's default): the audio's bytes;
            `sse`: server-sent events with base64 chunks of audio (not for `tts-1` and `tts-1-hd`).
    """

    model: str
    input_: str
    voice: CustomVoice | str
    instructions: str | Unset = UNSET
    response_format: CreateSpeechRequestResponseFormat | Unset = UNSET
    speed: float | Unset = UNSET
    stream_format: CreateSpeechRequestStreamFormat | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.custom_voice import CustomVoice  # noqa: PLC0415

        model = self.model

        input_ = self.input_

        voice: dict[str, Any] | str
        if isinstance(self.voice, CustomVoice):
            voice = self.voice.to_dict()
        else:
            voice = self.voice

        instructions = self.instructions

        response_format: str | Unset = UNSET
        if not isinstance(self.response_format, Unset):
            response_format = self.response_format.value

        speed = self.speed

        stream_format: str | Unset = UNSET
        if not isinstance(self.stream_format, Unset):
            stream_format = self.stream_format.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "input": input_,
                "voice": voice,
            }
        )
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if speed is not UNSET:
            field_dict["speed"] = speed
        if stream_format is not UNSET:
            field_dict["stream_format"] = stream_format

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_voice import CustomVoice  # noqa: PLC0415

        d = dict(src_dict)
        model = d.pop("model")

        input_ = d.pop("input")

        def _parse_voice(data: object) -> CustomVoice | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                voice_type_1 = CustomVoice.from_dict(data)

                return voice_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomVoice | str, data)

        voice = _parse_voice(d.pop("voice"))

        instructions = d.pop("instructions", UNSET)

        _response_format = d.pop("response_format", UNSET)
        response_format: CreateSpeechRequestResponseFormat | Unset
        if isinstance(_response_format, Unset):
            response_format = UNSET
        else:
            response_format = CreateSpeechRequestResponseFormat(_response_format)

        speed = d.pop("speed", UNSET)

        _stream_format = d.pop("stream_format", UNSET)
        stream_format: CreateSpeechRequestStreamFormat | Unset
        if isinstance(_stream_format, Unset):
            stream_format = UNSET
        else:
            stream_format = CreateSpeechRequestStreamFormat(_stream_format)

        create_speech_request = cls(
            model=model,
            input_=input_,
            voice=voice,
            instructions=instructions,
            response_format=response_format,
            speed=speed,
            stream_format=stream_format,
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
