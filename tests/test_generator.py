"""The generation pipeline (generator/): determinism, `check`, headers, and what the generated code does.

Generation runs in temporary roots (never touching the repository); the low-level client and the models are
exercised from the committed trees, which `check` keeps equal to a fresh generation.
"""

from __future__ import annotations

import hashlib
import importlib.util
import io
import json
import shutil
import subprocess
import sys
import tomllib
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import msgspec
import pytest
import yaml  # type: ignore[import-untyped]

REPO = Path(__file__).resolve().parent.parent
SPEC = REPO / "openapi" / "wushuang.yaml"
HEADER = "Generated from openapi/wushuang.yaml by generator/ — do not edit by hand."
MANIFEST = "wrapper/src/wushuang/_generated/MANIFEST.toml"

if str(REPO / "generated_client") not in sys.path:  # the low-level client, when not installed
    sys.path.append(str(REPO / "generated_client"))

from wushuang._generated import models  # noqa: E402
from wushuang_client import AuthenticatedClient  # noqa: E402
from wushuang_client.api.assistants import list_assistants  # noqa: E402
from wushuang_client.api.audio import create_transcription  # noqa: E402
from wushuang_client.api.chat import create_chat_completion  # noqa: E402
from wushuang_client.api.completions import create_completion  # noqa: E402
from wushuang_client.api.files import create_file, download_file  # noqa: E402
from wushuang_client.api.midjourney import fetch_task, submit_imagine  # noqa: E402
from wushuang_client.api.models import retrieve_model  # noqa: E402
from wushuang_client.models import (  # noqa: E402
    CreateChatCompletionRequest,
    CreateCompletionRequest,
    CreateCompletionResponse,
    CreateFileRequest,
    CreateFileRequestPurpose,
    ErrorResponse,
)
from wushuang_client.types import File  # noqa: E402


def run_generator(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args], cwd=REPO, capture_output=True, text=True, timeout=300, check=False
    )


def tree(root: Path) -> dict[str, bytes]:
    return {path.relative_to(root).as_posix(): path.read_bytes() for path in sorted(root.rglob("*")) if path.is_file()}


@pytest.fixture(scope="module")
def generated_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("generated")
    result = run_generator("generate", "--root", str(root))
    assert result.returncode == 0, result.stderr
    return root


# ---------------------------------------------------------------------------------------------- the pipeline


def test_generate_writes_every_tree_and_nothing_else(generated_root: Path) -> None:
    files = tree(generated_root)
    assert "generated_client/pyproject.toml" in files
    assert "generated_client/wushuang_client/py.typed" in files
    assert "generated_client/wushuang_client/api/completions/create_completion.py" in files
    for name in (
        "MANIFEST.toml",
        "models/chat.py",
        "params/_shared.py",
        "roots.py",
        "resources/chat.py",
        "resources/chat_completions.py",
        "operations/__init__.py",
        "operations/chat_completions.py",
        "cli/__init__.py",
        "cli/chat_completions.py",
    ):
        assert f"wrapper/src/wushuang/_generated/{name}" in files
    assert "wrapper/src/wushuang/testing/wushuang.yaml" in files
    leftovers = [name for name in files if "__pycache__" in name or ".ruff_cache" in name or ".wushuang-" in name]
    assert leftovers == []
    assert sorted({name.split("/")[0] for name in files}) == ["generated_client", "wrapper"]


def test_generate_is_deterministic(generated_root: Path, tmp_path: Path) -> None:
    result = run_generator("generate", "--root", str(tmp_path))
    assert result.returncode == 0, result.stderr
    first, second = tree(generated_root), tree(tmp_path)
    assert first.keys() == second.keys()
    assert [name for name in first if first[name] != second[name]] == []


def test_every_generated_file_has_one_header_and_only_the_manifest_names_the_spec_hash(generated_root: Path) -> None:
    digest = hashlib.sha256(SPEC.read_bytes()).hexdigest()
    for name, data in tree(generated_root).items():
        if name.endswith(("py.typed", "LICENSE")):
            continue
        text = data.decode()
        assert HEADER in text.partition("\n")[0], name
        assert (digest[:16] in text) == (name == MANIFEST), name
    manifest = tomllib.loads((generated_root / MANIFEST).read_text())
    assert manifest["spec"] == {"path": "openapi/wushuang.yaml", "sha256": digest}
    assert set(manifest["generators"]) == {"openapi-python-client", "datamodel-code-generator", "ruff"}
    pyproject = (generated_root / "generated_client/pyproject.toml").read_text()
    assert 'name = "wushuang-client"' in pyproject
    assert 'requires-python = ">=3.11"' in pyproject
    spec_copy = (generated_root / "wrapper/src/wushuang/testing/wushuang.yaml").read_bytes()
    assert spec_copy.partition(b"\n")[2] == SPEC.read_bytes()


