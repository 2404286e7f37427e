"""Hand-made handlers for fine-tuning jobs: a state machine on the emulator's clock, with its events.

A job must name uploaded files (`training_file`, and `validation_file` when given), else 400 with `param`.
Timeline in emulated seconds after creation: `validating_files` (0-2 s), `queued` (2-4 s), `running` from 4 s
with one training step a second (`STEPS` of them), `succeeded` at `SUCCEEDED_AT`, when the job gets its
`fine_tuned_model` (`ft:<model>:<org>:<suffix>:<id>`), `finished_at`, `trained_tokens` and a result file
(`step_metrics.csv`, in the files store). Each step of the way is an event, one emulated second apart.
`cancel` stops a job that has not finished. Jobs and events list newest first, in pages after an `after` cursor.

Like Midjourney tasks, a job's state is computed from the clock when it is read, and retrieving a job first
advances an auto-advancing clock, so a poller (`client.fine_tuning.jobs.wait`) sees time pass.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass
from typing import Any

from starlette.responses import JSONResponse, Response

from ._call import Call, Handler, not_found, openai_error
from ._media import FILES, store_file
from ._state import Record
from ._textgen import seed_of

__all__ = ["HANDLERS", "JOBS", "STEPS", "SUCCEEDED_AT"]

#: The store the jobs live in (the spec's `x-sdk.store`).
JOBS = "fine_tuning_jobs"
#: The organization in job objects and fine-tuned model names.
ORGANIZATION = "wushuang"
#: Training steps of every job, one per emulated second.
STEPS = 10
_RUNNING_AT = 4.0
#: Emulated seconds from creation to `succeeded`.
SUCCEEDED_AT = _RUNNING_AT + STEPS + 2
#: (seconds after creation, status from then on).
_STATUSES: tuple[tuple[float, str], ...] = (
    (0.0, "validating_files"),
    (2.0, "queued"),
    (_RUNNING_AT, "running"),
    (SUCCEEDED_AT, "succeeded"),
)
_TERMINAL = frozenset({"succeeded", "failed", "cancelled"})
_DEFAULT_LIMIT = 20
_AUTO_HYPERPARAMETERS: dict[str, Any] = {"n_epochs": 3, "batch_size": 1, "learning_rate_multiplier": 2.0}


@dataclass
class Job:
    """What a job's JSON does not show: when exactly it was created, what it will be, and its cancellation."""

    created: float
    fine_tuned_model: str
    trained_tokens: int
    cancelled_at: float | None = None


def _metrics(job_id: str) -> list[tuple[int, float, float]]:
    """(step, training loss, token accuracy) of each step: falling loss, rising accuracy, fixed per job."""
    rng = random.Random(seed_of("fine-tuning", job_id))
    return [
        (step, round(2.2 * 0.8**step + rng.uniform(0, 0.05), 4), round(0.5 + 0.045 * step + rng.uniform(0, 0.02), 4))
        for step in range(1, STEPS + 1)
    ]


def _script(obj: dict[str, Any], job: Job) -> list[tuple[float, str, str, dict[str, Any] | None]]:
    """Every event of a job that runs to the end: (seconds after creation, type, message, data)."""
    validating = f"Validating training file: {obj['training_file']}"
    if obj.get("validation_file"):
        validating += f" and validation file: {obj['validation_file']}"
    script: list[tuple[float, str, str, dict[str, Any] | None]] = [
        (0.0, "message", f"Created fine-tuning job: {obj['id']}", None),
        (1.0, "message", validating, None),
        (2.0, "message", "Files validated, moving job to queued state", None),
        (_RUNNING_AT, "message", "Fine-tuning job started", None),
    ]
    for step, loss, accuracy in _metrics(obj["id"]):
        data = {"step": step, "train_loss": loss, "train_mean_token_accuracy": accuracy, "total_steps": STEPS}
        script.append((_RUNNING_AT + step, "metrics", f"Step {step}/{STEPS}: training loss={loss:.4f}", data))
    script.append((SUCCEEDED_AT - 1, "message", f"New fine-tuned model created: {job.fine_tuned_model}", None))
    script.append((SUCCEEDED_AT, "message", "The job has successfully completed", None))
    return script


def _events(obj: dict[str, Any], job: Job, now: float) -> list[dict[str, Any]]:
    """The events that have happened by emulated time `now`, newest first."""
    end = now if job.cancelled_at is None else min(now, job.cancelled_at)
    happened = [
        (job.created + offset, kind, message, data)
        for offset, kind, message, data in _script(obj, job)
        if job.created + offset <= end
    ]
    if job.cancelled_at is not None and job.cancelled_at <= now:
        happened.append((job.cancelled_at, "message", "Fine-tuning job cancelled", None))
    events = [
        {
            "object": "fine_tuning.job.event",
            "id": "ftevent-" + hashlib.sha256(f"{obj['id']}:{index}".encode()).hexdigest()[:24],
            "created_at": int(at),
            "level": "info",
            "message": message,
            "data": data,
            "type": kind,
        }
        for index, (at, kind, message, data) in enumerate(happened)
    ]
    return events[::-1]


