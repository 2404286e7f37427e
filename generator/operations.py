"""The spec read into what the wrapper needs per operation: ``OperationInfo``, one per operation.

The emitter (``generator/emitter.py``) renders templates from these; nothing here writes files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.strings import PythonIdentifier, snake_case

__all__ = ["OperationInfo", "ParamInfo", "class_name", "collect_operations", "python_name"]

HTTP_METHODS = ("get", "post", "put", "patch", "delete")
STREAM_TYPE = "text/event-stream"


def python_name(wire: str) -> str:
    """The Python name of a wire name: ``base64Array`` -> ``base64_array``, ``timestamp_granularities[]`` -> ..."""
    name = wire.removesuffix("[]")
    name = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()
    name = re.sub(r"\W", "_", name)
    return name


def class_name(dotted: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[._]", dotted))


@dataclass
class ParamInfo:
    """One argument of a generated method."""

    python: str
    wire: str
    location: str  # path | query | body
    required: bool
    annotation: str
    description: str
    binary: bool = False
    opc_name: str = ""  # the low-level request builder's name of a path parameter


@dataclass
class OperationInfo:
    """What the wrapper needs to know about one operation."""

    operation_id: str
    method: str
    path: str
    tag: str
    resource: str
    name: str
    summary: str
    description: str
    body_kind: str | None  # json | multipart | None
    params: list[ParamInfo]
    response_kind: str  # json | binary | json_or_text
    model: str | None
    stream_model: str | None
    paginate: str | None
    item_model: str | None
    beta: str | None
    envelope: str | None
    poll: str | None
    validator_schema: dict[str, Any] = field(default_factory=dict)

    @property
    def constant(self) -> str:
        return snake_case(self.operation_id).upper()

    @property
    def module(self) -> str:
        return f"wushuang_client.api.{snake_case(self.tag)}.{snake_case(self.operation_id)}"

    @property
    def validator_module(self) -> str:
        return snake_case(self.operation_id)


class _Spec:
    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.schemas: dict[str, Any] = spec.get("components", {}).get("schemas", {})

    def resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in node:
            node = self.lookup(node["$ref"])
        return node

    def lookup(self, ref: str) -> dict[str, Any]:
        if not ref.startswith("#/"):
            raise ValueError(f"only local $refs are supported, got {ref!r}")
        node: Any = self.spec
        for part in ref[2:].split("/"):
            node = node[part]
        result: dict[str, Any] = node
        return result

    def ref_name(self, node: dict[str, Any]) -> str | None:
        ref = node.get("$ref")
        return ref.rsplit("/", 1)[1] if isinstance(ref, str) and ref.startswith("#/components/schemas/") else None

    # ---------------------------------------------------------------- Python annotations
    def annotation(self, schema: dict[str, Any]) -> str:
        """The type a caller may pass for ``schema``; nested objects are the generated TypedDicts."""
        name = self.ref_name(schema)
        if name is not None:
            # Objects with named fields are generated TypedDicts; unions and maps are written out here.
            target = self.schemas[name]
            return f"params.{name}" if "properties" in target else self.annotation(target)
        if "const" in schema:
            return f"Literal[{schema['const']!r}]"
        if "enum" in schema:
            return "Literal[" + ", ".join(repr(v) for v in schema["enum"]) + "]"
        for key in ("anyOf", "oneOf"):
            if key in schema:
                parts: list[str] = []
                for branch in schema[key]:
                    rendered = self.annotation(branch)
                    if rendered not in parts:
                        parts.append(rendered)
                return " | ".join(parts)
        kind = schema.get("type")
        if kind == "string":
            return "FileTypes" if schema.get("format") == "binary" else "str"
        if kind == "integer":
            return "int"
        if kind == "number":
            return "float"
        if kind == "boolean":
            return "bool"
        if kind == "null":
            return "None"
        if kind == "array":
            return f"list[{self.annotation(schema.get('items', {}))}]"
        if kind == "object":
            extra = schema.get("additionalProperties")
            value = self.annotation(extra) if isinstance(extra, dict) and extra else "Any"
            return f"dict[str, {value}]"
        return "Any"

    # ---------------------------------------------------------------- validation schema
    def validation_schema(self, properties: dict[str, Any], required: list[str]) -> dict[str, Any]:
        """A draft-7 schema of the whole call (path, query and body by wire name) for fastjsonschema.

        Binary fields accept anything here (the request builder checks them); component refs are kept as
        ``#/definitions/X`` so each component is validated by one function.
        """
        used: dict[str, Any] = {}

        def convert(node: Any) -> Any:
            if isinstance(node, dict):
                if node.get("format") == "binary":
                    return {}
                out: dict[str, Any] = {}
                for key, value in node.items():
                    if key in {"description", "example", "examples", "x-sdk-name", "title"}:
                        continue
                    if key == "$ref":
                        name = value.rsplit("/", 1)[1]
                        if name not in used:
                            used[name] = None
                            used[name] = convert(self.schemas[name])
                        out[key] = f"#/definitions/{name}"
                    elif key == "additionalProperties" and value is False:
                        continue  # unknown fields pass through relays
                    else:
                        out[key] = convert(value)
                return out
            if isinstance(node, list):
                return [convert(item) for item in node]
            return node

        root: dict[str, Any] = {"type": "object", "properties": convert(properties), "required": sorted(required)}
        root["definitions"] = dict(sorted(used.items()))
        return root


def collect_operations(spec: dict[str, Any]) -> list[OperationInfo]:
    """Every operation of the spec, in the order of its paths."""
    s = _Spec(spec)
    operations: list[OperationInfo] = []
    for path, item in spec.get("paths", {}).items():
        shared_params = item.get("parameters", [])
        for method in HTTP_METHODS:
            if method not in item:
                continue
            op = item[method]
            sdk = op.get("x-sdk")
            if not isinstance(sdk, dict) or "resource" not in sdk or "method" not in sdk:
                raise ValueError(f"{method.upper()} {path}: x-sdk with resource and method is required")
            operations.append(_operation(s, path, method, op, sdk, shared_params))
    seen: set[tuple[str, str]] = set()
    for info in operations:
        key = (info.resource, info.name)
        if key in seen:
            raise ValueError(f"two operations are both {info.resource}.{info.name}")
        seen.add(key)
    return operations


def _operation(
    s: _Spec, path: str, method: str, op: dict[str, Any], sdk: dict[str, Any], shared: list[dict[str, Any]]
) -> OperationInfo:
    op_id = op["operationId"]
    params: list[ParamInfo] = []
    properties: dict[str, Any] = {}
    required: list[str] = []
    for raw in [*shared, *op.get("parameters", [])]:
        p = s.resolve(raw)
        if p["in"] not in ("path", "query"):
            continue
        schema = p.get("schema", {})
        py = p.get("x-sdk-name") or python_name(p["name"])
        is_required = bool(p.get("required")) or p["in"] == "path"
        params.append(
            ParamInfo(
                python=py,
                wire=p["name"],
                location=p["in"],
                required=is_required,
                annotation=s.annotation(schema),
                description=p.get("description", ""),
                opc_name=str(PythonIdentifier(p["name"], prefix="field")),
            )
        )
        properties[p["name"]] = schema
        if is_required:
            required.append(p["name"])

    body_kind: str | None = None
    content = op.get("requestBody", {}).get("content", {})
    if content:
        media = next(iter(content))
        body_kind = {"application/json": "json", "multipart/form-data": "multipart"}.get(media)
        if body_kind is None:
            raise ValueError(f"{op_id}: unsupported request media type {media}")
        body = s.resolve(content[media]["schema"])
        body_required = set(body.get("required", []))
        for wire, prop in body.get("properties", {}).items():
            params.append(
                ParamInfo(
                    python=prop.get("x-sdk-name") or python_name(wire),
                    wire=wire,
                    location="body",
                    required=wire in body_required,
                    annotation=s.annotation(prop),
                    description=s.resolve(prop).get("description", "") or prop.get("description", ""),
                    binary=prop.get("format") == "binary",
                )
            )
            properties[wire] = prop
        required.extend(sorted(body_required))

    names = [p.python for p in params]
    reserved = {"stream", "extra_headers", "extra_query", "extra_body", "timeout", "self"}
    for name in names:
        if names.count(name) > 1 or (name in reserved and name != "stream"):
            raise ValueError(f"{op_id}: parameter name {name!r} is taken; set x-sdk-name")
    params.sort(key=lambda p: (not p.required, p.location != "path"))

    ok = next((op["responses"][c] for c in ("200", "201", "202") if c in op.get("responses", {})), None)
    if ok is None:
        raise ValueError(f"{op_id}: a 2xx response is required")
    ok = s.resolve(ok)
    media_types = ok.get("content", {})
    model = s.ref_name(media_types.get("application/json", {}).get("schema", {}))
    stream_model = s.ref_name(media_types.get(STREAM_TYPE, {}).get("schema", {}))
    if "application/json" in media_types and "text/plain" in media_types:
        response_kind = "json_or_text"
    elif "application/json" in media_types:
        response_kind = "json"
    elif media_types:
        response_kind = "binary"
    else:
        response_kind = "empty"
    if response_kind.startswith("json") and model is None:
        raise ValueError(f"{op_id}: the JSON response must be a $ref to a component schema")
    if STREAM_TYPE in media_types and stream_model is None:
        raise ValueError(f"{op_id}: the event-stream response must be a $ref to a component schema")
    if STREAM_TYPE in media_types and not any(p.wire == "stream" for p in params):
        raise ValueError(f"{op_id}: an event-stream operation needs a `stream` body field")

    item_model = None
    if sdk.get("paginate") == "cursor":
        assert model is not None
        data = s.schemas[model].get("properties", {}).get("data", {})
        item_model = s.ref_name(data.get("items", {}))
        if item_model is None:
            raise ValueError(f"{op_id}: a cursor page needs `data: array of $ref`")
        for needed in ("after", "limit"):
            if not any(p.wire == needed and p.location == "query" for p in params):
                raise ValueError(f"{op_id}: a cursor page needs the query parameter {needed!r}")

    return OperationInfo(
        operation_id=op_id,
        method=method.upper(),
        path=path,
        tag=(op.get("tags") or ["default"])[0],
        resource=sdk["resource"],
        name=sdk["method"],
        summary=op.get("summary", ""),
        description=op.get("description", ""),
        body_kind=body_kind,
        params=params,
        response_kind=response_kind,
        model=model,
        stream_model=stream_model,
        paginate=sdk.get("paginate"),
        item_model=item_model,
        beta=sdk.get("beta"),
        envelope=sdk.get("envelope"),
        poll=sdk.get("poll"),
        validator_schema=s.validation_schema(properties, required),
    )
