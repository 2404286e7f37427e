"""Types shared by the public API: the NOT_GIVEN sentinel, the per-call options and the shapes of files."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import IO, Final, Literal, TypeAlias

import httpx

__all__ = [
    "NOT_GIVEN",
    "Body",
    "FileContent",
    "FileTypes",
    "Headers",
    "ImageInput",
    "NotGiven",
    "Query",
    "RequestOptions",
    "Timeout",
]


class NotGiven:
    """The type of ``NOT_GIVEN``: an argument the caller did not pass (as opposed to ``None``, sent as null)."""

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()

Headers: TypeAlias = Mapping[str, str]
Query: TypeAlias = Mapping[str, object]
Body: TypeAlias = Mapping[str, object]
Timeout: TypeAlias = float | httpx.Timeout | None
FileContent: TypeAlias = IO[bytes] | bytes | os.PathLike[str]
FileTypes: TypeAlias = FileContent | tuple[str | None, FileContent] | tuple[str | None, FileContent, str | None]
"""A file to upload: bytes, a binary file object, or ``(filename, content[, content_type])``."""

ImageInput: TypeAlias = str | bytes | os.PathLike[str] | IO[bytes]
"""An image to send as a data URL: a ``data:image/...;base64,`` string, bytes, a path or a binary file object."""


@dataclass(frozen=True, slots=True)
class RequestOptions:
    """The per-call options every generated method takes, travelling together from the method to the client
    (the stream limits only on the methods of operations that can stream)."""

    extra_headers: Headers | None = None
    extra_query: Query | None = None
    extra_body: Body | None = None
    timeout: Timeout | NotGiven = NOT_GIVEN
    stream_idle_timeout: float | None | NotGiven = NOT_GIVEN
    first_chunk_timeout: float | None | NotGiven = NOT_GIVEN
