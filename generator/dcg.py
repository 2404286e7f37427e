"""Run datamodel-code-generator (pinned 0.89.0) twice: msgspec response models and TypedDict parameter types,
each split into a package with one module per resource of the spec."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from importlib.metadata import version
from pathlib import Path
from typing import Any

from generator.operations import collect_operations
from generator.spec import Spec

__all__ = ["DCG_VERSION", "DcgError", "resource_schemas", "run_dcg"]

DCG_VERSION = "0.89.0"

# Flags for both runs. Without them DCG's output drifts from the spec: constraints as Field() calls or lost,
# Optional[...] spellings, enums as classes, a timestamp in every header.
COMMON_FLAGS: tuple[str, ...] = (
    "--input-file-type=openapi",
    "--openapi-scopes=schemas",  # component schemas only: params class names must equal the schema names
    "--use-annotated",
    "--field-constraints",  # constraints in Annotated metadata, where the msgspec output keeps them
    "--use-union-operator",
    "--use-title-as-name",  # an inline schema's `title` names its type (else a property's name may take a model's)
    "--use-standard-collections",
    "--enum-field-as-literal=all",
    "--disable-timestamp",  # else the header changes on every run
    "--strict-nullable",  # else required + nullable fields lose their None and real bodies fail to decode
    "--use-typed-nullable-map-values",
    "--keep-field-defaults-off-branch-roots",
    "--target-python-version=3.11",
    "--encoding=utf-8",
    # The generator formats with its pinned ruff afterwards; DCG's ruff-check formatter may rewrite imports for a
    # newer Python than the target.
    "--no-formatters",
)

# A name no schema can take; replaced after generation by the project's base class imported under an alias, since
# DCG renames a schema that collides with the base class name (the spec's `Model` would become `ModelModel`).
_BASE_PLACEHOLDER = "WushuangGeneratedModelBasePlaceholder"
_BASE_ALIAS = "_Model"

MODEL_FLAGS: tuple[str, ...] = (
    "--output-model-type=msgspec.Struct",
    f"--base-class=wushuang._core.model.{_BASE_PLACEHOLDER}",
    "--keyword-only",
    # Python names for attributes (`image_url`); msgspec still decodes the wire name (`field(name="imageUrl")`).
    "--snake-case-field",
)

PARAM_FLAGS: tuple[str, ...] = ("--output-model-type=typing.TypedDict",)  # keys stay wire names

MODELS_DOC = "Response, chunk and error models (msgspec Structs), one per component schema of the spec"
PARAMS_DOC = "Request parameter types (TypedDicts keyed by wire names), one per component schema"
# The module of the types two or more resources use (and of those no operation names: the error envelopes).
SHARED = "_shared"
# Every model names the public module `wushuang.types` (its repr, pickle and tracebacks), which exports each one
# under the same name. Their annotations are evaluated where they are defined (no `from __future__ import
# annotations`), so msgspec never looks names up in that module's namespace: it holds the models only.
PUBLIC_MODULE = "wushuang.types"
MODELS_EPILOGUE = f"""

for _name in __all__:
    globals()[_name].__module__ = "{PUBLIC_MODULE}"
