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
    from ..models.transcription_usage import TranscriptionUsage


T = TypeVar("T", bound="TranscriptionStreamEvent")


@_attrs_define
class TranscriptionStreamEvent:
    """One event of a streamed transcription: `transcript.text.delta` (`delta`, `logprobs`, `segment_id`),
    `transcript.text.segment` (`id`, `start`, `end`, `text`, `speaker`) or `transcript.text.done` (`text`, `languages`,
    `logprobs`, `usage`).

        Attributes:
            type_ (str | Unset):
            delta (str | Unset):
            segment_id (str | Unset):
            id (str | Unset):
            start (float | Unset):
            end (float | Unset):
            speaker (str | Unset):
            text (str | Unset):
            languages (list[TranscriptionLanguage] | Unset):
            logprobs (list[TranscriptionLogprob] | Unset):
            usage (TranscriptionUsage | Unset): `type` `tokens` (tokens billed) or `duration` (seconds of audio billed).
    """

    type_: str | Unset = UNSET
    delta: str | Unset = UNSET
    segment_id: str | Unset = UNSET
    id: str | Unset = UNSET
    start: float | Unset = UNSET
    end: float | Unset = UNSET
    speaker: str | Unset = UNSET
    text: str | Unset = UNSET
    languages: list[TranscriptionLanguage] | Unset = UNSET
    logprobs: list[TranscriptionLogprob] | Unset = UNSET
    usage: TranscriptionUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        delta = self.delta

        segment_id = self.segment_id

        id = self.id

        start = self.start

        end = self.end

        speaker = self.speaker

        text = self.text

        languages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.languages, Unset):
            languages = []
            for languages_item_data in self.languages:
                languages_item = languages_item_data.to_dict()
                languages.append(languages_item)

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
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if delta is not UNSET:
            field_dict["delta"] = delta
        if segment_id is not UNSET:
            field_dict["segment_id"] = segment_id
        if id is not UNSET:
            field_dict["id"] = id
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if speaker is not UNSET:
            field_dict["speaker"] = speaker
        if text is not UNSET:
            field_dict["text"] = text
        if languages is not UNSET:
            field_dict["languages"] = languages
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.transcription_language import TranscriptionLanguage  # noqa: PLC0415
        from ..models.transcription_logprob import TranscriptionLogprob  # noqa: PLC0415
        from ..models.transcription_usage import TranscriptionUsage  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        delta = d.pop("delta", UNSET)

        segment_id = d.pop("segment_id", UNSET)

        id = d.pop("id", UNSET)

        start = d.pop("start", UNSET)

        end = d.pop("end", UNSET)

        speaker = d.pop("speaker", UNSET)

        text = d.pop("text", UNSET)

        _languages = d.pop("languages", UNSET)
        languages: list[TranscriptionLanguage] | Unset = UNSET
        if _languages is not UNSET:
            languages = []
            for languages_item_data in _languages:
                languages_item = TranscriptionLanguage.from_dict(languages_item_data)

                languages.append(languages_item)

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

        transcription_stream_event = cls(
            type_=type_,
            delta=delta,
            segment_id=segment_id,
            id=id,
            start=start,
            end=end,
            speaker=speaker,
            text=text,
            languages=languages,
            logprobs=logprobs,
            usage=usage,
        )

        transcription_stream_event.additional_properties = d
        return transcription_stream_event

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
