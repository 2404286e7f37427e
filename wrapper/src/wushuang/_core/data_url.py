"""Images sent inside JSON as data URLs (Midjourney's ``base64Array``, ``base64``, ``maskBase64``, ...).

A body property marked ``x-sdk-data-url: image`` in the spec takes a data URL string, bytes, a path
(``pathlib.Path`` or any ``os.PathLike``) or a binary file object; ``request`` turns each into
``data:<mime>;base64,...`` here, before validation, so nothing is sent when an image is refused. The MIME type
is read from the bytes (PNG, JPEG, WebP, GIF; anything else is refused), and an image may be at most
``MAX_IMAGE_BYTES`` (10 MB) decoded. A plain ``str`` is taken as a data URL, never as a path (a path is
``pathlib.Path("cat.png")``), and must carry one of those image types.
"""

from __future__ import annotations

import base64
import os
from typing import Any

from wushuang._core.errors import InvalidParameterError

__all__ = ["MAX_IMAGE_BYTES", "convert", "image_data_url", "image_type"]

MAX_IMAGE_BYTES = 10 * 1024 * 1024
_MIME_TYPES = ("image/png", "image/jpeg", "image/webp", "image/gif")


def image_type(data: bytes) -> str | None:
    """The MIME type of an image from its first bytes, or None when it is none of the four accepted."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    return None


def _read(value: Any) -> bytes | None:
    """The bytes of a bytes-like value, a path or a binary file object; None for anything else. Raises ``OSError``
    for a path that cannot be read, ``ValueError`` for a closed file."""
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value)
    if isinstance(value, os.PathLike):
        with open(value, "rb") as handle:  # noqa: PTH123 (any os.PathLike, not only pathlib.Path)
            return handle.read(MAX_IMAGE_BYTES + 1)
    if hasattr(value, "read"):
        if getattr(value, "closed", False) is True:
            raise ValueError("the file is closed")
        data = value.read(MAX_IMAGE_BYTES + 1)
        if isinstance(data, bytes):
            return data
    return None


def image_data_url(value: Any, *, param: str, operation_id: str, where: str | None = None) -> str:
    """``value`` as an image data URL; raises ``InvalidParameterError`` (naming ``param``) when it is not one.

    ``where`` is the value's place in the argument for the message (``base64_array[1]``): the error's ``param``
    stays the argument's Python name, as for every ``InvalidParameterError``."""

    def refuse(problem: str) -> InvalidParameterError:
        return InvalidParameterError(
            f"{operation_id}: {where or param} {problem}", param=param, operation_id=operation_id
        )

    limit = f"{MAX_IMAGE_BYTES // (1024 * 1024)} MB"
    if isinstance(value, str):
        head, comma, payload = value.partition(",")
        mime = head.removeprefix("data:").removesuffix(";base64")
        if not (comma and head.startswith("data:") and head.endswith(";base64")):
            raise refuse(
                "must be a data URL (data:image/png;base64,...), bytes, a pathlib.Path or a binary file; "
                f"got a str starting {value[:24]!r}"
            )
        if mime not in _MIME_TYPES:
            raise refuse(f"is a data URL of {mime or 'no type'}; accepted: {', '.join(_MIME_TYPES)}")
        if len(payload) * 3 // 4 > MAX_IMAGE_BYTES:
            raise refuse(f"is larger than {limit}")
        return value
    try:
        data = _read(value)
    except (OSError, ValueError) as exc:  # no such file, a directory, a closed file
        raise refuse(f"cannot be read ({exc})") from None
    if data is None:
        raise refuse(f"must be a data URL, bytes, a pathlib.Path or a binary file, got {type(value).__name__}")
    if len(data) > MAX_IMAGE_BYTES:
        raise refuse(f"is larger than {limit}")
    found = image_type(data)
    if found is None:
        raise refuse("is not a PNG, JPEG, WebP or GIF image")
    return f"data:{found};base64,{base64.b64encode(data).decode('ascii')}"


def convert(value: Any, kind: str, *, param: str, operation_id: str) -> Any:
    """A data-URL parameter's value converted: one image (``kind`` "image"), or each image of a list ("images");
    a value of the wrong shape is left for the validator to refuse."""
    if kind == "image":
        return image_data_url(value, param=param, operation_id=operation_id)
    if isinstance(value, (list, tuple)):
        return [
            image_data_url(item, param=param, operation_id=operation_id, where=f"{param}[{i}]")
            for i, item in enumerate(value)
        ]
    return value
