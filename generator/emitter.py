"""The project's own emitter: the wrapper's per-operation surface, from the spec.

Neither generator can write what the wrapper needs per operation: method signatures with ``stream`` overloads,
the map from Python names to wire names, the operation table, and fast request validators. This module renders
the Jinja templates in ``generator/templates/wrapper/`` from the operations ``generator/operations.py`` reads
out of the spec, and the request validators (``generator/validators.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2

from generator.cli_commands import cli_commands
from generator.operations import OperationInfo, class_name, collect_operations
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
    """Children before parents, so every class is defined before it is referenced at run time."""
    out: list[ResourceNode] = []
    for child in node.children.values():
        out.extend(_all_nodes(child))
    if node.dotted:
        out.append(node)
    return out


_DATA_URL_NOTE = (
    " A path (``pathlib.Path``), bytes or a binary file is sent as a data URL (PNG, JPEG, WebP or GIF, at most 10 MB)."
)


def _docstring(info: OperationInfo) -> str:
    lines = [info.summary.rstrip(".") + "." if info.summary else info.operation_id]
    if info.description:
        lines += ["", info.description.strip()]
    lines += ["", f"``{info.method} {info.path}``"]
    if info.paginate:
        lines += ["", "Iterate over the result (``for`` / ``async for``) to get every item across pages."]
    documented = [p for p in info.params if p.description]
    if documented:
        lines += ["", "Args:"]
        for p in documented:
            text = " ".join(p.description.split())
            wire = f" (sent as ``{p.wire}``)" if p.wire != p.python else ""
            if p.data_url:
                text += _DATA_URL_NOTE
            lines.append(f"    {p.python}: {text}{wire}")
    return "\n".join(lines)


def _header(spec_hash: str, comment: str = "#") -> str:
    return (
        f"{comment} Generated from openapi/wushuang.yaml (sha256 {spec_hash[:16]}) by generator/ — do not edit by hand."
    )


def emit(spec: dict[str, Any], spec_hash: str, out_dir: Path) -> list[Path]:
    """Write operations.py, roots.py, cli.py, resources/ (one module per top-level resource) and the validators into
    ``out_dir``; returns the files written."""
    operations = collect_operations(spec)
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["docstring"] = _docstring
    env.filters["pyrepr"] = repr
    env.filters["pytuple"] = lambda values: repr(tuple(values))
    tree = resource_tree(operations)
    header = _header(spec_hash)
    roots = list(tree.children.items())
    written: list[Path] = []

    def render(template: str, target: Path, **context: Any) -> None:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(env.get_template(template).render(header=header, **context), encoding="utf-8")
        written.append(target)

    render("operations.py.jinja", out_dir / "operations.py", operations=operations)
    render("roots.py.jinja", out_dir / "roots.py", roots=roots)
    render("cli.py.jinja", out_dir / "cli.py", commands=cli_commands(operations))
    resources = out_dir / "resources"
    render("resources_init.py.jinja", resources / "__init__.py", roots=roots)
    for name, root in roots:
        render("resource_module.py.jinja", resources / f"{name}.py", root=root, nodes=_all_nodes(root))

    written += write_validators(spec, operations, out_dir / "validators", _header(spec_hash))
    return written
