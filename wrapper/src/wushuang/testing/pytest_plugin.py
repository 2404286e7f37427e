"""pytest plugin (entry point `pytest11: wushuang`): the fixtures `wushuang_emulator`, `wushuang_client` and
`async_wushuang_client`.

Importing this module imports nothing heavy and works without the `testing` extra; the server parts load
inside the fixture, which skips the test with a clear message when they are missing. The async fixture runs
under pytest-asyncio when it is installed (either mode), else under anyio's plugin (`@pytest.mark.anyio`).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from wushuang import AsyncWushuang, Wushuang
    from wushuang.testing import Emulator

_async_fixture: Callable[..., Any]
try:
    from pytest_asyncio import fixture as _async_fixture
except ImportError:  # pragma: no cover - depends on the environment
    _async_fixture = pytest.fixture


def _missing_extra(exc: ImportError) -> str:
    return f"the wushuang_emulator fixture needs the testing extra: pip install 'wushuang[testing]' ({exc})"


@pytest.fixture(scope="session")
def _wushuang_emulator_server() -> Iterator[Emulator]:
    try:
        from wushuang.testing import Emulator
    except ImportError as exc:  # pragma: no cover - depends on the environment
        pytest.skip(_missing_extra(exc))
    try:
        emulator = Emulator(port=0)
    except ImportError as exc:  # pragma: no cover - depends on the environment
        pytest.skip(_missing_extra(exc))
    with emulator:
        yield emulator


@pytest.fixture
def wushuang_emulator(_wushuang_emulator_server: Emulator) -> Iterator[Emulator]:
    """A running relay emulator (`emu.base_url`, `emu.api_key`, `emu.faults`, `emu.clock`, `emu.requests`).

    One server serves the whole session; it is reset before and after each test, so every test starts with
    nothing stored (no assistants, files or tasks), no faults or recorded requests, the handlers restored and a
    rewound manual clock.
    """
    _wushuang_emulator_server.reset()
    yield _wushuang_emulator_server
    _wushuang_emulator_server.reset()


@pytest.fixture
def wushuang_client(wushuang_emulator: Emulator) -> Iterator[Wushuang]:
    """A `Wushuang` client of the `wushuang_emulator`, without retries (a test sees each answer as sent)."""
    from wushuang import Wushuang

    with Wushuang(api_key=wushuang_emulator.api_key, base_url=wushuang_emulator.base_url, max_retries=0) as client:
        yield client


@_async_fixture
async def async_wushuang_client(wushuang_emulator: Emulator) -> AsyncIterator[AsyncWushuang]:
    """The `AsyncWushuang` twin of `wushuang_client`, closed on the test's event loop."""
    from wushuang import AsyncWushuang

    async with AsyncWushuang(
        api_key=wushuang_emulator.api_key, base_url=wushuang_emulator.base_url, max_retries=0
    ) as client:
        yield client
