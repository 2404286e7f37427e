"""The spec read into what the wrapper needs per operation: ``OperationInfo``, one per operation.

The emitter (``generator/emitter.py``) renders templates from these; nothing here writes files. A spec the
wrapper cannot be generated from raises ``SpecError`` naming each mistake: where it is, and how to fix it.
"""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.strings import PythonIdentifier, snake_case

from generator.spec import SpecError, ref_location, where

__all__ = [
    "SDK_CHOICES",
    "SDK_KEYS",
    "OperationInfo",
    "ParamInfo",
    "behaviour_modules",
    "class_name",
    "collect_operations",
    "module_name",
    "python_name",
]

HTTP_METHODS = ("get", "post", "put", "patch", "delete")
STREAM_TYPE = "text/event-stream"

# What `x-sdk` may hold; the keys that select a behaviour of the wrapper take one of the values listed here.
SDK_KEYS = (
    "resource",
    "method",
    "paginate",
    "beta",
    "envelope",
    "poll",
    "and_poll",
    "decode",
    "stream",
    "mixin",
    "store",
    "id_prefix",
)
# `mixin: <private module>.<Class>` (`_chat.structured.ChatCompletionHelpers`): the operation's resource class also
# derives from that class of `wushuang` (and the async one from `Async<Class>`): hand-written methods of a behaviour
# that composes operations (buttons, ...).
_MIXIN = re.compile(r"(?:[a-z][a-z0-9_]*\.)*_[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)*\.[A-Z][A-Za-z0-9]*")
SDK_CHOICES = {"paginate": ("cursor",)}
# The keys whose value names a behaviour of the wrapper (`wushuang._core.behaviours`): any name the spec's top-level
# `x-sdk-behaviours: {<name>: <module of the wushuang package>}` maps to the module that registers it.
BEHAVIOUR_KEYS = ("envelope", "decode", "stream")
_MODULE = re.compile(r"(?:_?[a-z][a-z0-9_]*\.)*_?[a-z][a-z0-9_]*")
# `poll` is a mapping: {method: <name>, until: [<status>, ...], events: <operationId>?}.
_LOWER_NAME = re.compile(r"[a-z][a-z0-9_]*")
# Names every resource class has besides its methods and sub-resources.
_RESOURCE_ATTRIBUTES = frozenset({"with_raw_response", "with_streaming_response"})
# Names every method has besides the operation's arguments (`stream` is an argument of event-stream operations),
# and the locals its body writes the arguments and per-call options into.
_RESERVED_ARGUMENTS = frozenset(
    {
        "extra_headers",
        "extra_query",
        "extra_body",
        "timeout",
        "stream_idle_timeout",
        "first_chunk_timeout",
        "self",
        "unknown",
        "args",
        "options",
    }
)
# How many levels of named object types a parameter's docstring describes (`messages`: a message, its content parts).
DOC_DEPTH = 3


def python_name(wire: str) -> str:
    """The Python name of a wire name: ``base64Array`` -> ``base64_array``, ``timestamp_granularities[]`` -> ..."""
    name = wire.removesuffix("[]")
    name = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()
    name = re.sub(r"\W", "_", name)
    return name


def shown(annotation: str) -> str:
    """A type annotation as a docstring shows it: without the module prefixes, a sequence shown as the list a caller
    usually passes."""
    return annotation.replace("Sequence[", "list[").replace("params.", "")


def class_name(dotted: str) -> str:
    """The class of a resource: ``beta.threads.runs`` -> ``BetaThreadsRuns``."""
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[._]", dotted))


