"""Hand-made handlers for Assistants v1 runs: a state machine on the emulator's clock, and its event stream.

A run (createRun, or createThreadAndRun, which first creates the thread with its `thread.messages`) starts
`queued`. `QUEUED_FOR` emulated seconds later it is `in_progress`, and `WORKING_FOR` seconds after that:

- when the run has `function` tools (its own `tools`, else its assistant's) and `tool_choice` is not `none`, it
  `requires_action`: one call of the first function (or the one `tool_choice` names), with arguments for the
  function's required parameters, and a `tool_calls` step in progress. Outputs for exactly the pending call ids
  (submitToolOutputsToRun; 400 naming `tool_outputs` otherwise) complete the step and send the run back to
  `queued`, then on as above to `completed`. Left waiting `EXPIRES_AFTER` seconds, the run is `expired`.
- otherwise it is `completed`: it has written an assistant message to the thread (quoting the last user
  message and any tool outputs, then a few words of its own), with a `message_creation` step, and its `usage`.

cancelRun makes a run that has not ended `cancelling`, then `cancelled` `CANCELLING_FOR` seconds later; an
ended run gives 400. A thread with a run that has not ended takes neither new runs nor new messages (400).

Like Midjourney tasks, a run moves on lazily: every operation on a thread's runs, steps or messages first brings
them up to the clock, and getRun (the polling target) first advances an auto-advancing clock. With `stream`
true, a run does not wait for the clock: it runs at once to `completed` or `requires_action`, stored as it goes,
and the answer is its events (`event: thread.run.created` / `data: {...run}`, ...), ending `event: done` /
`data: [DONE]`.
"""

from __future__ import annotations

import collections
import hashlib
import json
import random
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

from starlette.responses import JSONResponse, Response, StreamingResponse

from . import _threads
from ._call import Call, Handler, not_found, openai_error
from ._crud import Crud, new_id
from ._generation import SSE_HEADERS, sample_value, token_usage
from ._state import EmulatorState, Record
from ._textgen import count_tokens, seed_of, words_from
from ._threads import ASSISTANTS, MESSAGES, THREADS, new_message, new_thread, text_of

__all__ = ["CANCELLING_FOR", "EXPIRES_AFTER", "HANDLERS", "QUEUED_FOR", "RUNS", "STEPS", "WORKING_FOR", "settle_runs"]

#: The stores (the spec's `x-sdk.store`) of runs and their steps.
RUNS = "runs"
STEPS = "run_steps"
#: Emulated seconds a run stays `queued`, `in_progress`, `cancelling`, and waits in `requires_action`.
QUEUED_FOR = 1.0
WORKING_FOR = 1.0
CANCELLING_FOR = 1.0
EXPIRES_AFTER = 600.0
# A status that moves on by itself -> how long it lasts.
_LASTS = {
    "queued": QUEUED_FOR,
    "in_progress": WORKING_FOR,
    "requires_action": EXPIRES_AFTER,
    "cancelling": CANCELLING_FOR,
}
_WORDS_RE = re.compile(r"\s*\S+")


@dataclass
class _Progress:
    """What a run's JSON does not show: since when it has its status, its pending step, the outputs it got."""

    since: float
    tool_step: dict[str, Any] | None = None
    tool_outputs: list[dict[str, Any]] | None = None


def _frame(event: str, data: Any) -> bytes:
    """One server-sent event, its data as the object is now."""
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n".encode()


def _event_stream(frames: list[bytes]) -> StreamingResponse:
    async def body() -> AsyncIterator[bytes]:
        for frame in frames:
            yield frame
        yield b"event: done\ndata: [DONE]\n\n"

    return StreamingResponse(body(), media_type="text/event-stream", headers=SSE_HEADERS)


# ---------------------------------------------------------------- the state machine
def _new_step(state: EmulatorState, run: dict[str, Any], at: float, details: dict[str, Any]) -> dict[str, Any]:
    """Store a step of the run, in progress."""
    step = {
        "id": new_id(state, STEPS, "step_"),
        "object": "thread.run.step",
        "created_at": int(at),
        "assistant_id": run["assistant_id"],
        "thread_id": run["thread_id"],
        "run_id": run["id"],
        "type": details["type"],
        "status": "in_progress",
        "step_details": details,
        "last_error": None,
        "expired_at": None,
        "cancelled_at": None,
        "failed_at": None,
        "completed_at": None,
        "metadata": {},
        "usage": None,
    }
    state.store(STEPS).add(step, (run["thread_id"], run["id"]))
    return step


def _steps(state: EmulatorState, run: dict[str, Any]) -> list[dict[str, Any]]:
    return [r.object for r in state.store(STEPS).records((run["thread_id"], run["id"]))]


