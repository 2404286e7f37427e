"""The base of every response and chunk model: a msgspec Struct with attribute access and plain conversions."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Generic, TypeVar

import msgspec

__all__ = ["ABSENT", "DataList", "Model", "OpenLiteral"]

ItemT = TypeVar("ItemT")

# The default of every field the spec requires: a server that leaves such a field out (LiteLLM's last completion
# chunk has no `text`) is read, not refused; the field reads as None. Typed Any so that the field keeps the type the
# spec gives it (`text: str = ABSENT`), as openai-python's models do.
ABSENT: Any = None


class OpenLiteral:
    """``OpenLiteral["stop", "length"]``: what the generated models write for an enum of the spec. To a type checker
    it is ``Literal[...]`` (the models import ``typing.Literal`` under this name when type checking); at run time it
    is the values' own type, so that msgspec decodes a value the spec does not list (a newer model's
    ``finish_reason``) instead of refusing the whole answer."""

    def __class_getitem__(cls, values: object) -> Any:
        kinds = {type(value) for value in (values if isinstance(values, tuple) else (values,))}
        result: Any = kinds.pop()
        for kind in kinds:
            result = result | kind
        return result


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


class DataList(Model, Generic[ItemT], kw_only=True):
    """A list answer that is one whole page (``x-sdk-base: _model.DataList[Item]``): ``for item in answer`` walks
    its ``data``, as ``for model in client.models.list()`` does with the official SDK."""

    data: list[ItemT]

    def __iter__(self) -> Iterator[ItemT]:
        return iter(self.data)
