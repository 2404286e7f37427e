"""Cursor pagination: pages that fetch the next one with ``after=<last id>`` while ``has_more``.

``for item in client.beta.assistants.list()`` walks every page; ``page.data`` and ``page.has_more`` are there
for those who page by hand. The async pager is awaitable (the first page) and async-iterable (every item).
A page's ``fetch_next(cursor)`` is the same call again with ``after=cursor``, giving the next page.

A relay that ignores ``after`` answers the first page again. A walk never yields an item twice and never loops:
a page that holds an item the walk has already yielded raises ``APIResponseValidationError`` (the list cannot be
walked past that point, and stopping quietly would pass a part of the list off as all of it); the items before it
were yielded as they came.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from typing import Any, Generic, TypeVar

import httpx

from wushuang._core.errors import APIResponseValidationError

__all__ = ["AsyncCursorPage", "AsyncCursorPager", "CursorPage"]

T = TypeVar("T")


class _PageBase(Generic[T]):
    def __init__(self, body: Any, response: httpx.Response) -> None:
        self.body = body
        self.response = response
        self.data: list[T] = list(body.data or [])
        self.has_more: bool = bool(body.has_more)

    @property
    def next_cursor(self) -> str | None:
        """The ``after`` cursor of the next page, or ``None`` on the last page."""
        if not self.has_more or not self.data:
            return None
        return getattr(self.data[-1], "id", None)

    def has_next_page(self) -> bool:
        return self.next_cursor is not None

    def __repr__(self) -> str:
        return f"<{type(self).__name__} items={len(self.data)} has_more={self.has_more}>"


def _check_new(page: _PageBase[Any], cursor: str, seen: set[str]) -> None:
    """Refuse the page after ``cursor`` if it repeats an item of this walk (``seen``: the IDs so far, updated)."""
    ids = [i for i in (getattr(item, "id", None) for item in page.data) if isinstance(i, str)]
    repeated = next((i for i in ids if i in seen), None)
    if repeated is not None:
        raise APIResponseValidationError(
            f"the page after {cursor!r} repeats {repeated!r}, already listed: the relay does not honour 'after', "
            "so the list cannot be walked further",
            response=page.response,
        )
    seen.update(ids)


class CursorPage(_PageBase[T]):
    """One page of a cursor-paginated list; iterating it walks this page and every later one."""

    def __init__(self, body: Any, fetch_next: Callable[[str], CursorPage[T]], response: httpx.Response) -> None:
        super().__init__(body, response)
        self._fetch_next = fetch_next

    def next_page(self) -> CursorPage[T] | None:
        """The next page, or ``None`` after the last one."""
        cursor = self.next_cursor
        return None if cursor is None else self._fetch_next(cursor)

    def iter_pages(self) -> Iterator[CursorPage[T]]:
        """This page and every later one; raises ``APIResponseValidationError`` for a page that repeats an item."""
        page: CursorPage[T] = self
        seen: set[str] = set()
        _check_new(page, "", seen)
        while True:
            yield page
            cursor = page.next_cursor
            if cursor is None:
                return
            page = self._fetch_next(cursor)
            _check_new(page, cursor, seen)

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.data


class AsyncCursorPage(_PageBase[T]):
    """One page of a cursor-paginated list (async); ``async for`` walks this page and every later one."""

    def __init__(
        self, body: Any, fetch_next: Callable[[str], Awaitable[AsyncCursorPage[T]]], response: httpx.Response
    ) -> None:
        super().__init__(body, response)
        self._fetch_next = fetch_next

    async def next_page(self) -> AsyncCursorPage[T] | None:
        """The next page, or ``None`` after the last one."""
        cursor = self.next_cursor
        return None if cursor is None else await self._fetch_next(cursor)

    async def iter_pages(self) -> AsyncIterator[AsyncCursorPage[T]]:
        """This page and every later one; raises ``APIResponseValidationError`` for a page that repeats an item."""
        page: AsyncCursorPage[T] = self
        seen: set[str] = set()
        _check_new(page, "", seen)
        while True:
            yield page
            cursor = page.next_cursor
            if cursor is None:
                return
            page = await self._fetch_next(cursor)
            _check_new(page, cursor, seen)

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.data:
                yield item


class AsyncCursorPager(Generic[T]):
    """What an async list method returns: ``await`` it for the first page, ``async for`` it for every item."""

    def __init__(self, first: Callable[[], Awaitable[AsyncCursorPage[T]]]) -> None:
        self._first = first

    def __await__(self) -> Generator[Any, None, AsyncCursorPage[T]]:
        return self._first().__await__()

    async def __aiter__(self) -> AsyncIterator[T]:
        page = await self._first()
        async for item in page:
            yield item
