"""The check of the built reference (docs/public_api.py, run by `nox -s docs` after the build): it fails on a page
that shows or links a private path, a public name or error left out or documented twice, and build caches in the
HTML. The build itself takes minutes, so it runs in the docs session; these feed the check small pages."""

from __future__ import annotations

import importlib.util
import sys
import zlib
from pathlib import Path
from types import ModuleType

import pytest

import wushuang

DOCS = Path(__file__).resolve().parents[1] / "docs"


def load_public_api() -> ModuleType:
    spec = importlib.util.spec_from_file_location("docs_public_api", DOCS / "public_api.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # for its dataclass
    spec.loader.exec_module(module)
    return module


public_api = load_public_api()
PublicName = public_api.PublicName

NAMES = [
    PublicName("wushuang.PollTimeoutError", wushuang.PollTimeoutError, "wushuang.PollTimeoutError"),
    PublicName("wushuang.split_grid", wushuang.split_grid, "wushuang.split_grid"),
    PublicName("wushuang.midjourney.split_grid", wushuang.split_grid, "wushuang.split_grid"),
]


def build(tmp_path: Path, pages: dict[str, str], documented: list[str]) -> Path:
    """An HTML folder with `pages` and an objects.inv documenting `documented`."""
    for name, text in pages.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    lines = "".join(f"{name} py:class 1 client.html#$ -\n" for name in documented)
    header = b"# Sphinx inventory version 2\n# Project: wushuang\n# Version: 1\n# compressed using zlib\n"
    (tmp_path / "objects.inv").write_bytes(header + zlib.compress(lines.encode()))
    return tmp_path


CLEAN = {"client.html": '<dt id="wushuang.PollTimeoutError">wushuang.PollTimeoutError</dt>'}


def test_a_clean_reference_has_no_problem(tmp_path: Path) -> None:
    html = build(tmp_path, CLEAN, ["wushuang.PollTimeoutError", "wushuang.split_grid"])
    assert public_api.check(html, NAMES) == []


@pytest.mark.parametrize(
    "page",
    [
        "<p>class wushuang._core.errors.RateLimitError</p>",
        '<a href="models.html#wushuang._generated.models.Task">Task</a>',
        '<dt id="wushuang.midjourney._errors.MidjourneyError">MidjourneyError</dt>',
    ],
)
def test_a_private_path_in_text_link_or_anchor_is_a_problem(tmp_path: Path, page: str) -> None:
    html = build(tmp_path, {**CLEAN, "errors.html": page}, ["wushuang.PollTimeoutError", "wushuang.split_grid"])
    [problem] = public_api.check(html, NAMES)
    assert problem.startswith("errors.html shows the private path wushuang.")


def test_public_dunders_and_build_notes_are_not_private_paths(tmp_path: Path) -> None:
    pages = {**CLEAN, "guide.html": "<p>wushuang.__version__</p>", "ARCHITECTURE.html": "<p>wushuang._core.send</p>"}
    html = build(tmp_path, pages, ["wushuang.PollTimeoutError", "wushuang.split_grid"])
    assert public_api.check(html, NAMES) == []


def test_a_missing_public_error_is_named(tmp_path: Path) -> None:
    html = build(tmp_path, CLEAN, ["wushuang.split_grid"])
    assert public_api.check(html, NAMES) == ["the public error wushuang.PollTimeoutError is not documented"]


def test_a_name_documented_twice_or_under_a_private_path_is_a_problem(tmp_path: Path) -> None:
    documented = ["wushuang.PollTimeoutError", "wushuang.split_grid", "wushuang.midjourney.split_grid"]
    html = build(tmp_path, CLEAN, [*documented, "wushuang._core.errors.PollTimeoutError"])
    assert public_api.check(html, NAMES) == [
        "objects.inv names the private path wushuang._core.errors.PollTimeoutError",
        "wushuang.midjourney.split_grid is documented twice: it is wushuang.split_grid",
    ]


def test_build_caches_in_the_html_are_a_problem(tmp_path: Path) -> None:
    html = build(tmp_path, CLEAN, ["wushuang.PollTimeoutError", "wushuang.split_grid"])
    (html / ".doctrees").mkdir()
    assert public_api.check(html, NAMES) == [f".doctrees in {html}: build it elsewhere (-d)"]


def test_every_public_error_of_the_package_is_a_public_name() -> None:
    """The names the docs session checks against: every error `wushuang` exports, `PollTimeoutError` among them,
    each documented under its `wushuang.` name, the Midjourney ones not again under `wushuang.midjourney.`."""
    modules = ("wushuang", "wushuang.types", "wushuang.types.chat", "wushuang.midjourney")
    names = {public.name: public for public in public_api.public_names(modules)}
    errors = {name for name in wushuang.__all__ if name.endswith("Error")}
    assert "PollTimeoutError" in errors
    assert all(names[f"wushuang.{name}"].is_error for name in errors)
    assert {name for name, public in names.items() if public.is_error and public.name == public.documented_as} == {
        f"wushuang.{name}" for name in errors
    }
    assert names["wushuang.midjourney.MidjourneyError"].documented_as == "wushuang.MidjourneyError"
    assert names["wushuang.types.chat.ChatCompletion"].documented_as == "wushuang.types.CreateChatCompletionResponse"
