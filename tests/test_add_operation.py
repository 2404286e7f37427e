"""Adding an operation to the spec and running the generator makes it callable through both layers.

The design's promise: a new operation needs no hand-written line unless it needs a new behaviour. This test
copies the repository's current files into a temporary folder, adds one operation to the copy's spec (a path
parameter, a query parameter with a range, a response schema the spec did not have), runs the copy's
generator there, checks that only generated trees changed, and then calls the operation, in a subprocess that
imports the copy's packages, through the wrapper and through the low-level client against the emulator.

And a new behaviour costs one module: a toy task family (submit, fetch, wait) whose submit answers an envelope
of its own is added as a behaviour module plus spec entries, and works without a change to any other module.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml  # type: ignore[import-untyped]
from _repo import REPO, copy_working_tree

SPEC = Path("openapi/wushuang.yaml")
SPEC_COPY = Path("wrapper/src/wushuang/testing/wushuang.yaml")
GENERATED_DIRS = (Path("generated_client"), Path("wrapper/src/wushuang/_generated"))
# Generated single files outside those folders: the packaged spec and the wrapper's packaging files.
GENERATED_FILES = {SPEC_COPY, *(Path(name) for name in ("wrapper/pyproject.toml", "wrapper/src/wushuang/_version.py"))}
HEADER = "Generated from openapi/wushuang.yaml by generator/"
CACHES = frozenset({"__pycache__", ".ruff_cache", ".mypy_cache", ".pytest_cache"})

NEW_PATH = """\
  /v1/fine_tuning/jobs/{fine_tuning_job_id}/checkpoint_reports:
    get:
      operationId: listFineTuningJobCheckpointReports
      tags: [fine-tuning]
      summary: List the checkpoint reports of a fine-tuning job
      description: The reports written at each checkpoint of a job, newest first.
      x-sdk: {resource: fine_tuning.jobs.checkpoint_reports, method: list}
      parameters:
        - name: fine_tuning_job_id
          in: path
          required: true
          description: The ID of the fine-tuning job.
          schema: {type: string, minLength: 1}
        - name: limit
          in: query
          required: false
          description: How many checkpoints to return, 1 to 100; the server's default is 10.
          schema: {type: integer, minimum: 1, maximum: 100}
      responses:
        '200':
          description: The job's checkpoints, newest first.
          headers:
            x-request-id: {$ref: '#/components/headers/RequestId'}
          content:
            application/json:
              schema: {$ref: '#/components/schemas/ListFineTuningJobCheckpointReportsResponse'}
              example:
                object: list
                data:
                  - {id: ftckpt-2, object: fine_tuning.job.checkpoint, created_at: 1721764900, step_number: 2000,
                     fine_tuned_model_checkpoint: 'ft:gpt-3.5-turbo:org:ckpt-step-2000'}
                  - {id: ftckpt-1, object: fine_tuning.job.checkpoint, created_at: 1721764800, step_number: 1000,
                     fine_tuned_model_checkpoint: 'ft:gpt-3.5-turbo:org:ckpt-step-1000'}
        4XX: {$ref: '#/components/responses/Error'}
        5XX: {$ref: '#/components/responses/Error'}

"""
NEW_SCHEMAS = """\

    # ---------------------------------------------------------------- checkpoint reports (added by the test)
    FineTuningJobCheckpointReport:
      type: object
      required: [id, step_number]
      properties:
        id: {type: string}
        object: {type: string, description: Always `fine_tuning.job.checkpoint`.}
        created_at: {type: integer}
        step_number: {type: integer}
        fine_tuned_model_checkpoint: {type: string}
    ListFineTuningJobCheckpointReportsResponse:
      type: object
      required: [data]
      properties:
        object: {type: string}
        data: {type: array, items: {$ref: '#/components/schemas/FineTuningJobCheckpointReport'}}
"""

# Runs with the copy's packages first on sys.path; prints one JSON line of findings for the test to judge.
CALLER = """\
import json, sys
from pathlib import Path

root = Path(sys.argv[1])
import wushuang, wushuang_client
from wushuang import Wushuang
from wushuang import InvalidParameterError
from wushuang.testing import Emulator
from wushuang_client import AuthenticatedClient
from wushuang_client.api.fine_tuning import list_fine_tuning_job_checkpoint_reports

