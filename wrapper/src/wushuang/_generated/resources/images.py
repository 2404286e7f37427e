# Generated from openapi/wushuang.yaml (sha256 0a5ed54e74769205) by generator/ — do not edit by hand.
"""``client.images``: the resource classes of that part of the API, one method per operation.

Every method is written once per sync / async class; ``with_raw_response`` and ``with_streaming_response`` are
derived from it by the typed wrappers of ``wushuang._resource``. Nothing here sends a request by itself: each
method hands its arguments (``locals()``: exactly its parameters) to the client with its entry of the operation
table. Each ends in ``**unknown: Never``: type checkers still refuse any other keyword, and at run time one is
refused before anything is sent, with the nearest parameter's name (``unexpected_keyword``). This module is loaded
when ``client.images`` is first touched.
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
    unexpected_keyword,
)
from wushuang._types import NOT_GIVEN, Body, FileTypes, Headers, NotGiven, Query, Timeout

if TYPE_CHECKING:
    from typing import Never

    from wushuang._generated import models

__all__ = [
    "Images",
    "ImagesWithRawResponse",
    "ImagesWithStreamingResponse",
    "AsyncImages",
    "AsyncImagesWithRawResponse",
    "AsyncImagesWithStreamingResponse",
]


class Images(SyncAPIResource):
    """``client.images``."""

    @cached_property
    def with_raw_response(self) -> ImagesWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return ImagesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ImagesWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return ImagesWithStreamingResponse(self)

    def generate(
        self,
        *,
        prompt: str,
        model: str | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        quality: Literal["standard", "hd"] | NotGiven = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | None | NotGiven = NOT_GIVEN,
        size: Literal["256x256", "512x512", "1024x1024", "1792x1024", "1024x1792"] | None | NotGiven = NOT_GIVEN,
        style: Literal["vivid", "natural"] | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.ImagesResponse:
        """Create images from a prompt.

        ``POST /v1/images/generations``

        Args:
            prompt (str): What to draw; at most 1000 characters for `dall-e-2`, 4000 for `dall-e-3`.
            model (str | None, optional): `dall-e-2` (the server's default) or `dall-e-3`.
            n (int | None, optional): How many images, 1 to 10 (only 1 for `dall-e-3`). Server default 1.
            quality (Literal['standard', 'hd'], optional): `hd` gives finer details and more consistency; `dall-e-3` only. Server default standard.
            response_format (Literal['url', 'b64_json'] | None, optional): URLs (valid for 60 minutes) or base64 JSON. Server default url.
            size (Literal['256x256', '512x512', '1024x1024', '1792x1024', '1024x1792'] | None, optional): 256x256, 512x512 or 1024x1024 for `dall-e-2`; 1024x1024, 1792x1024 or 1024x1792 for `dall-e-3`. Server default 1024x1024.
            style (Literal['vivid', 'natural'] | None, optional): `vivid` (hyper-real, dramatic) or `natural`; `dall-e-3` only. Server default vivid.
            user (str, optional): A unique identifier of the end user, to help monitor and detect abuse.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.ImagesResponse.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.generate, unknown)
        return cast("models.ImagesResponse", self._call(_ops.CREATE_IMAGE, locals()))

    def edit(
        self,
        *,
        image: FileTypes,
        prompt: str,
        mask: FileTypes | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        size: Literal["256x256", "512x512", "1024x1024"] | NotGiven = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.ImagesResponse:
        """Edit or extend an image from a prompt.

        ``POST /v1/images/edits``

        Args:
            image (FileTypes): The image to edit, a square PNG under 4 MB. Without `mask`, its transparent areas are the ones edited.
            prompt (str): What the edited image shows; at most 1000 characters.
            mask (FileTypes, optional): A PNG under 4 MB of the size of `image`, whose fully transparent areas are the ones edited.
            model (str, optional): `dall-e-2` (the only one supported; the server's default).
            n (int, optional): How many images, 1 to 10. Server default 1.
            size (Literal['256x256', '512x512', '1024x1024'], optional): Server default 1024x1024.
            response_format (Literal['url', 'b64_json'], optional): URLs (valid for 60 minutes) or base64 JSON. Server default url.
            user (str, optional): A unique identifier of the end user, to help monitor and detect abuse.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.ImagesResponse.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.edit, unknown)
        return cast("models.ImagesResponse", self._call(_ops.CREATE_IMAGE_EDIT, locals()))

    def create_variation(
        self,
        *,
        image: FileTypes,
        model: str | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | NotGiven = NOT_GIVEN,
        size: Literal["256x256", "512x512", "1024x1024"] | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.ImagesResponse:
        """Create variations of an image.

        ``POST /v1/images/variations``

        Args:
            image (FileTypes): The image to vary, a square PNG under 4 MB.
            model (str, optional): `dall-e-2` (the only one supported; the server's default).
            n (int, optional): How many images, 1 to 10. Server default 1.
            response_format (Literal['url', 'b64_json'], optional): URLs (valid for 60 minutes) or base64 JSON. Server default url.
            size (Literal['256x256', '512x512', '1024x1024'], optional): Server default 1024x1024.
            user (str, optional): A unique identifier of the end user, to help monitor and detect abuse.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.ImagesResponse.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.create_variation, unknown)
        return cast("models.ImagesResponse", self._call(_ops.CREATE_IMAGE_VARIATION, locals()))


class ImagesWithRawResponse:
    """``client.images.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: Images) -> None:
        self._resource = resource
        self.generate = to_raw_response(resource.generate)
        self.edit = to_raw_response(resource.edit)
        self.create_variation = to_raw_response(resource.create_variation)


class ImagesWithStreamingResponse:
    """``client.images.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: Images) -> None:
        self._resource = resource
        self.generate = to_streamed_response(resource.generate)
        self.edit = to_streamed_response(resource.edit)
        self.create_variation = to_streamed_response(resource.create_variation)