def module_name(dotted: str) -> str:
    """The generated modules of a resource (its classes, operations, commands): ``beta.threads`` -> ``beta_threads``."""
    return dotted.replace(".", "_")


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
    # `x-sdk-data-url: image` on a body property (a string or an array of strings): the caller may pass paths,
    # bytes or binary files, sent as `data:<mime>;base64,...` (see wushuang/_core/data_url.py): "image", or "images"
    # for an array of them.
    data_url: str | None = None
    # The named object types the argument is built from, each with the RST lines describing it, for its docstring
    # (`_Spec.components`).
    details: list[tuple[str, list[str]]] = field(default_factory=list)

    @property
    def type_text(self) -> str:
        """The argument's type as a docstring shows it."""
        return shown(self.annotation)


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
    # A status poll: the method's name, the statuses that end it, the operation listing the object's events.
    status_poll: dict[str, Any] | None = None
    # A "create, then poll" method: its name and the retrieve operation it polls with.
    and_poll: dict[str, Any] | None = None
    decode: str | None = None
    stream_rule: str | None = None  # `x-sdk.stream`: the rule of its event stream, by name
    mixin: str | None = None
    # The event names of a stream of named events (`event: thread.run.created`), when the stream is one.
    stream_events: tuple[str, ...] | None = None
    # The call's arguments as one object schema, by wire name, with the spec's $refs; see generator/validators.py.
    validator_schema: dict[str, Any] = field(default_factory=dict)

    @property
    def method_names(self) -> list[str]:
        """The names of the methods this operation gives its resource: its own, then its helpers'."""
        helpers = [(self.status_poll or {}).get("method"), (self.and_poll or {}).get("method")]
        return [self.name, *filter(None, helpers)]

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
            raise SpecError("", f"$ref {ref!r} points outside the spec", "copy its target into components and $ref it")
        node: Any = self.spec
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
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
            # A sequence: lists are invariant, so a `list[Subtype]` of the caller's is not a `list[Union]`.
            return f"Sequence[{self.annotation(schema.get('items', {}))}]"
        if kind == "object":
            extra = schema.get("additionalProperties")
            value = self.annotation(extra) if isinstance(extra, dict) and extra else "Any"
            return f"dict[str, {value}]"
        return "Any"

    # ---------------------------------------------------------------- docstrings
    def components(self, schema: dict[str, Any], depth: int = DOC_DEPTH) -> list[tuple[str, list[str]]]:
        """The object components ``schema`` is built from, ``depth`` levels deep, each with its RST description.

        Nearest first, each once: a bullet saying what it is (a dict) and its keys with their types and
        descriptions. Components further down are named in the types only.
        """
        found: list[tuple[str, list[str]]] = []
        seen: set[str] = set()
        level = self._refs(schema)
        for _ in range(depth):
            below: list[str] = []
            for name in level:
                if name in seen:
                    continue
                seen.add(name)
                target = self.schemas[name]
                about = " ".join(str(target.get("description", "")).split())
                lines = ["", f"- ``{name}``: a dict{' (' + about.rstrip('.') + ')' if about else ''}, keys:", ""]
                required = set(target.get("required", []))
                for key, prop in target.get("properties", {}).items():
                    lines.append("  " + self._key_line(key, prop, key in required))
                    below += self._refs(prop)
                found.append((name, lines))
            level = below
        return found

    def _key_line(self, key: str, prop: dict[str, Any], required: bool) -> str:
        resolved = self.resolve(prop)
        text = " ".join(str(prop.get("description") or resolved.get("description", "")).split())
        inline = resolved.get("properties") if self.ref_name(prop) is None else None
        kind = shown(self.annotation(prop))
        if inline:  # an inline object: its keys, one level
            kind = "dict with " + ", ".join(f"``{name}`` ({shown(self.annotation(p))})" for name, p in inline.items())
        flag = ", required" if required else ""
        return f"- ``{key}`` ({kind}{flag}){': ' + text if text else ''}"

    def _refs(self, schema: dict[str, Any]) -> list[str]:
        """The object components ``schema`` names, through arrays, unions, maps and non-object components."""
        name = self.ref_name(schema)
        if name is not None:
            target = self.schemas[name]
            return [name] if "properties" in target else self._refs(target)
        found: list[str] = []
        for branch in [*schema.get("anyOf", []), *schema.get("oneOf", [])]:
            found += self._refs(branch)
        for key in ("items", "additionalProperties"):
            if isinstance(schema.get(key), dict):
                found += self._refs(schema[key])
        return found


@dataclass(frozen=True)
class _Place:
    """Where an operation is in the spec, to name it in a mistake."""

    path: str
    method: str
    operation_id: str

    def error(self, problem: str, fix: str, *below: object) -> SpecError:
        """A mistake at `paths.<path>.<method>` or a place `below` it."""
        return SpecError(where("paths", self.path, self.method, *below), problem, fix, operation=self.operation_id)


