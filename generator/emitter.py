"""The project's own emitter: the wrapper's per-operation surface, from the spec.

Neither generator can write what the wrapper needs per operation: method signatures with ``stream`` overloads,
the map from Python names to wire names, the operation table, and fast request validators. This module renders
the Jinja templates in ``generator/templates/wrapper/`` from the operations ``generator/operations.py`` reads
out of the spec, and the request validators (``generator/validators.py``).

Per resource (``beta.threads``, flat as ``beta_threads``) it writes one module of each: its classes
(``resources/``), its operations (``operations/``) and its commands (``cli/``), so what a call or a command loads
is its own resource's share; ``operations/__init__`` and ``cli/__init__`` map each operation and command to its
module.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2

from generator.cli_commands import cli_commands
from generator.formatting import HEADER
from generator.operations import OperationInfo, behaviour_modules, class_name, collect_operations, module_name
from generator.validators import write_validators

__all__ = ["emit"]

TEMPLATES = Path(__file__).parent / "templates" / "wrapper"


@dataclass
class ResourceNode:
    """One resource class: its operations and its sub-resources."""

    dotted: str
    operations: list[OperationInfo] = field(default_factory=list)
    children: dict[str, ResourceNode] = field(default_factory=dict)

    @property
    def class_name(self) -> str:
        return class_name(self.dotted)

    @property
    def module(self) -> str:
        return module_name(self.dotted)

    @property
    def polled_modules(self) -> list[str]:
        """The operation modules of other resources this one's create-then-poll methods poll with."""
        targets = [info.and_poll["target"].resource for info in self.operations if info.and_poll]
        return sorted({module_name(target) for target in targets if target != self.dotted})

    @property
    def mixins(self) -> list[tuple[str, str]]:
        """(module, class) of each hand-written mixin the resource's operations name, in order, once."""
        found = [info.mixin for info in self.operations if info.mixin]
        return [tuple(mixin.rsplit(".", 1)) for mixin in dict.fromkeys(found)]  # type: ignore[misc]


def resource_tree(operations: list[OperationInfo]) -> ResourceNode:
    root = ResourceNode("")
    for info in operations:
        node = root
        parts = info.resource.split(".")
        for depth, part in enumerate(parts):
            dotted = ".".join(parts[: depth + 1])
            node = node.children.setdefault(part, ResourceNode(dotted))
        node.operations.append(info)
    return root


def _all_nodes(node: ResourceNode) -> list[ResourceNode]:
    """Every resource below ``node``, each before its children."""
    return [child for below in node.children.values() for child in (below, *_all_nodes(below))]


_DATA_URL_NOTE = (
    " A path (``pathlib.Path``), bytes or a binary file is sent as a data URL (PNG, JPEG, WebP or GIF, at most 10 MB)."
)
# The arguments every method has besides the operation's own (the annotation shown, and what it does).
_PER_CALL = (
    ("extra_headers", "Headers | None", "Headers sent with this call only, on top of the client's."),
    ("extra_query", "Query | None", "Query parameters added to this call's URL."),
    ("extra_body", "Body | None", "Fields added to the request body as they are (ones the spec does not know)."),
    ("timeout", "Timeout", "This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default."),
)
# ... and those of every method of an operation that can stream.
_PER_STREAM = (
    (
        "stream_idle_timeout",
        "float | None",
        "With ``stream=True``: the most seconds of silence once the answer has begun (``APITimeoutError`` past "
        "it); the client's by default.",
    ),
    (
        "first_chunk_timeout",
        "float | None",
        "With ``stream=True``: the most seconds to wait for the answer, and then for its first chunk "
        "(``APITimeoutError`` past it); the client's by default.",
    ),
)
_STREAM = "``True``: the answer as an event stream, iterated as it arrives (use it in a ``with`` block, or close it)."
_AND_POLL = (
    ("poll_interval", "float", "Seconds between two polls."),
    ("poll_timeout", "float | None", "Seconds the polling may take in all (``None``: no limit)."),
    ("on_progress", "Callable | None", "Called with the object whenever its status changes."),
)
_RAISES = [
    "Raises:",
    "    InvalidParameterError: An argument breaks the spec; refused before anything is sent.",
    "    TypeError: An unknown keyword argument; the message suggests the nearest parameter.",
    "    APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).",
    "    APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).",
]


def _returns(info: OperationInfo, asynchronous: bool, streamed: bool) -> str:
    """The annotation of what a method returns (its stream when ``streamed``)."""
    prefix = "Async" if asynchronous else ""
    if streamed and info.stream_events:
        return f"{prefix}AssistantEventStream[models.{info.stream_model}]"
    if streamed:
        return f"{prefix}Stream[models.{info.stream_model}]"
    if info.paginate:
        return (
            f"AsyncCursorPager[models.{info.item_model}]" if asynchronous else f"CursorPage[models.{info.item_model}]"
        )
    if info.response_kind == "json":
        return f"models.{info.model}"
    if info.response_kind == "json_or_text":
        return f"models.{info.model} | str"
    if info.response_kind == "binary":
        return f"{prefix}BinaryResponse"
    return "None"


def _arg(name: str, type_text: str, text: str, details: Sequence[str] = ()) -> list[str]:
    """One entry of ``Args:``; the details (RST lines) indented below it, after a blank line."""
    head = f"    {name} ({type_text}): {text}".rstrip()
    return [head, *(f"        {line}".rstrip() for line in details), *([""] if details else [])]


