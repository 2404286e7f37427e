"""The examples run as written against the emulator (`python examples/<name>.py --emulator`), as `nox -s demo`
runs them, and print what each step promises."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
# What each example must print: one line per step, so a step that silently does nothing fails.
EXPECTED = {
    "quickstart.py": [
        "== completion",
        "text: ",
        "== streamed Claude chat",
        "grid: SUCCESS",
        "its buttons: U1 U2 U3 U4 🔄 V1 V2 V3 V4",
        "upscaled (task UPSCALE), saved as ",
        "the four images of the grid: ",
    ],
    "assistant.py": [
        "moderation flagged: True",
        "fox.png",
        "The job has successfully completed",
        "job: succeeded model: ft:gpt-3.5-turbo:",
        "run: requires_action",
        "asked for: [('get_weather'",
        "run: completed",
        'assistant: You said: "What is the weather in Paris?". The tool answered: "22 C, sunny".',
        'You said: "And tomorrow?"',
    ],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example_runs_against_the_emulator(name: str) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WUSHUANG_")}
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / name), "--emulator"],
        cwd=EXAMPLES.parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    missing = [line for line in EXPECTED[name] if line not in done.stdout]
    assert missing == [], done.stdout
    if name == "quickstart.py":  # the four images of the grid are on disk, each a PNG, all different
        folder = Path(done.stdout.split("the four images of the grid: ")[1].split("/grid-1.png")[0])
        images = [(folder / f"grid-{n}.png").read_bytes() for n in range(1, 5)]
        assert all(image.startswith(b"\x89PNG") for image in images) and len(set(images)) == 4
