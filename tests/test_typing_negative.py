"""The typed signatures catch mistakes: mypy flags a misspelled parameter and a wrong type, and accepts the fix.

One mypy run per snippet; both share a cache directory, so the second run reuses the first one's analysis of
the SDK and its dependencies.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

mypy_api = pytest.importorskip("mypy.api")

HEADER = """\
from wushuang import AsyncWushuang, Wushuang

client = Wushuang(api_key="k")


async def main(aclient: AsyncWushuang) -> None:
"""
CHAT = 'await aclient.chat.completions.create(model="m", messages=[{"role": "user", "content": "x"}]'

BAD = HEADER + (
    '    client.completions.create(model="m", prompt="p", temprature=0.5)\n'  # line 7: misspelled
    '    client.completions.create(model="m", prompt="p", max_tokens="7")\n'  # line 8: wrong type
    f"    {CHAT}, tmperature=1)\n"  # line 9: misspelled, async
    '    client.with_raw_response.completions.create(model="m", prompt="p", temprature=0.5)\n'  # line 10: raw
    '    client.completions.with_streaming_response.create(model="m", prompt="p", max_tokens="7")\n'  # line 11
    '    client.embeddings.create(model="m", input="x", dimensons=3)\n'  # line 12: misspelled, no overloads
    '    client.midjourney.tasks.wait("1", intervl=1.0)\n'  # line 13: misspelled, a helper method
)
GOOD = HEADER + (
    '    client.completions.create(model="m", prompt="p", temperature=0.5)\n'
    '    client.completions.create(model="m", prompt="p", max_tokens=7)\n'
    f"    {CHAT}, temperature=1)\n"
    '    client.with_raw_response.completions.create(model="m", prompt="p", temperature=0.5)\n'
    '    client.completions.with_streaming_response.create(model="m", prompt="p", max_tokens=7)\n'
    '    client.embeddings.create(model="m", input="x", dimensions=3)\n'
    '    client.midjourney.tasks.wait("1", interval=1.0)\n'
)


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("mypy-cache")


def run_mypy(source: str, tmp_path: Path, cache_dir: Path) -> tuple[str, int]:
    snippet = tmp_path / "snippet.py"
    snippet.write_text(source)
    stdout, stderr, status = mypy_api.run(
        ["--strict", "--cache-dir", str(cache_dir), "--no-error-summary", "--hide-error-context", str(snippet)]
    )
    assert not stderr, stderr
    return stdout, status


def errors_by_line(output: str) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    for match in re.finditer(r"snippet\.py:(\d+): error: (.*)", output):
        found.setdefault(int(match.group(1)), []).append(match.group(2))
    return found


def test_mypy_flags_misspelled_parameter_and_wrong_type(tmp_path: Path, cache_dir: Path) -> None:
    output, status = run_mypy(BAD, tmp_path, cache_dir)
    assert status == 1, output
    errors = errors_by_line(output)
    assert sorted(errors) == [7, 8, 9, 10, 11, 12, 13], output
    assert any('"temprature"' in e for e in errors[7]), output
    assert any('"tmperature"' in e for e in errors[9]), output
    # Lines 8 and 11 differ from a valid call only by max_tokens="7": the error there is about that argument.
    assert any('"str"' in e and "create" in e for e in errors[8]), output
    # The raw and streaming variants keep the method's exact parameters.
    assert any('"temprature"' in e for e in errors[10]), output
    assert any('"str"' in e for e in errors[11]), output
    # The methods' `**unknown: Never` (the run-time suggestion of a misspelled keyword) accepts no keyword either.
    assert any('"dimensons"' in e for e in errors[12]), output
    assert any('"intervl"' in e for e in errors[13]), output


def test_mypy_accepts_the_correct_snippet(tmp_path: Path, cache_dir: Path) -> None:
    output, status = run_mypy(GOOD, tmp_path, cache_dir)
    assert status == 0, output
