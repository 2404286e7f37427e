"""The `wushuang` command line end to end against the emulator: in-process (click's runner) and as a real process.

Every run goes through `run` / `run_process`, which check that the API key appears in no output.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from functools import cached_property
from pathlib import Path
from types import SimpleNamespace
from typing import Any, Protocol

import pytest
from click.testing import CliRunner, Result

import wushuang
from wushuang._cli import EXIT_CODES, SUBCOMMANDS, cli
from wushuang._cli._api import described
from wushuang._core.operation import all_operations
from wushuang._generated.cli import MODULES
from wushuang.testing import Emulator, Fault

KEY = "sk-cli-secret-4f9c2a7e1b"
WRONG_KEY = "sk-cli-wrong-8d3e6b0a5c"
SECRETS = (KEY, WRONG_KEY)

WEATHER = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
    },
}


@pytest.fixture(scope="module")
def server() -> Iterator[Emulator]:
    """The module's emulator: each poll of a Midjourney task or a run moves its clock 30 s on."""
    with Emulator(api_key=KEY, auto_advance=30.0) as emu:
        yield emu


@pytest.fixture(scope="module")
def relay() -> Iterator[Emulator]:
    """An emulator with the relay profile: it refuses what new-api-family relays do not route."""
    with Emulator(api_key=KEY, profile="relay") as emu:
        yield emu


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


class Relay(Protocol):
    """Where `run` sends the command line: an `Emulator`, or the address of one in another process."""

    api_key: str
    base_url: str


def _check_no_key(*outputs: str | bytes) -> None:
    for output in outputs:
        text = output.decode(errors="replace") if isinstance(output, bytes) else output
        for secret in SECRETS:
            assert secret not in text, "the API key appears in the output"


def run(
    emu: Emulator, *args: str, code: int = 0, stdin: str | None = None, env: dict[str, str] | None = None
) -> Result:
    """`wushuang ARGS` in-process against `emu`; checks the exit status and that no output holds the key."""
    environment = {"WUSHUANG_API_KEY": emu.api_key, "WUSHUANG_BASE_URL": emu.base_url, **(env or {})}
    result = CliRunner().invoke(cli, list(args), input=stdin, env=environment)
    _check_no_key(result.stdout, result.stderr)
    assert result.exit_code == code, (result.stdout, result.stderr, result.exception)
    if code:  # one error line, last (a wait names its task on stderr first)
        lines = result.stderr.splitlines()
        assert lines and lines[-1].startswith("error: ") and not any(line.startswith("error") for line in lines[:-1]), (
            lines
        )
    return result


