# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""The top-level resources of a client, each loaded from its own module on first use.

``import wushuang`` stays light, and using ``client.chat`` never imports the code of the other resources.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wushuang._generated.resources import (
        audio,
        beta,
        billing,
        chat,
        completions,
        embeddings,
        files,
        fine_tuning,
        images,
        midjourney,
        models,
        moderations,
        rerank,
    )

__all__ = [
    "AsyncRoots",
    "AsyncRootsWithRawResponse",
    "AsyncRootsWithStreamingResponse",
    "Roots",
    "RootsWithRawResponse",
    "RootsWithStreamingResponse",
]


class Roots:
    """The resources of ``Wushuang``."""

    @cached_property
    def completions(self) -> completions.Completions:
        from wushuang._generated.resources.completions import Completions

        return Completions(self)

    @cached_property
    def chat(self) -> chat.Chat:
        from wushuang._generated.resources.chat import Chat

        return Chat(self)

    @cached_property
    def models(self) -> models.Models:
        from wushuang._generated.resources.models import Models

        return Models(self)

    @cached_property
    def files(self) -> files.Files:
        from wushuang._generated.resources.files import Files

        return Files(self)

    @cached_property
    def audio(self) -> audio.Audio:
        from wushuang._generated.resources.audio import Audio

        return Audio(self)

    @cached_property
    def embeddings(self) -> embeddings.Embeddings:
        from wushuang._generated.resources.embeddings import Embeddings

        return Embeddings(self)

    @cached_property
    def moderations(self) -> moderations.Moderations:
        from wushuang._generated.resources.moderations import Moderations

        return Moderations(self)

    @cached_property
    def images(self) -> images.Images:
        from wushuang._generated.resources.images import Images

        return Images(self)

    @cached_property
    def fine_tuning(self) -> fine_tuning.FineTuning:
        from wushuang._generated.resources.fine_tuning import FineTuning

        return FineTuning(self)

    @cached_property
    def beta(self) -> beta.Beta:
        from wushuang._generated.resources.beta import Beta

        return Beta(self)

    @cached_property
    def midjourney(self) -> midjourney.Midjourney:
        from wushuang._generated.resources.midjourney import Midjourney

        return Midjourney(self)

    @cached_property
    def billing(self) -> billing.Billing:
        from wushuang._generated.resources.billing import Billing

        return Billing(self)

    @cached_property
    def rerank(self) -> rerank.Rerank:
        from wushuang._generated.resources.rerank import Rerank

        return Rerank(self)


class AsyncRoots:
    """The resources of ``AsyncWushuang``."""

    @cached_property
    def completions(self) -> completions.AsyncCompletions:
        from wushuang._generated.resources.completions import AsyncCompletions

        return AsyncCompletions(self)

    @cached_property
    def chat(self) -> chat.AsyncChat:
        from wushuang._generated.resources.chat import AsyncChat

        return AsyncChat(self)

    @cached_property
    def models(self) -> models.AsyncModels:
        from wushuang._generated.resources.models import AsyncModels

        return AsyncModels(self)

    @cached_property
    def files(self) -> files.AsyncFiles:
        from wushuang._generated.resources.files import AsyncFiles

        return AsyncFiles(self)

    @cached_property
    def audio(self) -> audio.AsyncAudio:
        from wushuang._generated.resources.audio import AsyncAudio

        return AsyncAudio(self)

    @cached_property
    def embeddings(self) -> embeddings.AsyncEmbeddings:
        from wushuang._generated.resources.embeddings import AsyncEmbeddings

        return AsyncEmbeddings(self)

    @cached_property
    def moderations(self) -> moderations.AsyncModerations:
        from wushuang._generated.resources.moderations import AsyncModerations

        return AsyncModerations(self)

    @cached_property
    def images(self) -> images.AsyncImages:
        from wushuang._generated.resources.images import AsyncImages

        return AsyncImages(self)

    @cached_property
    def fine_tuning(self) -> fine_tuning.AsyncFineTuning:
        from wushuang._generated.resources.fine_tuning import AsyncFineTuning

        return AsyncFineTuning(self)

    @cached_property
    def beta(self) -> beta.AsyncBeta:
        from wushuang._generated.resources.beta import AsyncBeta

        return AsyncBeta(self)

    @cached_property
    def midjourney(self) -> midjourney.AsyncMidjourney:
        from wushuang._generated.resources.midjourney import AsyncMidjourney

        return AsyncMidjourney(self)

    @cached_property
    def billing(self) -> billing.AsyncBilling:
        from wushuang._generated.resources.billing import AsyncBilling

        return AsyncBilling(self)

    @cached_property
    def rerank(self) -> rerank.AsyncRerank:
        from wushuang._generated.resources.rerank import AsyncRerank

        return AsyncRerank(self)


