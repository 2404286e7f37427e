"""One entry of the generated operation table, and what is derived from it on first use.

The table itself (``_generated/operations.py``) is emitted from the spec; this module resolves its names to the
low-level request builder, the request validator and the msgspec decoders lazily, so that importing the table
costs nothing.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Literal

import msgspec

__all__ = ["InvalidParameterError", "Operation", "Param"]


@dataclass(frozen=True, slots=True)
class Param:
    """One argument of an operation: its Python name, its wire name and where it goes."""

    python: str
    wire: str
    location: Literal["path", "query", "body"]
    binary: bool = False
    builder_name: str = ""


@dataclass
class Operation:
    """An operation of the spec, as the shared machinery calls it."""

    operation_id: str
    method: str
    path: str
    module: str
    body_kind: str | None
    params: tuple[Param, ...]
    response_kind: str
    model: str | None
    stream_model: str | None
    paginate: str | None
    item_model: str | None
    beta: str | None
    envelope: str | None
    validator: str
    _cache: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @cached_property
    def by_python(self) -> dict[str, Param]:
        return {p.python: p for p in self.params}

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
        module = importlib.import_module(f"wushuang._generated.validators.{self.validator}")
        validate: Callable[[dict[str, Any]], object] = module.validate
        return validate

    def validate(self, wire_args: dict[str, Any]) -> None:
        """Check the caller's arguments (by wire name) against the spec; raise ``InvalidParameterError``."""
        from fastjsonschema import JsonSchemaValueException

        try:
            self._validate(wire_args)
        except JsonSchemaValueException as exc:
            raise InvalidParameterError.from_schema_error(self, exc) from None

    def decoder(self, model: str | None) -> Callable[[bytes | str], Any]:
        """A msgspec decoder for a model of ``_generated.models`` by name (cached)."""
        if model is None:
            raise ValueError(f"{self.operation_id} has no JSON response model")
        decode: Callable[[bytes | str], Any] | None = self._cache.get(model)
        if decode is None:
            models = importlib.import_module("wushuang._generated.models")
            decode = msgspec.json.Decoder(getattr(models, model)).decode
            self._cache[model] = decode
        return decode


from wushuang._errors import WushuangError  # noqa: E402  (after Param/Operation: _errors imports nothing from here)


class InvalidParameterError(WushuangError, ValueError):
    """An argument the spec does not allow; raised before anything is sent. ``param`` names the argument."""

    def __init__(self, message: str, *, param: str, operation_id: str) -> None:
        super().__init__(message)
        self.param = param
        self.operation_id = operation_id

    @classmethod
    def from_schema_error(cls, op: Operation, exc: Any) -> InvalidParameterError:
        # fastjsonschema names the failing value "data.<wire>[0].<field>"; show the caller's Python name.
        path = str(exc.name).removeprefix("data").lstrip(".")
        # A wire name may itself end in brackets (`timestamp_granularities[]`): match the longest one first.
        wire = next(
            (w for w in sorted(op.by_wire, key=len, reverse=True) if path == w or path.startswith((w + ".", w + "["))),
            None,
        )
        if wire is not None:
            python, where = op.by_wire[wire].python, op.by_wire[wire].python + path[len(wire) :]
        else:
            python = path.partition(".")[0].partition("[")[0]
            where = path
        if not path:
            missing = _missing(str(exc.message))
            if missing:
                python = op.by_wire[missing].python if missing in op.by_wire else missing
                return cls(
                    f"{op.operation_id}: missing required argument `{python}`",
                    param=python,
                    operation_id=op.operation_id,
                )
        expected = describe(exc.definition) if isinstance(exc.definition, Mapping) else ""
        detail = f"expected {expected}" if expected else str(exc.message).split(" ", 1)[-1]
        value = repr(exc.value)
        value = value if len(value) <= 80 else value[:77] + "..."
        return cls(
            f"{op.operation_id}: invalid `{where}`: {value}; {detail}", param=python, operation_id=op.operation_id
        )


def _missing(message: str) -> str | None:
    marker = "must contain ["
    if marker not in message:
        return None
    inner = message.split(marker, 1)[1].split("]", 1)[0]
    first = inner.split(",")[0].strip().strip("'\"")
    return first or None


def describe(schema: Mapping[str, Any]) -> str:
    """A short English description of what a JSON schema accepts, for error messages."""
    for key in ("anyOf", "oneOf"):
        if key in schema:
            return " or ".join(dict.fromkeys(describe(branch) for branch in schema[key]))
    if "$ref" in schema:
        return "an object of type " + str(schema["$ref"]).rsplit("/", 1)[-1]
    if "const" in schema:
        return repr(schema["const"])
    if "enum" in schema:
        return "one of " + ", ".join(repr(v) for v in schema["enum"])
    kind = schema.get("type")
    names = {
        "string": "a string",
        "integer": "an integer",
        "number": "a number",
        "boolean": "a boolean",
        "null": "None",
        "array": "a list",
        "object": "a dict",
    }
    text = names.get(str(kind), "a value") if kind else "a value"
    if kind == "object":
        # Union branches are told apart by a constant field (role, type): name it.
        for key, prop in (schema.get("properties") or {}).items():
            if isinstance(prop, Mapping) and "const" in prop:
                return f"a dict with {key}={prop['const']!r}" + (
                    f" and {', '.join(schema['required'])}" if schema.get("required") else ""
                )
    low, high = schema.get("minimum"), schema.get("maximum")
    if low is not None and high is not None:
        text += f" from {low} to {high}"
    elif low is not None:
        text += f" >= {low}"
    elif high is not None:
        text += f" <= {high}"
    if kind == "array":
        lo, hi = schema.get("minItems"), schema.get("maxItems")
        if lo is not None and hi is not None:
            text += f" of {lo} to {hi} items"
        elif hi is not None:
            text += f" of at most {hi} items"
        elif lo is not None:
            text += f" of at least {lo} item" + ("s" if lo != 1 else "")
    if kind == "string" and schema.get("minLength"):
        text = "a non-empty string" if schema["minLength"] == 1 else text + f" of at least {schema['minLength']} chars"
    if kind == "string" and schema.get("maxLength"):
        text += f" of at most {schema['maxLength']} characters"
    return text
