# Generated from openapi/wushuang.yaml (sha256 37b389674feebb29) by generator/ — do not edit by hand.
"""``client.audio``: the resource classes of that part of the API, one method per operation.

Every method is written once per sync / async class; ``with_raw_response`` and ``with_streaming_response`` are
derived from it by the typed wrappers of ``wushuang._resource``. Nothing here sends a request by itself: each
method hands its arguments (``locals()``: exactly its parameters) to the client with its entry of the operation
table. Each ends in ``**unknown: Never``: type checkers still refuse any other keyword, and at run time one is
refused before anything is sent, with the nearest parameter's name (``unexpected_keyword``). This module is loaded
when ``client.audio`` is first touched.
"""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING, Literal, cast, overload

from wushuang._generated import operations as _ops
from wushuang._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_response,
    async_to_streamed_response,
    to_raw_response,
    to_streamed_response,
    unexpected_keyword,
)
from wushuang._types import NOT_GIVEN, Body, FileTypes, Headers, NotGiven, Query, Timeout

if TYPE_CHECKING:
    from typing import Never

    from wushuang._generated import models, params
    from wushuang._response import AsyncBinaryResponse, BinaryResponse
    from wushuang._streaming import AsyncStream, Stream

__all__ = [
    "AudioSpeech",
    "AudioSpeechWithRawResponse",
    "AudioSpeechWithStreamingResponse",
    "AsyncAudioSpeech",
    "AsyncAudioSpeechWithRawResponse",
    "AsyncAudioSpeechWithStreamingResponse",
    "AudioTranscriptions",
    "AudioTranscriptionsWithRawResponse",
    "AudioTranscriptionsWithStreamingResponse",
    "AsyncAudioTranscriptions",
    "AsyncAudioTranscriptionsWithRawResponse",
    "AsyncAudioTranscriptionsWithStreamingResponse",
    "AudioTranslations",
    "AudioTranslationsWithRawResponse",
    "AudioTranslationsWithStreamingResponse",
    "AsyncAudioTranslations",
    "AsyncAudioTranslationsWithRawResponse",
    "AsyncAudioTranslationsWithStreamingResponse",
    "Audio",
    "AudioWithRawResponse",
    "AudioWithStreamingResponse",
    "AsyncAudio",
    "AsyncAudioWithRawResponse",
    "AsyncAudioWithStreamingResponse",
]


