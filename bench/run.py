"""One benchmark run: every peer, side by side, on the same machine and the same bytes.

Sections (see ``BENCHMARKS.md``): cold import, import plus first call, per-call overhead, stream decoding,
embeddings decoding, loopback throughput and latency (the aiohttp peers too), memory, command-line start-up
(``bench/cli_startup.py``), the batch runner (``bench/batch.py``), tracing (``bench/tracing.py``). Timed sections
interleave the peers round by round, so a noisy neighbour hits them all alike, and report medians. Results go to
``bench/results.json`` and a table to stdout.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from bench.batch import batch_measures, batch_table, batch_targets
from bench.cli_startup import cli_startup, cli_table, cli_targets
from bench.mock import embeddings_transport, json_transport, stream_transport
from bench.payloads import (
    EMBEDDING_DIMS,
    EMBEDDING_INPUTS,
    chat_stream,
    completion_stream,
    embedding_body,
    embedding_inputs,
    embedding_vectors,
    prompt,
)
from bench.peers import AIOHTTP_PEERS, EMBEDDERS, LOOPBACK_PEERS, PEERS, without
from bench.tracing import tracing, tracing_table, unused, unused_table

__all__ = ["FULL", "QUICK", "Settings", "main", "measure"]

ORDER = ["wushuang", "wushuang_client", "openai", "httpx"]
LOOPBACK_ORDER = [*ORDER, *AIOHTTP_PEERS]
# The loopback table of HTTP stacks: each peer on its default stack, then over aiohttp.
STACK_PAIRS = [("wushuang", "wushuang_aiohttp"), ("openai", "openai_aiohttp"), ("httpx", "httpx_aiohttp")]
ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Settings:
    """How much of everything one run does."""

    import_runs: int
    call_rounds: int
    calls_per_round: int
    stream_chunks: int
    stream_runs: int
    embedding_rounds: int
    embedding_calls_per_round: int
    loopback_requests: int
    loopback_concurrency: int
    loopback_stream_chunks: int
    loopback_rounds: int
    memory_calls: int
    batch_requests: int
    tracing_runs: int
    tracing_rounds: int
    tracing_calls: int


FULL = Settings(
    import_runs=11,
    call_rounds=15,
    calls_per_round=400,
    stream_chunks=20_000,
    stream_runs=5,
    embedding_rounds=7,
    embedding_calls_per_round=10,
    loopback_requests=2_000,
    loopback_concurrency=32,
    loopback_stream_chunks=64,
    loopback_rounds=3,
    memory_calls=20_000,
    batch_requests=5_000,
    tracing_runs=7,
    tracing_rounds=3,
    tracing_calls=100,
)
QUICK = Settings(
    import_runs=1,
    call_rounds=2,
    calls_per_round=20,
    stream_chunks=300,
    stream_runs=1,
    embedding_rounds=1,
    embedding_calls_per_round=1,
    loopback_requests=40,
    loopback_concurrency=8,
    loopback_stream_chunks=8,
    loopback_rounds=1,
    memory_calls=200,
    batch_requests=200,
    tracing_runs=1,
    tracing_rounds=1,
    tracing_calls=5,
)


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    # PYTHONDONTWRITEBYTECODE too: an installed package has its bytecode cached, so start-up is measured with it
    # (cold_start's untimed first run writes the caches).
    for name in ("WUSHUANG_LOG", "OPENAI_LOG", "PYTHONDEVMODE", "PYTHONTRACEMALLOC", "PYTHONDONTWRITEBYTECODE"):
        env.pop(name, None)
    return env


def _child(args: list[str], env: dict[str, str] | None = None) -> Any:
    """Run ``python ARGS`` in a fresh process (in ``env``, by default the bench's) and return the JSON value of its
    last line."""
    out = subprocess.run([sys.executable, *args], env=env or _env(), check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


# ---------------------------------------------------------------- 1. cold import, import + first call
_IMPORT = "import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"


def cold_start(settings: Settings) -> dict[str, Any]:
    """Median seconds of ``import X``, and of import + client + first call, each in fresh processes."""
    imports: dict[str, list[float]] = {name: [] for name in ORDER}
    firsts: dict[str, list[float]] = {name: [] for name in ORDER}
    for name in ORDER:  # one untimed run each, so byte code is compiled and cached before timing
        _child(["-m", "bench.child", "first-call", name])
    for _ in range(settings.import_runs):
        for name in ORDER:
            imports[name].append(float(_child(["-c", _IMPORT.format(module=PEERS[name].module)])))
            firsts[name].append(float(_child(["-m", "bench.child", "first-call", name])["seconds"]))
    return {
        "import_s": {name: statistics.median(values) for name, values in imports.items()},
        "first_call_s": {name: statistics.median(values) for name, values in firsts.items()},
    }


# ---------------------------------------------------------------- 2. per-call overhead
def per_call(settings: Settings) -> dict[str, Any]:
    """Median microseconds per non-streamed completion through each peer's own mock transport."""
    clients = {name: PEERS[name].sync_client(json_transport(PEERS[name].stack)) for name in ORDER}
    counter = 0
    for name in ORDER:  # warm-up: lazy imports, caches of each peer's own making
        for _ in range(max(20, settings.calls_per_round // 4)):
            counter += 1
            PEERS[name].call(clients[name], prompt(counter))
    rounds: dict[str, list[float]] = {name: [] for name in ORDER}
    for _ in range(settings.call_rounds):
        for name in ORDER:
            call, client = PEERS[name].call, clients[name]
            started = time.perf_counter()
            for _ in range(settings.calls_per_round):
                counter += 1
                call(client, prompt(counter))
            rounds[name].append((time.perf_counter() - started) / settings.calls_per_round * 1e6)
    return {"per_call_us": {name: statistics.median(values) for name, values in rounds.items()}}


# ---------------------------------------------------------------- 3. stream decoding
def stream_decoding(settings: Settings) -> dict[str, Any]:
    """Chunks per second through each peer's streaming iterator, for a completion and a chat stream."""
    n = settings.stream_chunks
    result: dict[str, Any] = {}
    for kind, body, warm in (
        ("completion", completion_stream(n), completion_stream(10)),
        ("chat", chat_stream(n), chat_stream(10)),
    ):
        clients = {name: PEERS[name].sync_client(stream_transport(body, PEERS[name].stack)) for name in ORDER}
        times: dict[str, list[float]] = {name: [] for name in ORDER}
        for name in ORDER:  # warm-up: a short stream through each peer, untimed
            sum(
                1
                for _ in PEERS[name].stream(
                    PEERS[name].sync_client(stream_transport(warm, PEERS[name].stack)), kind, prompt(0)
                )
            )
        for run in range(settings.stream_runs):
            for name in ORDER:
                started = time.perf_counter()
                count = sum(1 for _ in PEERS[name].stream(clients[name], kind, prompt(run)))
                times[name].append(time.perf_counter() - started)
                if count != n:
                    raise AssertionError(f"{name} decoded {count} of {n} {kind} chunks")
        result[kind] = {name: n / statistics.median(values) for name, values in times.items()}
        result["bytes_" + kind] = len(body)
    return {"stream_chunks_per_s": result, "stream_chunks": n}


# ---------------------------------------------------------------- 4. embeddings decoding
def _vectors(response: Any) -> list[Any]:
    data = response["data"] if isinstance(response, dict) else response.data
    return [item["embedding"] if isinstance(item, dict) else item.embedding for item in data]


def embeddings(settings: Settings) -> dict[str, Any]:
    """Milliseconds per ``embeddings.create`` of 100 inputs x 1536 dimensions, each embedder through its own
    peer's mock transport, and the bytes of the response in the format it asked for."""
    has_numpy = find_spec("numpy") is not None
    names = [name for name, e in EMBEDDERS.items() if has_numpy or e.numpy is not True]
    served: dict[str, Counter[str]] = {name: Counter() for name in names}
    clients = {
        name: PEERS[EMBEDDERS[name].peer].sync_client(
            embeddings_transport(served[name], PEERS[EMBEDDERS[name].peer].stack)
        )
        for name in names
    }

    def environment(name: str) -> Any:
        return without("numpy") if EMBEDDERS[name].numpy is False else nullcontext()

    expected = [vector.tolist() for vector in embedding_vectors()]
    counter = 0
    for name in names:  # warm-up (lazy imports; numpy's for openai + numpy), and a check of what came back
        with environment(name):
            for _ in range(2):
                counter += 1
                vectors = _vectors(EMBEDDERS[name].embed(clients[name], embedding_inputs(counter)))
        if vectors != expected or not all(type(value) is float for value in vectors[0]):
            raise AssertionError(f"{name} did not hand back the {EMBEDDING_INPUTS} vectors as floats")
        if set(served[name]) != {EMBEDDERS[name].wire}:
            raise AssertionError(f"{name} asked for {dict(served[name])}, not {EMBEDDERS[name].wire}")
        if EMBEDDERS[name].numpy and "numpy" not in sys.modules:
            raise AssertionError(f"{name} did not load numpy")
    rounds: dict[str, list[float]] = {name: [] for name in names}
    calls = settings.embedding_calls_per_round
    for _ in range(settings.embedding_rounds):
        for name in names:
            embed, client = EMBEDDERS[name].embed, clients[name]
            with environment(name):
                started = time.perf_counter()
                for _ in range(calls):
                    counter += 1
                    embed(client, embedding_inputs(counter))
                rounds[name].append((time.perf_counter() - started) / calls * 1e3)
    wire = {name: served[name].most_common(1)[0][0] for name in names}  # what each asked for (checked above)
    if any(len(formats) != 1 for formats in served.values()):
        raise AssertionError(f"an embedder changed its wire format: {served}")
    return {
        "embeddings": {
            "inputs": EMBEDDING_INPUTS,
            "dims": EMBEDDING_DIMS,
            "numpy": has_numpy,
            "ms_per_call": {name: statistics.median(values) for name, values in rounds.items()},
            "wire": wire,
            "response_bytes": {name: len(embedding_body(wire[name])) for name in names},
        }
    }


# ---------------------------------------------------------------- 5. loopback
def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def _load(name: str, base_url: str, streamed: bool, settings: Settings, offset: int) -> dict[str, float]:
    peer = LOOPBACK_PEERS[name]
    client = peer.async_client(base_url)
    latencies: list[float] = []
    next_index = 0

    async def one(i: int) -> None:
        if streamed:
            count = await peer.astream(client, "completion", prompt(offset + i))
            if count != settings.loopback_stream_chunks:
                raise AssertionError(f"{name} read {count} of {settings.loopback_stream_chunks} chunks")
        else:
            await peer.acall(client, prompt(offset + i))

    async def worker(total: int, record: bool) -> None:
        nonlocal next_index
        while next_index < total:
            i = next_index
            next_index += 1
            started = time.perf_counter()
            await one(i)
            if record:
                latencies.append(time.perf_counter() - started)

    try:
        concurrency = settings.loopback_concurrency
        warm = max(concurrency, settings.loopback_requests // 10)
        await asyncio.gather(*(worker(warm, False) for _ in range(concurrency)))
        next_index = 0
        with _gc_pauses() as pauses:
            started = time.perf_counter()
            await asyncio.gather(*(worker(settings.loopback_requests, True) for _ in range(concurrency)))
            elapsed = time.perf_counter() - started
    finally:
        await peer.aclose(client)
    return {
        "rps": settings.loopback_requests / elapsed,
        "p50_ms": _percentile(latencies, 0.50) * 1e3,
        "p99_ms": _percentile(latencies, 0.99) * 1e3,
        "gc_ms": sum(pauses) * 1e3,
    }


@contextmanager
def _gc_pauses() -> Iterator[list[float]]:
    """Within: the seconds of each garbage collection, which stops the event loop and every request in flight."""
    pauses: list[float] = []
    started = [0.0]

    def timer(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started[0] = time.perf_counter()
        else:
            pauses.append(time.perf_counter() - started[0])

    gc.callbacks.append(timer)
    try:
        yield pauses
    finally:
        gc.callbacks.remove(timer)


def loopback(settings: Settings) -> dict[str, Any]:
    """Requests/s and p50 / p99 latency of the async clients against a fast server on 127.0.0.1."""
    server = subprocess.Popen(
        [sys.executable, "-m", "bench.server", str(settings.loopback_stream_chunks)],
        env=_env(),
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        base_url = f"http://127.0.0.1:{int(server.stdout.readline())}"
        result: dict[str, Any] = {}
        for mode in ("json", "stream"):
            rounds: dict[str, list[dict[str, float]]] = {name: [] for name in LOOPBACK_ORDER}
            for r in range(settings.loopback_rounds):
                for name in LOOPBACK_ORDER:
                    offset = r * 10 * settings.loopback_requests
                    # All the peers share this process: the garbage one leaves in reference cycles (each response
                    # of httpx 0.28, as raw httpx and the low-level client use it) would otherwise be collected
                    # while the next one runs, in full collections that stall its requests, and count in its p99.
                    gc.collect()
                    rounds[name].append(asyncio.run(_load(name, base_url, mode == "stream", settings, offset)))
            result[mode] = {
                name: {key: statistics.median(run[key] for run in runs) for key in ("rps", "p50_ms", "p99_ms", "gc_ms")}
                for name, runs in rounds.items()
            }
        return {"loopback": result}
    finally:
        server.terminate()
        server.wait(timeout=10)


# ---------------------------------------------------------------- 6. memory
def memory(settings: Settings) -> dict[str, Any]:
    """Peak RSS after import, and RSS growth over the second half of the calls, each peer in a fresh process."""
    result: dict[str, Any] = {}
    for name in ORDER:
        sample = _child(["-m", "bench.child", "memory", name, str(settings.memory_calls)])
        result[name] = {
            "peak_rss_after_import_mib": sample["peak_rss_after_import"] / 2**20,
            "rss_growth_kib": (sample["rss_end"] - sample["rss_half"]) / 1024,
        }
    return {"memory": result, "memory_calls": settings.memory_calls}


# ---------------------------------------------------------------- 7. batch
def batch(settings: Settings) -> dict[str, Any]:
    """wushuang.batch against openai + gather, under an RPM the server enforces, and killed and resumed."""
    return batch_measures(settings.batch_requests)


# ---------------------------------------------------------------- targets, table
def targets(results: dict[str, Any]) -> list[dict[str, Any]]:
    """The issue's targets, each with its measured ratio and whether it is met."""
    imp = results["import_s"]
    first = results["first_call_s"]
    call = results["per_call_us"]
    stream = results["stream_chunks_per_s"]
    loop = results["loopback"]
    rows = [
        ("import wushuang / import openai", imp["wushuang"] / imp["openai"], "<=", 0.25),
        (
            "import + first call wushuang / openai (HTTP library loaded)",
            first["wushuang"] / first["openai"],
            "<=",
            0.25,
        ),
        ("per call wushuang / httpx", call["wushuang"] / call["httpx"], "<=", 1.5),
        ("per call wushuang / openai", call["wushuang"] / call["openai"], "<=", 0.35),
    ]
    for kind in ("completion", "chat"):
        rows.append(
            (f"{kind} stream wushuang / httpx floor", stream[kind]["wushuang"] / stream[kind]["httpx"], ">=", 0.3)
        )
        rows.append((f"{kind} stream wushuang / openai", stream[kind]["wushuang"] / stream[kind]["openai"], ">=", 15.0))
    for mode in ("json", "stream"):
        ratio = loop[mode]["wushuang"]["rps"] / loop[mode]["openai"]["rps"]
        rows.append((f"loopback {mode} req/s wushuang / openai", ratio, ">=", 1.0))
    embed = results["embeddings"]["ms_per_call"]
    # Against openai's faster default: without numpy (what `pip install openai` gives) or with it.
    openai_best = min(embed[name] for name in ("openai", "openai_numpy") if name in embed)
    rows.append(
        ("embeddings call wushuang / openai, faster of no numpy and numpy", embed["wushuang"] / openai_best, "<=", 1.0)
    )
    rows += cli_targets(results)
    growth = results["memory"]["wushuang"]["rss_growth_kib"]
    rows.append(("RSS growth wushuang, second half of the calls, KiB", growth, "<=", NOISE_KIB))
    rows += batch_targets(results)
    return [
        {
            "target": name,
            "value": value,
            "op": op,
            "limit": limit,
            "met": value <= limit if op == "<=" else value >= limit,
        }
        for name, value, op, limit in rows
    ]


# RSS moves by whole pages and allocator arenas; below this, growth over 10,000 calls is noise, not a leak.
NOISE_KIB = 1024.0


def _row(label: str, values: dict[str, float], fmt: str, ratios: bool = True) -> str:
    cells = [format(values[name], fmt) for name in ORDER]
    if ratios:
        cells += [f"{values['wushuang'] / values['httpx']:.2f}x", f"{values['wushuang'] / values['openai']:.2f}x"]
    else:
        cells += ["", ""]
    return "| " + " | ".join([label, *cells]) + " |"


def stack_table(loopback: dict[str, Any]) -> list[str]:
    """The loopback figures of each peer on its default HTTP stack next to the same peer over aiohttp."""
    names = [name for pair in STACK_PAIRS for name in pair]
    lines = ["| loopback, default stack vs aiohttp | " + " | ".join(names) + " |", "|---" * (len(names) + 1) + "|"]
    for mode, label in (("json", "loopback"), ("stream", "loopback streamed")):
        for key, unit, fmt in (("rps", "req/s", ".0f"), ("p50_ms", "p50 ms", ".2f"), ("p99_ms", "p99 ms", ".2f")):
            cells = [format(loopback[mode][name][key], fmt) for name in names]
            lines.append("| " + " | ".join([f"{label}, {unit}", *cells]) + " |")
    return lines


def embeddings_table(embeddings: dict[str, Any]) -> list[str]:
    """Every embedder: what it asked the wire for, the response's size, its time per call, and wushuang's against it."""
    names = list(embeddings["ms_per_call"])
    ms = embeddings["ms_per_call"]
    head = f"embeddings, {embeddings['inputs']} x {embeddings['dims']}"
    lines = [
        "| " + " | ".join([head, *(EMBEDDERS[name].label for name in names)]) + " |",
        "|---" * (len(names) + 1) + "|",
    ]
    rows = [
        ("on the wire", [embeddings["wire"][name] for name in names]),
        ("response, KiB", [f"{embeddings['response_bytes'][name] / 1024:.0f}" for name in names]),
        ("ms per call", [f"{ms[name]:.2f}" for name in names]),
        ("wushuang / this", [f"{ms['wushuang'] / ms[name]:.2f}x" for name in names]),
    ]
    lines += ["| " + " | ".join([label, *cells]) + " |" for label, cells in rows]
    return lines


def table(results: dict[str, Any]) -> str:
    """The Markdown table of absolute figures and ratios, the loopback table by HTTP stack, then the targets.

    Only the rows of the sections in ``results`` (a run of ``--only`` some of them has no targets).
    """
    head = "| measure | " + " | ".join(ORDER) + " | wushuang / httpx | wushuang / openai |"
    lines = [head, "|---" * (len(ORDER) + 3) + "|"]
    if "import_s" in results:
        ms = {k: v * 1e3 for k, v in results["import_s"].items()}
        lines.append(_row("cold `import`, ms", ms, ".1f"))
        first = {k: v * 1e3 for k, v in results["first_call_s"].items()}
        lines.append(_row("import + first call (HTTP library loaded), ms", first, ".1f"))
    if "per_call_us" in results:
        lines.append(_row("per call (mock transport), us", results["per_call_us"], ".1f"))
    if "stream_chunks" in results:
        n = results["stream_chunks"]
        for kind in ("completion", "chat"):
            per_s = {k: v / 1e3 for k, v in results["stream_chunks_per_s"][kind].items()}
            lines.append(_row(f"{kind} stream of {n:,} chunks, k chunks/s", per_s, ".1f"))
    if "embeddings" in results:
        embed = results["embeddings"]
        size = f"{embed['inputs']} x {embed['dims']}"
        ms_per_call = {k: embed["ms_per_call"][k] for k in ORDER}
        lines.append(_row(f"embeddings.create {size}, ms per call", ms_per_call, ".2f"))
        kib = {k: embed["response_bytes"][k] / 1024 for k in ORDER}
        lines.append(_row("embeddings response, KiB (wushuang_client: float, others base64)", kib, ".0f"))
    if "loopback" in results:
        for mode, label in (("json", "loopback"), ("stream", "loopback streamed")):
            loop = results["loopback"][mode]
            lines.append(_row(f"{label}, req/s", {k: v["rps"] for k, v in loop.items()}, ".0f"))
            lines.append(_row(f"{label}, p50 ms", {k: v["p50_ms"] for k, v in loop.items()}, ".2f"))
            lines.append(_row(f"{label}, p99 ms", {k: v["p99_ms"] for k, v in loop.items()}, ".2f"))
            lines.append(_row(f"{label}, ms in garbage collection", {k: v["gc_ms"] for k, v in loop.items()}, ".1f"))
    if "memory" in results:
        mem = results["memory"]
        peak = {k: v["peak_rss_after_import_mib"] for k, v in mem.items()}
        lines.append(_row("peak RSS after import, MiB", peak, ".1f"))
        growth = {k: v["rss_growth_kib"] for k, v in mem.items()}
        calls = results["memory_calls"]
        lines.append(_row(f"RSS growth, calls {calls // 2:,} to {calls:,}, KiB", growth, ".0f", ratios=False))
    if "loopback" in results:
        lines += ["", *stack_table(results["loopback"])]
    if "embeddings" in results:
        lines += ["", *embeddings_table(results["embeddings"])]
    if "cli_startup_s" in results:
        lines += ["", *cli_table(results)]
    if "batch" in results:
        lines += ["", *batch_table(results)]
    if "tracing" in results:
        lines += ["", *tracing_table(results)]
    if "unused" in results:
        lines += ["", *unused_table(results)]
    if "targets" in results:
        lines += ["", "| target | measured | limit | met |", "|---|---|---|---|"]
        for row in results["targets"]:
            met = "yes" if row["met"] else "NO"
            lines.append(f"| {row['target']} | {row['value']:.2f} | {row['op']} {row['limit']:g} | {met} |")
    return "\n".join(lines)


def _version_or_none(distribution: str) -> str | None:
    try:
        return version(distribution)
    except PackageNotFoundError:
        return None


SECTIONS = {
    section.__name__: section
    for section in (cold_start, per_call, stream_decoding, embeddings, loopback, memory, cli_startup, batch, tracing)
}


def measure(
    settings: Settings, progress: bool = True, only: list[str] | None = None, before: str | None = None
) -> dict[str, Any]:
    """Run every section, or the ``only`` ones, and return the results (with the machine, versions, and the
    targets when every section ran); with ``before``, a git revision, the tracing section also sets the SDK's
    untraced figures of that revision beside this tree's."""
    import httpx
    import msgspec
    import openai
    import psutil  # type: ignore[import-untyped,unused-ignore]  # typed only by the separate types-psutil

    from wushuang import __version__ as wushuang_version

    results: dict[str, Any] = {
        "machine": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "processor": platform.processor() or platform.machine(),
            "cpus": os.cpu_count(),
            "memory_gib": round(psutil.virtual_memory().total / 2**30, 1),
        },
        "versions": {
            "wushuang": wushuang_version,
            "openai": openai.__version__,
            "httpx": httpx.__version__,
            "msgspec": msgspec.__version__,
            "httpx-aiohttp": version("httpx-aiohttp"),
            "aiohttp": version("aiohttp"),
            "numpy": _version_or_none("numpy"),
            "opentelemetry-sdk": _version_or_none("opentelemetry-sdk"),
            "opentelemetry-instrumentation-openai-v2": _version_or_none("opentelemetry-instrumentation-openai-v2"),
        },
        "settings": settings.__dict__,
        # Set to 0, it keeps wushuang's async client on httpcore's own pool: the figures before the fair pool.
        "WUSHUANG_FAIR_POOL": os.environ.get("WUSHUANG_FAIR_POOL"),
        "started": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }
    for name, section in SECTIONS.items():
        if only and name not in only:
            continue
        if progress:
            print(f"[bench] {section.__name__} ...", file=sys.stderr, flush=True)
        started = time.perf_counter()
        results.update(section(settings))
        if section is tracing and before is not None:
            results.update(unused(settings, before))
        if progress:
            print(f"[bench] {section.__name__}: {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)
    if not only:
        results["targets"] = targets(results)
    return results


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark, write the JSON results, print the table. Exit status 0 whether or not targets are met."""
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a few iterations of everything (a smoke run)")
    parser.add_argument(
        "--only",
        action="append",
        choices=list(SECTIONS),
        help="run only this section (repeatable); its results go to --out only when --out is given",
    )
    parser.add_argument("--out", type=Path, help="results file (default: bench/results.json for a whole run)")
    parser.add_argument(
        "--before",
        metavar="REV",
        help="with the tracing section: also the SDK's untraced figures of the tree at this git revision, beside "
        "this tree's (the cost of tracing when unused)",
    )
    args = parser.parse_args(argv)
    # The loopback server is on 127.0.0.1: never route it through a proxy from the environment.
    for name in ("NO_PROXY", "no_proxy"):
        os.environ[name] = ",".join(filter(None, ["127.0.0.1", os.environ.get(name)]))
    results = measure(QUICK if args.quick else FULL, only=args.only, before=args.before)
    results["quick"] = args.quick
    out = args.out or (None if args.only else Path(__file__).with_name("results.json"))
    if out is not None:
        out.write_text(json.dumps(results, indent=2) + "\n")
    print(table(results))
    return 0
