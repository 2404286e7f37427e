# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""``client.audio.translations``: its resource classes (sync and async, and their response variants)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Literal, cast

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
from wushuang._generated.operations import audio_translations as _ops

if TYPE_CHECKING:
    from typing import Never

    from wushuang._generated import models


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
        args: dict[str, object] = {
            "file": file,
            "model": model,
            "prompt": prompt,
            "response_format": response_format,
            "temperature": temperature,
        }
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.CreateTranslationResponse | str", self._call(_ops.CREATE_TRANSLATION, args, options))


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
        args: dict[str, object] = {
            "file": file,
            "model": model,
            "prompt": prompt,
            "response_format": response_format,
            "temperature": temperature,
        }
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.CreateTranslationResponse | str", await self._call(_ops.CREATE_TRANSLATION, args, options))


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