class AudioSpeech(SyncAPIResource):
    """``client.audio.speech``."""

    @cached_property
    def with_raw_response(self) -> AudioSpeechWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return AudioSpeechWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AudioSpeechWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return AudioSpeechWithStreamingResponse(self)

    def create(
        self,
        *,
        model: str,
        input: str,
        voice: str | params.CustomVoice,
        instructions: str | NotGiven = NOT_GIVEN,
        response_format: Literal["mp3", "opus", "aac", "flac", "wav", "pcm"] | NotGiven = NOT_GIVEN,
        speed: float | NotGiven = NOT_GIVEN,
        stream_format: Literal["audio", "sse"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> BinaryResponse:
        """Generate audio from text.

        ``POST /v1/audio/speech``

        Args:
            model (str): `tts-1`, `tts-1-hd` or `gpt-4o-mini-tts`.
            input (str): The text to speak.
            voice (str | CustomVoice): A built-in voice (`alloy`, `ash`, `ballad`, `coral`, `echo`, `fable`, `onyx`, `nova`, `sage`, `shimmer`, `verse`, `marin`, `cedar`) or `{"id": ...}` of a custom voice.

                - ``CustomVoice``: a dict, keys:

                  - ``id`` (str, required): The id of a custom voice.

            instructions (str, optional): How to speak (tone, accent, pace); `gpt-4o-mini-tts` and later, not `tts-1`.
            response_format (Literal['mp3', 'opus', 'aac', 'flac', 'wav', 'pcm'], optional): The audio format; server default mp3.
            speed (float, optional): Server default 1.0.
            stream_format (Literal['audio', 'sse'], optional): `audio` (the server's default): the audio's bytes; `sse`: server-sent events with base64 chunks of audio (not for `tts-1` and `tts-1-hd`).
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            BinaryResponse.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.create, unknown)
        return cast("BinaryResponse", self._call(_ops.CREATE_SPEECH, locals()))


class AudioSpeechWithRawResponse:
    """``client.audio.speech.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AudioSpeech) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AudioSpeechWithStreamingResponse:
    """``client.audio.speech.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: AudioSpeech) -> None:
        self._resource = resource
        self.create = to_streamed_response(resource.create)


class AudioTranscriptions(SyncAPIResource):
    """``client.audio.transcriptions``."""

    @cached_property
    def with_raw_response(self) -> AudioTranscriptionsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return AudioTranscriptionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AudioTranscriptionsWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return AudioTranscriptionsWithStreamingResponse(self)

    @overload
    def create(
        self,
        *,
        file: FileTypes,
        model: str,
        language: str | NotGiven = NOT_GIVEN,
        languages: builtins.list[str] | NotGiven = NOT_GIVEN,
        keywords: builtins.list[str] | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: Literal["json", "text", "srt", "verbose_json", "vtt", "diarized_json"] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        include: builtins.list[Literal["logprobs"]] | NotGiven = NOT_GIVEN,
        timestamp_granularities: builtins.list[Literal["word", "segment"]] | NotGiven = NOT_GIVEN,
        chunking_strategy: Literal["auto"] | params.VadConfig | NotGiven = NOT_GIVEN,
        known_speaker_names: builtins.list[str] | NotGiven = NOT_GIVEN,
        known_speaker_references: builtins.list[str] | NotGiven = NOT_GIVEN,
        stream: Literal[False] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreateTranscriptionResponse | str: ...

    @overload
    def create(
        self,
        *,
        file: FileTypes,
        model: str,
        language: str | NotGiven = NOT_GIVEN,
        languages: builtins.list[str] | NotGiven = NOT_GIVEN,
        keywords: builtins.list[str] | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: Literal["json", "text", "srt", "verbose_json", "vtt", "diarized_json"] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        include: builtins.list[Literal["logprobs"]] | NotGiven = NOT_GIVEN,
        timestamp_granularities: builtins.list[Literal["word", "segment"]] | NotGiven = NOT_GIVEN,
        chunking_strategy: Literal["auto"] | params.VadConfig | NotGiven = NOT_GIVEN,
        known_speaker_names: builtins.list[str] | NotGiven = NOT_GIVEN,
        known_speaker_references: builtins.list[str] | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Stream[models.TranscriptionStreamEvent]: ...

    @overload
    def create(
        self,
        *,
        file: FileTypes,
        model: str,
        language: str | NotGiven = NOT_GIVEN,
        languages: builtins.list[str] | NotGiven = NOT_GIVEN,
        keywords: builtins.list[str] | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: Literal["json", "text", "srt", "verbose_json", "vtt", "diarized_json"] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        include: builtins.list[Literal["logprobs"]] | NotGiven = NOT_GIVEN,
        timestamp_granularities: builtins.list[Literal["word", "segment"]] | NotGiven = NOT_GIVEN,
        chunking_strategy: Literal["auto"] | params.VadConfig | NotGiven = NOT_GIVEN,
        known_speaker_names: builtins.list[str] | NotGiven = NOT_GIVEN,
        known_speaker_references: builtins.list[str] | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreateTranscriptionResponse | str | Stream[models.TranscriptionStreamEvent]: ...

    def create(
        self,
        *,
        file: FileTypes,
        model: str,
        language: str | NotGiven = NOT_GIVEN,
        languages: builtins.list[str] | NotGiven = NOT_GIVEN,
        keywords: builtins.list[str] | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: Literal["json", "text", "srt", "verbose_json", "vtt", "diarized_json"] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        include: builtins.list[Literal["logprobs"]] | NotGiven = NOT_GIVEN,
        timestamp_granularities: builtins.list[Literal["word", "segment"]] | NotGiven = NOT_GIVEN,
        chunking_strategy: Literal["auto"] | params.VadConfig | NotGiven = NOT_GIVEN,
        known_speaker_names: builtins.list[str] | NotGiven = NOT_GIVEN,
        known_speaker_references: builtins.list[str] | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.CreateTranscriptionResponse | str | Stream[models.TranscriptionStreamEvent]:
        """Transcribe audio into the input language.

        Answers JSON for `response_format` json (the server's default) and verbose_json, and plain text for text, srt and vtt.

        ``POST /v1/audio/transcriptions``

        Args:
            file (FileTypes): The audio file: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav or webm.
            model (str): `whisper-1`, `gpt-4o-transcribe`, `gpt-4o-mini-transcribe` or `gpt-4o-transcribe-diarize`.
            language (str, optional): The input language, as ISO-639-1.
            languages (list[str], optional): The languages the audio may be in, as ISO-639-1 codes.
            keywords (list[str], optional): Words and names the audio is likely to hold, to spell them right.
            prompt (str, optional): Text to guide the style or continue a previous segment.
            response_format (Literal['json', 'text', 'srt', 'verbose_json', 'vtt', 'diarized_json'], optional): Server default json; text, srt and vtt are answered as plain text; `gpt-4o-transcribe` and `gpt-4o-mini-transcribe` take only json, `diarized_json` needs `gpt-4o-transcribe-diarize`.
            temperature (float, optional): Server default 0.
            include (list[Literal['logprobs']], optional): More to answer; `logprobs` (json answers of `gpt-4o-transcribe` and `gpt-4o-mini-transcribe`).
            timestamp_granularities (list[Literal['word', 'segment']], optional): Timestamp granularities; needs `response_format` verbose_json. (sent as ``timestamp_granularities[]``)
            stream (bool, optional): Answer as server-sent events while the audio is transcribed (not for `whisper-1`). Server default false. ``True``: the answer as an event stream, iterated as it arrives (use it in a ``with`` block, or close it).
            chunking_strategy (Literal['auto'] | VadConfig, optional): `auto`, or voice activity detection settings, to cut the audio into chunks; without it the audio is one block. Needed for `gpt-4o-transcribe-diarize` over 30 seconds.

                - ``VadConfig``: a dict, keys:

                  - ``type`` (Literal['server_vad'], required)
                  - ``prefix_padding_ms`` (int): Audio kept before detected speech. Server default 300.
                  - ``silence_duration_ms`` (int): Silence that ends a chunk. Server default 200.
                  - ``threshold`` (float): Voice detection threshold, 0 to 1. Server default 0.5.

            known_speaker_names (list[str], optional): Names of up to 4 speakers, matching `known_speaker_references` (diarization).
            known_speaker_references (list[str], optional): A short audio sample of each known speaker, as a data URL.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.CreateTranscriptionResponse | str; with ``stream=True``, Stream[models.TranscriptionStreamEvent].

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.create, unknown)
        return cast(
            "models.CreateTranscriptionResponse | str | Stream[models.TranscriptionStreamEvent]",
            self._call(_ops.CREATE_TRANSCRIPTION, locals()),
        )


class AudioTranscriptionsWithRawResponse:
    """``client.audio.transcriptions.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AudioTranscriptions) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AudioTranscriptionsWithStreamingResponse:
    """``client.audio.transcriptions.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: AudioTranscriptions) -> None:
        self._resource = resource
        self.create = to_streamed_response(resource.create)


