"""Build both distributions into dist/ and publish them to a package index (`nox -s build`, `nox -s publish`).

`python -m release build` builds `wushuang-client` and `wushuang` (sdist, then a wheel from that sdist), checks
what went into them, and runs `twine check --strict`. `python -m release publish` refuses an unclean tree or
stale generated code, builds, and uploads with twine to the index named by `TWINE_REPOSITORY_URL` (credentials
in `TWINE_USERNAME` / `TWINE_PASSWORD`) or by `--repository NAME` from a .pypirc. It never falls back to the
public PyPI, and no credential is ever printed.
"""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

__all__ = ["Artifacts", "ReleaseError", "build", "publish"]

ROOT = Path(__file__).resolve().parent.parent
# Built and uploaded in this order: an index never holds a wrapper whose client is missing.
PUBLIC_REPOSITORIES = ("pypi", "testpypi")
PUBLIC_HOSTS = ("upload.pypi.org", "test.pypi.org", "pypi.org")
DISTRIBUTIONS = (("wushuang-client", "generated_client", "wushuang_client"), ("wushuang", "wrapper", "wushuang"))


class ReleaseError(Exception):
    """A build or publish step failed, or publishing was refused; the message says why and what to do."""


@dataclass(frozen=True)
class Artifacts:
    """The built files of one distribution."""

    name: str
    version: str
    files: tuple[Path, Path]  # sdist, wheel


def build(root: Path = ROOT) -> list[Artifacts]:
    """Build both distributions into `root`/dist (emptied first), check their contents, `twine check` them."""
    dist = root / "dist"
    shutil.rmtree(dist, ignore_errors=True)
    built: list[Artifacts] = []
    for name, directory, package in DISTRIBUTIONS:
        _run([sys.executable, "-m", "build", "--no-isolation", "--outdir", str(dist), str(root / directory)], root)
        stem = name.replace("-", "_")
        sdists, wheels = sorted(dist.glob(f"{stem}-*.tar.gz")), sorted(dist.glob(f"{stem}-*-py3-none-any.whl"))
        if len(sdists) != 1 or len(wheels) != 1:
            raise ReleaseError(f"building {name} did not give one sdist and one wheel: {sdists + wheels}")
        _check_contents(wheels[0], sdists[0], package)
        version = wheels[0].name.split("-")[1]
        built.append(Artifacts(name, version, (sdists[0], wheels[0])))
    versions = {artifacts.version for artifacts in built}
    if len(versions) != 1:
        raise ReleaseError(f"both distributions must share one version (the spec's info.version), got {versions}")
    _run([sys.executable, "-m", "twine", "check", "--strict", *(str(f) for a in built for f in a.files)], root)
    return built


def _check_contents(wheel: Path, sdist: Path, package: str) -> None:
    """The wheel holds the package and its metadata only (no tests, no generator); both hold py.typed."""
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
    stray = [name for name in names if name.split("/")[0] not in (package, wheel.name.rsplit("-", 3)[0] + ".dist-info")]
    if stray:
        raise ReleaseError(f"{wheel.name} holds files outside the package: {stray[:5]}")
    with tarfile.open(sdist) as archive:
        members = [member.name.split("/", 1)[-1] for member in archive.getmembers()]
    unwanted = [name for name in members if name.split("/")[0] in ("tests", "generator", "bench", "openapi")]
    if unwanted:
        raise ReleaseError(f"{sdist.name} holds files that are not part of the distribution: {unwanted[:5]}")
    for label, listing in ((wheel.name, names), (sdist.name, members)):
        if not any(name.endswith(f"{package}/py.typed") for name in listing):
            raise ReleaseError(f"{label} lacks {package}/py.typed: type checkers would ignore its annotations")


