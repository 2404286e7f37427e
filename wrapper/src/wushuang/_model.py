"""The base of every response and chunk model: a msgspec Struct with attribute access and plain conversions."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Generic, TypeVar

import msgspec

__all__ = ["DataList", "Model"]

ItemT = TypeVar("ItemT")


def _builtin(value: Any) -> Any:
    """A value msgspec cannot encode by itself: a pydantic model (a structured answer's ``parsed``) as its data."""
    dump = getattr(value, "model_dump", None)
    if callable(dump):
        return dump(mode="json")
    raise NotImplementedError(f"cannot encode objects of type {type(value).__name__}")


class Model(msgspec.Struct, kw_only=True, omit_defaults=True):
    """A decoded response object. Absent optional fields read as ``None``; unknown fields are ignored."""

    def to_dict(self) -> dict[str, Any]:
        """The object as plain Python data, with the wire's field names; absent fields are left out."""
        result: dict[str, Any] = msgspec.to_builtins(self, enc_hook=_builtin)
        return result

    def to_json(self, *, indent: int = 2) -> str:
        """The object as a JSON document, with the wire's field names."""
        raw = msgspec.json.encode(self, enc_hook=_builtin)
        return msgspec.json.format(raw, indent=indent).decode() if indent else raw.decode()


class DataList(Model, Generic[ItemT], kw_only=True):
    """A list answer that is one whole page (``x-sdk-base: _model.DataList[Item]``): ``for item in answer`` walks
    its ``data``, as ``for model in client.models.list()`` does with the official SDK."""

    data: list[ItemT]

    def __iter__(self) -> Iterator[ItemT]:
        return iter(self.data)