class AudioTranslations(SyncAPIResource):
    """``client.audio.translations``."""

    @cached_property
    def with_raw_response(self) -> AudioTranslationsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return AudioTranslationsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AudioTranslationsWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return AudioTranslationsWithStreamingResponse(self)

    def create(
        self,
        *,
        file: FileTypes,
        model: str,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: Literal["json", "text", "srt", "verbose_json", "vtt"] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.CreateTranslationResponse | str:
        """Translate audio into English.

        Answers JSON for `response_format` json (the server's default) and verbose_json, and plain text for text, srt and vtt.

        ``POST /v1/audio/translations``

        Args:
            file (FileTypes): The audio file to translate: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav or webm.
            model (str): `whisper-1`.
            prompt (str, optional): Text in English to guide the style or continue a previous segment.
            response_format (Literal['json', 'text', 'srt', 'verbose_json', 'vtt'], optional): Server default json; text, srt and vtt are answered as plain text.
            temperature (float, optional): Server default 0.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.CreateTranslationResponse | str.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.create, unknown)
        return cast("models.CreateTranslationResponse | str", self._call(_ops.CREATE_TRANSLATION, locals()))


class AudioTranslationsWithRawResponse:
    """``client.audio.translations.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AudioTranslations) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AudioTranslationsWithStreamingResponse:
    """``client.audio.translations.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: AudioTranslations) -> None:
        self._resource = resource
        self.create = to_streamed_response(resource.create)


class Audio(SyncAPIResource):
    """``client.audio``."""

    @cached_property
    def speech(self) -> AudioSpeech:
        return AudioSpeech(self._client)

    @cached_property
    def transcriptions(self) -> AudioTranscriptions:
        return AudioTranscriptions(self._client)

    @cached_property
    def translations(self) -> AudioTranslations:
        return AudioTranslations(self._client)

    @cached_property
    def with_raw_response(self) -> AudioWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return AudioWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AudioWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return AudioWithStreamingResponse(self)


class AudioWithRawResponse:
    """``client.audio.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: Audio) -> None:
        self._resource = resource

    @cached_property
    def speech(self) -> AudioSpeechWithRawResponse:
        return self._resource.speech.with_raw_response

    @cached_property
    def transcriptions(self) -> AudioTranscriptionsWithRawResponse:
        return self._resource.transcriptions.with_raw_response

    @cached_property
    def translations(self) -> AudioTranslationsWithRawResponse:
        return self._resource.translations.with_raw_response