def collect_operations(spec: dict[str, Any]) -> list[OperationInfo]:
    """Every operation of the spec, in the order of its paths; a `SpecError` with every mistake found, if any."""
    s = _Spec(spec)
    operations: list[OperationInfo] = []
    mistakes: list[SpecError] = []
    try:
        behaviours = behaviour_modules(spec)
    except SpecError as error:
        mistakes.append(error)
        behaviours = {}
    for path, item in spec.get("paths", {}).items():
        shared_params = item.get("parameters", [])
        for method in HTTP_METHODS:
            if method not in item:
                continue
            op = item[method]
            place = _Place(path, method, str(op.get("operationId", "")))
            mistakes += _text_mistakes(op, place)
            try:
                sdk = _sdk(op.get("x-sdk"), place, behaviours)
                operations.append(_operation(s, place, op, sdk, shared_params))
            except SpecError as error:
                mistakes.append(error)
    mistakes += _name_clashes(operations) + _link_polls(operations)
    if mistakes:
        raise SpecError.combine(mistakes)
    return operations


def _text_mistakes(op: dict[str, Any], place: _Place) -> list[SpecError]:
    """An operation without a `summary` (the first line of its methods' docstrings and of its CLI help) or a
    `description` (what the call does, and what the relay does differently): the reference would say nothing."""
    return [
        place.error(f"no {key}", f"add {key}: <{what}>", key)
        for key, what in (
            ("summary", "what the call does, in one line"),
            ("description", "what the call does and answers, and where the relay differs"),
        )
        if not (isinstance(op.get(key), str) and op[key].strip())
    ]


def behaviour_modules(spec: dict[str, Any]) -> dict[str, str]:
    """The spec's `x-sdk-behaviours`, checked: behaviour name -> the module of the wushuang package defining it."""
    found = spec.get("x-sdk-behaviours", {})
    if not isinstance(found, dict) or not all(
        isinstance(name, str) and _is_lower_name(name) and isinstance(module, str) and _MODULE.fullmatch(module)
        for name, module in found.items()
    ):
        raise SpecError(
            "x-sdk-behaviours",
            f"x-sdk-behaviours is {found!r}",
            "write a mapping of behaviour names to modules of the wushuang package: {midjourney: midjourney._envelope}",
        )
    return dict(found)


def _sdk(sdk: Any, place: _Place, behaviours: dict[str, str]) -> dict[str, Any]:
    """`x-sdk` of an operation, checked: a mapping of known keys, `resource` and `method` among them."""
    if sdk is None:
        suggested = _suggested_names(place)
        raise place.error(
            "no x-sdk", f"add x-sdk: {{resource: {suggested['resource']}, method: {suggested['method']}}}"
        )
    if not isinstance(sdk, dict):
        raise place.error(f"x-sdk is {sdk!r}, not a mapping", "write x-sdk: {resource: ..., method: ...}", "x-sdk")
    mistakes = [
        place.error(f"x-sdk has an unknown key {key!r}", f"use only {', '.join(SDK_KEYS)}", "x-sdk")
        for key in sdk
        if key not in SDK_KEYS
    ]
    for key in ("resource", "method"):
        if key not in sdk:
            mistakes.append(place.error(f"x-sdk has no {key}", f"add {key}: {_suggested_names(place)[key]}", "x-sdk"))
    resource, method = sdk.get("resource"), sdk.get("method")
    if "resource" in sdk and not (isinstance(resource, str) and all(map(_is_lower_name, resource.split(".")))):
        mistakes.append(
            place.error(
                f"x-sdk resource {resource!r} is not dotted lowercase identifiers",
                "write it like chat.completions",
                "x-sdk.resource",
            )
        )
    if "method" in sdk and not (isinstance(method, str) and _is_lower_name(method)):
        mistakes.append(
            place.error(
                f"x-sdk method {method!r} is not a lowercase identifier", "write it like create", "x-sdk.method"
            )
        )
    elif method in _RESOURCE_ATTRIBUTES:
        mistakes.append(
            place.error(f"x-sdk method {method!r} is taken by every resource", "choose another name", "x-sdk.method")
        )
    for key, choices in SDK_CHOICES.items():
        if key in sdk and sdk[key] not in choices:
            known = " or ".join(choices)
            mistakes.append(
                place.error(f"x-sdk {key} is {sdk[key]!r}", f"the wrapper knows {key}: {known}", f"x-sdk.{key}")
            )
    for key in BEHAVIOUR_KEYS:
        if key in sdk and sdk[key] not in behaviours:
            mistakes.append(
                place.error(
                    f"x-sdk {key} is {sdk[key]!r}, a behaviour x-sdk-behaviours does not name",
                    f"add {sdk[key]}: <module that registers it> to x-sdk-behaviours, or use one of "
                    f"{', '.join(behaviours) or 'none yet'}",
                    f"x-sdk.{key}",
                )
            )
    mistakes += _poll_mistakes(sdk, place)
    if "mixin" in sdk and not (isinstance(sdk["mixin"], str) and _MIXIN.fullmatch(sdk["mixin"])):
        mistakes.append(
            place.error(
                f"x-sdk mixin {sdk['mixin']!r} is not <private module>.<Class>",
                "write it like midjourney._helpers.TaskHelpers (a module of the wushuang package)",
                "x-sdk.mixin",
            )
        )
    for key, example in (("beta", "assistants"), ("store", "files")):
        if key in sdk and not (isinstance(sdk[key], str) and _is_lower_name(sdk[key])):
            mistakes.append(
                place.error(
                    f"x-sdk {key} {sdk[key]!r} is not a lowercase identifier",
                    f"write it like {example}",
                    f"x-sdk.{key}",
                )
            )
    if mistakes:
        raise SpecError.combine(mistakes)
    return sdk