def _settle(call: Call, record: Record) -> dict[str, Any]:
    """Bring a stored job up to the clock: its status, and what it gets on success. Returns a copy."""
    obj, job = record.object, record.attachment
    elapsed = call.state.clock.now() - job.created
    status = "cancelled" if job.cancelled_at is not None else [s for at, s in _STATUSES if at <= elapsed][-1]
    changes: dict[str, Any] = {"status": status}
    if status == "succeeded" and obj["fine_tuned_model"] is None:
        rows = [f"{step},{loss},{accuracy}" for step, loss, accuracy in _metrics(obj["id"])]
        csv = "step,train_loss,train_accuracy\n" + "\n".join(rows) + "\n"
        result = store_file(call.state, csv.encode(), filename="step_metrics.csv", purpose="fine-tune-results")
        changes.update(
            fine_tuned_model=job.fine_tuned_model,
            finished_at=int(job.created + SUCCEEDED_AT),
            trained_tokens=job.trained_tokens,
            result_files=[result.id],
        )
    return call.state.store(JOBS).update(obj["id"], changes) or dict(obj)


def _page(call: Call, items: list[dict[str, Any]], thing: str) -> Response:
    """One page of `items` (newest first): `limit` of them (default 20) after the `after` cursor, and `has_more`."""
    after = call.query.get("after")
    ids = [item["id"] for item in items]
    if after is not None and after not in ids:
        return openai_error(400, f"No {thing} found with id '{after}'.", param="after")
    start = ids.index(after) + 1 if after is not None else 0
    stop = start + int(call.query.get("limit", _DEFAULT_LIMIT))
    return JSONResponse({"object": "list", "data": items[start:stop], "has_more": stop < len(items)})


def create_job(call: Call) -> Response:
    """POST /v1/fine_tuning/jobs: a job `validating_files`, once its files are known uploads."""
    p = call.json
    files = call.state.store(FILES)
    for param in ("training_file", "validation_file"):
        file_id = p.get(param)
        if file_id is not None and files.get(str(file_id)) is None:
            return openai_error(400, f"invalid {param}: {file_id}", param=param)
    training = files.get(str(p["training_file"]))
    assert training is not None
    now = call.state.clock.now()
    job_id = "ftjob-" + hashlib.sha256(f"{JOBS}:{call.state.next_number()}".encode()).hexdigest()[:24]
    given = p.get("hyperparameters") or {}
    hyperparameters = {k: v if given.get(k, "auto") == "auto" else given[k] for k, v in _AUTO_HYPERPARAMETERS.items()}
    model_id = hashlib.sha256(job_id.encode()).hexdigest()[:8]
    job = Job(
        created=now,
        fine_tuned_model=f"ft:{p['model']}:{ORGANIZATION}:{p.get('suffix') or ''}:{model_id}",
        trained_tokens=(int(training.object.get("bytes", 0)) // 4 + 1) * int(hyperparameters["n_epochs"]),
    )
    seed = p.get("seed")
    obj: dict[str, Any] = {
        "object": "fine_tuning.job",
        "id": job_id,
        "model": p["model"],
        "created_at": int(now),
        "error": None,
        "fine_tuned_model": None,
        "finished_at": None,
        "hyperparameters": hyperparameters,
        "organization_id": f"org-{ORGANIZATION}",
        "result_files": [],
        "status": "validating_files",
        "trained_tokens": None,
        "training_file": p["training_file"],
        "validation_file": p.get("validation_file"),
        "integrations": p.get("integrations") or [],
        "seed": seed if seed is not None else seed_of(job_id) % 2**31,
    }
    call.state.store(JOBS).add(obj, attachment=job)
    return JSONResponse(dict(obj))


def _job(call: Call) -> Record | None:
    return call.state.store(JOBS).get(call.path_params["fine_tuning_job_id"])


def _no_job(call: Call) -> Response:
    return not_found("fine-tuning job", call.path_params["fine_tuning_job_id"])


def retrieve_job(call: Call) -> Response:
    """GET /v1/fine_tuning/jobs/{id}: the job as of now; first advances an auto-advancing clock."""
    record = _job(call)
    if record is None:
        return _no_job(call)
    call.state.clock.tick()
    return JSONResponse(_settle(call, record))


def list_jobs(call: Call) -> Response:
    """GET /v1/fine_tuning/jobs: newest first, paged by `after` and `limit`."""
    jobs = [_settle(call, record) for record in reversed(call.state.store(JOBS).records())]
    return _page(call, jobs, "fine-tuning job")


def cancel_job(call: Call) -> Response:
    """POST /v1/fine_tuning/jobs/{id}/cancel: a job that has not finished is `cancelled`; a finished one, 400."""
    record = _job(call)
    if record is None:
        return _no_job(call)
    obj = _settle(call, record)
    if obj["status"] in _TERMINAL:
        return openai_error(400, f"Job {obj['id']} has already {obj['status']} and cannot be cancelled.")
    record.attachment.cancelled_at = call.state.clock.now()
    return JSONResponse(_settle(call, record))


def list_events(call: Call) -> Response:
    """GET /v1/fine_tuning/jobs/{id}/events: what has happened so far, newest first, paged."""
    record = _job(call)
    if record is None:
        return _no_job(call)
    obj = _settle(call, record)
    return _page(call, _events(obj, record.attachment, call.state.clock.now()), "fine-tuning event")


HANDLERS: dict[str, Handler] = {
    "createFineTuningJob": create_job,
    "listPaginatedFineTuningJobs": list_jobs,
    "retrieveFineTuningJob": retrieve_job,
    "cancelFineTuningJob": cancel_job,
    "listFineTuningEvents": list_events,
}