class RootsWithRawResponse:
    """``client.with_raw_response``: the resources of a client, each method returning a ``RawResponse``."""

    def __init__(self, client: Any) -> None:
        self._client = client

    @cached_property
    def completions(self) -> completions.CompletionsWithRawResponse:
        return self._client.completions.with_raw_response  # type: ignore[no-any-return]

    @cached_property
    def chat(self) -> chat.ChatWithRawResponse:
        return self._client.chat.with_raw_response  # type: ignore[no-any-return]

    @cached_property
    def models(self) -> models.ModelsWithRawResponse:
        return self._client.models.with_raw_response  # type: ignore[no-any-return]

    @cached_property
    def files(self) -> files.FilesWithRawResponse:
        return self._client.files.with_raw_response  # type: ignore[no-any-return]

    @cached_property
    def audio(self) -> audio.AudioWithRawResponse:
        return self._client.audio.with_raw_response  # type: ignore[no-any-return]

    @cached_property
    def embeddings(self) -> embeddings.EmbeddingsWithRawResponse:
        return self._client.embeddings.with_raw_response  # type: ignore[no-any-return]

    @cached_property
    def moderations(self) -> moderations.ModerationsWithRawResponse:
        return self._client.moderations.with_raw_response  # type: ignore[no-any-return]

    @cached_property
    def images(self) -> images.ImagesWithRawResponse:
        return self._client.images.with_raw_response  # type: ignore[no-any-return]

    @cached_property
    def fine_tuning(self) -> fine_tuning.FineTuningWithRawResponse:
        return self._client.fine_tuning.with_raw_response  # type: ignore[no-any-return]

    @cached_property
    def beta(self) -> beta.BetaWithRawResponse:
        return self._client.beta.with_raw_response  # type: ignore[no-any-return]

    @cached_property
    def midjourney(self) -> midjourney.MidjourneyWithRawResponse:
        return self._client.midjourney.with_raw_response  # type: ignore[no-any-return]

    @cached_property
    def billing(self) -> billing.BillingWithRawResponse:
        return self._client.billing.with_raw_response  # type: ignore[no-any-return]

    @cached_property
    def rerank(self) -> rerank.RerankWithRawResponse:
        return self._client.rerank.with_raw_response  # type: ignore[no-any-return]


class RootsWithStreamingResponse:
    """``client.with_streaming_response``: the resources of a client, each method returning a context manager of the unread response."""

    def __init__(self, client: Any) -> None:
        self._client = client

    @cached_property
    def completions(self) -> completions.CompletionsWithStreamingResponse:
        return self._client.completions.with_streaming_response  # type: ignore[no-any-return]

    @cached_property
    def chat(self) -> chat.ChatWithStreamingResponse:
        return self._client.chat.with_streaming_response  # type: ignore[no-any-return]

    @cached_property
    def models(self) -> models.ModelsWithStreamingResponse:
        return self._client.models.with_streaming_response  # type: ignore[no-any-return]

    @cached_property
    def files(self) -> files.FilesWithStreamingResponse:
        return self._client.files.with_streaming_response  # type: ignore[no-any-return]

    @cached_property
    def audio(self) -> audio.AudioWithStreamingResponse:
        return self._client.audio.with_streaming_response  # type: ignore[no-any-return]

    @cached_property
    def embeddings(self) -> embeddings.EmbeddingsWithStreamingResponse:
        return self._client.embeddings.with_streaming_response  # type: ignore[no-any-return]

    @cached_property
    def moderations(self) -> moderations.ModerationsWithStreamingResponse:
        return self._client.moderations.with_streaming_response  # type: ignore[no-any-return]

    @cached_property
    def images(self) -> images.ImagesWithStreamingResponse:
        return self._client.images.with_streaming_response  # type: ignore[no-any-return]

    @cached_property
    def fine_tuning(self) -> fine_tuning.FineTuningWithStreamingResponse:
        return self._client.fine_tuning.with_streaming_response  # type: ignore[no-any-return]

    @cached_property
    def beta(self) -> beta.BetaWithStreamingResponse:
        return self._client.beta.with_streaming_response  # type: ignore[no-any-return]

    @cached_property
    def midjourney(self) -> midjourney.MidjourneyWithStreamingResponse:
        return self._client.midjourney.with_streaming_response  # type: ignore[no-any-return]

    @cached_property
    def billing(self) -> billing.BillingWithStreamingResponse:
        return self._client.billing.with_streaming_response  # type: ignore[no-any-return]

    @cached_property
    def rerank(self) -> rerank.RerankWithStreamingResponse:
        return self._client.rerank.with_streaming_response  # type: ignore[no-any-return]


