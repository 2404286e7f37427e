# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""``client.audio.speech``: its resource classes (sync and async, and their response variants)."""

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
    Headers,
    NotGiven,
    Query,
    RequestOptions,
    Timeout,
)
from wushuang._generated.operations import audio_speech as _ops

if TYPE_CHECKING:
    from typing import Never

    from wushuang._core.response import AsyncBinaryResponse, BinaryResponse
    from wushuang._generated import params


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

        Reads `input` (up to 4096 characters) aloud with the chosen `voice` and answers the audio's bytes,
        chunked, so playback can start before the end. `stream_format` sse answers server-sent events with
        base64 chunks instead.

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
        args: dict[str, object] = {
            "model": model,
            "input": input,
            "voice": voice,
            "instructions": instructions,
            "response_format": response_format,
            "speed": speed,
            "stream_format": stream_format,
        }
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("BinaryResponse", self._call(_ops.CREATE_SPEECH, args, options))


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

        Reads `input` (up to 4096 characters) aloud with the chosen `voice` and answers the audio's bytes,
        chunked, so playback can start before the end. `stream_format` sse answers server-sent events with
        base64 chunks instead.

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
        args: dict[str, object] = {
            "model": model,
            "input": input,
            "voice": voice,
            "instructions": instructions,
            "response_format": response_format,
            "speed": speed,
            "stream_format": stream_format,
        }
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("AsyncBinaryResponse", await self._call(_ops.CREATE_SPEECH, args, options))


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
