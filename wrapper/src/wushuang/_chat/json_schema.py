"""A Python type as a strict JSON schema, and the decoder of answers written to it (structured outputs).

``strict_type(Weather)`` accepts a pydantic model, a msgspec Struct, a dataclass or a TypedDict, and gives its
``name``, the ``schema`` OpenAI's strict mode takes, and ``decode(text)`` turning an answer into a ``Weather``.

Strict mode's rules: every object lists all its properties in ``required`` and has ``additionalProperties:
false``; a property that may be left out (a default, ``NotRequired``) becomes nullable instead, and a ``null``
for it decodes as the field's default; ``$ref`` / ``$defs`` and ``anyOf`` are kept, ``oneOf`` becomes ``anyOf``;
keywords strict mode rejects (``default``, ``minLength``, unsupported ``format`` values, ...) are dropped, since
the local decoder still checks them. What strict mode cannot say at all (a ``dict[str, X]``, a tuple, ``Any``)
is refused with ``InvalidParameterError`` naming the field, before anything is sent.

pydantic is imported only for a pydantic model (recognised by its class's ancestors, without importing pydantic);
everything else is described and decoded by msgspec.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import typing
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import msgspec

from wushuang._core.errors import InvalidParameterError
from wushuang._core.model import TOO_DEEP

__all__ = ["StrictType", "is_pydantic_model", "strict_type"]

T = TypeVar("T")

OPERATION_ID = "createChatCompletion"
# Keywords strict mode accepts besides the structural ones this module writes itself.
_KEPT: tuple[str, ...] = ("title", "description", "enum", "const", "pattern", "minimum", "maximum")
_KEPT += ("exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minItems", "maxItems")
_FORMATS = frozenset({"date-time", "time", "date", "duration", "email", "hostname", "ipv4", "ipv6", "uuid"})
_NAME_CHARS = re.compile(r"[^a-zA-Z0-9_-]")
_NULL = {"type": "null"}


def is_pydantic_model(tp: object) -> bool:
    """Whether ``tp`` is a pydantic model class, told from its ancestors' names (pydantic is not imported)."""
    return isinstance(tp, type) and any(
        base.__name__ == "BaseModel" and base.__module__.startswith("pydantic") for base in tp.__mro__
    )


def _kind(tp: object) -> str | None:
    if is_pydantic_model(tp):
        return "pydantic"
    if isinstance(tp, type) and issubclass(tp, msgspec.Struct):
        return "struct"
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return "dataclass"
    if typing.is_typeddict(tp):
        return "typeddict"
    return None


class StrictType(Generic[T]):
    """A type the model can be asked to answer in: its ``name``, strict ``schema``, and ``decode``."""

    def __init__(self, tp: type[T], name: str, schema: dict[str, Any], defaulted: dict[int, set[str]]) -> None:
        self.type = tp
        self.name = name
        self.schema = schema
        # id() of each object schema of `schema` -> the properties made nullable because they may be left out.
        self._defaulted = defaulted
        self._decode = self._decoder()

    def _decoder(self) -> Callable[[str | bytes], T]:
        tp = self.type
        if is_pydantic_model(tp):
            validate: Callable[[str | bytes], T] = tp.model_validate_json  # type: ignore[attr-defined]
            if not self._defaulted:
                return validate
            return lambda text: validate(msgspec.json.encode(self._prune(msgspec.json.decode(text), self.schema)))
        if not self._defaulted:
            return msgspec.json.Decoder(tp).decode
        return lambda text: msgspec.convert(self._prune(msgspec.json.decode(text), self.schema), tp)

    def decode(self, text: str | bytes) -> T:
        """The answer ``text`` (JSON written to ``schema``) as an instance of the type.

        Raises the decoding library's error (``msgspec.ValidationError``, pydantic's ``ValidationError``) when the
        answer does not follow the type, and ``msgspec.DecodeError`` when it is nested too deeply to decode.
        """
        try:
            return self._decode(text)
        except RecursionError:
            raise msgspec.DecodeError(TOO_DEEP) from None

    def _prune(self, value: Any, schema: dict[str, Any]) -> Any:
        """``value`` without the ``null`` s that stand for "left out" (so the type's defaults apply)."""
        if "$ref" in schema:
            return self._prune(value, _resolve(self.schema, schema["$ref"]))
        if "anyOf" in schema:
            shape = dict if isinstance(value, dict) else list if isinstance(value, list) else None
            for variant in schema["anyOf"]:
                variant = _resolve(self.schema, variant["$ref"]) if "$ref" in variant else variant
                if shape is dict and "properties" in variant and set(value) <= set(variant["properties"]):
                    return self._prune(value, variant)
                if shape is list and variant.get("type") == "array":
                    return self._prune(value, variant)
            return value
        if isinstance(value, dict) and "properties" in schema:
            left_out = self._defaulted.get(id(schema), set())
            properties = schema["properties"]
            return {
                key: self._prune(item, properties[key]) if key in properties else item
                for key, item in value.items()
                if not (item is None and key in left_out)
            }
        if isinstance(value, list) and isinstance(schema.get("items"), dict):
            return [self._prune(item, schema["items"]) for item in value]
        return value


