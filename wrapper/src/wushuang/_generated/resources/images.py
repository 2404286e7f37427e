# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""``client.images``: its resource classes (sync and async, and their response variants)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Literal, cast, overload

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
from wushuang._generated.operations import images as _ops

if TYPE_CHECKING:
    from typing import Never

    from wushuang._core.streaming import AsyncStream, Stream
    from wushuang._generated import models


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

    @overload
    def generate(
        self,
        *,
        prompt: str,
        model: str | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        quality: Literal["standard", "hd", "low", "medium", "high", "auto"] | None | NotGiven = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | None | NotGiven = NOT_GIVEN,
        size: Literal["auto", "256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "1792x1024", "1024x1792"]
        | None
        | NotGiven = NOT_GIVEN,
        moderation: Literal["low", "auto"] | None | NotGiven = NOT_GIVEN,
        background: Literal["transparent", "opaque", "auto"] | None | NotGiven = NOT_GIVEN,
        output_format: Literal["png", "jpeg", "webp"] | None | NotGiven = NOT_GIVEN,
        output_compression: int | None | NotGiven = NOT_GIVEN,
        partial_images: int | None | NotGiven = NOT_GIVEN,
        style: Literal["vivid", "natural"] | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        stream: Literal[False] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        stream_idle_timeout: float | None | NotGiven = NOT_GIVEN,
        first_chunk_timeout: float | None | NotGiven = NOT_GIVEN,
    ) -> models.ImagesResponse: ...

    @overload
    def generate(
        self,
        *,
        prompt: str,
        model: str | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        quality: Literal["standard", "hd", "low", "medium", "high", "auto"] | None | NotGiven = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | None | NotGiven = NOT_GIVEN,
        size: Literal["auto", "256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "1792x1024", "1024x1792"]
        | None
        | NotGiven = NOT_GIVEN,
        moderation: Literal["low", "auto"] | None | NotGiven = NOT_GIVEN,
        background: Literal["transparent", "opaque", "auto"] | None | NotGiven = NOT_GIVEN,
        output_format: Literal["png", "jpeg", "webp"] | None | NotGiven = NOT_GIVEN,
        output_compression: int | None | NotGiven = NOT_GIVEN,
        partial_images: int | None | NotGiven = NOT_GIVEN,
        style: Literal["vivid", "natural"] | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        stream_idle_timeout: float | None | NotGiven = NOT_GIVEN,
        first_chunk_timeout: float | None | NotGiven = NOT_GIVEN,
    ) -> Stream[models.ImageStreamEvent]: ...

    @overload
    def generate(
        self,
        *,
        prompt: str,
        model: str | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        quality: Literal["standard", "hd", "low", "medium", "high", "auto"] | None | NotGiven = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | None | NotGiven = NOT_GIVEN,
        size: Literal["auto", "256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "1792x1024", "1024x1792"]
        | None
        | NotGiven = NOT_GIVEN,
        moderation: Literal["low", "auto"] | None | NotGiven = NOT_GIVEN,
        background: Literal["transparent", "opaque", "auto"] | None | NotGiven = NOT_GIVEN,
        output_format: Literal["png", "jpeg", "webp"] | None | NotGiven = NOT_GIVEN,
        output_compression: int | None | NotGiven = NOT_GIVEN,
        partial_images: int | None | NotGiven = NOT_GIVEN,
        style: Literal["vivid", "natural"] | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        stream_idle_timeout: float | None | NotGiven = NOT_GIVEN,
        first_chunk_timeout: float | None | NotGiven = NOT_GIVEN,
    ) -> models.ImagesResponse | Stream[models.ImageStreamEvent]: ...

    def generate(
        self,
        *,
        prompt: str,
        model: str | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        quality: Literal["standard", "hd", "low", "medium", "high", "auto"] | None | NotGiven = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | None | NotGiven = NOT_GIVEN,
        size: Literal["auto", "256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "1792x1024", "1024x1792"]
        | None
        | NotGiven = NOT_GIVEN,
        moderation: Literal["low", "auto"] | None | NotGiven = NOT_GIVEN,
        background: Literal["transparent", "opaque", "auto"] | None | NotGiven = NOT_GIVEN,
        output_format: Literal["png", "jpeg", "webp"] | None | NotGiven = NOT_GIVEN,
        output_compression: int | None | NotGiven = NOT_GIVEN,
        partial_images: int | None | NotGiven = NOT_GIVEN,
        style: Literal["vivid", "natural"] | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        stream_idle_timeout: float | None | NotGiven = NOT_GIVEN,
        first_chunk_timeout: float | None | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.ImagesResponse | Stream[models.ImageStreamEvent]:
        """Create images from a prompt.

        Draws `n` images from a text prompt with DALL·E 2, DALL·E 3 or a GPT image model; the answer has each
        image as a URL (valid for an hour) or base64 (`response_format` b64_json; GPT image models always answer
        base64). With `stream` true (GPT image models only), answers server-sent events with partial images as
        they are drawn, then the final one.

        ``POST /v1/images/generations``

        Args:
            prompt (str): What to draw; at most 1000 characters for `dall-e-2`, 4000 for `dall-e-3`, 32000 for GPT image models.
            model (str | None, optional): `dall-e-2` (the server's default), `dall-e-3`, `gpt-image-1`, `gpt-image-1-mini` or a later GPT image model.
            n (int | None, optional): How many images, 1 to 10 (only 1 for `dall-e-3`). Server default 1.
            quality (Literal['standard', 'hd', 'low', 'medium', 'high', 'auto'] | None, optional): `standard` or `hd` for `dall-e-3`; `low`, `medium`, `high` or `auto` (the default) for GPT image models; `dall-e-2` has only `standard`.
            response_format (Literal['url', 'b64_json'] | None, optional): URLs (valid for 60 minutes) or base64 JSON, for `dall-e-2` and `dall-e-3`; GPT image models always answer base64. Server default url.
            size (Literal['auto', '256x256', '512x512', '1024x1024', '1536x1024', '1024x1536', '1792x1024', '1024x1792'] | None, optional): 256x256, 512x512 or 1024x1024 for `dall-e-2`; 1024x1024, 1792x1024 or 1024x1792 for `dall-e-3`; 1024x1024, 1536x1024, 1024x1536 or auto (the default) for GPT image models.
            moderation (Literal['low', 'auto'] | None, optional): `low` (less filtering) or `auto` (the server's default); GPT image models only.
            background (Literal['transparent', 'opaque', 'auto'] | None, optional): `transparent`, `opaque` or `auto` (the server's default); GPT image models only, and `transparent` needs `output_format` png or webp.
            output_format (Literal['png', 'jpeg', 'webp'] | None, optional): `png` (the server's default), `jpeg` or `webp`; GPT image models only, which always answer base64.
            output_compression (int | None, optional): 0 to 100 %, for `jpeg` and `webp` output of GPT image models. Server default 100.
            stream (bool | None, optional): Answer as server-sent events, with partial images as they are drawn; GPT image models only. Server default false. ``True``: the answer as an event stream, iterated as it arrives (use it in a ``with`` block, or close it).
            partial_images (int | None, optional): How many partial images (0 to 3) a streamed answer sends before the final one.
            style (Literal['vivid', 'natural'] | None, optional): `vivid` (hyper-real, dramatic) or `natural`; `dall-e-3` only. Server default vivid.
            user (str, optional): A unique identifier of the end user, to help monitor and detect abuse.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.
            stream_idle_timeout (float | None): With ``stream=True``: the most seconds of silence once the answer has begun (``APITimeoutError`` past it); the client's by default.
            first_chunk_timeout (float | None): With ``stream=True``: the most seconds to wait for the answer, and then for its first chunk (``APITimeoutError`` past it); the client's by default.

        Returns:
            models.ImagesResponse; with ``stream=True``, Stream[models.ImageStreamEvent].

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.generate, unknown)
        args: dict[str, object] = {
            "prompt": prompt,
            "model": model,
            "n": n,
            "quality": quality,
            "response_format": response_format,
            "size": size,
            "moderation": moderation,
            "background": background,
            "output_format": output_format,
            "output_compression": output_compression,
            "stream": stream,
            "partial_images": partial_images,
            "style": style,
            "user": user,
        }
        options = RequestOptions(
            extra_headers, extra_query, extra_body, timeout, stream_idle_timeout, first_chunk_timeout
        )
        return cast(
            "models.ImagesResponse | Stream[models.ImageStreamEvent]", self._call(_ops.CREATE_IMAGE, args, options)
        )

    @overload
    def edit(
        self,
        *,
        image: FileTypes | Sequence[FileTypes],
        prompt: str,
        mask: FileTypes | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        size: Literal["256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "auto"] | NotGiven = NOT_GIVEN,
        quality: Literal["standard", "low", "medium", "high", "auto"] | NotGiven = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | NotGiven = NOT_GIVEN,
        input_fidelity: Literal["high", "low"] | NotGiven = NOT_GIVEN,
        background: Literal["transparent", "opaque", "auto"] | NotGiven = NOT_GIVEN,
        output_format: Literal["png", "jpeg", "webp"] | NotGiven = NOT_GIVEN,
        output_compression: int | NotGiven = NOT_GIVEN,
        partial_images: int | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        stream: Literal[False] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        stream_idle_timeout: float | None | NotGiven = NOT_GIVEN,
        first_chunk_timeout: float | None | NotGiven = NOT_GIVEN,
    ) -> models.ImagesResponse: ...

    @overload
    def edit(
        self,
        *,
        image: FileTypes | Sequence[FileTypes],
        prompt: str,
        mask: FileTypes | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        size: Literal["256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "auto"] | NotGiven = NOT_GIVEN,
        quality: Literal["standard", "low", "medium", "high", "auto"] | NotGiven = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | NotGiven = NOT_GIVEN,
        input_fidelity: Literal["high", "low"] | NotGiven = NOT_GIVEN,
        background: Literal["transparent", "opaque", "auto"] | NotGiven = NOT_GIVEN,
        output_format: Literal["png", "jpeg", "webp"] | NotGiven = NOT_GIVEN,
        output_compression: int | NotGiven = NOT_GIVEN,
        partial_images: int | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        stream_idle_timeout: float | None | NotGiven = NOT_GIVEN,
        first_chunk_timeout: float | None | NotGiven = NOT_GIVEN,
    ) -> Stream[models.ImageStreamEvent]: ...

    @overload
    def edit(
        self,
        *,
        image: FileTypes | Sequence[FileTypes],
        prompt: str,
        mask: FileTypes | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        size: Literal["256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "auto"] | NotGiven = NOT_GIVEN,
        quality: Literal["standard", "low", "medium", "high", "auto"] | NotGiven = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | NotGiven = NOT_GIVEN,
        input_fidelity: Literal["high", "low"] | NotGiven = NOT_GIVEN,
        background: Literal["transparent", "opaque", "auto"] | NotGiven = NOT_GIVEN,
        output_format: Literal["png", "jpeg", "webp"] | NotGiven = NOT_GIVEN,
        output_compression: int | NotGiven = NOT_GIVEN,
        partial_images: int | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        stream_idle_timeout: float | None | NotGiven = NOT_GIVEN,
        first_chunk_timeout: float | None | NotGiven = NOT_GIVEN,
    ) -> models.ImagesResponse | Stream[models.ImageStreamEvent]: ...

    def edit(
        self,
        *,
        image: FileTypes | Sequence[FileTypes],
        prompt: str,
        mask: FileTypes | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        size: Literal["256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "auto"] | NotGiven = NOT_GIVEN,
        quality: Literal["standard", "low", "medium", "high", "auto"] | NotGiven = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | NotGiven = NOT_GIVEN,
        input_fidelity: Literal["high", "low"] | NotGiven = NOT_GIVEN,
        background: Literal["transparent", "opaque", "auto"] | NotGiven = NOT_GIVEN,
        output_format: Literal["png", "jpeg", "webp"] | NotGiven = NOT_GIVEN,
        output_compression: int | NotGiven = NOT_GIVEN,
        partial_images: int | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        stream_idle_timeout: float | None | NotGiven = NOT_GIVEN,
        first_chunk_timeout: float | None | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.ImagesResponse | Stream[models.ImageStreamEvent]:
        """Edit or extend an image from a prompt.

        Edits or extends one or more images (multipart) from a prompt: where the mask (a PNG of the same size)
        is transparent, or where the image itself is transparent when no mask is given, the model draws anew.
        Answers like image generation, and streams the same way with `stream` true. Stock new-api builds do not
        relay this route and answer 501 `api_not_implemented`.

        ``POST /v1/images/edits``

        Args:
            image (FileTypes | list[FileTypes]): The image to edit; for `dall-e-2` one square PNG under 4 MB (without `mask`, its transparent areas are the ones edited), for GPT image models up to 16 PNG, WEBP or JPEG images under 50 MB each.
            prompt (str): What the edited image shows; at most 1000 characters for `dall-e-2`, 32000 for GPT image models.
            mask (FileTypes, optional): A PNG under 4 MB of the size of (the first) `image`, whose fully transparent areas are the ones edited.
            model (str, optional): `dall-e-2` (the server's default), `gpt-image-1`, `gpt-image-1-mini` or a later GPT image model.
            n (int, optional): How many images, 1 to 10. Server default 1.
            size (Literal['256x256', '512x512', '1024x1024', '1536x1024', '1024x1536', 'auto'], optional): 256x256, 512x512 or 1024x1024 for `dall-e-2`; 1024x1024, 1536x1024, 1024x1536 or auto for GPT image models. Server default 1024x1024.
            quality (Literal['standard', 'low', 'medium', 'high', 'auto'], optional): `standard` for `dall-e-2`; `low`, `medium`, `high` or `auto` (the default) for GPT image models.
            response_format (Literal['url', 'b64_json'], optional): URLs (valid for 60 minutes) or base64 JSON, for `dall-e-2`; GPT image models always answer base64. Server default url.
            input_fidelity (Literal['high', 'low'], optional): How closely the output keeps the style and features (faces) of the input images; `gpt-image-1` only. Server default low.
            background (Literal['transparent', 'opaque', 'auto'], optional): `transparent`, `opaque` or `auto` (the server's default); GPT image models only, and `transparent` needs `output_format` png or webp.
            output_format (Literal['png', 'jpeg', 'webp'], optional): `png` (the server's default), `jpeg` or `webp`; GPT image models only, which always answer base64.
            output_compression (int, optional): 0 to 100 %, for `jpeg` and `webp` output of GPT image models. Server default 100.
            stream (bool, optional): Answer as server-sent events, with partial images as they are drawn; GPT image models only. Server default false. ``True``: the answer as an event stream, iterated as it arrives (use it in a ``with`` block, or close it).
            partial_images (int, optional): How many partial images (0 to 3) a streamed answer sends before the final one.
            user (str, optional): A unique identifier of the end user, to help monitor and detect abuse.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.
            stream_idle_timeout (float | None): With ``stream=True``: the most seconds of silence once the answer has begun (``APITimeoutError`` past it); the client's by default.
            first_chunk_timeout (float | None): With ``stream=True``: the most seconds to wait for the answer, and then for its first chunk (``APITimeoutError`` past it); the client's by default.

        Returns:
            models.ImagesResponse; with ``stream=True``, Stream[models.ImageStreamEvent].

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.edit, unknown)
        args: dict[str, object] = {
            "image": image,
            "prompt": prompt,
            "mask": mask,
            "model": model,
            "n": n,
            "size": size,
            "quality": quality,
            "response_format": response_format,
            "input_fidelity": input_fidelity,
            "background": background,
            "output_format": output_format,
            "output_compression": output_compression,
            "stream": stream,
            "partial_images": partial_images,
            "user": user,
        }
        options = RequestOptions(
            extra_headers, extra_query, extra_body, timeout, stream_idle_timeout, first_chunk_timeout
        )
        return cast(
            "models.ImagesResponse | Stream[models.ImageStreamEvent]", self._call(_ops.CREATE_IMAGE_EDIT, args, options)
        )

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

        Draws `n` variations of one square PNG image (under 4 MB) with DALL·E 2, the only model that makes
        variations. Stock new-api builds do not relay this route and answer 501 `api_not_implemented`.

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
        args: dict[str, object] = {
            "image": image,
            "model": model,
            "n": n,
            "response_format": response_format,
            "size": size,
            "user": user,
        }
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.ImagesResponse", self._call(_ops.CREATE_IMAGE_VARIATION, args, options))


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

    @overload
    async def generate(
        self,
        *,
        prompt: str,
        model: str | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        quality: Literal["standard", "hd", "low", "medium", "high", "auto"] | None | NotGiven = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | None | NotGiven = NOT_GIVEN,
        size: Literal["auto", "256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "1792x1024", "1024x1792"]
        | None
        | NotGiven = NOT_GIVEN,
        moderation: Literal["low", "auto"] | None | NotGiven = NOT_GIVEN,
        background: Literal["transparent", "opaque", "auto"] | None | NotGiven = NOT_GIVEN,
        output_format: Literal["png", "jpeg", "webp"] | None | NotGiven = NOT_GIVEN,
        output_compression: int | None | NotGiven = NOT_GIVEN,
        partial_images: int | None | NotGiven = NOT_GIVEN,
        style: Literal["vivid", "natural"] | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        stream: Literal[False] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        stream_idle_timeout: float | None | NotGiven = NOT_GIVEN,
        first_chunk_timeout: float | None | NotGiven = NOT_GIVEN,
    ) -> models.ImagesResponse: ...

    @overload
    async def generate(
        self,
        *,
        prompt: str,
        model: str | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        quality: Literal["standard", "hd", "low", "medium", "high", "auto"] | None | NotGiven = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | None | NotGiven = NOT_GIVEN,
        size: Literal["auto", "256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "1792x1024", "1024x1792"]
        | None
        | NotGiven = NOT_GIVEN,
        moderation: Literal["low", "auto"] | None | NotGiven = NOT_GIVEN,
        background: Literal["transparent", "opaque", "auto"] | None | NotGiven = NOT_GIVEN,
        output_format: Literal["png", "jpeg", "webp"] | None | NotGiven = NOT_GIVEN,
        output_compression: int | None | NotGiven = NOT_GIVEN,
        partial_images: int | None | NotGiven = NOT_GIVEN,
        style: Literal["vivid", "natural"] | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        stream_idle_timeout: float | None | NotGiven = NOT_GIVEN,
        first_chunk_timeout: float | None | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[models.ImageStreamEvent]: ...

    @overload
    async def generate(
        self,
        *,
        prompt: str,
        model: str | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        quality: Literal["standard", "hd", "low", "medium", "high", "auto"] | None | NotGiven = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | None | NotGiven = NOT_GIVEN,
        size: Literal["auto", "256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "1792x1024", "1024x1792"]
        | None
        | NotGiven = NOT_GIVEN,
        moderation: Literal["low", "auto"] | None | NotGiven = NOT_GIVEN,
        background: Literal["transparent", "opaque", "auto"] | None | NotGiven = NOT_GIVEN,
        output_format: Literal["png", "jpeg", "webp"] | None | NotGiven = NOT_GIVEN,
        output_compression: int | None | NotGiven = NOT_GIVEN,
        partial_images: int | None | NotGiven = NOT_GIVEN,
        style: Literal["vivid", "natural"] | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        stream_idle_timeout: float | None | NotGiven = NOT_GIVEN,
        first_chunk_timeout: float | None | NotGiven = NOT_GIVEN,
    ) -> models.ImagesResponse | AsyncStream[models.ImageStreamEvent]: ...

    async def generate(
        self,
        *,
        prompt: str,
        model: str | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        quality: Literal["standard", "hd", "low", "medium", "high", "auto"] | None | NotGiven = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | None | NotGiven = NOT_GIVEN,
        size: Literal["auto", "256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "1792x1024", "1024x1792"]
        | None
        | NotGiven = NOT_GIVEN,
        moderation: Literal["low", "auto"] | None | NotGiven = NOT_GIVEN,
        background: Literal["transparent", "opaque", "auto"] | None | NotGiven = NOT_GIVEN,
        output_format: Literal["png", "jpeg", "webp"] | None | NotGiven = NOT_GIVEN,
        output_compression: int | None | NotGiven = NOT_GIVEN,
        partial_images: int | None | NotGiven = NOT_GIVEN,
        style: Literal["vivid", "natural"] | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        stream_idle_timeout: float | None | NotGiven = NOT_GIVEN,
        first_chunk_timeout: float | None | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.ImagesResponse | AsyncStream[models.ImageStreamEvent]:
        """Create images from a prompt.

        Draws `n` images from a text prompt with DALL·E 2, DALL·E 3 or a GPT image model; the answer has each
        image as a URL (valid for an hour) or base64 (`response_format` b64_json; GPT image models always answer
        base64). With `stream` true (GPT image models only), answers server-sent events with partial images as
        they are drawn, then the final one.

        ``POST /v1/images/generations``

        Args:
            prompt (str): What to draw; at most 1000 characters for `dall-e-2`, 4000 for `dall-e-3`, 32000 for GPT image models.
            model (str | None, optional): `dall-e-2` (the server's default), `dall-e-3`, `gpt-image-1`, `gpt-image-1-mini` or a later GPT image model.
            n (int | None, optional): How many images, 1 to 10 (only 1 for `dall-e-3`). Server default 1.
            quality (Literal['standard', 'hd', 'low', 'medium', 'high', 'auto'] | None, optional): `standard` or `hd` for `dall-e-3`; `low`, `medium`, `high` or `auto` (the default) for GPT image models; `dall-e-2` has only `standard`.
            response_format (Literal['url', 'b64_json'] | None, optional): URLs (valid for 60 minutes) or base64 JSON, for `dall-e-2` and `dall-e-3`; GPT image models always answer base64. Server default url.
            size (Literal['auto', '256x256', '512x512', '1024x1024', '1536x1024', '1024x1536', '1792x1024', '1024x1792'] | None, optional): 256x256, 512x512 or 1024x1024 for `dall-e-2`; 1024x1024, 1792x1024 or 1024x1792 for `dall-e-3`; 1024x1024, 1536x1024, 1024x1536 or auto (the default) for GPT image models.
            moderation (Literal['low', 'auto'] | None, optional): `low` (less filtering) or `auto` (the server's default); GPT image models only.
            background (Literal['transparent', 'opaque', 'auto'] | None, optional): `transparent`, `opaque` or `auto` (the server's default); GPT image models only, and `transparent` needs `output_format` png or webp.
            output_format (Literal['png', 'jpeg', 'webp'] | None, optional): `png` (the server's default), `jpeg` or `webp`; GPT image models only, which always answer base64.
            output_compression (int | None, optional): 0 to 100 %, for `jpeg` and `webp` output of GPT image models. Server default 100.
            stream (bool | None, optional): Answer as server-sent events, with partial images as they are drawn; GPT image models only. Server default false. ``True``: the answer as an event stream, iterated as it arrives (use it in a ``with`` block, or close it).
            partial_images (int | None, optional): How many partial images (0 to 3) a streamed answer sends before the final one.
            style (Literal['vivid', 'natural'] | None, optional): `vivid` (hyper-real, dramatic) or `natural`; `dall-e-3` only. Server default vivid.
            user (str, optional): A unique identifier of the end user, to help monitor and detect abuse.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.
            stream_idle_timeout (float | None): With ``stream=True``: the most seconds of silence once the answer has begun (``APITimeoutError`` past it); the client's by default.
            first_chunk_timeout (float | None): With ``stream=True``: the most seconds to wait for the answer, and then for its first chunk (``APITimeoutError`` past it); the client's by default.

        Returns:
            models.ImagesResponse; with ``stream=True``, AsyncStream[models.ImageStreamEvent].

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.generate, unknown)
        args: dict[str, object] = {
            "prompt": prompt,
            "model": model,
            "n": n,
            "quality": quality,
            "response_format": response_format,
            "size": size,
            "moderation": moderation,
            "background": background,
            "output_format": output_format,
            "output_compression": output_compression,
            "stream": stream,
            "partial_images": partial_images,
            "style": style,
            "user": user,
        }
        options = RequestOptions(
            extra_headers, extra_query, extra_body, timeout, stream_idle_timeout, first_chunk_timeout
        )
        return cast(
            "models.ImagesResponse | AsyncStream[models.ImageStreamEvent]",
            await self._call(_ops.CREATE_IMAGE, args, options),
        )

    @overload
    async def edit(
        self,
        *,
        image: FileTypes | Sequence[FileTypes],
        prompt: str,
        mask: FileTypes | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        size: Literal["256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "auto"] | NotGiven = NOT_GIVEN,
        quality: Literal["standard", "low", "medium", "high", "auto"] | NotGiven = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | NotGiven = NOT_GIVEN,
        input_fidelity: Literal["high", "low"] | NotGiven = NOT_GIVEN,
        background: Literal["transparent", "opaque", "auto"] | NotGiven = NOT_GIVEN,
        output_format: Literal["png", "jpeg", "webp"] | NotGiven = NOT_GIVEN,
        output_compression: int | NotGiven = NOT_GIVEN,
        partial_images: int | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        stream: Literal[False] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        stream_idle_timeout: float | None | NotGiven = NOT_GIVEN,
        first_chunk_timeout: float | None | NotGiven = NOT_GIVEN,
    ) -> models.ImagesResponse: ...

    @overload
    async def edit(
        self,
        *,
        image: FileTypes | Sequence[FileTypes],
        prompt: str,
        mask: FileTypes | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        size: Literal["256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "auto"] | NotGiven = NOT_GIVEN,
        quality: Literal["standard", "low", "medium", "high", "auto"] | NotGiven = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | NotGiven = NOT_GIVEN,
        input_fidelity: Literal["high", "low"] | NotGiven = NOT_GIVEN,
        background: Literal["transparent", "opaque", "auto"] | NotGiven = NOT_GIVEN,
        output_format: Literal["png", "jpeg", "webp"] | NotGiven = NOT_GIVEN,
        output_compression: int | NotGiven = NOT_GIVEN,
        partial_images: int | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        stream_idle_timeout: float | None | NotGiven = NOT_GIVEN,
        first_chunk_timeout: float | None | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[models.ImageStreamEvent]: ...

    @overload
    async def edit(
        self,
        *,
        image: FileTypes | Sequence[FileTypes],
        prompt: str,
        mask: FileTypes | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        size: Literal["256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "auto"] | NotGiven = NOT_GIVEN,
        quality: Literal["standard", "low", "medium", "high", "auto"] | NotGiven = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | NotGiven = NOT_GIVEN,
        input_fidelity: Literal["high", "low"] | NotGiven = NOT_GIVEN,
        background: Literal["transparent", "opaque", "auto"] | NotGiven = NOT_GIVEN,
        output_format: Literal["png", "jpeg", "webp"] | NotGiven = NOT_GIVEN,
        output_compression: int | NotGiven = NOT_GIVEN,
        partial_images: int | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        stream_idle_timeout: float | None | NotGiven = NOT_GIVEN,
        first_chunk_timeout: float | None | NotGiven = NOT_GIVEN,
    ) -> models.ImagesResponse | AsyncStream[models.ImageStreamEvent]: ...

    async def edit(
        self,
        *,
        image: FileTypes | Sequence[FileTypes],
        prompt: str,
        mask: FileTypes | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        size: Literal["256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "auto"] | NotGiven = NOT_GIVEN,
        quality: Literal["standard", "low", "medium", "high", "auto"] | NotGiven = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | NotGiven = NOT_GIVEN,
        input_fidelity: Literal["high", "low"] | NotGiven = NOT_GIVEN,
        background: Literal["transparent", "opaque", "auto"] | NotGiven = NOT_GIVEN,
        output_format: Literal["png", "jpeg", "webp"] | NotGiven = NOT_GIVEN,
        output_compression: int | NotGiven = NOT_GIVEN,
        partial_images: int | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        stream_idle_timeout: float | None | NotGiven = NOT_GIVEN,
        first_chunk_timeout: float | None | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.ImagesResponse | AsyncStream[models.ImageStreamEvent]:
        """Edit or extend an image from a prompt.

        Edits or extends one or more images (multipart) from a prompt: where the mask (a PNG of the same size)
        is transparent, or where the image itself is transparent when no mask is given, the model draws anew.
        Answers like image generation, and streams the same way with `stream` true. Stock new-api builds do not
        relay this route and answer 501 `api_not_implemented`.

        ``POST /v1/images/edits``

        Args:
            image (FileTypes | list[FileTypes]): The image to edit; for `dall-e-2` one square PNG under 4 MB (without `mask`, its transparent areas are the ones edited), for GPT image models up to 16 PNG, WEBP or JPEG images under 50 MB each.
            prompt (str): What the edited image shows; at most 1000 characters for `dall-e-2`, 32000 for GPT image models.
            mask (FileTypes, optional): A PNG under 4 MB of the size of (the first) `image`, whose fully transparent areas are the ones edited.
            model (str, optional): `dall-e-2` (the server's default), `gpt-image-1`, `gpt-image-1-mini` or a later GPT image model.
            n (int, optional): How many images, 1 to 10. Server default 1.
            size (Literal['256x256', '512x512', '1024x1024', '1536x1024', '1024x1536', 'auto'], optional): 256x256, 512x512 or 1024x1024 for `dall-e-2`; 1024x1024, 1536x1024, 1024x1536 or auto for GPT image models. Server default 1024x1024.
            quality (Literal['standard', 'low', 'medium', 'high', 'auto'], optional): `standard` for `dall-e-2`; `low`, `medium`, `high` or `auto` (the default) for GPT image models.
            response_format (Literal['url', 'b64_json'], optional): URLs (valid for 60 minutes) or base64 JSON, for `dall-e-2`; GPT image models always answer base64. Server default url.
            input_fidelity (Literal['high', 'low'], optional): How closely the output keeps the style and features (faces) of the input images; `gpt-image-1` only. Server default low.
            background (Literal['transparent', 'opaque', 'auto'], optional): `transparent`, `opaque` or `auto` (the server's default); GPT image models only, and `transparent` needs `output_format` png or webp.
            output_format (Literal['png', 'jpeg', 'webp'], optional): `png` (the server's default), `jpeg` or `webp`; GPT image models only, which always answer base64.
            output_compression (int, optional): 0 to 100 %, for `jpeg` and `webp` output of GPT image models. Server default 100.
            stream (bool, optional): Answer as server-sent events, with partial images as they are drawn; GPT image models only. Server default false. ``True``: the answer as an event stream, iterated as it arrives (use it in a ``with`` block, or close it).
            partial_images (int, optional): How many partial images (0 to 3) a streamed answer sends before the final one.
            user (str, optional): A unique identifier of the end user, to help monitor and detect abuse.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.
            stream_idle_timeout (float | None): With ``stream=True``: the most seconds of silence once the answer has begun (``APITimeoutError`` past it); the client's by default.
            first_chunk_timeout (float | None): With ``stream=True``: the most seconds to wait for the answer, and then for its first chunk (``APITimeoutError`` past it); the client's by default.

        Returns:
            models.ImagesResponse; with ``stream=True``, AsyncStream[models.ImageStreamEvent].

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.edit, unknown)
        args: dict[str, object] = {
            "image": image,
            "prompt": prompt,
            "mask": mask,
            "model": model,
            "n": n,
            "size": size,
            "quality": quality,
            "response_format": response_format,
            "input_fidelity": input_fidelity,
            "background": background,
            "output_format": output_format,
            "output_compression": output_compression,
            "stream": stream,
            "partial_images": partial_images,
            "user": user,
        }
        options = RequestOptions(
            extra_headers, extra_query, extra_body, timeout, stream_idle_timeout, first_chunk_timeout
        )
        return cast(
            "models.ImagesResponse | AsyncStream[models.ImageStreamEvent]",
            await self._call(_ops.CREATE_IMAGE_EDIT, args, options),
        )

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

        Draws `n` variations of one square PNG image (under 4 MB) with DALL·E 2, the only model that makes
        variations. Stock new-api builds do not relay this route and answer 501 `api_not_implemented`.

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
        args: dict[str, object] = {
            "image": image,
            "model": model,
            "n": n,
            "response_format": response_format,
            "size": size,
            "user": user,
        }
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.ImagesResponse", await self._call(_ops.CREATE_IMAGE_VARIATION, args, options))


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
