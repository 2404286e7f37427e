"""docs/migration.md: every idiom runs both ways against the emulator, the official client's block and the SDK's.

The page pairs a ```` ```python openai ```` block with a ```` ```python wushuang ```` block per idiom. Each side runs
its blocks in order in one namespace (the ``client`` of the first pair is used by the others), the official client
with ``OPENAI_BASE_URL`` / ``OPENAI_API_KEY`` and the SDK with ``WUSHUANG_BASE_URL`` / ``WUSHUANG_API_KEY`` pointing
at one emulator.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from wushuang.testing import Emulator

PAGE = Path(__file__).resolve().parents[1] / "docs" / "migration.md"
FENCE = re.compile(r"^```python (openai|wushuang)\n(.*?)^```$", re.MULTILINE | re.DOTALL)
BLOCKS = [
    (match.group(1), match.group(2), PAGE.read_text()[: match.start()].count("\n") + 1)
    for match in FENCE.finditer(PAGE.read_text())
]


def test_the_page_pairs_every_openai_block_with_a_wushuang_block() -> None:
    sides = [side for side, _, _ in BLOCKS]
    assert len(sides) >= 20 and sides == ["openai", "wushuang"] * (len(sides) // 2)
    for (_, first, _), (_, second, _) in zip(BLOCKS[::2], BLOCKS[1::2], strict=True):
        # Only the imports and the client's construction may differ.
        strip = re.compile(r"(\b|_)(openai|OpenAI|AsyncOpenAI|wushuang|Wushuang|AsyncWushuang|OPENAI|WUSHUANG)(\b|_)")
        assert strip.sub("X", first) == strip.sub("X", second)


@pytest.fixture(scope="module")
def emulator() -> Iterator[Emulator]:
    with Emulator(api_key="sk-migration") as emu:
        yield emu


@pytest.mark.parametrize("side", ["openai", "wushuang"])
def test_every_block_runs(side: str, emulator: Emulator, monkeypatch: pytest.MonkeyPatch) -> None:
    emulator.reset()
    monkeypatch.setenv("OPENAI_BASE_URL", emulator.base_url + "/v1")
    monkeypatch.setenv("OPENAI_API_KEY", emulator.api_key)
    monkeypatch.setenv("WUSHUANG_BASE_URL", emulator.base_url)
    monkeypatch.setenv("WUSHUANG_API_KEY", emulator.api_key)
    namespace: dict[str, Any] = {"__name__": "__migration__"}
    try:
        for block_side, code, line in BLOCKS:
            if block_side == side:
                exec(compile(code, f"docs/migration.md:{line}", "exec"), namespace)  # noqa: S102 (the page's own code)
    finally:
        client = namespace.get("client")
        if client is not None:
            client.close()
