"""`python -m generator stats`: how large the generated code is, and how far a small spec change reaches.

Prints the generated wrapper's lines per operation (every ``.py`` under ``wrapper/src/wushuang/_generated``), and
of them those of the validators and the rest, the largest generated files, and how many generated files a
one-line change of one operation's ``description`` changes: the spec is copied with that line added, generated
into a temporary folder and compared with the committed trees (which ``check`` keeps equal to a fresh
generation of the spec itself).
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

import yaml  # type: ignore[import-untyped]

from generator.operations import collect_operations
from generator.pipeline import CLIENT_DIR, DEFAULT_SPEC, GENERATED_DIR, REPO_ROOT, SINGLE_FILES, compare
from generator.spec import load_spec, parse_yaml

__all__ = ["add_arguments", "run"]

VALIDATORS = Path("validators")
LARGEST = 10
ADDED_LINE = "One more line of description."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--root", type=Path, default=REPO_ROOT, help="folder the generated trees live in")
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC, help="the OpenAPI 3.1 spec they come from")
    parser.add_argument(
        "--operation", help="the operationId whose description gets one more line (default: the spec's first)"
    )


def run(args: argparse.Namespace) -> int:
    root, spec = args.root.resolve(), load_spec(args.spec.resolve())
    count = len(collect_operations(spec.document))
    generated = root / GENERATED_DIR
    wrapper = [path for path in generated.rglob("*.py") if VALIDATORS not in path.relative_to(generated).parents]
    validators = sorted((generated / VALIDATORS).rglob("*.py"))
    print(f"operations: {count}")
    shares = (("generated wrapper", [*wrapper, *validators]), ("  validators", validators), ("  the rest", wrapper))
    for label, files in shares:
        lines = sum(_lines(path) for path in files)
        print(f"{label}: {lines} lines in {len(files)} files, {lines / count:.0f} per operation")
    every = {path for path in (root / CLIENT_DIR).rglob("*") if path.is_file()} | set(generated.rglob("*.py"))
    every |= {root / single for single in SINGLE_FILES}
    print("largest generated files, lines:")
    for path in sorted(every, key=_lines, reverse=True)[:LARGEST]:
        print(f"  {_lines(path):6}  {path.relative_to(root).as_posix()}")
    operation_id, changed = _one_line_change(root, spec.raw, args.operation)
    print(f"files changed by a one-line description change of {operation_id}: {len(changed)}")
    for relative in changed:
        print(f"  {relative.as_posix()}")
    return 0


def _lines(path: Path) -> int:
    return len(path.read_bytes().splitlines())


def _one_line_change(root: Path, raw: bytes, operation_id: str | None) -> tuple[str, list[Path]]:
    """The operation changed, and the generated files that differ from the committed ones once its description has
    one more line."""
    document = parse_yaml(raw)
    operations = [op for item in document["paths"].values() for op in item.values() if isinstance(op, dict)]
    operations = [op for op in operations if "operationId" in op]
    chosen = next((op for op in operations if operation_id in (None, op["operationId"])), None)
    if chosen is None:
        raise SystemExit(f"stats: no operation {operation_id!r} in the spec")
    chosen["description"] = f"{chosen.get('description', '').rstrip()}\n{ADDED_LINE}".lstrip()
    with tempfile.TemporaryDirectory(prefix="wushuang-stats-") as folder:
        edited = Path(folder) / "wushuang.yaml"
        edited.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True), encoding="utf-8")
        comparison, _ = compare(root, edited)
    return str(chosen["operationId"]), comparison.changed
