"""Copies of the repository for tests that run its tools (the generator, release) on a tree of their own."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def copy_working_tree(destination: Path) -> None:
    """The repository's current working-tree files (tracked and untracked, not ignored) copied to `destination`."""
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
        cwd=REPO,
        check=True,
        capture_output=True,
    ).stdout.decode()
    for name in filter(None, listed.split("\0")):
        source = REPO / name
        if source.is_file():  # a tracked file deleted in the working tree is not copied
            target = destination / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)


def git(root: Path, *args: str) -> str:
    """Run git in `root` with a fixed identity; returns its standard output."""
    command = ["git", "-c", "user.name=wushuang tests", "-c", "user.email=tests@example.invalid", *args]
    return subprocess.run(command, cwd=root, check=True, capture_output=True, text=True).stdout


def committed_copy(destination: Path) -> Path:
    """A git repository at `destination` whose one commit is the current working tree."""
    copy_working_tree(destination)
    git(destination, "init", "-q")
    git(destination, "add", "-A")
    git(destination, "commit", "-q", "-m", "snapshot")
    return destination
