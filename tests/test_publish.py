"""Publishing both distributions to a real package index on 127.0.0.1, and installing the SDK back from it.

Each test starts pypiserver with an htpasswd file (authentication for upload, download and listing) and runs
`python -m release publish` — what `nox -s publish` runs — on a committed copy of the current working tree.
The install test then makes a fresh virtual environment, installs the third-party dependencies from the default
registry (setup), and `wushuang[testing]` from the local index alone, which must also serve `wushuang-client`;
the installed packages then make one call each against the installed emulator.
"""

from __future__ import annotations

import email.parser
import json
import os
import secrets
import socket
import subprocess
import sys
import time
import venv
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from _repo import committed_copy, git

pytestmark = [
    pytest.mark.slow,
    pytest.mark.timeout(600),
    pytest.mark.filterwarnings("ignore:.crypt. is deprecated:DeprecationWarning"),  # passlib, for htpasswd
]

USER = "publisher"
DISTRIBUTION_FILES = {
    "wushuang_client-{v}-py3-none-any.whl",
    "wushuang_client-{v}.tar.gz",
    "wushuang-{v}-py3-none-any.whl",
    "wushuang-{v}.tar.gz",
}


@dataclass(frozen=True)
class Index:
    """A running pypiserver: where it listens, who may use it, and the folder it serves."""

    url: str
    password: str
    packages: Path

    @property
    def simple(self) -> str:
        """The simple index with the credentials in the URL, as pip takes them."""
        return self.url.replace("http://", f"http://{USER}:{self.password}@") + "simple/"

    def files(self) -> set[str]:
        return {path.name for path in self.packages.iterdir()}


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture
def index(tmp_path: Path) -> Iterator[Index]:
    from passlib.apache import HtpasswdFile

    password = secrets.token_urlsafe(16)
    htpasswd = HtpasswdFile(str(tmp_path / "htpasswd"), new=True)
    htpasswd.set_password(USER, password)
    htpasswd.save()
    packages = tmp_path / "packages"
    packages.mkdir()
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "pypiserver", "run", "-i", "127.0.0.1", "-p", str(port)]
        + ["-P", str(tmp_path / "htpasswd"), "-a", "update,download,list", str(packages)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(url + "simple/", auth=(USER, password)).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert server.poll() is None and time.monotonic() < deadline, "pypiserver did not start"
            time.sleep(0.1)
        assert httpx.get(url + "simple/").status_code == 401  # no credentials, no listing
        yield Index(url, password, packages)
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return committed_copy(tmp_path / "repo")


def _version(repo: Path) -> str:
    namespace: dict[str, str] = {}
    exec((repo / "wrapper/src/wushuang/_version.py").read_text(), namespace)
    return namespace["__version__"]


def _publish(repo: Path, home: Path, *args: str, **variables: str) -> subprocess.CompletedProcess[str]:
    """`python -m release publish` in `repo`, with only the given TWINE_* variables and a HOME of its own."""
    env = {name: value for name, value in os.environ.items() if not name.startswith("TWINE_")}
    env.update(variables, HOME=str(home), PYTHONDONTWRITEBYTECODE="1")
    return subprocess.run(
        [sys.executable, "-m", "release", "publish", *args],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def _twine_env(index: Index, password: str | None = None) -> dict[str, str]:
    return {
        "TWINE_REPOSITORY_URL": index.url,
        "TWINE_USERNAME": USER,
        "TWINE_PASSWORD": password if password is not None else index.password,
    }


def test_publish_then_install_from_the_index(index: Index, repo: Path, tmp_path: Path) -> None:
    version = _version(repo)
    published = _publish(repo, tmp_path, **_twine_env(index))
    output = published.stdout + published.stderr
    assert published.returncode == 0, output
    assert index.files() == {name.format(v=version) for name in DISTRIBUTION_FILES}
    assert index.password not in output
    assert output.index("uploading wushuang-client") < output.index("uploading wushuang ")

    # What the index holds is complete: metadata, py.typed, and nothing but the package in each wheel.
    metadata = {}
    for stem, package in (("wushuang_client", "wushuang_client"), ("wushuang", "wushuang")):
        with zipfile.ZipFile(index.packages / f"{stem}-{version}-py3-none-any.whl") as wheel:
            names = wheel.namelist()
            assert f"{package}/py.typed" in names
            assert {name.split("/")[0] for name in names} == {package, f"{stem}-{version}.dist-info"}
            parsed = email.parser.Parser().parsestr(wheel.read(f"{stem}-{version}.dist-info/METADATA").decode())
        assert parsed["Requires-Python"] == ">=3.11"
        assert parsed["License-Expression"] == "MIT"
        assert parsed["Summary"] and parsed["Project-URL"] and parsed.get_all("Classifier")
        assert parsed["Description-Content-Type"] == "text/markdown" and parsed.get_payload()
        metadata[package] = parsed
    wrapper_requires = metadata["wushuang"].get_all("Requires-Dist")
    assert f"wushuang-client<0.2,>={version}" in wrapper_requires
    assert any("starlette" in r and "extra == 'testing'" in r for r in wrapper_requires)

    # Publishing the same version again fails clearly and changes nothing.
    again = _publish(repo, tmp_path, **_twine_env(index))
    assert again.returncode == 1
    assert f"wushuang-client {version} already exists on {index.url}" in again.stderr
    assert index.files() == {name.format(v=version) for name in DISTRIBUTION_FILES}

    # A fresh environment: third-party requirements from the default registry, the SDK from the index alone.
    environment = tmp_path / "venv"
    venv.create(environment, with_pip=True)
    python = str(environment / "bin" / "python")
    third_party = sorted(
        requirement.split(";")[0].strip()
        for parsed in metadata.values()
        for requirement in parsed.get_all("Requires-Dist")
        if not requirement.startswith("wushuang")
    )
    pip = [python, "-m", "pip", "--disable-pip-version-check", "--no-input", "install", "--quiet"]
    subprocess.run([*pip, *third_party], check=True, capture_output=True, timeout=300)
    # No pip configuration file or PIP_* variable may add another index or a wheel folder to this install.
    only_the_index = {name: value for name, value in os.environ.items() if not name.startswith("PIP_")}
    report = tmp_path / "report.json"
    installed = subprocess.run(
        [*pip, "--index-url", index.simple, "--no-cache-dir", "--report", str(report)]
        + [f"wushuang[testing]=={version}"],
        env={**only_the_index, "PIP_CONFIG_FILE": os.devnull},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert installed.returncode == 0, installed.stdout + installed.stderr
    installs = json.loads(report.read_text())["install"]
    sources = {item["metadata"]["name"]: item["download_info"]["url"] for item in installs}
    assert sorted(sources) == ["wushuang", "wushuang-client"]
    assert all(url.startswith(index.url) for url in sources.values()), sources

    call = subprocess.run(
        [python, "-c", CALL],
        cwd=tmp_path,  # not the repository: the installed packages must be the ones imported
        env={name: value for name, value in os.environ.items() if name not in ("PYTHONPATH", "WUSHUANG_LOG")},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert call.returncode == 0, call.stderr
    result = json.loads(call.stdout)
    assert result["versions"] == [version, version]
    assert all(str(environment) in path for path in result["files"])
    assert result["text"] and result["models"] > 0
    assert result["served"] == ["/v1/completions", "/v1/models"]


CALL = """
import json, sys
from importlib.metadata import version
import wushuang, wushuang_client
from wushuang.testing import Emulator  # the testing extra: the emulator runs from the installed package
from wushuang_client.api.models import list_models

with Emulator(api_key="sk-from-the-index") as emu:
    with wushuang.Wushuang(base_url=emu.base_url, api_key=emu.api_key) as client:
        completion = client.completions.create(model="gpt-3.5-turbo-instruct", prompt="from the index", max_tokens=5)
    with wushuang_client.AuthenticatedClient(base_url=emu.base_url, token=emu.api_key) as low:
        models = list_models.sync(client=low)
    served = [request.path for request in emu.requests]
print(json.dumps({
    "versions": [wushuang.__version__, version("wushuang-client")],
    "files": [wushuang.__file__, wushuang_client.__file__, sys.modules["wushuang.testing"].__file__],
    "text": completion.choices[0].text,
    "models": len(models.data),
    "served": served,
}))
"""


def test_wrong_credentials_upload_nothing_then_a_pypirc_repository_works(
    index: Index, repo: Path, tmp_path: Path
) -> None:
    refused = _publish(repo, tmp_path, **_twine_env(index, password="not-the-password"))
    assert refused.returncode == 1
    assert f"the index refused the credentials of {USER}" in refused.stderr
    assert "not-the-password" not in refused.stdout + refused.stderr
    assert index.files() == set()

    pypirc = tmp_path / "pypirc"
    pypirc.write_text(
        f"[distutils]\nindex-servers = internal\n\n[internal]\nrepository = {index.url}\n"
        f"username = {USER}\npassword = {index.password}\n"
    )
    published = _publish(repo, tmp_path, "--repository", "internal", "--config-file", str(pypirc))
    assert published.returncode == 0, published.stdout + published.stderr
    assert index.password not in published.stdout + published.stderr
    assert len(index.files()) == 4


def test_an_uncommitted_change_is_refused(index: Index, repo: Path, tmp_path: Path) -> None:
    (repo / "examples" / "quickstart.py").write_text("# edited\n", encoding="utf-8")
    refused = _publish(repo, tmp_path, **_twine_env(index))
    assert refused.returncode == 1
    assert "refusing to publish: the tree has 1 uncommitted change(s)" in refused.stderr
    assert "examples/quickstart.py" in refused.stderr
    assert index.files() == set()


def test_stale_generated_code_is_refused(index: Index, repo: Path, tmp_path: Path) -> None:
    spec = repo / "openapi" / "wushuang.yaml"
    spec.write_text(spec.read_text(encoding="utf-8").replace("summary: OpenAI-compatible", "summary: Changed"))
    git(repo, "commit", "-q", "-am", "edit the spec without regenerating")
    refused = _publish(repo, tmp_path, **_twine_env(index))
    assert refused.returncode == 1
    assert "refusing to publish: the generated code is stale" in refused.stderr
    assert index.files() == set()


def test_no_index_named_is_refused(repo: Path, tmp_path: Path) -> None:
    refused = _publish(repo, tmp_path)
    assert refused.returncode == 1
    assert "no package index named" in refused.stderr and "never defaults to the public PyPI" in refused.stderr


def test_the_public_pypi_is_refused(repo: Path, tmp_path: Path) -> None:
    for args, variables in (
        ((), {"TWINE_REPOSITORY_URL": "https://upload.pypi.org/legacy/"}),
        (("--repository", "pypi"), {}),
    ):
        refused = _publish(repo, tmp_path, *args, **variables)
        assert refused.returncode == 1
        assert "refusing to publish to the public PyPI" in refused.stderr
