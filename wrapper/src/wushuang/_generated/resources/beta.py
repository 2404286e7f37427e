# Generated from openapi/wushuang.yaml (sha256 64239a6b5896bcff) by generator/ — do not edit by hand.
"""``client.beta``: the resource classes of that part of the API, one method per operation.

Every method is written once per sync / async class; ``with_raw_response`` and ``with_streaming_response`` are
derived from it by the typed wrappers of ``wushuang._resource``. Nothing here sends a request by itself: each
method hands its arguments (``locals()``: exactly its parameters) to the client with its entry of the operation
table. This module is loaded when
``client.beta`` is first touched.
"""

from __future__ import annotations

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
)
from wushuang._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout

if TYPE_CHECKING:
    from wushuang._generated import models
    from wushuang._pagination import AsyncCursorPager, CursorPage

__all__ = [
    "BetaAssistants",
    "BetaAssistantsWithRawResponse",
    "BetaAssistantsWithStreamingResponse",
    "AsyncBetaAssistants",
    "AsyncBetaAssistantsWithRawResponse",
    "AsyncBetaAssistantsWithStreamingResponse",
    "Beta",
    "BetaWithRawResponse",
    "BetaWithStreamingResponse",
    "AsyncBeta",
    "AsyncBetaWithRawResponse",
    "AsyncBetaWithStreamingResponse",
]


class BetaAssistants(SyncAPIResource):
    """``client.beta.assistants``."""

    @cached_property
    def with_raw_response(self) -> BetaAssistantsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return BetaAssistantsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaAssistantsWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return BetaAssistantsWithStreamingResponse(self)

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
        return cast("CursorPage[models.Assistant]", self._call(_ops.LIST_ASSISTANTS, locals()))


class BetaAssistantsWithRawResponse:
    """``client.beta.assistants.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: BetaAssistants) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)


class BetaAssistantsWithStreamingResponse:
    """``client.beta.assistants.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: BetaAssistants) -> None:
        self._resource = resource
        self.list = to_streamed_response(resource.list)


class Beta(SyncAPIResource):
    """``client.beta``."""

    @cached_property
    def assistants(self) -> BetaAssistants:
        return BetaAssistants(self._client)

    @cached_property
    def with_raw_response(self) -> BetaWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return BetaWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return BetaWithStreamingResponse(self)


class BetaWithRawResponse:
    """``client.beta.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: Beta) -> None:
        self._resource = resource

    @cached_property
    def assistants(self) -> BetaAssistantsWithRawResponse:
        return self._resource.assistants.with_raw_response


class BetaWithStreamingResponse:
    """``client.beta.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: Beta) -> None:
        self._resource = resource

    @cached_property
    def assistants(self) -> BetaAssistantsWithStreamingResponse:
        return self._resource.assistants.with_streaming_response


class AsyncBetaAssistants(AsyncAPIResource):
    """``client.beta.assistants`` (async)."""

    @cached_property
    def with_raw_response(self) -> AsyncBetaAssistantsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return AsyncBetaAssistantsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaAssistantsWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return AsyncBetaAssistantsWithStreamingResponse(self)

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
        arguments = locals()
        return cast(
            "AsyncCursorPager[models.Assistant]", self._pager(lambda: self._call(_ops.LIST_ASSISTANTS, arguments))
        )


class AsyncBetaAssistantsWithRawResponse:
    """``client.beta.assistants.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncBetaAssistants) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)


class AsyncBetaAssistantsWithStreamingResponse:
    """``client.beta.assistants.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: AsyncBetaAssistants) -> None:
        self._resource = resource
        self.list = async_to_streamed_response(resource.list)


class AsyncBeta(AsyncAPIResource):
    """``client.beta`` (async)."""

    @cached_property
    def assistants(self) -> AsyncBetaAssistants:
        return AsyncBetaAssistants(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncBetaWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return AsyncBetaWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return AsyncBetaWithStreamingResponse(self)


class AsyncBetaWithRawResponse:
    """``client.beta.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncBeta) -> None:
        self._resource = resource

    @cached_property
    def assistants(self) -> AsyncBetaAssistantsWithRawResponse:
        return self._resource.assistants.with_raw_response


class AsyncBetaWithStreamingResponse:
    """``client.beta.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: AsyncBeta) -> None:
        self._resource = resource

    @cached_property
    def assistants(self) -> AsyncBetaAssistantsWithStreamingResponse:
        return self._resource.assistants.with_streaming_response
