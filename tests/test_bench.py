"""bench/ still runs: its quick mode, end to end, with this interpreter (traffic only to 127.0.0.1).

The benchmark is not a test: nothing here checks a timing or a target, only that every section runs, every peer
decodes what it is served, and the results file and the table come out.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SETUPS = ("untraced", "traced")
KINDS = {"completion", "chat", "chat_stream", "embeddings"}

pytestmark = pytest.mark.slow  # real time: every section measures


def test_bench_quick_mode_runs(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    done = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    results = json.loads(out.read_text())
    peers = {"wushuang", "wushuang_client", "openai", "httpx"}
    assert results["quick"] is True
    for section in ("import_s", "first_call_s", "per_call_us"):
        assert set(results[section]) == peers
        assert all(value > 0 for value in results[section].values())
    for kind in ("completion", "chat"):
        assert set(results["stream_chunks_per_s"][kind]) == peers
    aiohttp_peers = {"wushuang_aiohttp", "openai_aiohttp", "httpx_aiohttp"}
    for mode in ("json", "stream"):
        assert set(results["loopback"][mode]) == peers | aiohttp_peers
        assert all(row["rps"] > 0 and row["gc_ms"] >= 0 for row in results["loopback"][mode].values())
    embeddings = results["embeddings"]
    variants = {"wushuang_float", "openai_float"} | ({"openai_numpy"} if results["versions"]["numpy"] else set())
    assert set(embeddings["ms_per_call"]) == peers | variants
    assert all(value > 0 for value in embeddings["ms_per_call"].values())
    assert embeddings["wire"]["wushuang"] == embeddings["wire"]["openai"] == "base64"
    assert embeddings["wire"]["wushuang_float"] == "float"
    assert embeddings["response_bytes"]["wushuang"] * 4 < embeddings["response_bytes"]["wushuang_float"] * 1.1
    assert set(results["memory"]) == peers
    assert set(results["tracing"]["us"]) == {f"{peer} {setup}" for peer in ("wushuang", "openai") for setup in SETUPS}
    assert {row["target"] for row in results["targets"]} and all("met" in row for row in results["targets"])
    assert "| per call (mock transport), us |" in done.stdout
    assert "| loopback, default stack vs aiohttp | wushuang | wushuang_aiohttp |" in done.stdout
    assert "| embeddings.create 100 x 1536, ms per call |" in done.stdout
    assert "| embeddings, 100 x 1536 | wushuang |" in done.stdout
    assert "| tracing, us per call | wushuang | wushuang traced |" in done.stdout


def test_bench_runs_one_section_alone() -> None:
    kept = (ROOT / "bench" / "results.json").read_bytes()
    done = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--only", "loopback"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "| loopback, p99 ms |" in done.stdout
    assert "| loopback, ms in garbage collection |" in done.stdout
    assert "| loopback, default stack vs aiohttp |" in done.stdout
    assert "per call" not in done.stdout and "| target |" not in done.stdout  # the other sections did not run
    assert (ROOT / "bench" / "results.json").read_bytes() == kept  # a partial run leaves the results file alone


def test_bench_tracing_section_runs(tmp_path: Path) -> None:
    """The tracing section alone, with the untraced figures of the tree at HEAD beside this tree's: each scenario ran
    in its own process, the traced wushuang recorded one span per call of each kind and the traced openai one per
    chat and embeddings call (its instrumentation leaves completions alone), and no untraced scenario imported
    OpenTelemetry (each checks it)."""
    out = tmp_path / "results.json"
    done = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--only", "tracing", "--before", "HEAD", "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    results = json.loads(out.read_text())
    tracing = results["tracing"]
    for figures in tracing["us"].values():
        assert set(figures) == KINDS and all(value > 0 for value in figures.values())
    assert tracing["spans_per_call"]["wushuang"] == dict.fromkeys(KINDS, 1)
    assert tracing["spans_per_call"]["openai"] == {"completion": 0, "chat": 1, "chat_stream": 1, "embeddings": 1}
    for peer in ("wushuang", "openai"):
        assert {"gen_ai.client.operation.duration", "gen_ai.client.token.usage"} <= set(tracing["metrics"][peer])
    untraced = tracing["function_calls"]["wushuang untraced"]
    assert all(tracing["function_calls"]["wushuang traced"][kind] > untraced[kind] > 0 for kind in KINDS)
    unused = results["unused"]
    assert unused["before"] == "HEAD"
    assert set(unused["us"]) == set(unused["function_calls"]) == {"before", "after", "missing"}
    assert unused["function_calls"]["after"] == unused["function_calls"]["missing"] == untraced
    assert "| chat stream of 32 chunks | " in done.stdout
    assert "| metrics | " in done.stdout
    assert "| untraced, us per call | before (`HEAD`) | after |" in done.stdout
    assert "| untraced, functions run per call | before (`HEAD`) | after |" in done.stdout
