"""Sphinx configuration of the HTML reference: the guide (README.md), both clients, every resource, the models,
the errors, the other public modules and the low-level client package.

Every name is shown by the path users import it from (``wushuang.RateLimitError``, ``wushuang.types.Task``), never
by the private module that defines it: ``publish`` gives each public class and function that module as its
``__module__`` for the build, and ``docs/public_api.py`` (run by ``nox -s docs`` after the build) fails on any
private path left. Resources have no import path: each method is documented by the path it is called by,
``client.chat.completions.create`` and ``async_client.chat.completions.create``.

Some pages are not written by hand: on every build, ``write_pages`` walks the resources of ``Wushuang`` and writes
one page per resource (``client.chat.completions``, ``client.beta.threads.runs``, ...), checking that every
operation of the table (``wushuang._core.operation.all_operations``) is documented on one of them, and one page
with the low-level module of each operation; and it writes the lists of the errors page, of the models page and of
the other modules' page from the public names. Build with ``nox -s docs`` (warnings fail the build).
"""

from __future__ import annotations

import inspect
import re
import shutil
import sys
import types
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from public_api import OPTIONAL_IMPORTS, PRIVATE_PATH, PublicName, public_names  # noqa: E402
from sphinx.ext.autodoc.mock import mock  # noqa: E402

import wushuang  # noqa: E402
from wushuang._core.operation import all_operations  # noqa: E402
from wushuang._core.resource import AsyncAPIResource, SyncAPIResource  # noqa: E402

GENERATED = HERE / "_resources"  # written on every build; not committed

project = "wushuang"
release = version = wushuang.__version__
extensions = ["sphinx.ext.autodoc", "sphinx.ext.napoleon", "myst_parser"]
html_theme = "furo"
html_title = f"wushuang {release}"
html_copy_source = False  # the pages are the reference; the reST behind them names the private modules it reads
exclude_patterns = ["_build"]
myst_heading_anchors = 3  # the README links to its own sections
autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_mock_imports = OPTIONAL_IMPORTS
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_ivar = True  # the low-level models list their fields under "Attributes:", autodoc documents them too
# Models have fields named `object` and `bytes`: a type hint `bytes` would otherwise be reported as ambiguous
# between the builtin and those fields (and resolved to the builtin anyway).
suppress_warnings = ["ref.python"]

with mock(OPTIONAL_IMPORTS):
    PUBLIC = public_names()
DOCUMENTED_AS = {id(public.value): public.documented_as for public in PUBLIC}


def publish(names: list[PublicName]) -> None:
    """Give each public class and function the module (and the name) users import it by, for this build: its
    signatures, bases and links then name ``wushuang.RateLimitError``, not ``wushuang._core.errors.RateLimitError``."""
    for public in names:
        value = public.value
        if public.name == public.documented_as and (isinstance(value, type) or inspect.isfunction(value)):
            defined_in = value.__module__
            module, _, value.__name__ = public.name.rpartition(".")
            value.__qualname__ = value.__name__
            value.__module__ = module
            while isinstance(value, type) and (missing := unresolved(value)):
                # its fields name what only the module defining it has (a type variable): the public one lends it
                setattr(sys.modules[module], missing, getattr(sys.modules[defined_in], missing))


def unresolved(cls: type[Any]) -> str | None:
    """The first name in the signature of ``cls`` that its ``__module__`` does not define, if any."""
    try:
        inspect.signature(cls)
    except NameError as error:
        return error.name
    except (TypeError, ValueError):
        pass  # no signature at all: nothing to resolve
    return None


def resources(resource: Any, dotted: str) -> Iterator[tuple[str, Any]]:
    """``resource`` and its sub-resources, depth first: (``chat.completions``, the resource)."""
    yield dotted, resource
    for name in dir(type(resource)):
        if name.startswith("_") or name in ("with_raw_response", "with_streaming_response"):
            continue
        child = getattr(resource, name)
        if isinstance(child, (SyncAPIResource, AsyncAPIResource)):
            yield from resources(child, f"{dotted}.{name}")


