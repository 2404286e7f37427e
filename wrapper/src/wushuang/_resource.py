"""The base of the generated resource classes: every method hands its call to the client's machinery."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, ClassVar

from wushuang._types import NotGiven, Timeout

if TYPE_CHECKING:
    from wushuang._client import AsyncWushuang, Wushuang
    from wushuang._operation import Operation
    from wushuang._types import Body, Headers, Query

__all__ = ["AsyncAPIResource", "SyncAPIResource"]


class SyncAPIResource:
    """A group of operations of a synchronous client (``client.chat.completions`` ...)."""

    _raw: ClassVar[bool] = False

    def __init__(self, client: Wushuang) -> None:
        self._client = client

    def _call(
        self,
        op: Operation,
        args: dict[str, Any],
        *,
        extra_headers: Headers | None,
        extra_query: Query | None,
        extra_body: Body | None,
        timeout: Timeout | NotGiven,
    ) -> Any:
        return self._client._call(
            op,
            args,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            raw=self._raw,
        )

    def _poll(
        self,
        op: Operation,
        key: str,
        *,
        timeout: float | None,
        interval: float,
        on_progress: Callable[[Any], object] | None,
    ) -> Any:
        from wushuang._polling import wait_for_task

        def fetch() -> Any:
            return self._client._call(
                op,
                {op.params[0].python: key},
                extra_headers=None,
                extra_query=None,
                extra_body=None,
                timeout=NotGiven(),
                raw=False,
            )

        return wait_for_task(
            fetch,
            key,
            timeout=timeout,
            interval=interval,
            on_progress=on_progress,
            sleep=self._client._sleep,
            clock=self._client._monotonic,
        )


class AsyncAPIResource:
    """A group of operations of an asynchronous client."""

    _raw: ClassVar[bool] = False

    def __init__(self, client: AsyncWushuang) -> None:
        self._client = client

    def _pager(self, first: Callable[[], Awaitable[Any]]) -> Any:
        from wushuang._pagination import AsyncCursorPager

        return AsyncCursorPager(first)

    async def _call(
        self,
        op: Operation,
        args: dict[str, Any],
        *,
        extra_headers: Headers | None,
        extra_query: Query | None,
        extra_body: Body | None,
        timeout: Timeout | NotGiven,
    ) -> Any:
        return await self._client._call(
            op,
            args,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            raw=self._raw,
        )

    async def _poll(
        self,
        op: Operation,
        key: str,
        *,
        timeout: float | None,
        interval: float,
        on_progress: Callable[[Any], object] | None,
    ) -> Any:
        from wushuang._polling import async_wait_for_task

        async def fetch() -> Any:
            return await self._client._call(
                op,
                {op.params[0].python: key},
                extra_headers=None,
                extra_query=None,
                extra_body=None,
                timeout=NotGiven(),
                raw=False,
            )

        return await async_wait_for_task(
            fetch,
            key,
            timeout=timeout,
            interval=interval,
            on_progress=on_progress,
            sleep=self._client._asleep,
            clock=self._client._monotonic,
        )
