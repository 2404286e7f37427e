"""Operations of many calls as traces: status polls, Midjourney tasks and button presses, batch runs.

Each test traces through its own ``TracerProvider`` (given to the client as ``wushuang.Telemetry``) into an
``InMemorySpanExporter``, and checks span names, the tree (which span is whose child), attributes, events and links.
Waits run on the emulator's clock (a poll's pause lets task time pass) or on a ``FakeTime``: nothing sleeps.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from _fakes import mock_async_client, mock_client
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import StatusCode

import wushuang
from wushuang import AsyncWushuang, Wushuang
from wushuang.batch import run_batch_async
from wushuang.testing import Emulator


class Traces:
    """The spans one test's provider exported, and ways to look at them."""

    def __init__(self) -> None:
        self.exporter = InMemorySpanExporter()
        self.provider = TracerProvider()
        self.provider.add_span_processor(SimpleSpanProcessor(self.exporter))
        self.telemetry = wushuang.Telemetry(tracer_provider=self.provider)

    @property
    def spans(self) -> list[ReadableSpan]:
        return list(self.exporter.get_finished_spans())

    def named(self, name: str) -> list[ReadableSpan]:
        return [span for span in self.spans if span.name == name]

    def one(self, name: str) -> ReadableSpan:
        (span,) = self.named(name)
        return span

    def children(self, parent: ReadableSpan) -> list[ReadableSpan]:
        """The spans whose parent is ``parent``, in the order they started."""
        assert parent.context is not None
        found = [s for s in self.spans if s.parent is not None and s.parent.span_id == parent.context.span_id]
        return sorted(found, key=lambda span: span.start_time or 0)

    def tree(self, root: ReadableSpan, depth: int = 0) -> list[str]:
        """``root`` and its descendants, one indented name a line (as docs/telemetry.md shows them)."""
        lines = ["  " * depth + root.name]
        for child in self.children(root):
            lines += self.tree(child, depth + 1)
        return lines


@pytest.fixture
def traces() -> Iterator[Traces]:
    traces = Traces()
    yield traces
    traces.provider.shutdown()


def events(span: ReadableSpan, name: str) -> list[dict[str, Any]]:
    return [dict(event.attributes or {}) for event in span.events if event.name == name]


def attrs(span: ReadableSpan) -> dict[str, Any]:
    return dict(span.attributes or {})


# ---------------------------------------------------------------------------------------------- status polls
def test_a_run_created_and_polled_is_one_span_with_the_create_and_every_fetch_inside(
    emu: Emulator, traces: Traces
) -> None:
    emu.clock.auto_advance = 1  # each fetch of the run lets a second pass
    with Wushuang(
        api_key=emu.api_key, base_url=emu.base_url, max_retries=0, clock=emu.clock, telemetry=traces.telemetry
    ) as client:
        assistant = client.beta.assistants.create(model="gpt-4")
        thread = client.beta.threads.create(messages=[{"role": "user", "content": "Hello."}])
        run = client.beta.threads.runs.create_and_poll(
            thread.id, assistant_id=assistant.id, poll_interval=0.5, poll_timeout=30
        )
    assert run.status == "completed"
    wait = traces.one("wait run")
    assert wait.parent is None and wait.status.status_code is StatusCode.UNSET
    fetches = [span for span in traces.children(wait) if span.name == "getRun"]
    assert [span.name for span in traces.children(wait)] == ["invoke_agent", *["getRun"] * len(fetches)]
    assert attrs(wait) == {
        "wushuang.wait.id": run.id,
        "wushuang.wait.timeout": 30.0,
        "wushuang.wait.fetches": len(fetches),
        "wushuang.wait.status": "completed",
    }
    statuses = [event["wushuang.wait.status"] for event in events(wait, "wushuang.wait.progress")]
    assert statuses[0] == "queued" and statuses[-1] == "completed" and len(statuses) == len(set(statuses))