def _poll_mistakes(sdk: dict[str, Any], place: _Place) -> list[SpecError]:
    """`poll` and `and_poll` checked for shape; what they name is checked once every operation is read."""
    mistakes: list[SpecError] = []
    poll = sdk.get("poll")
    if poll is not None:
        until = poll.get("until") if isinstance(poll, dict) else None
        if (
            not isinstance(poll, dict)
            or set(poll) - {"method", "until", "events"}
            or not _is_lower_name(str(poll.get("method", "")))
            or not isinstance(until, list)
            or not until
            or not all(isinstance(status, str) for status in until)
        ):
            mistakes.append(
                place.error(
                    f"x-sdk poll is {poll!r}",
                    "write poll: {method: poll, until: [completed, failed], events: <operationId>} (events optional)",
                    "x-sdk.poll",
                )
            )
    and_poll = sdk.get("and_poll")
    if and_poll is not None and (
        not isinstance(and_poll, dict)
        or set(and_poll) != {"method", "poll"}
        or not _is_lower_name(str(and_poll["method"]))
        or not isinstance(and_poll["poll"], str)
    ):
        mistakes.append(
            place.error(
                f"x-sdk and_poll is {and_poll!r}",
                "write and_poll: {method: create_and_poll, poll: <operationId of the retrieve with a poll>}",
                "x-sdk.and_poll",
            )
        )
    return mistakes


def _link_polls(operations: list[OperationInfo]) -> list[SpecError]:
    """Resolve the operations `poll.events` and `and_poll.poll` name; a mistake for each that is wrong."""
    by_id = {info.operation_id: info for info in operations}
    mistakes: list[SpecError] = []
    for info in operations:
        place = _Place(info.path, info.method.lower(), info.operation_id)
        events = (info.status_poll or {}).get("events")
        if events is not None and events in by_id and by_id[events].paginate is not None:
            info.status_poll = {**(info.status_poll or {}), "events_op": by_id[events]}
        elif events is not None:
            mistakes.append(
                place.error(
                    f"x-sdk poll.events names {events!r}, not a cursor-paginated operation",
                    "name the operationId of the list of the object's events",
                    "x-sdk.poll.events",
                )
            )
        if info.and_poll is not None:
            target = by_id.get(info.and_poll["poll"])
            if target is None or target.status_poll is None:
                mistakes.append(
                    place.error(
                        f"x-sdk and_poll.poll names {info.and_poll['poll']!r}, not an operation with a status poll",
                        "name the operationId of a retrieve whose x-sdk has poll: {method: ..., until: [...]}",
                        "x-sdk.and_poll.poll",
                    )
                )
            else:
                info.and_poll = {**info.and_poll, "target": target}
    return mistakes


def _event_names(s: _Spec, schema: dict[str, Any]) -> tuple[str, ...] | None:
    """The event names of a stream schema that is a union of `{event: <const>, data: ...}` objects, else None."""
    names: list[str] = []
    for branch in schema.get("oneOf") or schema.get("anyOf") or []:
        resolved = s.resolve(branch)
        if "oneOf" in resolved or "anyOf" in resolved:
            inner = _event_names(s, resolved)
            if inner is None:
                return None
            names += inner
            continue
        event = resolved.get("properties", {}).get("event", {})
        if "const" not in event:
            return None
        names.append(str(event["const"]))
    return tuple(names) or None


def _is_lower_name(name: str) -> bool:
    """Whether `name` can be a resource or method name: a lowercase identifier, not a keyword."""
    return bool(_LOWER_NAME.fullmatch(name)) and not keyword.iskeyword(name)


