"""The project's own emitter: the wrapper's per-operation surface, from the spec.

Neither generator can write what the wrapper needs per operation: method signatures with ``stream`` overloads,
the map from Python names to wire names, the operation table, and fast request validators. This module renders
the Jinja templates in ``generator/templates/wrapper/`` from the operations ``generator/operations.py`` reads
out of the spec, plus one validator module per operation compiled by fastjsonschema.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import fastjsonschema
import jinja2

from generator.operations import OperationInfo, class_name, collect_operations

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
            lines.append(f"    {p.python}: {text}{wire}")
    return "\n".join(lines)


def _header(spec_hash: str, comment: str = "#") -> str:
    return (
        f"{comment} Generated from openapi/wushuang.yaml (sha256 {spec_hash[:16]}) by generator/ — do not edit by hand."
    )


def emit(spec: dict[str, Any], spec_hash: str, out_dir: Path) -> list[Path]:
    """Write resources.py, operations.py and validators/ into ``out_dir``; returns the files written."""
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
    tree = resource_tree(operations)
    context = {
        "header": _header(spec_hash),
        "operations": operations,
        "nodes": _all_nodes(tree),
        "roots_by_name": list(tree.children.items()),
    }
    written: list[Path] = []
    for name in ("operations.py", "resources.py", "roots.py"):
        target = out_dir / name
        target.write_text(env.get_template(name + ".jinja").render(context), encoding="utf-8")
        written.append(target)

    validators = out_dir / "validators"
    validators.mkdir(parents=True, exist_ok=True)
    init = validators / "__init__.py"
    init.write_text(_header(spec_hash) + '\n"""Request validators, one module per operation."""\n', encoding="utf-8")
    written.append(init)
    for info in operations:
        code = fastjsonschema.compile_to_code(copy.deepcopy(info.validator_schema), use_default=False)
        target = validators / f"{info.validator_module}.py"
        body = code.replace("from decimal import Decimal\n", "from decimal import Decimal  # noqa: F401\n")
        target.write_text(
            f"{_header(spec_hash)}\n# mypy: ignore-errors\n# ruff: noqa\n"
            f'"""Validates the arguments of {info.operation_id} (wire names), compiled from the spec."""\n\n' + body,
            encoding="utf-8",
        )
        written.append(target)
    return written
