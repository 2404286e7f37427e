"""The spec as the emulator uses it: routing, request validation and example answers.

Everything here is derived from the OpenAPI document at startup: routes come from its paths, validators are
compiled once per operation (JSON Schema 2020-12, the OpenAPI 3.1 dialect, `$ref`s resolved inside the
document), and operations without a hand-made handler are answered from their response examples.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import jsonschema  # type: ignore[import-untyped]
import yaml  # type: ignore[import-untyped]
from referencing import Registry
from referencing.jsonschema import DRAFT202012

__all__ = ["FieldError", "Operation", "SpecIndex", "load_spec"]

_SPEC_URI = "urn:wushuang:emulator-spec"
_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
_PARAM_RE = re.compile(r"\{([^{}/]+)\}")
# libyaml's parser when PyYAML has it (about 8x faster on the spec: most of an emulator's start), else PyYAML's own.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _default_spec_path() -> Path:
    """The spec shipped in the package; when running from a source checkout, the repo's openapi/ copy."""
    packaged = resources.files("wushuang.testing").joinpath("wushuang.yaml")
    if packaged.is_file():
        return Path(str(packaged))
    for parent in Path(__file__).resolve().parents:
        candidate = parent / "openapi" / "wushuang.yaml"
        if candidate.is_file():
            return candidate
    raise FileNotFoundError("wushuang.testing cannot find its copy of the API spec (wushuang.yaml)")


def load_spec(source: Mapping[str, Any] | str | Path | None = None) -> dict[str, Any]:
    """The OpenAPI document: a given mapping or file, else the copy shipped with the package."""
    if isinstance(source, Mapping):
        return copy.deepcopy(dict(source))
    path = Path(source) if source is not None else _default_spec_path()
    with path.open("rb") as handle:
        loaded = yaml.load(handle, Loader=_YAML_LOADER)
    if not isinstance(loaded, dict):
        raise ValueError(f"{path} is not an OpenAPI document")
    return loaded


