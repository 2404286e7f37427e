"""Run datamodel-code-generator (pinned 0.89.0) twice: msgspec response models and TypedDict parameter types."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

from generator.spec import Spec

__all__ = ["DCG_VERSION", "DcgError", "run_dcg"]

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
    f"--base-class=wushuang._model.{_BASE_PLACEHOLDER}",
    "--keyword-only",
    # Python names for attributes (`image_url`); msgspec still decodes the wire name (`field(name="imageUrl")`).
    "--snake-case-field",
)

PARAM_FLAGS: tuple[str, ...] = ("--output-model-type=typing.TypedDict",)  # keys stay wire names

MODELS_PREAMBLE = '"""Response, chunk and error models (msgspec Structs), one per component schema of the spec."""\n'
# Reprs and tracebacks name the public module of the models, `wushuang.types`, which re-exports every one of them
# (`__all__`: the models only) under the same name; msgspec resolves a model's annotations in the namespace of its
# __module__, which therefore holds this module's other names too, and is imported before the models are renamed.
MODELS_EPILOGUE = """

import wushuang.types as _public  # noqa: E402

for _value in list(globals().values()):
    if isinstance(_value, type) and _value.__module__ == __name__:
        _value.__module__ = _public.__name__
"""
PARAMS_PREAMBLE = '"""Request parameter types (TypedDicts keyed by wire names), one per component schema."""\n'


class DcgError(Exception):
    """datamodel-code-generator failed, warned, or produced something the post-processing does not expect."""


def run_dcg(spec: Spec, output_dir: Path) -> list[Path]:
    """Write `models.py` and `params.py` into `output_dir` and return their paths."""
    found = version("datamodel-code-generator")
    if found != DCG_VERSION:
        raise DcgError(f"datamodel-code-generator {DCG_VERSION} is pinned, found {found}")
    output_dir.mkdir(parents=True, exist_ok=True)
    models = output_dir / "models.py"
    params = output_dir / "params.py"
    _run(spec.path, models, (*COMMON_FLAGS, *MODEL_FLAGS))
    source = _models_post_process(_drop_dcg_header(models.read_text("utf-8")))
    source = _custom_bases(spec, source)
    exported = "".join(f'    "{name}",\n' for name in sorted(re.findall(r"^class (\w+)\(", source, re.MULTILINE)))
    models.write_text(f"{MODELS_PREAMBLE}{source}\n\n__all__ = [\n{exported}]\n{MODELS_EPILOGUE}", "utf-8")
    _run(spec.path, params, (*COMMON_FLAGS, *PARAM_FLAGS))
    params.write_text(PARAMS_PREAMBLE + _drop_dcg_header(params.read_text("utf-8")), "utf-8")
    _check_schema_names(spec, models)
    _check_schema_names(spec, params)
    return [models, params]


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
# is a `Literal` to mypy but its values' plain type to msgspec (`_model.OpenLiteral`), and no range or length is
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
        f"from wushuang._model import {_BASE_PLACEHOLDER}",
        f"from wushuang._model import ABSENT as _ABSENT\nfrom wushuang._model import Model as {_BASE_ALIAS}\n\n"
        # An enum is its values' plain type to msgspec (a value the spec does not list is read, not refused), and a
        # Literal to type checkers and linters.
        "if not TYPE_CHECKING:\n    from wushuang._model import OpenLiteral as Literal\n"
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


_CUSTOM_BASE = re.compile(r"((?:[a-z][a-z0-9_]*\.)?_[a-z][a-z0-9_]*)\.([A-Z][A-Za-z0-9]*)(\[[A-Z][A-Za-z0-9]*\])?")


def _custom_bases(spec: Spec, source: str) -> str:
    """`x-sdk-base: [package.]_module.Class` on a component schema: its model derives from that class of
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
    anchor = f"from wushuang._model import Model as {_BASE_ALIAS}\n"
    return source.replace(anchor, anchor + "".join(line + "\n" for line in imports), 1)


def _check_schema_names(spec: Spec, module: Path) -> None:
    """The emitter refers to `params.<ComponentName>` / `models.<ComponentName>`: every schema keeps its name."""
    text = module.read_text("utf-8")
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
        raise DcgError(f"{module.name} lacks types named after these component schemas: {', '.join(missing)}")