def test_check_passes_on_a_fresh_generation_and_fails_when_the_spec_changes(
    generated_root: Path, tmp_path: Path
) -> None:
    result = run_generator("check", "--root", str(generated_root))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "generated code is up to date" in result.stdout

    edited = tmp_path / "wushuang.yaml"
    edited.write_bytes(SPEC.read_bytes() + b"# a comment changes the hash\n")
    result = run_generator("check", "--root", str(generated_root), "--spec", str(edited))
    assert result.returncode == 1
    assert "+# a comment changes the hash" in result.stdout
    # The hash is in the manifest only: no other generated file changes with it.
    assert "generated code is stale: 2 file(s) differ" in result.stdout
    assert f"  {MANIFEST}\n" in result.stdout and "  wrapper/src/wushuang/testing/wushuang.yaml\n" in result.stdout


def test_check_reports_a_hand_edit_and_a_stray_generated_file(generated_root: Path, tmp_path: Path) -> None:
    root = tmp_path / "root"
    shutil.copytree(generated_root, root)
    client_module = root / "generated_client/wushuang_client/client.py"
    client_module.write_text(client_module.read_text() + "# edited by hand\n")
    stray = root / "wrapper/src/wushuang/_generated/stray.py"
    stray.write_text(f"# {HEADER}\n")
    (root / "wrapper/src/wushuang/_generated/hand_written.py").write_text("# not generated\n")
    result = run_generator("check", "--root", str(root))
    assert result.returncode == 1
    assert "-# edited by hand" in result.stdout
    assert "wrapper/src/wushuang/_generated/stray.py" in result.stdout
    assert "hand_written.py" not in result.stdout


def test_an_invalid_spec_fails_before_anything_is_written(tmp_path: Path) -> None:
    spec = tmp_path / "bad.yaml"
    spec.write_text("openapi: 3.1.0\ninfo: {title: x}\npaths: {}\n")  # info.version is required
    root = tmp_path / "root"
    result = run_generator("generate", "--root", str(root), "--spec", str(spec))
    assert result.returncode == 2
    assert "not valid OpenAPI 3.1" in result.stderr
    assert not root.exists() or list(root.iterdir()) == []


def test_gitattributes_marks_the_generated_files_and_only_those(generated_root: Path) -> None:
    if not (REPO / ".git").exists():
        pytest.skip("not a git checkout")
    generated = list(tree(generated_root))
    hand_written = ["wrapper/src/wushuang/_generated/__init__.py", "wrapper/src/wushuang/_core/client.py", "LICENSE"]
    result = subprocess.run(
        ["git", "check-attr", "linguist-generated", "--", *generated, *hand_written],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    )
    values = dict(line.rsplit(": linguist-generated: ", 1) for line in result.stdout.splitlines())
    assert sorted(path for path, value in values.items() if value != "true") == sorted(hand_written)


def test_the_committed_trees_are_up_to_date(generated_root: Path) -> None:
    """Every file of a fresh generation is committed as it is (`nox -s check_generated` also finds stray ones)."""
    differ = [name for name, data in tree(generated_root).items() if not _same(REPO / name, data)]
    assert differ == [], f"stale generated files (run `nox -s generate`): {differ}"


def _same(path: Path, data: bytes) -> bool:
    return path.is_file() and path.read_bytes() == data


# ----------------------------------------------------------------------- what spec authors write, and get told


