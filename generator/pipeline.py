"""`generate`: build every generated tree in a staging folder, then move it into place; `check`: compare trees."""

from __future__ import annotations

import dataclasses
import difflib
import importlib
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.dcg import DCG_VERSION, run_dcg
from generator.formatting import HEADER_PREFIX, RUFF_VERSION, clean_caches, format_python, mark_generated
from generator.opc import OPC_VERSION, run_opc
from generator.operations import collect_operations
from generator.packaging import DISTRIBUTION_FILES, write_distribution_files
from generator.spec import HEADER_SOURCE, Spec, load_spec

__all__ = [
    "CLIENT_DIR",
    "GENERATED_DIR",
    "MANIFEST",
    "REPO_ROOT",
    "SPEC_COPY",
    "Comparison",
    "build",
    "compare",
    "generate",
]

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SPEC = REPO_ROOT / HEADER_SOURCE

# Where the generated trees live, relative to a root (the repository, or a temporary folder).
CLIENT_DIR = Path("generated_client")  # replaced whole
GENERATED_DIR = Path("wrapper/src/wushuang/_generated")  # only the generated files; __init__.py is hand-written
# The one file that names the spec's hash (and the generators' versions): generated files carry a fixed header, so
# a spec change touches only the files it really changes, and this one.
MANIFEST = GENERATED_DIR / "MANIFEST.toml"
SPEC_COPY = Path("wrapper/src/wushuang/testing/wushuang.yaml")
# Single generated files outside those trees: the packaged spec, and each distribution's packaging files.
SINGLE_FILES = [SPEC_COPY, *DISTRIBUTION_FILES]

_IGNORED_PARTS = frozenset({"__pycache__", ".ruff_cache", ".mypy_cache", ".pytest_cache"})

Emit = Callable[[dict[str, Any], Path], None]


