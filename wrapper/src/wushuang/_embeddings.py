"""Embeddings: ``x-sdk.decode: base64_embeddings``.

The wire carries a quarter of the bytes as base64 (little-endian float32), so the SDK asks for it unless the caller
chose an ``encoding_format``, and hands back floats all the same: to the client's callers (typed models) and to
the batch runner's output lines (plain JSON).
"""

from __future__ import annotations

import array
import base64
import sys
from typing import Any

from wushuang._core.behaviours import register

__all__ = ["BASE64_EMBEDDINGS"]


def _floats(text: str) -> list[float]:
    """Base64 little-endian float32s as floats; ``ValueError`` when ``text`` is not that."""
    try:
        floats = array.array("f", base64.b64decode(text, validate=True))
    except ValueError as exc:  # binascii.Error is one; so is a length that is no multiple of 4
        raise ValueError(f"an embedding is not base64 float32 ({exc})") from None
    if sys.byteorder == "big":
        floats.byteswap()
    return floats.tolist()


class _Base64Embeddings:
    """Asks for base64 embeddings on the caller's behalf and turns them back into floats."""

    def wire_args(self, given: dict[str, Any]) -> dict[str, Any]:
        return {} if "encoding_format" in given else {"encoding_format": "base64"}

    def decode(self, body: Any) -> None:
        data = body.get("data") if isinstance(body, dict) else getattr(body, "data", None)
        for item in data or ():
            if isinstance(item, dict):
                if isinstance(item.get("embedding"), str):
                    item["embedding"] = _floats(item["embedding"])
            elif isinstance(item.embedding, str):
                item.embedding = _floats(item.embedding)


BASE64_EMBEDDINGS = register("decode", "base64_embeddings", _Base64Embeddings())
