"""Request validators: every component schema compiled once by fastjsonschema, shared by the operations using it.

One schema holds each operation's arguments (path, query and body by wire name) under ``operations`` and every
component schema under ``definitions``. fastjsonschema compiles it into one function per schema reached by a
``$ref``, named after that reference (``validate___definitions_<component>``, ``validate___operations_<module>``);
wherever a component is used, its function is called, not inlined. The functions are then split into modules so
that an operation's first call loads only what it needs:

- ``validators/<operation>.py``: the operation's function, exported as ``validate``, and the functions of the
  components no other operation uses;
- ``validators/_components.py``: the functions of the components two or more operations use.
"""

from __future__ import annotations

import ast
import copy
from pathlib import Path
from typing import Any

import fastjsonschema
from fastjsonschema.ref_resolver import RefResolver

from generator.operations import OperationInfo

__all__ = ["SHARED_MODULE", "validation_schema", "write_validators"]

SHARED_MODULE = "_components"

# Documentation only: nothing a caller could get wrong, and each would be repeated in the compiled messages.
_IGNORED_KEYS = frozenset({"description", "example", "examples", "x-sdk-name", "title"})


# What the generated code raises instead of fastjsonschema's exceptions (the same attributes).
RUNTIME_MODULE = "wushuang._validation"
RUNTIME_EXCEPTION = "SchemaError"


def validation_schema(operations: list[OperationInfo], components: dict[str, Any]) -> dict[str, Any]:
    """The one draft-7 schema fastjsonschema compiles: ``operations`` by validator module, ``definitions`` by name.

    Binary fields accept anything here (the request builder checks them), and so do unknown fields of objects
    closed with ``additionalProperties: false`` (relays pass fields through). The root refers to every operation,
    so that fastjsonschema compiles them all; the root's own function is not used.
    """

    def convert(node: Any) -> Any:
        if isinstance(node, list):
            return [convert(item) for item in node]
        if not isinstance(node, dict):
            return node
        if node.get("format") == "binary":
            return {}
        out: dict[str, Any] = {}
        for key, value in node.items():
            if key in _IGNORED_KEYS or (key == "additionalProperties" and value is False):
                continue
            out[key] = "#/definitions/" + value.rsplit("/", 1)[1] if key == "$ref" else convert(value)
        return out

    by_module = {info.validator_module: convert(info.validator_schema) for info in operations}
    return {
        "definitions": {name: convert(schema) for name, schema in sorted(components.items())},
        "operations": by_module,
        "allOf": [{"$ref": f"#/operations/{module}"} for module in by_module],
    }


def write_validators(spec: dict[str, Any], operations: list[OperationInfo], directory: Path, header: str) -> list[Path]:
    """Compile the validators of ``operations`` into ``directory``; returns the files written."""
    schema = validation_schema(operations, spec.get("components", {}).get("schemas", {}))
    code = fastjsonschema.compile_to_code(copy.deepcopy(schema), use_default=False)
    compiled = ast.parse(code)
    preamble = [statement for statement in compiled.body if not isinstance(statement, ast.FunctionDef)]
    functions: dict[str, ast.FunctionDef] = {}
    for function in compiled.body:
        if isinstance(function, ast.FunctionDef):
            if function.name in functions:  # fastjsonschema lowercases names: `ImageUrl` and `ImageURL` collide
                raise ValueError(f"two schemas compile to one validator function, {function.name}: rename one")
            functions[function.name] = function
    calls = {name: _names(function) & functions.keys() - {name} for name, function in functions.items()}

    # Each function goes into the module of the one operation that reaches it, or else into the shared module.
    entries = _entry_functions(schema)
    users: dict[str, set[str]] = {}
    for module, entry in entries.items():
        for name in _reachable(entry, calls):
            users.setdefault(name, set()).add(module)
    home = {name: next(iter(used)) if len(used) == 1 else SHARED_MODULE for name, used in users.items()}

    directory.mkdir(parents=True, exist_ok=True)
    init = directory / "__init__.py"
    init.write_text(
        f'{header}\n"""Request validators: one module per operation, whose ``validate`` checks its arguments; the\n'
        f'validators of component schemas that two or more operations use are shared in ``{SHARED_MODULE}``."""\n',
        encoding="utf-8",
    )
    written = [init]
    docstrings = {
        info.validator_module: f"Validates the arguments of {info.operation_id} (wire names)" for info in operations
    }
    docstrings[SHARED_MODULE] = "Validates the component schemas that two or more operations use"
    for module, docstring in docstrings.items():
        # The operation's own function first, then its components by name.
        names = sorted(
            (name for name, where in home.items() if where == module), key=lambda n: (n != entries.get(module), n)
        )
        if not names:  # no component is shared
            continue
        imported = sorted({called for name in names for called in calls[name] if home[called] != module})
        if any(home[name] != SHARED_MODULE for name in imported):  # cannot happen: reaching is transitive
            raise AssertionError(f"{module} would call into another operation's module: {imported}")
        # Generated code is neither type-checked nor linted: fastjsonschema writes it, ruff only formats it.
        parts = [f'{header}\n# mypy: ignore-errors\n# ruff: noqa\n"""{docstring}; compiled by fastjsonschema."""']
        parts.append(_preamble(preamble, [functions[name] for name in names]))
        if imported:
            parts.append(f"from .{SHARED_MODULE} import {', '.join(imported)}")
        parts += [ast.get_source_segment(code, functions[name]) or "" for name in names]
        if module in entries:
            parts.append(f"validate = {entries[module]}")
        target = directory / f"{module}.py"
        target.write_text("\n\n\n".join(part for part in parts if part) + "\n", encoding="utf-8")
        written.append(target)
    return written


