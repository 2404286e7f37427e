"""Saving an image of an images result (``images.generate`` / ``edit`` / ``create_variation``) to a file.

    result = client.images.generate(prompt="a red fox", response_format="b64_json")
    wushuang.save_image(result.data[0], "fox.png")

A ``b64_json`` image is decoded; a ``url`` image is downloaded as it streams in, without the API key (the image
host is not the relay, and must not receive it).
"""

from __future__ import annotations

import base64
import binascii
import os
from pathlib import Path
from typing import Any

import httpx

from wushuang._errors import APIResponseValidationError, InvalidParameterError, connection_error, make_status_error

__all__ = ["async_save_image", "check_download", "save_image"]

_DOWNLOAD_TIMEOUT = httpx.Timeout(60.0, connect=5.0)


def _source(image: Any) -> tuple[bytes | None, str | None]:
    """The decoded bytes of a ``b64_json`` image, or its URL."""
    encoded, url = getattr(image, "b64_json", None), getattr(image, "url", None)
    if encoded:
        try:
            return base64.b64decode(encoded, validate=True), None
        except (binascii.Error, ValueError):
            raise InvalidParameterError(
                "save_image: the image's b64_json is not valid base64", param="image", operation_id="save_image"
            ) from None
    if isinstance(url, str) and url.startswith(("http://", "https://")):
        return None, url
    raise InvalidParameterError(
        f"save_image: image must be an item of an images result with b64_json or an http(s) url, got {image!r:.80}",
        param="image",
        operation_id="save_image",
    )


def check_download(response: httpx.Response) -> None:
    """Raise the typed status error of a non-2xx image download."""
    if response.status_code >= 400:
        response.read()
        raise make_status_error(response, body=response.content, method="GET", path=response.url.path)


def save_image(image: Any, path: str | os.PathLike[str]) -> Path:
    """Write ``image`` (``result.data[i]``) to ``path``; returns the path."""
    target = Path(path)
    data, url = _source(image)
    if data is not None:
        target.write_bytes(data)
        return target
    assert url is not None
    try:
        with httpx.stream("GET", url, timeout=_DOWNLOAD_TIMEOUT, follow_redirects=True) as response:
            check_download(response)
            with target.open("wb") as out:
                for chunk in response.iter_bytes():
                    out.write(chunk)
    except httpx.TransportError as exc:
        raise connection_error(exc) from exc
    except httpx.HTTPError as exc:  # too many redirects, a body that does not decode
        raise APIResponseValidationError(f"save_image: {exc}", response=httpx.Response(0)) from exc
    return target


async def async_save_image(image: Any, path: str | os.PathLike[str]) -> Path:
    """The async twin of ``save_image``."""
    target = Path(path)
    data, url = _source(image)
    if data is not None:
        target.write_bytes(data)
        return target
    assert url is not None
    try:
        async with httpx.AsyncClient(timeout=_DOWNLOAD_TIMEOUT, follow_redirects=True) as http:
            async with http.stream("GET", url) as response:
                check_download(response)
                with target.open("wb") as out:
                    async for chunk in response.aiter_bytes():
                        out.write(chunk)
    except httpx.TransportError as exc:
        raise connection_error(exc) from exc
    except httpx.HTTPError as exc:
        raise APIResponseValidationError(f"save_image: {exc}", response=httpx.Response(0)) from exc
    return target