def _resolve(root: dict[str, Any], ref: str) -> dict[str, Any]:
    node: Any = root
    for part in ref.removeprefix("#").strip("/").split("/"):
        if part:
            node = node[part]
    return node  # type: ignore[no-any-return]


def strict_type(tp: Any, *, param: str = "response_format") -> StrictType[Any]:
    """``tp`` as a ``StrictType`` (made once per type); ``InvalidParameterError`` (``param``) if it cannot be one."""
    try:
        hash(tp)
    except TypeError:  # not a class at all (a list, ...): refused by the uncached path
        return _strict_type.__wrapped__(tp, param)
    return _strict_type(tp, param)


@functools.lru_cache(maxsize=256)
def _strict_type(tp: Any, param: str) -> StrictType[Any]:
    kind = _kind(tp)
    if kind is None:
        raise InvalidParameterError(
            f"{param} must be a pydantic model, a msgspec Struct, a dataclass or a TypedDict, not {tp!r}",
            param=param,
            operation_id=OPERATION_ID,
        )
    name = getattr(tp, "__name__", "response")
    try:
        raw = _raw_schema(tp, kind, name)
    except TypeError as exc:  # a field type msgspec or pydantic cannot describe at all
        raise InvalidParameterError(
            f"{param}={name} cannot be a JSON schema: {str(exc).strip().splitlines()[-1]}",
            param=param,
            operation_id=OPERATION_ID,
        ) from exc
    walk = _Strictifier(tp, name, param)
    definitions = {key: walk.node(value, key) for key, value in (raw.pop("$defs", None) or {}).items()}
    schema = walk.node(raw, name)
    if schema.get("type") != "object":
        walk.refuse(name, "is not an object, which strict mode needs at the root")
    if definitions:
        schema["$defs"] = definitions
    return StrictType(tp, _NAME_CHARS.sub("_", name)[:64], schema, walk.defaulted)


def _raw_schema(tp: Any, kind: str, name: str) -> dict[str, Any]:
    if kind == "pydantic":
        schema: dict[str, Any] = tp.model_json_schema()
        return schema
    schema = msgspec.json.schema(tp)
    definitions: dict[str, Any] = schema.get("$defs", {})
    ref = schema.get("$ref", "")
    root_name = ref.rsplit("/", 1)[-1]
    if root_name not in definitions:
        return schema
    root = dict(definitions[root_name])
    others = {key: value for key, value in definitions.items() if key != root_name}
    if f'"{ref}"' in msgspec.json.encode(others).decode() + msgspec.json.encode(root).decode():
        others[root_name] = definitions[root_name]  # a recursive type refers to itself
    if others:
        root["$defs"] = others
    return root


def _accepts_null(schema: dict[str, Any]) -> bool:
    kind = schema.get("type")
    if kind == "null" or (isinstance(kind, list) and "null" in kind):
        return True
    if None in (schema.get("enum") or ()) or ("const" in schema and schema["const"] is None):
        return True
    return any(_accepts_null(variant) for variant in schema.get("anyOf") or ())