def reach(prefix: str, client: Any) -> dict[str, type[Any]]:
    """Every resource of ``client`` by its dotted path (``chat.completions``), each made importable for this build
    as ``{prefix}.chat.completions`` (a module ``{prefix}.chat`` holding its class), so that autodoc documents its
    methods by the path they are called by."""
    roots = [
        name for name in dir(client) if isinstance(getattr(client, name, None), (SyncAPIResource, AsyncAPIResource))
    ]
    found = {dotted: type(resource) for root in roots for dotted, resource in resources(getattr(client, root), root)}
    for dotted, cls in found.items():
        parent, _, attribute = f"{prefix}.{dotted}".rpartition(".")
        parts = parent.split(".")
        for depth in range(1, len(parts) + 1):
            name = ".".join(parts[:depth])
            sys.modules.setdefault(name, types.ModuleType(name))
        setattr(sys.modules[parent], attribute, cls)
    return found


def own_methods(cls: type[Any]) -> list[str]:
    """The public methods a resource class defines or gets from its generated methods base and mixins (not the
    core's), in the order they are written."""
    core = SyncAPIResource if issubclass(cls, SyncAPIResource) else AsyncAPIResource
    members: dict[str, Any] = {}
    for klass in reversed(cls.__mro__[: cls.__mro__.index(core)]):
        members.update(vars(klass))
    return [name for name, value in members.items() if callable(value) and not name.startswith("_")]


def write_resource_pages() -> None:
    """One page per resource that has methods, ``_resources/index.rst`` listing them, and the low-level page."""
    sync = reach("client", wushuang.Wushuang(api_key="docs", base_url="http://127.0.0.1:9"))
    asynchronous = reach("async_client", wushuang.AsyncWushuang(api_key="docs", base_url="http://127.0.0.1:9"))
    documented = "\n".join(getattr(cls, name).__doc__ or "" for cls in sync.values() for name in own_methods(cls))
    missing = sorted(op.path for op in all_operations().values() if f"``{op.method} {op.path}``" not in documented)
    if missing:
        raise RuntimeError(f"operations no resource page documents: {missing}")
    names = []
    for dotted, cls in sync.items():
        methods = own_methods(cls)
        if not methods:
            continue  # a namespace only (``client.beta``): its sub-resources have the pages
        title = f"client.{dotted}"
        body = [title, "=" * len(title), ""]
        body += [f"``client.{dotted}`` of a :class:`wushuang.Wushuang` (``client``):", ""]
        body += [f".. automethod:: client.{dotted}.{name}\n" for name in methods]
        heading = f"async_client.{dotted}"
        body += [heading, "-" * len(heading), ""]
        body += ["The same methods on an :class:`wushuang.AsyncWushuang` (``async_client``), to await:", ""]
        body += [f".. automethod:: async_client.{dotted}.{name}\n" for name in own_methods(asynchronous[dotted])]
        (GENERATED / f"{dotted}.rst").write_text("\n".join(body), encoding="utf-8")
        names.append(dotted)
    index = ["Resources", "=========", "", ".. toctree::", "   :maxdepth: 1", ""]
    (GENERATED / "index.rst").write_text("\n".join(index + [f"   {name}" for name in names]) + "\n")
    low = ["Low-level operations", "====================", "", "One module per operation of the spec.", ""]
    for op in all_operations().values():
        low += [f".. automodule:: {op.module}", "   :members:", ""]
    (GENERATED / "low-level-operations.rst").write_text("\n".join(low), encoding="utf-8")


# What the public constants of the generated pages are (a constant has no docstring of its own).
VALUES = {
    "wushuang.midjourney.MIDJOURNEY_MODES": "The relay's Midjourney speed modes: with "
    "``Wushuang(midjourney_mode=...)`` every Midjourney call goes to the mode's path (``/mj-fast/mj/submit/imagine``).",
    "wushuang.testing.DEFAULT_API_KEY": "The key an ``Emulator`` (and ``wushuang emulator``) accepts when given none: "
    "a test key, printed in the emulator's banner.",
}


