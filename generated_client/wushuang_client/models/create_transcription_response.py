# Generated from openapi/wushuang.yaml (sha256 0a5ed54e74769205) by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transcription_segment import TranscriptionSegment
    from ..models.transcription_word import TranscriptionWord


T = TypeVar("T", bound="CreateTranscriptionResponse")


@_attrs_define
class CreateTranscriptionResponse:
    """
    Attributes:
        text (str):
        language (str | Unset):
        duration (float | Unset):
        words (list[TranscriptionWord] | Unset):
        segments (list[TranscriptionSegment] | Unset):
    """

    text: str
    language: str | Unset = UNSET
    duration: float | Unset = UNSET
    words: list[TranscriptionWord] | Unset = UNSET
    segments: list[TranscriptionSegment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        language = self.language

        duration = self.duration

        words: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.words, Unset):
            words = []
            for words_item_data in self.words:
                words_item = words_item_data.to_dict()
                words.append(words_item)

        segments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.segments, Unset):
            segments = []
            for segments_item_data in self.segments:
                segments_item = segments_item_data.to_dict()
                segments.append(segments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
            }
        )
        if language is not UNSET:
            field_dict["language"] = language
        if duration is not UNSET:
            field_dict["duration"] = duration
        if words is not UNSET:
            field_dict["words"] = words
        if segments is not UNSET:
            field_dict["segments"] = segments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.transcription_segment import TranscriptionSegment  # noqa: PLC0415
        from ..models.transcription_word import TranscriptionWord  # noqa: PLC0415

        d = dict(src_dict)
        text = d.pop("text")

        language = d.pop("language", UNSET)

        duration = d.pop("duration", UNSET)

        _words = d.pop("words", UNSET)
        words: list[TranscriptionWord] | Unset = UNSET
        if _words is not UNSET:
            words = []
            for words_item_data in _words:
                words_item = TranscriptionWord.from_dict(words_item_data)

                words.append(words_item)

        _segments = d.pop("segments", UNSET)
        segments: list[TranscriptionSegment] | Unset = UNSET
        if _segments is not UNSET:
            segments = []
            for segments_item_data in _segments:
                segments_item = TranscriptionSegment.from_dict(segments_item_data)

                segments.append(segments_item)

        create_transcription_response = cls(
            text=text,
            language=language,
            duration=duration,
            words=words,
            segments=segments,
        )

        create_transcription_response.additional_properties = d
        return create_transcription_response

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
