"""Saving an image of an images result (``images.generate`` / ``edit`` / ``create_variation``) to a file.

    result = client.images.generate(prompt="a red fox", response_format="b64_json")
    wushuang.save_image(result.data[0], "fox.png")

A ``b64_json`` image is decoded; a ``url`` image is downloaded as it streams in, with ``client.download`` of the
client given (its HTTP client, proxies, retries, logging and middlewares). The API key goes only to the relay's
own host, never to the image host a URL points at.

What is saved is an image: its first bytes must be those of a PNG, JPEG, WebP or GIF (``image_chunks``), so an
HTML error page or a JSON answer sent with a 200 is refused rather than saved as ``fox.png``; and the file is
written only once the whole image has come (``write_file``), so a download that fails leaves a file already at
the path as it was. The Midjourney ``tasks.download`` / ``iter_image`` go the same way.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import os
from collections.abc import AsyncGenerator, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wushuang._core.data_url import image_type
from wushuang._core.errors import APIResponseValidationError, InvalidParameterError
from wushuang._core.response import awrite_file, write_file

if TYPE_CHECKING:
    import httpx

    from wushuang._core.client import AsyncWushuang, Wushuang
    from wushuang._core.response import AsyncBinaryResponse, BinaryResponse

__all__ = ["adownload_image", "aimage_chunks", "async_save_image", "download_image", "image_chunks", "save_image"]

# Without a key in the environment, a download client of its own sends none (a None header is removed).
_ENV_KEY = "WUSHUANG_API_KEY"
_NO_KEY: dict[str, str | None] = {"Authorization": None}
_SIGNATURE_BYTES = 12  # enough of the start of a file to tell the image types apart
_IMAGE_TYPES = "PNG, JPEG, WebP or GIF"


def _source(image: Any) -> tuple[bytes | None, str | None]:
    """The decoded bytes of a ``b64_json`` image, or its URL."""
    encoded, url = getattr(image, "b64_json", None), getattr(image, "url", None)
    if encoded:
        try:
            data = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError):
            raise InvalidParameterError(
                "save_image: the image's b64_json is not valid base64", param="image", operation_id="save_image"
            ) from None
        if image_type(data) is None:
            raise InvalidParameterError(
                f"save_image: the image's b64_json is not a {_IMAGE_TYPES} image (it starts {data[:16]!r})",
                param="image",
                operation_id="save_image",
            )
        return data, None
    if isinstance(url, str) and url.startswith(("http://", "https://")):
        return None, url
    raise InvalidParameterError(
        f"save_image: image must be an item of an images result with b64_json or an http(s) url, got {image!r:.80}",
        param="image",
        operation_id="save_image",
    )


def _check_image(head: bytes, response: httpx.Response) -> None:
    if image_type(head) is None:
        found = response.headers.get("content-type") or "no content type"
        raise APIResponseValidationError(
            f"GET {response.request.url.path}: expected a {_IMAGE_TYPES} image, got {found}",
            response=response,
            body=head,
        )


def image_chunks(binary: BinaryResponse, chunk_size: int | None = None) -> Iterator[bytes]:
    """The body of ``binary`` (a download) in chunks, once its first bytes show an image.

    Raises ``APIResponseValidationError`` before any chunk is given when the body is not a PNG, JPEG, WebP or GIF
    (an HTML page, a JSON error sent with a 200), and closes the body at the end, on an error, or when the caller
    stops.
    """
    with binary, contextlib.closing(binary.iter_bytes(chunk_size)) as chunks:
        head = b""
        for chunk in chunks:
            head += chunk
            if len(head) >= _SIGNATURE_BYTES:
                break
        _check_image(head, binary.response)
        yield head
        yield from chunks


async def aimage_chunks(binary: AsyncBinaryResponse, chunk_size: int | None = None) -> AsyncGenerator[bytes, None]:
    """The async twin of ``image_chunks``."""
    async with binary, contextlib.aclosing(binary.iter_bytes(chunk_size)) as chunks:
        head = b""
        async for chunk in chunks:
            head += chunk
            if len(head) >= _SIGNATURE_BYTES:
                break
        _check_image(head, binary.response)
        yield head
        async for chunk in chunks:
            yield chunk


def _own_client_options() -> dict[str, Any]:
    """The options of the client ``save_image`` makes when none is given: ``Wushuang()``'s, keyless when the
    environment has no key (then no ``Authorization`` header is sent anywhere)."""
    key = os.environ.get(_ENV_KEY)
    return {"api_key": key} if key else {"api_key": "unused", "default_headers": _NO_KEY}


def _check_client(client: object, expected: type) -> None:
    if not isinstance(client, expected):
        raise TypeError(f"client must be a wushuang.{expected.__name__}, got {type(client).__name__}")


def download_image(client: Wushuang, url: str, path: str | os.PathLike[str]) -> None:
    """Download the image at ``url`` with ``client.download`` into ``path``: checked to be an image
    (``image_chunks``), written once whole (``write_file``)."""
    with client.download(url) as binary:  # closed even when the file cannot be created
        write_file(path, image_chunks(binary))


async def adownload_image(client: AsyncWushuang, url: str, path: str | os.PathLike[str]) -> None:
    """The async twin of ``download_image``."""
    async with await client.download(url) as binary:
        await awrite_file(path, aimage_chunks(binary))


def save_image(image: Any, path: str | os.PathLike[str], *, client: Wushuang | None = None) -> Path:
    """Write ``image`` (``result.data[i]``) to ``path``; returns the path.

    A URL image is downloaded with ``client.download`` (default: a ``Wushuang`` configured from the environment,
    closed afterwards). ``path`` is written only once the whole image has come. Raises ``InvalidParameterError``
    for an item with neither ``b64_json`` nor an http(s) ``url``, or whose ``b64_json`` is not an image;
    ``APIResponseValidationError`` when the URL answers something that is not an image (an HTML page) or a body
    cut short; and the typed status and connection errors of a failed download.
    """
    target = Path(path)
    data, url = _source(image)
    if data is not None:
        write_file(target, [data])
        return target
    assert url is not None
    from wushuang._core.client import Wushuang

    if client is not None:
        _check_client(client, Wushuang)
        download_image(client, url, target)
        return target
    with Wushuang(**_own_client_options()) as own:
        download_image(own, url, target)
    return target


async def async_save_image(image: Any, path: str | os.PathLike[str], *, client: AsyncWushuang | None = None) -> Path:
    """The async twin of ``save_image`` (``client``: an ``AsyncWushuang``)."""
    target = Path(path)
    data, url = _source(image)
    if data is not None:
        write_file(target, [data])  # already in memory: one write
        return target
    assert url is not None
    from wushuang._core.client import AsyncWushuang

    if client is not None:
        _check_client(client, AsyncWushuang)
        await adownload_image(client, url, target)
        return target
    async with AsyncWushuang(**_own_client_options()) as own:
        await adownload_image(own, url, target)
    return target