"""


class DcgError(Exception):
    """datamodel-code-generator failed, warned, or produced something the post-processing does not expect."""


def run_dcg(spec: Spec, output_dir: Path) -> list[Path]:
    """Write the packages `models/` and `params/` into `output_dir`, one module per resource of the spec; returns
    the files written."""
    found = version("datamodel-code-generator")
    if found != DCG_VERSION:
        raise DcgError(f"datamodel-code-generator {DCG_VERSION} is pinned, found {found}")
    groups = resource_schemas(spec.document)
    with tempfile.TemporaryDirectory(prefix="wushuang-dcg-out-") as folder:
        models = Path(folder) / "models.py"
        params = Path(folder) / "params.py"
        _run(spec.path, models, (*COMMON_FLAGS, *MODEL_FLAGS))
        _run(spec.path, params, (*COMMON_FLAGS, *PARAM_FLAGS))
        model_source = _models_post_process(_drop_dcg_header(models.read_text("utf-8")))
        model_source = _custom_bases(spec, model_source).replace("from __future__ import annotations\n", "", 1)
        param_source = _drop_dcg_header(params.read_text("utf-8"))
    _check_schema_names(spec, "models", model_source)
    _check_schema_names(spec, "params", param_source)
    return [
        *_write_package(output_dir / "models", model_source, groups, MODELS_DOC, MODELS_EPILOGUE),
        *_write_package(output_dir / "params", param_source, groups, PARAMS_DOC, ""),
    ]


def resource_schemas(document: dict[str, Any]) -> dict[str, set[str]]:
    """Top-level resource (``chat``, ``beta``, ...) -> the component schemas its operations refer to."""
    by_id = {info.operation_id: info for info in collect_operations(document)}
    groups: dict[str, set[str]] = {}
    for item in document.get("paths", {}).values():
        for operation in item.values():
            if not isinstance(operation, dict) or operation.get("operationId") not in by_id:
                continue
            info = by_id[operation["operationId"]]
            names = groups.setdefault(info.resource.split(".")[0], set())
            names.update(_references([operation, item.get("parameters", [])]))
            names.update(name for name in (info.model, info.stream_model, info.item_model) if name)
    return groups


def _references(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield value.rsplit("/", 1)[1]
            else:
                yield from _references(value)
    elif isinstance(node, list):
        for value in node:
            yield from _references(value)


def _write_package(package: Path, source: str, groups: dict[str, set[str]], doc: str, epilogue: str) -> list[Path]:
    """Split DCG's one module into `package`: a module per resource with the types only it reaches, `_shared` with
    the others, and an `__init__` that imports each name's module on first use (``models.ChatCompletionTool``)."""
    tree = ast.parse(source)
    first = next(i for i, node in enumerate(tree.body) if _defined(node))
    header = tree.body[:first]
    definitions = {name: node for node in tree.body[first:] for name in _defined(node)}
    if any(not _defined(node) for node in tree.body[first:]):
        raise DcgError(f"{package.name}: DCG wrote a statement that defines no type after the first type")
    uses = {name: _names(node) & definitions.keys() - {name} for name, node in definitions.items()}
    reached: dict[str, set[str]] = {}
    for resource, names in groups.items():
        pending = [name for name in names if name in definitions]
        while pending:
            name = pending.pop()
            if resource not in reached.setdefault(name, set()):
                reached[name].add(resource)
                pending += uses[name]
    home = {name: next(iter(reached[name])) if len(reached.get(name, ())) == 1 else SHARED for name in definitions}
    lines = source.splitlines()

    def text(node: ast.stmt) -> str:
        start = node.decorator_list[0].lineno if isinstance(node, ast.ClassDef) and node.decorator_list else node.lineno
        return "\n".join(lines[start - 1 : node.end_lineno])

    package.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    modules = sorted(set(home.values()))
    exported: dict[str, list[str]] = {}
    for module in modules:
        nodes = [node for node in tree.body[first:] if home[_defined(node)[0]] == module]
        body = "\n\n\n".join(text(node) for node in nodes)
        used = set().union(*(_names(node) for node in nodes))
        # The header's imports these types use, then those the kept ones use (`TYPE_CHECKING`, by the Literal
        # switch); `from __future__` always.
        needed = set(used)
        for _ in range(2):
            kept = [node for node in header if _bound(node) & needed or getattr(node, "module", "") == "__future__"]
            needed |= set().union(*map(_names, kept))
        imports = [text(node) for node in kept]
        others: dict[str, list[str]] = {}
        for name in sorted(used & definitions.keys()):
            if home[name] != module:
                others.setdefault(home[name], []).append(name)
        # Before the `if TYPE_CHECKING` switch of Literal, with the other imports.
        at = next((i for i, node in enumerate(kept) if isinstance(node, ast.If)), len(kept))
        imports[at:at] = [f"from .{other} import {', '.join(names)}" for other, names in sorted(others.items())]
        exported[module] = sorted(name for node in nodes if isinstance(node, ast.ClassDef) for name in _defined(node))
        listing = "".join(f'    "{name}",\n' for name in exported[module])
        what = "shared by several resources" if module == SHARED else f"of the {module} resource"
        target = package / f"{module}.py"
        target.write_text(
            f'"""{doc}: those {what}."""\n\n'
            + "\n".join(imports)
            + f"\n\n\n{body}\n\n\n__all__ = [\n{listing}]\n{epilogue}",
            "utf-8",
        )
        written.append(target)
    every = sorted(home)
    init = package / "__init__.py"
    init.write_text(
        f'"""{doc}, in one module per resource of the spec (``{SHARED}``: those several resources use); each\n'
        'module is imported when one of its names is first used."""\n\n'
        "from __future__ import annotations\n\nimport importlib\nfrom typing import TYPE_CHECKING, Any\n\n"
        "if TYPE_CHECKING:  # every name, the type aliases too (`as`: exported)\n"
        + "".join(
            f"    from .{module} import {', '.join(f'{name} as {name}' for name in every if home[name] == module)}\n"
            for module in modules
        )
        + "\n_MODULES: dict[str, str] = {\n"
        + "".join(f'    "{name}": "{home[name]}",\n' for name in every)
        + "}\n\n__all__ = [\n"
        + "".join(f'    "{name}",\n' for name in sorted(name for names in exported.values() for name in names))
        + "]\n\n\n"
        "def __getattr__(name: str) -> Any:\n"
        "    module = _MODULES.get(name)\n"
        "    if module is None:\n"
        '        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")\n'
        '    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)\n'
        "    globals()[name] = value\n"
        "    return value\n\n\n"
        "def __dir__() -> list[str]:\n"
        "    return sorted(__all__)\n",
        "utf-8",
    )
    return [init, *written]