def spec_with(tmp_path: Path, edit: Callable[[dict[str, Any]], object]) -> Path:
    """A copy of the spec, changed by `edit`, written to `tmp_path`."""
    document = yaml.load(SPEC.read_bytes(), Loader=yaml.CSafeLoader)
    edit(document)
    path = tmp_path / "wushuang.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def add_widgets(document: dict[str, Any]) -> dict[str, Any]:
    """Add `POST /v1/widgets` (createWidget), whose request, answer and event schemas are all written inline."""
    event = {
        "type": "object",
        "required": ["id"],
        "properties": {"id": {"type": "string"}, "delta": {"type": "string"}},
    }
    operation: dict[str, Any] = {
        "operationId": "createWidget",
        "tags": ["widgets"],
        "summary": "Create a widget",
        "description": "Makes a widget of the given name and size; with `stream` true, answers its events.",
        "x-sdk": {"resource": "widgets", "method": "create"},
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {
                    "schema": {
                        "type": "object",
                        "required": ["name"],
                        "properties": {
                            "name": {"type": "string"},
                            "size": {"type": "integer", "minimum": 1},
                            "stream": {"type": "boolean"},
                        },
                    }
                }
            },
        },
        "responses": {
            "200": {
                "description": "The widget; an event stream when `stream` is true.",
                "content": {
                    "application/json": {
                        "schema": {
                            "type": "object",
                            "required": ["id"],
                            "properties": {"id": {"type": "string"}, "name": {"type": "string"}},
                        }
                    },
                    "text/event-stream": {"schema": event},
                },
            }
        },
    }
    document["paths"]["/v1/widgets"] = {"post": operation}
    return operation


def load_module(path: Path, name: str) -> Any:
    """Import one generated file (or package folder) of a temporary root; its absolute imports resolve to the
    installed wrapper, a package's relative ones to its own modules."""
    package = path.is_dir()
    module_spec = importlib.util.spec_from_file_location(
        name, path / "__init__.py" if package else path, submodule_search_locations=[str(path)] if package else None
    )
    assert module_spec is not None and module_spec.loader is not None
    module = importlib.util.module_from_spec(module_spec)
    sys.modules[name] = module  # for the package's relative imports
    module_spec.loader.exec_module(module)
    return module


def test_inline_schemas_become_models_named_as_openapi_python_client_names_them(tmp_path: Path) -> None:
    root = tmp_path / "root"
    spec = spec_with(tmp_path, add_widgets)
    result = run_generator("generate", "--root", str(root), "--spec", str(spec))
    assert result.returncode == 0, result.stderr
    assert (root / "wrapper/src/wushuang/testing/wushuang.yaml").read_bytes().partition(b"\n")[2] == spec.read_bytes()

    # The low-level client: the names OPC gives inline schemas (`<OperationId>Body`, `<OperationId>Response200`).
    client = root / "generated_client/wushuang_client"
    endpoint = (client / "api/widgets/create_widget.py").read_text()
    assert "body: CreateWidgetBody," in endpoint
    assert "CreateWidgetResponse200.from_dict(response.json())" in endpoint
    for module in ("create_widget_body", "create_widget_response_200", "create_widget_stream_response_200"):
        assert (client / f"models/{module}.py").is_file(), module

    # The wrapper: the same names in the widgets modules of models/ and params/, and the operation table decodes to
    # them.
    generated = root / "wrapper/src/wushuang/_generated"
    assert "class CreateWidgetBody(TypedDict):" in (generated / "params/widgets.py").read_text()
    widget_models = load_module(generated / "models", "widget_models")
    operation = load_module(generated / "operations/widgets.py", "widget_operations").OPERATIONS["createWidget"]
    assert (operation.body_kind, operation.model, operation.stream_model) == (
        "json",
        "CreateWidgetResponse200",
        "CreateWidgetStreamResponse200",
    )
    assert [(param.python, param.location) for param in operation.params] == [
        ("name", "body"),
        ("size", "body"),
        ("stream", "body"),
    ]
    widget = msgspec.json.decode(b'{"id": "w-1", "name": "gear"}', type=getattr(widget_models, operation.model))
    assert (widget.id, widget.name) == ("w-1", "gear")
    event = msgspec.json.decode(b'{"id": "w-1"}', type=getattr(widget_models, operation.stream_model))
    assert (event.id, event.delta) == ("w-1", None)


def _set(node: dict[str, Any], key: str, value: Any) -> None:
    node[key] = value