def _escape_pointer(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _lenient_copy(node: Any) -> Any:
    """A copy of the spec for validation: unknown keys allowed, oneOf relaxed to anyOf.

    Relays pass unknown fields through (that is what `extra_body` is for), so `additionalProperties: false`
    must not refuse them; the emulator checks only what it knows.
    """
    if isinstance(node, dict):
        out: dict[str, Any] = {}
        for key, value in node.items():
            if key in ("additionalProperties", "unevaluatedProperties") and value is False:
                continue
            out["anyOf" if key == "oneOf" else key] = _lenient_copy(value)
        return out
    if isinstance(node, list):
        return [_lenient_copy(item) for item in node]
    return node


@dataclass(frozen=True)
class FieldError:
    """A request that does not match the spec: which parameter, and what is wrong with it."""

    param: str | None
    problem: str
    missing: bool = False

    @property
    def message(self) -> str:
        """`<param>: <problem>`, the text of the 400 answer."""
        return f"{self.param}: {self.problem}" if self.param else self.problem


@dataclass(frozen=True)
class Parameter:
    """A path, query or header parameter of an operation."""

    name: str
    location: str
    required: bool
    schema: dict[str, Any]


@dataclass
class Operation:
    """One operation of the spec, with its route and compiled validators."""

    operation_id: str
    method: str
    path: str
    pattern: re.Pattern[str]
    definition: dict[str, Any]
    parameters: list[Parameter]
    body_required: bool
    body_schemas: dict[str, dict[str, Any]]
    validators: dict[str, jsonschema.protocols.Validator] = field(default_factory=dict)

    @property
    def is_midjourney(self) -> bool:
        """Midjourney operations answer errors in the relay's own envelope."""
        return self.path.startswith("/mj/")

    @property
    def x_sdk(self) -> dict[str, Any]:
        """The operation's `x-sdk` extension."""
        value = self.definition.get("x-sdk")
        return dict(value) if isinstance(value, dict) else {}


class SpecIndex:
    """Routes, validators and examples of every operation in an OpenAPI 3.1 document."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.spec: dict[str, Any] = dict(spec)
        self._lenient: dict[str, Any] = _lenient_copy(self.spec)
        self._registry: Registry[Any] = Registry().with_resource(_SPEC_URI, DRAFT202012.create_resource(self._lenient))
        self.operations: dict[str, Operation] = {}
        paths = self.spec.get("paths") or {}
        for template, item in paths.items():
            if not isinstance(item, dict):
                continue
            shared = item.get("parameters", [])
            for method in _METHODS:
                definition = item.get(method)
                if not isinstance(definition, dict):
                    continue
                base = f"#/paths/{_escape_pointer(template)}/{method}"
                operation = self._build(template, method, definition, shared, base)
                self.operations[operation.operation_id] = operation
        #: Path template -> its operations by method, the most literal templates first (see `match`).
        self._routes: dict[str, dict[str, Operation]] = {}
        for operation in sorted(self.operations.values(), key=lambda op: _parameter_positions(op.path)):
            self._routes.setdefault(operation.path, {})[operation.method] = operation

    # ---------------------------------------------------------------- building
    def resolve(self, node: Any) -> Any:
        """Follow `$ref`s (within the document) until a non-reference node."""
        seen = 0
        while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
            node = self._pointer(self.spec, node["$ref"][1:])
            seen += 1
            if seen > 50:
                raise ValueError("$ref loop in the spec")
        return node

    @staticmethod
    def _pointer(document: Any, pointer: str) -> Any:
        node = document
        for raw in pointer.split("/")[1:]:
            token = unquote(raw).replace("~1", "/").replace("~0", "~")
            node = node[int(token)] if isinstance(node, list) else node[token]
        return node

    def _compile(self, schema: dict[str, Any]) -> jsonschema.protocols.Validator:
        cls = jsonschema.validators.validator_for(schema, default=jsonschema.Draft202012Validator)
        return cls(schema, registry=self._registry)

    def _ref_to(self, pointer: str) -> dict[str, Any]:
        return {"$ref": f"{_SPEC_URI}{pointer}"}

    def _build(self, template: str, method: str, definition: dict[str, Any], shared: list[Any], base: str) -> Operation:
        operation_id = definition.get("operationId") or f"{method}_{template}"
        pattern = (
            "^"
            + "".join(
                f"(?P<{_safe_group(piece)}>[^/]+)" if i % 2 else re.escape(piece)
                for i, piece in enumerate(_PARAM_RE.split(template))
            )
            + "$"
        )
        # Parameters declared on the path item apply unless the operation redeclares them.
        parameters: dict[tuple[str, str], Parameter] = {}
        pointers: dict[tuple[str, str], str] = {}
        item_base = base.rsplit("/", 1)[0]
        for index, raw in enumerate(shared):
            self._add_parameter(raw, f"{item_base}/parameters/{index}", parameters, pointers)
        for index, raw in enumerate(definition.get("parameters", [])):
            self._add_parameter(raw, f"{base}/parameters/{index}", parameters, pointers)
        body = self.resolve(definition.get("requestBody")) or {}
        body_pointer = f"{base}/requestBody"
        if isinstance(definition.get("requestBody"), dict) and "$ref" in definition["requestBody"]:
            body_pointer = definition["requestBody"]["$ref"]
        body_schemas: dict[str, dict[str, Any]] = {}
        operation = Operation(
            operation_id=operation_id,
            method=method.upper(),
            path=template,
            pattern=re.compile(pattern),
            definition=definition,
            parameters=list(parameters.values()),
            body_required=bool(body.get("required")),
            body_schemas=body_schemas,
        )
        for media_type, media in (body.get("content") or {}).items():
            if isinstance(media, dict) and "schema" in media:
                pointer = f"{body_pointer}/content/{_escape_pointer(media_type)}/schema"
                body_schemas[media_type] = self.resolve(media["schema"])
                operation.validators[f"body:{media_type}"] = self._compile(self._ref_to(pointer))
        for location in ("path", "query", "header"):
            props = {
                p.name: self._ref_to(pointers[(p.name, p.location)]) if pointers[(p.name, p.location)] else {}
                for p in parameters.values()
                if p.location == location
            }
            if props:
                required = [p.name for p in parameters.values() if p.location == location and p.required]
                schema = {"type": "object", "properties": props, "required": required}
                operation.validators[location] = self._compile(schema)
        return operation

    def _add_parameter(
        self,
        raw: Any,
        pointer: str,
        parameters: dict[tuple[str, str], Parameter],
        pointers: dict[tuple[str, str], str],
    ) -> None:
        if isinstance(raw, dict) and isinstance(raw.get("$ref"), str):
            pointer = raw["$ref"]
        param = self.resolve(raw)
        if not isinstance(param, dict) or "name" not in param:
            return
        location = str(param.get("in", "query"))
        name = str(param["name"])
        if location == "header":
            name = name.lower()
        key = (name, location)
        parameters[key] = Parameter(
            name=name,
            location=location,
            required=bool(param.get("required")) or location == "path",
            schema=self.resolve(param.get("schema") or {}),
        )
        pointers[key] = f"{pointer}/schema" if "schema" in param else ""

    # ---------------------------------------------------------------- routing
    def match(self, method: str, raw_path: str) -> tuple[Operation | None, dict[str, str], list[str]]:
        """The operation for a request, its (unquoted) path parameters, and the methods its path allows.

        The path belongs to the most literal template that matches it, whatever the method: a literal segment
        wins over a parameter, position by position (`/v1/threads/runs` is not the thread `runs`). A method that
        template lacks finds no operation (a 405 listing only that template's methods), never one of a less
        literal template.
        """
        for template, by_method in self._routes.items():
            found = next(iter(by_method.values())).pattern.match(raw_path)
            if found is None:
                continue
            operation = by_method.get(method.upper())
            if operation is None:
                return None, {}, list(by_method)
            values = {name: unquote(found.group(_safe_group(name))) for name in _PARAM_RE.findall(template)}
            return operation, values, list(by_method)
        return None, {}, []

    # ---------------------------------------------------------------- validation
    def validate(self, operation: Operation, key: str, instance: Any) -> FieldError | None:
        """Check `instance` with one of the operation's validators (`path`, `query`, `header`, `body:<type>`)."""
        validator = operation.validators.get(key)
        if validator is None:
            return None
        errors = list(validator.iter_errors(instance))
        if not errors:
            return None
        return _describe(max(errors, key=jsonschema.exceptions.relevance), key.startswith("body:"))

    def types_of(self, schema: Any) -> set[str]:
        """The JSON types a schema accepts (looking through $ref, anyOf, oneOf, allOf)."""
        schema = self.resolve(schema)
        if not isinstance(schema, dict):
            return set()
        found: set[str] = set()
        kind = schema.get("type")
        if isinstance(kind, str):
            found.add(kind)
        elif isinstance(kind, list):
            found.update(str(k) for k in kind)
        for combinator in ("anyOf", "oneOf", "allOf"):
            for sub in schema.get(combinator, []) or []:
                found |= self.types_of(sub)
        if "const" in schema and not found:
            found.add(_json_type(schema["const"]))
        return found

    def items_of(self, schema: Any) -> Any:
        """The item schema of the first array alternative of a schema."""
        schema = self.resolve(schema)
        if not isinstance(schema, dict):
            return {}
        if "items" in schema:
            return schema["items"]
        for combinator in ("anyOf", "oneOf", "allOf"):
            for sub in schema.get(combinator, []) or []:
                if "array" in self.types_of(sub):
                    return self.items_of(sub)
        return {}

    def properties_of(self, schema: Any) -> dict[str, Any]:
        """The properties of an object schema (merged through allOf / anyOf / oneOf)."""
        schema = self.resolve(schema)
        if not isinstance(schema, dict):
            return {}
        props: dict[str, Any] = dict(schema.get("properties") or {})
        for combinator in ("allOf", "anyOf", "oneOf"):
            for sub in schema.get(combinator, []) or []:
                for name, value in self.properties_of(sub).items():
                    props.setdefault(name, value)
        return props

    def coerce(self, schema: Any, value: str) -> Any:
        """Turn a text value from a query string or form field into the type the schema wants."""
        types = self.types_of(schema)
        if types & {"object", "array"} and value.lstrip()[:1] in ("{", "["):
            # A string or an object (`chunking_strategy`: `auto` or settings): JSON text is the object.
            try:
                return json.loads(value)
            except ValueError:
                pass
        if not types or "string" in types:
            return value
        if "integer" in types and re.fullmatch(r"[+-]?\d+", value.strip()):
            return int(value)
        if "number" in types:
            try:
                number = float(value)
            except ValueError:
                pass
            else:
                return number
        if "boolean" in types and value.lower() in ("true", "false"):
            return value.lower() == "true"
        if "null" in types and value in ("", "null"):
            return None
        if types & {"object", "array"}:
            try:
                return json.loads(value)
            except ValueError:
                return value
        return value

    # ---------------------------------------------------------------- examples
    def example_response(self, operation: Operation) -> tuple[int, str, Any]:
        """Status, media type and body for an operation answered from its spec (examples, else schema)."""
        responses = operation.definition.get("responses") or {}
        codes = sorted(c for c in responses if str(c).isdigit() and 200 <= int(c) < 300)
        if not codes:
            return 200, "application/json", {}
        response = self.resolve(responses[codes[0]]) or {}
        content = response.get("content") or {}
        if not content:
            return int(codes[0]), "", None
        media_type = "application/json" if "application/json" in content else next(iter(content))
        media = content[media_type] or {}
        if "example" in media:
            return int(codes[0]), media_type, media["example"]
        examples = media.get("examples")
        if isinstance(examples, dict) and examples:
            first = self.resolve(next(iter(examples.values())))
            if isinstance(first, dict) and "value" in first:
                return int(codes[0]), media_type, first["value"]
        return int(codes[0]), media_type, self.minimal(media.get("schema") or {})

    def minimal(self, schema: Any, depth: int = 0) -> Any:
        """The smallest instance of a schema: its example, else only its required fields."""
        schema = self.resolve(schema)
        if not isinstance(schema, dict) or depth > 20:
            return None
        if "example" in schema:
            return schema["example"]
        if isinstance(schema.get("examples"), list) and schema["examples"]:
            return schema["examples"][0]
        if "const" in schema:
            return schema["const"]
        if isinstance(schema.get("enum"), list) and schema["enum"]:
            return schema["enum"][0]
        if "allOf" in schema:
            merged: dict[str, Any] = {}
            for sub in schema["allOf"]:
                part = self.minimal(sub, depth + 1)
                if isinstance(part, dict):
                    merged.update(part)
            return merged
        for combinator in ("anyOf", "oneOf"):
            if combinator in schema:
                options = [s for s in schema[combinator] if self.types_of(s) != {"null"}]
                return self.minimal(options[0] if options else schema[combinator][0], depth + 1)
        types = self.types_of(schema)
        if "object" in types or "properties" in schema:
            props = schema.get("properties") or {}
            return {name: self.minimal(props.get(name, {}), depth + 1) for name in schema.get("required", [])}
        if "array" in types:
            return []
        if "string" in types:
            return "string"
        if "integer" in types:
            return 0
        if "number" in types:
            return 0.0
        if "boolean" in types:
            return False
        return None

    def __iter__(self) -> Iterator[Operation]:
        return iter(self.operations.values())


def _parameter_positions(template: str) -> list[bool]:
    """Which segments of a path template are parameters: sorting by it puts literal segments first."""
    return [segment.startswith("{") for segment in template.split("/")]


def _safe_group(name: str) -> str:
    return "p_" + re.sub(r"\W", "_", name)


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def _format_path(path: Any) -> str | None:
    text = ""
    for segment in path:
        if isinstance(segment, int):
            text += f"[{segment}]"
        else:
            text += f".{segment}" if text else str(segment)
    return text or None


def _describe(error: jsonschema.ValidationError, is_body: bool) -> FieldError:
    """Name the parameter and say plainly what is wrong with it."""
    # In an anyOf (`number` or `null`, `string` or a short list), the alternative that got furthest says
    # more than "not valid under any of the given schemas".
    while error.validator in ("anyOf", "oneOf") and error.context:
        context = _plausible_branches(error)
        if context and all(e.validator in ("const", "enum") for e in context):
            paths = {tuple(e.absolute_path) for e in context}
            if len(paths) == 1:
                allowed: list[Any] = []
                for e in context:
                    allowed.extend(e.validator_value if e.validator == "enum" else [e.validator_value])
                choices = ", ".join(json.dumps(a, ensure_ascii=False) for a in allowed)
                return FieldError(
                    _format_path(context[0].absolute_path), f"{_short(context[0].instance)} is not one of {choices}"
                )
        deeper = [e for e in context if e.validator != "type" or len(e.absolute_path) > len(error.absolute_path)]
        if not deeper:
            types = sorted({str(e.validator_value) for e in context if e.validator == "type"}, key=_null_last)
            param = _format_path(error.absolute_path)
            expected = " or ".join(types)
            return FieldError(param, f"expected {expected}, got {_json_type(error.instance)} {_short(error.instance)}")
        error = max(deeper, key=jsonschema.exceptions.relevance)
    if error.validator == "required":
        instance = error.instance if isinstance(error.instance, dict) else {}
        missing = next((str(r) for r in error.validator_value if r not in instance), "?")
        param = _format_path([*error.absolute_path, missing])
        return FieldError(param, "is required", missing=True)
    param = _format_path(error.absolute_path)
    if param is None and is_body and error.validator == "type":
        return FieldError(None, f"the request body must be a JSON {error.validator_value}")
    return FieldError(param, error.message)


def _null_last(name: str) -> tuple[bool, str]:
    return (name == "null", name)


def _plausible_branches(error: jsonschema.ValidationError) -> list[jsonschema.ValidationError]:
    """The errors of the alternatives the instance was meant for.

    A branch whose discriminating property (`role: const user`) does not match was not meant; reporting its
    errors ("tool_call_id is required" for a user message) would mislead.
    """
    branches: dict[Any, list[jsonschema.ValidationError]] = {}
    for sub in error.context or []:
        key = sub.relative_schema_path[0] if sub.relative_schema_path else None
        branches.setdefault(key, []).append(sub)
    depth = len(error.absolute_path)
    kept = [
        errs
        for errs in branches.values()
        if not any(e.validator in ("const", "enum") and len(e.absolute_path) == depth + 1 for e in errs)
    ]
    if kept:
        return [e for errs in kept for e in errs]
    return [e for errs in branches.values() for e in errs if e.validator in ("const", "enum")]


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 60 else text[:57] + "..."