def _docstring(info: OperationInfo, asynchronous: bool, helper: str = "") -> str:
    """The docstring of an operation's method (``helper="and_poll"``: of its create-then-poll method).

    Google style (``Args:``, ``Returns:``, ``Raises:``): read by ``help()`` and by the reference's Sphinx build.
    """
    if helper == "and_poll":
        target = (info.and_poll or {})["target"]
        until = ", ".join(target.status_poll["until"])
        lines = [f"``{info.name}``, then ``{target.status_poll['method']}`` the result until its status is {until}."]
    else:
        lines = [info.summary.rstrip(".") + ".", "", info.description.strip()]
    lines += ["", f"``{info.method} {info.path}``"]
    if info.paginate:
        lines += ["", "Iterate over the result (``for`` / ``async for``) to get every item across pages."]
    lines += ["", "Args:"]
    described: set[str] = set()  # each component once per docstring
    for p in info.params:
        if p.wire == "stream" and (helper or not info.stream_model):
            continue  # the method has no `stream` argument
        text = " ".join(p.description.split())
        if p.wire == "stream":
            text = f"{text} {_STREAM}".strip()
        if p.data_url:
            text += _DATA_URL_NOTE
        if p.wire != p.python:
            text += f" (sent as ``{p.wire}``)"
        details = [line for name, below in p.details if name not in described for line in below]
        described.update(name for name, _ in p.details)
        lines += _arg(p.python, p.type_text + ("" if p.required else ", optional"), text.strip(), details)
    per_stream = _PER_STREAM if info.stream_model and not helper else ()
    for name, type_text, text in _PER_CALL + per_stream + (_AND_POLL if helper else ()):
        lines += _arg(name, type_text, text)
    if helper:
        returned = f"models.{target.model}: the object once its status is final."
    elif info.stream_model:
        returned = f"{_returns(info, asynchronous, False)}; with ``stream=True``, {_returns(info, asynchronous, True)}."
    else:
        returned = _returns(info, asynchronous, False) + "."
    lines += ["", "Returns:", f"    {returned}", "", *_RAISES]
    if helper:
        lines.append("    PollTimeoutError: ``poll_timeout`` passed before the status was final.")
    return "\n".join(lines)


def emit(spec: dict[str, Any], out_dir: Path) -> list[Path]:
    """Write roots.py, resources/, operations/ and cli/ (one module per resource in each), types/ and the validators
    into ``out_dir``; returns the files written."""
    operations = collect_operations(spec)
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["docstring"] = _docstring
    env.globals["returns"] = _returns
    env.filters["pyrepr"] = repr
    env.filters["pytuple"] = lambda values: repr(tuple(values))
    env.filters["module_name"] = module_name
    tree = resource_tree(operations)
    header = f"# {HEADER}"
    roots = list(tree.children.items())
    nodes = _all_nodes(tree)
    commands = cli_commands(operations)
    written: list[Path] = []

    def render(template: str, target: Path, **context: Any) -> None:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(env.get_template(template).render(header=header, **context), encoding="utf-8")
        written.append(target)

    render("roots.py.jinja", out_dir / "roots.py", roots=roots)
    render("resources_init.py.jinja", out_dir / "resources" / "__init__.py")
    render(
        "operations_index.py.jinja",
        out_dir / "operations" / "__init__.py",
        operations=operations,
        behaviour_modules=behaviour_modules(spec),
    )
    render("cli_index.py.jinja", out_dir / "cli" / "__init__.py", commands=commands)
    for node in nodes:
        render("resource_module.py.jinja", out_dir / "resources" / f"{node.module}.py", node=node)
        if node.operations:
            render("operations.py.jinja", out_dir / "operations" / f"{node.module}.py", node=node)
            mine = [command for command in commands if command["module"] == node.module]
            render("cli.py.jinja", out_dir / "cli" / f"{node.module}.py", node=node, commands=mine)

    written += write_validators(spec, operations, out_dir / "validators", header)
    types = out_dir / "types"
    types.mkdir(parents=True, exist_ok=True)
    (types / "__init__.py").write_text(
        f'{header}\n"""The modules of ``wushuang.types`` under the official SDK\'s names."""\n', "utf-8"
    )
    written.append(types / "__init__.py")
    for module, names in openai_types(spec).items():
        render("types_module.py.jinja", types / f"{module.replace('.', '_') or 'root'}.py", module=module, names=names)
    return written


def openai_types(spec: dict[str, Any]) -> dict[str, list[tuple[str, str, str]]]:
    """``x-sdk-type: [chat.ChatCompletion, ...]`` on component schemas: per module of ``wushuang.types`` (``""`` for
    the package itself), the (name, generated module, schema) triples it exports under the official SDK's names.
    A name ending in ``Param`` is the request type (``params``), any other the response model (``models``)."""
    modules: dict[str, list[tuple[str, str, str]]] = {}
    for schema_name, schema in sorted(spec.get("components", {}).get("schemas", {}).items()):
        given = schema.get("x-sdk-type", []) if isinstance(schema, dict) else []
        for dotted in [given] if isinstance(given, str) else given:
            module, _, name = str(dotted).rpartition(".")
            if not name.isidentifier() or not all(part.isidentifier() for part in module.split(".") if module):
                raise ValueError(f"components.schemas.{schema_name}: x-sdk-type {dotted!r} is not [module.]Name")
            entries = modules.setdefault(module, [])
            if any(name == taken for taken, _, _ in entries):
                raise ValueError(f"components.schemas.{schema_name}: x-sdk-type {dotted!r} is taken twice")
            entries.append((name, "params" if name.endswith("Param") else "models", schema_name))
    return {module: sorted(entries) for module, entries in sorted(modules.items())}