# Each mistake: how to make it in the widgets operation (or the document), and the start of its line.
MISTAKES: dict[str, tuple[Callable[[dict[str, Any], dict[str, Any]], object], str]] = {
    "no x-sdk": (
        lambda operation, document: operation.pop("x-sdk"),
        "paths./v1/widgets.post (createWidget): no x-sdk; add x-sdk: {resource: widgets, method: create}",
    ),
    "unknown x-sdk key": (
        lambda operation, document: _set(operation["x-sdk"], "pagination", "cursor"),
        "paths./v1/widgets.post.x-sdk (createWidget): x-sdk has an unknown key 'pagination'; "
        "use only resource, method, paginate, beta, envelope, poll, and_poll, decode, stream, mixin, store, id_prefix",
    ),
    "unnamed behaviour": (
        lambda operation, document: _set(operation["x-sdk"], "envelope", "widgets"),
        "paths./v1/widgets.post.x-sdk.envelope (createWidget): x-sdk envelope is 'widgets', a behaviour "
        "x-sdk-behaviours does not name; add widgets: <module that registers it> to x-sdk-behaviours",
    ),
    "x-sdk resource": (
        lambda operation, document: _set(operation["x-sdk"], "resource", "Widgets"),
        "paths./v1/widgets.post.x-sdk.resource (createWidget): x-sdk resource 'Widgets' is not dotted lowercase",
    ),
    "name clash": (
        lambda operation, document: _set(operation, "x-sdk", {"resource": "models", "method": "list"}),
        "paths./v1/widgets.post.x-sdk (createWidget): x-sdk names models.list, as does paths./v1/models.get "
        "(listModels)",
    ),
    "module clash": (
        lambda operation, document: _set(operation["x-sdk"], "resource", "fine.tuning_jobs"),
        "paths./v1/widgets.post.x-sdk.resource (createWidget): x-sdk resource fine.tuning_jobs gives fine.tuning_jobs "
        "the module and class names of fine_tuning.jobs",
    ),
    "no summary": (
        lambda operation, document: operation.pop("summary"),
        "paths./v1/widgets.post.summary (createWidget): no summary; add summary: <what the call does, in one line>",
    ),
    "blank description": (
        lambda operation, document: _set(operation, "description", " "),
        "paths./v1/widgets.post.description (createWidget): no description; add description: <what the call does",
    ),
    "no 2xx": (
        lambda operation, document: _set(operation, "responses", {"400": {"description": "Refused."}}),
        "paths./v1/widgets.post.responses (createWidget): no 200, 201 or 202 response",
    ),
    "inline response not an object": (
        lambda operation, document: _set(
            operation["responses"]["200"]["content"]["application/json"],
            "schema",
            {"type": "array", "items": {"type": "string"}},
        ),
        "paths./v1/widgets.post.responses.200.content.application/json.schema (createWidget): the application/json "
        "response schema is inline but not an object",
    ),
    "derived name taken": (
        lambda operation, document: _set(document["components"]["schemas"], "CreateWidgetBody", {"type": "object"}),
        "paths./v1/widgets.post.requestBody.content.application/json.schema (createWidget): this inline schema is "
        "named CreateWidgetBody (as openapi-python-client names it), which components.schemas.CreateWidgetBody",
    ),
    "$ref to nothing": (
        lambda operation, document: _set(
            operation["responses"]["200"]["content"]["application/json"], "schema", {"$ref": "#/components/schemas/W"}
        ),
        "paths./v1/widgets.post.responses.200.content.application/json.schema: $ref '#/components/schemas/W' points "
        "to nothing; define components.schemas.W",
    ),
}


@pytest.mark.parametrize("mistake", list(MISTAKES))
def test_a_spec_mistake_is_one_line_naming_the_place_and_the_fix(tmp_path: Path, mistake: str) -> None:
    make, expected = MISTAKES[mistake]

    def edit(document: dict[str, Any]) -> None:
        make(add_widgets(document), document)

    spec = spec_with(tmp_path, edit)
    root = tmp_path / "root"
    result = run_generator("generate", "--root", str(root), "--spec", str(spec))
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"{spec}: {expected}"), lines[0]
    assert not root.exists() or list(root.iterdir()) == []


def test_every_mistake_is_told_at_once(tmp_path: Path) -> None:
    def edit(document: dict[str, Any]) -> None:
        add_widgets(document).pop("x-sdk")
        document["paths"]["/v1/models"]["get"]["x-sdk"]["pages"] = True

    spec = spec_with(tmp_path, edit)
    result = run_generator("generate", "--root", str(tmp_path / "root"), "--spec", str(spec))
    assert result.returncode == 2
    assert [line.partition(": ")[2].partition(" ")[0] for line in result.stderr.splitlines()] == [
        "paths./v1/models.get.x-sdk",
        "paths./v1/widgets.post",
    ]


