"""The batch runner's benchmark, and the relay it runs against: ``python -m bench.batch serve [options]``.

The server listens on 127.0.0.1 only, prints its port, and answers every POST with one chat completion after a
fixed latency; with ``--rpm`` it enforces that limit in a sliding window of ``--window`` seconds (``rpm * window /
60`` requests), answering 429 beyond it. ``GET /stats`` tells what it accepted and refused, and how many times it
saw each request's ``user`` field (the batch files here put the custom_id there).

The measures (``batch_measures``, a section of ``python -m bench``):

1. throughput: the same chat requests at concurrency 64 through ``wushuang.batch`` and through what users write
   today (``openai.AsyncOpenAI`` + ``asyncio.gather`` + ``asyncio.Semaphore``), each reading the input file and
   writing a line per result; requests/s, medians of interleaved rounds;
2. an RPM limit enforced by the server: the rate achieved against the limit, and the 429s;
3. resume: the runner's command killed (SIGKILL) when half the output is written, then run again: lines lost,
   duplicated, marked ``maybe_sent``, and sent twice; then the same with ``--resend``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, deque
from pathlib import Path
from typing import Any

from bench.payloads import API_KEY, prompt
from bench.server import take_request

__all__ = ["Server", "batch_measures", "batch_table", "batch_targets", "serve", "write_input"]

CONCURRENCY = 64
LATENCY = 0.02  # seconds the server takes to answer each request
RPM = 3000
RPM_WINDOW = 2.0  # seconds of the server's sliding window
CHAT_MODEL = "gpt-4o-mini"
CHAT_BODY = json.dumps(
    {
        "id": "chatcmpl-bench0000000000000000001",
        "object": "chat.completion",
        "created": 1700000000,
        "model": CHAT_MODEL,
        "system_fingerprint": "fp_bench",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": "This is indeed a test."},
                "logprobs": None,
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 9, "completion_tokens": 7, "total_tokens": 16},
    }
).encode()
_USER = re.compile(rb'"user"\s*:\s*"([^"]*)"')


# ---------------------------------------------------------------- the server
def _reply(status: str, body: bytes, extra: str = "") -> bytes:
    head = (
        f"HTTP/1.1 {status}\r\ncontent-type: application/json\r\ncontent-length: {len(body)}\r\n"
        f"x-request-id: req_bench\r\n{extra}\r\n"
    )
    return head.encode() + body


class _Relay:
    """What the server counts: arrivals in the window, requests accepted and refused, each user seen."""

    def __init__(self, latency: float, rpm: float | None, window: float) -> None:
        self.latency = latency
        self.limit = int(rpm * window / 60) if rpm else 0
        self.window = window
        self.arrivals: deque[float] = deque()
        self.accepted = 0
        self.rejected = 0
        self.seen: Counter[str] = Counter()
        self.first = self.last = 0.0  # when the first and the last accepted requests arrived
        self.ok = _reply("200 OK", CHAT_BODY)

    def answer(self, body: bytes) -> tuple[bytes, float]:
        """The reply to a POST and the delay before it."""
        now = time.monotonic()
        if self.limit:
            while self.arrivals and self.arrivals[0] <= now - self.window:
                self.arrivals.popleft()
            if len(self.arrivals) >= self.limit:
                self.rejected += 1
                wait = self.arrivals[0] + self.window - now
                error = b'{"error": {"message": "rate limit reached", "type": "rate_limit_error"}}'
                return _reply("429 Too Many Requests", error, f"retry-after-ms: {max(1, int(wait * 1000))}\r\n"), 0.0
            self.arrivals.append(now)
        self.accepted += 1
        self.first = self.first or now
        self.last = now
        user = _USER.search(body)
        if user:
            self.seen[user.group(1).decode()] += 1
        return self.ok, self.latency

    def stats(self) -> bytes:
        span = self.last - self.first
        body = json.dumps(
            {"accepted": self.accepted, "rejected": self.rejected, "seen": self.seen, "span_s": span}
        ).encode()
        return _reply("200 OK", body)


class _Connection(asyncio.Protocol):
    def __init__(self, relay: _Relay) -> None:
        self._relay = relay
        self._buffer = bytearray()
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport

    def _send(self, data: bytes) -> None:
        if self._transport is not None and not self._transport.is_closing():
            self._transport.write(data)

    def data_received(self, data: bytes) -> None:
        self._buffer += data
        while (request := take_request(self._buffer)) is not None:
            head, body = request
            if head.startswith(b"get /stats"):
                self._send(self._relay.stats())
                continue
            reply, delay = self._relay.answer(body)
            if delay > 0:
                asyncio.get_running_loop().call_later(delay, self._send, reply)
            else:
                self._send(reply)


async def serve(latency: float, rpm: float | None, window: float) -> None:
    """Serve until the process is ended; print the port once listening."""
    relay = _Relay(latency, rpm, window)
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: _Connection(relay), "127.0.0.1", 0, backlog=1024)
    print(server.sockets[0].getsockname()[1], flush=True)
    async with server:
        await server.serve_forever()


class Server:
    """``python -m bench.batch serve`` in a child process, for a ``with`` block: ``base_url`` and ``stats()``."""

    def __init__(self, *, latency: float = LATENCY, rpm: float | None = None, window: float = RPM_WINDOW) -> None:
        args = ["--latency", str(latency), "--window", str(window), *(["--rpm", str(rpm)] if rpm else [])]
        root = Path(__file__).resolve().parent.parent
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(root), os.environ.get("PYTHONPATH")]))}
        self._process = subprocess.Popen(
            [sys.executable, "-m", "bench.batch", "serve", *args], env=env, stdout=subprocess.PIPE, text=True
        )
        assert self._process.stdout is not None
        self.base_url = f"http://127.0.0.1:{int(self._process.stdout.readline())}"

    def stats(self) -> dict[str, Any]:
        """What the server accepted, refused, and saw of each ``user``."""
        import httpx

        with httpx.Client(trust_env=False) as client:
            result: dict[str, Any] = client.get(self.base_url + "/stats").json()
        return result

    def __enter__(self) -> Server:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._process.terminate()
        self._process.wait(timeout=10)


# ---------------------------------------------------------------- the measures
def write_input(path: Path, count: int, offset: int = 0) -> None:
    """A batch file of ``count`` chat requests, each custom_id also in the body's ``user`` field."""
    with path.open("w") as out:
        for i in range(offset, offset + count):
            body = {
                "model": CHAT_MODEL,
                "messages": [{"role": "user", "content": prompt(i)}],
                "max_tokens": 16,
                "user": f"req-{i}",
            }
            out.write(
                json.dumps({"custom_id": f"req-{i}", "method": "POST", "url": "/v1/chat/completions", "body": body})
            )
            out.write("\n")


