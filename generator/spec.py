"""The spec the generators read: its bytes, their hash, the parsed document, and the facts the templates need.

The parsed document is normalised once, here, before any generator reads it: an inline object schema of a
request body or a 2xx response is moved into `components/schemas` under the name openapi-python-client gives
it, so that OPC, datamodel-code-generator and the emitter all see one named schema. The bytes, the hash and the
packaged copy of the spec stay those of the file the spec author wrote.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml  # type: ignore[import-untyped,unused-ignore]  # no stubs in the pinned tool set
from openapi_python_client.strings import ClassName, PythonIdentifier, pascal_case
from openapi_spec_validator import OpenAPIV31SpecValidator
from referencing.exceptions import Unresolvable

__all__ = ["HEADER_SOURCE", "Spec", "SpecError", "load_spec", "ref_location", "where"]

# How generated files name their source: the repository path, whatever path the spec was read from.
HEADER_SOURCE = "openapi/wushuang.yaml"

_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_LISTED_MISTAKES = 20  # validator errors shown; one mistake often causes many
_LONGEST_PROBLEM = 300  # validator messages quote the offending value, which may be a whole operation


def where(*parts: object) -> str:
    """A place in the document as a dotted path: `where("paths", "/v1/widgets", "post")` -> `paths./v1/widgets.post`."""
    return ".".join(str(part) for part in parts)


def ref_location(ref: str) -> str:
    """The place a local `$ref` points to: `#/components/responses/Error` -> `components.responses.Error`."""
    return where(*_ref_parts(ref))


class SpecError(Exception):
    """A mistake in the spec, told in one line: where it is, which operation, what is wrong, and the fix.

    `location` is a dotted path into the document (see `where`), empty for the file as a whole. Independent
    mistakes found in one pass travel together in `more`, so that the author sees all of them at once.
    """

    def __init__(
        self, location: str, problem: str, fix: str = "", *, operation: str = "", more: Sequence[SpecError] = ()
    ) -> None:
        super().__init__(location, problem, fix, operation)
        self.location = location
        self.problem = problem
        self.fix = fix
        self.operation = operation
        self.more = tuple(more)

    @classmethod
    def combine(cls, errors: Sequence[SpecError]) -> SpecError:
        """One error carrying every mistake of `errors` (which must not be empty)."""
        first, *rest = errors
        return cls(first.location, first.problem, first.fix, operation=first.operation, more=[*first.more, *rest])

    @property
    def line(self) -> str:
        """This mistake alone: `<location> (<operation>): <problem>; <fix>`, on one line."""
        place = f"{self.location} ({self.operation})" if self.operation else self.location
        text = f"{place}: {self.problem}" if place else self.problem
        if self.fix:
            text += f"; {self.fix}"
        return " ".join(text.split())

    def lines(self) -> list[str]:
        """Every mistake, one line each."""
        return [self.line, *(line for error in self.more for line in error.lines())]

    def __str__(self) -> str:
        return "\n".join(self.lines())


@dataclass(frozen=True)
class Spec:
    """One read of the spec file: `raw` and `sha256` are the file's; `document` is parsed and normalised."""

    path: Path
    raw: bytes
    sha256: str
    document: dict[str, Any]

    @property
    def short_hash(self) -> str:
        """The first 16 hex digits of the hash, as written in generated headers."""
        return self.sha256[:16]

    @property
    def version(self) -> str:
        """`info.version`: the version of the generated client distribution."""
        return str(self.document["info"]["version"])

    def operations(self) -> list[tuple[str, str, dict[str, Any]]]:
        """Every operation as (method, path, operation object), in document order."""
        return list(_operations(self.document))

    def write_document(self, target: Path) -> None:
        """Write the normalised document as YAML, for a generator that reads a file rather than a mapping."""
        target.write_text(yaml.safe_dump(self.document, sort_keys=False, allow_unicode=True), encoding="utf-8")

    def event_stream_operation_ids(self) -> list[str]:
        """The operationIds whose 200 response declares `text/event-stream`, sorted.

        openapi-python-client reads only the first content type of a response, so JSON must come first for its
        `sync` / `asyncio` functions to parse non-streamed answers; anything else is refused here.
        """
        ids: list[str] = []
        for method, path, operation in self.operations():
            response = self._resolve(operation.get("responses", {}).get("200", {}))
            content_types = list(response.get("content", {}))
            if "text/event-stream" not in content_types:
                continue
            if content_types[0] != "application/json":
                raise SpecError(
                    where("paths", path, method, "responses", "200", "content"),
                    f"the 200 response lists {', '.join(content_types)}",
                    "list application/json first (openapi-python-client parses only the first content type)",
                    operation=str(operation["operationId"]),
                )
            ids.append(str(operation["operationId"]))
        return sorted(ids)

    def _resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        """Follow a local `$ref` (as in `responses: {'200': {$ref: ...}}`); `load_spec` checked they all resolve."""
        while isinstance(node, dict) and "$ref" in node:
            node = _lookup(self.document, str(node["$ref"]))
        return node


