# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""Request parameter types (TypedDicts keyed by wire names), one per component schema: those of the audio resource."""

from __future__ import annotations

from typing import Literal, NotRequired, TypedDict


class CustomVoice(TypedDict):
    id: str


class VadConfig(TypedDict):
    type: Literal["server_vad"]
    prefix_padding_ms: NotRequired[int]
    silence_duration_ms: NotRequired[int]
    threshold: NotRequired[float]


class TranscriptionWord(TypedDict):
    word: str
    start: float
    end: float


class TranscriptionSegment(TypedDict):
    id: NotRequired[int | str]
    type: NotRequired[str]
    speaker: NotRequired[str]
    seek: NotRequired[int]
    start: float
    end: float
    text: str
    tokens: NotRequired[list[int]]
    temperature: NotRequired[float]
    avg_logprob: NotRequired[float]
    compression_ratio: NotRequired[float]
    no_speech_prob: NotRequired[float]


class TranscriptionLogprob(TypedDict):
    token: NotRequired[str]
    logprob: NotRequired[float]
    bytes: NotRequired[list[float]]


class TranscriptionLanguage(TypedDict):
    code: NotRequired[str]


class InputTokenDetails(TypedDict):
    text_tokens: NotRequired[int]
    audio_tokens: NotRequired[int]


class TranscriptionUsage(TypedDict):
    type: NotRequired[str]
    input_tokens: NotRequired[int]
    input_token_details: NotRequired[InputTokenDetails]
    output_tokens: NotRequired[int]
    total_tokens: NotRequired[int]
    seconds: NotRequired[float]


class CreateTranscriptionResponse(TypedDict):
    text: str
    task: NotRequired[str]
    language: NotRequired[str]
    languages: NotRequired[list[TranscriptionLanguage]]
    duration: NotRequired[float]
    words: NotRequired[list[TranscriptionWord]]
    segments: NotRequired[list[TranscriptionSegment]]
    logprobs: NotRequired[list[TranscriptionLogprob]]
    usage: NotRequired[TranscriptionUsage]


class TranscriptionStreamEvent(TypedDict):
    type: NotRequired[str]
    delta: NotRequired[str]
    segment_id: NotRequired[str]
    id: NotRequired[str]
    start: NotRequired[float]
    end: NotRequired[float]
    speaker: NotRequired[str]
    text: NotRequired[str]
    languages: NotRequired[list[TranscriptionLanguage]]
    logprobs: NotRequired[list[TranscriptionLogprob]]
    usage: NotRequired[TranscriptionUsage]


class CreateTranslationRequest(TypedDict):
    file: bytes
    model: str
    prompt: NotRequired[str]
    response_format: NotRequired[Literal["json", "text", "srt", "verbose_json", "vtt"]]
    temperature: NotRequired[float]


class CreateTranslationResponse(TypedDict):
    text: str
    language: NotRequired[str]
    duration: NotRequired[float]
    segments: NotRequired[list[TranscriptionSegment]]


class CreateSpeechRequest(TypedDict):
    model: str
    input: str
    instructions: NotRequired[str]
    voice: str | CustomVoice
    response_format: NotRequired[Literal["mp3", "opus", "aac", "flac", "wav", "pcm"]]
    speed: NotRequired[float]
    stream_format: NotRequired[Literal["audio", "sse"]]


CreateTranscriptionRequest = TypedDict(
    "CreateTranscriptionRequest",
    {
        "file": bytes,
        "model": str,
        "language": NotRequired[str],
        "languages": NotRequired[list[str]],
        "keywords": NotRequired[list[str]],
        "prompt": NotRequired[str],
        "response_format": NotRequired[Literal["json", "text", "srt", "verbose_json", "vtt", "diarized_json"]],
        "temperature": NotRequired[float],
        "include": NotRequired[list[Literal["logprobs"]]],
        "timestamp_granularities[]": NotRequired[list[Literal["word", "segment"]]],
        "stream": NotRequired[bool],
        "chunking_strategy": NotRequired[Literal["auto"] | VadConfig],
        "known_speaker_names": NotRequired[list[str]],
        "known_speaker_references": NotRequired[list[str]],
    },
)


__all__ = [
    "CreateSpeechRequest",
    "CreateTranscriptionResponse",
    "CreateTranslationRequest",
    "CreateTranslationResponse",
    "CustomVoice",
    "InputTokenDetails",
    "TranscriptionLanguage",
    "TranscriptionLogprob",
    "TranscriptionSegment",
    "TranscriptionStreamEvent",
    "TranscriptionUsage",
    "TranscriptionWord",
    "VadConfig",
]
