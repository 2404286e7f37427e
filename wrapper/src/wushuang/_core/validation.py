"""From a request validator's error to an ``InvalidParameterError`` that speaks of the caller's arguments.

The generated validators (``_generated/validators/``) check arguments by wire name and raise ``SchemaError``;
``invalid_parameter`` turns one into a message naming the Python argument and what the spec expects there.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from wushuang._core.errors import InvalidParameterError

if TYPE_CHECKING:
    from wushuang._core.operation import Operation

__all__ = ["SchemaError", "describe", "invalid_parameter"]


class SchemaError(ValueError):
    """A value that breaks the spec, as a generated validator reports it.

    The validators are compiled by fastjsonschema, whose code raises its ``JsonSchemaValueException``; the
    generator points that name here (same attributes), so that validating never imports fastjsonschema.
    ``name`` is the failing value's path (``data.messages[0].role``), ``definition`` the schema it breaks and
    ``rule`` the keyword that failed.
    """

    def __init__(
        self, message: str, value: Any = None, name: str | None = None, definition: Any = None, rule: str | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.value = value
        self.name = name
        self.definition = definition
        self.rule = rule

    @classmethod
    def at(cls, name: str, failure: str, value: Any, definition: Any, rule: str) -> SchemaError:
        """The error whose message is ``name``, a space and ``failure`` (``data.n must be integer``), as the
        generated validators raise it."""
        return cls(f"{name} {failure}", value, name, definition, rule)


def invalid_parameter(op: Operation, exc: SchemaError) -> InvalidParameterError:
    """The error for ``exc``, raised by ``op``'s validator: the caller's argument by its Python name."""
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
            return InvalidParameterError(
                f"{op.operation_id}: missing required argument `{python}`", param=python, operation_id=op.operation_id
            )
    expected = describe(exc.definition) if isinstance(exc.definition, Mapping) else ""
    detail = f"expected {expected}" if expected else str(exc.message).split(" ", 1)[-1]
    value = repr(exc.value)
    value = value if len(value) <= 80 else value[:77] + "..."
    return InvalidParameterError(
        f"{op.operation_id}: invalid `{where}`: {value}; {detail}", param=python, operation_id=op.operation_id
    )


def _missing(message: str) -> str | None:
    """The first missing property named by a "must contain [...] properties" message."""
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