def parse_yaml(data: bytes | str) -> Any:
    """Plain YAML data (the safe loader), parsed by libyaml when PyYAML has it: about 8x faster on the spec."""
    return yaml.load(data, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def load_spec(path: Path) -> Spec:
    """Read, hash, validate (OpenAPI 3.1) and normalise the spec at `path`; raise `SpecError` if it is unusable."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise SpecError("", f"cannot read the spec: {error.strerror or error}") from error
    try:
        document = parse_yaml(raw)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        location = f"line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
        problem = getattr(error, "problem", None) or str(error)
        raise SpecError(location, f"not valid YAML: {problem}", "fix the YAML syntax there") from error
    if not isinstance(document, dict):
        raise SpecError("", "does not hold an OpenAPI document (a mapping)")
    if not str(document.get("openapi", "")).startswith("3.1"):
        raise SpecError("openapi", f"expected 3.1.x, found {document.get('openapi')!r}", "write openapi: 3.1.0")
    _raise_all(_unusable_nodes(document))  # first: the validator stops with a traceback at a broken $ref
    _raise_all(_validation_errors(document))
    _raise_all(_missing_facts(document))
    _hoist_inline_schemas(document)
    return Spec(path=path, raw=raw, sha256=hashlib.sha256(raw).hexdigest(), document=document)


def _raise_all(errors: Sequence[SpecError]) -> None:
    if errors:
        raise SpecError.combine(errors)


def _operations(document: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in document.get("paths", {}).items():
        for method in _METHODS:
            operation = item.get(method) if isinstance(item, dict) else None
            if isinstance(operation, dict):
                yield method, path, operation


def _ref_parts(ref: str) -> list[str]:
    """The keys a local `$ref` (`#/a/b~1c`) follows: `["a", "b/c"]`."""
    return [part.replace("~1", "/").replace("~0", "~") for part in ref[2:].split("/")]


def _lookup(document: dict[str, Any], ref: str) -> Any:
    """The node a local `$ref` points to; `KeyError`, `IndexError`, `TypeError` or `ValueError` if none."""
    if not ref.startswith("#/"):
        raise KeyError(ref)
    node: Any = document
    for part in _ref_parts(ref):
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node


def _nodes(node: Any, parts: tuple[object, ...] = ()) -> Iterator[tuple[tuple[object, ...], dict[str, Any]]]:
    """Every mapping in the document with its place, except inside `example`s (free-form data)."""
    if isinstance(node, dict):
        yield parts, node
        for key, value in node.items():
            if key != "example":
                yield from _nodes(value, (*parts, key))
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _nodes(item, (*parts, index))


def _unusable_nodes(document: dict[str, Any]) -> list[SpecError]:
    """What stops the validator or a generator with a traceback: `$ref`s that are not local, point to nothing or
    only to each other, and `pattern`s that are not regular expressions."""
    found: list[SpecError] = []
    for parts, node in _nodes(document):
        ref, pattern = node.get("$ref"), node.get("pattern")
        if isinstance(ref, str):
            found += _ref_mistakes(document, where(*parts), ref)
        if isinstance(pattern, str):
            try:
                re.compile(pattern)
            except re.error as error:
                found.append(
                    SpecError(
                        where(*parts, "pattern"),
                        f"{pattern!r} is not a regular expression ({error})",
                        "fix the pattern",
                    )
                )
    return found


def _ref_mistakes(document: dict[str, Any], location: str, ref: str) -> list[SpecError]:
    if not ref.startswith("#/"):
        fix = "the generator reads one file: copy what it points to into components and $ref it as #/components/..."
        return [SpecError(location, f"$ref {ref!r} points outside the spec", fix)]
    seen = {ref}
    target: Any = {"$ref": ref}
    while isinstance(target, dict) and isinstance(target.get("$ref"), str):
        try:
            target = _lookup(document, target["$ref"])
        except (KeyError, IndexError, TypeError, ValueError):
            if target["$ref"] != ref:
                return []  # reported where that $ref is written
            return [SpecError(location, f"$ref {ref!r} points to nothing", f"define {ref_location(ref)}")]
        following = target.get("$ref") if isinstance(target, dict) else None
        if following in seen:
            return [SpecError(location, f"$ref {ref!r} leads back to itself", "point it at a schema")]
        if isinstance(following, str):
            seen.add(following)
    return []


def _validation_errors(document: dict[str, Any]) -> list[SpecError]:
    """The OpenAPI 3.1 validator's findings, one line each (its message without the schema it failed)."""
    try:
        problems = sorted(OpenAPIV31SpecValidator(document).iter_errors(), key=lambda problem: str(problem.path))
    except Unresolvable as error:  # `_unusable_nodes` reports these first; this is a fallback
        return [SpecError("", f"a $ref cannot be resolved: {getattr(error, 'ref', error)}", "fix the $ref")]
    except RecursionError:
        return [SpecError("", "the OpenAPI validator recursed without end", "look for $refs that lead in a circle")]
    # A `default` that does not match its schema comes without a place; its schema is a node of the document.
    places = {id(node): parts for parts, node in _nodes(document)}
    found: list[SpecError] = []
    for problem in problems[:_LISTED_MISTAKES]:
        message = problem.message.strip().split("\n", 1)[0]
        if len(message) > _LONGEST_PROBLEM:
            message = message[: _LONGEST_PROBLEM - 3] + "..."
        parts = tuple(problem.path)
        schema = problem.schema
        if not parts and isinstance(schema, dict) and id(schema) in places:
            parts = (*places[id(schema)], *(["default"] if schema.get("default") == problem.instance else []))
        found.append(SpecError(where(*parts), f"not valid OpenAPI 3.1: {message}"))
    if len(problems) > _LISTED_MISTAKES:
        found.append(SpecError("", f"... and {len(problems) - _LISTED_MISTAKES} more OpenAPI 3.1 validation errors"))
    return found


def _missing_facts(document: dict[str, Any]) -> list[SpecError]:
    """What the generator needs beyond valid OpenAPI: a release version, operationIds, schema names that are
    class names (every generator names a class after each component schema)."""
    found: list[SpecError] = []
    version = document["info"]["version"]
    if not re.fullmatch(r"\d+\.\d+\.\d+", str(version)):
        found.append(
            SpecError(
                "info.version",
                f"{version!r} is not MAJOR.MINOR.PATCH",
                "write the release version of both distributions, such as 0.2.0",
            )
        )
    for name in document.get("components", {}).get("schemas", {}):
        if not str(name).isidentifier():
            found.append(
                SpecError(
                    where("components", "schemas", name),
                    f"the schema name {name!r} is not a Python identifier",
                    f"rename it, e.g. {pascal_case(str(name)) or 'Widget'}",
                )
            )
    for method, path, operation in _operations(document):
        if "operationId" not in operation:
            found.append(
                SpecError(
                    where("paths", path, method),
                    "no operationId",
                    "add operationId: <verbNoun>, e.g. createWidget (it names the low-level client's module)",
                )
            )
    return found


# ---------------------------------------------------------------------------------- inline schemas
# openapi-python-client 0.29.1 names a model it finds inline after the operation: `<OperationId>` in PascalCase
# followed by the schema's `title`, else `Body` for a request body (`JsonBody`, `FilesBody`, ... when the body
# has several media types) and `Response<status>` for a response (parser/bodies.py, parser/responses.py,
# parser/properties/model_property.py). `field_` is its default prefix for names that are not identifiers.
_OPC_PREFIX = "field_"
_BODY_KINDS = {"application/json": "json", "multipart/form-data": "files"}  # OPC's BodyType of each
_RESPONSE_PREFIXES = {"application/json": "response", "text/event-stream": "stream_response"}
_SUCCESS = re.compile(r"2(\d\d|XX)")


def _is_model(schema: Any) -> bool:
    """Whether OPC makes a model class of this inline schema (an object, as in its `property_from_data`)."""
    if not isinstance(schema, dict) or any(key in schema for key in ("$ref", "enum", "anyOf", "oneOf", "const")):
        return False
    all_of = schema.get("allOf", [])
    if len(all_of) == 1 and isinstance(all_of[0], dict) and "$ref" in all_of[0]:
        return False  # OPC uses the referenced class
    kind = schema.get("type")
    return kind == "object" or bool(all_of) or (kind is None and "properties" in schema)


def _class_prefix(operation: dict[str, Any]) -> str:
    """The operation's name as OPC writes it in class names: `createWidget` -> `CreateWidget`."""
    return pascal_case(_endpoint(operation))


def _endpoint(operation: dict[str, Any]) -> str:
    """OPC's (snake case) name of the operation, the owner of its inline models."""
    return str(PythonIdentifier(str(operation["operationId"]), prefix=_OPC_PREFIX))


def _derived_name(owner: str, schema: dict[str, Any], default: str) -> str:
    """OPC's class name for an inline model: `owner` (snake case) and the schema's title, else `default`."""
    return str(ClassName(pascal_case(owner) + pascal_case(str(schema.get("title") or default)), _OPC_PREFIX))


def _inline_models(operation: dict[str, Any]) -> Iterator[tuple[tuple[object, ...], dict[str, Any], str]]:
    """(place below the operation, media type object, derived name) of each inline model to hoist.

    Request bodies (JSON and multipart) and 2xx responses (JSON and event-stream) written in the operation
    itself; those behind a `$ref` are shared by several operations, so no single operation names them.
    """
    endpoint = _endpoint(operation)
    body = operation.get("requestBody")
    if isinstance(body, dict) and "$ref" not in body:
        content = body.get("content", {})
        for media, media_type in content.items():
            kind = _BODY_KINDS.get(media)
            if kind is not None and _is_model(media_type.get("schema")):
                owner = f"{endpoint}_{kind}" if len(content) > 1 else endpoint
                yield ("requestBody", "content", media), media_type, _derived_name(owner, media_type["schema"], "body")
    for status, response in operation.get("responses", {}).items():
        if not _SUCCESS.fullmatch(str(status)) or not isinstance(response, dict) or "$ref" in response:
            continue
        for media, media_type in response.get("content", {}).items():
            prefix = _RESPONSE_PREFIXES.get(media)
            if prefix is not None and _is_model(media_type.get("schema")):
                name = _derived_name(endpoint, media_type["schema"], f"{prefix}_{status}")
                yield ("responses", status, "content", media), media_type, name


def _hoist_inline_schemas(document: dict[str, Any]) -> None:
    """Move each inline model into `components/schemas` under OPC's name for it, leaving a `$ref` in its place.

    The hoisted schema loses its `title`, which is already part of the name: OPC names a component schema after
    its title, and the three generators must agree on one name. A name that is already taken is a mistake.
    """
    existing = document.get("components", {}).get("schemas", {})
    hoisted: dict[str, dict[str, Any]] = {}
    first_at: dict[str, str] = {}
    mistakes: list[SpecError] = []
    for method, path, operation in _operations(document):
        for place, media_type, name in list(_inline_models(operation)):
            location = where("paths", path, method, *place, "schema")
            taken = f"components.schemas.{name}" if name in existing else first_at.get(name)
            if taken is not None:
                mistakes.append(
                    SpecError(
                        location,
                        f"this inline schema is named {name} (as openapi-python-client names it), "
                        f"which {taken} already is",
                        f"give it a title (naming it {_class_prefix(operation)}<Title>), "
                        "or move it into components/schemas under a name of its own and $ref it",
                        operation=str(operation["operationId"]),
                    )
                )
                continue
            first_at[name] = location
            hoisted[name] = {key: value for key, value in media_type["schema"].items() if key != "title"}
            media_type["schema"] = {"$ref": f"#/components/schemas/{name}"}
    _raise_all(mistakes)
    if hoisted:
        document.setdefault("components", {}).setdefault("schemas", {}).update(hoisted)
