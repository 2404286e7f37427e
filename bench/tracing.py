"""What OpenTelemetry tracing costs per call, and that the SDK pays nothing for it when OpenTelemetry is not imported.

Two measures (``BENCHMARKS.md``, Tracing), each scenario in fresh processes, the scenarios interleaved run by run,
medians of the runs:

- ``tracing``: the same calls (a completion, a chat completion, a chat stream, an embeddings call) through each
  SDK's own mock transport, untraced, then traced: wushuang with a global ``TracerProvider`` (a
  ``SimpleSpanProcessor`` into an ``InMemorySpanExporter``) and a global ``MeterProvider`` (an
  ``InMemoryMetricReader``), and nothing else; openai with the same providers and
  ``opentelemetry-instrumentation-openai-v2``'s ``OpenAIInstrumentor().instrument(tracer_provider=...,
  meter_provider=...)``. A process sets its providers once and for good, so tracing cannot leak between scenarios.
- ``unused`` (with ``--before REV``): wushuang's untraced figures from the tree at ``REV`` (``git archive`` of its
  ``wrapper/src`` and ``generated_client``) beside this tree's, OpenTelemetry installed but imported by no one, and
  this tree's again with ``import opentelemetry`` failing as where it is not installed.

Each process also counts the functions one more call of each kind runs (``sys.setprofile``): a figure no noisy
neighbour moves.

``python -m bench.tracing PEER SETUP ROUNDS CALLS`` is one scenario's process; it prints one JSON object.
"""

from __future__ import annotations

import io
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable
from contextlib import nullcontext
from pathlib import Path
from typing import Any

from bench.mock import json_transport, stream_transport
from bench.payloads import CHAT_BODY, CHAT_MODEL, EMBEDDING_DIMS, chat_stream, embedding_body, prompt
from bench.peers import EMBEDDERS, PEERS, without

__all__ = ["KINDS", "SCENARIOS", "tracing", "tracing_table", "unused", "unused_table"]

STREAM_CHUNKS = 32
EMBEDDING_INPUTS = 1
# The calls each scenario makes, in this order, and their labels in the tables.
KINDS = {
    "completion": "completion",
    "chat": "chat completion",
    "chat_stream": f"chat stream of {STREAM_CHUNKS} chunks",
    "embeddings": f"embeddings, {EMBEDDING_INPUTS} x {EMBEDDING_DIMS}",
}
# (peer, setup): "untraced" imports nothing of OpenTelemetry; "traced" sets the global providers (and, for openai,
# the contrib instrumentation); "missing" runs with `import opentelemetry` failing.
SCENARIOS = [("wushuang", "untraced"), ("wushuang", "traced"), ("openai", "untraced"), ("openai", "traced")]


# ---------------------------------------------------------------- one scenario, in its own process
def _chat(peer: str, client: Any, text: str) -> None:
    answer = client.chat.completions.create(
        model=CHAT_MODEL, messages=[{"role": "user", "content": text}], max_tokens=16
    )
    if answer.choices[0].message.content != "This is indeed a test":
        raise AssertionError(f"{peer} decoded {answer!r}")


def _chat_stream(peer: str, client: Any, text: str) -> None:
    count = sum(1 for _ in PEERS[peer].stream(client, "chat", text))
    if count != STREAM_CHUNKS:
        raise AssertionError(f"{peer} read {count} of {STREAM_CHUNKS} chunks")


def _completion(peer: str, client: Any, text: str) -> None:
    PEERS[peer].call(client, text)


def _embeddings(peer: str, client: Any, text: str) -> None:
    answer = EMBEDDERS[peer].embed(client, [text])
    if len(answer.data) != EMBEDDING_INPUTS or len(answer.data[0].embedding) != EMBEDDING_DIMS:
        raise AssertionError(f"{peer} did not decode the embedding")


CALLS: dict[str, Callable[[str, Any, str], None]] = {
    "completion": _completion,
    "chat": _chat,
    "chat_stream": _chat_stream,
    "embeddings": _embeddings,
}


def _clients(peer: str) -> dict[str, Any]:
    stack = PEERS[peer].stack
    transports = {
        "completion": json_transport(stack),
        "chat": json_transport(stack, CHAT_BODY),
        "chat_stream": stream_transport(chat_stream(STREAM_CHUNKS), stack),
        "embeddings": json_transport(stack, embedding_body("base64", EMBEDDING_INPUTS)),
    }
    return {kind: PEERS[peer].sync_client(transport) for kind, transport in transports.items()}


def _trace(peer: str) -> tuple[Any, Any]:
    """Set the global tracer and meter providers, as an application does at start-up; instrument openai."""
    from opentelemetry import metrics, trace
    from opentelemetry.sdk.metrics import MeterProvider
    from opentelemetry.sdk.metrics.export import InMemoryMetricReader
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

    exporter = InMemorySpanExporter()
    tracer_provider = TracerProvider()
    tracer_provider.add_span_processor(SimpleSpanProcessor(exporter))
    reader = InMemoryMetricReader()
    meter_provider = MeterProvider(metric_readers=[reader])
    trace.set_tracer_provider(tracer_provider)
    metrics.set_meter_provider(meter_provider)
    if peer == "openai":
        from opentelemetry.instrumentation.openai_v2 import OpenAIInstrumentor

        OpenAIInstrumentor().instrument(tracer_provider=tracer_provider, meter_provider=meter_provider)
    return exporter, reader