out = {"wushuang": wushuang.__file__, "wushuang_client": wushuang_client.__file__}
with Emulator(api_key="sk-add-op", spec=root / "openapi" / "wushuang.yaml") as emu:
    with Wushuang(api_key="sk-add-op", base_url=emu.base_url, max_retries=0) as client:
        page = client.fine_tuning.jobs.checkpoint_reports.list("ftjob-abc/1", limit=2)
        sent = emu.requests.last
        out["wrapper"] = {
            "type": type(page).__name__,
            "object": page.object,
            "data": [[type(e).__name__, e.id, e.step_number, e.created_at] for e in page.data],
            "operation_id": sent.operation_id,
            "raw_path": sent.raw_path,
            "query": sent.query,
        }
        before = len(emu.requests)
        try:
            client.fine_tuning.jobs.checkpoint_reports.list("ftjob-abc/1", limit=0)
        except InvalidParameterError as exc:
            out["refused"] = {"param": exc.param, "message": str(exc), "sent": len(emu.requests) - before}
    low = AuthenticatedClient(base_url=emu.base_url, token="sk-add-op")
    with low:
        parsed = list_fine_tuning_job_checkpoint_reports.sync("ftjob-abc/1", client=low, limit=2)
    sent = emu.requests.last
    out["low_level"] = {
        "type": type(parsed).__name__,
        "ids": [e.id for e in parsed.data],
        "raw_path": sent.raw_path,
        "query": sent.query,
    }
print(json.dumps(out))
"""


TOY_PATHS = """\
  /toy/submit:
    post:
      operationId: submitToyJob
      tags: [toy]
      summary: Submit a toy job
      description: Starts a toy job; the answer's envelope says whether it was accepted.
      x-sdk: {resource: toy.jobs, method: submit, envelope: toy}
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: '#/components/schemas/ToySubmitRequest'}
      responses:
        '200':
          description: Accepted or refused, inside the body.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/ToySubmitResult'}
        4XX: {$ref: '#/components/responses/Error'}
  /toy/jobs/{job_id}:
    get:
      operationId: fetchToyJob
      tags: [toy]
      summary: Fetch a toy job
      description: The toy job, to poll until it is done or failed.
      x-sdk: {resource: toy.jobs, method: fetch, poll: {method: wait, until: [done, failed]}}
      parameters:
        - {name: job_id, in: path, required: true, description: The job's ID., schema: {type: string, minLength: 1}}
      responses:
        '200':
          description: The job.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/ToyJob'}
        4XX: {$ref: '#/components/responses/Error'}

"""
TOY_SCHEMAS = """\

    # ---------------------------------------------------------------- a toy task family (added by the test)
    ToySubmitRequest:
      type: object
      required: [prompt]
      properties:
        prompt: {type: string, minLength: 1}
    ToySubmitResult:
      type: object
      required: [accepted]
      properties:
        accepted: {type: boolean}
        job_id: {type: string}
        reason: {type: string}
    ToyJob:
      type: object
      required: [id, status]
      properties:
        id: {type: string}
        status: {type: string, enum: [queued, running, done, failed]}
"""
# The family's one hand-written module: its envelope, registered under the name the spec gives it.
TOY_MODULE = '''\
"""A toy task family: a submit answers {accepted, job_id, reason} with a 200 status, accepted or not."""

from typing import Any

from wushuang._core.behaviours import register
from wushuang._core.errors import WushuangError


class ToyRefusedError(WushuangError):
    """The toy relay refused the job."""


class _Envelope:
    def refused(self, body: bytes) -> bool:
        return False  # the toy relay never asks to be asked again

    def check(self, decoded: Any) -> None:
        if not decoded.accepted:
            raise ToyRefusedError(f"toy job refused: {decoded.reason}")


register("envelope", "toy", _Envelope())
'''

# A tiny relay of the toy family (httpx's MockTransport): a job runs for two fetches, then is done.
TOY_CALLER = """\
import json, sys
import httpx
import wushuang
from wushuang import Wushuang
from wushuang.toy import ToyRefusedError

seen = []
fetches = {}

def relay(request):
    seen.append((request.method, request.url.path))
    if request.url.path == "/toy/submit":
        prompt = json.loads(request.content)["prompt"]
        if prompt == "refuse me":
            return httpx.Response(200, json={"accepted": False, "reason": "queue full"})
        return httpx.Response(200, json={"accepted": True, "job_id": "job-1"})
    job = request.url.path.rsplit("/", 1)[1]
    fetches[job] = fetches.get(job, 0) + 1
    return httpx.Response(200, json={"id": job, "status": "running" if fetches[job] < 3 else "done"})

http = httpx.Client(transport=httpx.MockTransport(relay))
out = {"wushuang": wushuang.__file__}
with Wushuang(api_key="sk-toy", base_url="http://127.0.0.1", http_client=http, max_retries=0) as client:
    submitted = client.toy.jobs.submit(prompt="a cat")
    job = client.toy.jobs.wait(submitted.job_id, interval=0.01, timeout=5)
    out["job"] = [type(job).__name__, job.id, job.status]
    try:
        client.toy.jobs.submit(prompt="refuse me")
    except ToyRefusedError as exc:
        out["refused"] = [type(exc).__name__, str(exc)]
    try:
        client.toy.jobs.submit(prompt="")
    except wushuang.InvalidParameterError as exc:
        out["invalid"] = exc.param
out["seen"] = seen
print(json.dumps(out))
"""


def _snapshot(root: Path) -> dict[Path, bytes]:
    """Every file's bytes, except tool caches (bytecode, ruff's cache), which are nobody's source."""
    return {
        path.relative_to(root): path.read_bytes()
        for path in root.rglob("*")
        if path.is_file() and not CACHES.intersection(path.relative_to(root).parts)
    }


