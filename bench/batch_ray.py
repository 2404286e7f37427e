"""The batch runner on Ray: the figures of ``bench/batch.py`` for ``run_batch_ray`` on a local Ray instance.

``python -m bench.batch_ray [--quick]`` (``nox -s ray -- --bench``) starts a local Ray instance (2 CPUs) and
``bench.batch``'s server, and measures, with 2 workers x 32 requests in flight (the 64 of the one-machine bench):

1. throughput: requests/s of the whole call (actor pool start-up included) and of its sending phase, as the
   server counts it, beside the one-machine runner's (``run_batch_async``, concurrency 64) on the same kind of
   server;
2. an RPM limit enforced by the server, shared by the workers: the rate the server saw against the limit, and
   its 429s;
3. resume: a driver process killed (SIGKILL) when half the output is written, then the run again: lines lost,
   duplicated, marked ``maybe_sent``, and sent twice.

Ray runs its workers at a lower priority (niceness 15) by default; here they run at 0, like the one-machine runner
and the server, so that both runners compete on equal terms for the machine's two cores.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

import ray

from bench.batch import (
    CONCURRENCY as ONE_MACHINE_CONCURRENCY,
    RPM,
    RPM_WINDOW,
    Server,
    _wushuang,
    kill_at_half,
    write_input,
)
from bench.payloads import API_KEY
from wushuang.batch import BatchSummary, run_batch_ray

WORKERS = 2
CONCURRENCY = 32  # per worker

DRIVER = """
import sys, ray
from wushuang.batch import run_batch_ray
ray.init(address=sys.argv[1], log_to_driver=False)
run_batch_ray(sys.argv[2], sys.argv[3], api_key=sys.argv[4], base_url=sys.argv[5], num_workers=int(sys.argv[6]),
              concurrency=int(sys.argv[7]))
"""


def _server_rate(stats: dict[str, Any]) -> float:
    """Requests/s a server accepted, from its first request to its last (``Server.stats()``)."""
    return float((stats["accepted"] - 1) / stats["span_s"]) if stats["span_s"] > 0 else 0.0


def _run(base_url: str, source: Path, output: Path, rpm: float | None = None) -> BatchSummary:
    return run_batch_ray(
        source, output, api_key=API_KEY, base_url=base_url, num_workers=WORKERS, concurrency=CONCURRENCY, rpm=rpm
    )


def throughput(requests: int, work: Path) -> dict[str, Any]:
    """Requests/s of ``run_batch_ray`` (the whole call, and its sending phase) and of the one-machine runner."""
    source = work / "throughput.jsonl"
    write_input(source, requests)
    with Server() as server:
        one_machine = asyncio.run(_wushuang(server.base_url, source, work / "throughput.one.jsonl"))
    with Server() as server:  # a fresh server: its first and last requests are the Ray run's
        summary = _run(server.base_url, source, work / "throughput.ray.jsonl")
        sending = _server_rate(server.stats())
    if summary.succeeded != requests:
        raise AssertionError(f"run_batch_ray: {summary}")
    return {
        "requests": requests,
        "workers": WORKERS,
        "concurrency_per_worker": CONCURRENCY,
        "rps_whole_call": summary.requests_per_second,
        "rps_sending": sending,
        "rps_one_machine": one_machine,
    }


def rate_limited(seconds: float, work: Path) -> dict[str, Any]:
    """``run_batch_ray`` at ``RPM`` (shared by the workers) against a server enforcing it."""
    count = int(RPM * seconds / 60)
    source, output = work / "rpm.jsonl", work / "rpm.out.jsonl"
    write_input(source, count)
    with Server(rpm=RPM) as server:
        summary = _run(server.base_url, source, output, rpm=RPM)
        stats = server.stats()
    return {
        "rpm": RPM,
        "window_s": RPM_WINDOW,
        "requests": count,
        "succeeded": summary.succeeded,
        "achieved_rpm": _server_rate(stats) * 60,
        "rejected_429": stats["rejected"],
    }


def resume(requests: int, work: Path, address: str) -> dict[str, Any]:
    """Kill a driver when half its output is written, run again: what was lost, duplicated or sent twice."""
    source, output = work / "resume.jsonl", work / "resume.out.jsonl"
    write_input(source, requests)
    with Server() as server:
        arguments = [address, str(source), str(output), API_KEY, server.base_url, str(WORKERS), str(CONCURRENCY)]
        driver = subprocess.Popen([sys.executable, "-c", DRIVER, *arguments], stdout=subprocess.DEVNULL)
        written_at_kill = kill_at_half(driver, output, requests)
        _run(server.base_url, source, output)
        seen = server.stats()["seen"]
    records = [json.loads(line) for line in output.read_text().splitlines()]
    ids = Counter(record["custom_id"] for record in records)
    return {
        "requests": requests,
        "in_flight_window": WORKERS * CONCURRENCY,
        "written_at_kill": written_at_kill,
        "lost": sum(1 for i in range(requests) if f"req-{i}" not in ids),
        "duplicated": sum(count - 1 for count in ids.values()),
        "maybe_sent": sum(1 for record in records if (record["error"] or {}).get("code") == "maybe_sent"),
        "sent_twice": sum(1 for count in seen.values() if count > 1),
    }


def table(results: dict[str, Any]) -> list[str]:
    """The figures as Markdown."""
    through, limited, again = results["throughput"], results["rate_limited"], results["resume"]
    return [
        f"| Ray, {through['requests']:,} chat requests, {through['workers']} workers x "
        f"{through['concurrency_per_worker']} in flight | value |",
        "|---|---|",
        f"| requests/s, whole call (actor pool start-up included) | {through['rps_whole_call']:.0f} |",
        f"| requests/s, sending phase (as the server counts) | {through['rps_sending']:.0f} |",
        f"| requests/s of the one-machine runner, concurrency {ONE_MACHINE_CONCURRENCY}, same run "
        f"| {through['rps_one_machine']:.0f} |",
        f"| rpm enforced by the server ({limited['window_s']:g} s sliding window) / achieved, shared by the workers "
        f"| {limited['rpm']:,} / {limited['achieved_rpm']:.0f} |",
        f"| 429s | {limited['rejected_429']} |",
        f"| kill -9 of the driver at half, run again: written at the kill / lost / duplicated / maybe_sent / sent "
        f"twice (in-flight window {again['in_flight_window']}) | {again['written_at_kill']} / {again['lost']} / "
        f"{again['duplicated']} / {again['maybe_sent']} / {again['sent_twice']} |",
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.batch_ray", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="500 requests and a 5 s rate-limited run")
    args = parser.parse_args(argv)
    requests, seconds = (500, 5.0) if args.quick else (5000, 30.0)
    os.environ["RAY_worker_niceness"] = "0"  # read by the Ray instance ray.init starts
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        address = ray.get_runtime_context().gcs_address
        with tempfile.TemporaryDirectory() as folder:
            work = Path(folder)
            results = {
                "throughput": throughput(requests, work),
                "rate_limited": rate_limited(seconds, work),
                "resume": resume(requests, work, address),
            }
    finally:
        ray.shutdown()
    print(json.dumps(results, indent=2))
    print("\n".join(table(results)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
