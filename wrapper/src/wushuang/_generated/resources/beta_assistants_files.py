# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""``client.beta.assistants.files``: its resource classes (sync and async, and their response variants)."""

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
from wushuang._generated.operations import beta_assistants_files as _ops

if TYPE_CHECKING:
    from typing import Never

    from wushuang._core.pagination import AsyncCursorPager, CursorPage
    from wushuang._generated import models


class BetaAssistantsFiles(SyncAPIResource):
    """``client.beta.assistants.files``."""

    @cached_property
    def with_raw_response(self) -> BetaAssistantsFilesWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return BetaAssistantsFilesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaAssistantsFilesWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return BetaAssistantsFilesWithStreamingResponse(self)

    def list(
        self,
        assistant_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> CursorPage[models.AssistantFile]:
        """List an assistant's files.

        The files attached to an assistant (Assistants v1), one page at a time with `limit`, `order`, `after`
        and `before`.

        ``GET /v1/assistants/{assistant_id}/files``

        Iterate over the result (``for`` / ``async for``) to get every item across pages.

        Args:
            assistant_id (str): The ID of the assistant the files belong to.
            limit (int, optional): How many objects to return, 1 to 100; the server's default is 20.
            order (Literal['asc', 'desc'], optional): Sort order by `created_at`; the server's default is `desc`.
            after (str, optional): The ID of the object after which the page starts (a cursor).
            before (str, optional): The ID of the object before which the page ends (a cursor).
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            CursorPage[models.AssistantFile].

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.list, unknown)
        args: dict[str, object] = {
            "assistant_id": assistant_id,
            "limit": limit,
            "order": order,
            "after": after,
            "before": before,
        }
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("CursorPage[models.AssistantFile]", self._call(_ops.LIST_ASSISTANT_FILES, args, options))

    def create(
        self,
        assistant_id: str,
        *,
        file_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.AssistantFile:
        """Attach a file to an assistant.

        Attaches a file uploaded with purpose `assistants` (`POST /v1/files`) to the assistant, for the retrieval and code_interpreter tools; the assistant file's ID is the file's ID.

        ``POST /v1/assistants/{assistant_id}/files``

        Args:
            assistant_id (str): The ID of the assistant the files belong to.
            file_id (str): The ID of a file uploaded with purpose `assistants`, for the retrieval and code_interpreter tools.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.AssistantFile.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.create, unknown)
        args: dict[str, object] = {"assistant_id": assistant_id, "file_id": file_id}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.AssistantFile", self._call(_ops.CREATE_ASSISTANT_FILE, args, options))

    def retrieve(
        self,
        file_id: str,
        *,
        assistant_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.AssistantFile:
        """Retrieve an assistant file.

        One file attached to an assistant (Assistants v1): the assistant file's ID is the file's ID, and it
        carries the assistant's ID and the time it was attached.

        ``GET /v1/assistants/{assistant_id}/files/{file_id}``

        Args:
            assistant_id (str): The ID of the assistant the file belongs to.
            file_id (str): The ID of the file.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.AssistantFile.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.retrieve, unknown)
        args: dict[str, object] = {"assistant_id": assistant_id, "file_id": file_id}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.AssistantFile", self._call(_ops.GET_ASSISTANT_FILE, args, options))

    def delete(
        self,
        file_id: str,
        *,
        assistant_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.DeleteAssistantFileResponse:
        """Detach a file from an assistant.

        Deletes the association between the assistant and the file, not the file itself.

        ``DELETE /v1/assistants/{assistant_id}/files/{file_id}``

        Args:
            assistant_id (str): The ID of the assistant the file belongs to.
            file_id (str): The ID of the file.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.DeleteAssistantFileResponse.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.delete, unknown)
        args: dict[str, object] = {"assistant_id": assistant_id, "file_id": file_id}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.DeleteAssistantFileResponse", self._call(_ops.DELETE_ASSISTANT_FILE, args, options))


class BetaAssistantsFilesWithRawResponse:
    """``client.beta.assistants.files.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: BetaAssistantsFiles) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.retrieve = to_raw_response(resource.retrieve)
        self.delete = to_raw_response(resource.delete)


class BetaAssistantsFilesWithStreamingResponse:
    """``client.beta.assistants.files.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: BetaAssistantsFiles) -> None:
        self._resource = resource
        self.list = to_streamed_response(resource.list)
        self.create = to_streamed_response(resource.create)
        self.retrieve = to_streamed_response(resource.retrieve)
        self.delete = to_streamed_response(resource.delete)


