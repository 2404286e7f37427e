"""Files given to a multipart call: checked before sending, and re-sendable from where the caller left them.

A path (``pathlib.Path``) is opened when the body is sent and read in chunks, never whole into memory.

httpx rewinds a file part to 0 before sending it and reads it to the end; the SDK remembers each seekable file's
offset so that every attempt of a call (retries included) sends the same bytes, from the offset the caller gave.
A file that cannot seek (a pipe, a socket, an object with only ``read``) makes the call one-shot (no retry) and is
sent with chunked transfer encoding: httpx would otherwise take its length from ``fstat`` or a ``seek`` that does
not mean it (0 for a pipe), and the body would overrun the declared ``Content-Length``. Nor is it sent again when
the relay redirects the call (307 / 308) after part of it was read: httpx would send on from where the first
sending stopped (nothing, for a file read to its end), and the target would take what is left for the whole
file. The call raises ``UnreplayableBodyError`` instead (a redirect before any of it was read goes through).

A part's content type (``(filename, content, content_type)``) goes into the part's headers as it is, so it must be
one media type (``type/subtype`` and ``; name=value`` parameters, RFC 9110) and nothing more: a line break would
add headers of the caller's making to the part (or end it), and a ``multipart/*`` type would declare a boundary of
its own inside the body. Anything else is refused before sending.
"""

from __future__ import annotations

import io
import os
import re
from typing import Any

from wushuang._core.errors import InvalidParameterError, UnreplayableBodyError
from wushuang._core.operation import Operation, Param

__all__ = ["file_parts"]


def file_parts(op: Operation, body: dict[str, Any]) -> tuple[bool, list[tuple[Any, int]]]:
    """Check the file arguments of a multipart call; return whether the body can be re-sent, and offsets."""
    replayable = True
    rewind: list[tuple[Any, int]] = []
    for param in op.params:
        if not param.binary or param.wire not in body:
            continue
        if isinstance(body[param.wire], list):  # several files in one field (`image` of an image edit)
            files = body[param.wire] = list(body[param.wire])
            for index in range(len(files)):
                one = {param.wire: files[index]}
                ok, offsets = _file_part(op, param, one)
                files[index] = one[param.wire]
                replayable, rewind = replayable and ok, rewind + offsets
            continue
        ok, offsets = _file_part(op, param, body)
        replayable, rewind = replayable and ok, rewind + offsets
    return replayable, rewind


def _file_part(op: Operation, param: Param, body: dict[str, Any]) -> tuple[bool, list[tuple[Any, int]]]:
    """Check one file argument (`body[param.wire]`), wrapping it for sending; whether it can be re-sent, offsets."""
    replayable = True
    rewind: list[tuple[Any, int]] = []
    value = body[param.wire]
    content = value[1] if isinstance(value, tuple) and len(value) in (2, 3) else value
    if isinstance(value, tuple) and len(value) == 3 and value[2] is not None:
        _check_content_type(op, param, value[2])
    if isinstance(content, (bytes, bytearray, memoryview)):
        return replayable, rewind
    if isinstance(content, os.PathLike):
        content = _PathFile(os.fspath(content))
        if not os.path.isfile(content.path):
            raise InvalidParameterError(
                f"{op.operation_id}: invalid `{param.python}`: no such file: {content.path!r}",
                param=param.python,
                operation_id=op.operation_id,
            )
        value = body[param.wire] = (*value[:1], content, *value[2:]) if isinstance(value, tuple) else content
    if isinstance(content, str) or not hasattr(content, "read"):
        raise InvalidParameterError(
            f"{op.operation_id}: invalid `{param.python}`: expected bytes, a path (pathlib.Path), a binary file "
            f"object or (filename, content[, content_type]); got {type(content).__name__}"
            + (" (for a file name, pass pathlib.Path(name))" if isinstance(content, str) else ""),
            param=param.python,
            operation_id=op.operation_id,
        )
    if isinstance(content, io.TextIOBase) or getattr(content, "closed", False) is True:
        problem = "the file is closed" if getattr(content, "closed", False) is True else "the file is open in text mode"
        raise InvalidParameterError(
            f"{op.operation_id}: invalid `{param.python}`: {problem}; open it with 'rb'",
            param=param.python,
            operation_id=op.operation_id,
        )
    try:
        seekable = bool(content.seekable()) if hasattr(content, "seekable") else False
        offset = content.tell() if seekable else 0
    except (OSError, ValueError):
        seekable = False
    view: Any = None
    if seekable:
        rewind.append((content, offset))
        if offset:
            # httpx rewinds a file part to 0 before sending it; the caller means the rest of the file.
            view = _FromOffset(content, offset)
    else:
        replayable = False
        view = _ReadOnly(content, param.python, op.operation_id)
    if view is not None:
        body[param.wire] = (*value[:1], view, *value[2:]) if isinstance(value, tuple) else view
    return replayable, rewind


