# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""``client.beta.threads.messages``: its resource classes (sync and async, and their response variants)."""

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
from wushuang._generated.operations import beta_threads_messages as _ops

if TYPE_CHECKING:
    from typing import Never

    from wushuang._core.pagination import AsyncCursorPager, CursorPage
    from wushuang._generated import models, params
    from wushuang._generated.resources import beta_threads_messages_files


class BetaThreadsMessages(SyncAPIResource):
    """``client.beta.threads.messages``."""

    @cached_property
    def files(self) -> beta_threads_messages_files.BetaThreadsMessagesFiles:
        from wushuang._generated.resources.beta_threads_messages_files import BetaThreadsMessagesFiles

        return BetaThreadsMessagesFiles(self._client)

    @cached_property
    def with_raw_response(self) -> BetaThreadsMessagesWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return BetaThreadsMessagesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaThreadsMessagesWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return BetaThreadsMessagesWithStreamingResponse(self)

    def list(
        self,
        thread_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        run_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> CursorPage[models.Message]:
        """List the messages of a thread.

        The messages of a thread, newest first by default, one page at a time with `limit`, `order`, `after` and
        `before`; `run_id` keeps only the messages one run wrote.

        ``GET /v1/threads/{thread_id}/messages``

        Iterate over the result (``for`` / ``async for``) to get every item across pages.

        Args:
            thread_id (str): The ID of the thread the messages belong to.
            limit (int, optional): How many objects to return, 1 to 100; the server's default is 20.
            order (Literal['asc', 'desc'], optional): Sort order by `created_at`; the server's default is `desc`.
            after (str, optional): The ID of the object after which the page starts (a cursor).
            before (str, optional): The ID of the object before which the page ends (a cursor).
            run_id (str, optional): Only the messages the run with this ID created.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            CursorPage[models.Message].

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
            "limit": limit,
            "order": order,
            "after": after,
            "before": before,
            "run_id": run_id,
        }
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("CursorPage[models.Message]", self._call(_ops.LIST_MESSAGES, args, options))

    def create(
        self,
        thread_id: str,
        *,
        role: Literal["user", "assistant"],
        content: str
        | Sequence[
            params.MessageRequestContentImageFile
            | params.MessageRequestContentImageUrl
            | params.MessageRequestContentText
        ],
        file_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        metadata: dict[str, str] | None | NotGiven = NOT_GIVEN,
        attachments: Sequence[params.MessageAttachmentRequest] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.Message:
        """Create a message.

        Adds a message to a thread, usually from the user (`role` user), with up to 10 file IDs; the thread's next
        run reads it. A thread with an active run accepts no new message until the run ends.

        ``POST /v1/threads/{thread_id}/messages``

        Args:
            thread_id (str): The ID of the thread the messages belong to.
            role (Literal['user', 'assistant']): `user` for a message from the user (most cases), `assistant` to insert a message as if the assistant had written it.
            content (str | list[MessageRequestContentImageFile | MessageRequestContentImageUrl | MessageRequestContentText]): The text of the message, up to 256,000 characters, or (today's API) a list of text and image parts.

                - ``MessageRequestContentImageFile``: a dict (An image part, from an uploaded file), keys:

                  - ``type`` (Literal['image_file'], required)
                  - ``image_file`` (MessageRequestImageFile, required)

                - ``MessageRequestContentImageUrl``: a dict (An image part, from a URL), keys:

                  - ``type`` (Literal['image_url'], required)
                  - ``image_url`` (MessageRequestImageUrl, required)

                - ``MessageRequestContentText``: a dict (A text part), keys:

                  - ``type`` (Literal['text'], required)
                  - ``text`` (str, required): The text.

                - ``MessageRequestImageFile``: a dict, keys:

                  - ``file_id`` (str, required): The ID of an image file uploaded with purpose `vision`.
                  - ``detail`` (Literal['auto', 'low', 'high']): The detail the model sees the image in; `low` uses fewer tokens. Server default `auto`.

                - ``MessageRequestImageUrl``: a dict, keys:

                  - ``url`` (str, required): The URL of the image (jpeg, jpg, png, gif or webp).
                  - ``detail`` (Literal['auto', 'low', 'high']): The detail the model sees the image in; `low` uses fewer tokens. Server default `auto`.

            file_ids (list[str], optional): Up to 10 IDs of files the message uses, for the retrieval and code_interpreter tools (v1; today's API takes `attachments`). Server default: none.
            metadata (dict[str, str] | None, optional): Up to 16 key-value pairs of your own (keys up to 64, values up to 512 characters).
            attachments (list[MessageAttachmentRequest] | None, optional): Files attached to the message and the tools to add them to (today's API; v1 uses `file_ids`).

                - ``MessageAttachmentRequest``: a dict (A file attached to a message), keys:

                  - ``file_id`` (str): The ID of the file.
                  - ``tools`` (list[AssistantToolsCode | AssistantToolsFileSearchTypeOnly]): The tools to add the file to.

                - ``AssistantToolsCode``: a dict (The code_interpreter tool), keys:

                  - ``type`` (Literal['code_interpreter'], required)

                - ``AssistantToolsFileSearchTypeOnly``: a dict (The file_search tool, named without settings (for a message attachment)), keys:

                  - ``type`` (Literal['file_search'], required)

            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.Message.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.create, unknown)
        args: dict[str, object] = {
            "thread_id": thread_id,
            "role": role,
            "content": content,
            "file_ids": file_ids,
            "metadata": metadata,
            "attachments": attachments,
        }
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.Message", self._call(_ops.CREATE_MESSAGE, args, options))

    def retrieve(
        self,
        message_id: str,
        *,
        thread_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.Message:
        """Retrieve a message.

        One message of a thread by its ID: its role, content parts (text with annotations, image files), file
        IDs and the run that wrote it, if any.

        ``GET /v1/threads/{thread_id}/messages/{message_id}``

        Args:
            thread_id (str): The ID of the thread the message belongs to.
            message_id (str): The ID of the message.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.Message.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.retrieve, unknown)
        args: dict[str, object] = {"thread_id": thread_id, "message_id": message_id}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.Message", self._call(_ops.GET_MESSAGE, args, options))

    def update(
        self,
        message_id: str,
        *,
        thread_id: str,
        metadata: dict[str, str] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.Message:
        """Modify a message.

        Only the `metadata` can be modified.

        ``POST /v1/threads/{thread_id}/messages/{message_id}``

        Args:
            thread_id (str): The ID of the thread the message belongs to.
            message_id (str): The ID of the message.
            metadata (dict[str, str] | None, optional): Up to 16 key-value pairs of your own (keys up to 64, values up to 512 characters).
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.Message.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.update, unknown)
        args: dict[str, object] = {"thread_id": thread_id, "message_id": message_id, "metadata": metadata}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.Message", self._call(_ops.MODIFY_MESSAGE, args, options))


class BetaThreadsMessagesWithRawResponse:
    """``client.beta.threads.messages.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: BetaThreadsMessages) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)

    @cached_property
    def files(self) -> beta_threads_messages_files.BetaThreadsMessagesFilesWithRawResponse:
        return self._resource.files.with_raw_response


class BetaThreadsMessagesWithStreamingResponse:
    """``client.beta.threads.messages.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: BetaThreadsMessages) -> None:
        self._resource = resource
        self.list = to_streamed_response(resource.list)
        self.create = to_streamed_response(resource.create)
        self.retrieve = to_streamed_response(resource.retrieve)
        self.update = to_streamed_response(resource.update)

    @cached_property
    def files(self) -> beta_threads_messages_files.BetaThreadsMessagesFilesWithStreamingResponse:
        return self._resource.files.with_streaming_response


class AsyncBetaThreadsMessages(AsyncAPIResource):
    """``client.beta.threads.messages`` (async)."""

    @cached_property
    def files(self) -> beta_threads_messages_files.AsyncBetaThreadsMessagesFiles:
        from wushuang._generated.resources.beta_threads_messages_files import AsyncBetaThreadsMessagesFiles

        return AsyncBetaThreadsMessagesFiles(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncBetaThreadsMessagesWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return AsyncBetaThreadsMessagesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaThreadsMessagesWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return AsyncBetaThreadsMessagesWithStreamingResponse(self)

    def list(
        self,
        thread_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        run_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> AsyncCursorPager[models.Message]:
        """List the messages of a thread.

        The messages of a thread, newest first by default, one page at a time with `limit`, `order`, `after` and
        `before`; `run_id` keeps only the messages one run wrote.

        ``GET /v1/threads/{thread_id}/messages``

        Iterate over the result (``for`` / ``async for``) to get every item across pages.

        Args:
            thread_id (str): The ID of the thread the messages belong to.
            limit (int, optional): How many objects to return, 1 to 100; the server's default is 20.
            order (Literal['asc', 'desc'], optional): Sort order by `created_at`; the server's default is `desc`.
            after (str, optional): The ID of the object after which the page starts (a cursor).
            before (str, optional): The ID of the object before which the page ends (a cursor).
            run_id (str, optional): Only the messages the run with this ID created.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            AsyncCursorPager[models.Message].

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
            "limit": limit,
            "order": order,
            "after": after,
            "before": before,
            "run_id": run_id,
        }
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("AsyncCursorPager[models.Message]", self._pager(_ops.LIST_MESSAGES, args, options))

    async def create(
        self,
        thread_id: str,
        *,
        role: Literal["user", "assistant"],
        content: str
        | Sequence[
            params.MessageRequestContentImageFile
            | params.MessageRequestContentImageUrl
            | params.MessageRequestContentText
        ],
        file_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        metadata: dict[str, str] | None | NotGiven = NOT_GIVEN,
        attachments: Sequence[params.MessageAttachmentRequest] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.Message:
        """Create a message.

        Adds a message to a thread, usually from the user (`role` user), with up to 10 file IDs; the thread's next
        run reads it. A thread with an active run accepts no new message until the run ends.

        ``POST /v1/threads/{thread_id}/messages``

        Args:
            thread_id (str): The ID of the thread the messages belong to.
            role (Literal['user', 'assistant']): `user` for a message from the user (most cases), `assistant` to insert a message as if the assistant had written it.
            content (str | list[MessageRequestContentImageFile | MessageRequestContentImageUrl | MessageRequestContentText]): The text of the message, up to 256,000 characters, or (today's API) a list of text and image parts.

                - ``MessageRequestContentImageFile``: a dict (An image part, from an uploaded file), keys:

                  - ``type`` (Literal['image_file'], required)
                  - ``image_file`` (MessageRequestImageFile, required)

                - ``MessageRequestContentImageUrl``: a dict (An image part, from a URL), keys:

                  - ``type`` (Literal['image_url'], required)
                  - ``image_url`` (MessageRequestImageUrl, required)

                - ``MessageRequestContentText``: a dict (A text part), keys:

                  - ``type`` (Literal['text'], required)
                  - ``text`` (str, required): The text.

                - ``MessageRequestImageFile``: a dict, keys:

                  - ``file_id`` (str, required): The ID of an image file uploaded with purpose `vision`.
                  - ``detail`` (Literal['auto', 'low', 'high']): The detail the model sees the image in; `low` uses fewer tokens. Server default `auto`.

                - ``MessageRequestImageUrl``: a dict, keys:

                  - ``url`` (str, required): The URL of the image (jpeg, jpg, png, gif or webp).
                  - ``detail`` (Literal['auto', 'low', 'high']): The detail the model sees the image in; `low` uses fewer tokens. Server default `auto`.

            file_ids (list[str], optional): Up to 10 IDs of files the message uses, for the retrieval and code_interpreter tools (v1; today's API takes `attachments`). Server default: none.
            metadata (dict[str, str] | None, optional): Up to 16 key-value pairs of your own (keys up to 64, values up to 512 characters).
            attachments (list[MessageAttachmentRequest] | None, optional): Files attached to the message and the tools to add them to (today's API; v1 uses `file_ids`).

                - ``MessageAttachmentRequest``: a dict (A file attached to a message), keys:

                  - ``file_id`` (str): The ID of the file.
                  - ``tools`` (list[AssistantToolsCode | AssistantToolsFileSearchTypeOnly]): The tools to add the file to.

                - ``AssistantToolsCode``: a dict (The code_interpreter tool), keys:

                  - ``type`` (Literal['code_interpreter'], required)

                - ``AssistantToolsFileSearchTypeOnly``: a dict (The file_search tool, named without settings (for a message attachment)), keys:

                  - ``type`` (Literal['file_search'], required)

            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.Message.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.create, unknown)
        args: dict[str, object] = {
            "thread_id": thread_id,
            "role": role,
            "content": content,
            "file_ids": file_ids,
            "metadata": metadata,
            "attachments": attachments,
        }
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.Message", await self._call(_ops.CREATE_MESSAGE, args, options))

    async def retrieve(
        self,
        message_id: str,
        *,
        thread_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.Message:
        """Retrieve a message.

        One message of a thread by its ID: its role, content parts (text with annotations, image files), file
        IDs and the run that wrote it, if any.

        ``GET /v1/threads/{thread_id}/messages/{message_id}``

        Args:
            thread_id (str): The ID of the thread the message belongs to.
            message_id (str): The ID of the message.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.Message.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.retrieve, unknown)
        args: dict[str, object] = {"thread_id": thread_id, "message_id": message_id}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.Message", await self._call(_ops.GET_MESSAGE, args, options))

    async def update(
        self,
        message_id: str,
        *,
        thread_id: str,
        metadata: dict[str, str] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.Message:
        """Modify a message.

        Only the `metadata` can be modified.

        ``POST /v1/threads/{thread_id}/messages/{message_id}``

        Args:
            thread_id (str): The ID of the thread the message belongs to.
            message_id (str): The ID of the message.
            metadata (dict[str, str] | None, optional): Up to 16 key-value pairs of your own (keys up to 64, values up to 512 characters).
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.Message.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.update, unknown)
        args: dict[str, object] = {"thread_id": thread_id, "message_id": message_id, "metadata": metadata}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.Message", await self._call(_ops.MODIFY_MESSAGE, args, options))


class AsyncBetaThreadsMessagesWithRawResponse:
    """``client.beta.threads.messages.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncBetaThreadsMessages) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.update = async_to_raw_response(resource.update)

    @cached_property
    def files(self) -> beta_threads_messages_files.AsyncBetaThreadsMessagesFilesWithRawResponse:
        return self._resource.files.with_raw_response


class AsyncBetaThreadsMessagesWithStreamingResponse:
    """``client.beta.threads.messages.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: AsyncBetaThreadsMessages) -> None:
        self._resource = resource
        self.list = async_to_streamed_response(resource.list)
        self.create = async_to_streamed_response(resource.create)
        self.retrieve = async_to_streamed_response(resource.retrieve)
        self.update = async_to_streamed_response(resource.update)

    @cached_property
    def files(self) -> beta_threads_messages_files.AsyncBetaThreadsMessagesFilesWithStreamingResponse:
        return self._resource.files.with_streaming_response
