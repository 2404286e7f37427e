"""The servers of the interop suite: how each is started on 127.0.0.1, what it serves, and with which models.

Each third-party server runs from its own virtual environment (made by `nox -s interop` under
`.nox/interop-servers/<venv>`, from `requirements/interop-<venv>.txt`), as a subprocess on a free port, until the
suite ends. What a server serves was read from its routes (FakeAI's `fakeai/app.py`, llmock's
`llmock/routers/openai.py`, LiteLLM's `litellm/proxy/` routers), not guessed; `unsupported` names operations
it does not route, which the SDK must report as `EndpointNotSupportedError`.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx

HERE = Path(__file__).resolve().parent
START_TIMEOUT = 120.0


@dataclass(frozen=True)
class Models:
    """The model names each kind of call uses on a server."""

    chat: str = "gpt-4o-mini"
    tools: str = "gpt-4o-mini"
    instruct: str = "gpt-3.5-turbo-instruct"
    embedding: str = "text-embedding-3-small"
    image: str = "dall-e-2"
    image_size: str = "256x256"
    speech: str = "tts-1"
    whisper: str = "whisper-1"
    fine_tune: str = "gpt-3.5-turbo-0125"


@dataclass(frozen=True)
class Server:
    name: str
    title: str
    venv: str | None  # None: the emulator, run by the suite's own Python
    package: str  # the distribution whose version the report names
    ops: tuple[str, ...]
    unsupported: tuple[str, ...] = ()
    models: Models = field(default_factory=Models)
    key: str = "sk-interop-0123456789"


CHAT = (
    "chat.create",
    "chat.stream",
    "chat.stream_usage",
    "chat.tools",
    "chat.n",
    "chat.logprobs",
    "chat.json_schema",
    "chat.parse",
    "chat.stream_helper",
)
COMPLETIONS = ("completions.create", "completions.stream")
EMBEDDINGS = ("embeddings.float", "embeddings.base64")
FILES = ("files.create", "files.list", "files.retrieve", "files.content", "files.delete")
FINE_TUNING = (
    "fine_tuning.create",
    "fine_tuning.list",
    "fine_tuning.retrieve",
    "fine_tuning.list_events",
    "fine_tuning.checkpoints",
    "fine_tuning.cancel",
)
ASSISTANTS = (
    "assistants.create",
    "assistants.list",
    "assistants.retrieve",
    "assistants.update",
    "assistants.delete",
)
THREADS = ("threads.create", "threads.retrieve", "threads.update", "threads.delete")
MESSAGES = ("messages.create", "messages.list", "messages.retrieve", "messages.update")
RUNS = (
    "runs.create",
    "runs.list",
    "runs.retrieve",
    "runs.update",
    "runs.cancel",
    "runs.submit_tool_outputs",
    "runs.steps.list",
    "runs.steps.retrieve",
    "runs.stream",
)
EVERY_OPENAI_OP = (
    ("models.list", "models.retrieve")
    + COMPLETIONS
    + CHAT
    + EMBEDDINGS
    + ("images.generate", "images.edit", "images.variation")
    + ("audio.speech", "audio.transcription", "audio.translation", "moderations.create")
    + FILES
    + FINE_TUNING
    + ASSISTANTS
    + ("assistants.files.create", "assistants.files.list", "assistants.files.retrieve", "assistants.files.delete")
    + THREADS
    + ("threads.create_and_run",)
    + MESSAGES
    + ("messages.files.list", "messages.files.retrieve")
    + RUNS
)

SERVERS: dict[str, Server] = {
    server.name: server
    for server in (
        Server(
            name="emulator",
            title="wushuang.testing emulator (every OpenAI operation of the spec)",
            venv=None,
            package="wushuang",
            ops=EVERY_OPENAI_OP,
        ),
        Server(
            name="fakeai",
            title="FakeAI, API key enforced",
            venv="fakeai",
            package="fakeai",
            ops=("models.list", "models.retrieve")
            + COMPLETIONS
            + CHAT
            + EMBEDDINGS
            + ("images.generate", "audio.speech", "moderations.create")
            + ("files.create", "files.list", "files.retrieve", "files.delete")
            + FINE_TUNING
            + ASSISTANTS
            + THREADS
            + MESSAGES
            + RUNS,
            # Routes FakeAI does not have: FastAPI answers 404 {"detail":"Not Found"}.
            unsupported=("audio.transcription", "files.content"),
        ),
        Server(
            name="llmock",
            title="llmock (its OpenAI routes under /v1)",
            venv="llmock",
            package="llmock",
            ops=("models.list",)
            + CHAT
            + EMBEDDINGS
            + ("images.generate",)
            + ("files.create", "files.retrieve", "files.content", "files.delete"),
            unsupported=("completions.create", "models.retrieve", "moderations.create"),
            models=Models(image="dall-e-3", image_size="1024x1024"),
        ),
        Server(
            name="litellm-mock",
            title="LiteLLM proxy with mock_response models",
            venv="litellm",
            package="litellm",
            ops=("models.list", "models.retrieve") + COMPLETIONS + CHAT + EMBEDDINGS,
            unsupported=("audio.translation",),
            models=Models(tools="gpt-4o-mini-tools"),
        ),
        Server(
            name="litellm-emulator",
            title="LiteLLM proxy passing through to the emulator (openai/ upstream)",
            venv="litellm",
            package="litellm",
            ops=("models.list", "models.retrieve")
            + COMPLETIONS
            + CHAT
            + EMBEDDINGS
            + ("images.generate", "images.edit", "audio.speech", "audio.transcription", "moderations.create")
            + FILES
            + ("fine_tuning.create", "fine_tuning.list", "fine_tuning.retrieve", "fine_tuning.cancel")
            + ("assistants.create", "assistants.list", "assistants.delete")
            + ("threads.create", "threads.retrieve", "messages.create", "messages.list")
            + ("runs.create", "runs.stream"),
            unsupported=("audio.translation", "images.variation"),
        ),
    )
}


@dataclass
class Running:
    server: Server
    base_url: str  # the host root, as the SDK takes it; openai takes base_url + "/v1"
    log: Path
    upstream: str | None = None  # the emulator behind a pass-through, when there is one


def servers_dir() -> Path:
    value = os.environ.get("WUSHUANG_INTEROP_SERVERS")
    if not value:
        raise RuntimeError("WUSHUANG_INTEROP_SERVERS is not set: run the interop suite with `nox -s interop`")
    return Path(value)


def venv_bin(venv: str, program: str) -> Path:
    path = servers_dir() / venv / "bin" / program
    if not path.exists():
        raise RuntimeError(f"{path} is missing: the {venv} environment was not installed (run `nox -s interop`)")
    return path


def package_version(server: Server) -> str:
    if server.venv is None:
        from importlib.metadata import version

        return version(server.package)
    script = f"from importlib.metadata import version; print(version({server.package!r}))"
    return subprocess.run(
        [str(venv_bin(server.venv, "python")), "-c", script], check=True, capture_output=True, text=True
    ).stdout.strip()


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _offline_env(extra: dict[str, str]) -> dict[str, str]:
    env = dict(os.environ)
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy", "ALL_PROXY", "all_proxy"):
        env.pop(name, None)
    env.update(
        {
            "NO_PROXY": "127.0.0.1,localhost",
            "HF_HUB_OFFLINE": "1",
            "TRANSFORMERS_OFFLINE": "1",
            "PYTHONUNBUFFERED": "1",
        }
    )
    env.update(extra)
    return env


def _tail(log: Path, lines: int = 30) -> str:
    try:
        return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


@contextmanager
def _process(name: str, argv: list[str], env: dict[str, str], log: Path, probe: str, key: str) -> Iterator[None]:
    """Run `argv` until the block ends; wait until `probe` answers 200 with the key; always stop it."""
    with log.open("wb") as out:
        proc = subprocess.Popen(
            argv, stdout=out, stderr=subprocess.STDOUT, env=env, start_new_session=True, stdin=subprocess.DEVNULL
        )
    try:
        deadline = time.monotonic() + START_TIMEOUT
        last = "no answer yet"
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"{name} exited with status {proc.returncode} at start:\n{_tail(log)}")
            try:
                answer = httpx.get(probe, headers={"Authorization": f"Bearer {key}"}, timeout=5)
                if answer.status_code == 200:
                    break
                last = f"{answer.status_code} {answer.text[:200]}"
            except httpx.HTTPError as exc:
                last = repr(exc)
            if time.monotonic() > deadline:
                raise RuntimeError(
                    f"{name} did not answer {probe} within {START_TIMEOUT:.0f} s ({last}):\n{_tail(log)}"
                )
            time.sleep(0.5)
        yield
    finally:
        if proc.poll() is None:
            # The process leads its own group (start_new_session): stop it and whatever it started.
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=15)


def _emulator(stack: ExitStack, key: str, logs: Path, name: str) -> str:
    port = free_port()
    argv = [sys.executable, "-m", "wushuang.testing", "--port", str(port), "--api-key", key, "--clock", "auto"]
    base = f"http://127.0.0.1:{port}"
    stack.enter_context(_process(name, argv, _offline_env({}), logs / f"{name}.log", f"{base}/v1/models", key))
    return base


@contextmanager
def start(server: Server, logs: Path) -> Iterator[Running]:
    """Start `server` (and what it stands in front of); stop everything when the block ends, also on failure."""
    logs.mkdir(parents=True, exist_ok=True)
    log = logs / f"{server.name}.log"
    with ExitStack() as stack:
        if server.name == "emulator":
            base = _emulator(stack, server.key, logs, server.name)
            yield Running(server, base, log)
            return
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        upstream = None
        if server.name == "fakeai":
            env = _offline_env(
                {
                    "FAKEAI_AUTH__REQUIRE_API_KEY": "true",
                    "FAKEAI_AUTH__API_KEYS": json.dumps([server.key]),
                    "FAKEAI_SERVER__HOST": "127.0.0.1",
                    "FAKEAI_SERVER__PORT": str(port),
                }
            )
            argv = [str(venv_bin("fakeai", "fakeai")), "server", "--host", "127.0.0.1", "--port", str(port)]
        elif server.name == "llmock":
            env = _offline_env({})
            argv = [str(venv_bin("llmock", "llmock")), "serve", "--host", "127.0.0.1", "--port", str(port)]
            argv += ["--log-level", "warning"]
        else:
            env = _offline_env(
                {
                    "LITELLM_LOCAL_MODEL_COST_MAP": "True",
                    "LITELLM_TELEMETRY": "False",
                    "LITELLM_MASTER_KEY": server.key,
                    "LITELLM_LOG": "ERROR",
                    "DISABLE_SCHEMA_UPDATE": "True",
                }
            )
            if server.name == "litellm-emulator":
                upstream_key = "sk-interop-upstream-0123"
                upstream = _emulator(stack, upstream_key, logs, "litellm-upstream-emulator")
                env["INTEROP_UPSTREAM_API_BASE"] = f"{upstream}/v1"
                env["INTEROP_UPSTREAM_API_KEY"] = upstream_key
                # Calls LiteLLM sends without a model's settings (moderations, files) use openai's variables.
                env["OPENAI_API_KEY"] = upstream_key
                env["OPENAI_BASE_URL"] = env["OPENAI_API_BASE"] = f"{upstream}/v1"
                config = HERE / "litellm-emulator.yaml"
            else:
                config = HERE / "litellm-mock.yaml"
            argv = [str(venv_bin("litellm", "litellm")), "--config", str(config), "--host", "127.0.0.1"]
            argv += ["--port", str(port)]
        stack.enter_context(_process(server.name, argv, env, log, f"{base}/v1/models", server.key))
        if server.name == "fakeai":
            # The key must be enforced, or the suite would not be testing what it says.
            refused = httpx.get(f"{base}/v1/models", timeout=10)
            if refused.status_code != 401:
                raise RuntimeError(f"FakeAI answered {refused.status_code} without an API key; expected 401")
        yield Running(server, base, log, upstream)


def logs_dir() -> Path:
    value = os.environ.get("WUSHUANG_INTEROP_LOGS")
    return Path(value) if value else Path(tempfile.mkdtemp(prefix="wushuang-interop-"))
