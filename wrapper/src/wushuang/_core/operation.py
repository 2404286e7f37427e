"""One entry of the generated operation table, and what is derived from it on first use.

The table itself (``_generated/operations/``, one module per resource) is emitted from the spec; this module finds
an entry by its operationId, and resolves its names to the low-level request builder, the request validator and
the msgspec decoders lazily, so that importing the table costs nothing.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Any, Literal

from wushuang._core.model import decoder
from wushuang._core.validation import SchemaError, invalid_parameter

__all__ = ["Operation", "Param", "all_operations", "operation"]


@dataclass(frozen=True, slots=True)
class Param:
    """One argument of an operation: its Python name, its wire name and where it goes."""

    python: str
    wire: str
    location: Literal["path", "query", "body"]
    binary: bool = False
    builder_name: str = ""
    data_url: str | None = None  # "image" / "images": sent as data URLs, see ``wushuang._core.data_url``


@dataclass
class Operation:
    """An operation of the spec, as the shared machinery calls it."""

    operation_id: str
    method: str
    path: str
    module: str  # the low-level client's module of the operation
    params: tuple[Param, ...]
    response_kind: str  # json | json_or_text | binary | empty
    validator: str  # the module of `_generated/validators/`
    body_kind: str | None = None  # json | multipart
    model: str | None = None  # the JSON response's model
    stream_model: str | None = None  # the model of an event stream's chunks
    paginate: str | None = None  # cursor
    item_model: str | None = None  # the model of a page's items
    beta: str | None = None  # the OpenAI-Beta family the operation belongs to
    envelope: str | None = None  # an envelope of `wushuang._core.behaviours`, by name (midjourney)
    # Behaviours some operations have (see the `x-sdk` keys of the spec's description):
    stream_events: tuple[str, ...] | None = None  # a stream of named events: their names
    decode: str | None = None  # a body decoder of `wushuang._core.behaviours`, by name (base64_embeddings)
    stream_rule: str | None = None  # a stream rule of `wushuang._core.behaviours`, by name (chat_chunks, run_events)
    poll_until: tuple[str, ...] = ()  # a status poll: the statuses that end it
    poll_events: str | None = None  # ... and the operationId of the list of the object's events
    _cache: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @cached_property
    def by_python(self) -> dict[str, Param]:
        return {p.python: p for p in self.params}

    @cached_property
    def data_urls(self) -> tuple[tuple[str, str], ...]:
        """(Python name, "image" or "images") of each parameter sent as image data URLs."""
        return tuple((p.python, p.data_url) for p in self.params if p.data_url)

    @cached_property
    def by_wire(self) -> dict[str, Param]:
        return {p.wire: p for p in self.params}

    @cached_property
    def build_request(self) -> Callable[..., dict[str, Any]]:
        """The low-level client's request builder of this operation."""
        builder: Callable[..., dict[str, Any]] = importlib.import_module(self.module).build_request
        return builder

    @cached_property
    def _validate(self) -> Callable[[dict[str, Any]], object]:
        """The operation's compiled validator; its module imports the shared component validators it calls."""
        module = importlib.import_module(f"wushuang._generated.validators.{self.validator}")
        validate: Callable[[dict[str, Any]], object] = module.validate
        return validate

    def validate(self, wire_args: dict[str, Any]) -> None:
        """Check the caller's arguments (by wire name) against the spec; raise ``InvalidParameterError``."""
        try:
            self._validate(wire_args)
        except SchemaError as exc:
            raise invalid_parameter(self, exc) from None

    def decoder(self, model: str | None) -> Callable[[bytes | str], Any]:
        """A msgspec decoder for a model of ``_generated.models`` by name (cached)."""
        if model is None:
            raise ValueError(f"{self.operation_id} has no JSON response model")
        decode: Callable[[bytes | str], Any] | None = self._cache.get(model)
        if decode is None:
            models = importlib.import_module("wushuang._generated.models")
            decode = decoder(getattr(models, model))
            self._cache[model] = decode
        return decode


def operation(operation_id: str) -> Operation:
    """The entry of one operation, by its operationId (its resource's module of the table loads on first use)."""
    from wushuang._generated.operations import MODULES

    table: dict[str, Operation] = importlib.import_module(
        f"wushuang._generated.operations.{MODULES[operation_id]}"
    ).OPERATIONS
    return table[operation_id]


@cache
def all_operations() -> dict[str, Operation]:
    """Every operation's entry by operationId, in the spec's order (loads every module of the table)."""
    from wushuang._generated.operations import MODULES

    return {operation_id: operation(operation_id) for operation_id in MODULES}
