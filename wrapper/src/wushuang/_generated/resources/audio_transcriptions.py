# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""``client.audio.transcriptions``: its resource classes (sync and async, and their response variants)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Literal, cast, overload

from wushuang._core.resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_response,
    async_to_streamed_response,
    to_raw_response,
    to_streamed_response,
    unexpected_keyword,
)
from wushuang._core.types import (
    NOT_GIVEN,
    Body,
    FileTypes,
    Headers,
    NotGiven,
    Query,
    RequestOptions,
    Timeout,
)
from wushuang._generated.operations import audio_transcriptions as _ops

if TYPE_CHECKING:
    from typing import Never

    from wushuang._core.streaming import AsyncStream, Stream
    from wushuang._generated import models, params


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
        languages: Sequence[str] | NotGiven = NOT_GIVEN,
        keywords: Sequence[str] | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: Literal["json", "text", "srt", "verbose_json", "vtt", "diarized_json"] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        include: Sequence[Literal["logprobs"]] | NotGiven = NOT_GIVEN,
        timestamp_granularities: Sequence[Literal["word", "segment"]] | NotGiven = NOT_GIVEN,
        chunking_strategy: Literal["auto"] | params.VadConfig | NotGiven = NOT_GIVEN,
        known_speaker_names: Sequence[str] | NotGiven = NOT_GIVEN,
        known_speaker_references: Sequence[str] | NotGiven = NOT_GIVEN,
        stream: Literal[False] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        stream_idle_timeout: float | None | NotGiven = NOT_GIVEN,
        first_chunk_timeout: float | None | NotGiven = NOT_GIVEN,
    ) -> models.CreateTranscriptionResponse | str: ...

    @overload
    def create(
        self,
        *,
        file: FileTypes,
        model: str,
        language: str | NotGiven = NOT_GIVEN,
        languages: Sequence[str] | NotGiven = NOT_GIVEN,
        keywords: Sequence[str] | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: Literal["json", "text", "srt", "verbose_json", "vtt", "diarized_json"] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        include: Sequence[Literal["logprobs"]] | NotGiven = NOT_GIVEN,
        timestamp_granularities: Sequence[Literal["word", "segment"]] | NotGiven = NOT_GIVEN,
        chunking_strategy: Literal["auto"] | params.VadConfig | NotGiven = NOT_GIVEN,
        known_speaker_names: Sequence[str] | NotGiven = NOT_GIVEN,
        known_speaker_references: Sequence[str] | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        stream_idle_timeout: float | None | NotGiven = NOT_GIVEN,
        first_chunk_timeout: float | None | NotGiven = NOT_GIVEN,
    ) -> Stream[models.TranscriptionStreamEvent]: ...

    @overload
    def create(
        self,
        *,
        file: FileTypes,
        model: str,
        language: str | NotGiven = NOT_GIVEN,
        languages: Sequence[str] | NotGiven = NOT_GIVEN,
        keywords: Sequence[str] | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: Literal["json", "text", "srt", "verbose_json", "vtt", "diarized_json"] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        include: Sequence[Literal["logprobs"]] | NotGiven = NOT_GIVEN,
        timestamp_granularities: Sequence[Literal["word", "segment"]] | NotGiven = NOT_GIVEN,
        chunking_strategy: Literal["auto"] | params.VadConfig | NotGiven = NOT_GIVEN,
        known_speaker_names: Sequence[str] | NotGiven = NOT_GIVEN,
        known_speaker_references: Sequence[str] | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        stream_idle_timeout: float | None | NotGiven = NOT_GIVEN,
        first_chunk_timeout: float | None | NotGiven = NOT_GIVEN,
    ) -> models.CreateTranscriptionResponse | str | Stream[models.TranscriptionStreamEvent]: ...

    def create(
        self,
        *,
        file: FileTypes,
        model: str,
        language: str | NotGiven = NOT_GIVEN,
        languages: Sequence[str] | NotGiven = NOT_GIVEN,
        keywords: Sequence[str] | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: Literal["json", "text", "srt", "verbose_json", "vtt", "diarized_json"] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        include: Sequence[Literal["logprobs"]] | NotGiven = NOT_GIVEN,
        timestamp_granularities: Sequence[Literal["word", "segment"]] | NotGiven = NOT_GIVEN,
        chunking_strategy: Literal["auto"] | params.VadConfig | NotGiven = NOT_GIVEN,
        known_speaker_names: Sequence[str] | NotGiven = NOT_GIVEN,
        known_speaker_references: Sequence[str] | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        stream_idle_timeout: float | None | NotGiven = NOT_GIVEN,
        first_chunk_timeout: float | None | NotGiven = NOT_GIVEN,
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
            stream_idle_timeout (float | None): With ``stream=True``: the most seconds of silence once the answer has begun (``APITimeoutError`` past it); the client's by default.
            first_chunk_timeout (float | None): With ``stream=True``: the most seconds to wait for the answer, and then for its first chunk (``APITimeoutError`` past it); the client's by default.

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
        args: dict[str, object] = {
            "file": file,
            "model": model,
            "language": language,
            "languages": languages,
            "keywords": keywords,
            "prompt": prompt,
            "response_format": response_format,
            "temperature": temperature,
            "include": include,
            "timestamp_granularities": timestamp_granularities,
            "stream": stream,
            "chunking_strategy": chunking_strategy,
            "known_speaker_names": known_speaker_names,
            "known_speaker_references": known_speaker_references,
        }
        options = RequestOptions(
            extra_headers, extra_query, extra_body, timeout, stream_idle_timeout, first_chunk_timeout
        )
        return cast(
            "models.CreateTranscriptionResponse | str | Stream[models.TranscriptionStreamEvent]",
            self._call(_ops.CREATE_TRANSCRIPTION, args, options),
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
        languages: Sequence[str] | NotGiven = NOT_GIVEN,
        keywords: Sequence[str] | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: Literal["json", "text", "srt", "verbose_json", "vtt", "diarized_json"] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        include: Sequence[Literal["logprobs"]] | NotGiven = NOT_GIVEN,
        timestamp_granularities: Sequence[Literal["word", "segment"]] | NotGiven = NOT_GIVEN,
        chunking_strategy: Literal["auto"] | params.VadConfig | NotGiven = NOT_GIVEN,
        known_speaker_names: Sequence[str] | NotGiven = NOT_GIVEN,
        known_speaker_references: Sequence[str] | NotGiven = NOT_GIVEN,
        stream: Literal[False] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        stream_idle_timeout: float | None | NotGiven = NOT_GIVEN,
        first_chunk_timeout: float | None | NotGiven = NOT_GIVEN,
    ) -> models.CreateTranscriptionResponse | str: ...

    @overload
    async def create(
        self,
        *,
        file: FileTypes,
        model: str,
        language: str | NotGiven = NOT_GIVEN,
        languages: Sequence[str] | NotGiven = NOT_GIVEN,
        keywords: Sequence[str] | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: Literal["json", "text", "srt", "verbose_json", "vtt", "diarized_json"] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        include: Sequence[Literal["logprobs"]] | NotGiven = NOT_GIVEN,
        timestamp_granularities: Sequence[Literal["word", "segment"]] | NotGiven = NOT_GIVEN,
        chunking_strategy: Literal["auto"] | params.VadConfig | NotGiven = NOT_GIVEN,
        known_speaker_names: Sequence[str] | NotGiven = NOT_GIVEN,
        known_speaker_references: Sequence[str] | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        stream_idle_timeout: float | None | NotGiven = NOT_GIVEN,
        first_chunk_timeout: float | None | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[models.TranscriptionStreamEvent]: ...

    @overload
    async def create(
        self,
        *,
        file: FileTypes,
        model: str,
        language: str | NotGiven = NOT_GIVEN,
        languages: Sequence[str] | NotGiven = NOT_GIVEN,
        keywords: Sequence[str] | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: Literal["json", "text", "srt", "verbose_json", "vtt", "diarized_json"] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        include: Sequence[Literal["logprobs"]] | NotGiven = NOT_GIVEN,
        timestamp_granularities: Sequence[Literal["word", "segment"]] | NotGiven = NOT_GIVEN,
        chunking_strategy: Literal["auto"] | params.VadConfig | NotGiven = NOT_GIVEN,
        known_speaker_names: Sequence[str] | NotGiven = NOT_GIVEN,
        known_speaker_references: Sequence[str] | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        stream_idle_timeout: float | None | NotGiven = NOT_GIVEN,
        first_chunk_timeout: float | None | NotGiven = NOT_GIVEN,
    ) -> models.CreateTranscriptionResponse | str | AsyncStream[models.TranscriptionStreamEvent]: ...

    async def create(
        self,
        *,
        file: FileTypes,
        model: str,
        language: str | NotGiven = NOT_GIVEN,
        languages: Sequence[str] | NotGiven = NOT_GIVEN,
        keywords: Sequence[str] | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: Literal["json", "text", "srt", "verbose_json", "vtt", "diarized_json"] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        include: Sequence[Literal["logprobs"]] | NotGiven = NOT_GIVEN,
        timestamp_granularities: Sequence[Literal["word", "segment"]] | NotGiven = NOT_GIVEN,
        chunking_strategy: Literal["auto"] | params.VadConfig | NotGiven = NOT_GIVEN,
        known_speaker_names: Sequence[str] | NotGiven = NOT_GIVEN,
        known_speaker_references: Sequence[str] | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        stream_idle_timeout: float | None | NotGiven = NOT_GIVEN,
        first_chunk_timeout: float | None | NotGiven = NOT_GIVEN,
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
            stream_idle_timeout (float | None): With ``stream=True``: the most seconds of silence once the answer has begun (``APITimeoutError`` past it); the client's by default.
            first_chunk_timeout (float | None): With ``stream=True``: the most seconds to wait for the answer, and then for its first chunk (``APITimeoutError`` past it); the client's by default.

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
        args: dict[str, object] = {
            "file": file,
            "model": model,
            "language": language,
            "languages": languages,
            "keywords": keywords,
            "prompt": prompt,
            "response_format": response_format,
            "temperature": temperature,
            "include": include,
            "timestamp_granularities": timestamp_granularities,
            "stream": stream,
            "chunking_strategy": chunking_strategy,
            "known_speaker_names": known_speaker_names,
            "known_speaker_references": known_speaker_references,
        }
        options = RequestOptions(
            extra_headers, extra_query, extra_body, timeout, stream_idle_timeout, first_chunk_timeout
        )
        return cast(
            "models.CreateTranscriptionResponse | str | AsyncStream[models.TranscriptionStreamEvent]",
            await self._call(_ops.CREATE_TRANSCRIPTION, args, options),
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
