"""The emulator's clock: manual for tests (time passes only when told), or real time for the CLI."""

from __future__ import annotations

import threading
import time

__all__ = ["Clock"]

# A fixed start for manual clocks, so task timestamps are the same on every run.
_MANUAL_EPOCH = 1_700_000_000.0


class Clock:
    """Time as the emulator sees it, in seconds since the epoch.

    A manual clock (the default for `Emulator`) stands still until `advance()` is called, so a test decides
    exactly when a Midjourney task makes progress. A real clock starts at `time.time()` and follows
    `time.monotonic()` from there (plus whatever `advance()` added), so it never goes back. `auto_advance` seconds
    are added on every task fetch, so a polling client in the same process sees time pass without sleeping. Given
    to a client as its ``clock``, the client's waits advance it instead of sleeping.
    """

    def __init__(self, *, manual: bool = True, start: float | None = None, auto_advance: float = 0.0) -> None:
        if auto_advance < 0:
            raise ValueError("auto_advance must be >= 0")
        self._manual = manual
        self._lock = threading.Lock()
        self._start = _MANUAL_EPOCH if start is None else float(start)
        self._wall_minus_monotonic = time.time() - time.monotonic()
        self._offset = 0.0
        self._initial_auto_advance = float(auto_advance)
        self.auto_advance = float(auto_advance)

    @property
    def manual(self) -> bool:
        """True when time passes only through `advance()` (and `auto_advance`)."""
        return self._manual

    def now(self) -> float:
        """The current emulated time, in seconds since the epoch."""
        with self._lock:
            base = self._start if self._manual else self._wall_minus_monotonic + time.monotonic()
            return base + self._offset

    def monotonic(self) -> float:
        """The current emulated time: with ``sleep`` and ``asleep``, this clock can be a client's
        (``Wushuang(clock=emu.clock)``), whose retry back-offs and polls then make emulated time pass at once."""
        return self.now()

    def sleep(self, seconds: float) -> None:
        """A client's wait: ``advance(seconds)``, without waiting."""
        self.advance(seconds)

    async def asleep(self, seconds: float) -> None:
        """An async client's wait: ``advance(seconds)``, without waiting."""
        self.advance(seconds)

    def advance(self, seconds: float) -> None:
        """Make `seconds` of emulated time pass at once."""
        if seconds < 0:
            raise ValueError("a clock cannot go back in time")
        with self._lock:
            self._offset += seconds

    def tick(self) -> None:
        """Advance by `auto_advance` seconds; the emulator calls this on every task fetch."""
        if self.auto_advance:
            self.advance(self.auto_advance)

    def reset(self) -> None:
        """Go back to the start time and the `auto_advance` given at construction."""
        with self._lock:
            self._offset = 0.0
            self.auto_advance = self._initial_auto_advance

    def __repr__(self) -> str:
        kind = "manual" if self._manual else "real"
        return f"Clock({kind}, now={self.now():.3f}, auto_advance={self.auto_advance})"
