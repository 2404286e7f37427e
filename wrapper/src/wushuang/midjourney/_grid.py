"""Splitting a Midjourney grid (the 2 x 2 image of an IMAGINE, VARIATION, REROLL or BLEND task) into its four.

Needs Pillow, from the optional extra: ``pip install 'wushuang[images]'``; it is imported only when called.
"""

from __future__ import annotations

import io
import os
from typing import Any

from wushuang._core.errors import InvalidParameterError

__all__ = ["MAX_GRID_PIXELS", "split_grid"]

# A grid larger than this (width x height) is refused before its pixels are decoded: Midjourney's grids are at most
# 2048 x 2048 (4 MP), and a small file can claim an image of hundreds of megabytes (a decompression bomb).
MAX_GRID_PIXELS = 40_000_000

# What Midjourney serves: its grids are PNG, WebP or JPEG. No other decoder of Pillow is reached.
_FORMATS = ("PNG", "WEBP", "JPEG")


def split_grid(image: str | os.PathLike[str] | bytes, *, max_pixels: int = MAX_GRID_PIXELS) -> list[bytes]:
    """The four images of a grid, as PNG bytes: top left, top right, bottom left, bottom right (U1 to U4).

    ``image`` is a path or the image's bytes (such as ``b"".join(client.midjourney.tasks.iter_image(task))``).
    Raises ``InvalidParameterError`` (``param="image"``) for a path that cannot be read, bytes that are no PNG,
    WebP or JPEG image (or one cut short), and an image of more than ``max_pixels`` pixels, refused from its
    header before anything is decoded.
    """
    try:
        from PIL import Image  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        raise ImportError("split_grid needs Pillow: pip install 'wushuang[images]'") from None
    source: Any
    if isinstance(image, (bytes, bytearray, memoryview)):
        source = io.BytesIO(image)
    elif isinstance(image, (str, os.PathLike)):
        source = os.fspath(image)
    else:
        raise _bad_image(f"must be a path or the image's bytes, got {type(image).__name__}")
    try:
        with Image.open(source, formats=_FORMATS) as grid:
            width, height = grid.size
            if width * height > max_pixels:
                raise _bad_image(f"is {width} x {height} pixels, more than max_pixels={max_pixels:,}")
            if width < 2 or height < 2:
                raise _bad_image(f"is {width} x {height} pixels: too small to be a grid")
            grid.load()
            half_w, half_h = width // 2, height // 2
            parts = []
            for top, left in ((0, 0), (0, half_w), (half_h, 0), (half_h, half_w)):
                out = io.BytesIO()
                grid.crop((left, top, left + half_w, top + half_h)).save(out, format="PNG")
                parts.append(out.getvalue())
    except InvalidParameterError:
        raise
    except OSError as exc:  # no such file, not an image, cut short (Pillow's UnidentifiedImageError is an OSError)
        raise _bad_image(f"cannot be read as an image ({type(exc).__name__}: {exc})") from exc
    except Exception as exc:  # Pillow's decoders raise many kinds for a malformed file (SyntaxError, struct.error, ...)
        raise _bad_image(f"is not a valid image ({type(exc).__name__}: {exc})") from exc
    return parts


def _bad_image(problem: str) -> InvalidParameterError:
    return InvalidParameterError(f"split_grid: image {problem}", param="image", operation_id="split_grid")
