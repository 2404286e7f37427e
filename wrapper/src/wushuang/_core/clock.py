"""The one clock of a client: how it waits (retry back-off, polls) and how it reads the time (poll deadlines).

A client's retries and every poll of its helpers (``runs.create_and_poll``, ``midjourney.tasks.wait`` ...) wait
through ``client.clock``. The default is real time; a test passes a clock of its own (``Wushuang(clock=...)``),
such as the emulator's ``wushuang.testing.Clock``, whose waits make emulated time pass at once.
"""

from __future__ import annotations

import time
from typing import Protocol, runtime_checkable

__all__ = ["SYSTEM_CLOCK", "Clock", "SystemClock", "check_clock"]


@runtime_checkable
class Clock(Protocol):
    """What a client waits and reads the time with."""

    def monotonic(self) -> float:
        """Seconds from an arbitrary start, never going back."""
        ...

    def sleep(self, seconds: float) -> None:
        """Wait ``seconds`` (the sync client)."""
        ...

    async def asleep(self, seconds: float) -> None:
        """Wait ``seconds`` (the async client)."""
        ...


class SystemClock:
    """Real time: ``time.monotonic``, ``time.sleep`` and ``anyio.sleep`` (asyncio or trio)."""

    def monotonic(self) -> float:
        """``time.monotonic()``."""
        return time.monotonic()

    def sleep(self, seconds: float) -> None:
        """``time.sleep(seconds)``."""
        time.sleep(seconds)

    async def asleep(self, seconds: float) -> None:
        """``await anyio.sleep(seconds)``."""
        import anyio  # here, not at the top: the sync client never needs it

        await anyio.sleep(seconds)

    def __repr__(self) -> str:
        return "SystemClock()"


SYSTEM_CLOCK = SystemClock()


def check_clock(value: object) -> Clock:
    """The ``clock`` option checked: an object with ``monotonic``, ``sleep`` and ``asleep``."""
    if not isinstance(value, Clock):
        raise TypeError(f"clock must have monotonic(), sleep() and asleep() methods, got {type(value).__name__}")
    return value