# ------------------------------------------------------------------------------------- the low-level client


class Chunks(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body that arrives in pieces, like a network stream (bytes content would be read at once)."""

    def __init__(self, body: bytes) -> None:
        self.pieces = [body[index : index + 16] for index in range(0, len(body), 16)]

    def __iter__(self) -> Iterator[bytes]:
        yield from self.pieces

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for piece in self.pieces:
            yield piece


class Recorder:
    """A MockTransport handler (sync and async) that records requests and answers with one canned response."""

    def __init__(self, status: int, body: bytes, content_type: str = "application/json") -> None:
        self.status, self.body, self.content_type = status, body, content_type
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        return httpx.Response(self.status, stream=Chunks(self.body), headers={"content-type": self.content_type})

    def client(self) -> AuthenticatedClient:
        return AuthenticatedClient(
            base_url="http://127.0.0.1:9", token="sk-test", httpx_args={"transport": httpx.MockTransport(self)}
        )


COMPLETION = {
    "id": "cmpl-1",
    "object": "text_completion",
    "created": 1589478378,
    "model": "gpt-3.5-turbo-instruct",
    "choices": [{"text": "\n\nThis is a test", "index": 0, "logprobs": None, "finish_reason": "length"}],
    "usage": {"prompt_tokens": 5, "completion_tokens": 7, "total_tokens": 12},
}


def test_sync_detailed_sends_only_what_was_set_and_parses_json() -> None:
    recorder = Recorder(200, json.dumps(COMPLETION).encode())
    with recorder.client() as client:
        response = create_completion.sync_detailed(
            client=client, body=CreateCompletionRequest(model="gpt-3.5-turbo-instruct", prompt="Say this is a test")
        )
    assert isinstance(response.parsed, CreateCompletionResponse)
    assert response.parsed.choices[0].text == "\n\nThis is a test"
    (request,) = recorder.requests
    assert request.method == "POST"
    assert request.url == "http://127.0.0.1:9/v1/completions"
    assert request.headers["authorization"] == "Bearer sk-test"
    assert json.loads(request.content) == {"model": "gpt-3.5-turbo-instruct", "prompt": "Say this is a test"}


def test_error_statuses_come_back_as_values() -> None:
    body = {"error": {"message": "bad key", "type": "invalid_request_error", "param": None, "code": None}}
    recorder = Recorder(401, json.dumps(body).encode())
    with recorder.client() as client:
        parsed = create_completion.sync(client=client, body=CreateCompletionRequest(model="m", prompt="p"))
    assert isinstance(parsed, ErrorResponse)
    assert parsed.error.message == "bad key"


async def test_asyncio_detailed_parses_json() -> None:
    recorder = Recorder(200, json.dumps(COMPLETION).encode())
    async with recorder.client() as client:
        parsed = await create_completion.asyncio(client=client, body=CreateCompletionRequest(model="m", prompt="p"))
    assert isinstance(parsed, CreateCompletionResponse)


def test_multipart_upload_lets_httpx_choose_the_boundary() -> None:
    recorder = Recorder(200, b'{"id": "file-1", "object": "file"}')
    payload = b"line one\r\n--+++\r\nline two"  # would end OPC's hard-coded `+++` boundary early
    body = CreateFileRequest(
        file=File(payload=io.BytesIO(payload), file_name="data.jsonl"), purpose=CreateFileRequestPurpose.ASSISTANTS
    )
    with recorder.client() as client:
        response = create_file.sync_detailed(client=client, body=body)
    assert response.status_code == 200
    (request,) = recorder.requests
    content_type = request.headers["content-type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    assert not content_type.endswith("boundary=+++")
    assert payload in request.content


def test_binary_response_comes_back_as_a_file() -> None:
    recorder = Recorder(200, b"\x00\x01binary", content_type="application/octet-stream")
    with recorder.client() as client:
        parsed = download_file.sync(file_id="file-1", client=client)
    assert isinstance(parsed, File)
    assert parsed.payload.read() == b"\x00\x01binary"


# --------------------------------------------------------------------------------------- build_request()


def test_build_request_quotes_path_parameters() -> None:
    assert retrieve_model.build_request(model="org/model:v1 x") == {
        "method": "GET",
        "url": "/v1/models/org%2Fmodel%3Av1%20x",
    }
    assert fetch_task.build_request(id="13200 98")["url"] == "/mj/task/13200%2098/fetch"
    assert (retrieve_model.METHOD, retrieve_model.PATH) == ("GET", "/v1/models/{model}")


def test_build_request_passes_wire_names_and_drops_none_query_values() -> None:
    request = list_assistants.build_request(query={"limit": 5, "order": None, "after": "asst_1"})
    assert request == {"method": "GET", "url": "/v1/assistants", "params": {"limit": 5, "after": "asst_1"}}
    body = {"prompt": "Cat", "base64Array": ["data:image/png;base64,AAAA"], "notifyHook": None}
    request = submit_imagine.build_request(body=body)
    assert request == {"method": "POST", "url": "/mj/submit/imagine", "json": body}
    assert request["json"] is not body  # a copy: the caller's mapping is never changed
    assert create_completion.build_request() == {"method": "POST", "url": "/v1/completions"}


def test_build_request_multipart_parts() -> None:
    audio = io.BytesIO(b"RIFF....WAVE")
    audio.name = "/tmp/speech.wav"
    request = create_transcription.build_request(
        body={
            "file": audio,
            "model": "whisper-1",
            "temperature": 0.5,
            "timestamp_granularities[]": ["word", "segment"],
            "prompt": None,
            "x_flag": True,
        }
    )
    assert request["method"] == "POST" and request["url"] == "/v1/audio/transcriptions"
    assert request["files"] == [
        ("file", ("speech.wav", audio, None)),
        ("model", (None, "whisper-1", None)),
        ("temperature", (None, "0.5", None)),
        ("timestamp_granularities[]", (None, "word", None)),
        ("timestamp_granularities[]", (None, "segment", None)),
        ("x_flag", (None, "true", None)),
    ]
    assert create_file.build_request(body={"file": b"abc", "purpose": "assistants"})["files"][0] == (
        "file",
        ("upload", b"abc", None),
    )
    assert create_file.build_request(body={"file": ("a.jsonl", b"{}", "application/jsonl")})["files"] == [
        ("file", ("a.jsonl", b"{}", "application/jsonl"))
    ]
    encoded = httpx.Request("POST", "http://127.0.0.1/v1/audio/transcriptions", files=request["files"])
    encoded.read()
    assert b'name="file"; filename="speech.wav"' in encoded.content
    assert b'name="x_flag"\r\n\r\ntrue\r\n' in encoded.content


# ----------------------------------------------------------------------------------------- stream()


SSE = (
    b'data: {"id":"c","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"role":"assistant"},'
    b'"finish_reason":null}]}\n\n'
    b"data: [DONE]\n\n"
)


def test_stream_yields_the_unread_response_with_stream_forced() -> None:
    recorder = Recorder(200, SSE, content_type="text/event-stream")
    body = CreateChatCompletionRequest.from_dict(
        {"model": "gpt-3.5-turbo", "messages": [{"role": "user", "content": "Hi"}]}
    )
    with recorder.client() as client, create_chat_completion.stream(client=client, body=body) as response:
        assert isinstance(response, httpx.Response)
        assert not response.is_stream_consumed
        with pytest.raises(httpx.ResponseNotRead):
            _ = response.content
        lines = list(response.iter_lines())
    assert lines[0].startswith("data: {") and "data: [DONE]" in lines
    assert response.is_closed
    (request,) = recorder.requests
    sent: dict[str, Any] = json.loads(request.content)
    assert sent["stream"] is True
    assert sent["messages"] == [{"role": "user", "content": "Hi"}]
    assert request.headers["accept"] == "text/event-stream"


async def test_astream_yields_the_unread_response() -> None:
    recorder = Recorder(200, SSE, content_type="text/event-stream")
    body = CreateCompletionRequest(model="m", prompt="p")
    async with recorder.client() as client, create_completion.astream(client=client, body=body) as response:
        assert not response.is_stream_consumed
        chunks = [chunk async for chunk in response.aiter_bytes()]
    assert b"".join(chunks) == SSE
    assert json.loads(recorder.requests[0].content)["stream"] is True


def test_only_event_stream_operations_have_stream() -> None:
    assert hasattr(create_completion, "stream") and hasattr(create_completion, "astream")
    assert hasattr(create_chat_completion, "stream")
    assert not hasattr(retrieve_model, "stream") and not hasattr(create_file, "stream")


# ------------------------------------------------------------------------------------ the msgspec models


def decode(model: type[Any], payload: Any) -> Any:
    return msgspec.json.decode(json.dumps(payload).encode(), type=model)


def test_models_decode_completions_and_read_absent_fields_as_none() -> None:
    completion = decode(models.CreateCompletionResponse, COMPLETION)
    assert completion.usage.total_tokens == 12
    assert completion.system_fingerprint is None  # absent on the wire
    chunk = decode(
        models.CreateCompletionResponse,
        {"id": "c", "object": "text_completion", "choices": [{"text": "h", "index": 0, "finish_reason": None}]},
    )
    assert chunk.choices[0].finish_reason is None and chunk.usage is None and chunk.created is None
    assert chunk.to_dict() == {"id": "c", "object": "text_completion", "choices": [{"text": "h", "index": 0}]}


def test_models_decode_chat_completions_and_chunks() -> None:
    chat = decode(
        models.CreateChatCompletionResponse,
        {
            "id": "chatcmpl-1",
            "object": "chat.completion",
            "created": 1,
            "model": "gpt-3.5-turbo-0125",
            "system_fingerprint": None,
            "choices": [
                {
                    "index": 0,
                    "message": {
                        "role": "assistant",
                        "content": None,
                        "tool_calls": [
                            {"id": "call_1", "type": "function", "function": {"name": "f", "arguments": "{}"}}
                        ],
                    },
                    "logprobs": None,
                    "finish_reason": "tool_calls",
                }
            ],
            "usage": {"prompt_tokens": 9, "completion_tokens": 12, "total_tokens": 21},
        },
    )
    assert chat.choices[0].message.tool_calls[0].function.name == "f"
    chunk = decode(
        models.CreateChatCompletionStreamResponse,
        {
            "id": "c",
            "object": "chat.completion.chunk",
            "created": 1,
            "model": "g",
            "system_fingerprint": None,
            "choices": [
                {
                    "index": 0,
                    "delta": {"tool_calls": [{"index": 0, "function": {"arguments": '{"a"'}}]},
                    "logprobs": None,
                    "finish_reason": None,
                }
            ],
            "usage": None,
        },
    )
    call = chunk.choices[0].delta.tool_calls[0]
    assert (call.index, call.id, call.function.name, call.function.arguments) == (0, None, None, '{"a"')
    assert chunk.choices[0].finish_reason is None and chunk.usage is None and chunk.choices[0].delta.role is None


def test_models_decode_midjourney_camel_case_wire_names() -> None:
    task = decode(
        models.Task,
        {
            "id": "1320098173412546",
            "action": "IMAGINE",
            "status": "IN_PROGRESS",
            "promptEn": "Cat",
            "submitTime": 1712000000000,
            "finishTime": None,
            "progress": "42%",
            "imageUrl": "https://example.invalid/mj/image/1",
            "failReason": "",
            "buttons": [{"customId": "MJ::JOB::upsample::1::abc", "label": "U1", "type": 2, "style": 2}],
            "properties": {"finalPrompt": "Cat"},
        },
    )
    assert task.image_url == "https://example.invalid/mj/image/1"
    assert (task.prompt_en, task.submit_time, task.finish_time, task.fail_reason) == ("Cat", 1712000000000, None, "")
    assert task.buttons[0].custom_id == "MJ::JOB::upsample::1::abc"
    assert task.start_time is None
    assert task.to_dict()["imageUrl"] == "https://example.invalid/mj/image/1"  # back to wire names
    assert decode(models.SubmitResult, {"code": 1, "result": "1320098173412546"}).result == "1320098173412546"
    assert decode(models.SubmitResult, {"code": 1, "result": 1320098173412546}).result == 1320098173412546


def test_models_decode_error_envelopes() -> None:
    error = decode(models.ErrorResponse, {"error": {"message": "m", "type": "t", "param": None, "code": None}})
    assert (error.error.message, error.error.param, error.error.code) == ("m", None, None)
    assert decode(models.ErrorResponse, {"error": {"message": "m"}}).error.type is None
    relay = decode(
        models.MidjourneyErrorResponse, {"description": "task_no_found", "type": "upstream_error", "code": 4}
    )
    assert relay.code == 4
