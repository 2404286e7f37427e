"""Every workflow of the project: `nox -s <session>`.

generate / check_generated  regenerate from openapi/wushuang.yaml, or fail with a diff when committed code is stale
lint / typecheck            ruff (pinned) and mypy --strict
lint_spec                   Spectral's OpenAPI rules (spectral:oas) on the spec; any warning fails (needs Node and npm)
tests                       the test suite (traffic only to 127.0.0.1) but its `slow` tests, on two workers
slow                        the tests marked slow: package builds and installs, the publishing test, the chaos runs
demo                        starts the emulator and runs examples/quickstart.py and examples/assistant.py on it
bench                       wushuang against openai, the low-level client and raw httpx (BENCHMARKS.md)
chaos                       10,000 calls to a relay misbehaving at random, each outcome checked (RELIABILITY.md)
ray                         the batch runner on a local Ray instance (the `ray` extra); `-- --bench` adds its figures
build                       both distributions (wheel and sdist) into dist/, checked with twine
publish                     check, build and upload both to the index named by TWINE_* or `-- --repository NAME`
docs                        the HTML reference with Sphinx (guide, both layers) into docs/_build/html; warnings fail,
                            and so do private paths and public names left out (docs/public_api.py)
interop                     wushuang and the official openai client, call for call, against servers others wrote
                            (FakeAI, llmock, the LiteLLM proxy with mock models and in front of the emulator) and
                            the emulator; writes INTEROP.md and fails when the SDK fails a call openai completes.
                            Each server gets its own environment under .nox/interop-servers/<name>, from the
                            pinned requirements/interop-<name>.txt; they run on 127.0.0.1 only, offline.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

# Every session runs on the Python that runs nox, whichever 3.11+ it is; an older one stops here, loudly.
MINIMUM_PYTHON = (3, 11)
if sys.version_info < MINIMUM_PYTHON:
    sys.exit(
        f"wushuang needs Python 3.11 or newer, and this nox runs on Python {sys.version.split()[0]} "
        f"({sys.executable}). Install nox for a newer Python and run it with that one, e.g. "
        "`python3.12 -m pip install 'nox[uv]' && python3.12 -m nox -s tests`."
    )

import nox  # noqa: E402

# uv makes the environments when nox finds it (`pip install 'nox[uv]'`: a fresh `tests` environment in seconds, not a
# minute); plain venv and pip otherwise.
nox.options.default_venv_backend = "uv|venv"
nox.options.sessions = ["tests"]
nox.options.reuse_existing_virtualenvs = True

PYTHON = None
GENERATE = "requirements/generate.txt"
TEST = "requirements/test.txt"
BENCH = "requirements/bench.txt"
RELEASE = "requirements/release.txt"
DOCS = "requirements/docs.txt"
INTEROP = "requirements/interop.txt"
INTEROP_SERVERS = ("fakeai", "llmock", "litellm")
SPECTRAL = "@stoplight/spectral-cli@6.16.3"
LINTED = ["generator", "release", "tests", "examples", "noxfile.py", "wrapper/src/wushuang", "bench", "docs"]


def install_sdk(session: nox.Session, *, extras: str = "[testing,images]") -> None:
    session.install("-e", "generated_client", "-e", f"wrapper{extras}")


@nox.session(python=PYTHON)
def generate(session: nox.Session) -> None:
    """Regenerate generated_client/ and the wrapper's _generated/ from the spec."""
    session.install("-r", GENERATE)
    session.run("python", "-m", "generator", "generate")


@nox.session(python=PYTHON)
def check_generated(session: nox.Session) -> None:
    """Fail with a readable diff when the committed generated code differs from a fresh generation."""
    session.install("-r", GENERATE)
    session.run("python", "-m", "generator", "check")


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """ruff check and ruff format --check on the hand-written code."""
    session.install("ruff==0.17.5")
    session.run("ruff", "check", *LINTED)
    session.run("ruff", "format", "--check", *LINTED)


