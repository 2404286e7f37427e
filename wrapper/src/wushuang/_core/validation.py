"""From a request validator's error to an ``InvalidParameterError`` that speaks of the caller's arguments.

The generated validators (``_generated/validators/``) check arguments by wire name and raise ``SchemaError``;
``invalid_parameter`` turns one into a message naming the Python argument and what the spec expects there.
"""

from __future__ import annotations

import difflib
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
    """The error for ``exc``, raised by ``op``'s validator: the caller's argument by its Python name, the value's
    path in it (``messages[0].role``) and what is wrong there: a missing key, with any given key that looks like
    its misspelling; a value outside the allowed ones, with the nearest; or what the spec expects."""
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
    definition = exc.definition if isinstance(exc.definition, Mapping) else {}
    if exc.rule == "required" and isinstance(exc.value, Mapping):
        missing = [key for key in definition.get("required", ()) if key not in exc.value]
        if not path and missing:
            python = op.by_wire[missing[0]].python if missing[0] in op.by_wire else missing[0]
            return InvalidParameterError(
                f"{op.operation_id}: missing required argument `{python}`", param=python, operation_id=op.operation_id
            )
        if missing:
            detail = "missing key" + ("s " if len(missing) > 1 else " ") + ", ".join(map(repr, missing))
            detail += "".join(_misspelt(exc.value, definition, missing))
            return InvalidParameterError(
                f"{op.operation_id}: invalid `{where}`: {detail}", param=python, operation_id=op.operation_id
            )
    expected = describe(definition) if definition else ""
    detail = f"expected {expected}" if expected else str(exc.message).split(" ", 1)[-1]
    if exc.rule in ("enum", "const") and isinstance(exc.value, str):
        allowed = [value for value in definition.get("enum", [definition.get("const")]) if isinstance(value, str)]
        near = difflib.get_close_matches(exc.value, allowed, n=1)
        detail += f" (did you mean {near[0]!r}?)" if near else ""
    value = repr(exc.value)
    value = value if len(value) <= 80 else value[:77] + "..."
    return InvalidParameterError(
        f"{op.operation_id}: invalid `{where}`: {value}; {detail}", param=python, operation_id=op.operation_id
    )


def _misspelt(given: Mapping[str, Any], schema: Mapping[str, Any], missing: list[str]) -> list[str]:
    """ "; unknown key 'rol' (did you mean 'role'?)" for each key of ``given`` that ``schema`` does not know and that
    looks like a misspelling of a ``missing`` one. (Other unknown keys pass: relays pass unknown fields through.)"""
    known = schema.get("properties") or {}
    found = []
    for key in given:
        near = difflib.get_close_matches(str(key), missing, n=1) if key not in known else []
        if near:
            found.append(f"; unknown key {key!r} (did you mean {near[0]!r}?)")
    return found


def describe(schema: Mapping[str, Any]) -> str:
    """A short English description of what a JSON schema accepts, for error messages."""
    for key in ("anyOf", "oneOf"):
        if key in schema:
            tags = [tag for tag in map(_tag, schema[key]) if tag is not None]
            if len(tags) == len(schema[key]) and len({name for name, _ in tags}) == 1:  # dicts told apart by one field
                return f"a dict with {tags[0][0]} one of " + ", ".join(repr(value) for _, value in tags)
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
        tag = _tag(schema)
        if tag is not None:
            return f"a dict with {tag[0]}={tag[1]!r}" + (
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


def _tag(schema: Any) -> tuple[str, Any] | None:
    """(field, value) of the constant field that tells an object schema from the other branches of its union."""
    if not isinstance(schema, Mapping) or schema.get("type") != "object":
        return None
    for key, prop in (schema.get("properties") or {}).items():
        if isinstance(prop, Mapping) and "const" in prop:
            return key, prop["const"]
    return None