async def test_an_async_run_poll_is_one_span_with_its_fetches_inside(emu: Emulator, traces: Traces) -> None:
    emu.clock.auto_advance = 1
    async with AsyncWushuang(
        api_key=emu.api_key, base_url=emu.base_url, max_retries=0, clock=emu.clock, telemetry=traces.telemetry
    ) as client:
        assistant = await client.beta.assistants.create(model="gpt-4")
        thread = await client.beta.threads.create(messages=[{"role": "user", "content": "Hello."}])
        run = await client.beta.threads.runs.create(thread.id, assistant_id=assistant.id)
        done = await client.beta.threads.runs.poll(run.id, thread_id=thread.id, interval=0.5, timeout=None)
    assert done.status == "completed"
    wait = traces.one("wait run")
    fetches = traces.children(wait)
    assert fetches and {span.name for span in fetches} == {"getRun"}
    assert attrs(wait) == {
        "wushuang.wait.id": run.id,
        "wushuang.wait.fetches": len(fetches),
        "wushuang.wait.status": "completed",
    }  # no timeout: none was given
    assert traces.one("invoke_agent").parent is None  # the create came before the poll


def upload(client: Wushuang) -> str:
    return client.files.create(file=("train.jsonl", b'{"messages": []}\n' * 10), purpose="fine-tune").id


