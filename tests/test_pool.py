"""The fair connection pool that AsyncWushuang gives the HTTP client it creates (traffic only to 127.0.0.1)."""

from __future__ import annotations

from typing import Any

import anyio
import httpcore
import httpx
from _scripted_server import Reply, scripted_server

from wushuang import AsyncWushuang
from wushuang._pool import FairAsyncConnectionPool, upgrade_pool

KEY = "sk-test-pool"


def _pool(client: httpx.AsyncClient) -> Any:
    return client._transport._pool  # type: ignore[attr-defined]


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