async def _wushuang(base_url: str, source: Path, output: Path, rpm: float | None = None) -> float:
    from wushuang import AsyncWushuang
    from wushuang.batch import run_batch_async

    async with AsyncWushuang(api_key=API_KEY, base_url=base_url) as client:
        summary = await run_batch_async(source, output, client=client, concurrency=CONCURRENCY, rpm=rpm, progress=False)
    if summary.succeeded != summary.total:
        raise AssertionError(f"wushuang.batch: {summary}")
    return summary.requests_per_second


async def _openai(base_url: str, source: Path, output: Path) -> float:
    """What users write today: AsyncOpenAI, a semaphore, gather, a line written per result."""
    import openai

    started = time.perf_counter()
    lines = [json.loads(line) for line in source.read_text().splitlines()]
    client = openai.AsyncOpenAI(api_key=API_KEY, base_url=base_url + "/v1")
    semaphore = asyncio.Semaphore(CONCURRENCY)
    with output.open("w") as out:

        async def one(line: dict[str, Any]) -> None:
            async with semaphore:
                completion = await client.chat.completions.create(**line["body"])
            out.write(json.dumps({"custom_id": line["custom_id"], "body": completion.model_dump()}) + "\n")

        await asyncio.gather(*(one(line) for line in lines))
    await client.close()
    return len(lines) / (time.perf_counter() - started)