def test_a_fine_tuning_wait_is_one_span_with_each_status_as_an_event(emu: Emulator, traces: Traces) -> None:
    emu.clock.auto_advance = 1.0
    with Wushuang(
        api_key=emu.api_key, base_url=emu.base_url, max_retries=0, clock=emu.clock, telemetry=traces.telemetry
    ) as client:
        job = client.fine_tuning.jobs.create(model="gpt-3.5-turbo", training_file=upload(client))
        seen: list[str | None] = []
        done = client.fine_tuning.jobs.wait(
            job.id, interval=0.5, timeout=600, on_progress=lambda j: seen.append(j.status), on_event=lambda e: None
        )
    assert done.status == "succeeded"
    wait = traces.one("wait fine_tuning_job")
    children = traces.children(wait)
    # Each fetch is the job and its events (on_event): both calls are children of the wait.
    assert [span.name for span in children] == ["retrieveFineTuningJob", "listFineTuningEvents"] * (len(children) // 2)
    assert attrs(wait)["wushuang.wait.fetches"] == len(children) // 2
    assert attrs(wait)["wushuang.wait.id"] == job.id and attrs(wait)["wushuang.wait.status"] == "succeeded"
    statuses = [event["wushuang.wait.status"] for event in events(wait, "wushuang.wait.progress")]
    assert statuses == seen and statuses[0] == "validating_files" and statuses[-1] == "succeeded"


def job(status: str) -> dict[str, Any]:
    return {"id": "ftjob-1", "object": "fine_tuning.job", "model": "gpt-3.5-turbo", "status": status}


def test_a_wait_that_times_out_or_ends_failed_has_its_error_type(traces: Traces) -> None:
    answers = iter([job("running")] * 3 + [job("queued"), job("failed")])
    with mock_client(lambda request: httpx.Response(200, json=next(answers)), telemetry=traces.telemetry) as client:
        with pytest.raises(wushuang.PollTimeoutError):
            client.fine_tuning.jobs.wait("ftjob-1", timeout=5, interval=2)
        failed = client.fine_tuning.jobs.wait("ftjob-1", interval=2)
    assert failed.status == "failed"
    timed_out, ended_failed = sorted(traces.named("wait fine_tuning_job"), key=lambda span: span.start_time or 0)
    assert attrs(timed_out)["error.type"] == "PollTimeoutError" and attrs(timed_out)["wushuang.wait.fetches"] == 3
    assert attrs(timed_out)["wushuang.wait.status"] == "running" and timed_out.status.status_code is StatusCode.ERROR
    assert attrs(ended_failed)["error.type"] == "failed" and ended_failed.status.status_code is StatusCode.ERROR
    assert attrs(ended_failed)["wushuang.wait.fetches"] == 2


def test_a_file_already_processed_is_a_wait_of_no_fetch(traces: Traces) -> None:
    processed = {"id": "file-1", "object": "file", "status": "processed", "bytes": 1, "filename": "a.jsonl"}
    with mock_client(lambda request: httpx.Response(200, json=processed), telemetry=traces.telemetry) as client:
        done = client.files.wait_for_processing(client.files.retrieve("file-1"))
    assert done.status == "processed"
    wait = traces.one("wait file")
    assert traces.children(wait) == []
    assert attrs(wait) == {
        "wushuang.wait.id": "file-1",
        "wushuang.wait.timeout": 600.0,
        "wushuang.wait.fetches": 0,
        "wushuang.wait.status": "processed",
    }


# ---------------------------------------------------------------------------------------------- Midjourney
def check_imagine_and_press(traces: Traces, grid_id: str, press_id: str) -> None:
    """A task's span from its submit to its end, progress as events; the press linked to it, and the pressed
    task's span linked to it too."""
    grid, upscale = sorted(traces.named("wait midjourney_task"), key=lambda span: span.start_time or 0)
    submit = traces.one("submitImagine")
    assert grid.context is not None and submit.start_time and grid.start_time and grid.end_time and submit.end_time
    assert grid.start_time <= submit.start_time and grid.end_time > submit.end_time  # from the submit to the end
    fetches = traces.children(grid)
    assert fetches and {span.name for span in fetches} == {"fetchTask"}
    assert attrs(grid) == {
        "wushuang.wait.id": grid_id,
        "wushuang.wait.timeout": 600.0,
        "wushuang.wait.fetches": len(fetches),
        "wushuang.wait.status": "SUCCESS",
        "wushuang.midjourney.task_id": grid_id,
        "wushuang.midjourney.submit": "submitImagine",
        "wushuang.midjourney.action": "IMAGINE",
    }
    progress = events(grid, "wushuang.wait.progress")
    percents = [event["wushuang.wait.progress"] for event in progress]
    assert len(progress) > 2 and percents == sorted(percents) and percents[-1] == 100
    assert progress[-1]["wushuang.wait.status"] == "SUCCESS"

    press = traces.one("press midjourney_button")
    assert [span.name for span in traces.children(press)] == ["submitAction"]
    assert [link.context.span_id for link in press.links] == [grid.context.span_id]
    assert attrs(press) == {
        "wushuang.midjourney.parent_task_id": grid_id,
        "wushuang.midjourney.button": "U1",
        "wushuang.midjourney.task_id": press_id,
        "wushuang.midjourney.needs_modal": False,
    }
    assert [link.context.span_id for link in upscale.links] == [grid.context.span_id]
    assert press.start_time and upscale.start_time and press.start_time <= upscale.start_time
    assert upscale.start_time <= traces.one("submitAction").start_time  # it too starts at its submit
    assert attrs(upscale)["wushuang.midjourney.parent_task_id"] == grid_id
    assert attrs(upscale)["wushuang.midjourney.action"] == "UPSCALE"
    assert attrs(upscale)["wushuang.midjourney.submit"] == "submitAction"


def test_a_midjourney_task_spans_from_its_submit_and_its_button_press_links_to_it(
    emu: Emulator, traces: Traces
) -> None:
    emu.clock.auto_advance = 4.0  # each fetch lets 4 s of task time pass
    with Wushuang(
        api_key=emu.api_key, base_url=emu.base_url, max_retries=0, clock=emu.clock, telemetry=traces.telemetry
    ) as client:
        mj = client.midjourney
        grid = mj.tasks.wait(str(mj.submit.imagine(prompt="a lighthouse").result), interval=1)
        pressed = mj.submit.press(grid, "U1")
        mj.tasks.wait(pressed.task_id, interval=1)
    check_imagine_and_press(traces, grid.id, pressed.task_id)


async def test_an_async_midjourney_task_spans_from_its_submit_and_its_button_press_links_to_it(
    emu: Emulator, traces: Traces
) -> None:
    emu.clock.auto_advance = 4.0
    async with AsyncWushuang(
        api_key=emu.api_key, base_url=emu.base_url, max_retries=0, clock=emu.clock, telemetry=traces.telemetry
    ) as client:
        mj = client.midjourney
        grid = await mj.tasks.wait(str((await mj.submit.imagine(prompt="a lighthouse")).result), interval=1)
        pressed = await mj.submit.press(grid, "U1")
        await mj.tasks.wait(pressed.task_id, interval=1)
    check_imagine_and_press(traces, grid.id, pressed.task_id)


def test_a_modal_step_keeps_its_task_made_by_the_press(emu: Emulator, traces: Traces) -> None:
    emu.clock.auto_advance = 4.0
    with Wushuang(
        api_key=emu.api_key, base_url=emu.base_url, max_retries=0, clock=emu.clock, telemetry=traces.telemetry
    ) as client:
        mj = client.midjourney
        grid = mj.tasks.wait(str(mj.submit.imagine(prompt="a lighthouse").result), interval=1)
        upscale = mj.tasks.wait(mj.submit.press(grid, "U1").task_id, interval=1)
        zoom = mj.submit.custom_zoom(upscale, "the whole coast", zoom=1.5)
        zoomed = mj.tasks.wait(zoom.task_id, interval=1)
    assert zoomed.action == "CUSTOM_ZOOM"
    waits = sorted(traces.named("wait midjourney_task"), key=lambda span: span.start_time or 0)
    assert [attrs(span)["wushuang.wait.id"] for span in waits] == [grid.id, upscale.id, zoom.task_id]
    # The press made the task (code 21, MODAL); the modal step sent its prompt: the task's span starts at the press.
    assert attrs(waits[2])["wushuang.midjourney.submit"] == "submitAction"
    assert attrs(waits[2])["wushuang.midjourney.parent_task_id"] == upscale.id
    assert waits[1].context is not None
    assert [link.context.span_id for link in waits[2].links] == [waits[1].context.span_id]
    press = [
        span
        for span in traces.named("press midjourney_button")
        if attrs(span)["wushuang.midjourney.task_id"] == zoom.task_id
    ]
    assert len(press) == 1 and attrs(press[0])["wushuang.midjourney.needs_modal"] is True
    assert traces.one("submitModal").parent is None  # the modal step is a call of its own, after the press


def test_a_failed_midjourney_task_ends_its_span_with_the_error(emu: Emulator, traces: Traces) -> None:
    emu.clock.auto_advance = 4.0
    with Wushuang(
        api_key=emu.api_key, base_url=emu.base_url, max_retries=0, clock=emu.clock, telemetry=traces.telemetry
    ) as client:
        task_id = str(client.midjourney.submit.imagine(prompt="a fail of a drawing").result)
        with pytest.raises(wushuang.MidjourneyTaskFailedError):
            client.midjourney.tasks.wait(task_id, interval=1)
    wait = traces.one("wait midjourney_task")
    assert attrs(wait)["error.type"] == "MidjourneyTaskFailedError" and attrs(wait)["wushuang.wait.status"] == "FAILURE"
    assert wait.status.status_code is StatusCode.ERROR


def check_imagine_many(traces: Traces, outcomes: list[Any]) -> None:
    """One span for the prompts, one child per prompt with its submits inside; back-offs and refusals shown."""
    many = traces.one("submit midjourney_prompts")
    assert attrs(many) == {
        "wushuang.midjourney.prompts": 3,
        "wushuang.midjourney.submitted": 2,
        "wushuang.midjourney.refused": 1,
    }
    prompts = sorted(traces.children(many), key=lambda span: attrs(span)["wushuang.midjourney.prompt_index"])
    assert [span.name for span in prompts] == ["submit midjourney_prompt"] * 3
    first, banned, queued = prompts
    assert [span.name for span in traces.children(first)] == ["submitImagine"]
    assert attrs(first)["wushuang.midjourney.task_id"] == outcomes[0].task_id
    assert attrs(banned)["error.type"] == "MidjourneyError" and banned.status.status_code is StatusCode.ERROR
    assert "wushuang.midjourney.task_id" not in attrs(banned)
    attempts = outcomes[2].attempts
    assert attempts > 1 and attrs(queued)["wushuang.midjourney.attempts"] == attempts
    assert [span.name for span in traces.children(queued)] == ["submitImagine"] * attempts
    backoffs = events(queued, "wushuang.midjourney.queue_full")
    assert backoffs[:2] == [
        {"wushuang.midjourney.attempt": 1, "wushuang.midjourney.delay": 1.0},
        {"wushuang.midjourney.attempt": 2, "wushuang.midjourney.delay": 2.0},
    ]
    assert len(backoffs) == attempts - 1


PROMPTS = ["a cove", "a banned cove", "a bay"]


def test_imagine_many_is_one_span_with_each_prompt_inside(emu: Emulator, traces: Traces) -> None:
    emu.app.state.midjourney.running, emu.app.state.midjourney.waiting = 1, 0  # the third waits for the first
    with Wushuang(
        api_key=emu.api_key, base_url=emu.base_url, max_retries=0, clock=emu.clock, telemetry=traces.telemetry
    ) as client:
        outcomes = client.midjourney.submit.imagine_many(PROMPTS, concurrency=1, max_attempts=12)
    check_imagine_many(traces, outcomes)


async def test_async_imagine_many_is_one_span_with_each_prompt_inside(emu: Emulator, traces: Traces) -> None:
    emu.app.state.midjourney.running, emu.app.state.midjourney.waiting = 1, 0
    async with AsyncWushuang(
        api_key=emu.api_key, base_url=emu.base_url, max_retries=0, clock=emu.clock, telemetry=traces.telemetry
    ) as client:
        outcomes = await client.midjourney.submit.imagine_many(PROMPTS, concurrency=1, max_attempts=12)
        tasks = await client.midjourney.tasks.wait_many(
            [str(o.task_id) for o in outcomes if o.task_id], interval=1, timeout=None
        )
    check_imagine_many(traces, outcomes)
    many = traces.one("wait midjourney_tasks")
    ids = [task.id for task in tasks]
    assert attrs(many)["wushuang.wait.id"] == tuple(ids)
    assert attrs(many)["wushuang.midjourney.statuses"] == ("SUCCESS", "SUCCESS")
    assert "wushuang.wait.status" not in attrs(many) and "wushuang.wait.timeout" not in attrs(many)
    assert {span.name for span in traces.children(many)} == {"listTasksByCondition"}
    changes = events(many, "wushuang.wait.progress")
    assert {event["wushuang.wait.task_id"] for event in changes} == set(ids)


# ---------------------------------------------------------------------------------------------- batch runs
def chat_line(custom_id: str) -> str:
    body = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "hi"}], "user": custom_id}
    return json.dumps({"custom_id": custom_id, "method": "POST", "url": "/v1/chat/completions", "body": body})