def _prompt_tokens(state: EmulatorState, run: dict[str, Any]) -> int:
    """What the model reads: the run's instructions and the thread's messages so far."""
    messages = state.store(MESSAGES).records((run["thread_id"],))
    return count_tokens(run["instructions"] or "") + sum(count_tokens(text_of(r.object)) for r in messages)


def _function_to_call(run: dict[str, Any]) -> dict[str, Any] | None:
    """The function the run calls: the one `tool_choice` names, else the first; None without function tools."""
    functions = [t["function"] for t in run["tools"] if t.get("type") == "function" and t.get("function")]
    choice = run["tool_choice"]
    if choice == "none" or not functions:
        return None
    named = (choice.get("function") or {}).get("name") if isinstance(choice, dict) else None
    chosen: dict[str, Any] = next((f for f in functions if f.get("name") == named), functions[0])
    return chosen


def _require_action(state: EmulatorState, record: Record, function: dict[str, Any], at: float) -> list[bytes]:
    """Call the function: a `tool_calls` step in progress, and the run waits for its output."""
    run = record.object
    parameters = function.get("parameters") or {}
    required = {
        k: v for k, v in (parameters.get("properties") or {}).items() if k in (parameters.get("required") or [])
    }
    values = sample_value({"type": "object", "properties": required}, random.Random(seed_of("run", run["id"])))
    tool_call: dict[str, Any] = {
        "id": "call_" + hashlib.sha256(run["id"].encode()).hexdigest()[:24],
        "type": "function",
        "function": {"name": function["name"], "arguments": json.dumps(values, ensure_ascii=False)},
    }
    details = {
        "type": "tool_calls",
        "tool_calls": [{**tool_call, "function": {**tool_call["function"], "output": None}}],
    }
    step = record.attachment.tool_step = _new_step(state, run, at, details)
    action = {"type": "submit_tool_outputs", "submit_tool_outputs": {"tool_calls": [tool_call]}}
    run.update(status="requires_action", required_action=action, expires_at=int(at + EXPIRES_AFTER))
    return [
        _frame("thread.run.step.created", step),
        _frame("thread.run.step.in_progress", step),
        _frame("thread.run.requires_action", run),
    ]


def _reply(question: str, outputs: list[dict[str, Any]]) -> str:
    """The assistant's answer: it quotes the last user message and the tool outputs, then says a few words."""
    said = [o.get("output", "") for o in outputs]
    parts = [f'You said: "{question}".' if question else "Hello."]
    parts += [f'The tool answered: "{output}".' for output in said]
    parts.append(words_from(seed_of("run reply", question, said), 8))
    return " ".join(parts)


def _complete(state: EmulatorState, record: Record, at: float) -> list[bytes]:
    """Write the assistant's message (a `message_creation` step) and complete the run with its usage."""
    run = record.object
    prompt_tokens = _prompt_tokens(state, run)
    messages = [r.object for r in state.store(MESSAGES).records((run["thread_id"],))]
    question = next((text_of(m) for m in reversed(messages) if m["role"] == "user"), "")
    text = _reply(question, record.attachment.tool_outputs or [])
    message = new_message(state, run["thread_id"], at, {"role": "assistant", "content": text}, run=run)
    step = _new_step(state, run, at, {"type": "message_creation", "message_creation": {"message_id": message["id"]}})
    writing = {**message, "status": "in_progress", "content": [], "completed_at": None}
    frames = [
        _frame("thread.run.step.created", step),
        _frame("thread.run.step.in_progress", step),
        _frame("thread.message.created", writing),
        _frame("thread.message.in_progress", writing),
    ]
    for piece in _WORDS_RE.findall(text):
        delta = {"content": [{"index": 0, "type": "text", "text": {"value": piece}}]}
        frames.append(
            _frame("thread.message.delta", {"id": message["id"], "object": "thread.message.delta", "delta": delta})
        )
    frames.append(_frame("thread.message.completed", message))
    step.update(status="completed", completed_at=int(at), usage=token_usage(prompt_tokens, count_tokens(text)))
    frames.append(_frame("thread.run.step.completed", step))
    usages = [s["usage"] for s in _steps(state, run) if s["usage"]]
    usage = token_usage(sum(u["prompt_tokens"] for u in usages), sum(u["completion_tokens"] for u in usages))
    run.update(status="completed", required_action=None, completed_at=int(at), expires_at=None, usage=usage)
    return [*frames, _frame("thread.run.completed", run)]


def _end(state: EmulatorState, record: Record, status: str, at: float) -> list[bytes]:
    """End the run `expired` or `cancelled`, with the steps still in progress."""
    run = record.object
    frames = []
    for step in _steps(state, run):
        if step["status"] == "in_progress":
            step.update({"status": status, f"{status}_at": int(at)})
            frames.append(_frame(f"thread.run.step.{status}", step))
    run.update(status=status, required_action=None)
    if status == "cancelled":
        run["cancelled_at"] = int(at)
    return [*frames, _frame(f"thread.run.{status}", run)]


