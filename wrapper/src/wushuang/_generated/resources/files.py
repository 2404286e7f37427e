# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""``client.files``: its resource classes (sync and async, and their response variants)."""

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
    FileTypes,
    Headers,
    NotGiven,
    Query,
    RequestOptions,
    Timeout,
)
from wushuang._generated.operations import files as _ops

if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Never

    from wushuang._core.response import AsyncBinaryResponse, BinaryResponse
    from wushuang._generated import models, params


class Files(SyncAPIResource):
    """``client.files``."""

    @cached_property
    def with_raw_response(self) -> FilesWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return FilesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> FilesWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return FilesWithStreamingResponse(self)

    def list(
        self,
        *,
        purpose: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.ListFilesResponse:
        """List files.

        The files that belong to the key's organization. The relay answers all of them at once; servers that page take `limit`, `order` and `after` and say `has_more`.

        ``GET /v1/files``

        Args:
            purpose (str, optional): Only return files with this purpose (`assistants`, `batch`, `fine-tune`, `vision`, `user_data`, `evals`, ...).
            limit (int, optional): How many files to return, 1 to 10000; servers that page answer 10000 by default.
            order (Literal['asc', 'desc'], optional): By `created_at`, `asc` or `desc` (the server's default).
            after (str, optional): A file ID; the answer starts after it (the `last_id` of the page before).
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.ListFilesResponse.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.list, unknown)
        args: dict[str, object] = {"purpose": purpose, "limit": limit, "order": order, "after": after}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.ListFilesResponse", self._call(_ops.LIST_FILES, args, options))

    def create(
        self,
        *,
        file: FileTypes,
        purpose: Literal["assistants", "batch", "fine-tune", "vision", "user_data", "evals"],
        expires_after: params.FileExpirationAfter | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.OpenAIFile:
        """Upload a file.

        Uploads a file (multipart) for later use by ID: training data for fine-tuning, inputs of the Batch API,
        files for assistants. The answer is the file's metadata, with `status` uploaded; it becomes processed
        (or error) once the server has read it. Stock new-api builds do not relay this route and answer 501
        `api_not_implemented`.

        ``POST /v1/files``

        Args:
            file (FileTypes): The file to upload.
            purpose (Literal['assistants', 'batch', 'fine-tune', 'vision', 'user_data', 'evals']): What the file is for: `assistants` (Assistants and message files), `batch` (Batch API input), `fine-tune`, `vision` (images for fine-tuning vision models), `user_data` (any file as model input) or `evals`.
            expires_after (FileExpirationAfter, optional): When the file expires; by default `batch` files expire after 30 days and the others are kept until deleted.

                - ``FileExpirationAfter``: a dict (When the file expires; by default `batch` files expire after 30 days and the others are kept until deleted), keys:

                  - ``anchor`` (Literal['created_at'], required): The time the expiry counts from.
                  - ``seconds`` (int, required): Seconds after the anchor, from one hour to 30 days.

            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.OpenAIFile.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.create, unknown)
        args: dict[str, object] = {"file": file, "purpose": purpose, "expires_after": expires_after}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.OpenAIFile", self._call(_ops.CREATE_FILE, args, options))

    def retrieve(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.OpenAIFile:
        """Retrieve a file.

        The file's metadata (its bytes come from `GET /v1/files/{file_id}/content`).

        ``GET /v1/files/{file_id}``

        Args:
            file_id (str): The ID of the file.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.OpenAIFile.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.retrieve, unknown)
        args: dict[str, object] = {"file_id": file_id}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.OpenAIFile", self._call(_ops.RETRIEVE_FILE, args, options))

    def wait_for_processing(
        self,
        file_id: str | models.OpenAIFile,
        *,
        timeout: float | None = 600.0,
        interval: float = 1.0,
        on_progress: Callable[[models.OpenAIFile], object] | None = None,
        **unknown: Never,
    ) -> models.OpenAIFile:
        """Poll ``retrieve`` every ``interval`` seconds until the status is processed, error, deleted.

        Give an ID, or the object itself (the other IDs are then taken from it; one already finished is returned
        at once).

        Args:
            file_id (str | models.OpenAIFile): The ID, or the object.
            timeout (float | None): Seconds the polling may take in all (``None``: no limit).
            interval (float): Seconds between two polls.
            on_progress (Callable | None): Called with the object whenever its status changes.

        Returns:
            models.OpenAIFile: the object once its status is final.

        Raises:
            PollTimeoutError: ``timeout`` seconds passed first (``.last`` is the object as last seen).
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
        """
        if unknown:
            raise unexpected_keyword(self.wait_for_processing, unknown)
        return cast(
            "models.OpenAIFile",
            self._poll_status(
                _ops.RETRIEVE_FILE,
                file_id,
                {},
                timeout=timeout,
                interval=interval,
                on_progress=on_progress,
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
        **unknown: Never,
    ) -> models.DeleteFileResponse:
        """Delete a file.

        Deletes an uploaded file; the answer says whether it was deleted. Fine-tuning jobs and assistants that
        used it keep what they already read. Relays that do not serve files answer 501 `api_not_implemented`.

        ``DELETE /v1/files/{file_id}``

        Args:
            file_id (str): The ID of the file.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.DeleteFileResponse.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.delete, unknown)
        args: dict[str, object] = {"file_id": file_id}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.DeleteFileResponse", self._call(_ops.DELETE_FILE, args, options))

    def content(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> BinaryResponse:
        """Retrieve the content of a file.

        The bytes of an uploaded file, exactly as uploaded, whatever its media type (a client should read them
        as binary, not JSON). Files with purpose `assistants` may be refused by the server; relays that do not
        serve files answer 501 `api_not_implemented`.

        ``GET /v1/files/{file_id}/content``

        Args:
            file_id (str): The ID of the file.
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
            raise unexpected_keyword(self.content, unknown)
        args: dict[str, object] = {"file_id": file_id}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("BinaryResponse", self._call(_ops.DOWNLOAD_FILE, args, options))


class FilesWithRawResponse:
    """``client.files.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: Files) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.retrieve = to_raw_response(resource.retrieve)
        self.delete = to_raw_response(resource.delete)
        self.content = to_raw_response(resource.content)


