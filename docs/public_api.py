"""The public names of the package, and the check of the built reference against them.

``public_names`` lists every name a user imports (``wushuang.RateLimitError``, ``wushuang.types.Task``,
``wushuang.batch.run_batch``, ...) with the one name the reference documents it under: an object exported twice
(``wushuang.midjourney.split_grid`` is ``wushuang.split_grid``; ``wushuang.types.chat.ChatCompletion`` is
``wushuang.types.CreateChatCompletionResponse``) is documented once, under its first name, and listed under the
others. ``docs/conf.py`` builds the reference from these; ``python docs/public_api.py docs/_build/html`` (run by
``nox -s docs`` after the build) fails when the reference

- shows a private path (``wushuang._core.errors.RateLimitError``) on a page of the reference, in its text or in a
  link or anchor;
- misses a public name, or documents one under two names (every error of ``wushuang.__all__`` among them);
- holds Sphinx's build caches (``.doctrees``).
"""

from __future__ import annotations

import html.parser
import importlib
import re
import sys
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# Each public module, its names first: an object exported by several is documented under its first name.
PUBLIC_MODULES = (
    "wushuang",
    "wushuang.types",
    "wushuang.types.chat",
    "wushuang.types.audio",
    "wushuang.types.beta",
    "wushuang.types.beta.threads",
    "wushuang.types.fine_tuning",
    "wushuang.types.fine_tuning.jobs",
    "wushuang.midjourney",
    "wushuang.batch",
    "wushuang.testing",
)
# What a public name may import that is not installed where the reference is built (the `ray` extra).
OPTIONAL_IMPORTS = ["ray"]
# Pages that describe how the package is built, on purpose with its private modules: not part of the reference.
INTERNALS = frozenset({"ARCHITECTURE", "BENCHMARKS", "RELIABILITY", "INTEROP"})
# A dotted path with a private part: `wushuang._core.errors`, `wushuang.midjourney._errors.X` (not `__version__`).
PRIVATE_PATH = re.compile(r"\bwushuang(?:_client)?(?:\.\w+)*\._(?!_)\w*")
BUILD_CACHES = (".doctrees",)
# An entry of a Sphinx inventory: `name domain:role priority uri display-name`.
_ENTRY = re.compile(r"(.+?)\s+py:\S+\s+-?\d+\s")


@dataclass(frozen=True)
class PublicName:
    """A name users import (``wushuang.types.chat.ChatCompletion``) and the object it names."""

    name: str
    value: Any
    documented_as: str  # the name the reference documents the object under (itself, unless an alias)

    @property
    def is_error(self) -> bool:
        """An exception class the package raises (a warning, like ``SpendWarning``, is not one)."""
        return (
            isinstance(self.value, type) and issubclass(self.value, Exception) and not issubclass(self.value, Warning)
        )


def _key(module: str, name: str, value: Any) -> object:
    """What makes two exports one object: identity for classes and functions, the name for plain values."""
    return id(value) if isinstance(value, type) or callable(value) else f"{module}.{name}"


def public_names(modules: tuple[str, ...] = PUBLIC_MODULES) -> list[PublicName]:
    """Every public name of ``modules``, in their order and that of each module's ``__all__`` (modules left out).
    ``wushuang.batch.run_batch_ray`` imports Ray: list every module with Ray installed or mocked."""
    first: dict[object, str] = {}
    found = []
    for module_name in modules:
        module = importlib.import_module(module_name)
        for name in module.__all__:
            value = getattr(module, name)
            if isinstance(value, type(module)):
                continue  # `wushuang.types`: a module, with its own entry
            dotted = f"{module_name}.{name}"
            documented_as = first.setdefault(_key(module_name, name, value), dotted)
            found.append(PublicName(dotted, value, documented_as))
    return found


class _Text(html.parser.HTMLParser):
    """The text of a page and the values of its ``id`` and ``href`` attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.parts += [value for key, value in attrs if key in ("id", "href") and value]

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def private_paths(page: str) -> list[str]:
    """The private paths an HTML page shows or links to, each once, in order."""
    parser = _Text()
    parser.feed(page)
    return list(dict.fromkeys(match.group() for part in parser.parts for match in PRIVATE_PATH.finditer(part)))


def reference_pages(html_dir: Path) -> Iterator[Path]:
    """The HTML pages of the reference: every page but the build notes (``INTERNALS``) and the assets."""
    for page in sorted(html_dir.rglob("*.html")):
        relative = page.relative_to(html_dir)
        if relative.parts[0] not in ("_static", "_sources") and relative.with_suffix("").as_posix() not in INTERNALS:
            yield page


def documented(inventory: set[str], names: list[PublicName]) -> list[str]:
    """What is wrong with the documented objects (``inventory``: the full names of ``objects.inv``) against the
    public ``names``: an error or other name not documented under its name, or one also documented as an alias."""
    problems = []
    for public in names:
        if public.name == public.documented_as and public.name not in inventory:
            kind = "error" if public.is_error else "name"
            problems.append(f"the public {kind} {public.name} is not documented")
        elif public.name != public.documented_as and public.name in inventory:
            problems.append(f"{public.name} is documented twice: it is {public.documented_as}")
    return problems


def documented_names(inventory: bytes) -> set[str]:
    """The Python objects a Sphinx inventory (``objects.inv``, version 2) names."""
    *_header, compressed = inventory.split(b"\n", 4)
    lines = zlib.decompress(compressed).decode().splitlines()
    return {found.group(1) for line in lines if (found := _ENTRY.match(line))}


def check(html_dir: Path, names: list[PublicName]) -> list[str]:
    """Every problem of the reference built into ``html_dir``, one line each."""
    problems = [
        f"{cache} in {html_dir}: build it elsewhere (-d)" for cache in BUILD_CACHES if (html_dir / cache).exists()
    ]
    for page in reference_pages(html_dir):
        for path in private_paths(page.read_text(encoding="utf-8")):
            problems.append(f"{page.relative_to(html_dir)} shows the private path {path}")
    entries = documented_names((html_dir / "objects.inv").read_bytes())
    problems += [f"objects.inv names the private path {name}" for name in sorted(entries) if PRIVATE_PATH.search(name)]
    return problems + documented(entries, names)


def main() -> int:
    """``python docs/public_api.py HTML_DIR``: 0 when the reference is clean, else 1 with each problem."""
    from sphinx.ext.autodoc.mock import mock

    html_dir = Path(sys.argv[1])
    with mock(OPTIONAL_IMPORTS):
        problems = check(html_dir, public_names())
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{html_dir}: {len(problems)} problem(s) in the reference")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