def _advance(state: EmulatorState, record: Record, at: float) -> list[bytes]:
    """Move the run on from its status at emulated time `at`; returns the events of the move."""
    run, progress = record.object, record.attachment
    status = run["status"]
    progress.since = at
    if status == "queued":
        run.update(status="in_progress", started_at=run["started_at"] or int(at))
        return [_frame("thread.run.in_progress", run)]
    if status == "in_progress":
        function = None if progress.tool_outputs is not None else _function_to_call(run)
        return _complete(state, record, at) if function is None else _require_action(state, record, function, at)
    return _end(state, record, "expired" if status == "requires_action" else "cancelled", at)


def settle_runs(state: EmulatorState, thread_id: str) -> None:
    """Bring the thread's runs up to the clock, each through every status it has passed since it was last seen."""
    now = state.clock.now()
    for record in state.store(RUNS).records((thread_id,)):
        while (lasts := _LASTS.get(record.object["status"])) is not None and record.attachment.since + lasts <= now:
            _advance(state, record, record.attachment.since + lasts)


# ---------------------------------------------------------------- handlers
def _answer(call: Call, record: Record, frames: list[bytes]) -> Response:
    """The run as it is; with `stream`, its events so far and on until it completes or requires action."""
    if not call.params.get("stream"):
        return JSONResponse(record.object)
    while record.object["status"] in ("queued", "in_progress"):
        frames += _advance(call.state, record, call.state.clock.now())
    return _event_stream(frames)


def _first(*values: Any) -> Any:
    """The first of the values that is not None."""
    return next((value for value in values if value is not None), None)


def _refused_on(call: Call, refusal: str) -> Response | None:
    """The 404 of the path's thread, or while a run of it has not ended the 400 `refusal` (with `{thread}`, `{run}`).

    The thread's runs are brought up to the clock first.
    """
    missing = Crud.of(call.spec).missing_parent(call)
    if missing is not None:
        return missing
    thread_id = call.path_params["thread_id"]
    settle_runs(call.state, thread_id)
    runs = call.state.store(RUNS).records((thread_id,))
    busy = next((r.object for r in runs if r.object["status"] in _LASTS), None)
    return None if busy is None else openai_error(400, refusal.format(thread=thread_id, run=busy["id"]))


def _start(call: Call, thread_id: str, assistant: dict[str, Any], frames: list[bytes]) -> Response:
    """Create a run of the assistant on the thread (after the request's `additional_messages`) and answer it."""
    p, state = call.params, call.state
    now = state.clock.now()
    for message in p.get("additional_messages") or []:
        new_message(state, thread_id, now, message)
    instructions = _first(p.get("instructions"), assistant.get("instructions"))
    if p.get("additional_instructions"):
        instructions = "\n".join(filter(None, [instructions, p["additional_instructions"]]))
    run = {
        "id": new_id(state, RUNS, "run_"),
        "object": "thread.run",
        "created_at": int(now),
        "assistant_id": assistant["id"],
        "thread_id": thread_id,
        "status": "queued",
        "required_action": None,
        "last_error": None,
        "expires_at": int(now + EXPIRES_AFTER),
        "started_at": None,
        "cancelled_at": None,
        "failed_at": None,
        "completed_at": None,
        "incomplete_details": None,
        "model": _first(p.get("model"), assistant.get("model")),
        "instructions": instructions,
        "tools": _first(p.get("tools"), assistant.get("tools"), []),
        "file_ids": list(assistant.get("file_ids") or []),
        "metadata": _first(p.get("metadata"), {}),
        "usage": None,
        "temperature": _first(p.get("temperature"), assistant.get("temperature"), 1.0),
        "top_p": _first(p.get("top_p"), assistant.get("top_p"), 1.0),
        "max_prompt_tokens": p.get("max_prompt_tokens"),
        "max_completion_tokens": p.get("max_completion_tokens"),
        "truncation_strategy": _first(p.get("truncation_strategy"), {"type": "auto", "last_messages": None}),
        "tool_choice": _first(p.get("tool_choice"), "auto"),
        "parallel_tool_calls": _first(p.get("parallel_tool_calls"), True),
        "response_format": _first(p.get("response_format"), assistant.get("response_format"), "auto"),
    }
    record = state.store(RUNS).add(run, (thread_id,), _Progress(since=now))
    return _answer(call, record, [*frames, _frame("thread.run.created", run), _frame("thread.run.queued", run)])