def _defined(node: ast.stmt) -> list[str]:
    """The type names a top-level statement of DCG's output defines."""
    if isinstance(node, ast.ClassDef):
        return [node.name]
    if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
        return [node.target.id]
    if isinstance(node, ast.Assign):
        return [target.id for target in node.targets if isinstance(target, ast.Name)]
    return []


def _bound(node: ast.stmt) -> set[str]:
    """The names an import (or an ``if TYPE_CHECKING`` block of imports) binds."""
    return {
        alias.asname or alias.name.split(".")[0]
        for child in ast.walk(node)
        if isinstance(child, ast.Import | ast.ImportFrom)
        for alias in child.names
    }


def _names(node: ast.AST) -> set[str]:
    return {child.id for child in ast.walk(node) if isinstance(child, ast.Name)}


def _run(spec_path: Path, output: Path, flags: tuple[str, ...]) -> None:
    command = [
        sys.executable,
        "-m",
        "datamodel_code_generator",
        f"--input={spec_path}",
        f"--output={output}",
        *flags,
    ]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    # Anything on stderr (a warning about the spec or a deprecated flag) fails the run rather than scroll by.
    if result.returncode != 0 or result.stderr.strip():
        raise DcgError(
            f"datamodel-code-generator failed (exit {result.returncode}) writing {output.name}:\n"
            f"{result.stderr.strip() or result.stdout.strip()}"
        )


def _drop_dcg_header(source: str) -> str:
    """Remove DCG's `# generated by datamodel-codegen` comment block (the generator writes its own header)."""
    lines = source.splitlines(keepends=True)
    while lines and (lines[0].startswith("#") or not lines[0].strip()):
        lines.pop(0)
    return "".join(lines)


# `X | UnsetType = UNSET` / `X | None | UnsetType = field(..., default=UNSET)`: DCG's msgspec output for a field
# that is not required. The SDK reads absent fields as None, so such a field becomes `X | None = None`.
_UNSET_HINT = re.compile(r"(?: \| None)? \| UnsetType(?= = )")
_UNSET_DEFAULT = re.compile(r"(= |default=)UNSET\b")


_TAGGED = re.compile(r"""^class \w+\(.*\btag_field=["'](\w+)["'], tag=["']([^"']+)["']\):$""")


def _tag_properties(source: str) -> str:
    """Give each tagged Struct its tag as a read-only attribute (msgspec keeps a tag out of the fields), so that
    ``event.event`` or ``part.type`` reads as on the wire; the property goes at the end of the class body."""
    out: list[str] = []
    tag: tuple[str, str] | None = None
    for line in [*source.splitlines(), ""]:
        if tag is not None and line and not line.startswith((" ", "\t")):
            while out and not out[-1].strip():
                out.pop()
            name, value = tag
            out += [
                "",
                "    @property",
                f"    def {name}(self) -> Literal[{value!r}]:",
                f'        """Always ``{value}`` (the tag that selects this type)."""',
                f"        return {value!r}",
                "",
                "",
            ]
            tag = None
        found = _TAGGED.match(line)
        if found:
            tag = (found.group(1), found.group(2))
        out.append(line)
    return "\n".join(out).rstrip("\n") + "\n"


