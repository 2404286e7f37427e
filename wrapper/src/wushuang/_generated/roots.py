# Generated from openapi/wushuang.yaml (sha256 766d121b461e4647) by generator/ — do not edit by hand.
"""The top-level resources of a client, created on first use so that ``import wushuang`` stays light."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wushuang._generated import resources

__all__ = ["AsyncRawRoots", "AsyncRoots", "SyncRawRoots", "SyncRoots"]


class SyncRoots:
    """The resources of a client."""

    def _resource_client(self) -> Any:
        return self

    @cached_property
    def completions(self) -> resources.Completions:
        from wushuang._generated.resources import Completions

        return Completions(self._resource_client())

    @cached_property
    def chat(self) -> resources.Chat:
        from wushuang._generated.resources import Chat

        return Chat(self._resource_client())

    @cached_property
    def models(self) -> resources.Models:
        from wushuang._generated.resources import Models

        return Models(self._resource_client())

    @cached_property
    def files(self) -> resources.Files:
        from wushuang._generated.resources import Files

        return Files(self._resource_client())

    @cached_property
    def audio(self) -> resources.Audio:
        from wushuang._generated.resources import Audio

        return Audio(self._resource_client())

    @cached_property
    def beta(self) -> resources.Beta:
        from wushuang._generated.resources import Beta

        return Beta(self._resource_client())

    @cached_property
    def midjourney(self) -> resources.Midjourney:
        from wushuang._generated.resources import Midjourney

        return Midjourney(self._resource_client())


class SyncRawRoots:
    """The resources of ``client.with_raw_response``."""

    def _resource_client(self) -> Any:
        return self._client  # type: ignore[attr-defined]

    @cached_property
    def completions(self) -> resources.CompletionsWithRawResponse:
        from wushuang._generated.resources import CompletionsWithRawResponse

        return CompletionsWithRawResponse(self._resource_client())

    @cached_property
    def chat(self) -> resources.ChatWithRawResponse:
        from wushuang._generated.resources import ChatWithRawResponse

        return ChatWithRawResponse(self._resource_client())

    @cached_property
    def models(self) -> resources.ModelsWithRawResponse:
        from wushuang._generated.resources import ModelsWithRawResponse

        return ModelsWithRawResponse(self._resource_client())

    @cached_property
    def files(self) -> resources.FilesWithRawResponse:
        from wushuang._generated.resources import FilesWithRawResponse

        return FilesWithRawResponse(self._resource_client())

    @cached_property
    def audio(self) -> resources.AudioWithRawResponse:
        from wushuang._generated.resources import AudioWithRawResponse

        return AudioWithRawResponse(self._resource_client())

    @cached_property
    def beta(self) -> resources.BetaWithRawResponse:
        from wushuang._generated.resources import BetaWithRawResponse

        return BetaWithRawResponse(self._resource_client())

    @cached_property
    def midjourney(self) -> resources.MidjourneyWithRawResponse:
        from wushuang._generated.resources import MidjourneyWithRawResponse

        return MidjourneyWithRawResponse(self._resource_client())


class AsyncRoots:
    """The resources of a client."""

    def _resource_client(self) -> Any:
        return self

    @cached_property
    def completions(self) -> resources.AsyncCompletions:
        from wushuang._generated.resources import AsyncCompletions

        return AsyncCompletions(self._resource_client())

    @cached_property
    def chat(self) -> resources.AsyncChat:
        from wushuang._generated.resources import AsyncChat

        return AsyncChat(self._resource_client())

    @cached_property
    def models(self) -> resources.AsyncModels:
        from wushuang._generated.resources import AsyncModels

        return AsyncModels(self._resource_client())

    @cached_property
    def files(self) -> resources.AsyncFiles:
        from wushuang._generated.resources import AsyncFiles

        return AsyncFiles(self._resource_client())

    @cached_property
    def audio(self) -> resources.AsyncAudio:
        from wushuang._generated.resources import AsyncAudio

        return AsyncAudio(self._resource_client())

    @cached_property
    def beta(self) -> resources.AsyncBeta:
        from wushuang._generated.resources import AsyncBeta

        return AsyncBeta(self._resource_client())

    @cached_property
    def midjourney(self) -> resources.AsyncMidjourney:
        from wushuang._generated.resources import AsyncMidjourney

        return AsyncMidjourney(self._resource_client())


class AsyncRawRoots:
    """The resources of ``client.with_raw_response``."""

    def _resource_client(self) -> Any:
        return self._client  # type: ignore[attr-defined]

    @cached_property
    def completions(self) -> resources.AsyncCompletionsWithRawResponse:
        from wushuang._generated.resources import AsyncCompletionsWithRawResponse

        return AsyncCompletionsWithRawResponse(self._resource_client())

    @cached_property
    def chat(self) -> resources.AsyncChatWithRawResponse:
        from wushuang._generated.resources import AsyncChatWithRawResponse

        return AsyncChatWithRawResponse(self._resource_client())

    @cached_property
    def models(self) -> resources.AsyncModelsWithRawResponse:
        from wushuang._generated.resources import AsyncModelsWithRawResponse

        return AsyncModelsWithRawResponse(self._resource_client())

    @cached_property
    def files(self) -> resources.AsyncFilesWithRawResponse:
        from wushuang._generated.resources import AsyncFilesWithRawResponse

        return AsyncFilesWithRawResponse(self._resource_client())

    @cached_property
    def audio(self) -> resources.AsyncAudioWithRawResponse:
        from wushuang._generated.resources import AsyncAudioWithRawResponse

        return AsyncAudioWithRawResponse(self._resource_client())

    @cached_property
    def beta(self) -> resources.AsyncBetaWithRawResponse:
        from wushuang._generated.resources import AsyncBetaWithRawResponse

        return AsyncBetaWithRawResponse(self._resource_client())

    @cached_property
    def midjourney(self) -> resources.AsyncMidjourneyWithRawResponse:
        from wushuang._generated.resources import AsyncMidjourneyWithRawResponse

        return AsyncMidjourneyWithRawResponse(self._resource_client())
