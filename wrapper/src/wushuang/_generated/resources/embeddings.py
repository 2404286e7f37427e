# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""``client.embeddings``: its resource classes (sync and async, and their response variants)."""

from __future__ import annotations

from collections.abc import Sequence
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
from wushuang._generated.operations import embeddings as _ops

if TYPE_CHECKING:
    from typing import Never

    from wushuang._generated import models


class Embeddings(SyncAPIResource):
    """``client.embeddings``."""

    @cached_property
    def with_raw_response(self) -> EmbeddingsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return EmbeddingsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> EmbeddingsWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return EmbeddingsWithStreamingResponse(self)

    def create(
        self,
        *,
        input: str | Sequence[str] | Sequence[int] | Sequence[Sequence[int]],
        model: str,
        encoding_format: Literal["float", "base64"] | NotGiven = NOT_GIVEN,
        dimensions: int | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.CreateEmbeddingResponse:
        """Create embeddings.

        Embedding vectors of the input text(s), as arrays of numbers or, with `encoding_format` base64, as base64 strings of little-endian float32 values.

        ``POST /v1/embeddings``

        Args:
            input (str | list[str] | list[int] | list[list[int]]): The text(s) to embed, as a string, an array of strings, an array of tokens or an array of token arrays. Not an empty string; at most 2048 items per array; each input at most the model's input limit (8192 tokens for `text-embedding-ada-002`).
            model (str): The ID of the model, e.g. `text-embedding-ada-002`, `text-embedding-3-small` or `text-embedding-3-large`.
            encoding_format (Literal['float', 'base64'], optional): Arrays of numbers (float) or base64 strings of little-endian float32 values (base64). Server default float.
            dimensions (int, optional): How many dimensions the embeddings have; only `text-embedding-3` and later models.
            user (str, optional): A unique identifier of the end user, to help monitor and detect abuse.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.CreateEmbeddingResponse.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.create, unknown)
        args: dict[str, object] = {
            "input": input,
            "model": model,
            "encoding_format": encoding_format,
            "dimensions": dimensions,
            "user": user,
        }
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.CreateEmbeddingResponse", self._call(_ops.CREATE_EMBEDDING, args, options))


class EmbeddingsWithRawResponse:
    """``client.embeddings.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: Embeddings) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class EmbeddingsWithStreamingResponse:
    """``client.embeddings.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: Embeddings) -> None:
        self._resource = resource
        self.create = to_streamed_response(resource.create)


class AsyncEmbeddings(AsyncAPIResource):
    """``client.embeddings`` (async)."""

    @cached_property
    def with_raw_response(self) -> AsyncEmbeddingsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return AsyncEmbeddingsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncEmbeddingsWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return AsyncEmbeddingsWithStreamingResponse(self)

    async def create(
        self,
        *,
        input: str | Sequence[str] | Sequence[int] | Sequence[Sequence[int]],
        model: str,
        encoding_format: Literal["float", "base64"] | NotGiven = NOT_GIVEN,
        dimensions: int | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.CreateEmbeddingResponse:
        """Create embeddings.

        Embedding vectors of the input text(s), as arrays of numbers or, with `encoding_format` base64, as base64 strings of little-endian float32 values.

        ``POST /v1/embeddings``

        Args:
            input (str | list[str] | list[int] | list[list[int]]): The text(s) to embed, as a string, an array of strings, an array of tokens or an array of token arrays. Not an empty string; at most 2048 items per array; each input at most the model's input limit (8192 tokens for `text-embedding-ada-002`).
            model (str): The ID of the model, e.g. `text-embedding-ada-002`, `text-embedding-3-small` or `text-embedding-3-large`.
            encoding_format (Literal['float', 'base64'], optional): Arrays of numbers (float) or base64 strings of little-endian float32 values (base64). Server default float.
            dimensions (int, optional): How many dimensions the embeddings have; only `text-embedding-3` and later models.
            user (str, optional): A unique identifier of the end user, to help monitor and detect abuse.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.CreateEmbeddingResponse.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.create, unknown)
        args: dict[str, object] = {
            "input": input,
            "model": model,
            "encoding_format": encoding_format,
            "dimensions": dimensions,
            "user": user,
        }
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.CreateEmbeddingResponse", await self._call(_ops.CREATE_EMBEDDING, args, options))


class AsyncEmbeddingsWithRawResponse:
    """``client.embeddings.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncEmbeddings) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)


class AsyncEmbeddingsWithStreamingResponse:
    """``client.embeddings.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: AsyncEmbeddings) -> None:
        self._resource = resource
        self.create = async_to_streamed_response(resource.create)