# Responses are decoded liberally, as real servers send them (LiteLLM, llama.cpp and gateways leave out fields the
# spec requires, send values an enum does not list, or numbers out of a documented range); requests are checked by
# the generated validators, never by these models. So in models.py: a field the spec requires reads as None when a
# server leaves it out (its type stays as the spec says: `completion.choices[0].text` is a `str` to mypy), an enum
# is a `Literal` to mypy but its values' plain type to msgspec (`_core.model.OpenLiteral`), and no range or length is
# enforced.
_CONSTRAINTS = frozenset({"ge", "gt", "le", "lt", "min_length", "max_length", "pattern", "multiple_of"})


def _absent_reads_none(source: str) -> str:
    """`name: T` (required) becomes `name: T = _ABSENT`, whose value is None: a missing field decodes as None."""
    lines = source.splitlines()
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.ClassDef):
            continue
        for item in node.body:
            if not (isinstance(item, ast.AnnAssign) and item.end_lineno == item.lineno):
                continue
            line = lines[item.lineno - 1]
            if item.value is None:
                lines[item.lineno - 1] = f"{line} = _ABSENT"
            elif isinstance(item.value, ast.Call) and not any(k.arg == "default" for k in item.value.keywords):
                if not (isinstance(item.value.func, ast.Name) and item.value.func.id == "field"):
                    raise DcgError(f"models.py: a field of {node.name} has a default this generator does not know")
                assert line.endswith(")")
                lines[item.lineno - 1] = f"{line[:-1]}, default=_ABSENT)"
    return "\n".join(lines) + "\n"


def _drop_constraints(source: str) -> str:
    """Remove the range, length and pattern keywords of every `Meta(...)`; a Meta left empty goes with its
    `Annotated`. Edits that overlap wait for the next pass, so nested annotations are rewritten inside out."""
    while True:
        edits = _constraint_edits(source)
        if not edits:
            return source
        applied: list[tuple[int, int, str]] = []
        for start, end, replacement in sorted(edits, key=lambda edit: edit[1] - edit[0]):  # innermost first
            if all(end <= other_start or other_end <= start for other_start, other_end, _ in applied):
                applied.append((start, end, replacement))
        raw = source.encode("utf-8")
        for start, end, replacement in sorted(applied, reverse=True):
            raw = raw[:start] + replacement.encode("utf-8") + raw[end:]
        source = raw.decode("utf-8")


def _constraint_edits(source: str) -> list[tuple[int, int, str]]:
    """(start, end, replacement) byte spans: each `Meta(...)` without its constraints, or an `Annotated[T, Meta(...)]`
    whose Meta holds nothing else as `T`."""
    raw = source.encode("utf-8")
    starts = [0]
    for line in source.splitlines(keepends=True):
        starts.append(starts[-1] + len(line.encode("utf-8")))

    def span(node: ast.expr) -> tuple[int, int]:
        assert node.end_lineno is not None and node.end_col_offset is not None
        return starts[node.lineno - 1] + node.col_offset, starts[node.end_lineno - 1] + node.end_col_offset

    def text(node: ast.expr) -> str:
        return raw[slice(*span(node))].decode("utf-8")

    edits: list[tuple[int, int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name)):
            continue
        if node.value.id != "Annotated" or not isinstance(node.slice, ast.Tuple):
            continue
        inner, *metas = node.slice.elts
        for meta in metas:
            if not (isinstance(meta, ast.Call) and isinstance(meta.func, ast.Name) and meta.func.id == "Meta"):
                continue
            kept = [keyword for keyword in meta.keywords if keyword.arg not in _CONSTRAINTS]
            if len(kept) == len(meta.keywords):
                continue
            if kept or len(metas) > 1:
                edits.append((*span(meta), f"Meta({', '.join(f'{k.arg}={text(k.value)}' for k in kept)})"))
            else:
                edits.append((*span(node), text(inner)))
    return edits