def _suggested_names(place: _Place) -> dict[str, str]:
    """`resource` and `method` for an operation without them: its path's words, its operationId's first word."""
    parts = [python_name(part) for part in place.path.split("/") if part and not part.startswith("{")]
    resource = ".".join(part for part in parts if _is_lower_name(part) and not re.fullmatch(r"v\d+", part))
    method = python_name(place.operation_id).partition("_")[0]
    return {"resource": resource or "<resource>", "method": method if _is_lower_name(method) else "<method>"}


def _name_clashes(operations: list[OperationInfo]) -> list[SpecError]:
    """Two operations at one place of the SDK, a method named like a sub-resource of its resource, or two resources
    whose classes and modules would have one name (`fine_tuning.jobs` and `fine.tuning_jobs`)."""
    mistakes: list[SpecError] = []
    first: dict[str, OperationInfo] = {}
    resources: set[str] = set()  # every resource and sub-resource: `chat`, `chat.completions`, ...
    named: dict[str, str] = {}  # module name -> the first resource with it
    for info in operations:
        parts = info.resource.split(".")
        for dotted in (".".join(parts[:end]) for end in range(1, len(parts) + 1)):
            resources.add(dotted)
            taken = named.setdefault(module_name(dotted), dotted)
            if taken != dotted:
                mistakes.append(
                    _Place(info.path, info.method.lower(), info.operation_id).error(
                        f"x-sdk resource {info.resource} gives {dotted} the module and class names of {taken}",
                        "rename one of the two resources",
                        "x-sdk.resource",
                    )
                )
    for info, name in ((op, name) for op in operations for name in op.method_names):
        dotted = f"{info.resource}.{name}"
        place = _Place(info.path, info.method.lower(), info.operation_id)
        if dotted in first:
            other = first[dotted]
            mistakes.append(
                place.error(
                    f"x-sdk names {dotted}, as does {where('paths', other.path, other.method.lower())} "
                    f"({other.operation_id})",
                    "give one of them another method",
                    "x-sdk",
                )
            )
        first.setdefault(dotted, info)
        if dotted in resources:
            mistakes.append(
                place.error(
                    f"x-sdk method {name} of {info.resource} is also the name of the resource {dotted}",
                    "rename the method or that resource",
                    "x-sdk.method",
                )
            )
    return mistakes


def _data_url(prop: dict[str, Any], place: _Place, wire: str) -> str | None:
    """`image` / `images` for a body property with `x-sdk-data-url: image` (a string / an array of strings)."""
    if "x-sdk-data-url" not in prop:
        return None
    item = prop.get("items", {}) if prop.get("type") == "array" else prop
    if prop["x-sdk-data-url"] != "image" or item.get("type") != "string":
        raise place.error(
            f"x-sdk-data-url on {wire!r} is {prop['x-sdk-data-url']!r} on a {prop.get('type')!r}",
            "write x-sdk-data-url: image on a string property or an array of strings",
            "requestBody",
        )
    return "images" if prop.get("type") == "array" else "image"


def _image_annotation(prop: dict[str, Any]) -> str:
    return "Sequence[ImageInput]" if prop.get("type") == "array" else "ImageInput"