def completion(total_tokens: int) -> httpx.Response:
    body = {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 1,
        "model": "gpt-4o-mini",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": "hi"}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 2, "completion_tokens": total_tokens - 2, "total_tokens": total_tokens},
    }
    return httpx.Response(200, json=body)


async def test_a_batch_run_is_a_span_with_a_span_per_line_its_pauses_and_counts(tmp_path: Path, traces: Traces) -> None:
    limited_once: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        who = json.loads(request.content)["user"]
        if who == "limited" and not limited_once:
            limited_once.append(who)
            return httpx.Response(429, json={"error": {"message": "slow down"}}, headers={"retry-after-ms": "10"})
        if who == "bad":
            return httpx.Response(400, json={"error": {"message": "no such model", "type": "invalid_request_error"}})
        return completion(total_tokens=12)

    source = tmp_path / "in.jsonl"
    source.write_text("\n".join([chat_line("ok"), chat_line("limited"), chat_line("bad"), '{"custom_id": "x"}']))
    client = mock_async_client(handler, max_retries=2, telemetry=traces.telemetry)
    summary = await run_batch_async(
        source, tmp_path / "out.jsonl", client=client, concurrency=1, rpm=6000, skip_invalid=True, progress=False
    )
    assert summary.succeeded == 2 and summary.failed == {"BadRequestError": 1} and summary.skipped == 1

    run = traces.one("run batch")
    assert run.parent is None
    assert attrs(run) == {
        "wushuang.batch.concurrency": 1,
        "wushuang.batch.rpm": 6000,
        "wushuang.batch.lines": 4,
        "wushuang.batch.succeeded": 2,
        "wushuang.batch.failed": 1,
        "wushuang.batch.skipped": 1,
        "wushuang.batch.already_done": 0,
        "wushuang.batch.maybe_sent": 0,
        "wushuang.batch.tokens": 24,
    }
    assert events(run, "wushuang.batch.pause") == [
        {"wushuang.batch.pause_seconds": 0.01, "wushuang.batch.custom_id": "limited", "http.response.status_code": 429}
    ]
    assert traces.tree(run) == [
        "run batch",
        "  send batch_line",
        "    chat gpt-4o-mini",
        "  send batch_line",
        "    chat gpt-4o-mini",
        "  send batch_line",
        "    chat gpt-4o-mini",
    ]
    ok, limited, bad = traces.children(run)
    assert attrs(ok) == {"wushuang.batch.custom_id": "ok", "wushuang.batch.line": 1, "http.response.status_code": 200}
    assert ok.status.status_code is StatusCode.UNSET
    (limited_call,) = traces.children(limited)
    assert [event.name for event in limited_call.events] == ["wushuang.retry"]  # one call, retried once
    assert attrs(limited)["http.response.status_code"] == 200
    assert attrs(bad)["error.type"] == "BadRequestError" and attrs(bad)["http.response.status_code"] == 400
    assert bad.status.status_code is StatusCode.ERROR