def _entry_functions(schema: dict[str, Any]) -> dict[str, str]:
    """Validator module -> the name of its operation's function, as fastjsonschema names the target of a ``$ref``."""
    resolver = RefResolver.from_schema(copy.deepcopy(schema), store={})  # a copy: the resolver rewrites $refs
    names: dict[str, str] = {}
    for module in schema["operations"]:
        with resolver.in_scope(f"#/operations/{module}"):
            names[module] = resolver.get_scope_name()
    return names


def _names(node: ast.AST) -> set[str]:
    """Every name ``node`` reads or binds."""
    return {child.id for child in ast.walk(node) if isinstance(child, ast.Name)}


def _reachable(start: str, calls: dict[str, set[str]]) -> set[str]:
    """``start`` and every function it calls, directly or through others."""
    seen = {start}
    pending = [start]
    while pending:
        for called in calls[pending.pop()] - seen:
            seen.add(called)
            pending.append(called)
    return seen


def _preamble(statements: list[ast.stmt], functions: list[ast.FunctionDef]) -> str:
    """The module-level statements (imports, compiled patterns) that ``functions`` need, and no others.

    ``REGEX_PATTERNS`` keeps only the patterns these functions look up, so each pattern is compiled in one module.
    """
    used = set().union(*(_names(function) for function in functions))
    patterns = {
        node.slice.value
        for function in functions
        for node in ast.walk(function)
        if isinstance(node, ast.Subscript)
        and isinstance(node.value, ast.Name)
        and node.value.id == "REGEX_PATTERNS"
        and isinstance(node.slice, ast.Constant)
    }
    kept: list[ast.stmt] = []
    for statement in reversed(statements):  # walk back, so a kept statement's own needs (`re`) are seen first
        if isinstance(statement, ast.Import | ast.ImportFrom):
            bound = {alias.asname or alias.name for alias in statement.names}
        elif isinstance(statement, ast.Assign):
            bound = {target.id for target in statement.targets if isinstance(target, ast.Name)}
        else:
            bound = set()
        if not bound & used:
            continue
        if isinstance(statement, ast.ImportFrom) and statement.module == "fastjsonschema":
            # Its exception classes, re-declared in the wrapper: validating never imports fastjsonschema.
            aliases = [ast.alias(RUNTIME_EXCEPTION, alias.asname or alias.name) for alias in statement.names]
            statement = ast.ImportFrom(RUNTIME_MODULE, aliases, 0)
        if isinstance(statement, ast.Assign) and isinstance(statement.value, ast.Dict) and "REGEX_PATTERNS" in bound:
            table = statement.value
            pairs = [
                (k, v) for k, v in zip(table.keys, table.values, strict=True) if getattr(k, "value", None) in patterns
            ]
            statement = copy.copy(statement)
            statement.value = ast.Dict([k for k, _ in pairs], [v for _, v in pairs])
        used |= _names(statement)
        kept.append(statement)
    return "\n".join(ast.unparse(statement) for statement in reversed(kept))
