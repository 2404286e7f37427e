"""Each server × operation × mode: the same call by wushuang and by openai, judged against each other.

A test fails when wushuang fails a call that openai completes. For an operation the server does not route, the
SDK must raise `EndpointNotSupportedError` (openai, which has no such class, raises `NotFoundError`).
"""

from __future__ import annotations

import asyncio
import inspect
from typing import Any

import openai
import pytest

import wushuang

from ._harness import OUTCOMES, Outcome, Servers
from ._ops import OPS, STREAMS, Ctx
from ._record import Recorder, make_client
from ._servers import SERVERS

MODES = ("sync", "async")
CASES = [
    pytest.param(server.name, operation, mode, unsupported, id=f"{server.name}-{operation}-{mode}")
    for server in SERVERS.values()
    for operation, unsupported in [(name, False) for name in server.ops] + [(name, True) for name in server.unsupported]
    for mode in MODES
]


def _describe(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text[:160]}"


async def _close(client: Any, http: Any) -> None:
    for closer in (client.close, http.aclose if hasattr(http, "aclose") else http.close):
        result = closer()
        if inspect.isawaitable(result):
            await result


async def _call(lib: str, mode: str, running: Any, operation: str, unsupported: bool) -> tuple[bool, str, str]:
    """(ok, what happened, the server's last answers) for one client's call."""
    recorder = Recorder()
    client, http = make_client(lib, mode == "async", running.base_url, running.server.key, recorder)
    ctx = Ctx(client=client, lib=lib, models=running.server.models)
    try:
        summary = await asyncio.wait_for(OPS[operation](ctx), timeout=90)
    except Exception as exc:  # noqa: BLE001 - every failure is an outcome to report
        if unsupported:
            expected = wushuang.EndpointNotSupportedError if lib == "wushuang" else openai.NotFoundError
            if isinstance(exc, expected):
                return True, f"{type(exc).__name__} (expected)", ""
        before = isinstance(exc, TypeError | wushuang.InvalidParameterError)
        evidence = "(refused before sending; the exchanges before it:)\n" if before else ""
        evidence += "\n\n".join(f"{x.method} {x.url} -> {x.status}\n{x.body()}" for x in list(recorder.exchanges)[-2:])
        return False, _describe(exc), evidence
    finally:
        await _close(client, http)
    if unsupported:
        return False, f"completed ({summary}), expected a not-served error", ""
    return True, f"ok: {summary}", ""


@pytest.mark.parametrize(("server_name", "operation", "mode", "unsupported"), CASES)
async def test_call(interop_servers: Servers, server_name: str, operation: str, mode: str, unsupported: bool) -> None:
    running = interop_servers.get(server_name)
    sdk_ok, sdk, evidence = await _call("wushuang", mode, running, operation, unsupported)
    openai_ok, theirs, _ = await _call("openai", mode, running, operation, unsupported)
    label = f"{operation} (not served)" if unsupported else operation
    shown_mode = f"{mode} stream" if operation in STREAMS else mode
    outcome = Outcome(server_name, label, shown_mode, sdk, theirs, sdk_ok, openai_ok, evidence)
    OUTCOMES.append(outcome)
    if not outcome.passed:
        pytest.fail(f"wushuang failed where openai completed the call: {sdk}\n{evidence}", pytrace=False)