def publish(root: Path = ROOT, *, repository: str | None = None, config_file: Path | None = None) -> list[Artifacts]:
    """Refuse an unclean tree or stale generated code, build, then upload both distributions with twine."""
    repository = repository or os.environ.get("TWINE_REPOSITORY")
    target = _target(repository)
    _require_clean_tree(root)
    check = subprocess.run(
        [sys.executable, "-m", "generator", "check"], cwd=root, capture_output=True, text=True, check=False
    )
    if check.returncode != 0:
        raise ReleaseError(
            "refusing to publish: the generated code is stale (`nox -s check_generated` fails); run "
            "`nox -s generate` and commit the result.\n" + _tail(check.stdout + check.stderr)
        )
    built = build(root)
    options = ["--repository", repository] if repository else []
    if config_file is not None:
        options += ["--config-file", str(config_file)]
    secrets = _secrets(repository, config_file)
    for artifacts in built:
        print(f"uploading {artifacts.name} {artifacts.version} to {target}", flush=True)
        upload = subprocess.run(
            [sys.executable, "-m", "twine", "--no-color", "upload", "--verbose", "--non-interactive"]
            + ["--disable-progress-bar", *options, *(str(path) for path in artifacts.files)],
            cwd=root,
            capture_output=True,
            text=True,
            check=False,
            # Wide lines keep the index's answer on one line; no keyring is asked for a password.
            env={**os.environ, "COLUMNS": "500", "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"},
        )
        output = _redact(upload.stdout + upload.stderr, secrets)
        if upload.returncode != 0:
            raise ReleaseError(_upload_failure(artifacts, target, output))
        print("\n".join(line for line in output.splitlines() if line.startswith("Uploading ")), flush=True)
    return built


def _target(repository: str | None) -> str:
    """The index, for messages (without credentials); refuses when none is named or when it is the public PyPI."""
    url = os.environ.get("TWINE_REPOSITORY_URL")
    if repository in PUBLIC_REPOSITORIES or (not repository and url and urlsplit(url).hostname in PUBLIC_HOSTS):
        raise ReleaseError(
            f"refusing to publish to the public PyPI ({repository or urlsplit(url or '').hostname}): both "
            "distributions go to an internal index only"
        )
    if repository:
        return f"repository {repository!r}"
    if url:
        parts = urlsplit(url)
        netloc = f"{parts.hostname}:{parts.port}" if parts.port else str(parts.hostname)
        return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))
    raise ReleaseError(
        "no package index named: set TWINE_REPOSITORY_URL (with TWINE_USERNAME and TWINE_PASSWORD), or pass "
        "--repository NAME for a repository of your .pypirc; publishing never defaults to the public PyPI"
    )


def _require_clean_tree(root: Path) -> None:
    status = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=normal"], cwd=root, capture_output=True, text=True
    )
    if status.returncode != 0:
        raise ReleaseError(f"refusing to publish: cannot read the git status of {root}: {status.stderr.strip()}")
    changes = status.stdout.splitlines()
    if changes:
        listed = "\n".join(f"  {line}" for line in changes[:10]) + ("\n  ..." if len(changes) > 10 else "")
        raise ReleaseError(
            f"refusing to publish: the tree has {len(changes)} uncommitted change(s); what is published must be "
            f"a commit:\n{listed}"
        )


def _secrets(repository: str | None, config_file: Path | None) -> list[str]:
    """Every password that could reach twine's output: from TWINE_*, and from the .pypirc repository."""
    found = [os.environ.get("TWINE_PASSWORD", ""), urlsplit(os.environ.get("TWINE_REPOSITORY_URL", "")).password]
    if repository:
        pypirc = configparser.RawConfigParser()
        pypirc.read(config_file or Path.home() / ".pypirc")
        found += [
            pypirc.get(repository, "password", fallback=""),
            urlsplit(pypirc.get(repository, "repository", fallback="")).password,
        ]
    return [secret for secret in found if secret]


def _redact(text: str, secrets: Sequence[str]) -> str:
    for secret in secrets:
        text = text.replace(secret, "****")
    return text


def _upload_failure(artifacts: Artifacts, target: str, output: str) -> str:
    where = f"{artifacts.name} {artifacts.version} to {target}"
    if "409 Conflict" in output or "already exist" in output.lower():
        return (
            f"{artifacts.name} {artifacts.version} already exists on {target}; a published version never changes: "
            "raise info.version in openapi/wushuang.yaml, run `nox -s generate`, commit, and publish again"
        )
    if "401 Unauthorized" in output or "403 Forbidden" in output:
        user = os.environ.get("TWINE_USERNAME") or "the configured user"
        return f"the index refused the credentials of {user} while uploading {where}; nothing more was uploaded"
    return f"uploading {where} failed; nothing more was uploaded:\n{_tail(output)}"


def _tail(text: str, lines: int = 40) -> str:
    return "\n".join(text.strip().splitlines()[-lines:])


def _run(command: list[str], cwd: Path) -> None:
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        output = _tail(result.stdout + result.stderr)
        raise ReleaseError(f"`python {' '.join(command[1:])}` failed (exit {result.returncode}):\n{output}")