def _metric_names(reader: Any) -> list[str]:
    data = reader.get_metrics_data()
    if data is None:
        return []
    return sorted(
        {metric.name for rm in data.resource_metrics for scope in rm.scope_metrics for metric in scope.metrics}
    )


def _function_calls(peer: str, kind: str, client: Any, text: str) -> int:
    """The Python and built-in functions one call of ``kind`` runs: a count that no noisy neighbour changes."""
    count = 0

    def profile(frame: Any, event: str, arg: Any) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(profile)
    try:
        CALLS[kind](peer, client, text)
    finally:
        sys.setprofile(None)
    return count


def scenario(peer: str, setup: str, rounds: int, calls: int) -> dict[str, Any]:
    """Median microseconds per call of each of ``KINDS`` over ``rounds`` rounds of ``calls`` calls, after a warm-up,
    and the functions one more call runs; with ``setup="traced"`` also the spans exported per call and the names of
    the metrics recorded."""
    exporter, reader = _trace(peer) if setup == "traced" else (None, None)
    clients = _clients(peer)
    counter = 0
    for kind in KINDS:  # warm-up: lazy imports, caches of each peer's own making
        for _ in range(max(5, calls // 4)):
            counter += 1
            CALLS[kind](peer, clients[kind], prompt(counter))
    if exporter is not None:
        exporter.clear()
    times: dict[str, list[float]] = {kind: [] for kind in KINDS}
    spans = dict.fromkeys(KINDS, 0)
    for _ in range(rounds):
        for kind in KINDS:
            call, client = CALLS[kind], clients[kind]
            started = time.perf_counter()
            for _ in range(calls):
                counter += 1
                call(peer, client, prompt(counter))
            times[kind].append((time.perf_counter() - started) / calls * 1e6)
            if exporter is not None:
                spans[kind] += len(exporter.get_finished_spans())
                exporter.clear()
    result: dict[str, Any] = {
        "us": {kind: statistics.median(values) for kind, values in times.items()},
        "function_calls": {kind: _function_calls(peer, kind, clients[kind], prompt(counter + 1)) for kind in KINDS},
        "opentelemetry_imported": "opentelemetry" in sys.modules,
        "module": sys.modules[PEERS[peer].module].__file__,
    }
    if setup == "traced":
        result["spans_per_call"] = {kind: count / (rounds * calls) for kind, count in spans.items()}
        result["metrics"] = _metric_names(reader)
    return result


# ---------------------------------------------------------------- the parent: interleaved runs, medians
def _runs(jobs: dict[str, tuple[list[str], dict[str, str] | None]], runs: int) -> dict[str, list[dict[str, Any]]]:
    """Each job (label -> child arguments, environment) ``runs`` times, interleaved run by run; every ``OTEL_*``
    variable left out, so both SDKs trace with their defaults (no content captured, every span sampled)."""
    from bench.run import _child, _env

    samples: dict[str, list[dict[str, Any]]] = {label: [] for label in jobs}
    for _ in range(runs):
        for label, (args, env) in jobs.items():
            clean = {name: value for name, value in (env or _env()).items() if not name.startswith("OTEL_")}
            samples[label].append(_child(["-m", "bench.tracing", *args], clean))
    return samples


def _medians(samples: list[dict[str, Any]], key: str = "us") -> dict[str, float]:
    return {kind: statistics.median(sample[key][kind] for sample in samples) for kind in KINDS}


def tracing(settings: Any) -> dict[str, Any]:
    """Every scenario of ``SCENARIOS``: median microseconds per call of each kind, spans per call and metrics."""
    rounds, calls = str(settings.tracing_rounds), str(settings.tracing_calls)
    jobs = {f"{peer} {setup}": ([peer, setup, rounds, calls], None) for peer, setup in SCENARIOS}
    samples = _runs(jobs, settings.tracing_runs)
    for (peer, setup), label in zip(SCENARIOS, jobs, strict=True):
        if setup == "untraced" and any(sample["opentelemetry_imported"] for sample in samples[label]):
            raise AssertionError(f"{peer} imported opentelemetry with no tracing set up")
    traced = {peer: samples[f"{peer} traced"][-1] for peer, setup in SCENARIOS if setup == "traced"}
    return {
        "tracing": {
            "runs": settings.tracing_runs,
            "rounds": settings.tracing_rounds,
            "calls": settings.tracing_calls,
            "us": {label: _medians(runs) for label, runs in samples.items()},
            "function_calls": {label: _medians(runs, "function_calls") for label, runs in samples.items()},
            "spans_per_call": {peer: sample["spans_per_call"] for peer, sample in traced.items()},
            "metrics": {peer: sample["metrics"] for peer, sample in traced.items()},
        }
    }


def _tree(rev: str, into: Path) -> dict[str, str]:
    """The two distributions' sources at ``rev`` under ``into``; the environment that imports them from there."""
    from bench.run import ROOT, _env

    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "--format=tar", rev, "wrapper/src", "generated_client"],
        check=True,
        capture_output=True,
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    env = _env()
    env["PYTHONPATH"] = os.pathsep.join(
        [str(into / "wrapper" / "src"), str(into / "generated_client"), env["PYTHONPATH"]]
    )
    return env


def unused(settings: Any, before: str) -> dict[str, Any]:
    """wushuang untraced: the tree at ``before`` against this one, and this one with OpenTelemetry not installed."""
    rounds, calls = str(settings.tracing_rounds), str(settings.tracing_calls)
    with tempfile.TemporaryDirectory(prefix="bench-before-") as work:
        jobs = {
            "before": (["wushuang", "untraced", rounds, calls], _tree(before, Path(work))),
            "after": (["wushuang", "untraced", rounds, calls], None),
            "missing": (["wushuang", "missing", rounds, calls], None),
        }
        samples = _runs(jobs, settings.tracing_runs)
        for label, runs in samples.items():
            if any(sample["opentelemetry_imported"] for sample in runs):
                raise AssertionError(f"wushuang ({label}) imported opentelemetry with no tracing set up")
            inside = all(Path(sample["module"]).is_relative_to(work) for sample in runs)
            if inside != (label == "before"):
                raise AssertionError(f"wushuang ({label}) was imported from the wrong tree: {runs[0]['module']}")
    return {
        "unused": {
            "before": before,
            "us": {label: _medians(runs) for label, runs in samples.items()},
            "function_calls": {label: _medians(runs, "function_calls") for label, runs in samples.items()},
        }
    }


# ---------------------------------------------------------------- tables
def tracing_table(results: dict[str, Any]) -> list[str]:
    """Per call, untraced and traced, the overhead and the ratio, wushuang beside openai + openai-v2; then the spans
    per call, the functions run per call untraced and traced, and the metrics each recorded."""
    figures = results["tracing"]
    us = figures["us"]
    lines = [
        "| tracing, us per call | wushuang | wushuang traced | overhead | ratio "
        "| openai | openai + openai-v2 | overhead | ratio |",
        "|---" * 9 + "|",
    ]
    for kind, label in KINDS.items():
        cells = []
        for peer in ("wushuang", "openai"):
            off, on = us[f"{peer} untraced"][kind], us[f"{peer} traced"][kind]
            cells += [f"{off:.1f}", f"{on:.1f}", f"{on - off:+.1f}", f"{on / off:.2f}x"]
        lines.append("| " + " | ".join([label, *cells]) + " |")
    lines += ["", "| traced, what was recorded | wushuang | openai + openai-v2 |", "|---|---|---|"]
    spans = figures["spans_per_call"]
    for kind, label in KINDS.items():
        lines.append(f"| {label}, spans per call | {spans['wushuang'][kind]:.2f} | {spans['openai'][kind]:.2f} |")
    counts = figures["function_calls"]
    for kind, label in KINDS.items():
        cells = [f"{counts[f'{peer} untraced'][kind]:.0f} -> {counts[f'{peer} traced'][kind]:.0f}" for peer in spans]
        lines.append("| " + " | ".join([f"{label}, functions run per call, untraced -> traced", *cells]) + " |")
    names = {peer: ", ".join(f"`{name}`" for name in figures["metrics"][peer]) or "none" for peer in spans}
    lines.append(f"| metrics | {names['wushuang']} | {names['openai']} |")
    return lines


def unused_table(results: dict[str, Any]) -> list[str]:
    """wushuang's untraced figures before and after, and after with OpenTelemetry not installed: microseconds, then
    the functions run per call."""
    figures = results["unused"]
    us = figures["us"]
    lines = [
        f"| untraced, us per call | before (`{figures['before']}`) | after | after / before "
        "| after, opentelemetry not installed | / before |",
        "|---" * 6 + "|",
    ]
    for kind, label in KINDS.items():
        before, after, missing = us["before"][kind], us["after"][kind], us["missing"][kind]
        cells = [
            f"{before:.1f}",
            f"{after:.1f}",
            f"{after / before:.2f}x",
            f"{missing:.1f}",
            f"{missing / before:.2f}x",
        ]
        lines.append("| " + " | ".join([label, *cells]) + " |")
    counts = figures["function_calls"]
    lines += [
        "",
        f"| untraced, functions run per call | before (`{figures['before']}`) | after "
        "| after, opentelemetry not installed |",
        "|---|---|---|---|",
    ]
    for kind, label in KINDS.items():
        cells = [f"{counts[setup][kind]:.0f}" for setup in ("before", "after", "missing")]
        lines.append("| " + " | ".join([label, *cells]) + " |")
    return lines


if __name__ == "__main__":
    peer, setup = sys.argv[1], sys.argv[2]
    with without("opentelemetry") if setup == "missing" else nullcontext():
        figures = scenario(peer, setup, int(sys.argv[3]), int(sys.argv[4]))
    print(json.dumps(figures))