class FilesWithStreamingResponse:
    """``client.files.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: Files) -> None:
        self._resource = resource
        self.list = to_streamed_response(resource.list)
        self.create = to_streamed_response(resource.create)
        self.retrieve = to_streamed_response(resource.retrieve)
        self.delete = to_streamed_response(resource.delete)
        self.content = to_streamed_response(resource.content)


class AsyncFiles(AsyncAPIResource):
    """``client.files`` (async)."""

    @cached_property
    def with_raw_response(self) -> AsyncFilesWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return AsyncFilesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncFilesWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return AsyncFilesWithStreamingResponse(self)

    async def list(
        self,
        *,
        purpose: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.ListFilesResponse:
        """List files.

        The files that belong to the key's organization. The relay answers all of them at once; servers that page take `limit`, `order` and `after` and say `has_more`.

        ``GET /v1/files``

        Args:
            purpose (str, optional): Only return files with this purpose (`assistants`, `batch`, `fine-tune`, `vision`, `user_data`, `evals`, ...).
            limit (int, optional): How many files to return, 1 to 10000; servers that page answer 10000 by default.
            order (Literal['asc', 'desc'], optional): By `created_at`, `asc` or `desc` (the server's default).
            after (str, optional): A file ID; the answer starts after it (the `last_id` of the page before).
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.ListFilesResponse.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.list, unknown)
        args: dict[str, object] = {"purpose": purpose, "limit": limit, "order": order, "after": after}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.ListFilesResponse", await self._call(_ops.LIST_FILES, args, options))

    async def create(
        self,
        *,
        file: FileTypes,
        purpose: Literal["assistants", "batch", "fine-tune", "vision", "user_data", "evals"],
        expires_after: params.FileExpirationAfter | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.OpenAIFile:
        """Upload a file.

        Uploads a file (multipart) for later use by ID: training data for fine-tuning, inputs of the Batch API,
        files for assistants. The answer is the file's metadata, with `status` uploaded; it becomes processed
        (or error) once the server has read it. Stock new-api builds do not relay this route and answer 501
        `api_not_implemented`.

        ``POST /v1/files``

        Args:
            file (FileTypes): The file to upload.
            purpose (Literal['assistants', 'batch', 'fine-tune', 'vision', 'user_data', 'evals']): What the file is for: `assistants` (Assistants and message files), `batch` (Batch API input), `fine-tune`, `vision` (images for fine-tuning vision models), `user_data` (any file as model input) or `evals`.
            expires_after (FileExpirationAfter, optional): When the file expires; by default `batch` files expire after 30 days and the others are kept until deleted.

                - ``FileExpirationAfter``: a dict (When the file expires; by default `batch` files expire after 30 days and the others are kept until deleted), keys:

                  - ``anchor`` (Literal['created_at'], required): The time the expiry counts from.
                  - ``seconds`` (int, required): Seconds after the anchor, from one hour to 30 days.

            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.OpenAIFile.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.create, unknown)
        args: dict[str, object] = {"file": file, "purpose": purpose, "expires_after": expires_after}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.OpenAIFile", await self._call(_ops.CREATE_FILE, args, options))

    async def retrieve(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.OpenAIFile:
        """Retrieve a file.

        The file's metadata (its bytes come from `GET /v1/files/{file_id}/content`).

        ``GET /v1/files/{file_id}``

        Args:
            file_id (str): The ID of the file.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.OpenAIFile.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.retrieve, unknown)
        args: dict[str, object] = {"file_id": file_id}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.OpenAIFile", await self._call(_ops.RETRIEVE_FILE, args, options))

    async def wait_for_processing(
        self,
        file_id: str | models.OpenAIFile,
        *,
        timeout: float | None = 600.0,
        interval: float = 1.0,
        on_progress: Callable[[models.OpenAIFile], object] | None = None,
        **unknown: Never,
    ) -> models.OpenAIFile:
        """Poll ``retrieve`` every ``interval`` seconds until the status is processed, error, deleted.

        Give an ID, or the object itself (the other IDs are then taken from it; one already finished is returned
        at once).

        Args:
            file_id (str | models.OpenAIFile): The ID, or the object.
            timeout (float | None): Seconds the polling may take in all (``None``: no limit).
            interval (float): Seconds between two polls.
            on_progress (Callable | None): Called with the object whenever its status changes.

        Returns:
            models.OpenAIFile: the object once its status is final.

        Raises:
            PollTimeoutError: ``timeout`` seconds passed first (``.last`` is the object as last seen).
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
        """
        if unknown:
            raise unexpected_keyword(self.wait_for_processing, unknown)
        return cast(
            "models.OpenAIFile",
            await self._poll_status(
                _ops.RETRIEVE_FILE,
                file_id,
                {},
                timeout=timeout,
                interval=interval,
                on_progress=on_progress,
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
        **unknown: Never,
    ) -> models.DeleteFileResponse:
        """Delete a file.

        Deletes an uploaded file; the answer says whether it was deleted. Fine-tuning jobs and assistants that
        used it keep what they already read. Relays that do not serve files answer 501 `api_not_implemented`.

        ``DELETE /v1/files/{file_id}``

        Args:
            file_id (str): The ID of the file.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.DeleteFileResponse.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.delete, unknown)
        args: dict[str, object] = {"file_id": file_id}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.DeleteFileResponse", await self._call(_ops.DELETE_FILE, args, options))

    async def content(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> AsyncBinaryResponse:
        """Retrieve the content of a file.

        The bytes of an uploaded file, exactly as uploaded, whatever its media type (a client should read them
        as binary, not JSON). Files with purpose `assistants` may be refused by the server; relays that do not
        serve files answer 501 `api_not_implemented`.

        ``GET /v1/files/{file_id}/content``

        Args:
            file_id (str): The ID of the file.
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
            raise unexpected_keyword(self.content, unknown)
        args: dict[str, object] = {"file_id": file_id}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("AsyncBinaryResponse", await self._call(_ops.DOWNLOAD_FILE, args, options))


class AsyncFilesWithRawResponse:
    """``client.files.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncFiles) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.delete = async_to_raw_response(resource.delete)
        self.content = async_to_raw_response(resource.content)


class AsyncFilesWithStreamingResponse:
    """``client.files.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: AsyncFiles) -> None:
        self._resource = resource
        self.list = async_to_streamed_response(resource.list)
        self.create = async_to_streamed_response(resource.create)
        self.retrieve = async_to_streamed_response(resource.retrieve)
        self.delete = async_to_streamed_response(resource.delete)
        self.content = async_to_streamed_response(resource.content)
