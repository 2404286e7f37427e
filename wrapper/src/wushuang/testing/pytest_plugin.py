"""pytest plugin (entry point `pytest11: wushuang`): the `wushuang_emulator` fixture.

Importing this module imports nothing heavy and works without the `testing` extra; the server parts load
inside the fixture, which skips the test with a clear message when they are missing.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from wushuang.testing import Emulator

_API_KEY = "test-key"


def _missing_extra(exc: ImportError) -> str:
    return f"the wushuang_emulator fixture needs the testing extra: pip install 'wushuang[testing]' ({exc})"


@pytest.fixture(scope="session")
def _wushuang_emulator_server() -> Iterator[Emulator]:
    try:
        from wushuang.testing import Emulator
    except ImportError as exc:  # pragma: no cover - depends on the environment
        pytest.skip(_missing_extra(exc))
    try:
        emulator = Emulator(api_key=_API_KEY, port=0)
    except ImportError as exc:  # pragma: no cover - depends on the environment
        pytest.skip(_missing_extra(exc))
    with emulator:
        yield emulator


@pytest.fixture
def wushuang_emulator(_wushuang_emulator_server: Emulator) -> Iterator[Emulator]:
    """A running relay emulator (`emu.base_url`, `emu.api_key`, `emu.faults`, `emu.clock`, `emu.requests`).

    One server serves the whole session; it is reset before and after each test, so every test starts with
    no files, tasks, faults or recorded requests, the handlers restored and a rewound manual clock.
    """
    _wushuang_emulator_server.reset()
    yield _wushuang_emulator_server
    _wushuang_emulator_server.reset()
