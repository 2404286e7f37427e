"""Logging for the SDK: the ``wushuang`` logger, ``WUSHUANG_LOG`` and redaction helpers.

Records carry method, path (never the query string), status, retry count, request id and elapsed
time. They never carry headers, bodies or URL query values: those are where API keys and user data live.
"""

from __future__ import annotations

import functools
import inspect
import json
import logging
import os
import re
import sys
import threading
import warnings
from collections.abc import Mapping
from urllib.parse import quote, quote_plus

import httpx

__all__ = ["ENV_VAR", "logger", "mask_userinfo", "path_only", "redact", "redact_data", "setup_logging"]

ENV_VAR = "WUSHUANG_LOG"

logger = logging.getLogger("wushuang")
# A library must not print through logging's last-resort handler when the application configured nothing.
logger.addHandler(logging.NullHandler())

_LEVELS: Mapping[str, int] = {
    "debug": logging.DEBUG,
    "info": logging.INFO,
    "warning": logging.WARNING,
    "error": logging.ERROR,
    "critical": logging.CRITICAL,
}

_lock = threading.Lock()
_configured = False
# The handler we attached, so a second call (or a test reset) can find it again.
_handler: logging.Handler | None = None


def setup_logging(environ: Mapping[str, str] | None = None) -> None:
    """Read ``WUSHUANG_LOG`` once and, if it names a level, log to stderr at that level.

    Accepted values (case-insensitive): ``debug``, ``info``, ``warning``, ``error``, ``critical``.
    An unset or empty variable leaves logging untouched so the application's own configuration rules; any other
    value too, with a warning naming the accepted ones. Calling it again does nothing: clients may call it on
    every construction.
    """
    global _configured, _handler
    with _lock:
        if _configured:
            return
        _configured = True
        env = os.environ if environ is None else environ
        value = env.get(ENV_VAR, "").strip()
        level = _LEVELS.get(value.lower())
        if level is None:
            if value:
                warnings.warn(
                    f"{ENV_VAR}={value!r} is no log level, ignored: use one of {', '.join(_LEVELS)}",
                    stacklevel=_outside_stack_level(),
                )
            return
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("[%(asctime)s %(levelname)s %(name)s] %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(level)
        _handler = handler


def _outside_stack_level() -> int:
    """The ``stacklevel`` of a warning about the caller's code: the first frame outside this package."""
    level, frame = 0, inspect.currentframe()
    while frame is not None and str(frame.f_globals.get("__name__", "")).startswith("wushuang"):
        level, frame = level + 1, frame.f_back
    return level


def _reset_for_tests() -> None:
    """Forget a previous ``setup_logging`` call and remove its handler (tests only)."""
    global _configured, _handler
    with _lock:
        if _handler is not None:
            logger.removeHandler(_handler)
            logger.setLevel(logging.NOTSET)
        _handler = None
        _configured = False


def path_only(path: str) -> str:
    """Return ``path`` without its query string or fragment: query values may hold secrets."""
    for sep in ("?", "#"):
        cut = path.find(sep)
        if cut != -1:
            path = path[:cut]
    return path


def _bearer_token(request: httpx.Request | None) -> str | None:
    if request is None:
        return None
    value = request.headers.get("authorization")
    if not value:
        return None
    scheme, _, token = value.partition(" ")
    token = token.strip() if scheme.lower() == "bearer" else value.strip()
    # Very short tokens would redact ordinary words; real keys are long.
    return token if len(token) >= 8 else None


@functools.lru_cache(maxsize=16)
def _spellings(token: str) -> tuple[str, ...]:
    """Every form in which ``token`` may appear in a text: as is, escaped (``repr`` of the str or of its bytes,
    as h11 quotes an illegal header value; JSON) and URL-encoded; longest first, so no part of one survives."""
    forms = {
        token,
        repr(token)[1:-1],
        repr(token.encode("utf-8", "backslashreplace"))[2:-1],
        json.dumps(token)[1:-1],
        json.dumps(token, ensure_ascii=False)[1:-1],
        quote(token, safe=""),
        quote_plus(token),
    }
    return tuple(sorted(forms, key=len, reverse=True))


# The userinfo of a URL (``https://user:password@host``): everything between the scheme and an ``@`` before the path.
_USERINFO = re.compile(r"(?<=://)[^/?#@\s]*@")


def mask_userinfo(text: str) -> str:
    """``text`` with the userinfo of any URL in it (``user:password@``) replaced by ``***@``."""
    return _USERINFO.sub("***@", text) if "@" in text else text


def redact(text: str, request: httpx.Request | None) -> str:
    """Replace the request's bearer token in ``text`` (in any of its spellings) with ``***``, and mask URL userinfo.

    Relays sometimes echo the key back in an error message ("invalid key sk-..."), and h11 quotes an illegal
    header value bytes-escaped; that text ends up in exception messages, so it is scrubbed before it gets there.
    """
    token = _bearer_token(request)
    if token:
        for form in _spellings(token):
            if form in text:
                text = text.replace(form, "***")
    return mask_userinfo(text)


def redact_data(value: object, request: httpx.Request | None) -> object:
    """A parsed JSON value with ``redact`` applied to every string in it (keys included); others kept as they are."""
    if isinstance(value, str):
        return redact(value, request)
    if isinstance(value, list):
        return [redact_data(item, request) for item in value]
    if isinstance(value, dict):
        return {redact(str(key), request): redact_data(item, request) for key, item in value.items()}
    return value
