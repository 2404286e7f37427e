# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TranscriptionSegment")


@_attrs_define
class TranscriptionSegment:
    """A segment of the transcription; a diarized answer's segments have a string `id`, a `speaker` and `type`.

    Attributes:
        start (float): Start time of the segment in seconds.
        end (float): End time of the segment in seconds.
        text (str):
        id (int | str | Unset):
        type_ (str | Unset): `transcript.text.segment` in diarized answers.
        speaker (str | Unset): The speaker's label (`A`, `B`, ...) or known name.
        seek (int | Unset): The seek offset of the segment.
        tokens (list[int] | Unset): The token IDs of the text.
        temperature (float | Unset): The temperature the segment was generated with.
        avg_logprob (float | Unset): The average log probability of the segment; below -1 the logprobs failed.
        compression_ratio (float | Unset): The compression ratio of the segment; above 2.4 the compression failed.
        no_speech_prob (float | Unset): The probability that the segment holds no speech; high with `avg_logprob` below
            -1 means silence.
    """

    start: float
    end: float
    text: str
    id: int | str | Unset = UNSET
    type_: str | Unset = UNSET
    speaker: str | Unset = UNSET
    seek: int | Unset = UNSET
    tokens: list[int] | Unset = UNSET
    temperature: float | Unset = UNSET
    avg_logprob: float | Unset = UNSET
    compression_ratio: float | Unset = UNSET
    no_speech_prob: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start = self.start

        end = self.end

        text = self.text

        id: int | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        type_ = self.type_

        speaker = self.speaker

        seek = self.seek

        tokens: list[int] | Unset = UNSET
        if not isinstance(self.tokens, Unset):
            tokens = self.tokens

        temperature = self.temperature

        avg_logprob = self.avg_logprob

        compression_ratio = self.compression_ratio

        no_speech_prob = self.no_speech_prob

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start": start,
                "end": end,
                "text": text,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if speaker is not UNSET:
            field_dict["speaker"] = speaker
        if seek is not UNSET:
            field_dict["seek"] = seek
        if tokens is not UNSET:
            field_dict["tokens"] = tokens
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if avg_logprob is not UNSET:
            field_dict["avg_logprob"] = avg_logprob
        if compression_ratio is not UNSET:
            field_dict["compression_ratio"] = compression_ratio
        if no_speech_prob is not UNSET:
            field_dict["no_speech_prob"] = no_speech_prob

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start = d.pop("start")

        end = d.pop("end")

        text = d.pop("text")

        def _parse_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        type_ = d.pop("type", UNSET)

        speaker = d.pop("speaker", UNSET)

        seek = d.pop("seek", UNSET)

        tokens = cast(list[int], d.pop("tokens", UNSET))

        temperature = d.pop("temperature", UNSET)

        avg_logprob = d.pop("avg_logprob", UNSET)

        compression_ratio = d.pop("compression_ratio", UNSET)

        no_speech_prob = d.pop("no_speech_prob", UNSET)

        transcription_segment = cls(
            start=start,
            end=end,
            text=text,
            id=id,
            type_=type_,
            speaker=speaker,
            seek=seek,
            tokens=tokens,
            temperature=temperature,
            avg_logprob=avg_logprob,
            compression_ratio=compression_ratio,
            no_speech_prob=no_speech_prob,
        )

        transcription_segment.additional_properties = d
        return transcription_segment

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
