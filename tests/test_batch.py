"""wushuang.batch on one machine: the file format both ways, the rate limits against a relay enforcing them, the
checkpoint (resume after kill -9, resend, an output of another input) and the command (python -m wushuang.batch).

Traffic goes to 127.0.0.1 only: the emulator, the benchmark's batch server (``python -m bench.batch serve``: fixed
latency, an RPM enforced in a sliding window, each request's ``user`` counted), or an ``httpx.MockTransport``.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from wushuang import AsyncWushuang
from wushuang.batch import BatchInputError, BatchOutputError, run_batch, run_batch_async
from wushuang.batch._format import read_input
from wushuang.batch._limits import DEFAULT_COMPLETION_TOKENS, RateLimiter, estimate_tokens, pause_for
from wushuang.testing import Emulator

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # bench/ (its batch server), when the tests run from elsewhere
    sys.path.append(str(ROOT))

from bench.batch import Server, write_input  # noqa: E402

CHAT = "/v1/chat/completions"
KEY = "sk-batch-test"


def chat_line(custom_id: str, text: str = "hello", **body: Any) -> dict[str, Any]:
    messages = [{"role": "user", "content": text}]
    return {
        "custom_id": custom_id,
        "method": "POST",
        "url": CHAT,
        "body": {"model": "gpt-4o-mini", "messages": messages, "user": custom_id, **body},
    }


def write_lines(path: Path, lines: list[Any]) -> Path:
    path.write_text("".join((line if isinstance(line, str) else json.dumps(line)) + "\n" for line in lines))
    return path


def records(path: Path) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for line in path.read_text().splitlines():
        record = json.loads(line)
        assert record["custom_id"] not in out, f"{record['custom_id']} written twice"
        out[record["custom_id"]] = record
    return out


def mock_client(handler: Callable[[httpx.Request], httpx.Response], *, max_retries: int = 0) -> AsyncWushuang:
    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    return AsyncWushuang(api_key=KEY, base_url="http://127.0.0.1:9", http_client=http, max_retries=max_retries)


def completion(total_tokens: int = 12, headers: dict[str, str] | None = None) -> httpx.Response:
    body = {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 1,
        "model": "gpt-4o-mini",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": "hi"}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 2, "completion_tokens": total_tokens - 2, "total_tokens": total_tokens},
    }
    return httpx.Response(200, json=body, headers={"x-request-id": "req_1", **(headers or {})})


def user(request: httpx.Request) -> str:
    return str(json.loads(request.content)["user"])


@pytest.fixture(scope="module")
def emulator() -> Iterator[Emulator]:
    with Emulator(api_key=KEY) as emu:
        yield emu


def env_of(base_url: str) -> dict[str, str]:
    path = os.pathsep.join(p for p in (*sys.path, os.environ.get("PYTHONPATH")) if p)
    return {**os.environ, "PYTHONPATH": path, "WUSHUANG_API_KEY": KEY, "WUSHUANG_BASE_URL": base_url}


def command(source: Path, output: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "wushuang.batch", "run", str(source), "-o", str(output), "--no-progress", *extra]


# ---------------------------------------------------------------- the input format
def test_valid_lines_are_read_with_their_operation_tokens_and_the_fingerprint(tmp_path: Path) -> None:
    embedding = {
        "custom_id": "e",
        "method": "POST",
        "url": "/v1/embeddings",
        "body": {"model": "m", "input": "abcdefgh"},
    }
    source = write_lines(tmp_path / "in.jsonl", [chat_line("a", "x" * 40, max_tokens=10, n=2), "", embedding])
    read = read_input(source)
    assert read.problems == []
    assert read.fingerprint == hashlib.sha256(source.read_bytes()).hexdigest()
    first, second = read.lines
    assert (first.line_no, first.custom_id, first.operation.operation_id) == (1, "a", "createChatCompletion")
    assert first.estimated_tokens == estimate_tokens(first.body) == 10 + 1 + 10 * 2  # "x"*40 + "user" + "a"
    assert (second.line_no, second.operation.operation_id, second.estimated_tokens) == (3, "createEmbedding", 2)
    assert estimate_tokens({"messages": []}) == DEFAULT_COMPLETION_TOKENS


def test_every_bad_line_is_named_with_its_number_and_nothing_is_sent(tmp_path: Path) -> None:
    lines: list[Any] = [
        chat_line("ok-1"),
        "{not json",
        {**chat_line("no-v1"), "url": "/chat/completions"},
        {**chat_line("unknown"), "url": "/v1/nothing"},
        {**chat_line("get"), "method": "GET"},
        {"custom_id": "refused", "method": "POST", "url": CHAT, "body": {"model": "m"}},
        chat_line("ok-1"),
        {"custom_id": "fields", "url": CHAT, "body": {}, "extra": 1},
        chat_line("stream", stream=True),
        {**chat_line("path"), "url": "/v1/threads/{thread_id}/runs"},
        chat_line("ok-2"),
    ]
    source = write_lines(tmp_path / "in.jsonl", lines)
    problems = {p.line_no: p for p in read_input(source).problems}
    expected = {
        2: (None, "not JSON"),
        3: ("no-v1", "did you mean '/v1/chat/completions'"),
        4: ("unknown", "unknown url '/v1/nothing'"),
        5: ("get", "GET is not the method of /v1/chat/completions"),
        6: ("refused", "missing required argument `messages`"),
        7: ("ok-1", "duplicate custom_id (first on line 1)"),
        8: ("fields", "missing method; unknown field(s) extra"),
        9: ("stream", "stream=true is not supported"),
        10: ("path", "unknown url"),
    }
    assert set(problems) == set(expected)
    for line_no, (custom_id, text) in expected.items():
        assert problems[line_no].custom_id == custom_id
        assert text in problems[line_no].message, problems[line_no]
    sent: list[httpx.Request] = []
    client = mock_client(lambda request: sent.append(request) or completion())
    with pytest.raises(BatchInputError) as caught:
        asyncio.run(run_batch_async(source, tmp_path / "out.jsonl", client=client))
    assert "9 bad line(s)" in str(caught.value) and "line 6 (custom_id 'refused')" in str(caught.value)
    assert sent == [] and not (tmp_path / "out.jsonl").exists()


async def test_skip_invalid_runs_the_rest_and_records_each_skipped_line_once(tmp_path: Path) -> None:
    bad = {"custom_id": "bad", "method": "POST", "url": CHAT, "body": {}}
    lines = [chat_line("a"), "[]", bad, chat_line("a"), bad, "{not json"]
    source = write_lines(tmp_path / "in.jsonl", [*lines, chat_line("b")])
    client = mock_client(lambda request: completion())
    summary = await run_batch_async(source, tmp_path / "out.jsonl", client=client, skip_invalid=True)
    written = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    # A line without a custom_id (not JSON, not an object) has a record of its own, whose custom_id is null.
    unnamed = [record for record in written if record["custom_id"] is None]
    assert [record["error"]["message"].split(":")[0] for record in unnamed] == ["line 2", "line 6"]
    assert all(record["response"] is None and record["error"]["code"] == "invalid_request" for record in unnamed)
    assert "not JSON" in unnamed[1]["error"]["message"]
    out = {record["custom_id"]: record for record in written if record["custom_id"] is not None}
    assert set(out) == {"a", "b", "bad"}  # a duplicate custom_id has one record
    assert out["bad"]["response"] is None and out["bad"]["error"]["code"] == "invalid_request"
    assert "line 3" in out["bad"]["error"]["message"]
    assert (summary.succeeded, summary.skipped, summary.total) == (2, 5, 7)
    again = await run_batch_async(source, tmp_path / "out.jsonl", client=client, skip_invalid=True)
    assert (again.skipped, again.requests, again.already_done, again.failed_before) == (5, 0, 2, 0)
    assert not again.ok
    lines = (tmp_path / "out.jsonl").read_text().splitlines()
    assert len(lines) == 5  # written once: one record for each custom_id, however many lines share it


async def test_a_rerun_of_a_finished_batch_reports_its_earlier_failures(tmp_path: Path) -> None:
    source = write_lines(tmp_path / "in.jsonl", [chat_line("ok"), chat_line("bad")])
    failing = mock_client(lambda request: httpx.Response(500) if user(request) == "bad" else completion())
    first = await run_batch_async(source, tmp_path / "out.jsonl", client=failing)
    assert not first.ok and first.failed == {"InternalServerError": 1}
    again = await run_batch_async(source, tmp_path / "out.jsonl", client=failing)
    assert (again.requests, again.already_done, again.failed_before, again.ok) == (0, 2, 1, False)
    assert "2 already done (1 of them failed)" in str(again)


async def test_a_second_run_on_the_same_output_is_refused_while_the_first_writes(tmp_path: Path) -> None:
    from wushuang.batch._checkpoint import Checkpoint

    source = write_lines(tmp_path / "in.jsonl", [chat_line("a")])
    fingerprint = read_input(source).fingerprint
    with Checkpoint.open(tmp_path / "out.jsonl", fingerprint, resend=False):
        with pytest.raises(BatchOutputError, match="is being written by another run"):
            await run_batch_async(source, tmp_path / "out.jsonl", client=mock_client(lambda r: completion()))
    summary = await run_batch_async(source, tmp_path / "out.jsonl", client=mock_client(lambda r: completion()))
    assert summary.succeeded == 1
    with pytest.raises(BatchOutputError, match="does not exist"):
        Checkpoint.open(tmp_path / "no" / "out.jsonl", fingerprint, resend=False)


@pytest.mark.parametrize("other", ["symlink", "relative", "dot", "absolute", "dotdot"])
def test_one_output_under_another_name_is_refused_while_the_first_writes(
    other: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wushuang.batch._checkpoint import Checkpoint

    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path)
    fingerprint = read_input(write_lines(tmp_path / "in.jsonl", [chat_line("a")])).fingerprint
    if other == "symlink":
        (tmp_path / "out.jsonl").touch()
        (tmp_path / "link.jsonl").symlink_to(tmp_path / "out.jsonl")
    names = {
        "symlink": "link.jsonl",
        "relative": "out.jsonl",
        "dot": "./out.jsonl",
        "absolute": str(tmp_path / "out.jsonl"),
        "dotdot": "sub/../out.jsonl",
    }
    with Checkpoint.open(tmp_path / "out.jsonl", fingerprint, resend=False):
        with pytest.raises(BatchOutputError, match="is being written by another run"):
            Checkpoint.open(names[other], fingerprint, resend=False)
    with Checkpoint.open(names[other], fingerprint, resend=False) as checkpoint:
        assert checkpoint.output == tmp_path.resolve() / "out.jsonl"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".journal")) == ["out.jsonl.journal"]


# ---------------------------------------------------------------- the output format
async def test_output_records_for_success_api_errors_and_connection_errors(tmp_path: Path) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        who = user(request)
        if who == "bad":
            error = {"error": {"message": "no such model", "type": "invalid_request_error", "code": "model"}}
            return httpx.Response(400, json=error, headers={"x-request-id": "req_bad"})
        if who == "limited":
            return httpx.Response(429, json={"error": {"message": "slow down"}}, headers={"retry-after-ms": "10"})
        if who == "down":
            raise httpx.ConnectError("connection refused", request=request)
        assert request.headers["authorization"] == f"Bearer {KEY}"
        return completion(total_tokens=30)

    source = write_lines(tmp_path / "in.jsonl", [chat_line(name) for name in ("ok", "bad", "limited", "down")])
    summary = await run_batch_async(source, tmp_path / "out.jsonl", client=mock_client(handler), concurrency=1)
    out = records(tmp_path / "out.jsonl")
    assert set(out["ok"]) == {"id", "custom_id", "response", "error"} and out["ok"]["id"].startswith("batch_req_")
    assert out["ok"]["error"] is None
    assert out["ok"]["response"]["status_code"] == 200 and out["ok"]["response"]["request_id"] == "req_1"
    assert out["ok"]["response"]["body"]["choices"][0]["message"]["content"] == "hi"
    bad = out["bad"]
    assert bad["response"] == {
        "status_code": 400,
        "request_id": "req_bad",
        "body": {"error": {"message": "no such model", "type": "invalid_request_error", "code": "model"}},
    }
    assert bad["error"]["code"] == "BadRequestError" and "no such model" in bad["error"]["message"]
    assert out["limited"]["error"]["code"] == "RateLimitError" and out["limited"]["response"]["status_code"] == 429
    assert out["down"]["response"] is None and out["down"]["error"]["code"] == "APIConnectionError"
    assert KEY not in (tmp_path / "out.jsonl").read_text()
    assert summary.succeeded == 1 and summary.tokens == 30
    assert summary.failed == {"BadRequestError": 1, "RateLimitError": 1, "APIConnectionError": 1}
    assert not summary.ok


async def test_embeddings_come_out_as_floats_and_unknown_body_fields_are_sent(
    tmp_path: Path, emulator: Emulator
) -> None:
    line = {"custom_id": "e", "method": "POST", "url": "/v1/embeddings", "body": {"model": "text-embedding-3-small"}}
    line["body"].update({"input": "hello", "x_custom_flag": True})
    source = write_lines(tmp_path / "in.jsonl", [line])
    async with AsyncWushuang(api_key=KEY, base_url=emulator.base_url) as client:
        summary = await run_batch_async(source, tmp_path / "out.jsonl", client=client)
    assert summary.ok and summary.succeeded == 1
    vector = records(tmp_path / "out.jsonl")["e"]["response"]["body"]["data"][0]["embedding"]
    assert isinstance(vector, list) and all(isinstance(value, float) for value in vector)
    assert json.loads(emulator.requests[-1].body)["x_custom_flag"] is True


# ---------------------------------------------------------------- the limits
@pytest.mark.slow  # real time: 44 requests at 240 a minute
def test_rpm_against_a_relay_enforcing_it_reaches_the_limit_without_a_429(tmp_path: Path) -> None:
    # The server allows 40 requests in any 10 s. The runner aims at 98 % of the limit, so the 41st request is due
    # 10.2 s after the 1st: a margin of 0.2 s for a loaded machine to deliver one request later than another.
    rpm, count = 240, 44
    write_input(tmp_path / "in.jsonl", count)
    with Server(latency=0.01, rpm=rpm, window=10.0) as server:
        client = AsyncWushuang(api_key=KEY, base_url=server.base_url, max_retries=0)
        summary = asyncio.run(run_batch_async(tmp_path / "in.jsonl", tmp_path / "out.jsonl", client=client, rpm=rpm))
        stats = server.stats()
    achieved = (stats["accepted"] - 1) / stats["span_s"] * 60
    assert summary.succeeded == count and stats["rejected"] == 0, (summary, achieved)
    assert 0.95 * rpm <= achieved <= rpm, achieved
    # The same relay refuses a batch sent without the limit: the check above can fail.
    with Server(latency=0.01, rpm=rpm, window=10.0) as server:
        client = AsyncWushuang(api_key=KEY, base_url=server.base_url, max_retries=0)
        unlimited = asyncio.run(run_batch_async(tmp_path / "in.jsonl", tmp_path / "out2.jsonl", client=client))
        assert server.stats()["rejected"] > 0 and unlimited.failed.get("RateLimitError", 0) > 0


async def test_late_starts_caught_up_never_crowd_a_minute(monkeypatch: pytest.MonkeyPatch) -> None:
    """A loaded event loop wakes late; catching up keeps the rate, but no 60 s window holds more than 98 % of rpm."""
    now = [0.0]
    wakes = iter([5.0, 0.0, 0.0] * 100)  # every third wake-up comes 5 s late (most of a 6.1 s interval)

    async def sleep(seconds: float) -> None:
        now[0] += seconds + next(wakes)

    monkeypatch.setattr("wushuang.batch._limits.asyncio.sleep", sleep)
    limiter = RateLimiter(rpm=10)
    limiter._clock = lambda: now[0]
    starts = []
    for _ in range(40):
        await limiter.acquire(0)
        starts.append(now[0])
    crowded = max(sum(1 for t in starts if first <= t < first + 60) for first in starts)
    assert crowded == 9, starts  # floor(0.98 * 10): and the rate holds up to it
    assert starts[-1] - starts[0] < 39 * 60 / 9.8 + 60


async def test_tpm_waits_for_the_tokens_and_usage_corrects_the_estimate() -> None:
    limiter = RateLimiter(tpm=6000)  # 100 tokens a second (98 with the headroom)
    await limiter.acquire(100)
    started = time.monotonic()
    await limiter.acquire(10)
    assert 0.9 < time.monotonic() - started < 1.3  # the first request's 100 tokens are paid back first
    corrected = RateLimiter(tpm=6000)
    await corrected.acquire(100)
    corrected.correct(100, 10)  # the response said 10
    started = time.monotonic()
    await corrected.acquire(10)
    assert time.monotonic() - started < 0.25
    with pytest.raises(ValueError, match="rpm must be a number > 0"):
        RateLimiter(rpm=0)


def test_pauses_asked_by_429s_and_rate_limit_headers() -> None:
    assert pause_for(429, httpx.Headers({"retry-after": "3"})) == 3.0
    assert pause_for(429, httpx.Headers({})) == 1.0
    spent = {"x-ratelimit-remaining-requests": "0", "x-ratelimit-reset-requests": "6m0s"}
    assert pause_for(200, httpx.Headers(spent)) == 120.0  # capped
    tokens = {"x-ratelimit-remaining-tokens": "0", "x-ratelimit-reset-tokens": "1.5s"}
    assert pause_for(200, httpx.Headers({**spent, "x-ratelimit-reset-requests": "20ms", **tokens})) == 1.5
    assert (
        pause_for(200, httpx.Headers({"x-ratelimit-remaining-requests": "5", "x-ratelimit-reset-requests": "1s"}))
        is None
    )


@pytest.mark.parametrize("answer", ["429", "headers"])
async def test_a_429_or_spent_headers_hold_every_start(tmp_path: Path, answer: str) -> None:
    arrivals: list[tuple[float, str]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        arrivals.append((time.monotonic(), user(request)))
        if len(arrivals) == 1:
            if answer == "429":
                return httpx.Response(429, json={"error": {"message": "slow down"}}, headers={"retry-after": "1"})
            return completion(headers={"x-ratelimit-remaining-requests": "0", "x-ratelimit-reset-requests": "1s"})
        return completion()

    source = write_lines(tmp_path / "in.jsonl", [chat_line(f"r{i}") for i in range(4)])
    client = mock_client(handler, max_retries=2)
    summary = await run_batch_async(source, tmp_path / "out.jsonl", client=client, concurrency=2)
    assert summary.succeeded == 4
    # The first two start together; every later start (the other worker's too) waits for the pause.
    first = arrivals[0][0]
    assert all(at - first >= 0.95 for at, _ in arrivals[2:]), [round(at - first, 3) for at, _ in arrivals]
    assert len(arrivals) == (5 if answer == "429" else 4)


# ---------------------------------------------------------------- the checkpoint
def test_killed_at_random_points_and_run_again_every_line_is_written_once(tmp_path: Path) -> None:
    count, concurrency = 300, 8  # about 2 s of work at 50 ms per request: the first two runs are always killed
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    source, output = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_input(source, count)
    kills = 0
    with Server(latency=0.05) as server:
        for _ in range(12):
            process = subprocess.Popen(
                command(source, output, "--concurrency", str(concurrency)), env=env_of(server.base_url)
            )
            try:
                process.wait(timeout=rng.uniform(0.3, 0.9) if kills < 5 else 30)
            except subprocess.TimeoutExpired:
                process.send_signal(signal.SIGKILL)
                process.wait()
                kills += 1
                continue
            assert process.returncode in (0, 1), f"seed {seed}"
            break
        else:
            pytest.fail(f"seed {seed}: the batch did not finish")
        seen = Counter(server.stats()["seen"])
    out = records(output)  # asserts each custom_id once
    assert set(out) == {f"req-{i}" for i in range(count)}, f"seed {seed}"
    maybe_sent = {cid for cid, record in out.items() if (record["error"] or {}).get("code") == "maybe_sent"}
    assert all(record["error"] is None for cid, record in out.items() if cid not in maybe_sent), f"seed {seed}"
    assert all(seen[cid] == 1 for cid in set(out) - maybe_sent), f"seed {seed}"
    assert all(seen[cid] <= 1 for cid in maybe_sent), f"seed {seed}"
    assert len(maybe_sent) <= concurrency * kills, f"seed {seed}: {len(maybe_sent)} maybe_sent after {kills} kills"
    assert kills >= 2, f"seed {seed}: killed {kills} times"


def test_resend_sends_the_maybe_sent_lines_again(tmp_path: Path) -> None:
    count = 120
    source, output = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_input(source, count)
    with Server(latency=0.05) as server:
        env = env_of(server.base_url)
        process = subprocess.Popen(command(source, output, "--concurrency", "8"), env=env)
        while process.poll() is None and (not output.exists() or output.read_bytes().count(b"\n") < 20):
            time.sleep(0.005)
        process.send_signal(signal.SIGKILL)
        process.wait()
        assert subprocess.run(command(source, output), env=env).returncode == 1  # maybe_sent lines: not all ok
        marked = {cid for cid, r in records(output).items() if (r["error"] or {}).get("code") == "maybe_sent"}
        assert 1 <= len(marked) <= 8
        assert subprocess.run(command(source, output, "--resend"), env=env).returncode == 0
        seen = Counter(server.stats()["seen"])
    out = records(output)
    assert len(out) == count and all(record["error"] is None for record in out.values())
    assert all(seen[cid] == 1 for cid in set(out) - marked) and all(1 <= seen[cid] <= 2 for cid in marked)


def test_a_torn_last_line_is_cut_and_redone(tmp_path: Path, emulator: Emulator) -> None:
    source = write_lines(tmp_path / "in.jsonl", [chat_line("a"), chat_line("b")])
    output = tmp_path / "out.jsonl"
    env = env_of(emulator.base_url)
    assert subprocess.run(command(source, output), env=env).returncode == 0
    text = output.read_text()
    output.write_text(text[: len(text) // 2 + 10])  # the first record whole, the second cut
    journal = Path(str(output) + ".journal")
    journal.write_text("\n".join(journal.read_text().splitlines()[:1]) + "\n")  # as if nothing was started
    done = subprocess.run(command(source, output), env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert set(records(output)) == {"a", "b"}


def test_an_output_of_another_input_or_without_journal_is_refused(tmp_path: Path, emulator: Emulator) -> None:
    first = write_lines(tmp_path / "first.jsonl", [chat_line("a")])
    second = write_lines(tmp_path / "second.jsonl", [chat_line("b")])
    output = tmp_path / "out.jsonl"
    summary = run_batch_async(first, output, client=AsyncWushuang(api_key=KEY, base_url=emulator.base_url))
    assert asyncio.run(summary).succeeded == 1
    before = output.read_bytes()
    with pytest.raises(BatchOutputError, match="belongs to another input"):
        asyncio.run(run_batch_async(second, output, client=AsyncWushuang(api_key=KEY, base_url=emulator.base_url)))
    assert output.read_bytes() == before
    Path(str(output) + ".journal").unlink()
    with pytest.raises(BatchOutputError, match="has no journal"):
        asyncio.run(run_batch_async(first, output, client=AsyncWushuang(api_key=KEY, base_url=emulator.base_url)))


# ---------------------------------------------------------------- the command
def test_the_command_exit_codes(tmp_path: Path, emulator: Emulator) -> None:
    env = env_of(emulator.base_url)
    good = write_lines(tmp_path / "good.jsonl", [chat_line("a"), chat_line("b")])
    done = subprocess.run(command(good, tmp_path / "good.out"), env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "2 lines: 2 succeeded, 0 failed" in done.stdout
    failing = write_lines(
        tmp_path / "failing.jsonl",
        [
            chat_line("a"),
            {**chat_line("b"), "body": {"model": "no-such-model", "messages": [{"role": "user", "content": "x"}]}},
        ],
    )
    done = subprocess.run(command(failing, tmp_path / "failing.out"), env=env, capture_output=True, text=True)
    assert done.returncode == 1 and "1 failed (NoChannelError 1)" in done.stdout
    bad = write_lines(tmp_path / "bad.jsonl", [chat_line("a"), "oops"])
    done = subprocess.run(command(bad, tmp_path / "bad.out"), env=env, capture_output=True, text=True)
    assert done.returncode == 2 and "line 2: not JSON" in done.stderr and "--skip-invalid" in done.stderr
    assert not (tmp_path / "bad.out").exists()
    done = subprocess.run(command(bad, tmp_path / "bad.out", "--skip-invalid"), env=env, capture_output=True)
    assert done.returncode == 1  # a line was skipped: not every line succeeded
    no_key = {k: v for k, v in env.items() if k != "WUSHUANG_API_KEY"}
    done = subprocess.run(command(good, tmp_path / "other.out"), env=no_key, capture_output=True, text=True)
    assert done.returncode == 3 and "WUSHUANG_API_KEY" in done.stderr  # the command line's status for no key
    # `wushuang`'s root options configure the batch's client: nothing from the environment here.
    bare = {k: v for k, v in env.items() if not k.startswith("WUSHUANG_")}
    root = ["--api-key", emulator.api_key, "--base-url", emulator.base_url, "--max-retries", "0"]
    batch = ["batch", "run", str(good), "-o", str(tmp_path / "root.out"), "--no-progress"]
    done = subprocess.run([sys.executable, "-m", "wushuang", *root, *batch], env=bare, capture_output=True, text=True)
    assert done.returncode == 0 and "2 succeeded" in done.stdout, done.stderr
    assert emulator.api_key not in done.stdout + done.stderr


def test_run_batch_the_sync_entry_reads_the_environment(
    tmp_path: Path, emulator: Emulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WUSHUANG_API_KEY", KEY)
    monkeypatch.setenv("WUSHUANG_BASE_URL", emulator.base_url)
    source = write_lines(tmp_path / "in.jsonl", [chat_line(f"r{i}") for i in range(5)])
    summary = run_batch(source, tmp_path / "out.jsonl", concurrency=2, progress=False)
    assert summary.ok and summary.succeeded == 5 and summary.tokens > 0 and summary.requests_per_second > 0
    with pytest.raises(ValueError, match="concurrency must be an int >= 1"):
        run_batch(source, tmp_path / "out.jsonl", concurrency=0)


async def test_the_progress_bar_is_on_stderr_only_on_a_terminal_unless_forced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_lines(tmp_path / "in.jsonl", [chat_line(f"r{i}") for i in range(3)])
    await run_batch_async(source, tmp_path / "quiet.jsonl", client=mock_client(lambda request: completion()))
    assert capsys.readouterr().err == ""  # stderr is not a terminal here
    await run_batch_async(source, tmp_path / "bar.jsonl", client=mock_client(lambda r: completion()), progress=True)
    bar = capsys.readouterr().err
    assert bar.endswith("\n") and "3/3 100%" in bar and "req/s | ETA" in bar and "36 tokens" in bar
