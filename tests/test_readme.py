"""Every fenced code block of README.md runs, as written, against the emulator: each block alone, and all of them in
order.

Alone, a block gets a fresh namespace, a fresh working directory holding a copy of `examples/` (the sample files the
snippets read) and the emulator as it starts, empty; in order, they share one namespace and one directory, as for a
reader who pastes them one after the other. ``python`` blocks are run with ``exec``, ``bash`` blocks with
``bash -euo pipefail``, ``toml`` and ``ini`` blocks are parsed. ``WUSHUANG_BASE_URL`` and ``WUSHUANG_API_KEY`` point
at the emulator, as the Quickstart's two lines do, so ``Wushuang()`` works as written. A block that cannot run here
is marked in the README source by the comment ``<!-- not run by tests/test_readme.py: <why, and what covers it
instead> -->`` right before it; any other block without a runner fails the test.
"""

from __future__ import annotations

import configparser
import os
import re
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from wushuang import Wushuang
from wushuang.testing import DEFAULT_API_KEY, Emulator
from wushuang.testing.__main__ import DEFAULT_PORT, _banner

REPO = Path(__file__).resolve().parents[1]
README = REPO / "README.md"
FENCE = re.compile(r"^```([\w-]*)[^\n]*\n(.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL)
MARK = re.compile(r"<!-- not run by tests/test_readme\.py: (?P<reason>[^>]+?) -->\s*\Z")


@dataclass(frozen=True)
class Block:
    line: int  # of the opening fence, 1-based
    language: str
    code: str
    not_run: str | None  # the reason given by the mark before it, if any

    @property
    def name(self) -> str:
        return f"README.md:{self.line}:{self.language or 'plain'}"


def read_blocks(text: str) -> list[Block]:
    found = []
    for match in FENCE.finditer(text):
        mark = MARK.search(text, 0, match.start())
        found.append(
            Block(
                line=text.count("\n", 0, match.start()) + 1,
                language=match.group(1),
                code=match.group(2),
                not_run=mark.group("reason") if mark else None,
            )
        )
    return found


BLOCKS = read_blocks(README.read_text(encoding="utf-8"))
TO_RUN = [block for block in BLOCKS if block.not_run is None]


@dataclass
class Context:
    """What the blocks run with: the python namespace, the directory, the environment."""

    namespace: dict[str, Any]
    directory: Path
    env: dict[str, str]


@pytest.fixture(scope="module")
def emulator() -> Iterator[Emulator]:
    """The emulator the blocks call; 10 emulated seconds per fetch: a Midjourney task, file or job is done after a
    poll or two."""
    with Emulator(auto_advance=10.0) as emu:
        yield emu


@contextmanager
def reader(emulator: Emulator, directory: Path) -> Iterator[Context]:
    """A reader's shell in `directory`, a copy of `examples/` in it, with the Quickstart's two variables set."""
    shutil.copytree(REPO / "examples", directory / "examples", ignore=shutil.ignore_patterns("__pycache__"))
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("WUSHUANG_BASE_URL", emulator.base_url)
        patch.setenv("WUSHUANG_API_KEY", emulator.api_key)
        patch.setenv("PATH", os.pathsep.join([*command_dirs(directory), os.environ.get("PATH", "")]))
        patch.chdir(directory)
        namespace: dict[str, Any] = {"__name__": "__readme__"}
        try:
            yield Context(namespace, directory, dict(os.environ))
        finally:
            for value in namespace.values():
                if isinstance(value, Wushuang):
                    value.close()


def command_dirs(directory: Path) -> list[str]:
    """Where bash finds this interpreter as ``python``, and the ``wushuang`` command (``python -m wushuang``)."""
    bin_dir = Path(sys.executable).parent
    dirs = [str(bin_dir)]
    if shutil.which("wushuang", path=str(bin_dir)) is None:
        shims = directory / ".bin"
        shims.mkdir()
        shim = shims / "wushuang"
        shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m wushuang "$@"\n')
        shim.chmod(0o755)
        dirs.append(str(shims))
    if shutil.which("python", path=str(bin_dir)) is None:
        dirs.append(str(Path(sys.executable).resolve().parent))
    return dirs


def run_python(block: Block, context: Context) -> None:
    exec(compile(block.code, block.name, "exec"), context.namespace)  # noqa: S102 (the README's own code)


def run_bash(block: Block, context: Context) -> None:
    result = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", block.code],
        cwd=context.directory,
        env=context.env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, f"{block.name} exited {result.returncode}:\n{result.stdout}{result.stderr}"


def parse_toml(block: Block, context: Context) -> None:
    assert tomllib.loads(block.code)


def parse_ini(block: Block, context: Context) -> None:
    parser = configparser.ConfigParser()
    parser.read_string(block.code, source=block.name)
    assert parser.sections()


RUNNERS: dict[str, Callable[[Block, Context], None]] = {
    "python": run_python,
    "bash": run_bash,
    "toml": parse_toml,
    "ini": parse_ini,
}


def test_every_block_is_run_or_marked() -> None:
    without_runner = [block.name for block in TO_RUN if block.language not in RUNNERS]
    assert not without_runner, f"no runner for these blocks: mark them as not run, saying why: {without_runner}"
    assert len(BLOCKS) == len(TO_RUN) + sum(block.not_run is not None for block in BLOCKS)
    assert sum(block.language == "python" for block in TO_RUN) >= 8  # the README's examples were all found
    assert all(block.not_run.strip() for block in BLOCKS if block.not_run is not None)


def test_read_blocks_sees_marks_only_right_before_a_block() -> None:
    text = (
        "<!-- not run by tests/test_readme.py: a reason -->\n```bash\nexit 1\n```\n\ntext\n\n"
        "```python\nx = 1\n```\n<!-- not run by tests/test_readme.py: unused -->\n\nmore\n```toml\na = 1\n```\n"
    )
    assert [(b.line, b.language, b.code, b.not_run) for b in read_blocks(text)] == [
        (2, "bash", "exit 1\n", "a reason"),
        (8, "python", "x = 1\n", None),
        (14, "toml", "a = 1\n", None),
    ]


def run_block(block: Block, context: Context) -> None:
    runner = RUNNERS.get(block.language)
    if runner is None:
        pytest.fail(f"{block.name}: no runner for {block.language!r}; mark it as not run, saying why")
    runner(block, context)


@pytest.mark.parametrize("block", TO_RUN, ids=[block.name for block in TO_RUN])
def test_block_runs_alone(block: Block, emulator: Emulator, tmp_path: Path) -> None:
    emulator.reset()
    with reader(emulator, tmp_path) as context:
        run_block(block, context)


def test_blocks_run_in_order(emulator: Emulator, tmp_path: Path) -> None:
    emulator.reset()
    with reader(emulator, tmp_path) as context:
        for block in TO_RUN:
            try:
                run_block(block, context)
            except Exception as exc:
                raise AssertionError(f"{block.name}, run after the blocks before it: {exc!r}") from exc


def test_the_quickstart_lines_are_the_emulator_banner() -> None:
    """The two lines the Quickstart says to paste are the ones `wushuang emulator` prints with no option."""
    readme = [line for line in README.read_text(encoding="utf-8").splitlines() if line.startswith("export WUSHUANG_")]
    printed = _banner("127.0.0.1", DEFAULT_PORT, DEFAULT_API_KEY).splitlines()
    assert readme == [line.strip() for line in printed if line.strip().startswith("export ")]
