"""Saving an image of an images result (``images.generate`` / ``edit`` / ``create_variation``) to a file.

    result = client.images.generate(prompt="a red fox", response_format="b64_json")
    wushuang.save_image(result.data[0], "fox.png")

A ``b64_json`` image is decoded; a ``url`` image is downloaded as it streams in, with ``client.download`` of the
client given (its HTTP client, proxies, retries, logging and middlewares). The API key goes only to the relay's
own host, never to the image host a URL points at.
"""

from __future__ import annotations

import base64
import binascii
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wushuang._core.errors import InvalidParameterError

if TYPE_CHECKING:
    from wushuang._core.client import AsyncWushuang, Wushuang

__all__ = ["async_save_image", "save_image"]

# Without a key in the environment, a download client of its own sends none (a None header is removed).
_ENV_KEY = "WUSHUANG_API_KEY"
_NO_KEY: dict[str, str | None] = {"Authorization": None}


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


def _own_client_options() -> dict[str, Any]:
    """The options of the client ``save_image`` makes when none is given: ``Wushuang()``'s, keyless when the
    environment has no key (then no ``Authorization`` header is sent anywhere)."""
    key = os.environ.get(_ENV_KEY)
    return {"api_key": key} if key else {"api_key": "unused", "default_headers": _NO_KEY}


def _check_client(client: object, expected: type) -> None:
    if not isinstance(client, expected):
        raise TypeError(f"client must be a wushuang.{expected.__name__}, got {type(client).__name__}")


def save_image(image: Any, path: str | os.PathLike[str], *, client: Wushuang | None = None) -> Path:
    """Write ``image`` (``result.data[i]``) to ``path``; returns the path.

    A URL image is downloaded with ``client.download`` (default: a ``Wushuang`` configured from the environment,
    closed afterwards). Raises ``InvalidParameterError`` for an item with neither ``b64_json`` nor an http(s)
    ``url``, and the typed status and connection errors of a failed download.
    """
    target = Path(path)
    data, url = _source(image)
    if data is not None:
        target.write_bytes(data)
        return target
    assert url is not None
    from wushuang._core.client import Wushuang

    if client is not None:
        _check_client(client, Wushuang)
        client.download(url).write_to_file(target)
        return target
    with Wushuang(**_own_client_options()) as own:
        own.download(url).write_to_file(target)
    return target


async def async_save_image(image: Any, path: str | os.PathLike[str], *, client: AsyncWushuang | None = None) -> Path:
    """The async twin of ``save_image`` (``client``: an ``AsyncWushuang``)."""
    target = Path(path)
    data, url = _source(image)
    if data is not None:
        target.write_bytes(data)
        return target
    assert url is not None
    from wushuang._core.client import AsyncWushuang

    if client is not None:
        _check_client(client, AsyncWushuang)
        await (await client.download(url)).write_to_file(target)
        return target
    async with AsyncWushuang(**_own_client_options()) as own:
        await (await own.download(url)).write_to_file(target)
    return target