class _Strictifier:
    """One walk over a raw schema, writing its strict twin; refuses with the place (``Weather.extra``) it fails."""

    def __init__(self, tp: Any, name: str, param: str) -> None:
        self.tp = tp
        self.name = name
        self.param = param
        self.defaulted: dict[int, set[str]] = {}

    def refuse(self, where: str, problem: str) -> typing.NoReturn:
        annotation = _annotation(self.tp, where)
        subject = f"{where}: {annotation}" if annotation else where
        raise InvalidParameterError(
            f"{self.param}={self.name} cannot be a strict JSON schema: {subject} {problem}",
            param=self.param,
            operation_id=OPERATION_ID,
        )

    def node(self, schema: Any, where: str) -> dict[str, Any]:
        if not isinstance(schema, dict):
            self.refuse(where, "has no schema, which strict mode needs")
        if "$ref" in schema:
            return {"$ref": schema["$ref"]}
        all_of = schema.get("allOf")
        if all_of is not None:
            if len(all_of) != 1:
                self.refuse(where, "combines several schemas (allOf), which strict mode cannot")
            merged = {key: value for key, value in schema.items() if key != "allOf"}
            return self.node({**all_of[0], **merged}, where)
        out = {key: schema[key] for key in _KEPT if key in schema}
        if schema.get("format") in _FORMATS:
            out["format"] = schema["format"]
        variants = schema.get("anyOf") or schema.get("oneOf")
        if variants is not None:
            out["anyOf"] = [self.node(variant, where) for variant in variants]
            return out
        kind = schema.get("type")
        if kind is None and "enum" in schema:
            kinds = {type(value) for value in schema["enum"]}
            kind = {str: "string", int: "integer", bool: "boolean", float: "number"}.get(kinds.pop(), None)
            kind = kind if not kinds else None
        if kind is None and "const" not in schema and "enum" not in schema:
            self.refuse(where, "can be any value, and strict mode needs a type")
        if kind is not None:
            out["type"] = kind
        if kind == "object" or "properties" in schema:
            return self._object(schema, out, where)
        if kind == "array":
            if "prefixItems" in schema:
                self.refuse(where, "is a tuple, which strict mode cannot describe; use a list or an object")
            if not isinstance(schema.get("items"), dict):
                self.refuse(where, "is a list of any values, and strict mode needs the items' type")
            out["items"] = self.node(schema["items"], f"{where}[]")
        return out

    def _object(self, schema: dict[str, Any], out: dict[str, Any], where: str) -> dict[str, Any]:
        properties = schema.get("properties")
        extra = schema.get("additionalProperties")
        if not isinstance(properties, dict) or (extra not in (None, False) and not properties):
            self.refuse(where, "has no fixed properties, which strict mode needs")
        if extra not in (None, False) or schema.get("patternProperties"):
            self.refuse(where, "takes properties beyond its fields, which strict mode cannot")
        required = set(schema.get("required") or ())
        strict = {key: self.node(value, f"{where}.{key}") for key, value in properties.items()}
        left_out = {key for key in strict if key not in required and not _accepts_null(strict[key])}
        for key in left_out:
            strict[key] = {"anyOf": [strict[key], dict(_NULL)]}
        out.update(type="object", properties=strict, required=list(strict), additionalProperties=False)
        if left_out:
            self.defaulted[id(out)] = left_out
        return out


def _annotation(root: Any, where: str) -> str:
    """The Python annotation of the field at ``where`` (``Weather.extra`` -> ``dict[str, int]``), if found."""
    owner, _, field = where.rpartition(".")
    if not owner or "[" in field:
        return ""
    for cls in _classes(root):
        if getattr(cls, "__name__", None) == owner.rsplit(".", 1)[-1]:
            try:
                hint = typing.get_type_hints(cls).get(field)
            except Exception:  # noqa: BLE001 (a forward reference that does not resolve: no annotation then)
                return ""
            return "" if hint is None else _type_text(hint)
    return ""


def _type_text(hint: Any) -> str:
    if isinstance(hint, type) and not typing.get_args(hint):
        return hint.__name__
    return str(hint).replace("typing.", "").replace("typing_extensions.", "")


def _classes(root: Any) -> list[Any]:
    """``root`` and the classes its fields name, at any depth."""
    seen: list[Any] = []
    queue = [root]
    while queue:
        cls = queue.pop()
        if cls in seen or _kind(cls) is None:
            continue
        seen.append(cls)
        try:
            hints = typing.get_type_hints(cls)
        except Exception:  # noqa: BLE001 (unresolvable forward references: search the rest)
            continue
        stack = list(hints.values())
        while stack:
            hint = stack.pop()
            stack.extend(typing.get_args(hint))
            if _kind(hint) is not None:
                queue.append(hint)
    return seen
