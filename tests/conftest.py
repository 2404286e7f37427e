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


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--fail-on-skip",
        action="store_true",
        help="fail the run when a test is skipped (the nox sessions pass it: there a missing tool is a failure)",
    )


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """With --fail-on-skip, a run that skipped a test fails, naming each skipped test and why."""
    if not session.config.getoption("--fail-on-skip") or hasattr(session.config, "workerinput"):
        return  # on an xdist worker: its reports reach the controller, which checks them all
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = reporter.stats.get("skipped", []) if reporter is not None else []
    if skipped:
        reporter.ensure_newline()
        reporter.write_line(f"--fail-on-skip: {len(skipped)} skipped, which fails the run:", red=True)
        for report in skipped:
            reason = report.longrepr[-1] if isinstance(report.longrepr, tuple) else report.longrepr
            reporter.write_line(f"  {report.nodeid}: {reason}", red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


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
