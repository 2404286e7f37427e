# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""Response, chunk and error models (msgspec Structs), one per component schema of the spec: those of the audio resource."""

from typing import TYPE_CHECKING, Annotated

from msgspec import Meta, field

from wushuang._core.model import ABSENT as _ABSENT
from wushuang._core.model import Model as _Model

if not TYPE_CHECKING:
    from wushuang._core.model import OpenLiteral as Literal
else:
    from typing import Literal


class CustomVoice(_Model, kw_only=True):
    id: Annotated[str, Meta(description="The id of a custom voice.")] = _ABSENT


class VadConfig(_Model, kw_only=True):
    type: Literal["server_vad"] = _ABSENT
    prefix_padding_ms: (
        Annotated[int, Meta(description="Audio kept before detected speech. Server default 300.")] | None
    ) = None
    silence_duration_ms: Annotated[int, Meta(description="Silence that ends a chunk. Server default 200.")] | None = (
        None
    )
    threshold: Annotated[float, Meta(description="Voice detection threshold, 0 to 1. Server default 0.5.")] | None = (
        None
    )


class TranscriptionWord(_Model, kw_only=True):
    word: str = _ABSENT
    start: float = _ABSENT
    end: float = _ABSENT


class TranscriptionSegment(_Model, kw_only=True):
    start: Annotated[float, Meta(description="Start time of the segment in seconds.")] = _ABSENT
    end: Annotated[float, Meta(description="End time of the segment in seconds.")] = _ABSENT
    text: str = _ABSENT
    id: int | str | None = None
    type: Annotated[str, Meta(description="`transcript.text.segment` in diarized answers.")] | None = None
    speaker: Annotated[str, Meta(description="The speaker's label (`A`, `B`, ...) or known name.")] | None = None
    seek: Annotated[int, Meta(description="The seek offset of the segment.")] | None = None
    tokens: Annotated[list[int], Meta(description="The token IDs of the text.")] | None = None
    temperature: Annotated[float, Meta(description="The temperature the segment was generated with.")] | None = None
    avg_logprob: (
        Annotated[float, Meta(description="The average log probability of the segment; below -1 the logprobs failed.")]
        | None
    ) = None
    compression_ratio: (
        Annotated[float, Meta(description="The compression ratio of the segment; above 2.4 the compression failed.")]
        | None
    ) = None
    no_speech_prob: (
        Annotated[
            float,
            Meta(
                description="The probability that the segment holds no speech; high with `avg_logprob` below -1 means silence."
            ),
        ]
        | None
    ) = None


class TranscriptionLogprob(_Model, kw_only=True):
    token: str | None = None
    logprob: float | None = None
    bytes: list[float] | None = None


class TranscriptionLanguage(_Model, kw_only=True):
    code: Annotated[str, Meta(description="A language found in the audio, as ISO-639-1.")] | None = None


class InputTokenDetails(_Model, kw_only=True):
    text_tokens: int | None = None
    audio_tokens: int | None = None


class TranscriptionUsage(_Model, kw_only=True):
    type: str | None = None
    input_tokens: int | None = None
    input_token_details: InputTokenDetails | None = None
    output_tokens: int | None = None
    total_tokens: int | None = None
    seconds: float | None = None


class CreateTranscriptionResponse(_Model, kw_only=True):
    text: str = _ABSENT
    task: Annotated[str, Meta(description="`transcribe` in diarized answers.")] | None = None
    language: str | None = None
    languages: list[TranscriptionLanguage] | None = None
    duration: float | None = None
    words: list[TranscriptionWord] | None = None
    segments: list[TranscriptionSegment] | None = None
    logprobs: list[TranscriptionLogprob] | None = None
    usage: TranscriptionUsage | None = None


class TranscriptionStreamEvent(_Model, kw_only=True):
    type: str | None = None
    delta: str | None = None
    segment_id: str | None = None
    id: str | None = None
    start: float | None = None
    end: float | None = None
    speaker: str | None = None
    text: str | None = None
    languages: list[TranscriptionLanguage] | None = None
    logprobs: list[TranscriptionLogprob] | None = None
    usage: TranscriptionUsage | None = None


class CreateTranslationRequest(_Model, kw_only=True):
    file: Annotated[
        bytes, Meta(description="The audio file to translate: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav or webm.")
    ] = _ABSENT
    model: Annotated[str, Meta(description="`whisper-1`.")] = _ABSENT
    prompt: (
        Annotated[str, Meta(description="Text in English to guide the style or continue a previous segment.")] | None
    ) = None
    response_format: (
        Annotated[
            Literal["json", "text", "srt", "verbose_json", "vtt"],
            Meta(description="Server default json; text, srt and vtt are answered as plain text."),
        ]
        | None
    ) = None
    temperature: Annotated[float, Meta(description="Server default 0.")] | None = None


