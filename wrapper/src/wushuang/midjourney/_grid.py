"""Splitting a Midjourney grid (the 2 x 2 image of an IMAGINE, VARIATION, REROLL or BLEND task) into its four.

Needs Pillow, from the optional extra: ``pip install 'wushuang[images]'``; it is imported only when called.
"""

from __future__ import annotations

import io
import os
from typing import Any

__all__ = ["split_grid"]


def split_grid(image: str | os.PathLike[str] | bytes) -> list[bytes]:
    """The four images of a grid, as PNG bytes: top left, top right, bottom left, bottom right (U1 to U4).

    ``image`` is a path or the image's bytes (such as ``b"".join(client.midjourney.tasks.iter_image(task))``).
    """
    try:
        from PIL import Image  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        raise ImportError("split_grid needs Pillow: pip install 'wushuang[images]'") from None
    source: Any = io.BytesIO(image) if isinstance(image, (bytes, bytearray, memoryview)) else os.fspath(image)
    with Image.open(source) as grid:
        grid.load()
        width, height = grid.size
        half_w, half_h = width // 2, height // 2
        parts = []
        for top, left in ((0, 0), (0, half_w), (half_h, 0), (half_h, half_w)):
            out = io.BytesIO()
            grid.crop((left, top, left + half_w, top + half_h)).save(out, format="PNG")
            parts.append(out.getvalue())
    return parts