class AsyncImages(AsyncAPIResource):
    """``client.images`` (async)."""

    @cached_property
    def with_raw_response(self) -> AsyncImagesWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return AsyncImagesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncImagesWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return AsyncImagesWithStreamingResponse(self)

    async def generate(
        self,
        *,
        prompt: str,
        model: str | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        quality: Literal["standard", "hd"] | NotGiven = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | None | NotGiven = NOT_GIVEN,
        size: Literal["256x256", "512x512", "1024x1024", "1792x1024", "1024x1792"] | None | NotGiven = NOT_GIVEN,
        style: Literal["vivid", "natural"] | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.ImagesResponse:
        """Create images from a prompt.

        ``POST /v1/images/generations``

        Args:
            prompt (str): What to draw; at most 1000 characters for `dall-e-2`, 4000 for `dall-e-3`.
            model (str | None, optional): `dall-e-2` (the server's default) or `dall-e-3`.
            n (int | None, optional): How many images, 1 to 10 (only 1 for `dall-e-3`). Server default 1.
            quality (Literal['standard', 'hd'], optional): `hd` gives finer details and more consistency; `dall-e-3` only. Server default standard.
            response_format (Literal['url', 'b64_json'] | None, optional): URLs (valid for 60 minutes) or base64 JSON. Server default url.
            size (Literal['256x256', '512x512', '1024x1024', '1792x1024', '1024x1792'] | None, optional): 256x256, 512x512 or 1024x1024 for `dall-e-2`; 1024x1024, 1792x1024 or 1024x1792 for `dall-e-3`. Server default 1024x1024.
            style (Literal['vivid', 'natural'] | None, optional): `vivid` (hyper-real, dramatic) or `natural`; `dall-e-3` only. Server default vivid.
            user (str, optional): A unique identifier of the end user, to help monitor and detect abuse.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.ImagesResponse.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.generate, unknown)
        return cast("models.ImagesResponse", await self._call(_ops.CREATE_IMAGE, locals()))

    async def edit(
        self,
        *,
        image: FileTypes,
        prompt: str,
        mask: FileTypes | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        size: Literal["256x256", "512x512", "1024x1024"] | NotGiven = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.ImagesResponse:
        """Edit or extend an image from a prompt.

        ``POST /v1/images/edits``

        Args:
            image (FileTypes): The image to edit, a square PNG under 4 MB. Without `mask`, its transparent areas are the ones edited.
            prompt (str): What the edited image shows; at most 1000 characters.
            mask (FileTypes, optional): A PNG under 4 MB of the size of `image`, whose fully transparent areas are the ones edited.
            model (str, optional): `dall-e-2` (the only one supported; the server's default).
            n (int, optional): How many images, 1 to 10. Server default 1.
            size (Literal['256x256', '512x512', '1024x1024'], optional): Server default 1024x1024.
            response_format (Literal['url', 'b64_json'], optional): URLs (valid for 60 minutes) or base64 JSON. Server default url.
            user (str, optional): A unique identifier of the end user, to help monitor and detect abuse.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.ImagesResponse.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.edit, unknown)
        return cast("models.ImagesResponse", await self._call(_ops.CREATE_IMAGE_EDIT, locals()))

    async def create_variation(
        self,
        *,
        image: FileTypes,
        model: str | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | NotGiven = NOT_GIVEN,
        size: Literal["256x256", "512x512", "1024x1024"] | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.ImagesResponse:
        """Create variations of an image.

        ``POST /v1/images/variations``

        Args:
            image (FileTypes): The image to vary, a square PNG under 4 MB.
            model (str, optional): `dall-e-2` (the only one supported; the server's default).
            n (int, optional): How many images, 1 to 10. Server default 1.
            response_format (Literal['url', 'b64_json'], optional): URLs (valid for 60 minutes) or base64 JSON. Server default url.
            size (Literal['256x256', '512x512', '1024x1024'], optional): Server default 1024x1024.
            user (str, optional): A unique identifier of the end user, to help monitor and detect abuse.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.ImagesResponse.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.create_variation, unknown)
        return cast("models.ImagesResponse", await self._call(_ops.CREATE_IMAGE_VARIATION, locals()))


class AsyncImagesWithRawResponse:
    """``client.images.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncImages) -> None:
        self._resource = resource
        self.generate = async_to_raw_response(resource.generate)
        self.edit = async_to_raw_response(resource.edit)
        self.create_variation = async_to_raw_response(resource.create_variation)


class AsyncImagesWithStreamingResponse:
    """``client.images.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: AsyncImages) -> None:
        self._resource = resource
        self.generate = async_to_streamed_response(resource.generate)
        self.edit = async_to_streamed_response(resource.edit)
        self.create_variation = async_to_streamed_response(resource.create_variation)
