"""The fair connection pool that AsyncWushuang gives the HTTP client it creates (traffic only to 127.0.0.1)."""

from __future__ import annotations

import importlib.util
import logging
import textwrap
from pathlib import Path
from typing import Any

import anyio
import httpcore
import httpx
import pytest
from _scripted_server import Reply, scripted_server

from wushuang import AsyncWushuang
from wushuang._core.pool import ENV_VAR, FairAsyncConnectionPool, _fingerprint, upgrade_pool

KEY = "sk-test-pool"


@pytest.fixture(autouse=True)
def _fair_pool_not_turned_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)


def _pool(client: httpx.AsyncClient) -> Any:
    return client._transport._pool  # type: ignore[attr-defined]


async def _sdk_pool_type() -> type:
    async with AsyncWushuang(api_key=KEY, base_url="http://127.0.0.1:9") as client:
        return type(_pool(client._http))


async def test_the_sdks_own_client_gets_the_fair_pool() -> None:
    async with AsyncWushuang(api_key=KEY, base_url="http://127.0.0.1:9") as client:
        assert type(_pool(client._http)) is FairAsyncConnectionPool
        assert _pool(client._http)._max_connections == 1000  # the client's limits are kept


async def test_a_callers_client_is_left_alone() -> None:
    async with httpx.AsyncClient() as mine:
        async with AsyncWushuang(api_key=KEY, http_client=mine):
            assert type(_pool(mine)) is httpcore.AsyncConnectionPool


async def test_other_transports_are_not_touched() -> None:
    async with httpx.AsyncClient(transport=httpx.MockTransport(lambda request: httpx.Response(200))) as mocked:
        assert upgrade_pool(mocked) is False
    assert upgrade_pool(object()) is False


async def test_a_replaced_planning_step_keeps_httpcores_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    def plan(self: httpcore.AsyncConnectionPool) -> list[Any]:
        return []

    monkeypatch.setattr(httpcore.AsyncConnectionPool, "_assign_requests_to_connections", plan)
    assert await _sdk_pool_type() is httpcore.AsyncConnectionPool
    monkeypatch.delattr(httpcore.AsyncConnectionPool, "_assign_requests_to_connections")
    assert await _sdk_pool_type() is httpcore.AsyncConnectionPool


async def test_another_httpcore_release_keeps_httpcores_pool(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(httpcore, "__version__", "1.1.0")
    with caplog.at_level(logging.DEBUG, logger="wushuang"):
        assert await _sdk_pool_type() is httpcore.AsyncConnectionPool
    assert "keeping httpcore's own connection pool: httpcore 1.1.0" in caplog.text


@pytest.mark.parametrize("value", ["0", "false", "OFF"])
async def test_the_environment_can_turn_the_fair_pool_off(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv(ENV_VAR, value)
    assert await _sdk_pool_type() is httpcore.AsyncConnectionPool
    monkeypatch.setenv(ENV_VAR, "1")
    assert await _sdk_pool_type() is FairAsyncConnectionPool


def _function_from(tmp_path: Path, name: str, source: str) -> Any:
    path = tmp_path / f"{name}.py"
    path.write_text(textwrap.dedent(source))
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.Pool.plan


def test_the_fingerprint_ignores_layout_and_annotations_but_not_code(tmp_path: Path) -> None:
    original = """
        class Pool:
            def plan(self) -> list[int]:
                \"\"\"Plan.\"\"\"
                return [c for c in self._connections if c.is_idle() and len(self._requests) < 3]
    """
    relaid = """
        from typing import List

        class Pool:
            def plan(self) -> List[int]:  # annotations, docstring, comments and layout differ
                return [
                    c
                    for c in self._connections
                    if (c.is_idle() and len(self._requests) < 3)
                ]
    """
    changed = original.replace("< 3", "<= 3")
    fingerprints = [
        _fingerprint(_function_from(tmp_path, f"m{i}", s)) for i, s in enumerate((original, relaid, changed))
    ]
    assert fingerprints[0] is not None
    assert fingerprints[0] == fingerprints[1] != fingerprints[2]


async def test_concurrent_requests_reuse_a_bounded_set_of_connections() -> None:
    with scripted_server() as server:
        limits = httpx.Limits(max_connections=8, max_keepalive_connections=3)
        async with httpx.AsyncClient(limits=limits) as client:
            assert upgrade_pool(client)
            statuses: list[int] = []

            async def one(i: int) -> None:
                statuses.append((await client.get(f"{server.base_url}/item/{i}")).status_code)

            async with anyio.create_task_group() as group:
                for i in range(120):
                    group.start_soon(one, i)
            assert statuses == [200] * 120
            assert len({seen.client_port for seen in server.seen}) <= 8  # never more than max_connections
            assert len(_pool(client).connections) <= 3  # idle ones beyond the keep-alive limit are closed
            assert _pool(client)._requests == []


async def test_cancelled_requests_leave_the_pool_usable() -> None:
    with scripted_server() as server:
        async with httpx.AsyncClient(limits=httpx.Limits(max_connections=4)) as client:
            assert upgrade_pool(client)
            server.default = Reply(delay=0.5)

            async def slow() -> None:
                await client.get(f"{server.base_url}/slow")

            with anyio.move_on_after(0.1):
                async with anyio.create_task_group() as group:
                    for _ in range(10):  # more than max_connections: some are still queued when cancelled
                        group.start_soon(slow)
            server.default = Reply()
            responses = []

            async def fast(i: int) -> None:
                responses.append(await client.get(f"{server.base_url}/fast/{i}"))

            async with anyio.create_task_group() as group:
                for i in range(12):
                    group.start_soon(fast, i)
            assert [r.status_code for r in responses] == [200] * 12
            assert _pool(client)._requests == []


async def test_waiting_requests_are_served_in_the_order_they_came() -> None:
    # One connection for eight requests: seven wait. The connection given back goes to the longest waiting
    # request, and once handed to it is not taken by one that came later: none waits past its turn.
    with scripted_server() as server:
        server.default = Reply(delay=0.01)
        async with httpx.AsyncClient(limits=httpx.Limits(max_connections=1)) as client:
            assert upgrade_pool(client)

            async def one(i: int) -> None:
                await client.get(f"{server.base_url}/{i}")

            async with anyio.create_task_group() as group:
                for i in range(8):
                    group.start_soon(one, i)
                    await anyio.sleep(0.002)  # each request enters the pool before the next
    assert [int(seen.path[1:]) for seen in server.seen] == list(range(8))
