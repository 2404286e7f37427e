"""``run_batch_ray`` on a local Ray instance: the output format and resume rule of ``run_batch``, limits shared.

Skipped where Ray is not installed (``nox -s tests``); the ``ray`` session sets ``WUSHUANG_REQUIRE_RAY=1`` so a
missing Ray fails there instead. Traffic goes only to a counting server on 127.0.0.1, in this process.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

if os.environ.get("WUSHUANG_REQUIRE_RAY") == "1":
    import ray
else:
    ray = pytest.importorskip("ray")

from wushuang.batch import BatchInputError, BatchOutputError, run_batch_ray  # noqa: E402

KEY = "sk-ray-test"


class CountingServer:
    """An HTTP/1.1 server on 127.0.0.1 answering every request with a chat completion after ``delay`` seconds
    (or at once with a 429 asking for 1 s, to the next ``refuse`` requests).

    It records each request's arrival time and the custom_id its prompt carries.
    """

    def __init__(self) -> None:
        self.delay = 0.0
        self.refuse = 0
        self.arrivals: list[tuple[float, str]] = []
        self._lock = threading.Lock()
        self._ready = threading.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stopped: asyncio.Event | None = None
        self.port = 0
        self._thread = threading.Thread(target=asyncio.run, args=(self._main(),), daemon=True)
        self._thread.start()
        self._ready.wait(10)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def reset(self, delay: float = 0.0, *, refuse: int = 0) -> None:
        """Forget the requests seen; answer after ``delay``; answer the next ``refuse`` requests 429."""
        with self._lock:
            self.arrivals.clear()
            self.refuse = refuse
        self.delay = delay

    def received(self) -> list[tuple[float, str]]:
        with self._lock:
            return list(self.arrivals)

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stopped = asyncio.Event()
        server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        self.port = server.sockets[0].getsockname()[1]
        self._ready.set()
        async with server:
            await self._stopped.wait()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                length = 0
                for header in head.split(b"\r\n"):
                    name, _, value = header.partition(b":")
                    if name.strip().lower() == b"content-length":
                        length = int(value)
                body = json.loads(await reader.readexactly(length))
                with self._lock:
                    self.arrivals.append((time.monotonic(), body["messages"][0]["content"]))
                    refused, self.refuse = self.refuse > 0, max(0, self.refuse - 1)
                if refused:
                    error = b'{"error": {"message": "rate limit reached", "type": "rate_limit_error"}}'
                    writer.write(
                        b"HTTP/1.1 429 Too Many Requests\r\ncontent-type: application/json\r\nretry-after-ms: 1000\r\n"
                        + f"content-length: {len(error)}\r\n\r\n".encode()
                        + error
                    )
                    await writer.drain()
                    continue
                if self.delay:
                    await asyncio.sleep(self.delay)
                reply = json.dumps(
                    {
                        "id": "chatcmpl-1",
                        "object": "chat.completion",
                        "created": 0,
                        "model": body["model"],
                        "choices": [
                            {"index": 0, "message": {"role": "assistant", "content": "ok"}, "finish_reason": "stop"}
                        ],
                        "usage": {"prompt_tokens": 5, "completion_tokens": 2, "total_tokens": 7},
                    }
                ).encode()
                writer.write(
                    b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\nx-request-id: req_1\r\n"
                    + f"content-length: {len(reply)}\r\n\r\n".encode()
                    + reply
                )
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    def stop(self) -> None:
        assert self._loop is not None and self._stopped is not None
        self._loop.call_soon_threadsafe(self._stopped.set)
        self._thread.join(5)


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    """A local Ray instance for the module; its address, for drivers in other processes."""
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        yield ray.get_runtime_context().gcs_address
    finally:
        ray.shutdown()


@pytest.fixture(scope="module")
def counting() -> Iterator[CountingServer]:
    server = CountingServer()
    yield server
    server.stop()


@pytest.fixture
def server(counting: CountingServer) -> CountingServer:
    counting.reset()
    return counting


def write_input(path: Path, count: int, *, bad: dict[int, str] | None = None) -> Path:
    """An input of ``count`` chat lines ``c0``..; ``bad`` replaces some lines (by index) with the text given."""
    lines = []
    for i in range(count):
        body = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": f"c{i}"}], "max_tokens": 4}
        line = {"custom_id": f"c{i}", "method": "POST", "url": "/v1/chat/completions", "body": body}
        lines.append((bad or {}).get(i, json.dumps(line)))
    path.write_text("\n".join(lines) + "\n")
    return path


def records(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_runs_a_file_in_the_batch_api_format(cluster: str, server: CountingServer, tmp_path: Path) -> None:
    bad = {3: '{"custom_id": "c3", "method": "POST", "url": "/v1/nowhere", "body": {}}'}
    source = write_input(tmp_path / "in.jsonl", 120, bad=bad)
    out = tmp_path / "out.jsonl"
    summary = run_batch_ray(
        source, out, api_key=KEY, base_url=server.base_url, num_workers=2, concurrency=8, skip_invalid=True
    )
    assert (summary.total, summary.succeeded, summary.skipped, summary.failed) == (120, 119, 1, {})
    assert summary.tokens == 119 * 7
    got = {str(record["custom_id"]): record for record in records(out)}
    assert len(got) == 120 == len(records(out))
    ok = got["c7"]
    assert ok["error"] is None and ok["id"]
    assert ok["response"] == {"status_code": 200, "request_id": "req_1", "body": ok["response"]["body"]}  # type: ignore[index]
    assert got["c3"]["response"] is None and got["c3"]["error"]["code"] == "invalid_request"  # type: ignore[index]
    assert "/v1/nowhere" in got["c3"]["error"]["message"]  # type: ignore[index]
    assert sorted(content for _, content in server.received()) == sorted(f"c{i}" for i in range(120) if i != 3)

    again = run_batch_ray(source.as_uri(), out, api_key=KEY, base_url=server.base_url, skip_invalid=True)  # via pyarrow
    assert (again.already_done, again.requests, again.skipped) == (119, 0, 1)  # the skipped line counts as skipped
    assert len(records(out)) == 120 and len(server.received()) == 119


def test_bad_input_and_foreign_output_send_nothing(cluster: str, server: CountingServer, tmp_path: Path) -> None:
    source = write_input(tmp_path / "in.jsonl", 10, bad={4: "not json", 6: json.dumps({"custom_id": "c1"})})
    out = tmp_path / "out.jsonl"
    with pytest.raises(BatchInputError) as caught:
        run_batch_ray(source, out, api_key=KEY, base_url=server.base_url)
    assert "line 5" in str(caught.value) and "line 7" in str(caught.value)
    assert not out.exists()

    other = write_input(tmp_path / "other.jsonl", 3)
    run_batch_ray(other, out, api_key=KEY, base_url=server.base_url)
    assert len(server.received()) == 3
    with pytest.raises(BatchOutputError, match="belongs to another input"):
        run_batch_ray(write_input(tmp_path / "third.jsonl", 4), out, api_key=KEY, base_url=server.base_url)
    assert len(server.received()) == 3


def test_rpm_is_the_clusters_not_each_workers(cluster: str, server: CountingServer, tmp_path: Path) -> None:
    rpm = 600  # 10 requests a second for the whole cluster; one limiter per worker would let 2 x 10 through
    source = write_input(tmp_path / "in.jsonl", 60)
    summary = run_batch_ray(
        source, tmp_path / "out.jsonl", api_key=KEY, base_url=server.base_url, num_workers=2, concurrency=16, rpm=rpm
    )
    assert summary.succeeded == 60
    times = sorted(at for at, _ in server.received())
    rate = (len(times) - 1) / (times[-1] - times[0])
    # The limiter spaces the starts exactly; the margins are for the jitter between a start and its arrival.
    assert 0.8 * rpm / 60 < rate <= 1.1 * rpm / 60
    busiest = max(sum(1 for t in times if start <= t < start + 1.0) for start in times)
    assert busiest <= rpm / 60 + 2


def test_a_429_pauses_every_worker(cluster: str, server: CountingServer, tmp_path: Path) -> None:
    server.reset(delay=0.02, refuse=1)  # the first request gets a 429 asking for 1 s
    source = write_input(tmp_path / "in.jsonl", 40)
    summary = run_batch_ray(
        source, tmp_path / "out.jsonl", api_key=KEY, base_url=server.base_url, num_workers=2, concurrency=4
    )
    assert summary.succeeded == 40 and summary.failed == {}
    arrivals = sorted(server.received())
    refused_at, refused = arrivals[0]
    assert [content for _, content in arrivals].count(refused) == 2  # refused, then sent again by the retry policy
    # Requests already on their way may land just after the 429; then no worker sends until the pause is over.
    assert not [at for at, _ in arrivals if refused_at + 0.3 < at < refused_at + 0.95]
    assert len(arrivals) == 41


DRIVER = """
import sys, ray
from wushuang.batch import run_batch_ray
ray.init(address=sys.argv[1], log_to_driver=False)
run_batch_ray(sys.argv[2], sys.argv[3], api_key=sys.argv[4], base_url=sys.argv[5], num_workers=2, concurrency=8)
"""


def test_killed_driver_resumes_exactly_once(cluster: str, server: CountingServer, tmp_path: Path) -> None:
    count = 400
    server.reset(delay=0.05)  # 2 workers x 8 slots / 50 ms: about 300 lines a second at most
    source = write_input(tmp_path / "in.jsonl", count)
    out = tmp_path / "out.jsonl"
    driver = subprocess.Popen(
        [sys.executable, "-c", DRIVER, cluster, str(source), str(out), KEY, server.base_url],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )

    def in_flight() -> int:  # requests the server has received and the output has no record of yet
        return len(server.received()) - (len(out.read_bytes().splitlines()) if out.exists() else 0)

    try:
        deadline = time.monotonic() + 120
        # Killed mid-way, with requests in flight (the server answers each after 50 ms).
        while not (out.exists() and len(out.read_bytes().splitlines()) >= 60 and in_flight() >= 4):
            assert driver.poll() is None, "the driver ended before it was killed"
            assert time.monotonic() < deadline, "the driver wrote nothing"
            time.sleep(0.01)
    finally:
        driver.send_signal(signal.SIGKILL)
        driver.wait()
    written = len(records(out))
    assert written < count, "the run finished before the kill: nothing was resumed"

    summary = run_batch_ray(source, out, api_key=KEY, base_url=server.base_url, num_workers=2, concurrency=8)
    final = records(out)
    ids = Counter(str(record["custom_id"]) for record in final)
    assert set(ids) == {f"c{i}" for i in range(count)} and max(ids.values()) == 1  # nothing lost, nothing twice
    sent = Counter(content for _, content in server.received())
    assert max(sent.values()) == 1  # no request reached the server twice
    maybe = {str(r["custom_id"]) for r in final if r["error"] and r["error"]["code"] == "maybe_sent"}  # type: ignore[index]
    assert summary.maybe_sent == len(maybe) <= 2 * 8  # at most the in-flight window: workers x slots
    for record in final:
        if record["custom_id"] not in maybe:
            assert record["error"] is None
    assert summary.succeeded + summary.already_done + summary.maybe_sent == count
    assert maybe, "no request was in flight at the kill"

    resent = run_batch_ray(source, out, api_key=KEY, base_url=server.base_url, resend=True)
    assert (resent.resent, resent.succeeded, resent.already_done) == (len(maybe), len(maybe), count - len(maybe))
    final = records(out)
    assert sorted(str(record["custom_id"]) for record in final) == sorted(f"c{i}" for i in range(count))
    assert all(record["error"] is None for record in final)


def test_a_second_run_of_one_output_waits_for_the_first(
    cluster: str, server: CountingServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wushuang.batch import _ray

    source, out = write_input(tmp_path / "in.jsonl", 5), tmp_path / "out.jsonl"
    running = _ray._coordinator_for(str(out.resolve()), None, None)  # as if a run of this output were going on
    monkeypatch.setattr(_ray, "_PREVIOUS_RUN_TIMEOUT", 1.0)
    try:
        with pytest.raises(BatchOutputError, match="another run is writing"):
            run_batch_ray(source, out, api_key=KEY, base_url=server.base_url)
    finally:
        ray.kill(running)
    assert not server.received() and not out.exists()


async def test_a_line_is_started_once_per_run(tmp_path: Path) -> None:
    """A block Ray retries after losing a worker finds its lines started: not sent again, written maybe_sent."""
    from wushuang.batch._ray import _Coordinator

    coordinator = _Coordinator(rpm=None, tpm=None)
    out = tmp_path / "out.jsonl"
    assert await coordinator.open(str(out), "f" * 64, False, {}) == (set(), set(), set())
    before = time.time()
    first = await coordinator.admit([("a", 10), ("b", 10)])
    assert all(isinstance(at, float) and before <= at <= time.time() for at in first)  # no limit: send at once
    assert await coordinator.admit([("a", 10)]) == [None]
    await coordinator.write([({"id": "1", "custom_id": "b", "response": None, "error": None}, (10, 7))])
    await coordinator.close()
    written = {str(record["custom_id"]): record for record in records(out)}
    assert written["a"]["error"]["code"] == "maybe_sent" and written["b"]["error"] is None  # type: ignore[index]
    journal = (tmp_path / "out.jsonl.journal").read_text().splitlines()
    assert journal[1:] == ['"a"', '"b"']
