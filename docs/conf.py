"""Sphinx configuration of the HTML reference: the guide (README.md), both clients, every resource, the models,
the errors and the low-level client package.

The pages of the resources are not written by hand: on every build, ``write_resource_pages`` walks the resources
of ``Wushuang`` and writes one page per resource (``client.chat.completions``, ``client.beta.threads.runs``, ...)
with its sync and async classes, checking that every operation of the table
(``wushuang._core.operation.all_operations``) is documented on one of them, and one page with the low-level module
of each operation. Build with ``nox -s docs`` (warnings fail the build).
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import wushuang
from wushuang._core.operation import all_operations
from wushuang._core.resource import SyncAPIResource

HERE = Path(__file__).resolve().parent
RESOURCE_PAGES = HERE / "_resources"  # written on every build; not committed

project = "wushuang"
release = version = wushuang.__version__
extensions = ["sphinx.ext.autodoc", "sphinx.ext.napoleon", "myst_parser"]
html_theme = "furo"
html_title = f"wushuang {release}"
exclude_patterns = ["_build"]
myst_heading_anchors = 3  # the README links to its own sections
autodoc_member_order = "bysource"
autodoc_typehints = "signature"
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_ivar = True  # the low-level models list their fields under "Attributes:", autodoc documents them too
# Models have fields named `object` and `bytes`: a type hint `bytes` would otherwise be reported as ambiguous
# between the builtin and those fields (and resolved to the builtin anyway).
suppress_warnings = ["ref.python"]


def resources(resource: Any, dotted: str) -> Iterator[tuple[str, type[Any]]]:
    """``resource`` and its sub-resources, depth first: (``chat.completions``, its sync class)."""
    yield dotted, type(resource)
    for name in dir(type(resource)):
        if name.startswith("_") or name in ("with_raw_response", "with_streaming_response"):
            continue
        child = getattr(resource, name)
        if isinstance(child, SyncAPIResource):
            yield from resources(child, f"{dotted}.{name}")


def own_members(cls: type[Any]) -> dict[str, Any]:
    """The members a resource class defines or gets from its generated methods base and mixins (not the core's)."""
    members: dict[str, Any] = {}
    for klass in reversed(cls.__mro__[: cls.__mro__.index(SyncAPIResource)]):
        members.update(vars(klass))
    return members


def write_resource_pages() -> None:
    """One page per resource that has methods, and ``_resources/index.rst`` listing them."""
    client = wushuang.Wushuang(api_key="docs", base_url="http://127.0.0.1:9")
    roots = [name for name in dir(client) if isinstance(getattr(client, name, None), SyncAPIResource)]
    found = [page for root in roots for page in resources(getattr(client, root), root)]
    documented = "\n".join(member.__doc__ or "" for _, cls in found for member in own_members(cls).values())
    reached = {op.path for op in all_operations().values() if f"``{op.method} {op.path}``" in documented}
    missing = sorted({op.path for op in all_operations().values()} - reached)
    if missing:
        raise RuntimeError(f"operations no resource page documents: {missing}")
    shutil.rmtree(RESOURCE_PAGES, ignore_errors=True)
    RESOURCE_PAGES.mkdir()
    names = []
    for dotted, cls in found:
        if not any(callable(v) and not k.startswith("_") for k, v in own_members(cls).items()):
            continue  # a namespace only (``client.beta``): its sub-resources have the pages
        module = cls.__module__
        title = f"client.{dotted}"
        body = [title, "=" * len(title), "", f".. currentmodule:: {module}", ""]
        for prefix in ("", "Async"):
            body += [
                f".. autoclass:: {prefix}{cls.__name__}",
                "   :members:",
                "   :inherited-members: SyncAPIResource, AsyncAPIResource",
                "",
            ]
        (RESOURCE_PAGES / f"{dotted}.rst").write_text("\n".join(body), encoding="utf-8")
        names.append(dotted)
    index = ["Resources", "=========", "", ".. toctree::", "   :maxdepth: 1", ""]
    (RESOURCE_PAGES / "index.rst").write_text("\n".join(index + [f"   {name}" for name in names]) + "\n")
    low = ["Low-level operations", "====================", "", "One module per operation of the spec.", ""]
    for op in all_operations().values():
        low += [f".. automodule:: {op.module}", "   :members:", ""]
    (RESOURCE_PAGES / "low-level-operations.rst").write_text("\n".join(low), encoding="utf-8")


# openapi-python-client indents the spec's description one space in, and the "Attributes:" section of a class whose
# description has several lines four spaces in: as reStructuredText, a block quote and a section napoleon misses.
_SECTION = re.compile(r"^( +)(Args|Attributes|Raises|Returns):$")


def tidy_low_level(app: Any, what: str, name: str, obj: Any, options: Any, lines: list[str]) -> None:
    """Undo those indents in the docstrings of ``wushuang_client``, before napoleon reads them."""
    if not name.startswith("wushuang_client"):
        return
    depth = 0
    for index, line in enumerate(lines):
        section = _SECTION.match(line)
        if section:
            depth = len(section.group(1))
        if depth:
            lines[index] = line[depth:] if line[:depth].isspace() else line
        elif line.startswith(" ") and not line.startswith("  "):
            lines[index] = line[1:]


def setup(app: Any) -> None:
    app.connect("autodoc-process-docstring", tidy_low_level, priority=100)


write_resource_pages()