def throughput(requests: int, rounds: int, work: Path) -> dict[str, Any]:
    """Requests/s of the runner and of openai + gather, medians of interleaved rounds."""
    runs: dict[str, list[float]] = {"wushuang": [], "openai": []}
    with Server() as server:
        for r in range(rounds + 1):  # round 0 is a warm-up
            source = work / f"throughput-{r}.jsonl"
            write_input(source, requests, offset=r * requests)
            for name, run in (("wushuang", _wushuang), ("openai", _openai)):
                output = work / f"throughput-{r}-{name}.out.jsonl"
                rate = asyncio.run(run(server.base_url, source, output))
                if r:
                    runs[name].append(rate)
    rps = {name: statistics.median(values) for name, values in runs.items()}
    return {"requests": requests, "concurrency": CONCURRENCY, "latency_ms": LATENCY * 1e3, "rps": rps}


def rate_limited(seconds: float, work: Path) -> dict[str, Any]:
    """The runner at ``RPM`` against a server enforcing it: the rate the server saw (from the first request to the
    last), and its 429s."""
    count = int(RPM * seconds / 60)
    source, output = work / "rpm.jsonl", work / "rpm.out.jsonl"
    write_input(source, count)
    with Server(rpm=RPM) as server:
        asyncio.run(_wushuang(server.base_url, source, output, rpm=RPM))
        stats = server.stats()
    return {
        "rpm": RPM,
        "window_s": RPM_WINDOW,
        "requests": count,
        "achieved_rpm": (stats["accepted"] - 1) / stats["span_s"] * 60,
        "rejected_429": stats["rejected"],
    }


def _run_command(base_url: str, source: Path, output: Path, *extra: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "WUSHUANG_API_KEY": API_KEY, "WUSHUANG_BASE_URL": base_url}
    command = [sys.executable, "-m", "wushuang.batch", "run", str(source), "-o", str(output), "--no-progress"]
    return subprocess.Popen([*command, "--concurrency", str(CONCURRENCY), *extra], env=env, stdout=subprocess.DEVNULL)


def kill_at_half(process: subprocess.Popen[Any], output: Path, requests: int) -> int:
    """SIGKILL ``process`` once ``output`` holds half of ``requests`` lines; the lines written then."""
    while process.poll() is None:
        if output.exists() and output.read_bytes().count(b"\n") >= requests // 2:
            process.send_signal(signal.SIGKILL)
            break
        time.sleep(0.005)
    process.wait()
    return output.read_bytes().count(b"\n")


def resume(requests: int, work: Path, *extra: str) -> dict[str, Any]:
    """Kill the runner's command when half its output is written, run it again: what was lost or done twice."""
    name = "resume" + "".join(extra).replace("-", "_")
    source, output = work / f"{name}.jsonl", work / f"{name}.out.jsonl"
    write_input(source, requests)
    with Server() as server:
        written_at_kill = kill_at_half(_run_command(server.base_url, source, output), output, requests)
        _run_command(server.base_url, source, output, *extra).wait()
        seen = server.stats()["seen"]
    records = [json.loads(line) for line in output.read_text().splitlines()]
    ids = Counter(record["custom_id"] for record in records)
    maybe_sent = sum(1 for record in records if (record["error"] or {}).get("code") == "maybe_sent")
    return {
        "requests": requests,
        "written_at_kill": written_at_kill,
        "lost": sum(1 for i in range(requests) if f"req-{i}" not in ids),
        "duplicated": sum(count - 1 for count in ids.values()),
        "maybe_sent": maybe_sent,
        "sent_twice": sum(1 for count in seen.values() if count > 1),
    }


