# Generated from openapi/wushuang.yaml (sha256 0a5ed54e74769205) by generator/ — do not edit by hand.
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
from typing import TYPE_CHECKING, Literal, cast

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

    from wushuang._generated import models
    from wushuang._response import AsyncBinaryResponse, BinaryResponse

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
        voice: Literal["alloy", "echo", "fable", "onyx", "nova", "shimmer"],
        response_format: Literal["mp3", "opus", "aac", "flac", "wav", "pcm"] | NotGiven = NOT_GIVEN,
        speed: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> BinaryResponse:
        """Generate audio from text.

        ``POST /v1/audio/speech``

        Args:
            model (str): `tts-1` or `tts-1-hd`.
            input (str): The text to speak.
            voice (Literal['alloy', 'echo', 'fable', 'onyx', 'nova', 'shimmer']):
            response_format (Literal['mp3', 'opus', 'aac', 'flac', 'wav', 'pcm'], optional): The audio format; server default mp3.
            speed (float, optional): Server default 1.0.
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

    def create(
        self,
        *,
        file: FileTypes,
        model: str,
        language: str | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: Literal["json", "text", "srt", "verbose_json", "vtt"] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        timestamp_granularities: builtins.list[Literal["word", "segment"]] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.CreateTranscriptionResponse | str:
        """Transcribe audio into the input language.

        Answers JSON for `response_format` json (the server's default) and verbose_json, and plain text for text, srt and vtt.

        ``POST /v1/audio/transcriptions``

        Args:
            file (FileTypes): The audio file: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav or webm.
            model (str): `whisper-1`.
            language (str, optional): The input language, as ISO-639-1.
            prompt (str, optional): Text to guide the style or continue a previous segment.
            response_format (Literal['json', 'text', 'srt', 'verbose_json', 'vtt'], optional): Server default json; text, srt and vtt are answered as plain text.
            temperature (float, optional): Server default 0.
            timestamp_granularities (list[Literal['word', 'segment']], optional): Timestamp granularities; needs `response_format` verbose_json. (sent as ``timestamp_granularities[]``)
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.CreateTranscriptionResponse | str.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.create, unknown)
        return cast("models.CreateTranscriptionResponse | str", self._call(_ops.CREATE_TRANSCRIPTION, locals()))


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
        voice: Literal["alloy", "echo", "fable", "onyx", "nova", "shimmer"],
        response_format: Literal["mp3", "opus", "aac", "flac", "wav", "pcm"] | NotGiven = NOT_GIVEN,
        speed: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> AsyncBinaryResponse:
        """Generate audio from text.

        ``POST /v1/audio/speech``

        Args:
            model (str): `tts-1` or `tts-1-hd`.
            input (str): The text to speak.
            voice (Literal['alloy', 'echo', 'fable', 'onyx', 'nova', 'shimmer']):
            response_format (Literal['mp3', 'opus', 'aac', 'flac', 'wav', 'pcm'], optional): The audio format; server default mp3.
            speed (float, optional): Server default 1.0.
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

    async def create(
        self,
        *,
        file: FileTypes,
        model: str,
        language: str | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: Literal["json", "text", "srt", "verbose_json", "vtt"] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        timestamp_granularities: builtins.list[Literal["word", "segment"]] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.CreateTranscriptionResponse | str:
        """Transcribe audio into the input language.

        Answers JSON for `response_format` json (the server's default) and verbose_json, and plain text for text, srt and vtt.

        ``POST /v1/audio/transcriptions``

        Args:
            file (FileTypes): The audio file: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav or webm.
            model (str): `whisper-1`.
            language (str, optional): The input language, as ISO-639-1.
            prompt (str, optional): Text to guide the style or continue a previous segment.
            response_format (Literal['json', 'text', 'srt', 'verbose_json', 'vtt'], optional): Server default json; text, srt and vtt are answered as plain text.
            temperature (float, optional): Server default 0.
            timestamp_granularities (list[Literal['word', 'segment']], optional): Timestamp granularities; needs `response_format` verbose_json. (sent as ``timestamp_granularities[]``)
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.CreateTranscriptionResponse | str.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.create, unknown)
        return cast("models.CreateTranscriptionResponse | str", await self._call(_ops.CREATE_TRANSCRIPTION, locals()))


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