class AsyncBetaAssistantsFiles(AsyncAPIResource):
    """``client.beta.assistants.files`` (async)."""

    @cached_property
    def with_raw_response(self) -> AsyncBetaAssistantsFilesWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return AsyncBetaAssistantsFilesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaAssistantsFilesWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return AsyncBetaAssistantsFilesWithStreamingResponse(self)

    def list(
        self,
        assistant_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> AsyncCursorPager[models.AssistantFile]:
        """List an assistant's files.

        The files attached to an assistant (Assistants v1), one page at a time with `limit`, `order`, `after`
        and `before`.

        ``GET /v1/assistants/{assistant_id}/files``

        Iterate over the result (``for`` / ``async for``) to get every item across pages.

        Args:
            assistant_id (str): The ID of the assistant the files belong to.
            limit (int, optional): How many objects to return, 1 to 100; the server's default is 20.
            order (Literal['asc', 'desc'], optional): Sort order by `created_at`; the server's default is `desc`.
            after (str, optional): The ID of the object after which the page starts (a cursor).
            before (str, optional): The ID of the object before which the page ends (a cursor).
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            AsyncCursorPager[models.AssistantFile].

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.list, unknown)
        args: dict[str, object] = {
            "assistant_id": assistant_id,
            "limit": limit,
            "order": order,
            "after": after,
            "before": before,
        }
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("AsyncCursorPager[models.AssistantFile]", self._pager(_ops.LIST_ASSISTANT_FILES, args, options))

    async def create(
        self,
        assistant_id: str,
        *,
        file_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.AssistantFile:
        """Attach a file to an assistant.

        Attaches a file uploaded with purpose `assistants` (`POST /v1/files`) to the assistant, for the retrieval and code_interpreter tools; the assistant file's ID is the file's ID.

        ``POST /v1/assistants/{assistant_id}/files``

        Args:
            assistant_id (str): The ID of the assistant the files belong to.
            file_id (str): The ID of a file uploaded with purpose `assistants`, for the retrieval and code_interpreter tools.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.AssistantFile.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.create, unknown)
        args: dict[str, object] = {"assistant_id": assistant_id, "file_id": file_id}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.AssistantFile", await self._call(_ops.CREATE_ASSISTANT_FILE, args, options))

    async def retrieve(
        self,
        file_id: str,
        *,
        assistant_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.AssistantFile:
        """Retrieve an assistant file.

        One file attached to an assistant (Assistants v1): the assistant file's ID is the file's ID, and it
        carries the assistant's ID and the time it was attached.

        ``GET /v1/assistants/{assistant_id}/files/{file_id}``

        Args:
            assistant_id (str): The ID of the assistant the file belongs to.
            file_id (str): The ID of the file.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.AssistantFile.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.retrieve, unknown)
        args: dict[str, object] = {"assistant_id": assistant_id, "file_id": file_id}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.AssistantFile", await self._call(_ops.GET_ASSISTANT_FILE, args, options))

    async def delete(
        self,
        file_id: str,
        *,
        assistant_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.DeleteAssistantFileResponse:
        """Detach a file from an assistant.

        Deletes the association between the assistant and the file, not the file itself.

        ``DELETE /v1/assistants/{assistant_id}/files/{file_id}``

        Args:
            assistant_id (str): The ID of the assistant the file belongs to.
            file_id (str): The ID of the file.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.DeleteAssistantFileResponse.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.delete, unknown)
        args: dict[str, object] = {"assistant_id": assistant_id, "file_id": file_id}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.DeleteAssistantFileResponse", await self._call(_ops.DELETE_ASSISTANT_FILE, args, options))


class AsyncBetaAssistantsFilesWithRawResponse:
    """``client.beta.assistants.files.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncBetaAssistantsFiles) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.delete = async_to_raw_response(resource.delete)


class AsyncBetaAssistantsFilesWithStreamingResponse:
    """``client.beta.assistants.files.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: AsyncBetaAssistantsFiles) -> None:
        self._resource = resource
        self.list = async_to_streamed_response(resource.list)
        self.create = async_to_streamed_response(resource.create)
        self.retrieve = async_to_streamed_response(resource.retrieve)
        self.delete = async_to_streamed_response(resource.delete)