@nox.session(venv_backend="none")
def lint_spec(session: nox.Session) -> None:
    """Spectral (pinned, installed with npm under .nox/spectral) with the rules of openapi/spectral.yaml on the
    spec; any finding of warning severity or above fails."""
    prefix = Path(".nox", "spectral")
    # --ignore-scripts: Spectral needs none of its dependencies' install scripts (one reports usage over the network)
    session.run(
        "npm",
        "install",
        "--prefix",
        str(prefix),
        "--no-audit",
        "--no-fund",
        "--ignore-scripts",
        SPECTRAL,
        external=True,
    )
    spectral = str(prefix / "node_modules" / ".bin" / "spectral")
    ruleset = "openapi/spectral.yaml"
    session.run(
        spectral, "lint", "--ruleset", ruleset, "--fail-severity", "warn", "openapi/wushuang.yaml", external=True
    )


@nox.session(python=PYTHON)
def typecheck(session: nox.Session) -> None:
    """mypy --strict on the wrapper, the generator, and the typing tests."""
    session.install("-r", GENERATE, "-r", TEST)
    install_sdk(session)
    session.run("mypy", "--strict", "wrapper/src/wushuang", "generator", "release")
    session.run("mypy", "--strict", "tests/typing")


# Options both test sessions pass before the caller's: a skipped test fails the run (tests/conftest.py), and the Ray
# tests, which skip where Ray is missing, are the `ray` session's.
STRICT = ["--fail-on-skip", "--ignore=tests/test_batch_ray.py"]
# Bytecode is written even where PYTHONDONTWRITEBYTECODE is set: else every process the tests start compiles the SDK
# anew, and pytest rewrites the asserts of its plugins' packages (schemathesis, hypothesis, ...) on every start.
BYTECODE = {"PYTHONDONTWRITEBYTECODE": ""}
# Two workers, each taking whole modules: a module's tests run on one worker, in order, sharing its fixtures.
WORKERS = ["-q", "-n", "2", "--dist", "loadfile"]


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """The test suite but the tests marked slow, on two workers; pass pytest arguments after `--`."""
    session.install("-r", GENERATE, "-r", TEST)
    install_sdk(session)
    session.run("pytest", "-m", "not slow", *STRICT, *(session.posargs or WORKERS), env=BYTECODE)


@nox.session(python=PYTHON)
def slow(session: nox.Session) -> None:
    """The tests marked slow (tests/README.md): building, installing and publishing the distributions, the chaos
    runs; pass pytest arguments after `--`."""
    session.install("-r", GENERATE, "-r", TEST, "-r", RELEASE)
    install_sdk(session)
    session.run("pytest", "-m", "slow", *STRICT, *(session.posargs or WORKERS), env=BYTECODE)


@nox.session(python=PYTHON)
def demo(session: nox.Session) -> None:
    """Start the emulator and run examples/quickstart.py, then examples/assistant.py, against it."""
    install_sdk(session)
    for example in ("examples/quickstart.py", "examples/assistant.py"):
        session.run("python", example, *(session.posargs or ["--emulator"]))


@nox.session(python=PYTHON)
def build(session: nox.Session) -> None:
    """Build wushuang-client and wushuang (sdist and wheel) into dist/ and `twine check` them."""
    session.install("-r", RELEASE)
    session.run("python", "-m", "release", "build")


@nox.session(python=PYTHON)
def publish(session: nox.Session) -> None:
    """Refuse an unclean tree or stale generated code, build, and upload both distributions with twine.

    The index: TWINE_REPOSITORY_URL with TWINE_USERNAME / TWINE_PASSWORD, or `nox -s publish -- --repository NAME`
    for a repository of ~/.pypirc (`--config-file PATH` for another file).
    """
    session.install("-r", GENERATE, "-r", RELEASE)
    session.run("python", "-m", "release", "publish", *session.posargs)


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """Measure wushuang against openai, the low-level client and raw httpx; `-- --quick` for a smoke run."""
    session.install("-r", BENCH, "openai==3.51.0")
    install_sdk(session, extras="")
    session.run("python", "-m", "bench", *session.posargs)


