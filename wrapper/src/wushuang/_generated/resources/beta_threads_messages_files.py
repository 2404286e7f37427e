# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""``client.beta.threads.messages.files``: its resource classes (sync and async, and their response variants)."""

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
from wushuang._generated.operations import beta_threads_messages_files as _ops

if TYPE_CHECKING:
    from typing import Never

    from wushuang._core.pagination import AsyncCursorPager, CursorPage
    from wushuang._generated import models


class BetaThreadsMessagesFiles(SyncAPIResource):
    """``client.beta.threads.messages.files``."""

    @cached_property
    def with_raw_response(self) -> BetaThreadsMessagesFilesWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return BetaThreadsMessagesFilesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaThreadsMessagesFilesWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return BetaThreadsMessagesFilesWithStreamingResponse(self)

    def list(
        self,
        message_id: str,
        *,
        thread_id: str,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> CursorPage[models.MessageFile]:
        """List the files of a message.

        The files attached to a message (Assistants v1), one page at a time with `limit`, `order`, `after` and
        `before`.

        ``GET /v1/threads/{thread_id}/messages/{message_id}/files``

        Iterate over the result (``for`` / ``async for``) to get every item across pages.

        Args:
            thread_id (str): The ID of the thread the message belongs to.
            message_id (str): The ID of the message the files belong to.
            limit (int, optional): How many objects to return, 1 to 100; the server's default is 20.
            order (Literal['asc', 'desc'], optional): Sort order by `created_at`; the server's default is `desc`.
            after (str, optional): The ID of the object after which the page starts (a cursor).
            before (str, optional): The ID of the object before which the page ends (a cursor).
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            CursorPage[models.MessageFile].

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.list, unknown)
        args: dict[str, object] = {
            "thread_id": thread_id,
            "message_id": message_id,
            "limit": limit,
            "order": order,
            "after": after,
            "before": before,
        }
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("CursorPage[models.MessageFile]", self._call(_ops.LIST_MESSAGE_FILES, args, options))

    def retrieve(
        self,
        file_id: str,
        *,
        thread_id: str,
        message_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.MessageFile:
        """Retrieve a message file.

        One file attached to a message (Assistants v1), with the message's ID and the time it was attached.

        ``GET /v1/threads/{thread_id}/messages/{message_id}/files/{file_id}``

        Args:
            thread_id (str): The ID of the thread the message belongs to.
            message_id (str): The ID of the message the file belongs to.
            file_id (str): The ID of the file.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.MessageFile.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.retrieve, unknown)
        args: dict[str, object] = {"thread_id": thread_id, "message_id": message_id, "file_id": file_id}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.MessageFile", self._call(_ops.GET_MESSAGE_FILE, args, options))


class BetaThreadsMessagesFilesWithRawResponse:
    """``client.beta.threads.messages.files.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: BetaThreadsMessagesFiles) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)


class BetaThreadsMessagesFilesWithStreamingResponse:
    """``client.beta.threads.messages.files.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: BetaThreadsMessagesFiles) -> None:
        self._resource = resource
        self.list = to_streamed_response(resource.list)
        self.retrieve = to_streamed_response(resource.retrieve)


class AsyncBetaThreadsMessagesFiles(AsyncAPIResource):
    """``client.beta.threads.messages.files`` (async)."""

    @cached_property
    def with_raw_response(self) -> AsyncBetaThreadsMessagesFilesWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return AsyncBetaThreadsMessagesFilesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaThreadsMessagesFilesWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return AsyncBetaThreadsMessagesFilesWithStreamingResponse(self)

    def list(
        self,
        message_id: str,
        *,
        thread_id: str,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> AsyncCursorPager[models.MessageFile]:
        """List the files of a message.

        The files attached to a message (Assistants v1), one page at a time with `limit`, `order`, `after` and
        `before`.

        ``GET /v1/threads/{thread_id}/messages/{message_id}/files``

        Iterate over the result (``for`` / ``async for``) to get every item across pages.

        Args:
            thread_id (str): The ID of the thread the message belongs to.
            message_id (str): The ID of the message the files belong to.
            limit (int, optional): How many objects to return, 1 to 100; the server's default is 20.
            order (Literal['asc', 'desc'], optional): Sort order by `created_at`; the server's default is `desc`.
            after (str, optional): The ID of the object after which the page starts (a cursor).
            before (str, optional): The ID of the object before which the page ends (a cursor).
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            AsyncCursorPager[models.MessageFile].

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.list, unknown)
        args: dict[str, object] = {
            "thread_id": thread_id,
            "message_id": message_id,
            "limit": limit,
            "order": order,
            "after": after,
            "before": before,
        }
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("AsyncCursorPager[models.MessageFile]", self._pager(_ops.LIST_MESSAGE_FILES, args, options))

    async def retrieve(
        self,
        file_id: str,
        *,
        thread_id: str,
        message_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.MessageFile:
        """Retrieve a message file.

        One file attached to a message (Assistants v1), with the message's ID and the time it was attached.

        ``GET /v1/threads/{thread_id}/messages/{message_id}/files/{file_id}``

        Args:
            thread_id (str): The ID of the thread the message belongs to.
            message_id (str): The ID of the message the file belongs to.
            file_id (str): The ID of the file.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.MessageFile.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.retrieve, unknown)
        args: dict[str, object] = {"thread_id": thread_id, "message_id": message_id, "file_id": file_id}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.MessageFile", await self._call(_ops.GET_MESSAGE_FILE, args, options))


class AsyncBetaThreadsMessagesFilesWithRawResponse:
    """``client.beta.threads.messages.files.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncBetaThreadsMessagesFiles) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.retrieve = async_to_raw_response(resource.retrieve)


class AsyncBetaThreadsMessagesFilesWithStreamingResponse:
    """``client.beta.threads.messages.files.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: AsyncBetaThreadsMessagesFiles) -> None:
        self._resource = resource
        self.list = async_to_streamed_response(resource.list)
        self.retrieve = async_to_streamed_response(resource.retrieve)