class AudioWithStreamingResponse:
    """``client.audio.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: Audio) -> None:
        self._resource = resource

    @cached_property
    def speech(self) -> AudioSpeechWithStreamingResponse:
        return self._resource.speech.with_streaming_response

    @cached_property
    def transcriptions(self) -> AudioTranscriptionsWithStreamingResponse:
        return self._resource.transcriptions.with_streaming_response

    @cached_property
    def translations(self) -> AudioTranslationsWithStreamingResponse:
        return self._resource.translations.with_streaming_response


class AsyncAudioSpeech(AsyncAPIResource):
    """``client.audio.speech`` (async)."""

    @cached_property
    def with_raw_response(self) -> AsyncAudioSpeechWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return AsyncAudioSpeechWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAudioSpeechWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return AsyncAudioSpeechWithStreamingResponse(self)

    async def create(
        self,
        *,
        model: str,
        input: str,
        voice: str | params.CustomVoice,
        instructions: str | NotGiven = NOT_GIVEN,
        response_format: Literal["mp3", "opus", "aac", "flac", "wav", "pcm"] | NotGiven = NOT_GIVEN,
        speed: float | NotGiven = NOT_GIVEN,
        stream_format: Literal["audio", "sse"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> AsyncBinaryResponse:
        """Generate audio from text.

        ``POST /v1/audio/speech``

        Args:
            model (str): `tts-1`, `tts-1-hd` or `gpt-4o-mini-tts`.
            input (str): The text to speak.
            voice (str | CustomVoice): A built-in voice (`alloy`, `ash`, `ballad`, `coral`, `echo`, `fable`, `onyx`, `nova`, `sage`, `shimmer`, `verse`, `marin`, `cedar`) or `{"id": ...}` of a custom voice.

                - ``CustomVoice``: a dict, keys:

                  - ``id`` (str, required): The id of a custom voice.

            instructions (str, optional): How to speak (tone, accent, pace); `gpt-4o-mini-tts` and later, not `tts-1`.
            response_format (Literal['mp3', 'opus', 'aac', 'flac', 'wav', 'pcm'], optional): The audio format; server default mp3.
            speed (float, optional): Server default 1.0.
            stream_format (Literal['audio', 'sse'], optional): `audio` (the server's default): the audio's bytes; `sse`: server-sent events with base64 chunks of audio (not for `tts-1` and `tts-1-hd`).
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            AsyncBinaryResponse.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.create, unknown)
        return cast("AsyncBinaryResponse", await self._call(_ops.CREATE_SPEECH, locals()))