class AsyncRootsWithRawResponse:
    """``client.with_raw_response``: the resources of an async client, each method returning a ``RawResponse``."""

    def __init__(self, client: Any) -> None:
        self._client = client

    @cached_property
    def completions(self) -> completions.AsyncCompletionsWithRawResponse:
        return self._client.completions.with_raw_response  # type: ignore[no-any-return]

    @cached_property
    def chat(self) -> chat.AsyncChatWithRawResponse:
        return self._client.chat.with_raw_response  # type: ignore[no-any-return]

    @cached_property
    def models(self) -> models.AsyncModelsWithRawResponse:
        return self._client.models.with_raw_response  # type: ignore[no-any-return]

    @cached_property
    def files(self) -> files.AsyncFilesWithRawResponse:
        return self._client.files.with_raw_response  # type: ignore[no-any-return]

    @cached_property
    def audio(self) -> audio.AsyncAudioWithRawResponse:
        return self._client.audio.with_raw_response  # type: ignore[no-any-return]

    @cached_property
    def embeddings(self) -> embeddings.AsyncEmbeddingsWithRawResponse:
        return self._client.embeddings.with_raw_response  # type: ignore[no-any-return]

    @cached_property
    def moderations(self) -> moderations.AsyncModerationsWithRawResponse:
        return self._client.moderations.with_raw_response  # type: ignore[no-any-return]

    @cached_property
    def images(self) -> images.AsyncImagesWithRawResponse:
        return self._client.images.with_raw_response  # type: ignore[no-any-return]

    @cached_property
    def fine_tuning(self) -> fine_tuning.AsyncFineTuningWithRawResponse:
        return self._client.fine_tuning.with_raw_response  # type: ignore[no-any-return]

    @cached_property
    def beta(self) -> beta.AsyncBetaWithRawResponse:
        return self._client.beta.with_raw_response  # type: ignore[no-any-return]

    @cached_property
    def midjourney(self) -> midjourney.AsyncMidjourneyWithRawResponse:
        return self._client.midjourney.with_raw_response  # type: ignore[no-any-return]

    @cached_property
    def billing(self) -> billing.AsyncBillingWithRawResponse:
        return self._client.billing.with_raw_response  # type: ignore[no-any-return]

    @cached_property
    def rerank(self) -> rerank.AsyncRerankWithRawResponse:
        return self._client.rerank.with_raw_response  # type: ignore[no-any-return]


class AsyncRootsWithStreamingResponse:
    """``client.with_streaming_response``: the resources of an async client, each method returning a context manager of the unread response."""

    def __init__(self, client: Any) -> None:
        self._client = client

    @cached_property
    def completions(self) -> completions.AsyncCompletionsWithStreamingResponse:
        return self._client.completions.with_streaming_response  # type: ignore[no-any-return]

    @cached_property
    def chat(self) -> chat.AsyncChatWithStreamingResponse:
        return self._client.chat.with_streaming_response  # type: ignore[no-any-return]

    @cached_property
    def models(self) -> models.AsyncModelsWithStreamingResponse:
        return self._client.models.with_streaming_response  # type: ignore[no-any-return]

    @cached_property
    def files(self) -> files.AsyncFilesWithStreamingResponse:
        return self._client.files.with_streaming_response  # type: ignore[no-any-return]

    @cached_property
    def audio(self) -> audio.AsyncAudioWithStreamingResponse:
        return self._client.audio.with_streaming_response  # type: ignore[no-any-return]

    @cached_property
    def embeddings(self) -> embeddings.AsyncEmbeddingsWithStreamingResponse:
        return self._client.embeddings.with_streaming_response  # type: ignore[no-any-return]

    @cached_property
    def moderations(self) -> moderations.AsyncModerationsWithStreamingResponse:
        return self._client.moderations.with_streaming_response  # type: ignore[no-any-return]

    @cached_property
    def images(self) -> images.AsyncImagesWithStreamingResponse:
        return self._client.images.with_streaming_response  # type: ignore[no-any-return]

    @cached_property
    def fine_tuning(self) -> fine_tuning.AsyncFineTuningWithStreamingResponse:
        return self._client.fine_tuning.with_streaming_response  # type: ignore[no-any-return]

    @cached_property
    def beta(self) -> beta.AsyncBetaWithStreamingResponse:
        return self._client.beta.with_streaming_response  # type: ignore[no-any-return]

    @cached_property
    def midjourney(self) -> midjourney.AsyncMidjourneyWithStreamingResponse:
        return self._client.midjourney.with_streaming_response  # type: ignore[no-any-return]

    @cached_property
    def billing(self) -> billing.AsyncBillingWithStreamingResponse:
        return self._client.billing.with_streaming_response  # type: ignore[no-any-return]

    @cached_property
    def rerank(self) -> rerank.AsyncRerankWithStreamingResponse:
        return self._client.rerank.with_streaming_response  # type: ignore[no-any-return]
