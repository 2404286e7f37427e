# Generated from openapi/wushuang.yaml (sha256 a380b3bad5c311e5) by generator/ — do not edit by hand.
"""``client.files``: the resource classes of that part of the API, one method per operation.

Every method is written once per sync / async class; ``with_raw_response`` and ``with_streaming_response`` are
derived from it by the typed wrappers of ``wushuang._resource``. Nothing here sends a request by itself: each
method hands its arguments (``locals()``: exactly its parameters) to the client with its entry of the operation
table. This module is loaded when
``client.files`` is first touched.
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
from wushuang._types import NOT_GIVEN, Body, FileTypes, Headers, NotGiven, Query, Timeout

if TYPE_CHECKING:
    from wushuang._generated import models
    from wushuang._response import AsyncBinaryResponse, BinaryResponse

__all__ = [
    "Files",
    "FilesWithRawResponse",
    "FilesWithStreamingResponse",
    "AsyncFiles",
    "AsyncFilesWithRawResponse",
    "AsyncFilesWithStreamingResponse",
]


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
        return cast("models.OpenAIFile", self._call(_ops.CREATE_FILE, locals()))

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
        return cast("models.DeleteFileResponse", self._call(_ops.DELETE_FILE, locals()))

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
        return cast("BinaryResponse", self._call(_ops.DOWNLOAD_FILE, locals()))


class FilesWithRawResponse:
    """``client.files.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: Files) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)
        self.delete = to_raw_response(resource.delete)
        self.content = to_raw_response(resource.content)


class FilesWithStreamingResponse:
    """``client.files.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: Files) -> None:
        self._resource = resource
        self.create = to_streamed_response(resource.create)
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
        return cast("models.OpenAIFile", await self._call(_ops.CREATE_FILE, locals()))

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
        return cast("models.DeleteFileResponse", await self._call(_ops.DELETE_FILE, locals()))

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
        return cast("AsyncBinaryResponse", await self._call(_ops.DOWNLOAD_FILE, locals()))


class AsyncFilesWithRawResponse:
    """``client.files.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncFiles) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
        self.delete = async_to_raw_response(resource.delete)
        self.content = async_to_raw_response(resource.content)


class AsyncFilesWithStreamingResponse:
    """``client.files.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: AsyncFiles) -> None:
        self._resource = resource
        self.create = async_to_streamed_response(resource.create)
        self.delete = async_to_streamed_response(resource.delete)
        self.content = async_to_streamed_response(resource.content)
