"""A connection pool for ``AsyncWushuang``'s own HTTP client that stays cheap under concurrency.

httpcore 1.x (under httpx) re-plans its whole pool whenever a request enters or leaves it, and that plan costs
O(connections x queued requests), plus a socket poll per idle connection. Worse, an idle connection already
handed to one request still looks idle, so the next plan hands it to a second request, which then fails with
``ConnectionNotAvailable`` and queues again. With 32 requests in flight the client spends milliseconds of CPU per
request in the pool (measured with ``nox -s bench``; ``BENCHMARKS.md`` shows the profile).

``FairAsyncConnectionPool`` replaces only that planning step, with a single pass that counts idle connections
once, skips the expiry probe for connections reserved by a request, and never hands a reserved connection out
twice; connecting, sending, keep-alive and closing stay httpcore's. It is applied to the pool of the client that
``AsyncWushuang`` creates (a client passed in by the caller is left as it is), and only when that pool is the
plain class of httpcore 1.0, which this was written against; anything else keeps httpcore's own behaviour.
"""

from __future__ import annotations

from typing import Any

import httpcore

__all__ = ["FairAsyncConnectionPool", "upgrade_pool"]

_NEEDED = ("_requests", "_connections", "_max_connections", "_max_keepalive_connections", "create_connection")


class FairAsyncConnectionPool(httpcore.AsyncConnectionPool):
    """httpcore's async pool with a linear-time, reservation-aware assignment of requests to connections."""

    def _assign_requests_to_connections(self) -> list[Any]:
        closing: list[Any] = []
        # Connections held by a request: in use, being opened, or idle but already handed to a request that has
        # not sent on it yet. Those are neither probed for expiry nor handed out again.
        reserved = {request.connection for request in self._requests if request.connection is not None}

        retained: list[Any] = []
        for connection in self._connections:
            if connection.is_closed():
                continue
            if connection not in reserved and connection.has_expired():
                closing.append(connection)
            else:
                retained.append(connection)

        surplus = sum(c.is_idle() and c not in reserved for c in retained) - self._max_keepalive_connections
        if surplus > 0:
            kept: list[Any] = []
            for connection in retained:
                if surplus > 0 and connection.is_idle() and connection not in reserved:
                    closing.append(connection)
                    surplus -= 1
                else:
                    kept.append(connection)
            retained = kept
        self._connections = retained

        available = [c for c in retained if c.is_available() and not (c.is_idle() and c in reserved)]
        budget = self._max_connections - len(retained)
        for request in self._requests:
            if not available and budget <= 0:
                break  # nothing more can be assigned on this pass
            if not request.is_queued():
                continue
            origin = request.request.url.origin
            for index, connection in enumerate(available):
                if connection.can_handle_request(origin):
                    request.assign_to_connection(connection)
                    if connection.is_idle():
                        del available[index]  # an idle HTTP/1.1 connection takes one request at a time
                    break
            else:
                if budget > 0:
                    connection = self.create_connection(origin)
                    self._connections.append(connection)
                    request.assign_to_connection(connection)
                    budget -= 1
                    continue
                for index, connection in enumerate(available):
                    if connection.is_idle():  # full: replace an idle connection to another origin
                        del available[index]
                        self._connections.remove(connection)
                        closing.append(connection)
                        connection = self.create_connection(origin)
                        self._connections.append(connection)
                        request.assign_to_connection(connection)
                        break
        return closing


def upgrade_pool(client: Any) -> bool:
    """Give ``client`` (an ``httpx.AsyncClient`` the SDK created) the fair pool; return whether it did."""
    pool = getattr(getattr(client, "_transport", None), "_pool", None)
    if (
        not httpcore.__version__.startswith("1.0.")
        or type(pool) is not httpcore.AsyncConnectionPool
        or not all(hasattr(pool, name) for name in _NEEDED)
    ):
        return False
    # Same state, one method different: switching the class keeps every setting the client gave the pool.
    pool.__class__ = FairAsyncConnectionPool
    return True
