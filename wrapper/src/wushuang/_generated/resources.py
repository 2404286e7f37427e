# Generated from openapi/wushuang.yaml (sha256 766d121b461e4647) by generator/ — do not edit by hand.
"""The resource classes of the wrapper: one method per operation, typed from the spec.

Every method hands its arguments to the shared machinery (``wushuang._resource``) with its entry of the
operation table; nothing here sends a request by itself.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Literal, cast, overload

from wushuang._generated import operations as _ops
from wushuang._resource import AsyncAPIResource, SyncAPIResource
from wushuang._types import NOT_GIVEN, Body, FileTypes, Headers, NotGiven, Query, Timeout

if TYPE_CHECKING:
    from collections.abc import Callable

    from wushuang._generated import models, params
    from wushuang._pagination import AsyncCursorPager, CursorPage
    from wushuang._response import AsyncBinaryResponse, BinaryResponse, RawResponse
    from wushuang._streaming import AsyncStream, Stream

__all__ = [
    "Completions",
    "ChatCompletions",
    "Chat",
    "Models",
    "Files",
    "AudioSpeech",
    "AudioTranscriptions",
    "Audio",
    "BetaAssistants",
    "Beta",
    "MidjourneySubmit",
    "MidjourneyTasks",
    "Midjourney",
    "CompletionsWithRawResponse",
    "ChatCompletionsWithRawResponse",
    "ChatWithRawResponse",
    "ModelsWithRawResponse",
    "FilesWithRawResponse",
    "AudioSpeechWithRawResponse",
    "AudioTranscriptionsWithRawResponse",
    "AudioWithRawResponse",
    "BetaAssistantsWithRawResponse",
    "BetaWithRawResponse",
    "MidjourneySubmitWithRawResponse",
    "MidjourneyTasksWithRawResponse",
    "MidjourneyWithRawResponse",
    "AsyncCompletions",
    "AsyncChatCompletions",
    "AsyncChat",
    "AsyncModels",
    "AsyncFiles",
    "AsyncAudioSpeech",
    "AsyncAudioTranscriptions",
    "AsyncAudio",
    "AsyncBetaAssistants",
    "AsyncBeta",
    "AsyncMidjourneySubmit",
    "AsyncMidjourneyTasks",
    "AsyncMidjourney",
    "AsyncCompletionsWithRawResponse",
    "AsyncChatCompletionsWithRawResponse",
    "AsyncChatWithRawResponse",
    "AsyncModelsWithRawResponse",
    "AsyncFilesWithRawResponse",
    "AsyncAudioSpeechWithRawResponse",
    "AsyncAudioTranscriptionsWithRawResponse",
    "AsyncAudioWithRawResponse",
    "AsyncBetaAssistantsWithRawResponse",
    "AsyncBetaWithRawResponse",
    "AsyncMidjourneySubmitWithRawResponse",
    "AsyncMidjourneyTasksWithRawResponse",
    "AsyncMidjourneyWithRawResponse",
]


class Completions(SyncAPIResource):
    """``client.completions``."""

    _raw = False

    @overload
    def create(
        self,
        *,
        model: str,
        prompt: str | list[str] | list[int] | list[list[int]],
        best_of: int | None | NotGiven = NOT_GIVEN,
        echo: bool | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stop: str | list[str] | None | NotGiven = NOT_GIVEN,
        stream_options: params.StreamOptions | None | NotGiven = NOT_GIVEN,
        suffix: str | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        stream: Literal[False] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreateCompletionResponse: ...

    @overload
    def create(
        self,
        *,
        model: str,
        prompt: str | list[str] | list[int] | list[list[int]],
        best_of: int | None | NotGiven = NOT_GIVEN,
        echo: bool | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stop: str | list[str] | None | NotGiven = NOT_GIVEN,
        stream_options: params.StreamOptions | None | NotGiven = NOT_GIVEN,
        suffix: str | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Stream[models.CreateCompletionResponse]: ...

    @overload
    def create(
        self,
        *,
        model: str,
        prompt: str | list[str] | list[int] | list[list[int]],
        best_of: int | None | NotGiven = NOT_GIVEN,
        echo: bool | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stop: str | list[str] | None | NotGiven = NOT_GIVEN,
        stream_options: params.StreamOptions | None | NotGiven = NOT_GIVEN,
        suffix: str | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreateCompletionResponse | Stream[models.CreateCompletionResponse]: ...

    def create(
        self,
        *,
        model: str,
        prompt: str | list[str] | list[int] | list[list[int]],
        best_of: int | None | NotGiven = NOT_GIVEN,
        echo: bool | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stop: str | list[str] | None | NotGiven = NOT_GIVEN,
        stream_options: params.StreamOptions | None | NotGiven = NOT_GIVEN,
        suffix: str | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreateCompletionResponse | Stream[models.CreateCompletionResponse]:
        """Create a completion.

        Given a prompt, the model returns one or more predicted completions, and can also return the log probabilities of alternative tokens at each position.

        ``POST /v1/completions``

        Args:
            model: The ID of the model, e.g. `gpt-3.5-turbo-instruct`.
            prompt: The prompt(s), as a string, an array of strings, an array of tokens or an array of token arrays.
            best_of: Generates `best_of` completions server-side and returns the best; must be greater than `n`. Cannot be streamed. Server default 1.
            echo: Echo back the prompt in addition to the completion. Server default false.
            frequency_penalty: -2.0 to 2.0; positive values penalise tokens by their frequency so far. Server default 0.
            logprobs: Include the log probabilities of the `logprobs` most likely tokens (0 to 5), as well as the chosen token. Server default null.
            max_tokens: The maximum number of tokens to generate. Server default 16.
            n: How many completions to generate for each prompt. Server default 1.
            presence_penalty: -2.0 to 2.0; positive values penalise tokens that already appear. Server default 0.
            seed: Best-effort deterministic sampling; watch `system_fingerprint` for backend changes.
            stream: Stream back partial progress as server-sent events ending with `data: [DONE]`. Server default false.
            suffix: The suffix that comes after a completion of inserted text. Server default null.
            temperature: Sampling temperature between 0 and 2. Server default 1.
            top_p: Nucleus sampling mass between 0 and 1. Server default 1.
            user: A unique identifier of the end user, to help monitor and detect abuse.
        """
        return cast(
            "models.CreateCompletionResponse | Stream[models.CreateCompletionResponse]",
            self._call(
                _ops.CREATE_COMPLETION,
                {
                    "model": model,
                    "prompt": prompt,
                    "best_of": best_of,
                    "echo": echo,
                    "frequency_penalty": frequency_penalty,
                    "logit_bias": logit_bias,
                    "logprobs": logprobs,
                    "max_tokens": max_tokens,
                    "n": n,
                    "presence_penalty": presence_penalty,
                    "seed": seed,
                    "stop": stop,
                    "stream": stream,
                    "stream_options": stream_options,
                    "suffix": suffix,
                    "temperature": temperature,
                    "top_p": top_p,
                    "user": user,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class ChatCompletions(SyncAPIResource):
    """``client.chat.completions``."""

    _raw = False

    @overload
    def create(
        self,
        *,
        messages: list[
            params.ChatCompletionRequestSystemMessage
            | params.ChatCompletionRequestUserMessage
            | params.ChatCompletionRequestAssistantMessage
            | params.ChatCompletionRequestToolMessage
        ],
        model: str,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        response_format: params.ResponseFormat | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stop: str | list[str] | None | NotGiven = NOT_GIVEN,
        stream_options: params.StreamOptions | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        tools: list[params.ChatCompletionTool] | NotGiven = NOT_GIVEN,
        tool_choice: Literal["none", "auto", "required"] | params.ChatCompletionNamedToolChoice | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        stream: Literal[False] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreateChatCompletionResponse: ...

    @overload
    def create(
        self,
        *,
        messages: list[
            params.ChatCompletionRequestSystemMessage
            | params.ChatCompletionRequestUserMessage
            | params.ChatCompletionRequestAssistantMessage
            | params.ChatCompletionRequestToolMessage
        ],
        model: str,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        response_format: params.ResponseFormat | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stop: str | list[str] | None | NotGiven = NOT_GIVEN,
        stream_options: params.StreamOptions | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        tools: list[params.ChatCompletionTool] | NotGiven = NOT_GIVEN,
        tool_choice: Literal["none", "auto", "required"] | params.ChatCompletionNamedToolChoice | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Stream[models.CreateChatCompletionStreamResponse]: ...

    @overload
    def create(
        self,
        *,
        messages: list[
            params.ChatCompletionRequestSystemMessage
            | params.ChatCompletionRequestUserMessage
            | params.ChatCompletionRequestAssistantMessage
            | params.ChatCompletionRequestToolMessage
        ],
        model: str,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        response_format: params.ResponseFormat | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stop: str | list[str] | None | NotGiven = NOT_GIVEN,
        stream_options: params.StreamOptions | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        tools: list[params.ChatCompletionTool] | NotGiven = NOT_GIVEN,
        tool_choice: Literal["none", "auto", "required"] | params.ChatCompletionNamedToolChoice | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreateChatCompletionResponse | Stream[models.CreateChatCompletionStreamResponse]: ...

    def create(
        self,
        *,
        messages: list[
            params.ChatCompletionRequestSystemMessage
            | params.ChatCompletionRequestUserMessage
            | params.ChatCompletionRequestAssistantMessage
            | params.ChatCompletionRequestToolMessage
        ],
        model: str,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        response_format: params.ResponseFormat | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stop: str | list[str] | None | NotGiven = NOT_GIVEN,
        stream_options: params.StreamOptions | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        tools: list[params.ChatCompletionTool] | NotGiven = NOT_GIVEN,
        tool_choice: Literal["none", "auto", "required"] | params.ChatCompletionNamedToolChoice | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreateChatCompletionResponse | Stream[models.CreateChatCompletionStreamResponse]:
        """Create a chat completion.

        A model response for the given conversation. Claude models (`claude-3-opus-20240229`, `claude-3-sonnet-20240229`, `claude-3-haiku-20240307`) are served through this operation in the same format.

        ``POST /v1/chat/completions``

        Args:
            model: The ID of the model, e.g. `gpt-3.5-turbo` or `claude-3-haiku-20240307`.
            frequency_penalty: -2.0 to 2.0. Server default 0.
            logprobs: Return the log probabilities of the output tokens. Server default false.
            top_logprobs: 0 to 20 most likely tokens at each position; needs `logprobs` true.
            max_tokens: The maximum number of tokens to generate.
            n: How many choices to generate. Server default 1.
            presence_penalty: -2.0 to 2.0. Server default 0.
            stream: Stream back chunks as server-sent events ending with `data: [DONE]`. Server default false.
            temperature: Sampling temperature between 0 and 2. Server default 1.
            top_p: Nucleus sampling mass between 0 and 1. Server default 1.
            tool_choice: `none`, `auto`, `required`, or a named function the model must call.
            user: A unique identifier of the end user.
        """
        return cast(
            "models.CreateChatCompletionResponse | Stream[models.CreateChatCompletionStreamResponse]",
            self._call(
                _ops.CREATE_CHAT_COMPLETION,
                {
                    "messages": messages,
                    "model": model,
                    "frequency_penalty": frequency_penalty,
                    "logit_bias": logit_bias,
                    "logprobs": logprobs,
                    "top_logprobs": top_logprobs,
                    "max_tokens": max_tokens,
                    "n": n,
                    "presence_penalty": presence_penalty,
                    "response_format": response_format,
                    "seed": seed,
                    "stop": stop,
                    "stream": stream,
                    "stream_options": stream_options,
                    "temperature": temperature,
                    "top_p": top_p,
                    "tools": tools,
                    "tool_choice": tool_choice,
                    "user": user,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class Chat(SyncAPIResource):
    """``client.chat``."""

    _raw = False

    @cached_property
    def completions(self) -> ChatCompletions:
        return ChatCompletions(self._client)


class Models(SyncAPIResource):
    """``client.models``."""

    _raw = False

    def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.ListModelsResponse:
        """List models.

        ``GET /v1/models``
        """
        return cast(
            "models.ListModelsResponse",
            self._call(
                _ops.LIST_MODELS,
                {},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def retrieve(
        self,
        model: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.Model:
        """Retrieve a model.

        ``GET /v1/models/{model}``

        Args:
            model: The ID of the model.
        """
        return cast(
            "models.Model",
            self._call(
                _ops.RETRIEVE_MODEL,
                {
                    "model": model,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class Files(SyncAPIResource):
    """``client.files``."""

    _raw = False

    def create(
        self,
        *,
        file: FileTypes,
        purpose: Literal["fine-tune", "assistants"],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.OpenAIFile:
        """Upload a file.

        ``POST /v1/files``

        Args:
            file: The file to upload.
            purpose: What the file is for.
        """
        return cast(
            "models.OpenAIFile",
            self._call(
                _ops.CREATE_FILE,
                {
                    "file": file,
                    "purpose": purpose,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def delete(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.DeleteFileResponse:
        """Delete a file.

        ``DELETE /v1/files/{file_id}``

        Args:
            file_id: The ID of the file.
        """
        return cast(
            "models.DeleteFileResponse",
            self._call(
                _ops.DELETE_FILE,
                {
                    "file_id": file_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def content(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> BinaryResponse:
        """Retrieve the content of a file.

        ``GET /v1/files/{file_id}/content``

        Args:
            file_id: The ID of the file.
        """
        return cast(
            "BinaryResponse",
            self._call(
                _ops.DOWNLOAD_FILE,
                {
                    "file_id": file_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AudioSpeech(SyncAPIResource):
    """``client.audio.speech``."""

    _raw = False

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
    ) -> BinaryResponse:
        """Generate audio from text.

        ``POST /v1/audio/speech``

        Args:
            model: `tts-1` or `tts-1-hd`.
            input: The text to speak.
            response_format: The audio format; server default mp3.
            speed: Server default 1.0.
        """
        return cast(
            "BinaryResponse",
            self._call(
                _ops.CREATE_SPEECH,
                {
                    "model": model,
                    "input": input,
                    "voice": voice,
                    "response_format": response_format,
                    "speed": speed,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AudioTranscriptions(SyncAPIResource):
    """``client.audio.transcriptions``."""

    _raw = False

    def create(
        self,
        *,
        file: FileTypes,
        model: str,
        language: str | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: Literal["json", "text", "srt", "verbose_json", "vtt"] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        timestamp_granularities: list[Literal["word", "segment"]] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreateTranscriptionResponse | str:
        """Transcribe audio into the input language.

        Answers JSON for `response_format` json (the server's default) and verbose_json, and plain text for text, srt and vtt.

        ``POST /v1/audio/transcriptions``

        Args:
            file: The audio file: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav or webm.
            model: `whisper-1`.
            language: The input language
            prompt: Text to guide the style or continue a previous segment.
            response_format: Server default json; text, srt and vtt are answered as plain text.
            temperature: Server default 0.
            timestamp_granularities: Timestamp granularities; needs `response_format` verbose_json. (sent as ``timestamp_granularities[]``)
        """
        return cast(
            "models.CreateTranscriptionResponse | str",
            self._call(
                _ops.CREATE_TRANSCRIPTION,
                {
                    "file": file,
                    "model": model,
                    "language": language,
                    "prompt": prompt,
                    "response_format": response_format,
                    "temperature": temperature,
                    "timestamp_granularities": timestamp_granularities,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class Audio(SyncAPIResource):
    """``client.audio``."""

    _raw = False

    @cached_property
    def speech(self) -> AudioSpeech:
        return AudioSpeech(self._client)

    @cached_property
    def transcriptions(self) -> AudioTranscriptions:
        return AudioTranscriptions(self._client)


class BetaAssistants(SyncAPIResource):
    """``client.beta.assistants``."""

    _raw = False

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> CursorPage[models.Assistant]:
        """List assistants.

        ``GET /v1/assistants``

        Iterate over the result (``for`` / ``async for``) to get every item across pages.

        Args:
            limit: How many objects to return, 1 to 100; the server's default is 20.
            order: Sort order by `created_at`; the server's default is `desc`.
            after: The ID of the object after which the page starts (a cursor).
            before: The ID of the object before which the page ends (a cursor).
        """
        return cast(
            "CursorPage[models.Assistant]",
            self._call(
                _ops.LIST_ASSISTANTS,
                {
                    "limit": limit,
                    "order": order,
                    "after": after,
                    "before": before,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class Beta(SyncAPIResource):
    """``client.beta``."""

    _raw = False

    @cached_property
    def assistants(self) -> BetaAssistants:
        return BetaAssistants(self._client)


class MidjourneySubmit(SyncAPIResource):
    """``client.midjourney.submit``."""

    _raw = False

    def imagine(
        self,
        *,
        prompt: str,
        base64_array: list[str] | NotGiven = NOT_GIVEN,
        bot_type: Literal["MID_JOURNEY", "NIJI_JOURNEY"] | NotGiven = NOT_GIVEN,
        notify_hook: str | NotGiven = NOT_GIVEN,
        state: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.SubmitResult:
        """Submit an Imagine task (text to image, or image and text to image).

        Answers HTTP 200 with a submit result whose `code` says whether the task was accepted (1, 21, 22) or refused (3, 4, 9, 23, 24).

        ``POST /mj/submit/imagine``

        Args:
            prompt: The prompt.
            base64_array: Reference images as base64 data URLs (`data:image/png;base64,...`). (sent as ``base64Array``)
            bot_type: Server default MID_JOURNEY. (sent as ``botType``)
            notify_hook: A URL that receives a POST with the task on each change (relays may disable it). (sent as ``notifyHook``)
            state: Any text, handed back in the task.
        """
        return cast(
            "models.SubmitResult",
            self._call(
                _ops.SUBMIT_IMAGINE,
                {
                    "prompt": prompt,
                    "base64_array": base64_array,
                    "bot_type": bot_type,
                    "notify_hook": notify_hook,
                    "state": state,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class MidjourneyTasks(SyncAPIResource):
    """``client.midjourney.tasks``."""

    _raw = False

    def fetch(
        self,
        task_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.Task:
        """Get a task by its ID.

        The polling endpoint of every Midjourney task.

        ``GET /mj/task/{id}/fetch``

        Args:
            task_id: The task ID returned by a submit. (sent as ``id``)
        """
        return cast(
            "models.Task",
            self._call(
                _ops.FETCH_TASK,
                {
                    "task_id": task_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def wait(
        self,
        task_id: str,
        *,
        timeout: float | None = 600.0,
        interval: float = 2.0,
        on_progress: Callable[[models.Task], object] | None = None,
    ) -> models.Task:
        """Poll ``fetch`` until the task is SUCCESS, FAILURE or CANCEL, and return it.

        ``on_progress`` is called with the task each time its progress rises. Raises
        ``MidjourneyTaskFailedError`` for FAILURE and CANCEL, ``MidjourneyModalRequiredError`` when the task waits
        for a modal step, and ``MidjourneyTimeoutError`` when ``timeout`` seconds pass first (``None``: no limit).
        """
        return cast(
            "models.Task",
            self._poll(_ops.FETCH_TASK, task_id, timeout=timeout, interval=interval, on_progress=on_progress),
        )


class Midjourney(SyncAPIResource):
    """``client.midjourney``."""

    _raw = False

    @cached_property
    def submit(self) -> MidjourneySubmit:
        return MidjourneySubmit(self._client)

    @cached_property
    def tasks(self) -> MidjourneyTasks:
        return MidjourneyTasks(self._client)


class CompletionsWithRawResponse(SyncAPIResource):
    """``client.with_raw_response.completions``: every method returns the raw response."""

    _raw = True

    @overload
    def create(
        self,
        *,
        model: str,
        prompt: str | list[str] | list[int] | list[list[int]],
        best_of: int | None | NotGiven = NOT_GIVEN,
        echo: bool | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stop: str | list[str] | None | NotGiven = NOT_GIVEN,
        stream_options: params.StreamOptions | None | NotGiven = NOT_GIVEN,
        suffix: str | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        stream: Literal[False] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> RawResponse[models.CreateCompletionResponse]: ...

    @overload
    def create(
        self,
        *,
        model: str,
        prompt: str | list[str] | list[int] | list[list[int]],
        best_of: int | None | NotGiven = NOT_GIVEN,
        echo: bool | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stop: str | list[str] | None | NotGiven = NOT_GIVEN,
        stream_options: params.StreamOptions | None | NotGiven = NOT_GIVEN,
        suffix: str | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Stream[models.CreateCompletionResponse]]: ...

    @overload
    def create(
        self,
        *,
        model: str,
        prompt: str | list[str] | list[int] | list[list[int]],
        best_of: int | None | NotGiven = NOT_GIVEN,
        echo: bool | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stop: str | list[str] | None | NotGiven = NOT_GIVEN,
        stream_options: params.StreamOptions | None | NotGiven = NOT_GIVEN,
        suffix: str | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> RawResponse[models.CreateCompletionResponse] | RawResponse[Stream[models.CreateCompletionResponse]]: ...

    def create(
        self,
        *,
        model: str,
        prompt: str | list[str] | list[int] | list[list[int]],
        best_of: int | None | NotGiven = NOT_GIVEN,
        echo: bool | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stop: str | list[str] | None | NotGiven = NOT_GIVEN,
        stream_options: params.StreamOptions | None | NotGiven = NOT_GIVEN,
        suffix: str | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> RawResponse[models.CreateCompletionResponse] | RawResponse[Stream[models.CreateCompletionResponse]]:
        """Create a completion.

        Given a prompt, the model returns one or more predicted completions, and can also return the log probabilities of alternative tokens at each position.

        ``POST /v1/completions``

        Args:
            model: The ID of the model, e.g. `gpt-3.5-turbo-instruct`.
            prompt: The prompt(s), as a string, an array of strings, an array of tokens or an array of token arrays.
            best_of: Generates `best_of` completions server-side and returns the best; must be greater than `n`. Cannot be streamed. Server default 1.
            echo: Echo back the prompt in addition to the completion. Server default false.
            frequency_penalty: -2.0 to 2.0; positive values penalise tokens by their frequency so far. Server default 0.
            logprobs: Include the log probabilities of the `logprobs` most likely tokens (0 to 5), as well as the chosen token. Server default null.
            max_tokens: The maximum number of tokens to generate. Server default 16.
            n: How many completions to generate for each prompt. Server default 1.
            presence_penalty: -2.0 to 2.0; positive values penalise tokens that already appear. Server default 0.
            seed: Best-effort deterministic sampling; watch `system_fingerprint` for backend changes.
            stream: Stream back partial progress as server-sent events ending with `data: [DONE]`. Server default false.
            suffix: The suffix that comes after a completion of inserted text. Server default null.
            temperature: Sampling temperature between 0 and 2. Server default 1.
            top_p: Nucleus sampling mass between 0 and 1. Server default 1.
            user: A unique identifier of the end user, to help monitor and detect abuse.
        """
        return cast(
            "RawResponse[models.CreateCompletionResponse] | RawResponse[Stream[models.CreateCompletionResponse]]",
            self._call(
                _ops.CREATE_COMPLETION,
                {
                    "model": model,
                    "prompt": prompt,
                    "best_of": best_of,
                    "echo": echo,
                    "frequency_penalty": frequency_penalty,
                    "logit_bias": logit_bias,
                    "logprobs": logprobs,
                    "max_tokens": max_tokens,
                    "n": n,
                    "presence_penalty": presence_penalty,
                    "seed": seed,
                    "stop": stop,
                    "stream": stream,
                    "stream_options": stream_options,
                    "suffix": suffix,
                    "temperature": temperature,
                    "top_p": top_p,
                    "user": user,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class ChatCompletionsWithRawResponse(SyncAPIResource):
    """``client.with_raw_response.chat.completions``: every method returns the raw response."""

    _raw = True

    @overload
    def create(
        self,
        *,
        messages: list[
            params.ChatCompletionRequestSystemMessage
            | params.ChatCompletionRequestUserMessage
            | params.ChatCompletionRequestAssistantMessage
            | params.ChatCompletionRequestToolMessage
        ],
        model: str,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        response_format: params.ResponseFormat | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stop: str | list[str] | None | NotGiven = NOT_GIVEN,
        stream_options: params.StreamOptions | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        tools: list[params.ChatCompletionTool] | NotGiven = NOT_GIVEN,
        tool_choice: Literal["none", "auto", "required"] | params.ChatCompletionNamedToolChoice | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        stream: Literal[False] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> RawResponse[models.CreateChatCompletionResponse]: ...

    @overload
    def create(
        self,
        *,
        messages: list[
            params.ChatCompletionRequestSystemMessage
            | params.ChatCompletionRequestUserMessage
            | params.ChatCompletionRequestAssistantMessage
            | params.ChatCompletionRequestToolMessage
        ],
        model: str,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        response_format: params.ResponseFormat | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stop: str | list[str] | None | NotGiven = NOT_GIVEN,
        stream_options: params.StreamOptions | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        tools: list[params.ChatCompletionTool] | NotGiven = NOT_GIVEN,
        tool_choice: Literal["none", "auto", "required"] | params.ChatCompletionNamedToolChoice | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Stream[models.CreateChatCompletionStreamResponse]]: ...

    @overload
    def create(
        self,
        *,
        messages: list[
            params.ChatCompletionRequestSystemMessage
            | params.ChatCompletionRequestUserMessage
            | params.ChatCompletionRequestAssistantMessage
            | params.ChatCompletionRequestToolMessage
        ],
        model: str,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        response_format: params.ResponseFormat | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stop: str | list[str] | None | NotGiven = NOT_GIVEN,
        stream_options: params.StreamOptions | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        tools: list[params.ChatCompletionTool] | NotGiven = NOT_GIVEN,
        tool_choice: Literal["none", "auto", "required"] | params.ChatCompletionNamedToolChoice | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> (
        RawResponse[models.CreateChatCompletionResponse]
        | RawResponse[Stream[models.CreateChatCompletionStreamResponse]]
    ): ...

    def create(
        self,
        *,
        messages: list[
            params.ChatCompletionRequestSystemMessage
            | params.ChatCompletionRequestUserMessage
            | params.ChatCompletionRequestAssistantMessage
            | params.ChatCompletionRequestToolMessage
        ],
        model: str,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        response_format: params.ResponseFormat | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stop: str | list[str] | None | NotGiven = NOT_GIVEN,
        stream_options: params.StreamOptions | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        tools: list[params.ChatCompletionTool] | NotGiven = NOT_GIVEN,
        tool_choice: Literal["none", "auto", "required"] | params.ChatCompletionNamedToolChoice | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> (
        RawResponse[models.CreateChatCompletionResponse]
        | RawResponse[Stream[models.CreateChatCompletionStreamResponse]]
    ):
        """Create a chat completion.

        A model response for the given conversation. Claude models (`claude-3-opus-20240229`, `claude-3-sonnet-20240229`, `claude-3-haiku-20240307`) are served through this operation in the same format.

        ``POST /v1/chat/completions``

        Args:
            model: The ID of the model, e.g. `gpt-3.5-turbo` or `claude-3-haiku-20240307`.
            frequency_penalty: -2.0 to 2.0. Server default 0.
            logprobs: Return the log probabilities of the output tokens. Server default false.
            top_logprobs: 0 to 20 most likely tokens at each position; needs `logprobs` true.
            max_tokens: The maximum number of tokens to generate.
            n: How many choices to generate. Server default 1.
            presence_penalty: -2.0 to 2.0. Server default 0.
            stream: Stream back chunks as server-sent events ending with `data: [DONE]`. Server default false.
            temperature: Sampling temperature between 0 and 2. Server default 1.
            top_p: Nucleus sampling mass between 0 and 1. Server default 1.
            tool_choice: `none`, `auto`, `required`, or a named function the model must call.
            user: A unique identifier of the end user.
        """
        return cast(
            "RawResponse[models.CreateChatCompletionResponse] | RawResponse[Stream[models.CreateChatCompletionStreamResponse]]",
            self._call(
                _ops.CREATE_CHAT_COMPLETION,
                {
                    "messages": messages,
                    "model": model,
                    "frequency_penalty": frequency_penalty,
                    "logit_bias": logit_bias,
                    "logprobs": logprobs,
                    "top_logprobs": top_logprobs,
                    "max_tokens": max_tokens,
                    "n": n,
                    "presence_penalty": presence_penalty,
                    "response_format": response_format,
                    "seed": seed,
                    "stop": stop,
                    "stream": stream,
                    "stream_options": stream_options,
                    "temperature": temperature,
                    "top_p": top_p,
                    "tools": tools,
                    "tool_choice": tool_choice,
                    "user": user,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class ChatWithRawResponse(SyncAPIResource):
    """``client.with_raw_response.chat``: every method returns the raw response."""

    _raw = True

    @cached_property
    def completions(self) -> ChatCompletionsWithRawResponse:
        return ChatCompletionsWithRawResponse(self._client)


class ModelsWithRawResponse(SyncAPIResource):
    """``client.with_raw_response.models``: every method returns the raw response."""

    _raw = True

    def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> RawResponse[models.ListModelsResponse]:
        """List models.

        ``GET /v1/models``
        """
        return cast(
            "RawResponse[models.ListModelsResponse]",
            self._call(
                _ops.LIST_MODELS,
                {},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def retrieve(
        self,
        model: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> RawResponse[models.Model]:
        """Retrieve a model.

        ``GET /v1/models/{model}``

        Args:
            model: The ID of the model.
        """
        return cast(
            "RawResponse[models.Model]",
            self._call(
                _ops.RETRIEVE_MODEL,
                {
                    "model": model,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class FilesWithRawResponse(SyncAPIResource):
    """``client.with_raw_response.files``: every method returns the raw response."""

    _raw = True

    def create(
        self,
        *,
        file: FileTypes,
        purpose: Literal["fine-tune", "assistants"],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> RawResponse[models.OpenAIFile]:
        """Upload a file.

        ``POST /v1/files``

        Args:
            file: The file to upload.
            purpose: What the file is for.
        """
        return cast(
            "RawResponse[models.OpenAIFile]",
            self._call(
                _ops.CREATE_FILE,
                {
                    "file": file,
                    "purpose": purpose,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def delete(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> RawResponse[models.DeleteFileResponse]:
        """Delete a file.

        ``DELETE /v1/files/{file_id}``

        Args:
            file_id: The ID of the file.
        """
        return cast(
            "RawResponse[models.DeleteFileResponse]",
            self._call(
                _ops.DELETE_FILE,
                {
                    "file_id": file_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def content(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> RawResponse[BinaryResponse]:
        """Retrieve the content of a file.

        ``GET /v1/files/{file_id}/content``

        Args:
            file_id: The ID of the file.
        """
        return cast(
            "RawResponse[BinaryResponse]",
            self._call(
                _ops.DOWNLOAD_FILE,
                {
                    "file_id": file_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AudioSpeechWithRawResponse(SyncAPIResource):
    """``client.with_raw_response.audio.speech``: every method returns the raw response."""

    _raw = True

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
    ) -> RawResponse[BinaryResponse]:
        """Generate audio from text.

        ``POST /v1/audio/speech``

        Args:
            model: `tts-1` or `tts-1-hd`.
            input: The text to speak.
            response_format: The audio format; server default mp3.
            speed: Server default 1.0.
        """
        return cast(
            "RawResponse[BinaryResponse]",
            self._call(
                _ops.CREATE_SPEECH,
                {
                    "model": model,
                    "input": input,
                    "voice": voice,
                    "response_format": response_format,
                    "speed": speed,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AudioTranscriptionsWithRawResponse(SyncAPIResource):
    """``client.with_raw_response.audio.transcriptions``: every method returns the raw response."""

    _raw = True

    def create(
        self,
        *,
        file: FileTypes,
        model: str,
        language: str | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: Literal["json", "text", "srt", "verbose_json", "vtt"] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        timestamp_granularities: list[Literal["word", "segment"]] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> RawResponse[models.CreateTranscriptionResponse | str]:
        """Transcribe audio into the input language.

        Answers JSON for `response_format` json (the server's default) and verbose_json, and plain text for text, srt and vtt.

        ``POST /v1/audio/transcriptions``

        Args:
            file: The audio file: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav or webm.
            model: `whisper-1`.
            language: The input language
            prompt: Text to guide the style or continue a previous segment.
            response_format: Server default json; text, srt and vtt are answered as plain text.
            temperature: Server default 0.
            timestamp_granularities: Timestamp granularities; needs `response_format` verbose_json. (sent as ``timestamp_granularities[]``)
        """
        return cast(
            "RawResponse[models.CreateTranscriptionResponse | str]",
            self._call(
                _ops.CREATE_TRANSCRIPTION,
                {
                    "file": file,
                    "model": model,
                    "language": language,
                    "prompt": prompt,
                    "response_format": response_format,
                    "temperature": temperature,
                    "timestamp_granularities": timestamp_granularities,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AudioWithRawResponse(SyncAPIResource):
    """``client.with_raw_response.audio``: every method returns the raw response."""

    _raw = True

    @cached_property
    def speech(self) -> AudioSpeechWithRawResponse:
        return AudioSpeechWithRawResponse(self._client)

    @cached_property
    def transcriptions(self) -> AudioTranscriptionsWithRawResponse:
        return AudioTranscriptionsWithRawResponse(self._client)


class BetaAssistantsWithRawResponse(SyncAPIResource):
    """``client.with_raw_response.beta.assistants``: every method returns the raw response."""

    _raw = True

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> RawResponse[models.ListAssistantsResponse]:
        """List assistants.

        ``GET /v1/assistants``

        Iterate over the result (``for`` / ``async for``) to get every item across pages.

        Args:
            limit: How many objects to return, 1 to 100; the server's default is 20.
            order: Sort order by `created_at`; the server's default is `desc`.
            after: The ID of the object after which the page starts (a cursor).
            before: The ID of the object before which the page ends (a cursor).
        """
        return cast(
            "RawResponse[models.ListAssistantsResponse]",
            self._call(
                _ops.LIST_ASSISTANTS,
                {
                    "limit": limit,
                    "order": order,
                    "after": after,
                    "before": before,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class BetaWithRawResponse(SyncAPIResource):
    """``client.with_raw_response.beta``: every method returns the raw response."""

    _raw = True

    @cached_property
    def assistants(self) -> BetaAssistantsWithRawResponse:
        return BetaAssistantsWithRawResponse(self._client)


class MidjourneySubmitWithRawResponse(SyncAPIResource):
    """``client.with_raw_response.midjourney.submit``: every method returns the raw response."""

    _raw = True

    def imagine(
        self,
        *,
        prompt: str,
        base64_array: list[str] | NotGiven = NOT_GIVEN,
        bot_type: Literal["MID_JOURNEY", "NIJI_JOURNEY"] | NotGiven = NOT_GIVEN,
        notify_hook: str | NotGiven = NOT_GIVEN,
        state: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> RawResponse[models.SubmitResult]:
        """Submit an Imagine task (text to image, or image and text to image).

        Answers HTTP 200 with a submit result whose `code` says whether the task was accepted (1, 21, 22) or refused (3, 4, 9, 23, 24).

        ``POST /mj/submit/imagine``

        Args:
            prompt: The prompt.
            base64_array: Reference images as base64 data URLs (`data:image/png;base64,...`). (sent as ``base64Array``)
            bot_type: Server default MID_JOURNEY. (sent as ``botType``)
            notify_hook: A URL that receives a POST with the task on each change (relays may disable it). (sent as ``notifyHook``)
            state: Any text, handed back in the task.
        """
        return cast(
            "RawResponse[models.SubmitResult]",
            self._call(
                _ops.SUBMIT_IMAGINE,
                {
                    "prompt": prompt,
                    "base64_array": base64_array,
                    "bot_type": bot_type,
                    "notify_hook": notify_hook,
                    "state": state,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class MidjourneyTasksWithRawResponse(SyncAPIResource):
    """``client.with_raw_response.midjourney.tasks``: every method returns the raw response."""

    _raw = True

    def fetch(
        self,
        task_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> RawResponse[models.Task]:
        """Get a task by its ID.

        The polling endpoint of every Midjourney task.

        ``GET /mj/task/{id}/fetch``

        Args:
            task_id: The task ID returned by a submit. (sent as ``id``)
        """
        return cast(
            "RawResponse[models.Task]",
            self._call(
                _ops.FETCH_TASK,
                {
                    "task_id": task_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class MidjourneyWithRawResponse(SyncAPIResource):
    """``client.with_raw_response.midjourney``: every method returns the raw response."""

    _raw = True

    @cached_property
    def submit(self) -> MidjourneySubmitWithRawResponse:
        return MidjourneySubmitWithRawResponse(self._client)

    @cached_property
    def tasks(self) -> MidjourneyTasksWithRawResponse:
        return MidjourneyTasksWithRawResponse(self._client)


class AsyncCompletions(AsyncAPIResource):
    """``client.completions``."""

    _raw = False

    @overload
    async def create(
        self,
        *,
        model: str,
        prompt: str | list[str] | list[int] | list[list[int]],
        best_of: int | None | NotGiven = NOT_GIVEN,
        echo: bool | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stop: str | list[str] | None | NotGiven = NOT_GIVEN,
        stream_options: params.StreamOptions | None | NotGiven = NOT_GIVEN,
        suffix: str | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        stream: Literal[False] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreateCompletionResponse: ...

    @overload
    async def create(
        self,
        *,
        model: str,
        prompt: str | list[str] | list[int] | list[list[int]],
        best_of: int | None | NotGiven = NOT_GIVEN,
        echo: bool | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stop: str | list[str] | None | NotGiven = NOT_GIVEN,
        stream_options: params.StreamOptions | None | NotGiven = NOT_GIVEN,
        suffix: str | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[models.CreateCompletionResponse]: ...

    @overload
    async def create(
        self,
        *,
        model: str,
        prompt: str | list[str] | list[int] | list[list[int]],
        best_of: int | None | NotGiven = NOT_GIVEN,
        echo: bool | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stop: str | list[str] | None | NotGiven = NOT_GIVEN,
        stream_options: params.StreamOptions | None | NotGiven = NOT_GIVEN,
        suffix: str | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreateCompletionResponse | AsyncStream[models.CreateCompletionResponse]: ...

    async def create(
        self,
        *,
        model: str,
        prompt: str | list[str] | list[int] | list[list[int]],
        best_of: int | None | NotGiven = NOT_GIVEN,
        echo: bool | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stop: str | list[str] | None | NotGiven = NOT_GIVEN,
        stream_options: params.StreamOptions | None | NotGiven = NOT_GIVEN,
        suffix: str | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreateCompletionResponse | AsyncStream[models.CreateCompletionResponse]:
        """Create a completion.

        Given a prompt, the model returns one or more predicted completions, and can also return the log probabilities of alternative tokens at each position.

        ``POST /v1/completions``

        Args:
            model: The ID of the model, e.g. `gpt-3.5-turbo-instruct`.
            prompt: The prompt(s), as a string, an array of strings, an array of tokens or an array of token arrays.
            best_of: Generates `best_of` completions server-side and returns the best; must be greater than `n`. Cannot be streamed. Server default 1.
            echo: Echo back the prompt in addition to the completion. Server default false.
            frequency_penalty: -2.0 to 2.0; positive values penalise tokens by their frequency so far. Server default 0.
            logprobs: Include the log probabilities of the `logprobs` most likely tokens (0 to 5), as well as the chosen token. Server default null.
            max_tokens: The maximum number of tokens to generate. Server default 16.
            n: How many completions to generate for each prompt. Server default 1.
            presence_penalty: -2.0 to 2.0; positive values penalise tokens that already appear. Server default 0.
            seed: Best-effort deterministic sampling; watch `system_fingerprint` for backend changes.
            stream: Stream back partial progress as server-sent events ending with `data: [DONE]`. Server default false.
            suffix: The suffix that comes after a completion of inserted text. Server default null.
            temperature: Sampling temperature between 0 and 2. Server default 1.
            top_p: Nucleus sampling mass between 0 and 1. Server default 1.
            user: A unique identifier of the end user, to help monitor and detect abuse.
        """
        return cast(
            "models.CreateCompletionResponse | AsyncStream[models.CreateCompletionResponse]",
            await self._call(
                _ops.CREATE_COMPLETION,
                {
                    "model": model,
                    "prompt": prompt,
                    "best_of": best_of,
                    "echo": echo,
                    "frequency_penalty": frequency_penalty,
                    "logit_bias": logit_bias,
                    "logprobs": logprobs,
                    "max_tokens": max_tokens,
                    "n": n,
                    "presence_penalty": presence_penalty,
                    "seed": seed,
                    "stop": stop,
                    "stream": stream,
                    "stream_options": stream_options,
                    "suffix": suffix,
                    "temperature": temperature,
                    "top_p": top_p,
                    "user": user,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncChatCompletions(AsyncAPIResource):
    """``client.chat.completions``."""

    _raw = False

    @overload
    async def create(
        self,
        *,
        messages: list[
            params.ChatCompletionRequestSystemMessage
            | params.ChatCompletionRequestUserMessage
            | params.ChatCompletionRequestAssistantMessage
            | params.ChatCompletionRequestToolMessage
        ],
        model: str,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        response_format: params.ResponseFormat | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stop: str | list[str] | None | NotGiven = NOT_GIVEN,
        stream_options: params.StreamOptions | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        tools: list[params.ChatCompletionTool] | NotGiven = NOT_GIVEN,
        tool_choice: Literal["none", "auto", "required"] | params.ChatCompletionNamedToolChoice | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        stream: Literal[False] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreateChatCompletionResponse: ...

    @overload
    async def create(
        self,
        *,
        messages: list[
            params.ChatCompletionRequestSystemMessage
            | params.ChatCompletionRequestUserMessage
            | params.ChatCompletionRequestAssistantMessage
            | params.ChatCompletionRequestToolMessage
        ],
        model: str,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        response_format: params.ResponseFormat | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stop: str | list[str] | None | NotGiven = NOT_GIVEN,
        stream_options: params.StreamOptions | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        tools: list[params.ChatCompletionTool] | NotGiven = NOT_GIVEN,
        tool_choice: Literal["none", "auto", "required"] | params.ChatCompletionNamedToolChoice | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[models.CreateChatCompletionStreamResponse]: ...

    @overload
    async def create(
        self,
        *,
        messages: list[
            params.ChatCompletionRequestSystemMessage
            | params.ChatCompletionRequestUserMessage
            | params.ChatCompletionRequestAssistantMessage
            | params.ChatCompletionRequestToolMessage
        ],
        model: str,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        response_format: params.ResponseFormat | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stop: str | list[str] | None | NotGiven = NOT_GIVEN,
        stream_options: params.StreamOptions | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        tools: list[params.ChatCompletionTool] | NotGiven = NOT_GIVEN,
        tool_choice: Literal["none", "auto", "required"] | params.ChatCompletionNamedToolChoice | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreateChatCompletionResponse | AsyncStream[models.CreateChatCompletionStreamResponse]: ...

    async def create(
        self,
        *,
        messages: list[
            params.ChatCompletionRequestSystemMessage
            | params.ChatCompletionRequestUserMessage
            | params.ChatCompletionRequestAssistantMessage
            | params.ChatCompletionRequestToolMessage
        ],
        model: str,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        response_format: params.ResponseFormat | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stop: str | list[str] | None | NotGiven = NOT_GIVEN,
        stream_options: params.StreamOptions | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        tools: list[params.ChatCompletionTool] | NotGiven = NOT_GIVEN,
        tool_choice: Literal["none", "auto", "required"] | params.ChatCompletionNamedToolChoice | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreateChatCompletionResponse | AsyncStream[models.CreateChatCompletionStreamResponse]:
        """Create a chat completion.

        A model response for the given conversation. Claude models (`claude-3-opus-20240229`, `claude-3-sonnet-20240229`, `claude-3-haiku-20240307`) are served through this operation in the same format.

        ``POST /v1/chat/completions``

        Args:
            model: The ID of the model, e.g. `gpt-3.5-turbo` or `claude-3-haiku-20240307`.
            frequency_penalty: -2.0 to 2.0. Server default 0.
            logprobs: Return the log probabilities of the output tokens. Server default false.
            top_logprobs: 0 to 20 most likely tokens at each position; needs `logprobs` true.
            max_tokens: The maximum number of tokens to generate.
            n: How many choices to generate. Server default 1.
            presence_penalty: -2.0 to 2.0. Server default 0.
            stream: Stream back chunks as server-sent events ending with `data: [DONE]`. Server default false.
            temperature: Sampling temperature between 0 and 2. Server default 1.
            top_p: Nucleus sampling mass between 0 and 1. Server default 1.
            tool_choice: `none`, `auto`, `required`, or a named function the model must call.
            user: A unique identifier of the end user.
        """
        return cast(
            "models.CreateChatCompletionResponse | AsyncStream[models.CreateChatCompletionStreamResponse]",
            await self._call(
                _ops.CREATE_CHAT_COMPLETION,
                {
                    "messages": messages,
                    "model": model,
                    "frequency_penalty": frequency_penalty,
                    "logit_bias": logit_bias,
                    "logprobs": logprobs,
                    "top_logprobs": top_logprobs,
                    "max_tokens": max_tokens,
                    "n": n,
                    "presence_penalty": presence_penalty,
                    "response_format": response_format,
                    "seed": seed,
                    "stop": stop,
                    "stream": stream,
                    "stream_options": stream_options,
                    "temperature": temperature,
                    "top_p": top_p,
                    "tools": tools,
                    "tool_choice": tool_choice,
                    "user": user,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncChat(AsyncAPIResource):
    """``client.chat``."""

    _raw = False

    @cached_property
    def completions(self) -> AsyncChatCompletions:
        return AsyncChatCompletions(self._client)


class AsyncModels(AsyncAPIResource):
    """``client.models``."""

    _raw = False

    async def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.ListModelsResponse:
        """List models.

        ``GET /v1/models``
        """
        return cast(
            "models.ListModelsResponse",
            await self._call(
                _ops.LIST_MODELS,
                {},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def retrieve(
        self,
        model: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.Model:
        """Retrieve a model.

        ``GET /v1/models/{model}``

        Args:
            model: The ID of the model.
        """
        return cast(
            "models.Model",
            await self._call(
                _ops.RETRIEVE_MODEL,
                {
                    "model": model,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncFiles(AsyncAPIResource):
    """``client.files``."""

    _raw = False

    async def create(
        self,
        *,
        file: FileTypes,
        purpose: Literal["fine-tune", "assistants"],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.OpenAIFile:
        """Upload a file.

        ``POST /v1/files``

        Args:
            file: The file to upload.
            purpose: What the file is for.
        """
        return cast(
            "models.OpenAIFile",
            await self._call(
                _ops.CREATE_FILE,
                {
                    "file": file,
                    "purpose": purpose,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def delete(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.DeleteFileResponse:
        """Delete a file.

        ``DELETE /v1/files/{file_id}``

        Args:
            file_id: The ID of the file.
        """
        return cast(
            "models.DeleteFileResponse",
            await self._call(
                _ops.DELETE_FILE,
                {
                    "file_id": file_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def content(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncBinaryResponse:
        """Retrieve the content of a file.

        ``GET /v1/files/{file_id}/content``

        Args:
            file_id: The ID of the file.
        """
        return cast(
            "AsyncBinaryResponse",
            await self._call(
                _ops.DOWNLOAD_FILE,
                {
                    "file_id": file_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncAudioSpeech(AsyncAPIResource):
    """``client.audio.speech``."""

    _raw = False

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
    ) -> AsyncBinaryResponse:
        """Generate audio from text.

        ``POST /v1/audio/speech``

        Args:
            model: `tts-1` or `tts-1-hd`.
            input: The text to speak.
            response_format: The audio format; server default mp3.
            speed: Server default 1.0.
        """
        return cast(
            "AsyncBinaryResponse",
            await self._call(
                _ops.CREATE_SPEECH,
                {
                    "model": model,
                    "input": input,
                    "voice": voice,
                    "response_format": response_format,
                    "speed": speed,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncAudioTranscriptions(AsyncAPIResource):
    """``client.audio.transcriptions``."""

    _raw = False

    async def create(
        self,
        *,
        file: FileTypes,
        model: str,
        language: str | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: Literal["json", "text", "srt", "verbose_json", "vtt"] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        timestamp_granularities: list[Literal["word", "segment"]] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreateTranscriptionResponse | str:
        """Transcribe audio into the input language.

        Answers JSON for `response_format` json (the server's default) and verbose_json, and plain text for text, srt and vtt.

        ``POST /v1/audio/transcriptions``

        Args:
            file: The audio file: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav or webm.
            model: `whisper-1`.
            language: The input language
            prompt: Text to guide the style or continue a previous segment.
            response_format: Server default json; text, srt and vtt are answered as plain text.
            temperature: Server default 0.
            timestamp_granularities: Timestamp granularities; needs `response_format` verbose_json. (sent as ``timestamp_granularities[]``)
        """
        return cast(
            "models.CreateTranscriptionResponse | str",
            await self._call(
                _ops.CREATE_TRANSCRIPTION,
                {
                    "file": file,
                    "model": model,
                    "language": language,
                    "prompt": prompt,
                    "response_format": response_format,
                    "temperature": temperature,
                    "timestamp_granularities": timestamp_granularities,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncAudio(AsyncAPIResource):
    """``client.audio``."""

    _raw = False

    @cached_property
    def speech(self) -> AsyncAudioSpeech:
        return AsyncAudioSpeech(self._client)

    @cached_property
    def transcriptions(self) -> AsyncAudioTranscriptions:
        return AsyncAudioTranscriptions(self._client)


class AsyncBetaAssistants(AsyncAPIResource):
    """``client.beta.assistants``."""

    _raw = False

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncCursorPager[models.Assistant]:
        """List assistants.

        ``GET /v1/assistants``

        Iterate over the result (``for`` / ``async for``) to get every item across pages.

        Args:
            limit: How many objects to return, 1 to 100; the server's default is 20.
            order: Sort order by `created_at`; the server's default is `desc`.
            after: The ID of the object after which the page starts (a cursor).
            before: The ID of the object before which the page ends (a cursor).
        """
        return cast(
            "AsyncCursorPager[models.Assistant]",
            self._pager(
                lambda: self._call(
                    _ops.LIST_ASSISTANTS,
                    {
                        "limit": limit,
                        "order": order,
                        "after": after,
                        "before": before,
                    },
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                )
            ),
        )


class AsyncBeta(AsyncAPIResource):
    """``client.beta``."""

    _raw = False

    @cached_property
    def assistants(self) -> AsyncBetaAssistants:
        return AsyncBetaAssistants(self._client)


class AsyncMidjourneySubmit(AsyncAPIResource):
    """``client.midjourney.submit``."""

    _raw = False

    async def imagine(
        self,
        *,
        prompt: str,
        base64_array: list[str] | NotGiven = NOT_GIVEN,
        bot_type: Literal["MID_JOURNEY", "NIJI_JOURNEY"] | NotGiven = NOT_GIVEN,
        notify_hook: str | NotGiven = NOT_GIVEN,
        state: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.SubmitResult:
        """Submit an Imagine task (text to image, or image and text to image).

        Answers HTTP 200 with a submit result whose `code` says whether the task was accepted (1, 21, 22) or refused (3, 4, 9, 23, 24).

        ``POST /mj/submit/imagine``

        Args:
            prompt: The prompt.
            base64_array: Reference images as base64 data URLs (`data:image/png;base64,...`). (sent as ``base64Array``)
            bot_type: Server default MID_JOURNEY. (sent as ``botType``)
            notify_hook: A URL that receives a POST with the task on each change (relays may disable it). (sent as ``notifyHook``)
            state: Any text, handed back in the task.
        """
        return cast(
            "models.SubmitResult",
            await self._call(
                _ops.SUBMIT_IMAGINE,
                {
                    "prompt": prompt,
                    "base64_array": base64_array,
                    "bot_type": bot_type,
                    "notify_hook": notify_hook,
                    "state": state,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncMidjourneyTasks(AsyncAPIResource):
    """``client.midjourney.tasks``."""

    _raw = False

    async def fetch(
        self,
        task_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.Task:
        """Get a task by its ID.

        The polling endpoint of every Midjourney task.

        ``GET /mj/task/{id}/fetch``

        Args:
            task_id: The task ID returned by a submit. (sent as ``id``)
        """
        return cast(
            "models.Task",
            await self._call(
                _ops.FETCH_TASK,
                {
                    "task_id": task_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def wait(
        self,
        task_id: str,
        *,
        timeout: float | None = 600.0,
        interval: float = 2.0,
        on_progress: Callable[[models.Task], object] | None = None,
    ) -> models.Task:
        """Poll ``fetch`` until the task is SUCCESS, FAILURE or CANCEL, and return it.

        ``on_progress`` is called with the task each time its progress rises. Raises
        ``MidjourneyTaskFailedError`` for FAILURE and CANCEL, ``MidjourneyModalRequiredError`` when the task waits
        for a modal step, and ``MidjourneyTimeoutError`` when ``timeout`` seconds pass first (``None``: no limit).
        """
        return cast(
            "models.Task",
            await self._poll(_ops.FETCH_TASK, task_id, timeout=timeout, interval=interval, on_progress=on_progress),
        )


class AsyncMidjourney(AsyncAPIResource):
    """``client.midjourney``."""

    _raw = False

    @cached_property
    def submit(self) -> AsyncMidjourneySubmit:
        return AsyncMidjourneySubmit(self._client)

    @cached_property
    def tasks(self) -> AsyncMidjourneyTasks:
        return AsyncMidjourneyTasks(self._client)


class AsyncCompletionsWithRawResponse(AsyncAPIResource):
    """``client.with_raw_response.completions``: every method returns the raw response."""

    _raw = True

    @overload
    async def create(
        self,
        *,
        model: str,
        prompt: str | list[str] | list[int] | list[list[int]],
        best_of: int | None | NotGiven = NOT_GIVEN,
        echo: bool | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stop: str | list[str] | None | NotGiven = NOT_GIVEN,
        stream_options: params.StreamOptions | None | NotGiven = NOT_GIVEN,
        suffix: str | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        stream: Literal[False] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> RawResponse[models.CreateCompletionResponse]: ...

    @overload
    async def create(
        self,
        *,
        model: str,
        prompt: str | list[str] | list[int] | list[list[int]],
        best_of: int | None | NotGiven = NOT_GIVEN,
        echo: bool | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stop: str | list[str] | None | NotGiven = NOT_GIVEN,
        stream_options: params.StreamOptions | None | NotGiven = NOT_GIVEN,
        suffix: str | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> RawResponse[AsyncStream[models.CreateCompletionResponse]]: ...

    @overload
    async def create(
        self,
        *,
        model: str,
        prompt: str | list[str] | list[int] | list[list[int]],
        best_of: int | None | NotGiven = NOT_GIVEN,
        echo: bool | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stop: str | list[str] | None | NotGiven = NOT_GIVEN,
        stream_options: params.StreamOptions | None | NotGiven = NOT_GIVEN,
        suffix: str | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> RawResponse[models.CreateCompletionResponse] | RawResponse[AsyncStream[models.CreateCompletionResponse]]: ...

    async def create(
        self,
        *,
        model: str,
        prompt: str | list[str] | list[int] | list[list[int]],
        best_of: int | None | NotGiven = NOT_GIVEN,
        echo: bool | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stop: str | list[str] | None | NotGiven = NOT_GIVEN,
        stream_options: params.StreamOptions | None | NotGiven = NOT_GIVEN,
        suffix: str | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> RawResponse[models.CreateCompletionResponse] | RawResponse[AsyncStream[models.CreateCompletionResponse]]:
        """Create a completion.

        Given a prompt, the model returns one or more predicted completions, and can also return the log probabilities of alternative tokens at each position.

        ``POST /v1/completions``

        Args:
            model: The ID of the model, e.g. `gpt-3.5-turbo-instruct`.
            prompt: The prompt(s), as a string, an array of strings, an array of tokens or an array of token arrays.
            best_of: Generates `best_of` completions server-side and returns the best; must be greater than `n`. Cannot be streamed. Server default 1.
            echo: Echo back the prompt in addition to the completion. Server default false.
            frequency_penalty: -2.0 to 2.0; positive values penalise tokens by their frequency so far. Server default 0.
            logprobs: Include the log probabilities of the `logprobs` most likely tokens (0 to 5), as well as the chosen token. Server default null.
            max_tokens: The maximum number of tokens to generate. Server default 16.
            n: How many completions to generate for each prompt. Server default 1.
            presence_penalty: -2.0 to 2.0; positive values penalise tokens that already appear. Server default 0.
            seed: Best-effort deterministic sampling; watch `system_fingerprint` for backend changes.
            stream: Stream back partial progress as server-sent events ending with `data: [DONE]`. Server default false.
            suffix: The suffix that comes after a completion of inserted text. Server default null.
            temperature: Sampling temperature between 0 and 2. Server default 1.
            top_p: Nucleus sampling mass between 0 and 1. Server default 1.
            user: A unique identifier of the end user, to help monitor and detect abuse.
        """
        return cast(
            "RawResponse[models.CreateCompletionResponse] | RawResponse[AsyncStream[models.CreateCompletionResponse]]",
            await self._call(
                _ops.CREATE_COMPLETION,
                {
                    "model": model,
                    "prompt": prompt,
                    "best_of": best_of,
                    "echo": echo,
                    "frequency_penalty": frequency_penalty,
                    "logit_bias": logit_bias,
                    "logprobs": logprobs,
                    "max_tokens": max_tokens,
                    "n": n,
                    "presence_penalty": presence_penalty,
                    "seed": seed,
                    "stop": stop,
                    "stream": stream,
                    "stream_options": stream_options,
                    "suffix": suffix,
                    "temperature": temperature,
                    "top_p": top_p,
                    "user": user,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncChatCompletionsWithRawResponse(AsyncAPIResource):
    """``client.with_raw_response.chat.completions``: every method returns the raw response."""

    _raw = True

    @overload
    async def create(
        self,
        *,
        messages: list[
            params.ChatCompletionRequestSystemMessage
            | params.ChatCompletionRequestUserMessage
            | params.ChatCompletionRequestAssistantMessage
            | params.ChatCompletionRequestToolMessage
        ],
        model: str,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        response_format: params.ResponseFormat | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stop: str | list[str] | None | NotGiven = NOT_GIVEN,
        stream_options: params.StreamOptions | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        tools: list[params.ChatCompletionTool] | NotGiven = NOT_GIVEN,
        tool_choice: Literal["none", "auto", "required"] | params.ChatCompletionNamedToolChoice | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        stream: Literal[False] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> RawResponse[models.CreateChatCompletionResponse]: ...

    @overload
    async def create(
        self,
        *,
        messages: list[
            params.ChatCompletionRequestSystemMessage
            | params.ChatCompletionRequestUserMessage
            | params.ChatCompletionRequestAssistantMessage
            | params.ChatCompletionRequestToolMessage
        ],
        model: str,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        response_format: params.ResponseFormat | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stop: str | list[str] | None | NotGiven = NOT_GIVEN,
        stream_options: params.StreamOptions | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        tools: list[params.ChatCompletionTool] | NotGiven = NOT_GIVEN,
        tool_choice: Literal["none", "auto", "required"] | params.ChatCompletionNamedToolChoice | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> RawResponse[AsyncStream[models.CreateChatCompletionStreamResponse]]: ...

    @overload
    async def create(
        self,
        *,
        messages: list[
            params.ChatCompletionRequestSystemMessage
            | params.ChatCompletionRequestUserMessage
            | params.ChatCompletionRequestAssistantMessage
            | params.ChatCompletionRequestToolMessage
        ],
        model: str,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        response_format: params.ResponseFormat | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stop: str | list[str] | None | NotGiven = NOT_GIVEN,
        stream_options: params.StreamOptions | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        tools: list[params.ChatCompletionTool] | NotGiven = NOT_GIVEN,
        tool_choice: Literal["none", "auto", "required"] | params.ChatCompletionNamedToolChoice | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> (
        RawResponse[models.CreateChatCompletionResponse]
        | RawResponse[AsyncStream[models.CreateChatCompletionStreamResponse]]
    ): ...

    async def create(
        self,
        *,
        messages: list[
            params.ChatCompletionRequestSystemMessage
            | params.ChatCompletionRequestUserMessage
            | params.ChatCompletionRequestAssistantMessage
            | params.ChatCompletionRequestToolMessage
        ],
        model: str,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        response_format: params.ResponseFormat | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stop: str | list[str] | None | NotGiven = NOT_GIVEN,
        stream_options: params.StreamOptions | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        tools: list[params.ChatCompletionTool] | NotGiven = NOT_GIVEN,
        tool_choice: Literal["none", "auto", "required"] | params.ChatCompletionNamedToolChoice | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> (
        RawResponse[models.CreateChatCompletionResponse]
        | RawResponse[AsyncStream[models.CreateChatCompletionStreamResponse]]
    ):
        """Create a chat completion.

        A model response for the given conversation. Claude models (`claude-3-opus-20240229`, `claude-3-sonnet-20240229`, `claude-3-haiku-20240307`) are served through this operation in the same format.

        ``POST /v1/chat/completions``

        Args:
            model: The ID of the model, e.g. `gpt-3.5-turbo` or `claude-3-haiku-20240307`.
            frequency_penalty: -2.0 to 2.0. Server default 0.
            logprobs: Return the log probabilities of the output tokens. Server default false.
            top_logprobs: 0 to 20 most likely tokens at each position; needs `logprobs` true.
            max_tokens: The maximum number of tokens to generate.
            n: How many choices to generate. Server default 1.
            presence_penalty: -2.0 to 2.0. Server default 0.
            stream: Stream back chunks as server-sent events ending with `data: [DONE]`. Server default false.
            temperature: Sampling temperature between 0 and 2. Server default 1.
            top_p: Nucleus sampling mass between 0 and 1. Server default 1.
            tool_choice: `none`, `auto`, `required`, or a named function the model must call.
            user: A unique identifier of the end user.
        """
        return cast(
            "RawResponse[models.CreateChatCompletionResponse] | RawResponse[AsyncStream[models.CreateChatCompletionStreamResponse]]",
            await self._call(
                _ops.CREATE_CHAT_COMPLETION,
                {
                    "messages": messages,
                    "model": model,
                    "frequency_penalty": frequency_penalty,
                    "logit_bias": logit_bias,
                    "logprobs": logprobs,
                    "top_logprobs": top_logprobs,
                    "max_tokens": max_tokens,
                    "n": n,
                    "presence_penalty": presence_penalty,
                    "response_format": response_format,
                    "seed": seed,
                    "stop": stop,
                    "stream": stream,
                    "stream_options": stream_options,
                    "temperature": temperature,
                    "top_p": top_p,
                    "tools": tools,
                    "tool_choice": tool_choice,
                    "user": user,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncChatWithRawResponse(AsyncAPIResource):
    """``client.with_raw_response.chat``: every method returns the raw response."""

    _raw = True

    @cached_property
    def completions(self) -> AsyncChatCompletionsWithRawResponse:
        return AsyncChatCompletionsWithRawResponse(self._client)


class AsyncModelsWithRawResponse(AsyncAPIResource):
    """``client.with_raw_response.models``: every method returns the raw response."""

    _raw = True

    async def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> RawResponse[models.ListModelsResponse]:
        """List models.

        ``GET /v1/models``
        """
        return cast(
            "RawResponse[models.ListModelsResponse]",
            await self._call(
                _ops.LIST_MODELS,
                {},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def retrieve(
        self,
        model: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> RawResponse[models.Model]:
        """Retrieve a model.

        ``GET /v1/models/{model}``

        Args:
            model: The ID of the model.
        """
        return cast(
            "RawResponse[models.Model]",
            await self._call(
                _ops.RETRIEVE_MODEL,
                {
                    "model": model,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncFilesWithRawResponse(AsyncAPIResource):
    """``client.with_raw_response.files``: every method returns the raw response."""

    _raw = True

    async def create(
        self,
        *,
        file: FileTypes,
        purpose: Literal["fine-tune", "assistants"],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> RawResponse[models.OpenAIFile]:
        """Upload a file.

        ``POST /v1/files``

        Args:
            file: The file to upload.
            purpose: What the file is for.
        """
        return cast(
            "RawResponse[models.OpenAIFile]",
            await self._call(
                _ops.CREATE_FILE,
                {
                    "file": file,
                    "purpose": purpose,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def delete(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> RawResponse[models.DeleteFileResponse]:
        """Delete a file.

        ``DELETE /v1/files/{file_id}``

        Args:
            file_id: The ID of the file.
        """
        return cast(
            "RawResponse[models.DeleteFileResponse]",
            await self._call(
                _ops.DELETE_FILE,
                {
                    "file_id": file_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def content(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> RawResponse[AsyncBinaryResponse]:
        """Retrieve the content of a file.

        ``GET /v1/files/{file_id}/content``

        Args:
            file_id: The ID of the file.
        """
        return cast(
            "RawResponse[AsyncBinaryResponse]",
            await self._call(
                _ops.DOWNLOAD_FILE,
                {
                    "file_id": file_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncAudioSpeechWithRawResponse(AsyncAPIResource):
    """``client.with_raw_response.audio.speech``: every method returns the raw response."""

    _raw = True

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
    ) -> RawResponse[AsyncBinaryResponse]:
        """Generate audio from text.

        ``POST /v1/audio/speech``

        Args:
            model: `tts-1` or `tts-1-hd`.
            input: The text to speak.
            response_format: The audio format; server default mp3.
            speed: Server default 1.0.
        """
        return cast(
            "RawResponse[AsyncBinaryResponse]",
            await self._call(
                _ops.CREATE_SPEECH,
                {
                    "model": model,
                    "input": input,
                    "voice": voice,
                    "response_format": response_format,
                    "speed": speed,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncAudioTranscriptionsWithRawResponse(AsyncAPIResource):
    """``client.with_raw_response.audio.transcriptions``: every method returns the raw response."""

    _raw = True

    async def create(
        self,
        *,
        file: FileTypes,
        model: str,
        language: str | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: Literal["json", "text", "srt", "verbose_json", "vtt"] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        timestamp_granularities: list[Literal["word", "segment"]] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> RawResponse[models.CreateTranscriptionResponse | str]:
        """Transcribe audio into the input language.

        Answers JSON for `response_format` json (the server's default) and verbose_json, and plain text for text, srt and vtt.

        ``POST /v1/audio/transcriptions``

        Args:
            file: The audio file: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav or webm.
            model: `whisper-1`.
            language: The input language
            prompt: Text to guide the style or continue a previous segment.
            response_format: Server default json; text, srt and vtt are answered as plain text.
            temperature: Server default 0.
            timestamp_granularities: Timestamp granularities; needs `response_format` verbose_json. (sent as ``timestamp_granularities[]``)
        """
        return cast(
            "RawResponse[models.CreateTranscriptionResponse | str]",
            await self._call(
                _ops.CREATE_TRANSCRIPTION,
                {
                    "file": file,
                    "model": model,
                    "language": language,
                    "prompt": prompt,
                    "response_format": response_format,
                    "temperature": temperature,
                    "timestamp_granularities": timestamp_granularities,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncAudioWithRawResponse(AsyncAPIResource):
    """``client.with_raw_response.audio``: every method returns the raw response."""

    _raw = True

    @cached_property
    def speech(self) -> AsyncAudioSpeechWithRawResponse:
        return AsyncAudioSpeechWithRawResponse(self._client)

    @cached_property
    def transcriptions(self) -> AsyncAudioTranscriptionsWithRawResponse:
        return AsyncAudioTranscriptionsWithRawResponse(self._client)


class AsyncBetaAssistantsWithRawResponse(AsyncAPIResource):
    """``client.with_raw_response.beta.assistants``: every method returns the raw response."""

    _raw = True

    async def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> RawResponse[models.ListAssistantsResponse]:
        """List assistants.

        ``GET /v1/assistants``

        Iterate over the result (``for`` / ``async for``) to get every item across pages.

        Args:
            limit: How many objects to return, 1 to 100; the server's default is 20.
            order: Sort order by `created_at`; the server's default is `desc`.
            after: The ID of the object after which the page starts (a cursor).
            before: The ID of the object before which the page ends (a cursor).
        """
        return cast(
            "RawResponse[models.ListAssistantsResponse]",
            await self._call(
                _ops.LIST_ASSISTANTS,
                {
                    "limit": limit,
                    "order": order,
                    "after": after,
                    "before": before,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncBetaWithRawResponse(AsyncAPIResource):
    """``client.with_raw_response.beta``: every method returns the raw response."""

    _raw = True

    @cached_property
    def assistants(self) -> AsyncBetaAssistantsWithRawResponse:
        return AsyncBetaAssistantsWithRawResponse(self._client)


class AsyncMidjourneySubmitWithRawResponse(AsyncAPIResource):
    """``client.with_raw_response.midjourney.submit``: every method returns the raw response."""

    _raw = True

    async def imagine(
        self,
        *,
        prompt: str,
        base64_array: list[str] | NotGiven = NOT_GIVEN,
        bot_type: Literal["MID_JOURNEY", "NIJI_JOURNEY"] | NotGiven = NOT_GIVEN,
        notify_hook: str | NotGiven = NOT_GIVEN,
        state: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> RawResponse[models.SubmitResult]:
        """Submit an Imagine task (text to image, or image and text to image).

        Answers HTTP 200 with a submit result whose `code` says whether the task was accepted (1, 21, 22) or refused (3, 4, 9, 23, 24).

        ``POST /mj/submit/imagine``

        Args:
            prompt: The prompt.
            base64_array: Reference images as base64 data URLs (`data:image/png;base64,...`). (sent as ``base64Array``)
            bot_type: Server default MID_JOURNEY. (sent as ``botType``)
            notify_hook: A URL that receives a POST with the task on each change (relays may disable it). (sent as ``notifyHook``)
            state: Any text, handed back in the task.
        """
        return cast(
            "RawResponse[models.SubmitResult]",
            await self._call(
                _ops.SUBMIT_IMAGINE,
                {
                    "prompt": prompt,
                    "base64_array": base64_array,
                    "bot_type": bot_type,
                    "notify_hook": notify_hook,
                    "state": state,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncMidjourneyTasksWithRawResponse(AsyncAPIResource):
    """``client.with_raw_response.midjourney.tasks``: every method returns the raw response."""

    _raw = True

    async def fetch(
        self,
        task_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> RawResponse[models.Task]:
        """Get a task by its ID.

        The polling endpoint of every Midjourney task.

        ``GET /mj/task/{id}/fetch``

        Args:
            task_id: The task ID returned by a submit. (sent as ``id``)
        """
        return cast(
            "RawResponse[models.Task]",
            await self._call(
                _ops.FETCH_TASK,
                {
                    "task_id": task_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncMidjourneyWithRawResponse(AsyncAPIResource):
    """``client.with_raw_response.midjourney``: every method returns the raw response."""

    _raw = True

    @cached_property
    def submit(self) -> AsyncMidjourneySubmitWithRawResponse:
        return AsyncMidjourneySubmitWithRawResponse(self._client)

    @cached_property
    def tasks(self) -> AsyncMidjourneyTasksWithRawResponse:
        return AsyncMidjourneyTasksWithRawResponse(self._client)