def run_process(
    emu: Emulator | None, *args: str, cwd: Path, code: int = 0, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    """`python -m wushuang ARGS` in a new process (PYTHONPATH kept); the same checks as `run`."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    env.pop("WUSHUANG_API_KEY", None)
    if emu is not None:
        env |= {"WUSHUANG_API_KEY": emu.api_key, "WUSHUANG_BASE_URL": emu.base_url}
    done = subprocess.run(
        [sys.executable, "-m", "wushuang", *args],
        env=env,
        cwd=cwd,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    _check_no_key(done.stdout, done.stderr)
    assert done.returncode == code, (done.stdout, done.stderr)
    return done


# ---------------------------------------------------------------- objects the examples refer to
class World:
    """Objects on the emulator, each made on first use: `<name>` in an example is replaced by `World.name`."""

    def __init__(self, client: wushuang.Wushuang, folder: Path) -> None:
        self.client = client
        self.folder = folder

    @cached_property
    def image(self) -> str:
        path = self.folder / "picture.png"
        wushuang.save_image(self.client.images.generate(prompt="a cat", response_format="b64_json").data[0], path)
        return str(path)

    @cached_property
    def audio(self) -> str:
        path = self.folder / "speech.mp3"
        self.client.audio.speech.create(model="tts-1", input="Hello there", voice="alloy").write_to_file(path)
        return str(path)

    @cached_property
    def note(self) -> str:
        path = self.folder / "note.txt"
        path.write_text("a note for the assistant\n")
        return str(path)

    @cached_property
    def file_id(self) -> str:
        return self.client.files.create(file=Path(self.note), purpose="assistants").id

    @cached_property
    def other_file_id(self) -> str:
        return self.client.files.create(file=("other.txt", b"another"), purpose="assistants").id

    @cached_property
    def training_file_id(self) -> str:
        line = {"messages": [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello"}]}
        data = (json.dumps(line) + "\n").encode() * 10
        return self.client.files.create(file=("train.jsonl", data), purpose="fine-tune").id

    @cached_property
    def job_id(self) -> str:
        return self.client.fine_tuning.jobs.create(model="gpt-3.5-turbo", training_file=self.training_file_id).id

    @cached_property
    def assistant_id(self) -> str:
        return self.client.beta.assistants.create(model="gpt-4", file_ids=[self.file_id], tools=[WEATHER]).id  # type: ignore[list-item]

    @cached_property
    def thread_id(self) -> str:
        return self.client.beta.threads.create().id

    @cached_property
    def free_thread_id(self) -> str:
        return self.client.beta.threads.create().id

    @cached_property
    def message_id(self) -> str:
        threads = self.client.beta.threads
        return threads.messages.create(self.thread_id, role="user", content="Hi", file_ids=[self.file_id]).id

    @cached_property
    def _run(self) -> Any:
        _ = self.message_id  # the thread has its message before the run starts
        runs = self.client.beta.threads.runs
        run = runs.create_and_poll(self.thread_id, assistant_id=self.assistant_id, poll_interval=0.01, poll_timeout=10)
        assert run.status == "requires_action"
        return run

    @property
    def run_id(self) -> str:
        return str(self._run.id)

    @property
    def call_id(self) -> str:
        return str(self._run.required_action.submit_tool_outputs.tool_calls[0].id)

    @cached_property
    def step_id(self) -> str:
        return next(iter(self.client.beta.threads.runs.steps.list(self.run_id, thread_id=self.thread_id))).id

    @cached_property
    def _task(self) -> Any:
        submitted = self.client.midjourney.submit.imagine(prompt="a cat")
        return self.client.midjourney.tasks.wait(str(submitted.result), interval=0.01)

    @property
    def task_id(self) -> str:
        return str(self._task.id)

    @property
    def custom_id(self) -> str:
        return str(self._task.buttons[0].custom_id)

    @cached_property
    def modal_task_id(self) -> str:
        """A task waiting for its modal step: Custom Zoom pressed on an upscale."""
        midjourney = self.client.midjourney
        upscaled = midjourney.tasks.wait(midjourney.submit.press(self._task, "U1").task_id, interval=0.01)
        pressed = midjourney.submit.press(upscaled, "Custom Zoom")
        assert pressed.needs_modal
        return pressed.task_id


@pytest.fixture
def world(client: wushuang.Wushuang, workdir: Path) -> World:
    return World(client, workdir)


def fill(args: list[str], world: World) -> list[str]:
    return [re.sub(r"<(\w+)>", lambda match: str(getattr(world, match.group(1))), arg) for arg in args]


MESSAGES = '[{"role": "user", "content": "Hi"}]'
METADATA = '{"k": "v"}'
THREAD_RUN = ["--thread-id", "<thread_id>", "--run-id", "<run_id>"]
THREAD_MESSAGE = ["--thread-id", "<thread_id>", "--message-id", "<message_id>"]

# The arguments of `wushuang api NAME` for every operation; binary answers are written to `-o` (checked apart).
EXAMPLES: dict[str, list[str]] = {
    "completions.create": ["--model", "gpt-3.5-turbo-instruct", "--prompt", "Say hi", "--max-tokens", "5"],
    "chat.completions.create": ["--model", "gpt-4", "--messages", MESSAGES, "--temperature", "0.5"],
    "models.list": [],
    "models.retrieve": ["--model", "gpt-4"],
    "files.list": ["--purpose", "assistants"],
    "files.create": ["--file", "@<note>", "--purpose", "assistants"],
    "files.retrieve": ["--file-id", "<file_id>"],
    "files.delete": ["--file-id", "<file_id>"],
    "files.content": ["--file-id", "<file_id>", "-o", "content.bin"],
    "audio.speech.create": ["--model", "tts-1", "--input", "Hello", "--voice", "alloy", "-o", "hello.mp3"],
    "audio.transcriptions.create": ["--file", "@<audio>", "--model", "whisper-1"],
    "audio.translations.create": ["--file", "@<audio>", "--model", "whisper-1"],
    "embeddings.create": ["--input", '["a", "b"]', "--model", "text-embedding-3-small"],
    "moderations.create": ["--input", "some text"],
    "images.generate": ["--prompt", "a cat", "--response-format", "b64_json", "--n", "1"],
    "images.edit": ["--image", "@<image>", "--prompt", "a hat", "--mask", "@<image>"],
    "images.create_variation": ["--image", "@<image>"],
    "fine_tuning.jobs.list": ["--limit", "2"],
    "fine_tuning.jobs.create": ["--model", "gpt-3.5-turbo", "--training-file", "<training_file_id>"],
    "fine_tuning.jobs.retrieve": ["--fine-tuning-job-id", "<job_id>"],
    "fine_tuning.jobs.cancel": ["--fine-tuning-job-id", "<job_id>"],
    "fine_tuning.jobs.list_events": ["--fine-tuning-job-id", "<job_id>"],
    "fine_tuning.jobs.checkpoints.list": ["--fine-tuning-job-id", "<job_id>"],
    "beta.assistants.list": ["--order", "asc"],
    "beta.assistants.create": ["--model", "gpt-4", "--tools", '[{"type": "code_interpreter"}]', "--metadata", METADATA],
    "beta.assistants.retrieve": ["--assistant-id", "<assistant_id>"],
    "beta.assistants.update": ["--assistant-id", "<assistant_id>", "--name", "renamed"],
    "beta.assistants.delete": ["--assistant-id", "<assistant_id>"],
    "beta.assistants.files.list": ["--assistant-id", "<assistant_id>"],
    "beta.assistants.files.create": ["--assistant-id", "<assistant_id>", "--file-id", "<other_file_id>"],
    "beta.assistants.files.retrieve": ["--assistant-id", "<assistant_id>", "--file-id", "<file_id>"],
    "beta.assistants.files.delete": ["--assistant-id", "<assistant_id>", "--file-id", "<file_id>"],
    "beta.threads.create": ["--messages", MESSAGES, "--metadata", METADATA],
    "beta.threads.create_and_run": ["--assistant-id", "<assistant_id>", "--thread", f'{{"messages": {MESSAGES}}}'],
    "beta.threads.retrieve": ["--thread-id", "<thread_id>"],
    "beta.threads.update": ["--thread-id", "<thread_id>", "--metadata", METADATA],
    "beta.threads.delete": ["--thread-id", "<thread_id>"],
    "beta.threads.messages.list": ["--thread-id", "<thread_id>", "--limit", "5"],
    "beta.threads.messages.create": ["--thread-id", "<free_thread_id>", "--role", "user", "--content", "Hello"],
    "beta.threads.messages.retrieve": THREAD_MESSAGE,
    "beta.threads.messages.update": [*THREAD_MESSAGE, "--metadata", METADATA],
    "beta.threads.messages.files.list": THREAD_MESSAGE,
    "beta.threads.messages.files.retrieve": [*THREAD_MESSAGE, "--file-id", "<file_id>"],
    "beta.threads.runs.list": ["--thread-id", "<thread_id>"],
    "beta.threads.runs.create": ["--thread-id", "<free_thread_id>", "--assistant-id", "<assistant_id>"],
    "beta.threads.runs.retrieve": THREAD_RUN,
    "beta.threads.runs.update": [*THREAD_RUN, "--metadata", METADATA],
    "beta.threads.runs.submit_tool_outputs": [
        *THREAD_RUN,
        "--tool-outputs",
        '[{"tool_call_id": "<call_id>", "output": "sunny"}]',
    ],
    "beta.threads.runs.cancel": THREAD_RUN,
    "beta.threads.runs.steps.list": THREAD_RUN,
    "beta.threads.runs.steps.retrieve": [*THREAD_RUN, "--step-id", "<step_id>"],
    "midjourney.submit.imagine": ["--prompt", "a cat", "--bot-type", "MID_JOURNEY"],
    "midjourney.tasks.fetch": ["--task-id", "<task_id>"],
    "midjourney.submit.blend": ["--base64-array", "@<image>", "--base64-array", "@<image>"],
    "midjourney.submit.describe": ["--base64", "@<image>"],
    "midjourney.submit.change": ["--task-id", "<task_id>", "--action", "UPSCALE", "--index", "1"],
    "midjourney.submit.simple_change": ["--content", "<task_id> U1"],
    "midjourney.submit.action": ["--task-id", "<task_id>", "--custom-id", "<custom_id>"],
    "midjourney.submit.modal": ["--task-id", "<modal_task_id>", "--prompt", "a cat --zoom 2"],
    "midjourney.submit.shorten": ["--prompt", "a very long prompt about a cat on a mat"],
    "midjourney.submit.swap_face": ["--source-base64", "@<image>", "--target-base64", "@<image>"],
    "midjourney.tasks.list_by_condition": ["--ids", '["<task_id>"]'],
    "midjourney.tasks.image_seed": ["--task-id", "<task_id>"],
    "billing.subscription": [],
    "billing.usage": ["--start-date", "2026-01-01"],
    "billing.token_usage": [],
    "billing.logs": [],
    "billing.pricing": [],
    "rerank.create": ["--model", "jina-reranker-v2-base-multilingual", "--query", "cats", "--documents", '["a cat"]'],
}


def test_every_operation_has_an_example() -> None:
    """A new operation of the spec is a new command: add its example here."""
    examples = {described(name)[0] for name in EXAMPLES if name in MODULES}
    assert sorted(set(all_operations()) - examples) == [], "operations without an example in EXAMPLES"
    assert sorted(set(EXAMPLES) - set(MODULES)) == [], "examples of commands that do not exist"


@pytest.mark.parametrize("name", list(EXAMPLES))
def test_generic_command_calls_the_operation(name: str, emu: Emulator, world: World) -> None:
    args = fill(EXAMPLES[name], world)
    before = len(emu.requests.for_operation(described(name)[0]))
    result = run(emu, "api", name, *args)
    assert len(emu.requests.for_operation(described(name)[0])) == before + 1
    if "-o" in args:
        written = Path(args[args.index("-o") + 1])
        assert written.stat().st_size > 0 and result.stdout.strip() == str(written)
    else:
        assert json.loads(result.stdout)  # a non-empty object (a list, for list_by_condition)


def test_generic_help_lists_every_operation_with_its_summary(emu: Emulator) -> None:
    listed = run(emu, "api", "--help").stdout
    for name in MODULES:
        summary = described(name)[1]
        assert re.search(rf"^\s+{re.escape(name)}\s+{re.escape(summary[:30])}", listed, re.MULTILINE), name
    options = run(emu, "api", "chat.completions.create", "--help").stdout
    assert "--messages JSON" in options and "[required]" in options and "--stream / --no-stream" in options


def test_generic_json_from_a_file_and_compact_output(emu: Emulator, workdir: Path) -> None:
    (workdir / "messages.json").write_text(MESSAGES)
    result = run(emu, "--json", "api", "chat.completions.create", "--model", "gpt-4", "--messages", "@messages.json")
    assert result.stdout.count("\n") == 1 and json.loads(result.stdout)["object"] == "chat.completion"
    sent = emu.requests.for_operation("createChatCompletion")[-1]
    assert json.loads(sent.body)["messages"] == json.loads(MESSAGES)


def test_generic_stream_prints_text_then_json_lines(emu: Emulator) -> None:
    args = ["api", "chat.completions.create", "--model", "gpt-4", "--messages", MESSAGES, "--stream"]
    text = run(emu, *args).stdout
    assert text.endswith("\n") and not text.lstrip().startswith("{") and len(text.split()) > 3
    lines = run(emu, "--json", *args).stdout.splitlines()
    chunks = [json.loads(line) for line in lines]
    assert len(chunks) > 3 and all(chunk["object"] == "chat.completion.chunk" for chunk in chunks)
    joined = "".join(chunk["choices"][0]["delta"].get("content") or "" for chunk in chunks if chunk["choices"])
    assert joined.split() and len(joined.split()) == len(text.split())


def test_generic_binary_to_stdout(emu: Emulator) -> None:
    args = ["api", "audio.speech.create", "--model", "tts-1", "--input", "Hi", "--voice", "alloy", "-o", "-"]
    result = CliRunner().invoke(cli, args, env={"WUSHUANG_API_KEY": KEY, "WUSHUANG_BASE_URL": emu.base_url})
    _check_no_key(result.stdout_bytes, result.stderr)
    assert result.exit_code == 0 and len(result.stdout_bytes) > 100


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--messages", "not json"], "not valid JSON"),
        (["--messages", "@missing.json"], "cannot read 'missing.json'"),
        (["--messages", '[{"role": "nobody"}]'], "messages[0]"),
    ],
)
def test_generic_bad_input_is_refused_before_sending(
    args: list[str], message: str, emu: Emulator, workdir: Path
) -> None:
    result = run(emu, "api", "chat.completions.create", "--model", "gpt-4", *args, code=2)
    assert message in result.stderr
    assert emu.requests.for_operation("createChatCompletion") == []


def test_generic_upload_of_a_missing_file_is_refused(emu: Emulator, workdir: Path) -> None:
    result = run(emu, "api", "files.create", "--file", "@nope.txt", "--purpose", "assistants", code=2)
    assert "no such file: 'nope.txt'" in result.stderr


# ---------------------------------------------------------------- friendly commands
def test_chat_streams_the_reply_and_reads_stdin(emu: Emulator) -> None:
    assert len(run(emu, "chat", "Say hi", "--model", "gpt-4", "--system", "Be brief").stdout.split()) > 2
    sent = json.loads(emu.requests.for_operation("createChatCompletion")[-1].body)
    assert sent["stream"] is True and sent["model"] == "gpt-4"
    assert [m["role"] for m in sent["messages"]] == ["system", "user"]
    run(emu, "chat", stdin="from stdin\n")
    assert json.loads(emu.requests.for_operation("createChatCompletion")[-1].body)["messages"][-1]["content"] == (
        "from stdin\n"
    )


def test_chat_interactive_keeps_the_conversation(emu: Emulator) -> None:
    result = run(emu, "chat", "-i", "first", stdin="second\n\nthird\n")
    sent = [json.loads(r.body)["messages"] for r in emu.requests.for_operation("createChatCompletion")]
    assert len(sent) == 3 and [m["role"] for m in sent[-1]] == ["user", "assistant", "user", "assistant", "user"]
    assert [m["content"] for m in sent[-1] if m["role"] == "user"] == ["first", "second", "third"]
    assert sent[-1][1]["content"].strip() and sent[-1][1]["content"] in result.stdout


def test_chat_json_prints_chunks(emu: Emulator) -> None:
    lines = run(emu, "--json", "chat", "Hi").stdout.splitlines()
    assert all(json.loads(line)["object"] == "chat.completion.chunk" for line in lines) and len(lines) > 2


def test_complete(emu: Emulator) -> None:
    assert run(emu, "complete", "Once upon a time", "--max-tokens", "5").stdout.strip()
    assert json.loads(emu.requests.for_operation("createCompletion")[-1].body)["max_tokens"] == 5


def test_models(emu: Emulator) -> None:
    ids = run(emu, "models").stdout.split()
    assert "gpt-4" in ids and "whisper-1" in ids
    assert json.loads(run(emu, "models", "gpt-4").stdout)["id"] == "gpt-4"
    assert {m["id"] for m in json.loads(run(emu, "--json", "models").stdout)["data"]} == set(ids)


def test_embed(emu: Emulator) -> None:
    lines = run(emu, "embed", "one", "two", "--dimensions", "8").stdout.splitlines()
    assert [len(json.loads(line)) for line in lines] == [8, 8]
    assert len(json.loads(run(emu, "--json", "embed", "one").stdout)["data"]) == 1


def test_image_to_a_file_and_to_a_folder(emu: Emulator, workdir: Path) -> None:
    assert run(emu, "image", "a cat", "-o", "cat.png").stdout.split() == ["cat.png"]
    assert (workdir / "cat.png").read_bytes().startswith(b"\x89PNG")
    written = run(emu, "image", "a cat", "-n", "2", "-o", "cats/").stdout.split()
    assert written == [str(Path("cats", "image-1.png")), str(Path("cats", "image-2.png"))]
    assert all((workdir / path).read_bytes().startswith(b"\x89PNG") for path in written)


def test_speak_and_transcribe(emu: Emulator, workdir: Path) -> None:
    run(emu, "speak", "Hello there", "-o", "hello.wav")
    assert json.loads(emu.requests.for_operation("createSpeech")[-1].body)["response_format"] == "wav"
    assert (workdir / "hello.wav").stat().st_size > 0
    assert run(emu, "transcribe", "hello.wav").stdout.strip()
    assert run(emu, "transcribe", "hello.wav", "--format", "text").stdout.strip()
    run(emu, "transcribe", "missing.wav", code=2)


def test_files_upload_list_download_delete(emu: Emulator, workdir: Path) -> None:
    (workdir / "note.txt").write_text("hello file\n")
    file_id = json.loads(run(emu, "files", "upload", "note.txt").stdout)["id"]
    assert file_id in run(emu, "files", "list").stdout
    run(emu, "files", "download", file_id, "-o", "copy.txt")
    assert (workdir / "copy.txt").read_text() == "hello file\n"
    assert run(emu, "files", "delete", file_id).stdout.strip() == f"deleted {file_id}"
    assert json.loads(run(emu, "--json", "files", "list").stdout)["data"] == []


def test_mj_imagine_wait_press_download(emu: Emulator, workdir: Path) -> None:
    out = run(emu, "mj", "imagine", "a cat", "--interval", "0.01", "-o", "art").stdout.splitlines()
    task_id, status = out[0].split("\t")[:2]
    assert status == "SUCCESS" and "U1" in out[1]
    assert (workdir / "art" / f"{task_id}.png").read_bytes().startswith(b"\x89PNG")
    pressed = run(emu, "--json", "mj", "press", task_id, "U1", "--wait", "--interval", "0.01").stdout
    assert json.loads(pressed)["status"] == "SUCCESS"
    submitted = run(emu, "mj", "imagine", "a dog").stdout.strip()
    assert submitted.isdigit()
    assert run(emu, "mj", "wait", submitted, "--interval", "0.01").stdout.startswith(f"{submitted}\tSUCCESS")
    run(emu, "mj", "download", submitted, "-o", "dog.png")
    assert (workdir / "dog.png").read_bytes().startswith(b"\x89PNG")


def test_mj_describe_and_blend(emu: Emulator, world: World) -> None:
    described = run(emu, "mj", "describe", world.image, "--wait", "--interval", "0.01").stdout
    assert "\tSUCCESS\t" in described and len(described.splitlines()) >= 2
    blended = run(emu, "--json", "mj", "blend", world.image, world.image, "--wait", "--interval", "0.01").stdout
    assert json.loads(blended)["action"] == "BLEND"


def test_completion_scripts(emu: Emulator) -> None:
    for shell, marker in (("bash", "complete -o"), ("zsh", "compdef"), ("fish", "complete --no-files")):
        script = run(emu, "completion", shell).stdout
        assert marker in script and "_WUSHUANG_COMPLETE" in script
    run(emu, "completion", "tcsh", code=2)


def test_completion_of_operation_names(emu: Emulator) -> None:
    env = {"_WUSHUANG_COMPLETE": "bash_complete", "COMP_WORDS": "wushuang api beta.threads.runs.s", "COMP_CWORD": "2"}
    names = [line.split(",", 1)[1] for line in run(emu, env=env).stdout.splitlines()]
    assert names == [
        "beta.threads.runs.submit_tool_outputs",
        "beta.threads.runs.steps.list",
        "beta.threads.runs.steps.retrieve",
    ]
    env = {"_WUSHUANG_COMPLETE": "bash_complete", "COMP_WORDS": "wushuang co", "COMP_CWORD": "1"}
    assert [line.split(",", 1)[1] for line in run(emu, env=env).stdout.splitlines()] == ["complete", "completion"]


# ---------------------------------------------------------------- errors and exit codes
CHAT = ["api", "chat.completions.create", "--model", "gpt-4", "--messages", MESSAGES]


@pytest.mark.parametrize(
    ("fault", "code"),
    [
        (Fault(status=401), 3),
        (Fault(status=403), 3),
        (Fault(status=429), 4),
        (Fault(status=500), 6),
        (Fault(status=400), 6),
    ],
)
def test_exit_code_of_each_answer(fault: Fault, code: int, emu: Emulator) -> None:
    emu.faults.push(fault)
    run(emu, "--max-retries", "0", *CHAT, code=code)


def test_exit_codes_of_keys(emu: Emulator) -> None:
    assert "401" in run(emu, "--api-key", WRONG_KEY, "models", code=3).stderr
    assert "WUSHUANG_API_KEY" in run(emu, "models", env={"WUSHUANG_API_KEY": ""}, code=3).stderr


def test_exit_code_not_supported(relay: Emulator) -> None:
    run(relay, "api", "beta.assistants.list", code=5)


def test_exit_codes_of_connection_and_timeout(emu: Emulator) -> None:
    run(emu, "--base-url", "http://127.0.0.1:9", "--max-retries", "0", "models", code=7)
    emu.faults.push(Fault(delay=2.0, status=200))
    run(emu, "--timeout", "0.3", "--max-retries", "0", "models", code=7)


@pytest.mark.parametrize("url", ["not a url", "ftp://relay.example", "http://", "http://relay.example/?key=1"])
def test_a_bad_base_url_is_bad_input(url: str, emu: Emulator, workdir: Path) -> None:
    assert "base_url" in run(emu, "--base-url", url, "models", code=2).stderr
    assert "base_url" in run(emu, "models", env={"WUSHUANG_BASE_URL": url}, code=2).stderr
    (workdir / "in.jsonl").write_text("")
    run(emu, "--base-url", url, "batch", "in.jsonl", "out.jsonl", code=2)
    assert emu.requests.for_operation("listModels") == []


def test_text_that_starts_with_an_at_sign_is_sent_as_text(emu: Emulator, workdir: Path) -> None:
    (workdir / "home").write_text("the file, not the text")
    run(emu, "api", "completions.create", "--model", "gpt-3.5-turbo-instruct", "--prompt", "@@home")
    assert json.loads(emu.requests.for_operation("createCompletion")[-1].body)["prompt"] == "@home"
    run(emu, "api", "completions.create", "--model", "gpt-3.5-turbo-instruct", "--prompt", "@@@")
    assert json.loads(emu.requests.for_operation("createCompletion")[-1].body)["prompt"] == "@@"
    messages = '[{"role": "user", "content": "@home"}]'
    (workdir / "messages.json").write_text(messages)
    run(emu, "api", "chat.completions.create", "--model", "gpt-4", "--messages", "@messages.json")
    assert json.loads(emu.requests.for_operation("createChatCompletion")[-1].body)["messages"][0]["content"] == "@home"
    assert "@@" in run(emu, "api", "--help").stdout


def test_exit_code_of_a_failed_midjourney_task(emu: Emulator) -> None:
    result = run(emu, "mj", "imagine", "this will fail", "--wait", "--interval", "0.01", code=8)
    assert "failed: [Invalid parameter] emulated failure" in result.stderr


def test_exit_codes_of_usage_errors(emu: Emulator) -> None:
    assert "No such command" in run(emu, "api", "no.such.operation", code=2).stderr
    assert "--temperature" in run(emu, "chat", "Hi", "--temperature", "9", code=2).stderr
    run(emu, "--max-retries", "-1", "models", code=2)


def test_debug_shows_the_traceback_without_the_key(emu: Emulator) -> None:
    assert "GET /v1/models -> 200" in run(emu, "--debug", "models").stderr
    result = CliRunner().invoke(
        cli, ["--debug", "--api-key", WRONG_KEY, "models"], env={"WUSHUANG_BASE_URL": emu.base_url}
    )
    _check_no_key(result.stdout, result.stderr)
    assert result.exit_code == 3 and "Traceback" in result.stderr and "AuthenticationError" in result.stderr
    assert result.stderr.rstrip().splitlines()[-1].startswith("error: ")


def test_exit_codes_are_documented(emu: Emulator) -> None:
    text = run(emu, "--help").stdout
    for code, meaning in EXIT_CODES.items():
        assert f"{code}  {meaning[:20]}" in text
    for name, (_, short_help) in SUBCOMMANDS.items():
        assert re.search(rf"^\s+{name}\s+{re.escape(short_help[:25])}", text, re.MULTILINE), name


# ---------------------------------------------------------------- a real process
def test_process_help_loads_no_client_code(workdir: Path) -> None:
    code = (
        "import sys, json\n"
        "from wushuang._cli import main\n"
        "sys.argv = ['wushuang', '--help']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "heavy = ('httpx', 'msgspec', 'wushuang._core.client', 'wushuang._generated', 'wushuang.batch',"
        " 'wushuang_client')\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith(heavy))))\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60, check=True)
    assert json.loads(done.stdout.splitlines()[-1]) == []


def test_process_end_to_end(emu: Emulator, workdir: Path) -> None:
    assert "Exit status:" in run_process(None, "--help", cwd=workdir).stdout
    assert "gpt-4" in run_process(emu, "models", cwd=workdir).stdout.split()
    assert run_process(emu, "chat", cwd=workdir, stdin="Hi").stdout.strip()
    chunks = run_process(emu, "--json", "complete", "Hi", cwd=workdir).stdout.splitlines()
    assert all(json.loads(line)["object"] == "text_completion" for line in chunks)
    done = run_process(emu, "--api-key", WRONG_KEY, "models", cwd=workdir, code=3)
    assert done.stderr.startswith("error: ") and done.stdout == ""
    assert "_WUSHUANG_COMPLETE=bash_complete" in run_process(None, "completion", "bash", cwd=workdir).stdout


def test_process_emulator_command_serves_the_relay(workdir: Path) -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    command = [sys.executable, "-m", "wushuang", "--api-key", KEY, "emulator", "--port", "0"]
    with subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as served:
        try:
            assert served.stdout is not None
            first = served.stdout.readline()
            url = re.search(r"http://127\.0\.0\.1:\d+", first)
            assert url is not None, first
            assert "gpt-4" in run(SimpleNamespace(api_key=KEY, base_url=url.group(0)), "models").stdout.split()
        finally:
            served.terminate()
        _check_no_key(*served.communicate(timeout=30))


def test_text_that_looks_like_a_json_scalar_stays_text(emu: Emulator) -> None:
    run(emu, "api", "completions.create", "--model", "gpt-3.5-turbo-instruct", "--prompt", "2024", "--stop", "null")
    sent = json.loads(emu.requests.for_operation("createCompletion")[-1].body)
    assert sent["prompt"] == "2024" and sent["stop"] == "null"
    run(emu, "api", "completions.create", "--model", "gpt-3.5-turbo-instruct", "--prompt", '["a", "b"]')
    assert json.loads(emu.requests.for_operation("createCompletion")[-1].body)["prompt"] == ["a", "b"]


# ---------------------------------------------------------------- papercuts
@pytest.mark.parametrize(("args", "near"), [(["chta", "hi"], "chat"), (["mj", "imagin", "x"], "imagine")])
def test_a_mistyped_command_gets_the_nearest(args: list[str], near: str, emu: Emulator) -> None:
    assert f"Did you mean '{near}'?" in run(emu, *args, code=2).stderr


def test_root_options_are_taken_after_the_subcommand_too(emu: Emulator) -> None:
    listed = run(emu, "models", "--json", "--max-retries", "0").stdout
    assert listed.count("\n") == 1 and json.loads(listed)["object"] == "list"  # compact: one line
    assert run(emu, "models", "--json").stdout == run(emu, "--json", "models").stdout
    chunks = run(emu, "chat", "Hi", "--json", "--max-tokens", "3").stdout.splitlines()
    assert all(json.loads(line)["object"] == "chat.completion.chunk" for line in chunks)
    # A value that looks like a root option is the subcommand's own option's value, not moved.
    assert run(emu, "chat", "-s", "--json", "Hi").stdout.strip()
    assert "error: " in run(emu, "models", "--base-url", "http://127.0.0.1:9", "--max-retries", "0", code=7).stderr
    assert "Option '--base-url' requires an argument" in run(emu, "models", "--base-url", code=2).stderr


def test_a_wait_names_the_task_at_once_on_stderr(emu: Emulator) -> None:
    result = run(emu, "mj", "imagine", "a cat", "--wait", "--interval", "0.01")
    task_id = result.stdout.split("\t")[0]
    assert result.stderr.startswith(f"task {task_id}: waiting") and f"wushuang mj wait {task_id}" in result.stderr


def test_button_labels_with_spaces_are_quoted(emu: Emulator) -> None:
    task_id = run(emu, "mj", "imagine", "a cat").stdout.strip()
    upscaled = run(emu, "--json", "mj", "press", task_id, "U1", "--wait", "--interval", "0.01").stdout
    shown = run(emu, "mj", "wait", json.loads(upscaled)["id"], "--interval", "0.01").stdout.splitlines()
    buttons = next(line for line in shown if line.startswith("buttons: "))
    assert "'Custom Zoom'" in buttons and " Custom Zoom " not in buttons


def test_image_is_written_in_the_format_of_its_suffix(emu: Emulator, workdir: Path) -> None:
    from PIL import Image

    for name, kind in (("fox.jpg", "JPEG"), ("fox.webp", "WEBP"), ("fox.png", "PNG")):
        assert run(emu, "image", "a fox", "-o", name).stdout.strip() == name
        with Image.open(workdir / name) as written:
            assert written.format == kind
    refused = run(emu, "image", "a fox", "-o", "fox.gif", code=2).stderr
    assert "cannot write .gif images: name a .png, .jpg, .jpeg, .webp file" in refused
    assert not (workdir / "fox.gif").exists()


@pytest.mark.parametrize(
    ("args", "stdin"), [(["chat"], " \n"), (["chat", ""], None), (["complete"], ""), (["image", " "], None)]
)
def test_an_empty_prompt_is_refused_before_sending(args: list[str], stdin: str | None, emu: Emulator) -> None:
    assert "PROMPT is empty" in run(emu, *args, stdin=stdin, code=2).stderr
    assert len(emu.requests) == 0


def test_a_connection_error_names_the_url_and_a_failure_after_retries_their_count(emu: Emulator) -> None:
    failed = run(emu, "--base-url", "http://127.0.0.1:9/relay", "--max-retries", "0", "models", code=7).stderr
    assert "(calling http://127.0.0.1:9/relay/v1/models)" in failed
    emu.faults.push(Fault(status=429))
    emu.faults.push(Fault(status=429))
    limited = run(emu, "--max-retries", "1", "models", code=4).stderr
    assert limited.rstrip().endswith("(after 1 retry)")


def test_every_option_of_every_command_has_help() -> None:
    import click

    missing: list[str] = []

    def walk(command: click.Command, path: str) -> None:
        ctx = click.Context(command, info_name=path)
        for param in command.params:
            if isinstance(param, click.Option) and not param.hidden and not param.help:
                missing.append(f"{path} {param.opts[-1]}")
        if isinstance(command, click.Group):
            for name in command.list_commands(ctx):
                sub = command.get_command(ctx, name)
                assert sub is not None
                walk(sub, f"{path} {name}")

    walk(cli, "wushuang")
    assert missing == []


def test_an_unknown_log_level_is_a_warning_naming_the_levels(emu: Emulator) -> None:
    from wushuang._core import logging as sdk_logging

    sdk_logging._reset_for_tests()  # WUSHUANG_LOG is read once a process: read it again here
    try:
        result = run(emu, "models", env={"WUSHUANG_LOG": "verbose"})
    finally:
        sdk_logging._reset_for_tests()
    assert result.stderr == (
        "warning: WUSHUANG_LOG='verbose' is no log level, ignored: use one of debug, info, warning, error, critical\n"
    )
