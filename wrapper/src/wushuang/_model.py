"""The base of every response and chunk model: a msgspec Struct with attribute access and plain conversions."""

from __future__ import annotations

from typing import Any

import msgspec

__all__ = ["Model"]


class Model(msgspec.Struct, kw_only=True, omit_defaults=True):
    """A decoded response object. Absent optional fields read as ``None``; unknown fields are ignored."""

    def to_dict(self) -> dict[str, Any]:
        """The object as plain Python data, with the wire's field names; absent fields are left out."""
        result: dict[str, Any] = msgspec.to_builtins(self)
        return result

    def to_json(self, *, indent: int = 2) -> str:
        """The object as a JSON document, with the wire's field names."""
        raw = msgspec.json.encode(self)
        return msgspec.json.format(raw, indent=indent).decode() if indent else raw.decode()