def _operation(
    s: _Spec, place: _Place, op: dict[str, Any], sdk: dict[str, Any], shared: list[dict[str, Any]]
) -> OperationInfo:
    path, method, op_id = place.path, place.method, place.operation_id
    params: list[ParamInfo] = []
    properties: dict[str, Any] = {}
    required: list[str] = []
    for raw in [*shared, *op.get("parameters", [])]:
        p = s.resolve(raw)
        if p["in"] not in ("path", "query"):
            continue
        schema = p.get("schema", {})
        py = str(p.get("x-sdk-name") or python_name(p["name"]))
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
                details=s.components(schema),
            )
        )
        properties[p["name"]] = schema
        if is_required:
            required.append(p["name"])

    body_kind: str | None = None
    content = s.resolve(op.get("requestBody", {})).get("content", {})
    if content:
        media = next(iter(content))
        body_kind = {"application/json": "json", "multipart/form-data": "multipart"}.get(media)
        if body_kind is None:
            raise place.error(
                f"the request media type {media} is not supported",
                "use application/json or multipart/form-data",
                "requestBody.content",
            )
        body = s.resolve(content[media]["schema"])
        body_required = set(body.get("required", []))
        for wire, prop in body.get("properties", {}).items():
            data_url = _data_url(prop, place, wire)
            params.append(
                ParamInfo(
                    python=str(prop.get("x-sdk-name") or python_name(wire)),
                    wire=wire,
                    location="body",
                    required=wire in body_required,
                    annotation=_image_annotation(prop) if data_url else s.annotation(prop),
                    description=s.resolve(prop).get("description", "") or prop.get("description", ""),
                    binary=_is_file(prop),
                    data_url=data_url,
                    details=s.components(prop),
                )
            )
            properties[wire] = prop
        required.extend(sorted(body_required))

    names = [p.python for p in params]
    for arg in params:
        if not arg.python.isidentifier() or keyword.iskeyword(arg.python):
            raise place.error(
                f"the argument for {arg.wire!r} would be named {arg.python!r}, not a Python identifier",
                f"set x-sdk-name on {arg.wire!r}",
            )
        if arg.python in _RESERVED_ARGUMENTS:
            raise place.error(
                f"the argument name {arg.python!r} is taken by every method", f"set x-sdk-name on {arg.wire!r}"
            )
        if names.count(arg.python) > 1:
            raise place.error(
                f"two arguments are named {arg.python!r}",
                "set x-sdk-name on one of them (a parameter or body property)",
            )
    params.sort(key=lambda p: (not p.required, p.location != "path"))

    responses = op.get("responses", {})
    status = next((code for code in ("200", "201", "202") if code in responses), None)
    if status is None:
        raise place.error("no 200, 201 or 202 response", "add the response the call succeeds with", "responses")
    media_types = s.resolve(responses[status]).get("content", {})
    shared_ref = responses[status].get("$ref")  # a response of components/responses is named where it is written
    response_at = ref_location(shared_ref) if shared_ref else where("paths", path, method, "responses", status)
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
    for media, found in (("application/json", model), (STREAM_TYPE, stream_model)):
        if media in media_types and found is None:
            raise SpecError(
                where(response_at, "content", media, "schema"),
                f"the {media} schema of a shared response is inline, so it has no model name"
                if shared_ref
                else f"the {media} response schema is inline but not an object, so it has no model name",
                "move it into components/schemas and $ref it",
                operation=op_id,
            )
    if STREAM_TYPE in media_types and not any(p.wire == "stream" for p in params):
        raise place.error(
            "an event-stream response needs a `stream` field in the request body",
            "add stream: {type: boolean} to the request body schema",
            "requestBody",
        )

    poll = sdk.get("poll")
    if isinstance(poll, dict) and (model is None or not any(p.location == "path" for p in params)):
        raise place.error("a status poll needs a JSON response and a path parameter", "poll a retrieve", "x-sdk.poll")
    item_model = None
    if sdk.get("paginate") == "cursor":
        if model is None:
            raise place.error(
                "paginate: cursor needs a JSON response", "describe the page as application/json", "responses"
            )
        data = s.schemas[model].get("properties", {}).get("data", {})
        item_model = s.ref_name(data.get("items", {}))
        if item_model is None:
            raise SpecError(
                where("components", "schemas", model, "properties", "data"),
                f"paginate: cursor needs the page's `data` to be an array of $ref, as in {model}",
                "write data: {type: array, items: {$ref: '#/components/schemas/<Item>'}}",
                operation=op_id,
            )
        for needed in ("after", "limit"):
            if not any(p.wire == needed and p.location == "query" for p in params):
                raise place.error(
                    f"paginate: cursor needs the query parameter {needed!r}",
                    f"add a query parameter named {needed}",
                    "parameters",
                )

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
        validator_schema={"type": "object", "properties": properties, "required": sorted(required)},
        status_poll=poll if isinstance(poll, dict) else None,
        and_poll=sdk.get("and_poll"),
        decode=sdk.get("decode"),
        stream_rule=sdk.get("stream"),
        mixin=sdk.get("mixin"),
        stream_events=_event_names(s, s.schemas[stream_model]) if stream_model else None,
    )


def _is_file(prop: dict[str, Any]) -> bool:
    """A body property that holds a file: `format: binary`, or a union of a file and an array of files."""
    if prop.get("format") == "binary":
        return True
    branches = prop.get("anyOf") or prop.get("oneOf") or []
    return any(
        branch.get("format") == "binary" or (branch.get("items") or {}).get("format") == "binary"
        for branch in branches
        if isinstance(branch, dict)
    )