_TOKEN = r"[!#$%&'*+.^_`|~0-9A-Za-z-]+"
_MEDIA_TYPE = re.compile(
    rf'{_TOKEN}/{_TOKEN}(?:[ \t]*;[ \t]*{_TOKEN}=(?:{_TOKEN}|"(?:[^"\\\x00-\x1f\x7f]|\\[^\x00-\x1f\x7f])*"))*[ \t]*'
)


def _check_content_type(op: Operation, param: Param, content_type: object) -> None:
    """Refuse a part's content type that is not one media type, or is a multipart one (see the module's text)."""
    problem = None
    if not isinstance(content_type, str):
        problem = f"not a str but {type(content_type).__name__}"
    elif not _MEDIA_TYPE.fullmatch(content_type):
        problem = "not one media type (type/subtype[; name=value]..., no line breaks or control characters)"
    elif content_type.lower().startswith("multipart/"):
        problem = "multipart: one file cannot declare a boundary of its own"
    if problem is not None:
        raise InvalidParameterError(
            f"{op.operation_id}: invalid `{param.python}`: its content type {content_type!r} is {problem}",
            param=param.python,
            operation_id=op.operation_id,
        )


class _ReadOnly:
    """A file that cannot seek, showing httpx only ``read``, ``seek`` to its start (and its name): its length is then
    unknown to httpx, which sends it chunked instead of declaring a length taken from ``fileno()`` / ``seek`` that
    is wrong.

    httpx seeks a file part to 0 each time it starts sending it: once per request, and again when it follows a
    redirect with the same body. The first time, or any time before a byte was read, that is a no-op; after, the
    file's start is gone, and ``UnreplayableBodyError`` stops the call.
    """

    def __init__(self, handle: Any, argument: str, operation_id: str) -> None:
        self._handle = handle
        self._argument = argument
        self._operation_id = operation_id
        self._started = False  # a byte was read: the file's start is gone
        name = getattr(handle, "name", None)
        if isinstance(name, str):
            self.name = name

    def read(self, size: int = -1) -> bytes:
        data: bytes = self._handle.read(size)
        self._started = self._started or bool(data)
        return data

    def seek(self, position: int, whence: int = os.SEEK_SET) -> int:
        if self._started or position or whence != os.SEEK_SET:
            raise UnreplayableBodyError(
                f"{self._operation_id}: the request had to be sent again (the relay redirected it) after part of "
                f"`{self._argument}` was read, and that file cannot seek (a pipe or a stream), so it cannot be sent "
                "again whole; pass "
                "bytes, a pathlib.Path or a seekable file, or set base_url to where the relay redirects",
                argument=self._argument,
                operation_id=self._operation_id,
            )
        return 0


class _FromOffset:
    """A seekable binary file seen from the offset it stood at when given to the SDK (its position 0)."""

    def __init__(self, handle: Any, offset: int) -> None:
        self._handle = handle
        self._offset = offset
        name = getattr(handle, "name", None)
        if isinstance(name, str):
            self.name = name

    def read(self, size: int = -1) -> bytes:
        data: bytes = self._handle.read(size)
        return data

    def seek(self, position: int, whence: int = os.SEEK_SET) -> int:
        if whence == os.SEEK_SET:
            position += self._offset
        return int(self._handle.seek(position, whence)) - self._offset

    def tell(self) -> int:
        return int(self._handle.tell()) - self._offset

    def seekable(self) -> bool:
        return True


class _PathFile:
    """A file given by its path: opened on first read (or seek), closed at its end, named by its base name."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.name = os.path.basename(path)
        self._handle: Any = None

    def _open(self) -> Any:
        if self._handle is None:
            self._handle = open(self.path, "rb")  # noqa: SIM115 (closed at the end of the file, or by close())
        return self._handle

    def read(self, size: int = -1) -> bytes:
        data: bytes = self._open().read(size)
        if not data or size < 0:
            self.close()
        return data

    def seek(self, position: int, whence: int = os.SEEK_SET) -> int:
        return int(self._open().seek(position, whence))

    def tell(self) -> int:
        return 0 if self._handle is None else int(self._handle.tell())

    def seekable(self) -> bool:
        return True

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None

    def __del__(self) -> None:
        self.close()