class CreateTranslationResponse(_Model, kw_only=True):
    text: Annotated[str, Meta(description="The translated text.")] = _ABSENT
    language: Annotated[str, Meta(description="The language of the output (always `english`).")] | None = None
    duration: Annotated[float, Meta(description="The duration of the input audio in seconds.")] | None = None
    segments: list[TranscriptionSegment] | None = None


class CreateSpeechRequest(_Model, kw_only=True):
    model: Annotated[str, Meta(description="`tts-1`, `tts-1-hd` or `gpt-4o-mini-tts`.")] = _ABSENT
    input: Annotated[str, Meta(description="The text to speak.")] = _ABSENT
    voice: Annotated[
        str | CustomVoice,
        Meta(
            description='A built-in voice (`alloy`, `ash`, `ballad`, `coral`, `echo`, `fable`, `onyx`, `nova`, `sage`, `shimmer`, `verse`, `marin`, `cedar`) or `{"id": ...}` of a custom voice.'
        ),
    ] = _ABSENT
    instructions: (
        Annotated[str, Meta(description="How to speak (tone, accent, pace); `gpt-4o-mini-tts` and later, not `tts-1`.")]
        | None
    ) = None
    response_format: (
        Annotated[
            Literal["mp3", "opus", "aac", "flac", "wav", "pcm"],
            Meta(description="The audio format; server default mp3."),
        ]
        | None
    ) = None
    speed: Annotated[float, Meta(description="Server default 1.0.")] | None = None
    stream_format: (
        Annotated[
            Literal["audio", "sse"],
            Meta(
                description="`audio` (the server's default): the audio's bytes; `sse`: server-sent events with base64 chunks of audio (not for `tts-1` and `tts-1-hd`)."
            ),
        ]
        | None
    ) = None


class CreateTranscriptionRequest(_Model, kw_only=True):
    file: Annotated[bytes, Meta(description="The audio file: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav or webm.")] = (
        _ABSENT
    )
    model: Annotated[
        str,
        Meta(description="`whisper-1`, `gpt-4o-transcribe`, `gpt-4o-mini-transcribe` or `gpt-4o-transcribe-diarize`."),
    ] = _ABSENT
    language: Annotated[str, Meta(description="The input language, as ISO-639-1.")] | None = None
    languages: (
        Annotated[list[str], Meta(description="The languages the audio may be in, as ISO-639-1 codes.")] | None
    ) = None
    keywords: (
        Annotated[list[str], Meta(description="Words and names the audio is likely to hold, to spell them right.")]
        | None
    ) = None
    prompt: Annotated[str, Meta(description="Text to guide the style or continue a previous segment.")] | None = None
    response_format: (
        Annotated[
            Literal["json", "text", "srt", "verbose_json", "vtt", "diarized_json"],
            Meta(
                description="Server default json; text, srt and vtt are answered as plain text; `gpt-4o-transcribe` and `gpt-4o-mini-transcribe` take only json, `diarized_json` needs `gpt-4o-transcribe-diarize`."
            ),
        ]
        | None
    ) = None
    temperature: Annotated[float, Meta(description="Server default 0.")] | None = None
    include: (
        Annotated[
            list[Literal["logprobs"]],
            Meta(
                description="More to answer; `logprobs` (json answers of `gpt-4o-transcribe` and `gpt-4o-mini-transcribe`)."
            ),
        ]
        | None
    ) = None
    timestamp_granularities__: (
        Annotated[
            list[Literal["word", "segment"]],
            Meta(description="Timestamp granularities; needs `response_format` verbose_json."),
        ]
        | None
    ) = field(name="timestamp_granularities[]", default=None)
    stream: (
        Annotated[
            bool,
            Meta(
                description="Answer as server-sent events while the audio is transcribed (not for `whisper-1`). Server default false."
            ),
        ]
        | None
    ) = None
    chunking_strategy: (
        Annotated[
            Literal["auto"] | VadConfig,
            Meta(
                description="`auto`, or voice activity detection settings, to cut the audio into chunks; without it the audio is one block. Needed for `gpt-4o-transcribe-diarize` over 30 seconds."
            ),
        ]
        | None
    ) = None
    known_speaker_names: (
        Annotated[
            list[str], Meta(description="Names of up to 4 speakers, matching `known_speaker_references` (diarization).")
        ]
        | None
    ) = None
    known_speaker_references: (
        Annotated[list[str], Meta(description="A short audio sample of each known speaker, as a data URL.")] | None
    ) = None


__all__ = [
    "CreateSpeechRequest",
    "CreateTranscriptionRequest",
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


for _name in __all__:
    globals()[_name].__module__ = "wushuang.types"
