"""What the command line needs per operation (``wushuang api <name>``): each argument's option kind and help.

The emitter renders ``templates/wrapper/cli.py.jinja`` (one module per resource) and ``cli_index.py.jinja`` from
``cli_commands``: plain data, so ``wushuang`` loads only the module of the command it runs and builds a click
command only for it.
"""

from __future__ import annotations

import ast
import re
from typing import Any

from generator.operations import OperationInfo, ParamInfo, module_name

__all__ = ["cli_commands"]

_SCALARS = {"str": "str", "int": "int", "float": "float", "bool": "bool"}
_LITERAL = re.compile(r"Literal\[(.*)\]")


def _union_parts(annotation: str) -> list[str]:
    """The top-level members of a `A | B[C | D] | None` annotation, `None` left out."""
    parts: list[str] = []
    depth, start = 0, 0
    for index, char in enumerate(annotation):
        depth += {"[": 1, "]": -1}.get(char, 0)
        if depth == 0 and annotation.startswith(" | ", index):
            parts.append(annotation[start:index])
            start = index + 3
    parts.append(annotation[start:])
    return [part for part in parts if part != "None"]


def _choices(part: str) -> list[str] | None:
    match = _LITERAL.fullmatch(part)
    if match is None:
        return None
    values = ast.literal_eval(f"[{match.group(1)}]")  # the repr()s operations.py wrote
    return [str(value) for value in values] if all(isinstance(value, str) for value in values) else None


def _kind(param: ParamInfo) -> tuple[str, list[str]]:
    """The option kind of an argument (see the template's docstring) and its choices."""
    if param.binary:
        return "file", []
    if param.data_url:
        return param.data_url, []  # image | images
    parts = _union_parts(param.annotation)
    literals = [_choices(part) for part in parts]
    if all(choices is not None for choices in literals):
        return "choice", [value for choices in literals for value in choices or []]
    if len(parts) == 1 and parts[0] in _SCALARS:
        return _SCALARS[parts[0]], []
    text = any(part == "str" or choices is not None for part, choices in zip(parts, literals, strict=True))
    return ("json_or_text" if text else "json"), []


def _help(text: str) -> str:
    return " ".join(text.split())


def _fallback_help(param: ParamInfo, kind: str) -> str:
    """The help of an argument the spec does not describe: its type, and how a value is given."""
    given = {"json": ", as JSON", "json_or_text": ", as JSON or text", "file": ", as @FILE"}.get(kind, "")
    return f"{param.type_text}{given}."


def cli_commands(operations: list[OperationInfo]) -> list[dict[str, Any]]:
    """One entry per operation: its command name (the SDK method path), the module that describes it, summary, help
    and options."""
    commands = []
    for info in operations:
        options = []
        for param in info.params:
            kind, choices = _kind(param)
            options.append(
                {
                    "name": param.python,
                    "kind": kind,
                    "required": param.required,
                    "help": _help(param.description) or _fallback_help(param, kind),
                    "choices": tuple(choices),
                }
            )
        commands.append(
            {
                "name": f"{info.resource}.{info.name}",
                "module": module_name(info.resource),
                "operation_id": info.operation_id,
                "summary": _help(info.summary).rstrip("."),
                "help": _help(info.description),
                "stream": info.stream_model is not None,
                "binary": info.response_kind == "binary",
                "options": options,
            }
        )
    return commands
