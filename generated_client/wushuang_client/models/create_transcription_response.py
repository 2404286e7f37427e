# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transcription_language import TranscriptionLanguage
    from ..models.transcription_logprob import TranscriptionLogprob
    from ..models.transcription_segment import TranscriptionSegment
    from ..models.transcription_usage import TranscriptionUsage
    from ..models.transcription_word import TranscriptionWord


T = TypeVar("T", bound="CreateTranscriptionResponse")


@_attrs_define
class CreateTranscriptionResponse:
    """The transcription: `json` has `text` (with `logprobs` when asked, `usage`), `verbose_json` also `language`,
    `duration`, `words` and `segments`, `diarized_json` `task`, `duration` and speaker `segments`.

        Attributes:
            text (str):
            task (str | Unset): `transcribe` in diarized answers.
            language (str | Unset):
            languages (list[TranscriptionLanguage] | Unset):
            duration (float | Unset):
            words (list[TranscriptionWord] | Unset):
            segments (list[TranscriptionSegment] | Unset):
            logprobs (list[TranscriptionLogprob] | Unset):
            usage (TranscriptionUsage | Unset): `type` `tokens` (tokens billed) or `duration` (seconds of audio billed).
    """

    text: str
    task: str | Unset = UNSET
    language: str | Unset = UNSET
    languages: list[TranscriptionLanguage] | Unset = UNSET
    duration: float | Unset = UNSET
    words: list[TranscriptionWord] | Unset = UNSET
    segments: list[TranscriptionSegment] | Unset = UNSET
    logprobs: list[TranscriptionLogprob] | Unset = UNSET
    usage: TranscriptionUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        task = self.task

        language = self.language

        languages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.languages, Unset):
            languages = []
            for languages_item_data in self.languages:
                languages_item = languages_item_data.to_dict()
                languages.append(languages_item)

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

        logprobs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.logprobs, Unset):
            logprobs = []
            for logprobs_item_data in self.logprobs:
                logprobs_item = logprobs_item_data.to_dict()
                logprobs.append(logprobs_item)

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
            }
        )
        if task is not UNSET:
            field_dict["task"] = task
        if language is not UNSET:
            field_dict["language"] = language
        if languages is not UNSET:
            field_dict["languages"] = languages
        if duration is not UNSET:
            field_dict["duration"] = duration
        if words is not UNSET:
            field_dict["words"] = words
        if segments is not UNSET:
            field_dict["segments"] = segments
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.transcription_language import TranscriptionLanguage  # noqa: PLC0415
        from ..models.transcription_logprob import TranscriptionLogprob  # noqa: PLC0415
        from ..models.transcription_segment import TranscriptionSegment  # noqa: PLC0415
        from ..models.transcription_usage import TranscriptionUsage  # noqa: PLC0415
        from ..models.transcription_word import TranscriptionWord  # noqa: PLC0415

        d = dict(src_dict)
        text = d.pop("text")

        task = d.pop("task", UNSET)

        language = d.pop("language", UNSET)

        _languages = d.pop("languages", UNSET)
        languages: list[TranscriptionLanguage] | Unset = UNSET
        if _languages is not UNSET:
            languages = []
            for languages_item_data in _languages:
                languages_item = TranscriptionLanguage.from_dict(languages_item_data)

                languages.append(languages_item)

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

        _logprobs = d.pop("logprobs", UNSET)
        logprobs: list[TranscriptionLogprob] | Unset = UNSET
        if _logprobs is not UNSET:
            logprobs = []
            for logprobs_item_data in _logprobs:
                logprobs_item = TranscriptionLogprob.from_dict(logprobs_item_data)

                logprobs.append(logprobs_item)

        _usage = d.pop("usage", UNSET)
        usage: TranscriptionUsage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = TranscriptionUsage.from_dict(_usage)

        create_transcription_response = cls(
            text=text,
            task=task,
            language=language,
            languages=languages,
            duration=duration,
            words=words,
            segments=segments,
            logprobs=logprobs,
            usage=usage,
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