def autodoc(public: PublicName) -> list[str]:
    """The autodoc directive of one public name, by what it names."""
    value = public.value
    if public.is_error:
        return [f".. autoexception:: {public.name}", "   :members:", "   :show-inheritance:", ""]
    if isinstance(value, type):
        return [f".. autoclass:: {public.name}", "   :members:", ""]
    if inspect.isfunction(value):
        return [f".. autofunction:: {public.name}", ""]
    module, _, name = public.name.rpartition(".")
    if typing.get_origin(value) is typing.Annotated:
        value = typing.get_args(value)[0]  # a union with how to tell its kinds apart
    if typing.get_origin(value) in (typing.Union, types.UnionType):
        kinds = ", ".join(
            f":py:obj:`{DOCUMENTED_AS[id(kind)]}`"
            if id(kind) in DOCUMENTED_AS
            else f"``{getattr(kind, '__name__', kind)}``"
            for kind in typing.get_args(value)
        )
        return [f".. py:data:: {name}", f"   :module: {module}", "", f"   One of {kinds}.", ""]
    return [
        f".. py:data:: {name}",
        f"   :module: {module}",
        f"   :value: {value!r}",
        "",
        f"   {VALUES[public.name]}",
        "",
    ]


def aliases(prefix: str) -> list[str]:
    """A table of the public names under ``prefix`` that are another name's object, and that name."""
    rows = [p for p in PUBLIC if p.name.startswith(prefix) and p.name != p.documented_as]
    table = [".. list-table::", "   :header-rows: 1", "", "   * - Name", "     - Documented as"]
    for public in rows:
        table += [f"   * - ``{public.name}``", f"     - :py:obj:`{public.documented_as}`"]
    return table + [""]


def public_bases(cls: type[Any]) -> tuple[str, ...]:
    """The public errors ``cls`` derives from, the farthest first: the errors page lists them as a tree."""
    return tuple(klass.__name__ for klass in reversed(cls.__mro__) if klass.__module__.startswith("wushuang"))


def write_lists() -> None:
    """The generated parts of the errors page (every public error, as a tree), of the models page (every model of
    ``wushuang.types``, and its other names) and of the other modules' page."""
    own = [p for p in PUBLIC if p.name == p.documented_as]
    errors = sorted((p for p in own if p.is_error), key=lambda p: public_bases(p.value))
    (GENERATED / "errors.inc").write_text("\n".join(line for p in errors for line in autodoc(p)), encoding="utf-8")
    types_aliases = ", ".join(
        p.name.rpartition(".")[2]
        for p in PUBLIC
        if p.name.startswith("wushuang.types.") and p.name.count(".") == 2 and p.name != p.documented_as
    )
    models = [
        ".. automodule:: wushuang.types",
        "   :members:",
        "   :undoc-members:",
        "   :member-order: alphabetical",
        "   :inherited-members: Model",
        f"   :exclude-members: {types_aliases}",
        "",
        "The names of the official SDK",
        "-----------------------------",
        "",
        "The models above under the names ``openai.types`` gives them, in the same modules:",
        "",
        *aliases("wushuang.types."),
        "and the request types that have those names only:",
        "",
        *(line for p in own if p.name.count(".") > 2 and p.name.startswith("wushuang.types.") for line in autodoc(p)),
    ]
    (GENERATED / "models.inc").write_text("\n".join(models), encoding="utf-8")
    modules = []
    for module in ("wushuang.midjourney", "wushuang.batch", "wushuang.testing"):
        modules += [module, "-" * len(module), "", f".. automodule:: {module}", ""]
        modules += [line for p in own if p.name.rpartition(".")[0] == module and not p.is_error for line in autodoc(p)]
        if any(p.name.startswith(f"{module}.") and p.name != p.documented_as for p in PUBLIC):
            modules += ["Also importable from here:", "", *aliases(f"{module}.")]
    (GENERATED / "modules.inc").write_text("\n".join(modules), encoding="utf-8")


def write_pages() -> None:
    """Every generated page and list, into ``_resources/`` (emptied first)."""
    shutil.rmtree(GENERATED, ignore_errors=True)
    GENERATED.mkdir()
    write_resource_pages()
    write_lists()


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


def internal_signature(
    app: Any, what: str, name: str, obj: Any, options: Any, signature: str | None, annotation: str | None
) -> tuple[str, str | None] | None:
    """Leave out the signature of a class built with private types (``Stream(response, decode, ...)``): the package
    makes those objects, users get them from its methods."""
    if what in ("class", "exception") and signature and PRIVATE_PATH.search(signature):
        return "", annotation
    return None


def setup(app: Any) -> None:
    app.connect("autodoc-process-docstring", tidy_low_level, priority=100)
    app.connect("autodoc-process-signature", internal_signature)


publish(PUBLIC)
write_pages()
