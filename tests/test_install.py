"""The README's two ways to install without the company index, run as written in a fresh virtual environment:
from a checkout (`pip install ./generated_client './wrapper[testing,images,otel]'`) and from the wheels
`nox -s build` makes.

Setup installs the third-party requirements from the default registry; each README command then installs the
two distributions, and the installed packages (and the `wushuang` command) are used against the emulator.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
import tomllib
import venv
from pathlib import Path

import pytest
from _repo import committed_copy

README = Path(__file__).resolve().parent.parent / "README.md"

CALL = """
import json, sys, wushuang, wushuang_client
from wushuang.testing import Emulator

with Emulator(api_key="sk-installed") as emu:
    with wushuang.Wushuang(base_url=emu.base_url, api_key=emu.api_key) as client:
        text = client.completions.create(model="gpt-3.5-turbo-instruct", prompt="installed", max_tokens=3)
print(json.dumps([wushuang.__version__, wushuang_client.__version__, wushuang.__file__, wushuang_client.__file__]))
"""


def readme_command(prefix: str) -> str:
    """The README's one command line that starts with `prefix`."""
    found = [line for line in README.read_text("utf-8").splitlines() if line.startswith(prefix)]
    assert len(found) == 1, f"README.md should have exactly one line starting with {prefix!r}: {found}"
    return found[0]


def third_party_requirements(repo: Path) -> list[str]:
    requirements = []
    for directory in ("generated_client", "wrapper"):
        project = tomllib.loads((repo / directory / "pyproject.toml").read_text("utf-8"))["project"]
        extras = project.get("optional-dependencies", {})
        requirements += project["dependencies"] + [
            need for extra in ("testing", "images", "otel") for need in extras.get(extra, [])
        ]
    return sorted(r for r in requirements if not r.startswith("wushuang"))


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_install_from_a_checkout_and_from_wheels(tmp_path: Path) -> None:
    repo = committed_copy(tmp_path / "repo")
    environment = tmp_path / "venv"
    venv.create(environment, with_pip=True)
    bin_dir = environment / "bin"
    env = {name: value for name, value in os.environ.items() if name not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["PATH"] = f"{bin_dir}{os.pathsep}{env['PATH']}"
    pip = [str(bin_dir / "python"), "-m", "pip", "--disable-pip-version-check", "--no-input", "install", "--quiet"]
    subprocess.run([*pip, *third_party_requirements(repo)], check=True, capture_output=True, timeout=300)

    def run(command: str, cwd: Path) -> str:
        done = subprocess.run(["bash", "-c", command], cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, f"{command}\n{done.stdout}\n{done.stderr}"
        return done.stdout

    def check_installed() -> None:
        versions = run(f"python -c {shlex.quote(CALL)}", tmp_path).strip().splitlines()[-1]
        wrapper_version, client_version, *files = json.loads(versions)
        assert wrapper_version == client_version
        assert all(file.startswith(str(environment)) for file in files), files
        assert "Usage: wushuang" in run("wushuang --help", tmp_path)

    checkout = readme_command("pip install ./generated_client")
    run(checkout, repo)
    check_installed()

    run("pip uninstall --quiet --yes wushuang wushuang-client", tmp_path)
    subprocess.run([sys.executable, "-m", "release", "build"], cwd=repo, check=True, capture_output=True, timeout=300)
    wheels = readme_command("pip install dist/")
    assert re.search(r"dist/wushuang_client-\*\.whl", wheels)
    run(wheels, repo)
    check_installed()


def test_nox_on_a_python_older_than_3_11_stops_loudly() -> None:
    """The noxfile refuses, with a non-zero exit and a message, to run sessions on Python 3.10 (never "skipped")."""
    noxfile = Path(__file__).resolve().parent.parent / "noxfile.py"
    script = (
        "import sys, types; sys.version_info = (3, 10, 13, 'final', 0); sys.version = '3.10.13 (fake)'\n"
        f"exec(compile(open({str(noxfile)!r}).read(), 'noxfile.py', 'exec'), {{'__name__': 'noxfile'}})"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert "wushuang needs Python 3.11 or newer, and this nox runs on Python 3.10.13" in done.stderr
