"""Giving a forgotten response's connection back from a finaliser, without ever deadlocking.

A finaliser (``__del__``) runs when the last reference to its object goes (refcounting, in the caller's own
code) or, for an object in a reference cycle, inside a collection of the cyclic garbage collector, which may start
at any allocation: also while this very thread holds httpcore's connection-pool lock (a ``threading.Lock``, not
reentrant). Closing a sync response takes that lock, so a close run by the collector can wait for ever on its own
thread. ``close_safely`` therefore closes at once unless this thread is running a collection, and then hands the
close to a closer thread, which waits for the lock like any other thread would (a middleware's ``stream_ended``
hook then runs there). The SDK's streams hold no reference cycles (so they are freed, and closed, as soon as the
caller drops them); this is the guard for a stream the caller put in a cycle of its own.
"""

from __future__ import annotations

import gc
import queue
import threading
from collections.abc import Callable

__all__ = ["close_safely", "collecting", "start_closer"]

_collector: int | None = None  # the thread running a collection, if any (one at a time): its finalisers run in it
_pending: queue.SimpleQueue[Callable[[], object]] = queue.SimpleQueue()  # put() is safe from a finaliser
_closer: list[threading.Thread] = []
_start_lock = threading.Lock()


def _track(phase: str, info: dict[str, int]) -> None:
    global _collector
    _collector = threading.get_ident() if phase == "start" else None


gc.callbacks.append(_track)


def collecting() -> bool:
    """Whether this thread is running a cyclic garbage collection (a finaliser called now runs inside it)."""
    return _collector == threading.get_ident()


def _run() -> None:
    while True:
        close = _pending.get()
        try:
            close()
        except Exception:  # noqa: BLE001, S110 (a failed close leaves the pool to reclaim the connection)
            pass
        del close


def start_closer() -> None:
    """Start the closer thread if it is not running: called when a stream is made, never from a finaliser (starting
    a thread takes locks of its own)."""
    if _closer:
        return
    with _start_lock:
        if not _closer:
            thread = threading.Thread(target=_run, name="wushuang-closer", daemon=True)
            thread.start()
            _closer.append(thread)


def close_safely(close: Callable[[], object]) -> None:
    """Run ``close`` now, or on the closer thread when this thread is running a collection (see the module)."""
    if collecting() and _closer:
        _pending.put(close)
    else:
        close()
