"""Fixtures the emulator test modules share: one emulator per module, reset around each test, and SDK clients.

A module may override any of them (a module-level fixture of the same name wins): `test_emulator_crud.py` serves
its own spec, `test_midjourney_e2e.py` lets the clock move with each poll.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator

import pytest

import wushuang
from wushuang.testing import Emulator

KEY = "test-key"

# tests/interop/ needs servers from their own environments: `nox -s interop` runs it (and sets WUSHUANG_INTEROP).
collect_ignore = [] if os.environ.get("WUSHUANG_INTEROP") else ["interop"]


@pytest.fixture(scope="module")
def server() -> Iterator[Emulator]:
    """One emulator for the module, with the key `KEY`."""
    with Emulator(api_key=KEY) as emu:
        yield emu


@pytest.fixture
def emu(server: Emulator) -> Iterator[Emulator]:
    """The module's emulator, reset before and after the test (state, faults, clock, recorded requests)."""
    server.reset()
    yield server
    server.reset()


@pytest.fixture
def client(emu: Emulator) -> Iterator[wushuang.Wushuang]:
    """A client of the emulator that does not retry (a test sees each answer as sent)."""
    with wushuang.Wushuang(api_key=emu.api_key, base_url=emu.base_url, max_retries=0) as sdk:
        yield sdk


@pytest.fixture
async def aclient(emu: Emulator) -> AsyncIterator[wushuang.AsyncWushuang]:
    """The async twin of `client`."""
    async with wushuang.AsyncWushuang(api_key=emu.api_key, base_url=emu.base_url, max_retries=0) as sdk:
        yield sdk