@nox.session(python=PYTHON)
def chaos(session: nox.Session) -> None:
    """Chaos run: 10,000 calls with random faults, each checked (RELIABILITY.md); `-- --calls N --seed S`."""
    session.install("-r", GENERATE, "-r", TEST, "-r", RELEASE)
    install_sdk(session)
    session.run("python", "bench/chaos.py", *session.posargs)


@nox.session(python=PYTHON)
def docs(session: nox.Session) -> None:
    """Build the HTML reference with Sphinx into docs/_build/html (its caches into the session's temporary folder); any
    warning fails the build, and so does a private path, a public name left out or build caches in the HTML
    (docs/public_api.py)."""
    session.install("-r", DOCS)
    install_sdk(session)
    html, doctrees = "docs/_build/html", str(Path(session.create_tmp(), "doctrees"))
    # -E: every build reads the docstrings anew (pages written by docs/conf.py change with the code, not their files)
    session.run("sphinx-build", "-W", "--keep-going", "-E", "-b", "html", "-d", doctrees, "docs", html)
    session.run("python", "docs/public_api.py", html)


@nox.session(python=PYTHON)
def ray(session: nox.Session) -> None:
    """The batch runner on Ray (tests/test_batch_ray.py, failing when Ray is missing); `-- --bench` also runs
    bench/batch_ray.py (the Ray path's figures, BENCHMARKS.md), `-- --bench --quick` a smaller run of it."""
    session.install("-r", TEST)
    install_sdk(session, extras="[testing,ray]")
    session.run("pytest", "-q", "tests/test_batch_ray.py", env={"WUSHUANG_REQUIRE_RAY": "1"})
    if "--bench" in session.posargs:
        session.run("python", "-m", "bench.batch_ray", *(arg for arg in session.posargs if arg != "--bench"))


def _server_environments(session: nox.Session, root: Path) -> None:
    """Make (or keep, when its requirements file has not changed) one virtual environment per server, installing
    them side by side. Any that fails to install fails the session, with pip's output."""
    jobs = []
    for name in INTEROP_SERVERS:
        requirements = Path(f"requirements/interop-{name}.txt")
        venv = root / name
        stamp = venv / "installed-from.sha256"
        digest = hashlib.sha256(requirements.read_bytes()).hexdigest()
        if stamp.exists() and stamp.read_text() == digest:
            session.log(f"{name}: environment up to date ({venv})")
            continue
        log = root / f"{name}-install.log"
        root.mkdir(parents=True, exist_ok=True)
        command = (
            f"{sys.executable} -m venv --clear {venv} && "
            f"{venv}/bin/python -m pip install --quiet --disable-pip-version-check -r {requirements}"
        )
        session.log(f"{name}: installing {requirements} into {venv}")
        with log.open("wb") as out:
            process = subprocess.Popen(command, shell=True, stdout=out, stderr=subprocess.STDOUT)
        jobs.append((name, process, log, stamp, digest))
    for name, process, log, stamp, digest in jobs:
        if process.wait() != 0:
            tail = "\n".join(log.read_text(errors="replace").splitlines()[-40:])
            session.error(f"{name}: installing its environment failed:\n{tail}")
        stamp.write_text(digest)


@nox.session(python=PYTHON)
def interop(session: nox.Session) -> None:
    """wushuang and openai against FakeAI, llmock, LiteLLM (mock models; in front of the emulator) and the emulator.

    Writes INTEROP.md; fails when the SDK fails a call that the official client completes. Pass pytest arguments
    after `--` (e.g. `-- -k fakeai`).
    """
    session.install("-r", INTEROP)
    install_sdk(session, extras="[testing]")
    root = Path(".nox", "interop-servers").resolve()
    _server_environments(session, root)
    env = {
        "WUSHUANG_INTEROP": "1",
        "WUSHUANG_INTEROP_SERVERS": str(root),
        "WUSHUANG_INTEROP_LOGS": str(root / "logs"),
        "NO_PROXY": "127.0.0.1,localhost",
    }
    session.run(
        "pytest",
        "tests/interop",
        "-p",
        "no:cacheprovider",
        "-q",
        "-W",
        "ignore::DeprecationWarning",
        "--timeout",
        "300",
        *session.posargs,
        env=env,
    )
