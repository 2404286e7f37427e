"""A strict, byte-exact reader of multipart/form-data bodies.

Starlette's form parser needs the optional python-multipart package; the emulator only needs to split a
fully received body into parts, which the standard library's header parser plus a boundary split does
without another dependency, and without touching the bytes of the parts.
"""

from __future__ import annotations

from dataclasses import dataclass
from email.message import Message
from email.parser import BytesHeaderParser
from email.utils import collapse_rfc2231_value

__all__ = ["MultipartError", "Part", "parse_multipart"]


class MultipartError(ValueError):
    """The body is not valid multipart/form-data."""


@dataclass(frozen=True)
class Part:
    """One form field: a file when `filename` is not None."""

    name: str
    filename: str | None
    content_type: str | None
    data: bytes

    def text(self) -> str:
        """The field's value as text (form fields are UTF-8 on the wire)."""
        return self.data.decode("utf-8", errors="replace")


def _boundary(content_type: str) -> bytes:
    message = Message()
    message["content-type"] = content_type
    if message.get_content_type() != "multipart/form-data":
        raise MultipartError("expected a multipart/form-data body")
    boundary = message.get_param("boundary")
    if not isinstance(boundary, str) or not boundary:
        raise MultipartError("the multipart/form-data content type has no boundary")
    return boundary.encode("latin-1")


def parse_multipart(body: bytes, content_type: str) -> list[Part]:
    """Split a multipart/form-data body into its parts, keeping every part's bytes exactly."""
    delimiter = b"--" + _boundary(content_type)
    # The first delimiter may start the body; every other one follows a CRLF.
    padded = b"\r\n" + body
    sections = padded.split(b"\r\n" + delimiter)
    if len(sections) < 2:
        raise MultipartError("the multipart body has no parts")
    parts: list[Part] = []
    for section in sections[1:]:
        if section.startswith(b"--"):
            break  # the closing delimiter
        head_end = section.find(b"\r\n\r\n")
        if not section.startswith(b"\r\n") and not section.lstrip(b" \t").startswith(b"\r\n"):
            raise MultipartError("malformed multipart delimiter line")
        if head_end < 0:
            raise MultipartError("a multipart part has no header block")
        header_block = section[section.find(b"\r\n") + 2 : head_end + 4]
        data = section[head_end + 4 :]
        headers = BytesHeaderParser().parsebytes(header_block)
        disposition = headers.get("content-disposition")
        if disposition is None:
            raise MultipartError("a multipart part has no Content-Disposition")
        probe = Message()
        probe["content-disposition"] = disposition
        name = probe.get_param("name", header="content-disposition")
        filename = probe.get_param("filename", header="content-disposition")
        if isinstance(name, tuple):
            name = collapse_rfc2231_value(name)
        if isinstance(filename, tuple):
            filename = collapse_rfc2231_value(filename)
        if not isinstance(name, str):
            raise MultipartError("a multipart part has no field name")
        parts.append(
            Part(
                name=name,
                filename=filename if isinstance(filename, str) else None,
                content_type=headers.get("content-type"),
                data=data,
            )
        )
    return parts
