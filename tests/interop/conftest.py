"""The interop suite's machinery: one server at a time (started when its first call comes, stopped when the next
server's calls begin and at the end, also on failure), the outcomes of every call, and the report.

At the end the suite writes the report (`INTEROP.md` at the repository root, or the path in
`WUSHUANG_INTEROP_REPORT`) and prints `interop: N passed, M failed`.
"""

from __future__ import annotations

import os
import platform
import sys
import time
from collections.abc import Iterator
from importlib.metadata import version
from pathlib import Path

import pytest

from ._harness import OUTCOMES, STARTED, Outcome, Servers
from ._servers import SERVERS, package_version

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def interop_servers() -> Iterator[Servers]:
    servers = Servers()
    try:
        yield servers
    finally:
        servers.stop()


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ").strip()


def _report(outcomes: list[Outcome], elapsed: float) -> str:
    passed = sum(outcome.passed for outcome in outcomes)
    failed = len(outcomes) - passed
    names = list(dict.fromkeys(outcome.server for outcome in outcomes))
    lines = [
        "# Interop: wushuang and the official openai client against servers the project did not write",
        "",
        "Every operation each server serves is called with the same arguments by `wushuang` and by `openai`, sync",
        "and async (streams read to the end). A call **fails** when the SDK fails where openai completes it; a call",
        "both fail is listed but does not fail the run. For a route a server does not have (marked *not served*),",
        "the expected outcome is `EndpointNotSupportedError` from the SDK and openai's `NotFoundError`.",
        "",
        "Rerun: `python3 -m nox -s interop` (writes this file; servers run on 127.0.0.1 from their own",
        "environments under `.nox/interop-servers/`, pinned by `requirements/interop-*.txt`).",
        "",
        f"- wushuang {version('wushuang')}, openai {version('openai')}, Python {platform.python_version()}",
    ]
    for name in names:
        server = SERVERS[name]
        try:
            pkg = f"{server.package} {package_version(server)}"
        except Exception as exc:  # noqa: BLE001 - the report still names the server
            pkg = f"{server.package} (version unknown: {exc})"
        lines.append(f"- `{name}`: {server.title}; {pkg}")
    lines += ["", f"**{passed} passed, {failed} failed** ({len(outcomes)} calls, {elapsed:.0f} s).", ""]
    for name in names:
        rows = [outcome for outcome in outcomes if outcome.server == name]
        lines += [f"## {name}", "", "| operation | mode | wushuang | openai | |", "| --- | --- | --- | --- | --- |"]
        for row in rows:
            verdict = "" if row.passed else "**FAIL**"
            lines.append(f"| {row.operation} | {row.mode} | {_cell(row.sdk)} | {_cell(row.openai)} | {verdict} |")
        lines.append("")
    failures = [outcome for outcome in outcomes if not outcome.passed]
    if failures:
        lines += ["## What the server sent when the SDK failed", ""]
        for row in failures:
            lines += [f"### {row.server}: {row.operation} ({row.mode})", "", f"wushuang: {row.sdk}", ""]
            if row.evidence:
                lines += ["```", row.evidence.rstrip(), "```", ""]
    return "\n".join(lines).rstrip() + "\n"


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if not OUTCOMES:
        return
    target = Path(os.environ.get("WUSHUANG_INTEROP_REPORT") or ROOT / "INTEROP.md")
    target.write_text(_report(OUTCOMES, time.monotonic() - STARTED), encoding="utf-8")


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    passed = sum(outcome.passed for outcome in OUTCOMES)
    failed = len(OUTCOMES) - passed
    for outcome in OUTCOMES:
        if not outcome.passed:
            terminalreporter.write_line(
                f"SDK fails, openai ok: {outcome.server} {outcome.operation} ({outcome.mode}): {outcome.sdk}"
            )
    # The closing line counts every call judged; a server that did not start makes its calls errors on top.
    terminalreporter.write_line(f"interop: {passed} passed, {failed} failed")
    sys.stdout.flush()