def _named_assistant(call: Call) -> dict[str, Any] | Response:
    """The assistant the body names, or its 404."""
    assistant_id = str(call.params["assistant_id"])
    record = call.state.store(ASSISTANTS).get(assistant_id)
    return not_found("assistant", assistant_id) if record is None else record.object


def create_run(call: Call) -> Response:
    """POST /v1/threads/{thread_id}/runs: a run `queued`, or its events with `stream`."""
    refused = _refused_on(call, "Thread {thread} already has an active run {run}.")
    if refused is not None:
        return refused
    assistant = _named_assistant(call)
    return assistant if isinstance(assistant, Response) else _start(call, call.path_params["thread_id"], assistant, [])


def create_thread_and_run(call: Call) -> Response:
    """POST /v1/threads/runs: a new thread (with `thread.messages`) and a run of it, as createRun answers."""
    assistant = _named_assistant(call)
    if isinstance(assistant, Response):
        return assistant
    thread = new_thread(call.state, call.params.get("thread") or {}, call.state.clock.now())
    return _start(call, thread["id"], assistant, [_frame("thread.created", thread)])


def create_message(call: Call) -> Response:
    """POST /v1/threads/{thread_id}/messages: the message, its `content` a text part; 400 while a run is on."""
    refused = _refused_on(call, "Can't add messages to {thread} while a run {run} is active.")
    if refused is not None:
        return refused
    return JSONResponse(new_message(call.state, call.path_params["thread_id"], call.state.clock.now(), call.params))


def _run(call: Call) -> Record | Response:
    """The run of the path, up to the clock, or the 404 of its thread or of itself."""
    thread_id, run_id = call.path_params["thread_id"], call.path_params["run_id"]
    if call.state.store(THREADS).get(thread_id) is None:
        return not_found("thread", thread_id)
    settle_runs(call.state, thread_id)
    record = call.state.store(RUNS).get(run_id, (thread_id,))
    return not_found("run", run_id) if record is None else record


def submit_tool_outputs(call: Call) -> Response:
    """POST .../runs/{run_id}/submit_tool_outputs: outputs for exactly the pending calls send the run on."""
    record = _run(call)
    if isinstance(record, Response):
        return record
    run, progress = record.object, record.attachment
    if run["status"] != "requires_action":
        return openai_error(400, f"Runs in status {run['status']} do not accept tool outputs.")
    outputs = call.json["tool_outputs"]
    expected = [c["id"] for c in run["required_action"]["submit_tool_outputs"]["tool_calls"]]
    given = [o.get("tool_call_id") for o in outputs]
    if collections.Counter(given) != collections.Counter(expected):
        message = f"Expected tool outputs for call_ids {expected}, got {given}."
        return openai_error(400, message, param="tool_outputs")
    now = call.state.clock.now()
    step = progress.tool_step
    by_id = {o["tool_call_id"]: o.get("output", "") for o in outputs}
    for tool_call in step["step_details"]["tool_calls"]:
        tool_call["function"]["output"] = by_id[tool_call["id"]]
    arguments = " ".join(c["function"]["arguments"] for c in step["step_details"]["tool_calls"])
    usage = token_usage(_prompt_tokens(call.state, run), count_tokens(arguments))
    step.update(status="completed", completed_at=int(now), usage=usage)
    progress.since, progress.tool_outputs = now, outputs
    run.update(status="queued", required_action=None)
    return _answer(call, record, [_frame("thread.run.step.completed", step), _frame("thread.run.queued", run)])


def cancel_run(call: Call) -> Response:
    """POST .../runs/{run_id}/cancel: a run that has not ended is `cancelling`; an ended one, 400."""
    record = _run(call)
    if isinstance(record, Response):
        return record
    run = record.object
    if run["status"] not in ("queued", "in_progress", "requires_action"):
        return openai_error(400, f"Cannot cancel run with status '{run['status']}'.")
    record.attachment.since = call.state.clock.now()
    run["status"] = "cancelling"
    return JSONResponse(run)


def settled(call: Call) -> Response:
    """A stored operation on a thread's runs, steps or messages, answered once its runs are up to the clock."""
    settle_runs(call.state, call.path_params["thread_id"])
    return Crud.of(call.spec).answer(call)


def get_run(call: Call) -> Response:
    """GET /v1/threads/{thread_id}/runs/{run_id}: the run as of now; first advances an auto-advancing clock."""
    call.state.clock.tick()
    return settled(call)


HANDLERS: dict[str, Handler] = {
    **_threads.HANDLERS,
    "createMessage": create_message,
    "listMessages": settled,
    "createRun": create_run,
    "createThreadAndRun": create_thread_and_run,
    "listRuns": settled,
    "getRun": get_run,
    "modifyRun": settled,
    "submitToolOutputsToRun": submit_tool_outputs,
    "cancelRun": cancel_run,
    "listRunSteps": settled,
    "getRunStep": settled,
}
