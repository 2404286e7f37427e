"""Types shared by the public API: the NOT_GIVEN sentinel and the shapes of per-call options and files."""

from __future__ import annotations

from collections.abc import Mapping
from typing import IO, Final, Literal, TypeAlias

import httpx

__all__ = ["NOT_GIVEN", "Body", "FileContent", "FileTypes", "Headers", "NotGiven", "Query", "Timeout"]


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
FileContent: TypeAlias = IO[bytes] | bytes
FileTypes: TypeAlias = FileContent | tuple[str | None, FileContent] | tuple[str | None, FileContent, str | None]
"""A file to upload: bytes, a binary file object, or ``(filename, content[, content_type])``."""
