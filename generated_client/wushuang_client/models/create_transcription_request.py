# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

import json
from collections.abc import Mapping
from io import BytesIO
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.create_transcription_request_chunking_strategy_type_0 import (
    CreateTranscriptionRequestChunkingStrategyType0,
)
from ..models.create_transcription_request_include_item import CreateTranscriptionRequestIncludeItem
from ..models.create_transcription_request_response_format import CreateTranscriptionRequestResponseFormat
from ..models.create_transcription_request_timestamp_granularities_item import (
    CreateTranscriptionRequestTimestampGranularitiesItem,
)
from ..types import UNSET, File, Unset

if TYPE_CHECKING:
    from ..models.vad_config import VadConfig


T = TypeVar("T", bound="CreateTranscriptionRequest")


@_attrs_define
class CreateTranscriptionRequest:
    """
    Attributes:
        file (File): The audio file: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav or webm.
        model (str): `whisper-1`, `gpt-4o-transcribe`, `gpt-4o-mini-transcribe` or `gpt-4o-transcribe-diarize`.
        language (str | Unset): The input language, as ISO-639-1.
        languages (list[str] | Unset): The languages the audio may be in, as ISO-639-1 codes.
        keywords (list[str] | Unset): Words and names the audio is likely to hold, to spell them right.
        prompt (str | Unset): Text to guide the style or continue a previous segment.
        response_format (CreateTranscriptionRequestResponseFormat | Unset): Server default json; text, srt and vtt are
            answered as plain text; `gpt-4o-transcribe` and `gpt-4o-mini-transcribe` take only json, `diarized_json` needs
            `gpt-4o-transcribe-diarize`.
        temperature (float | Unset): Server default 0.
        include (list[CreateTranscriptionRequestIncludeItem] | Unset): More to answer; `logprobs` (json answers of
            `gpt-4o-transcribe` and `gpt-4o-mini-transcribe`).
        timestamp_granularities (list[CreateTranscriptionRequestTimestampGranularitiesItem] | Unset): Timestamp
            granularities; needs `response_format` verbose_json.
        stream (bool | Unset): Answer as server-sent events while the audio is transcribed (not for `whisper-1`). Server
            default false.
        chunking_strategy (CreateTranscriptionRequestChunkingStrategyType0 | Unset | VadConfig): `auto`, or voice
            activity detection settings, to cut the audio into chunks; without it the audio is one block. Needed for
            `gpt-4o-transcribe-diarize` over 30 seconds.
        known_speaker_names (list[str] | Unset): Names of up to 4 speakers, matching `known_speaker_references`
            (diarization).
        known_speaker_references (list[str] | Unset): A short audio sample of each known speaker, as a data URL.
    """

    file: File
    model: str
    language: str | Unset = UNSET
    languages: list[str] | Unset = UNSET
    keywords: list[str] | Unset = UNSET
    prompt: str | Unset = UNSET
    response_format: CreateTranscriptionRequestResponseFormat | Unset = UNSET
    temperature: float | Unset = UNSET
    include: list[CreateTranscriptionRequestIncludeItem] | Unset = UNSET
    timestamp_granularities: list[CreateTranscriptionRequestTimestampGranularitiesItem] | Unset = UNSET
    stream: bool | Unset = UNSET
    chunking_strategy: CreateTranscriptionRequestChunkingStrategyType0 | Unset | VadConfig = UNSET
    known_speaker_names: list[str] | Unset = UNSET
    known_speaker_references: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        model = self.model

        language = self.language

        languages: list[str] | Unset = UNSET
        if not isinstance(self.languages, Unset):
            languages = self.languages

        keywords: list[str] | Unset = UNSET
        if not isinstance(self.keywords, Unset):
            keywords = self.keywords

        prompt = self.prompt

        response_format: str | Unset = UNSET
        if not isinstance(self.response_format, Unset):
            response_format = self.response_format.value

        temperature = self.temperature

        include: list[str] | Unset = UNSET
        if not isinstance(self.include, Unset):
            include = []
            for include_item_data in self.include:
                include_item = include_item_data.value
                include.append(include_item)

        timestamp_granularities: list[str] | Unset = UNSET
        if not isinstance(self.timestamp_granularities, Unset):
            timestamp_granularities = []
            for timestamp_granularities_item_data in self.timestamp_granularities:
                timestamp_granularities_item = timestamp_granularities_item_data.value
                timestamp_granularities.append(timestamp_granularities_item)

        stream = self.stream

        chunking_strategy: dict[str, Any] | str | Unset
        if isinstance(self.chunking_strategy, Unset):
            chunking_strategy = UNSET
        elif isinstance(self.chunking_strategy, CreateTranscriptionRequestChunkingStrategyType0):
            chunking_strategy = self.chunking_strategy.value
        else:
            chunking_strategy = self.chunking_strategy.to_dict()

        known_speaker_names: list[str] | Unset = UNSET
        if not isinstance(self.known_speaker_names, Unset):
            known_speaker_names = self.known_speaker_names

        known_speaker_references: list[str] | Unset = UNSET
        if not isinstance(self.known_speaker_references, Unset):
            known_speaker_references = self.known_speaker_references

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
                "model": model,
            }
        )
        if language is not UNSET:
            field_dict["language"] = language
        if languages is not UNSET:
            field_dict["languages"] = languages
        if keywords is not UNSET:
            field_dict["keywords"] = keywords
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if include is not UNSET:
            field_dict["include"] = include
        if timestamp_granularities is not UNSET:
            field_dict["timestamp_granularities[]"] = timestamp_granularities
        if stream is not UNSET:
            field_dict["stream"] = stream
        if chunking_strategy is not UNSET:
            field_dict["chunking_strategy"] = chunking_strategy
        if known_speaker_names is not UNSET:
            field_dict["known_speaker_names"] = known_speaker_names
        if known_speaker_references is not UNSET:
            field_dict["known_speaker_references"] = known_speaker_references

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        files.append(("model", (None, str(self.model).encode(), "text/plain")))

        if not isinstance(self.language, Unset):
            files.append(("language", (None, str(self.language).encode(), "text/plain")))

        if not isinstance(self.languages, Unset):
            for languages_item_element in self.languages:
                files.append(("languages", (None, str(languages_item_element).encode(), "text/plain")))

        if not isinstance(self.keywords, Unset):
            for keywords_item_element in self.keywords:
                files.append(("keywords", (None, str(keywords_item_element).encode(), "text/plain")))

        if not isinstance(self.prompt, Unset):
            files.append(("prompt", (None, str(self.prompt).encode(), "text/plain")))

        if not isinstance(self.response_format, Unset):
            files.append(("response_format", (None, str(self.response_format.value).encode(), "text/plain")))

        if not isinstance(self.temperature, Unset):
            files.append(("temperature", (None, str(self.temperature).encode(), "text/plain")))

        if not isinstance(self.include, Unset):
            for include_item_element in self.include:
                files.append(("include", (None, str(include_item_element.value).encode(), "text/plain")))

        if not isinstance(self.timestamp_granularities, Unset):
            for timestamp_granularities_item_element in self.timestamp_granularities:
                files.append(
                    (
                        "timestamp_granularities[]",
                        (None, str(timestamp_granularities_item_element.value).encode(), "text/plain"),
                    )
                )

        if not isinstance(self.stream, Unset):
            files.append(("stream", (None, str(self.stream).encode(), "text/plain")))

        if not isinstance(self.chunking_strategy, Unset):
            if isinstance(self.chunking_strategy, CreateTranscriptionRequestChunkingStrategyType0):
                files.append(("chunking_strategy", (None, str(self.chunking_strategy.value).encode(), "text/plain")))
            else:
                files.append(
                    (
                        "chunking_strategy",
                        (None, json.dumps(self.chunking_strategy.to_dict()).encode(), "application/json"),
                    )
                )

        if not isinstance(self.known_speaker_names, Unset):
            for known_speaker_names_item_element in self.known_speaker_names:
                files.append(
                    ("known_speaker_names", (None, str(known_speaker_names_item_element).encode(), "text/plain"))
                )

        if not isinstance(self.known_speaker_references, Unset):
            for known_speaker_references_item_element in self.known_speaker_references:
                files.append(
                    (
                        "known_speaker_references",
                        (None, str(known_speaker_references_item_element).encode(), "text/plain"),
                    )
                )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vad_config import VadConfig  # noqa: PLC0415

        d = dict(src_dict)
        file = File(payload=BytesIO(d.pop("file")))

        model = d.pop("model")

        language = d.pop("language", UNSET)

        languages = cast(list[str], d.pop("languages", UNSET))

        keywords = cast(list[str], d.pop("keywords", UNSET))

        prompt = d.pop("prompt", UNSET)

        _response_format = d.pop("response_format", UNSET)
        response_format: CreateTranscriptionRequestResponseFormat | Unset
        if isinstance(_response_format, Unset):
            response_format = UNSET
        else:
            response_format = CreateTranscriptionRequestResponseFormat(_response_format)

        temperature = d.pop("temperature", UNSET)

        _include = d.pop("include", UNSET)
        include: list[CreateTranscriptionRequestIncludeItem] | Unset = UNSET
        if _include is not UNSET:
            include = []
            for include_item_data in _include:
                include_item = CreateTranscriptionRequestIncludeItem(include_item_data)

                include.append(include_item)

        _timestamp_granularities = d.pop("timestamp_granularities[]", UNSET)
        timestamp_granularities: list[CreateTranscriptionRequestTimestampGranularitiesItem] | Unset = UNSET
        if _timestamp_granularities is not UNSET:
            timestamp_granularities = []
            for timestamp_granularities_item_data in _timestamp_granularities:
                timestamp_granularities_item = CreateTranscriptionRequestTimestampGranularitiesItem(
                    timestamp_granularities_item_data
                )

                timestamp_granularities.append(timestamp_granularities_item)

        stream = d.pop("stream", UNSET)

        def _parse_chunking_strategy(
            data: object,
        ) -> CreateTranscriptionRequestChunkingStrategyType0 | Unset | VadConfig:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                chunking_strategy_type_0 = CreateTranscriptionRequestChunkingStrategyType0(data)

                return chunking_strategy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            chunking_strategy_type_1 = VadConfig.from_dict(data)

            return chunking_strategy_type_1

        chunking_strategy = _parse_chunking_strategy(d.pop("chunking_strategy", UNSET))

        known_speaker_names = cast(list[str], d.pop("known_speaker_names", UNSET))

        known_speaker_references = cast(list[str], d.pop("known_speaker_references", UNSET))

        create_transcription_request = cls(
            file=file,
            model=model,
            language=language,
            languages=languages,
            keywords=keywords,
            prompt=prompt,
            response_format=response_format,
            temperature=temperature,
            include=include,
            timestamp_granularities=timestamp_granularities,
            stream=stream,
            chunking_strategy=chunking_strategy,
            known_speaker_names=known_speaker_names,
            known_speaker_references=known_speaker_references,
        )

        create_transcription_request.additional_properties = d
        return create_transcription_request

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