def _models_post_process(source: str) -> str:
    source = _drop_constraints(source)
    source = _absent_reads_none(source)
    source = _tag_properties(source)
    source = _UNSET_HINT.sub(" | None", source)
    source = _UNSET_DEFAULT.sub(r"\1None", source)
    source = source.replace(
        f"from wushuang._core.model import {_BASE_PLACEHOLDER}",
        "from wushuang._core.model import ABSENT as _ABSENT\n"
        f"from wushuang._core.model import Model as {_BASE_ALIAS}\n\n"
        # An enum is its values' plain type to msgspec (a value the spec does not list is read, not refused), and a
        # Literal to type checkers and linters.
        "if not TYPE_CHECKING:\n    from wushuang._core.model import OpenLiteral as Literal\n"
        "else:\n    from typing import Literal\n",
    )
    source = re.sub(rf"\b{_BASE_PLACEHOLDER}\b", _BASE_ALIAS, source)
    source = re.sub(
        r"^from typing import (.*)$",
        lambda m: (
            "from typing import " + ", ".join(["TYPE_CHECKING", *(n for n in m[1].split(", ") if n != "Literal")])
        ),
        source,
        count=1,
        flags=re.MULTILINE,
    )
    leftovers = [
        line.strip()
        for line in source.splitlines()
        if ("UnsetType" in line or re.search(r"\bUNSET\b", line)) and not line.startswith("from msgspec import")
    ]
    if leftovers:
        raise DcgError(
            "models.py: DCG wrote msgspec UNSET in a form the post-processing does not rewrite to None:\n  "
            + "\n  ".join(leftovers[:10])
        )
    return source


# A class of a private module of `wushuang` (`midjourney._task_fields.TaskFields`, `_core.model.DataList[Model]`).
_PRIVATE_MODULE = r"(?:[a-z][a-z0-9_]*\.)*_[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)*"
_CUSTOM_BASE = re.compile(rf"({_PRIVATE_MODULE})\.([A-Z][A-Za-z0-9]*)(\[[A-Z][A-Za-z0-9]*\])?")


def _custom_bases(spec: Spec, source: str) -> str:
    """`x-sdk-base: <private module>.Class` on a component schema: its model derives from that class of
    `wushuang` (itself a subclass of the common base) instead, or from `Class[Item]` for a generic one, so that
    hand-written behaviour sits next to the wire values: read-only properties derived from them (a task's progress
    as a number, its times as datetimes), or iteration over a one-page list answer's `data`."""
    schemas = spec.document.get("components", {}).get("schemas", {})
    imports: list[str] = []
    for name, schema in sorted(schemas.items()):
        base = schema.get("x-sdk-base") if isinstance(schema, dict) else None
        if base is None:
            continue
        match = _CUSTOM_BASE.fullmatch(base) if isinstance(base, str) else None
        if match is None:
            raise DcgError(f"components.schemas.{name}: x-sdk-base {base!r} is not <private module>.<Class>[<Model>]")
        module, cls, parameter = match.groups()
        header = f"class {name}({_BASE_ALIAS}, kw_only=True):"
        if source.count(header) != 1:
            raise DcgError(f"components.schemas.{name}: x-sdk-base needs an object model, found no {header!r}")
        source = source.replace(header, f"class {name}(_{cls}{parameter or ''}, kw_only=True):")
        line = f"from wushuang.{module} import {cls} as _{cls}"
        if line not in imports:
            imports.append(line)
    anchor = f"from wushuang._core.model import Model as {_BASE_ALIAS}\n"
    return source.replace(anchor, anchor + "".join(line + "\n" for line in imports), 1)


def _check_schema_names(spec: Spec, package: str, text: str) -> None:
    """The emitter refers to `params.<ComponentName>` / `models.<ComponentName>`: every schema keeps its name."""
    classes = set(re.findall(r"^class (\w+)\(|^(\w+) = TypedDict\(", text, re.MULTILINE))
    classes = {name for pair in classes for name in pair if name}
    defined = classes | set(re.findall(r"^(\w+)(?:: TypeAlias)? = ", text, re.MULTILINE))
    schemas = spec.document.get("components", {}).get("schemas", {})
    # An object schema is a class: under its name, an alias means DCG gave the name to another type (an inline
    # schema named after its property) and renamed the model.
    missing = sorted(
        name
        for name, schema in schemas.items()
        if name not in (classes if isinstance(schema, dict) and schema.get("properties") else defined)
    )
    if missing:
        raise DcgError(f"{package} lacks types named after these component schemas: {', '.join(missing)}")
