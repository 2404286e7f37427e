# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_audio_param_format import ChatCompletionAudioParamFormat

if TYPE_CHECKING:
    from ..models.chat_completion_audio_param_voice_type_1 import ChatCompletionAudioParamVoiceType1


T = TypeVar("T", bound="ChatCompletionAudioParam")


@_attrs_define
class ChatCompletionAudioParam:
    """The voice and format of an audio answer; needs `modalities` with `audio`.

    Attributes:
        voice (ChatCompletionAudioParamVoiceType1 | str): A built-in voice (`alloy`, `ash`, `ballad`, `coral`, `echo`,
            `sage`, `shimmer`, `verse`, `marin`, `cedar`) or `{"id": ...}` of a custom voice.
        format_ (ChatCompletionAudioParamFormat):
    """

    voice: ChatCompletionAudioParamVoiceType1 | str
    format_: ChatCompletionAudioParamFormat
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.chat_completion_audio_param_voice_type_1 import ChatCompletionAudioParamVoiceType1  # noqa: PLC0415

        voice: dict[str, Any] | str
        if isinstance(self.voice, ChatCompletionAudioParamVoiceType1):
            voice = self.voice.to_dict()
        else:
            voice = self.voice

        format_ = self.format_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "voice": voice,
                "format": format_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_completion_audio_param_voice_type_1 import ChatCompletionAudioParamVoiceType1  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_voice(data: object) -> ChatCompletionAudioParamVoiceType1 | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                voice_type_1 = ChatCompletionAudioParamVoiceType1.from_dict(data)

                return voice_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChatCompletionAudioParamVoiceType1 | str, data)

        voice = _parse_voice(d.pop("voice"))

        format_ = ChatCompletionAudioParamFormat(d.pop("format"))

        chat_completion_audio_param = cls(
            voice=voice,
            format_=format_,
        )

        chat_completion_audio_param.additional_properties = d
        return chat_completion_audio_param

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
