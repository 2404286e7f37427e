"""`wushuang emulator` and `python -m wushuang.testing`: no option needed, a banner to paste, the right program name
in usage, a quiet Ctrl-C, a bind error that names the port, seed data only when asked.

The processes are real (a signal and a port held by another socket are what these tests are about); each lives for
about a second."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest
from click.testing import CliRunner

from wushuang._cli import cli
from wushuang.testing import DEFAULT_API_KEY
from wushuang.testing.__main__ import DEFAULT_PORT, INTERRUPTED

WUSHUANG = [sys.executable, "-m", "wushuang"]
MODULE = [sys.executable, "-m", "wushuang.testing"]


def environment(**extra: str) -> dict[str, str]:
    """This environment without the SDK's variables (none is set for the emulator unless a test says so)."""
    env = {k: v for k, v in os.environ.items() if k not in ("WUSHUANG_API_KEY", "WUSHUANG_BASE_URL")}
    return {**env, "PYTHONPATH": os.pathsep.join(sys.path), **extra}


@contextmanager
def serving(command: list[str], env: dict[str, str]) -> Iterator[subprocess.Popen[str]]:
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        yield process
    finally:
        if process.poll() is None:
            process.kill()
        process.communicate(timeout=10)


def banner(process: subprocess.Popen[str]) -> list[str]:
    assert process.stdout is not None
    return [process.stdout.readline() for _ in range(3)]


def exports(lines: list[str]) -> dict[str, str]:
    """The `export NAME=VALUE` lines of a banner, as a shell would set them."""
    pairs = [line.split(maxsplit=1)[1].split("=", 1) for line in lines if line.lstrip().startswith("export ")]
    return {name: value.rstrip("\n") for name, value in pairs}


def interrupt(process: subprocess.Popen[str]) -> tuple[int, str]:
    """Ctrl-C, as a terminal sends it: SIGINT. Returns the exit status and what went to stderr."""
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=10)
    return process.returncode, stderr


def test_the_banner_prints_the_environment_that_reaches_it_and_ctrl_c_is_quiet() -> None:
    with serving([*WUSHUANG, "emulator", "--port", "0"], environment()) as process:
        lines = banner(process)
        variables = exports(lines)
        assert lines[0].startswith("wushuang emulator serving on http://127.0.0.1:") and "Ctrl-C" in lines[0]
        assert variables["WUSHUANG_API_KEY"] == DEFAULT_API_KEY
        assert variables["WUSHUANG_BASE_URL"] == lines[0].split()[4]
        models = subprocess.run(
            [*WUSHUANG, "models"], env=environment(**variables), capture_output=True, text=True, timeout=60
        )
        assert models.returncode == 0 and "gpt-4" in models.stdout.split(), models.stderr
        status, stderr = interrupt(process)
    assert (status, stderr) == (INTERRUPTED, "")  # no "error: interrupted", no traceback


def test_a_given_key_is_used_and_never_printed_and_seed_data_is_there_when_asked() -> None:
    secret = "sk-given-0123456789"
    command = [*MODULE, "--port", "0", "--seed-assistants", "3"]
    with serving(command, environment(WUSHUANG_API_KEY=secret)) as process:
        lines = banner(process)
        url = exports(lines)["WUSHUANG_BASE_URL"]
        assert "WUSHUANG_API_KEY" not in exports(lines) and "not shown" in lines[2]
        assert httpx.get(url + "/v1/models", headers={"Authorization": f"Bearer {secret}"}).status_code == 200
        assert httpx.get(url + "/v1/models", headers={"Authorization": f"Bearer {DEFAULT_API_KEY}"}).status_code == 401
        headers = {"Authorization": f"Bearer {secret}", "OpenAI-Beta": "assistants=v1"}
        names = [a["name"] for a in httpx.get(url + "/v1/assistants", headers=headers).json()["data"]]
        assert names == ["Assistant 02", "Assistant 01", "Assistant 00"]
        status, stderr = interrupt(process)
    assert status == INTERRUPTED and stderr == ""
    assert secret not in "\n".join(lines)


def test_a_port_in_use_is_named() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run(
            [*WUSHUANG, "emulator", "--port", str(port)], env=environment(), capture_output=True, text=True, timeout=60
        )
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.startswith(f"error: port {port} on 127.0.0.1 is already in use")
    assert "--port" in done.stderr and "Traceback" not in done.stderr


def test_with_no_option_it_serves_on_8080_with_the_test_key() -> None:
    """Port 8080 may be taken on this machine: then the error names it, which is the other half of the promise."""
    with serving([*WUSHUANG, "emulator"], environment()) as process:
        assert process.stdout is not None and process.stderr is not None
        first = process.stdout.readline()
        if not first:
            assert process.wait(timeout=10) == 1
            assert process.stderr.read().startswith(f"error: port {DEFAULT_PORT} on 127.0.0.1 is already in use")
            return
        lines = [first, process.stdout.readline(), process.stdout.readline()]
        assert exports(lines) == {
            "WUSHUANG_BASE_URL": f"http://127.0.0.1:{DEFAULT_PORT}",
            "WUSHUANG_API_KEY": DEFAULT_API_KEY,
        }
        assert interrupt(process) == (INTERRUPTED, "")


def test_usage_names_wushuang_emulator() -> None:
    done = CliRunner().invoke(cli, ["emulator", "--port", "http"], env={"WUSHUANG_API_KEY": ""})
    assert done.exit_code == 2
    assert done.stderr.startswith("usage: wushuang emulator ")
    assert "wushuang emulator: error: argument --port: 'http' is not a port number (0 to 65535)" in done.stderr
    help_text = CliRunner().invoke(cli, ["emulator", "--help"]).stdout
    assert help_text.startswith("usage: wushuang emulator ") and "--seed-assistants N" in help_text


@pytest.mark.parametrize("value", ["-1", "some"])
def test_seed_assistants_is_a_count(value: str) -> None:
    done = CliRunner().invoke(cli, ["emulator", "--seed-assistants", value])
    assert done.exit_code == 2 and f"argument --seed-assistants: {value!r} is not a count (0 or more)" in done.stderr