# ---------------------------------------------------------------------------------------------- tracing off
UNTRACED = """
import asyncio, json, pathlib, sys, tempfile
import wushuang
from wushuang.batch import run_batch_async
from wushuang.testing import Emulator

with Emulator() as emu:
    emu.clock.auto_advance = 4.0
    with wushuang.Wushuang(api_key=emu.api_key, base_url=emu.base_url, clock=emu.clock) as client:
        assistant = client.beta.assistants.create(model="gpt-4")
        thread = client.beta.threads.create(messages=[{"role": "user", "content": "Hello."}])
        client.beta.threads.runs.create_and_poll(thread.id, assistant_id=assistant.id, poll_interval=0.5)
        mj = client.midjourney
        grid = mj.tasks.wait(str(mj.submit.imagine(prompt="a lighthouse").result), interval=1)
        mj.tasks.wait(mj.submit.press(grid, "U1").task_id, interval=1)
        outcomes = mj.submit.imagine_many(["a cove", "a bay"])
        mj.tasks.wait_many([o.task_id for o in outcomes], interval=1)
    folder = pathlib.Path(tempfile.mkdtemp())
    body = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "hi"}]}
    line = {"custom_id": "a", "method": "POST", "url": "/v1/chat/completions", "body": body}
    (folder / "in.jsonl").write_text(json.dumps(line) + "\\n")
    client = wushuang.AsyncWushuang(api_key=emu.api_key, base_url=emu.base_url)
    summary = asyncio.run(run_batch_async(folder / "in.jsonl", folder / "out.jsonl", client=client, progress=False))
    assert summary.succeeded == 1, summary
print(json.dumps(sorted(name for name in sys.modules if name.startswith("opentelemetry"))))
"""


def test_without_tracing_the_compound_operations_import_nothing_of_opentelemetry() -> None:
    result = subprocess.run([sys.executable, "-c", UNTRACED], capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []
