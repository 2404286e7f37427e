# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""``client.rerank``: its resource classes (sync and async, and their response variants)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, cast

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
from wushuang._generated.operations import rerank as _ops

if TYPE_CHECKING:
    from typing import Never

    from wushuang._generated import models


class Rerank(SyncAPIResource):
    """``client.rerank``."""

    @cached_property
    def with_raw_response(self) -> RerankWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return RerankWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> RerankWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return RerankWithStreamingResponse(self)

    def create(
        self,
        *,
        model: str,
        query: str,
        documents: Sequence[str],
        top_n: int | NotGiven = NOT_GIVEN,
        return_documents: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.RerankResponse:
        """Rerank documents.

        The documents ordered by their relevance to the query, in the Jina / Cohere shape the relay routes to its rerank channels (new-api `dto/rerank.go`).

        ``POST /v1/rerank``

        Args:
            model (str): The rerank model.
            query (str): What the documents are ranked against.
            documents (list[str]): The documents, as strings.
            top_n (int, optional): How many results to return (default: all).
            return_documents (bool, optional): Whether each result carries its document.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.RerankResponse.

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
            "query": query,
            "documents": documents,
            "top_n": top_n,
            "return_documents": return_documents,
        }
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.RerankResponse", self._call(_ops.CREATE_RERANK, args, options))


class RerankWithRawResponse:
    """``client.rerank.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: Rerank) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class RerankWithStreamingResponse:
    """``client.rerank.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: Rerank) -> None:
        self._resource = resource
        self.create = to_streamed_response(resource.create)


class AsyncRerank(AsyncAPIResource):
    """``client.rerank`` (async)."""

    @cached_property
    def with_raw_response(self) -> AsyncRerankWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return AsyncRerankWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncRerankWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return AsyncRerankWithStreamingResponse(self)

    async def create(
        self,
        *,
        model: str,
        query: str,
        documents: Sequence[str],
        top_n: int | NotGiven = NOT_GIVEN,
        return_documents: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.RerankResponse:
        """Rerank documents.

        The documents ordered by their relevance to the query, in the Jina / Cohere shape the relay routes to its rerank channels (new-api `dto/rerank.go`).

        ``POST /v1/rerank``

        Args:
            model (str): The rerank model.
            query (str): What the documents are ranked against.
            documents (list[str]): The documents, as strings.
            top_n (int, optional): How many results to return (default: all).
            return_documents (bool, optional): Whether each result carries its document.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.RerankResponse.

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
            "query": query,
            "documents": documents,
            "top_n": top_n,
            "return_documents": return_documents,
        }
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.RerankResponse", await self._call(_ops.CREATE_RERANK, args, options))


class AsyncRerankWithRawResponse:
    """``client.rerank.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncRerank) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)


class AsyncRerankWithStreamingResponse:
    """``client.rerank.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: AsyncRerank) -> None:
        self._resource = resource
        self.create = async_to_streamed_response(resource.create)