@dataclass
class Timings:
    """Seconds spent per step of one build, for the report line."""

    steps: dict[str, float] = field(default_factory=dict)

    @contextmanager
    def step(self, name: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.steps[name] = time.perf_counter() - start

    def __str__(self) -> str:
        return ", ".join(f"{name} {seconds:.1f}s" for name, seconds in self.steps.items())


def build(spec: Spec, root: Path, *, notices: list[str] | None = None) -> Timings:
    """Write every generated file for `spec` under `root`, which must not hold them yet."""
    timings = Timings()
    notices = notices if notices is not None else []
    generated = root / GENERATED_DIR
    with timings.step("spec"):
        collect_operations(spec.document)  # the spec's mistakes, as one line each, before any generator meets them
    with timings.step("openapi-python-client"):
        run_opc(spec, root / CLIENT_DIR)
        clean_caches(root / CLIENT_DIR)
    with timings.step("datamodel-code-generator"), tempfile.TemporaryDirectory(prefix="wushuang-dcg-") as folder:
        # DCG reads a file, not a mapping: it gets the normalised document (inline schemas named), not the author's.
        normalised = Path(folder) / spec.path.name
        spec.write_document(normalised)
        run_dcg(dataclasses.replace(spec, path=normalised), generated)
    with timings.step("emitter"):
        emit = _load_emitter()
        if emit is None:
            notices.append("generator/emitter.py does not exist yet: resources/operations/validators not emitted")
        else:
            emit(spec.document, generated)
    with timings.step("ruff"):
        python_files = [*sorted((root / CLIENT_DIR).rglob("*.py")), *sorted(generated.rglob("*.py"))]
        format_python(python_files, markdown=sorted((root / CLIENT_DIR).rglob("*.md")))
    copy = root / SPEC_COPY
    copy.parent.mkdir(parents=True, exist_ok=True)
    copy.write_bytes(spec.raw)
    write_distribution_files(spec, root)  # after OPC: replaces the pyproject.toml it wrote
    _write_manifest(spec, root / MANIFEST)
    for path in [*sorted(_files(root / CLIENT_DIR)), *sorted(_files(generated)), *(root / f for f in SINGLE_FILES)]:
        mark_generated(path)
    clean_caches(root)
    return timings


def _write_manifest(spec: Spec, path: Path) -> None:
    """The spec's hash and the pinned generators' versions, for both distributions' generated code."""
    path.write_text(
        "# Every generated file of generated_client/ and wrapper/ comes from this spec, by these generators.\n\n"
        f'[spec]\npath = "{HEADER_SOURCE}"\nsha256 = "{spec.sha256}"\n\n'
        f'[generators]\nopenapi-python-client = "{OPC_VERSION}"\ndatamodel-code-generator = "{DCG_VERSION}"\n'
        f'ruff = "{RUFF_VERSION}"\n',
        encoding="utf-8",
    )


def _load_emitter() -> Emit | None:
    try:
        module = importlib.import_module("generator.emitter")
    except ModuleNotFoundError as error:
        if error.name == "generator.emitter":
            return None
        raise
    emit: Emit = module.emit
    return emit


def generate(root: Path = REPO_ROOT, spec_path: Path = DEFAULT_SPEC) -> tuple[Spec, Timings, list[str]]:
    """Regenerate every tree under `root` from the spec; on failure nothing under `root` has changed."""
    spec = load_spec(spec_path)
    root.mkdir(parents=True, exist_ok=True)
    notices: list[str] = []
    # Staged below root so the final moves are renames on one file system.
    staging = Path(tempfile.mkdtemp(prefix=".wushuang-generate-", dir=root))
    try:
        timings = build(spec, staging, notices=notices)
        with timings.step("install"):
            _install(staging, root)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return spec, timings, notices


def _install(staging: Path, root: Path) -> None:
    # generated_client/: swap the whole folder.
    target = root / CLIENT_DIR
    if target.exists():
        os.replace(target, staging / "previous-client")
    os.replace(staging / CLIENT_DIR, target)
    # _generated/: replace the generated files, remove generated files the spec no longer produces.
    fresh = staging / GENERATED_DIR
    destination = root / GENERATED_DIR
    destination.mkdir(parents=True, exist_ok=True)
    produced = {path.relative_to(fresh) for path in _files(fresh)}
    for stale in _generated_files(destination) - produced:
        (destination / stale).unlink()
    for relative in sorted(produced):
        (destination / relative).parent.mkdir(parents=True, exist_ok=True)
        os.replace(fresh / relative, destination / relative)
    for single in SINGLE_FILES:
        if not single.is_relative_to(CLIENT_DIR):  # the client's are in the folder swapped above
            (root / single).parent.mkdir(parents=True, exist_ok=True)
            os.replace(staging / single, root / single)


def _files(directory: Path) -> Iterator[Path]:
    if not directory.is_dir():
        return
    for path in directory.rglob("*"):
        if path.is_file() and not _IGNORED_PARTS.intersection(path.relative_to(directory).parts):
            if path.suffix != ".pyc":
                yield path


def _generated_files(directory: Path) -> set[Path]:
    """Files below `directory` that carry the generated header (hand-written ones, like __init__.py, do not)."""
    found: set[Path] = set()
    for path in _files(directory):
        with path.open("rb") as handle:
            first = handle.readline().decode("utf-8", errors="replace")
        if HEADER_PREFIX in first:
            found.add(path.relative_to(directory))
    return found


def _tree(root: Path, *, fresh: bool) -> dict[Path, Path]:
    """Relative path -> file, for every generated file under `root`."""
    files: dict[Path, Path] = {}
    for path in _files(root / CLIENT_DIR):
        files[path.relative_to(root)] = path
    generated = root / GENERATED_DIR
    names = {path.relative_to(generated) for path in _files(generated)} if fresh else _generated_files(generated)
    for name in names:
        files[GENERATED_DIR / name] = generated / name
    for single in SINGLE_FILES:
        if (root / single).is_file():
            files[single] = root / single
    return files


@dataclass(frozen=True)
class Comparison:
    """The differences between a committed tree and a fresh generation."""

    changed: list[Path]  # files whose content differs, or that exist on one side only
    diff: list[str]  # unified diff of those files

    @property
    def up_to_date(self) -> bool:
        return not self.changed


def compare(root: Path = REPO_ROOT, spec_path: Path = DEFAULT_SPEC) -> tuple[Comparison, list[str]]:
    """Regenerate into a temporary folder and compare every generated file with the tree under `root`."""
    spec = load_spec(spec_path)
    notices: list[str] = []
    with tempfile.TemporaryDirectory(prefix="wushuang-check-") as temporary:
        fresh_root = Path(temporary)
        build(spec, fresh_root, notices=notices)
        fresh = _tree(fresh_root, fresh=True)
        committed = _tree(root, fresh=False)
        changed: list[Path] = []
        diff: list[str] = []
        for relative in sorted(fresh.keys() | committed.keys()):
            old = committed[relative].read_bytes() if relative in committed else None
            new = fresh[relative].read_bytes() if relative in fresh else None
            if old != new:
                changed.append(relative)
                diff += _unified(relative, old, new)
    return Comparison(changed=changed, diff=diff), notices


def _unified(relative: Path, old: bytes | None, new: bytes | None) -> list[str]:
    def lines(data: bytes | None) -> list[str]:
        return [] if data is None else data.decode("utf-8", errors="replace").splitlines(keepends=True)

    name = relative.as_posix()
    result = list(
        difflib.unified_diff(
            lines(old),
            lines(new),
            fromfile=f"committed/{name}" if old is not None else "/dev/null",
            tofile=f"generated/{name}" if new is not None else "/dev/null",
        )
    )
    if not result:  # same text, different bytes (line endings, encoding)
        result = [f"--- committed/{name}\n", f"+++ generated/{name}\n", "@@ bytes differ (not in text) @@\n"]
    return [line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in result]
