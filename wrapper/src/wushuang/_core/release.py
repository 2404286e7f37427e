"""Giving a forgotten response's connection back from a finaliser, without ever deadlocking.

A finaliser (``__del__``) runs when the last reference to its object goes (refcounting, in the caller's own
code) or, for an object in a reference cycle, inside a collection of the cyclic garbage collector, which may start
at any allocation: also while this very thread holds httpcore's connection-pool lock (a ``threading.Lock``, not
reentrant). Closing a sync response takes that lock, so a close run by the collector can wait for ever on its own
thread. ``close_safely`` therefore closes at once when no collection is running, and otherwise hands the close to
a closer thread, which waits for the lock like any other thread would. The SDK's streams hold no reference cycles
(so they are freed, and closed, as soon as the caller drops them); this is the guard for a stream the caller put
in a cycle of its own.
"""

from __future__ import annotations

import gc
import queue
import threading
from collections.abc import Callable

__all__ = ["close_safely", "collecting", "start_closer"]

_collections = 0  # collections running (in any thread): a finaliser may be running inside one
_pending: queue.SimpleQueue[Callable[[], object]] = queue.SimpleQueue()  # put() is safe from a finaliser
_closer: list[threading.Thread] = []
_start_lock = threading.Lock()


def _track(phase: str, info: dict[str, int]) -> None:
    global _collections
    _collections += 1 if phase == "start" else -1


gc.callbacks.append(_track)


def collecting() -> bool:
    """Whether a cyclic garbage collection is running (a finaliser called now may run inside it)."""
    return _collections > 0


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
    """Run ``close`` now, or on the closer thread when a collection is running (see the module's docstring)."""
    if collecting() and _closer:
        _pending.put(close)
    else:
        close()
