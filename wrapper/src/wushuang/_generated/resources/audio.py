# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""``client.audio``: its resource classes (sync and async, and their response variants)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from wushuang._core.resource import AsyncAPIResource, SyncAPIResource

if TYPE_CHECKING:
    from wushuang._generated.resources import audio_speech, audio_transcriptions, audio_translations


class Audio(SyncAPIResource):
    """``client.audio``."""

    @cached_property
    def speech(self) -> audio_speech.AudioSpeech:
        from wushuang._generated.resources.audio_speech import AudioSpeech

        return AudioSpeech(self._client)

    @cached_property
    def transcriptions(self) -> audio_transcriptions.AudioTranscriptions:
        from wushuang._generated.resources.audio_transcriptions import AudioTranscriptions

        return AudioTranscriptions(self._client)

    @cached_property
    def translations(self) -> audio_translations.AudioTranslations:
        from wushuang._generated.resources.audio_translations import AudioTranslations

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
    def speech(self) -> audio_speech.AudioSpeechWithRawResponse:
        return self._resource.speech.with_raw_response

    @cached_property
    def transcriptions(self) -> audio_transcriptions.AudioTranscriptionsWithRawResponse:
        return self._resource.transcriptions.with_raw_response

    @cached_property
    def translations(self) -> audio_translations.AudioTranslationsWithRawResponse:
        return self._resource.translations.with_raw_response


class AudioWithStreamingResponse:
    """``client.audio.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: Audio) -> None:
        self._resource = resource

    @cached_property
    def speech(self) -> audio_speech.AudioSpeechWithStreamingResponse:
        return self._resource.speech.with_streaming_response

    @cached_property
    def transcriptions(self) -> audio_transcriptions.AudioTranscriptionsWithStreamingResponse:
        return self._resource.transcriptions.with_streaming_response

    @cached_property
    def translations(self) -> audio_translations.AudioTranslationsWithStreamingResponse:
        return self._resource.translations.with_streaming_response


class AsyncAudio(AsyncAPIResource):
    """``client.audio`` (async)."""

    @cached_property
    def speech(self) -> audio_speech.AsyncAudioSpeech:
        from wushuang._generated.resources.audio_speech import AsyncAudioSpeech

        return AsyncAudioSpeech(self._client)

    @cached_property
    def transcriptions(self) -> audio_transcriptions.AsyncAudioTranscriptions:
        from wushuang._generated.resources.audio_transcriptions import AsyncAudioTranscriptions

        return AsyncAudioTranscriptions(self._client)

    @cached_property
    def translations(self) -> audio_translations.AsyncAudioTranslations:
        from wushuang._generated.resources.audio_translations import AsyncAudioTranslations

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
    def speech(self) -> audio_speech.AsyncAudioSpeechWithRawResponse:
        return self._resource.speech.with_raw_response

    @cached_property
    def transcriptions(self) -> audio_transcriptions.AsyncAudioTranscriptionsWithRawResponse:
        return self._resource.transcriptions.with_raw_response

    @cached_property
    def translations(self) -> audio_translations.AsyncAudioTranslationsWithRawResponse:
        return self._resource.translations.with_raw_response


class AsyncAudioWithStreamingResponse:
    """``client.audio.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: AsyncAudio) -> None:
        self._resource = resource

    @cached_property
    def speech(self) -> audio_speech.AsyncAudioSpeechWithStreamingResponse:
        return self._resource.speech.with_streaming_response

    @cached_property
    def transcriptions(self) -> audio_transcriptions.AsyncAudioTranscriptionsWithStreamingResponse:
        return self._resource.transcriptions.with_streaming_response

    @cached_property
    def translations(self) -> audio_translations.AsyncAudioTranslationsWithStreamingResponse:
        return self._resource.translations.with_streaming_response