def _is_generated(root: Path, relative: Path) -> bool:
    """Whether the generator owns this file: its trees, and in `_generated/` only files carrying its header."""
    if relative in GENERATED_FILES or relative.parts[0] == "generated_client":
        return True
    if relative.is_relative_to(GENERATED_DIRS[1]):
        path = root / relative
        first = path.open("rb").readline().decode("utf-8", "replace") if path.is_file() else ""
        return HEADER in first
    return False


def _add_operation(spec: Path) -> None:
    # Text edits keep the hand-written file as it is: the path item goes last in `paths:`, the schemas last in
    # `components.schemas` (the file's last section); reading the result back proves they landed there.
    text = spec.read_text(encoding="utf-8")
    assert text.count("\ncomponents:\n") == 1
    text = text.replace("\ncomponents:\n", "\n" + NEW_PATH + "components:\n", 1)
    spec.write_text(text.rstrip("\n") + "\n" + NEW_SCHEMAS, encoding="utf-8")
    loaded = yaml.load(spec.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    assert "get" in loaded["paths"]["/v1/fine_tuning/jobs/{fine_tuning_job_id}/checkpoint_reports"]
    assert {"FineTuningJobCheckpointReport", "ListFineTuningJobCheckpointReportsResponse"} <= loaded["components"][
        "schemas"
    ].keys()


def _generate(root: Path, spec: Path) -> None:
    generated = subprocess.run(
        [sys.executable, "-m", "generator", "generate", "--root", str(root), "--spec", str(spec)],
        cwd=root,  # the copy's generator, not the repository's
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert generated.returncode == 0, generated.stdout + generated.stderr


def _run_with_copy(root: Path, script: str, cwd: Path) -> dict[str, Any]:
    """Run ``script`` with the copy's packages first on sys.path; its last line of output, as JSON."""
    env = {
        **os.environ,
        # Ahead of the editable installs of the repository's own packages, which the copy must shadow.
        "PYTHONPATH": os.pathsep.join([str(root / "wrapper" / "src"), str(root / "generated_client")]),
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    env.pop("WUSHUANG_BASE_URL", None)
    called = subprocess.run(
        [sys.executable, "-c", script, str(root)], cwd=cwd, env=env, capture_output=True, text=True, timeout=120
    )
    assert called.returncode == 0, called.stdout + called.stderr
    found: dict[str, Any] = json.loads(called.stdout.strip().splitlines()[-1])
    return found


def test_new_operation_is_callable_through_both_layers(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    copy_working_tree(root)
    spec = root / SPEC
    _add_operation(spec)
    before = _snapshot(root)
    _generate(root, spec)
    after = _snapshot(root)

    changed = {path for path in before.keys() | after.keys() if before.get(path) != after.get(path)}
    assert changed, "the generator changed nothing"
    outside = sorted(str(path) for path in changed if not _is_generated(root, path))
    assert outside == [], f"the generator touched files it does not own: {outside}"
    # The new operation reached every generated tree.
    assert b"listFineTuningJobCheckpointReports" in after[SPEC_COPY]
    assert (
        Path("generated_client/wushuang_client/api/fine_tuning/list_fine_tuning_job_checkpoint_reports.py") in changed
    )
    generated_wrapper = [path for path in changed if path.is_relative_to(GENERATED_DIRS[1])]
    assert any(b"class FineTuningJobsCheckpointReports(" in after[path] for path in generated_wrapper if path in after)
    assert any(b"class FineTuningJobCheckpointReport(" in after[path] for path in generated_wrapper if path in after)

    found = _run_with_copy(root, CALLER, tmp_path)
    assert Path(found["wushuang"]).is_relative_to(root / "wrapper" / "src")
    assert Path(found["wushuang_client"]).is_relative_to(root / "generated_client")

    wrapper = found["wrapper"]
    assert wrapper["type"] == "ListFineTuningJobCheckpointReportsResponse"
    assert wrapper["object"] == "list"
    assert wrapper["data"] == [
        ["FineTuningJobCheckpointReport", "ftckpt-2", 2000, 1721764900],
        ["FineTuningJobCheckpointReport", "ftckpt-1", 1000, 1721764800],
    ]
    assert wrapper["operation_id"] == "listFineTuningJobCheckpointReports"
    # The path parameter is quoted as one segment: its "/" does not split the path.
    assert wrapper["raw_path"] == "/v1/fine_tuning/jobs/ftjob-abc%2F1/checkpoint_reports"
    assert wrapper["query"] == "limit=2"

    refused = found.get("refused")
    assert refused is not None, "limit=0 was not refused"
    assert refused["param"] == "limit" and "limit" in refused["message"]
    assert refused["sent"] == 0, "a refused call must send nothing"

    low = found["low_level"]
    assert low["type"] == "ListFineTuningJobCheckpointReportsResponse"
    assert low["ids"] == ["ftckpt-2", "ftckpt-1"]
    assert low["raw_path"] == "/v1/fine_tuning/jobs/ftjob-abc%2F1/checkpoint_reports"
    assert low["query"] == "limit=2"


def _add_toy_family(root: Path) -> None:
    """The toy family's spec entries (paths, schemas, its tag, its behaviour's module) and its module."""
    spec = root / SPEC
    text = spec.read_text(encoding="utf-8")
    for anchor, addition in (
        ("\ncomponents:\n", "\n" + TOY_PATHS + "components:\n"),
        ("\nx-sdk-behaviours:\n", "\nx-sdk-behaviours:\n  toy: toy\n"),
        ("\ntags:\n", "\ntags:\n  - name: toy\n    description: A toy task family.\n"),
    ):
        assert text.count(anchor) == 1, anchor
        text = text.replace(anchor, addition, 1)
    spec.write_text(text.rstrip("\n") + "\n" + TOY_SCHEMAS, encoding="utf-8")
    (root / "wrapper/src/wushuang/toy.py").write_text(TOY_MODULE, encoding="utf-8")


def test_a_new_task_family_is_a_module_and_spec_entries(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    copy_working_tree(root)
    _add_toy_family(root)
    before = _snapshot(root)
    _generate(root, root / SPEC)
    after = _snapshot(root)

    changed = {path for path in before.keys() | after.keys() if before.get(path) != after.get(path)}
    outside = sorted(str(path) for path in changed if not _is_generated(root, path))
    assert outside == [], f"the generator touched files it does not own: {outside}"
    # Besides the spec and the family's module, the copy's hand-written files are the repository's.
    edited = sorted(
        str(path)
        for path, content in after.items()
        if not _is_generated(root, path)
        and path.suffix == ".py"
        and (not (REPO / path).is_file() or (REPO / path).read_bytes() != content)
    )
    assert edited == ["wrapper/src/wushuang/toy.py"]
    index = Path("wrapper/src/wushuang/_generated/operations/__init__.py")
    assert b'"toy": "toy"' in after[index]  # BEHAVIOUR_MODULES

    found = _run_with_copy(root, TOY_CALLER, tmp_path)
    assert Path(found["wushuang"]).is_relative_to(root / "wrapper" / "src")
    assert found["job"] == ["ToyJob", "job-1", "done"]  # submitted, then fetched until done
    assert found["refused"] == ["ToyRefusedError", "toy job refused: queue full"]  # the family's envelope
    assert found["invalid"] == "prompt"  # refused before sending: the spec's minLength
    assert found["seen"] == [
        ["POST", "/toy/submit"],
        ["GET", "/toy/jobs/job-1"],
        ["GET", "/toy/jobs/job-1"],
        ["GET", "/toy/jobs/job-1"],
        ["POST", "/toy/submit"],
    ]


if __name__ == "__main__":  # pragma: no cover
    sys.exit(pytest.main([__file__, "-q"]))