def batch_measures(requests: int) -> dict[str, Any]:
    """Every batch measure (a section of ``python -m bench``); 5,000 requests for the full run."""
    full = requests >= 1000
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        return {
            "batch": {
                "throughput": throughput(requests, 3 if full else 1, work),
                "rate_limited": rate_limited(20.0 if full else 2.0, work),
                "resume": resume(requests, work),
                "resume_resend": resume(requests, work, "--resend"),
            }
        }


def batch_targets(results: dict[str, Any]) -> list[tuple[str, float, str, float]]:
    """The batch targets: (name, measured, op, limit)."""
    batch_results = results["batch"]
    rps = batch_results["throughput"]["rps"]
    limited = batch_results["rate_limited"]
    plain, again = batch_results["resume"], batch_results["resume_resend"]
    return [
        ("batch req/s wushuang.batch / openai + gather", rps["wushuang"] / rps["openai"], ">=", 1.5),
        ("batch achieved rpm / enforced limit", limited["achieved_rpm"] / limited["rpm"], ">=", 0.95),
        ("batch 429s under the limit", limited["rejected_429"], "<=", 0),
        ("batch resume: lines lost + duplicated", plain["lost"] + plain["duplicated"], "<=", 0),
        ("batch resume: lines sent twice", plain["sent_twice"], "<=", 0),
        ("batch resume: maybe_sent / in-flight window", plain["maybe_sent"] / CONCURRENCY, "<=", 1.0),
        ("batch resume --resend: lost + duplicated", again["lost"] + again["duplicated"], "<=", 0),
        ("batch resume --resend: sent twice / in-flight window", again["sent_twice"] / CONCURRENCY, "<=", 1.0),
    ]


def batch_table(results: dict[str, Any]) -> list[str]:
    """The batch figures as Markdown."""
    batch_results = results["batch"]
    through, limited = batch_results["throughput"], batch_results["rate_limited"]
    rps = through["rps"]
    lines = [
        f"| batch, {through['requests']:,} chat requests, concurrency {through['concurrency']}, "
        f"{through['latency_ms']:.0f} ms per request | wushuang.batch | openai + gather | ratio |",
        "|---|---|---|---|",
        f"| requests/s | {rps['wushuang']:.0f} | {rps['openai']:.0f} | {rps['wushuang'] / rps['openai']:.2f}x |",
        "",
        "| batch, limits and resume | value |",
        "|---|---|",
        f"| rpm enforced by the server ({limited['window_s']:g} s sliding window) | {limited['rpm']:,} |",
        f"| rpm achieved ({limited['requests']:,} requests) | {limited['achieved_rpm']:.0f} |",
        f"| 429s | {limited['rejected_429']} |",
    ]
    for key, label in (("resume", "kill -9 at half, run again"), ("resume_resend", "the same, run again --resend")):
        row = batch_results[key]
        lines.append(
            f"| {label}: written at the kill / lost / duplicated / maybe_sent / sent twice | "
            f"{row['written_at_kill']} / {row['lost']} / {row['duplicated']} / {row['maybe_sent']} / "
            f"{row['sent_twice']} |"
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    """``serve``: the server; ``run``: the batch measures alone, printed as JSON and Markdown."""
    parser = argparse.ArgumentParser(prog="python -m bench.batch", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    server = commands.add_parser("serve", help="the relay of these measures")
    server.add_argument("--latency", type=float, default=LATENCY, help="seconds before each answer")
    server.add_argument("--rpm", type=float, default=None, help="requests per minute enforced (429 beyond)")
    server.add_argument("--window", type=float, default=RPM_WINDOW, help="seconds of the sliding window")
    run = commands.add_parser("run", help="the batch measures alone")
    run.add_argument("--requests", type=int, default=5000)
    args = parser.parse_args(argv)
    if args.command == "serve":
        asyncio.run(serve(args.latency, args.rpm, args.window))
        return 0
    results = batch_measures(args.requests)
    print(json.dumps(results, indent=2))
    print("\n".join(batch_table(results)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
