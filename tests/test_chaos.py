"""The chaos run (bench/chaos.py, `nox -s chaos`) in small: a few hundred calls with random faults, every outcome
checked against what its fault should give. Run in a child process: it counts the process's file descriptors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "bench" / "chaos.py"

pytestmark = pytest.mark.slow


def run_chaos(tmp_path: Path, *args: str) -> tuple[subprocess.CompletedProcess[str], dict[str, object]]:
    output = tmp_path / "chaos.json"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (*sys.path, os.environ.get("PYTHONPATH")) if p)}
    proc = subprocess.run(
        [sys.executable, str(SCRIPT), "--json", str(output), "--quiet", *args],
        capture_output=True,
        text=True,
        timeout=150,
        env=env,
        cwd=ROOT,
    )
    assert output.exists(), proc.stdout + proc.stderr
    return proc, json.loads(output.read_text())


# The second hardening round's fault kinds and the operations they need (RELIABILITY.md: the classes): JSON nested
# 5,000 deep, a stream dropped without close, a hostile task id or value, an SDK error raised in a worker process, a
# one-shot upload redirected, a gzip body cut short, a download failing over a file already at its path.
SECOND_ROUND_FAULTS = ("h_deep_json", "dropped_stream", "h_hostile_task", "worker_raises", "h_redirect")
SECOND_ROUND_OPS = ("file_content_iter", "file_content_save", "transcription_text", "mj_save", "worker")


def test_a_few_hundred_chaotic_calls_all_end_as_documented(tmp_path: Path) -> None:
    proc, result = run_chaos(tmp_path, "--calls", "300", "--seed", "20261130")
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert result["calls"] == 300 and result["violations"] == 0
    assert result["clients"] == {"sync": 150, "async": 150}
    outcomes = result["outcomes"]
    assert isinstance(outcomes, dict)
    assert outcomes.get("ok", 0) > 0 and outcomes.get("ok_after_retries", 0) > 0
    assert any(str(k).startswith("error:") for k in outcomes)
    fds = result["fds"]
    assert isinstance(fds, dict) and fds["after"] == fds["before"]
    assert "chaos: PASS" in proc.stdout


def test_a_truncated_gzip_download_is_never_passed_off_as_whole(tmp_path: Path) -> None:
    # The chaos run found this one: httpx's gzip decoder does not check that the data reached its end.
    proc, result = run_chaos(
        tmp_path, "--calls", "40", "--seed", "1", "--faults", "h_gzip_truncated", "--ops", "file_content,speech"
    )
    assert result["violations"] == 0, result["violation_kinds"]


def test_the_second_rounds_fault_kinds_end_as_documented(tmp_path: Path) -> None:
    faults = ",".join((*SECOND_ROUND_FAULTS, "h_gzip_truncated", "h_reset_after_headers"))
    proc, result = run_chaos(tmp_path, "--calls", "160", "--seed", "20261205", "--faults", faults)
    operations = result["operations"]
    assert isinstance(operations, dict) and set(SECOND_ROUND_OPS) <= set(operations), operations
    assert result["violations"] == 0, result["violation_kinds"]
