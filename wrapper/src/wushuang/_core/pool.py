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
plain class of httpcore 1.0 and the method it replaces is still the one this was written against (httpcore 1.0.3
to 1.0.9, see ``_WRITTEN_AGAINST``); anything else keeps httpcore's own behaviour, and so does
``WUSHUANG_FAIR_POOL=0`` in the environment.
"""

from __future__ import annotations

import ast
import functools
import hashlib
import linecache
import os
import textwrap
import types
from typing import Any

import httpcore

from wushuang._core.logging import logger

__all__ = ["ENV_VAR", "FairAsyncConnectionPool", "upgrade_pool"]

ENV_VAR = "WUSHUANG_FAIR_POOL"
_OFF = frozenset({"0", "false", "no", "off"})
_NEEDED = ("_requests", "_connections", "_max_connections", "_max_keepalive_connections", "create_connection")
# ``_fingerprint`` of httpcore's own ``AsyncConnectionPool._assign_requests_to_connections``, the method replaced
# here, in the releases it was written against: each one read, and the same on CPython 3.11, 3.12 and 3.13 (1.0.6
# corrected a misspelt local's name). 1.0.0 to 1.0.2 planned the pool differently, with no such method. For a new
# release: read its method against this one's, then add its fingerprint.
_WRITTEN_AGAINST = {
    "0307bac101349a738f91644d45bf0aa4131a8c310401e4493b82eefe7b2c260b": "httpcore 1.0.3 to 1.0.5",
    "c8b08be35c3364565a55636245bdb9f825d164c57b4b1ad14ec11654690281c6": "httpcore 1.0.6 to 1.0.9",
}


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


@functools.lru_cache(maxsize=8)
def _fingerprint(function: types.FunctionType) -> str | None:
    """The SHA-256 of ``function`` as ``ast.unparse`` prints it, without its docstring and annotations.

    Layout, line breaks, parentheses and comments do not change it, nor do annotations (httpcore 1.0.7 rewrote
    them); any change to what the code does, down to an operator or a local's name, does. None when the source
    cannot be read or parsed: then httpcore's own pool stays. Reading and parsing the source costs about 1 ms, so
    it is cached, and later clients pay a dictionary look-up (a code object's names alone would be cheaper, but
    blind to a changed operator or a second call of a method already called).
    """
    code = function.__code__
    last = max((end or 0) for _, end, _, _ in code.co_positions())
    lines = linecache.getlines(code.co_filename, function.__globals__)[code.co_firstlineno - 1 : last]
    try:
        tree = ast.parse(textwrap.dedent("".join(lines)))
    except SyntaxError:
        return None
    if len(tree.body) != 1 or not isinstance(tree.body[0], ast.FunctionDef | ast.AsyncFunctionDef):
        return None
    node = tree.body[0]
    node.returns = None
    for argument in ast.walk(node.args):
        if isinstance(argument, ast.arg):
            argument.annotation = None
    first = node.body[0]
    if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(first.value.value, str):
        del node.body[0]
    return hashlib.sha256(ast.unparse(node).encode()).hexdigest()


def _why_not(client: Any) -> str | None:
    """Why ``client``'s pool must stay httpcore's own, or None when the fair pool can replace it."""
    if os.environ.get(ENV_VAR, "").strip().lower() in _OFF:
        return f"{ENV_VAR} turns it off"
    pool = getattr(getattr(client, "_transport", None), "_pool", None)
    if type(pool) is not httpcore.AsyncConnectionPool:
        return "the client's transport has no plain httpcore pool"
    if not httpcore.__version__.startswith("1.0.") or not all(hasattr(pool, name) for name in _NEEDED):
        return f"httpcore {httpcore.__version__} is not the 1.0 pool this was written for"
    method = httpcore.AsyncConnectionPool.__dict__.get("_assign_requests_to_connections")
    if not isinstance(method, types.FunctionType) or _fingerprint(method) not in _WRITTEN_AGAINST:
        return f"httpcore {httpcore.__version__} plans its pool differently from the release this replaces"
    return None


def upgrade_pool(client: Any) -> bool:
    """Give ``client`` (an ``httpx.AsyncClient`` the SDK created) the fair pool; return whether it did."""
    reason = _why_not(client)
    if reason is not None:
        logger.debug("keeping httpcore's own connection pool: %s", reason)
        return False
    # Same state, one method different: switching the class keeps every setting the client gave the pool.
    pool = client._transport._pool
    pool.__class__ = FairAsyncConnectionPool
    return True