class AsyncAudioSpeechWithRawResponse:
    """``client.audio.speech.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncAudioSpeech) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)


class AsyncAudioSpeechWithStreamingResponse:
    """``client.audio.speech.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: AsyncAudioSpeech) -> None:
        self._resource = resource
        self.create = async_to_streamed_response(resource.create)


class AsyncAudioTranscriptions(AsyncAPIResource):
    """``client.audio.transcriptions`` (async)."""

    @cached_property
    def with_raw_response(self) -> AsyncAudioTranscriptionsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return AsyncAudioTranscriptionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAudioTranscriptionsWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return AsyncAudioTranscriptionsWithStreamingResponse(self)

    @overload
    async def create(
        self,
        *,
        file: FileTypes,
        model: str,
        language: str | NotGiven = NOT_GIVEN,
        languages: builtins.list[str] | NotGiven = NOT_GIVEN,
        keywords: builtins.list[str] | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: Literal["json", "text", "srt", "verbose_json", "vtt", "diarized_json"] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        include: builtins.list[Literal["logprobs"]] | NotGiven = NOT_GIVEN,
        timestamp_granularities: builtins.list[Literal["word", "segment"]] | NotGiven = NOT_GIVEN,
        chunking_strategy: Literal["auto"] | params.VadConfig | NotGiven = NOT_GIVEN,
        known_speaker_names: builtins.list[str] | NotGiven = NOT_GIVEN,
        known_speaker_references: builtins.list[str] | NotGiven = NOT_GIVEN,
        stream: Literal[False] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreateTranscriptionResponse | str: ...

    @overload
    async def create(
        self,
        *,
        file: FileTypes,
        model: str,
        language: str | NotGiven = NOT_GIVEN,
        languages: builtins.list[str] | NotGiven = NOT_GIVEN,
        keywords: builtins.list[str] | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: Literal["json", "text", "srt", "verbose_json", "vtt", "diarized_json"] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        include: builtins.list[Literal["logprobs"]] | NotGiven = NOT_GIVEN,
        timestamp_granularities: builtins.list[Literal["word", "segment"]] | NotGiven = NOT_GIVEN,
        chunking_strategy: Literal["auto"] | params.VadConfig | NotGiven = NOT_GIVEN,
        known_speaker_names: builtins.list[str] | NotGiven = NOT_GIVEN,
        known_speaker_references: builtins.list[str] | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[models.TranscriptionStreamEvent]: ...

    @overload
    async def create(
        self,
        *,
        file: FileTypes,
        model: str,
        language: str | NotGiven = NOT_GIVEN,
        languages: builtins.list[str] | NotGiven = NOT_GIVEN,
        keywords: builtins.list[str] | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: Literal["json", "text", "srt", "verbose_json", "vtt", "diarized_json"] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        include: builtins.list[Literal["logprobs"]] | NotGiven = NOT_GIVEN,
        timestamp_granularities: builtins.list[Literal["word", "segment"]] | NotGiven = NOT_GIVEN,
        chunking_strategy: Literal["auto"] | params.VadConfig | NotGiven = NOT_GIVEN,
        known_speaker_names: builtins.list[str] | NotGiven = NOT_GIVEN,
        known_speaker_references: builtins.list[str] | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreateTranscriptionResponse | str | AsyncStream[models.TranscriptionStreamEvent]: ...

    async def create(
        self,
        *,
        file: FileTypes,
        model: str,
        language: str | NotGiven = NOT_GIVEN,
        languages: builtins.list[str] | NotGiven = NOT_GIVEN,
        keywords: builtins.list[str] | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: Literal["json", "text", "srt", "verbose_json", "vtt", "diarized_json"] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        include: builtins.list[Literal["logprobs"]] | NotGiven = NOT_GIVEN,
        timestamp_granularities: builtins.list[Literal["word", "segment"]] | NotGiven = NOT_GIVEN,
        chunking_strategy: Literal["auto"] | params.VadConfig | NotGiven = NOT_GIVEN,
        known_speaker_names: builtins.list[str] | NotGiven = NOT_GIVEN,
        known_speaker_references: builtins.list[str] | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.CreateTranscriptionResponse | str | AsyncStream[models.TranscriptionStreamEvent]:
        """Transcribe audio into the input language.

        Answers JSON for `response_format` json (the server's default) and verbose_json, and plain text for text, srt and vtt.

        ``POST /v1/audio/transcriptions``

        Args:
            file (FileTypes): The audio file: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav or webm.
            model (str): `whisper-1`, `gpt-4o-transcribe`, `gpt-4o-mini-transcribe` or `gpt-4o-transcribe-diarize`.
            language (str, optional): The input language, as ISO-639-1.
            languages (list[str], optional): The languages the audio may be in, as ISO-639-1 codes.
            keywords (list[str], optional): Words and names the audio is likely to hold, to spell them right.
            prompt (str, optional): Text to guide the style or continue a previous segment.
            response_format (Literal['json', 'text', 'srt', 'verbose_json', 'vtt', 'diarized_json'], optional): Server default json; text, srt and vtt are answered as plain text; `gpt-4o-transcribe` and `gpt-4o-mini-transcribe` take only json, `diarized_json` needs `gpt-4o-transcribe-diarize`.
            temperature (float, optional): Server default 0.
            include (list[Literal['logprobs']], optional): More to answer; `logprobs` (json answers of `gpt-4o-transcribe` and `gpt-4o-mini-transcribe`).
            timestamp_granularities (list[Literal['word', 'segment']], optional): Timestamp granularities; needs `response_format` verbose_json. (sent as ``timestamp_granularities[]``)
            stream (bool, optional): Answer as server-sent events while the audio is transcribed (not for `whisper-1`). Server default false. ``True``: the answer as an event stream, iterated as it arrives (use it in a ``with`` block, or close it).
            chunking_strategy (Literal['auto'] | VadConfig, optional): `auto`, or voice activity detection settings, to cut the audio into chunks; without it the audio is one block. Needed for `gpt-4o-transcribe-diarize` over 30 seconds.

                - ``VadConfig``: a dict, keys:

                  - ``type`` (Literal['server_vad'], required)
                  - ``prefix_padding_ms`` (int): Audio kept before detected speech. Server default 300.
                  - ``silence_duration_ms`` (int): Silence that ends a chunk. Server default 200.
                  - ``threshold`` (float): Voice detection threshold, 0 to 1. Server default 0.5.

            known_speaker_names (list[str], optional): Names of up to 4 speakers, matching `known_speaker_references` (diarization).
            known_speaker_references (list[str], optional): A short audio sample of each known speaker, as a data URL.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.CreateTranscriptionResponse | str; with ``stream=True``, AsyncStream[models.TranscriptionStreamEvent].

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.create, unknown)
        return cast(
            "models.CreateTranscriptionResponse | str | AsyncStream[models.TranscriptionStreamEvent]",
            await self._call(_ops.CREATE_TRANSCRIPTION, locals()),
        )


class AsyncAudioTranscriptionsWithRawResponse:
    """``client.audio.transcriptions.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncAudioTranscriptions) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)


class AsyncAudioTranscriptionsWithStreamingResponse:
    """``client.audio.transcriptions.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: AsyncAudioTranscriptions) -> None:
        self._resource = resource
        self.create = async_to_streamed_response(resource.create)


class AsyncAudioTranslations(AsyncAPIResource):
    """``client.audio.translations`` (async)."""

    @cached_property
    def with_raw_response(self) -> AsyncAudioTranslationsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return AsyncAudioTranslationsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAudioTranslationsWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return AsyncAudioTranslationsWithStreamingResponse(self)

    async def create(
        self,
        *,
        file: FileTypes,
        model: str,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: Literal["json", "text", "srt", "verbose_json", "vtt"] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.CreateTranslationResponse | str:
        """Translate audio into English.

        Answers JSON for `response_format` json (the server's default) and verbose_json, and plain text for text, srt and vtt.

        ``POST /v1/audio/translations``

        Args:
            file (FileTypes): The audio file to translate: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav or webm.
            model (str): `whisper-1`.
            prompt (str, optional): Text in English to guide the style or continue a previous segment.
            response_format (Literal['json', 'text', 'srt', 'verbose_json', 'vtt'], optional): Server default json; text, srt and vtt are answered as plain text.
            temperature (float, optional): Server default 0.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.CreateTranslationResponse | str.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.create, unknown)
        return cast("models.CreateTranslationResponse | str", await self._call(_ops.CREATE_TRANSLATION, locals()))


class AsyncAudioTranslationsWithRawResponse:
    """``client.audio.translations.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncAudioTranslations) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)


class AsyncAudioTranslationsWithStreamingResponse:
    """``client.audio.translations.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: AsyncAudioTranslations) -> None:
        self._resource = resource
        self.create = async_to_streamed_response(resource.create)


class AsyncAudio(AsyncAPIResource):
    """``client.audio`` (async)."""

    @cached_property
    def speech(self) -> AsyncAudioSpeech:
        return AsyncAudioSpeech(self._client)

    @cached_property
    def transcriptions(self) -> AsyncAudioTranscriptions:
        return AsyncAudioTranscriptions(self._client)

    @cached_property
    def translations(self) -> AsyncAudioTranslations:
        return AsyncAudioTranslations(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncAudioWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return AsyncAudioWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAudioWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return AsyncAudioWithStreamingResponse(self)


class AsyncAudioWithRawResponse:
    """``client.audio.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncAudio) -> None:
        self._resource = resource

    @cached_property
    def speech(self) -> AsyncAudioSpeechWithRawResponse:
        return self._resource.speech.with_raw_response

    @cached_property
    def transcriptions(self) -> AsyncAudioTranscriptionsWithRawResponse:
        return self._resource.transcriptions.with_raw_response

    @cached_property
    def translations(self) -> AsyncAudioTranslationsWithRawResponse:
        return self._resource.translations.with_raw_response


class AsyncAudioWithStreamingResponse:
    """``client.audio.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: AsyncAudio) -> None:
        self._resource = resource

    @cached_property
    def speech(self) -> AsyncAudioSpeechWithStreamingResponse:
        return self._resource.speech.with_streaming_response

    @cached_property
    def transcriptions(self) -> AsyncAudioTranscriptionsWithStreamingResponse:
        return self._resource.transcriptions.with_streaming_response

    @cached_property
    def translations(self) -> AsyncAudioTranslationsWithStreamingResponse:
        return self._resource.translations.with_streaming_response
