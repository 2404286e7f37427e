"""Forming a request: from a generated method's arguments to what the send loop sends, before any byte goes out.

1. drop the arguments the caller did not give and validate the rest against the spec;
2. split them by location (path, query, body) under their wire names, add the client's defaults and the call's
   extras, and let the low-level client's request builder form the URL, query and body;
3. encode a JSON body once, merge the headers case-insensitively once: every attempt of the call then builds its
   ``httpx.Request`` from the same parts (``PreparedRequest.build``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import httpx
import msgspec

from wushuang._core.behaviours import BodyDecoder, behaviour
from wushuang._core.errors import FIRST_CHUNK_EXTENSION, InvalidParameterError
from wushuang._core.logging import mask_userinfo
from wushuang._core.model import Model
from wushuang._core.operation import Operation
from wushuang._core.types import NotGiven, RequestOptions
from wushuang._core.uploads import file_parts
from wushuang._version import __version__
from wushuang.midjourney._mode import mode_prefixed

__all__ = [
    "DEFAULT_TIMEOUT",
    "PreparedRequest",
    "RequestFactory",
    "check_api_key",
    "check_headers",
    "check_stream_limit",
    "check_timeout",
]

DEFAULT_TIMEOUT = httpx.Timeout(600.0, connect=5.0)
_USER_AGENT = f"wushuang-python/{__version__}"
_URL_CACHE_SIZE = 256
# Path parameter values the URL parser would resolve away ("/v1/files/../content" is "/v1/content"), or that
# leave an empty segment: refused, whatever the operation. A "/" is quoted into the segment ("%2F") and stays.
_NOT_A_SEGMENT = frozenset({"", ".", ".."})
# What HTTP/1.1 (h11) accepts and httpx can encode (ASCII): a header name is a token; a value is visible ASCII
# with spaces and tabs inside, not at its ends (no CR, LF or other control character); an API key, visible ASCII.
_HEADER_NAME = re.compile(r"[-!#$%&'*+.^_`|~0-9A-Za-z]+")
_HEADER_VALUE = re.compile(r"(?:[\x21-\x7e](?:[\t\x20-\x7e]*[\x21-\x7e])?)?")
_API_KEY = re.compile(r"[\x21-\x7e]+")


def check_api_key(value: str) -> str:
    """The API key, checked once: it goes in the ``Authorization`` header, so it must be visible ASCII.

    The message never shows the key (a key with a stray newline or space is still a secret).
    """
    if not _API_KEY.fullmatch(value):
        raise InvalidParameterError(
            "api_key contains a character that cannot go in an HTTP header (non-ASCII, a space, CR, LF or another "
            "control character; a trailing newline read from a file?)",
            param="api_key",
            operation_id="",
        )
    return value


def check_headers(headers: Mapping[str, object], *, param: str, operation_id: str = "") -> None:
    """Refuse, with an ``InvalidParameterError`` naming ``param`` and the header, a header httpx or h11 would fail
    on at sending time: a name that is not a token, a value that is not a string (``None`` removes a header) or
    that holds a character HTTP does not allow. Values are never shown: headers carry secrets."""
    for name, value in headers.items():
        if not isinstance(name, str) or not _HEADER_NAME.fullmatch(name):
            problem = f"{name!r} is not a valid HTTP header name"
        elif value is not None and not isinstance(value, str):
            problem = f"header {name!r} must be a string (or None to remove it), got {type(value).__name__}"
        elif value is not None and not _HEADER_VALUE.fullmatch(value):
            problem = (
                f"header {name!r} has a character HTTP does not allow (non-ASCII, CR, LF, another control "
                "character, or a space at either end)"
            )
        else:
            continue
        raise InvalidParameterError(f"{param}: {problem}", param=param, operation_id=operation_id)


def check_mapping(value: object, *, param: str, operation_id: str = "") -> None:
    """Refuse, with an ``InvalidParameterError`` naming ``param``, a value that is neither ``None`` nor a mapping
    with string keys (``extra_body``, ``extra_query``, ``extra_headers``, ``default_headers``, ``default_query``)."""
    if value is None:
        return
    if not isinstance(value, Mapping):
        problem = f"must be a mapping (a dict), got {type(value).__name__}"
    elif not all(isinstance(key, str) for key in value):
        problem = "must have string keys"
    else:
        return
    raise InvalidParameterError(f"{param} {problem}", param=param, operation_id=operation_id)


def check_timeout(value: object) -> httpx.Timeout | None:
    """A timeout option as an ``httpx.Timeout`` (``None``: none); a number is seconds, the connect phase capped."""
    if value is None:
        return None
    if isinstance(value, httpx.Timeout):
        return value
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value <= 0:
        raise InvalidParameterError(
            f"timeout must be a number of seconds > 0, an httpx.Timeout or None, got {value!r}",
            param="timeout",
            operation_id="",
        )
    return httpx.Timeout(float(value), connect=min(float(value), DEFAULT_TIMEOUT.connect or 5.0))


def check_stream_limit(value: object, name: str, operation_id: str = "") -> float | None:
    """A stream limit option (``first_chunk_timeout``, ``stream_idle_timeout``): seconds > 0, or ``None`` (none)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value <= 0:
        raise InvalidParameterError(
            f"{name} must be a number of seconds > 0 or None, got {value!r}", param=name, operation_id=operation_id
        )
    return float(value)


def _timeout_extension(timeout: httpx.Timeout | None) -> dict[str, float | None]:
    return (timeout or httpx.Timeout(None)).as_dict()


@dataclass(slots=True)
class PreparedRequest:
    """A call ready to be sent: everything but the per-attempt headers."""

    op: Operation
    args: dict[str, Any]  # what the caller gave, by Python name
    options: RequestOptions
    url: httpx.URL
    params: dict[str, Any]
    headers: dict[str, tuple[str, str]]  # lower-cased name -> (name as given, value): merged case-insensitively
    content: bytes | None
    files: list[Any] | None
    timeout: dict[str, float | None]
    stream: bool  # an event stream was asked for
    stream_limits: tuple[float | None, float | None]  # the stream's first-chunk and idle limits, in seconds
    body_read: float | None  # the read timeout of a stream's body: its idle limit, or the call's read timeout
    decoder: BodyDecoder | None  # the operation's `x-sdk.decode`, when it added arguments: decode the body back
    replayable: bool  # the body can be sent again (no one-shot file in it)
    rewind: list[tuple[Any, int]]

    @property
    def lazy(self) -> bool:
        """Whether the 2xx body is left unread for the caller (an event stream or a binary body)."""
        return self.stream or self.op.response_kind == "binary"

    def build(self, http: httpx.Client | httpx.AsyncClient, extra: dict[str, str]) -> httpx.Request:
        """A fresh ``httpx.Request`` for one attempt, with ``extra`` headers merged in."""
        for handle, offset in self.rewind:
            handle.seek(offset)
        merged = self.headers
        if extra:
            merged = merged.copy()
            for key, value in extra.items():
                merged[key.lower()] = (key, value)
        extensions: dict[str, Any] = {"timeout": self.timeout}
        if self.stream_limits[0] is not None and self.timeout["read"] == self.stream_limits[0]:
            extensions[FIRST_CHUNK_EXTENSION] = self.stream_limits[0]  # a read timeout then names that limit
        # A plain dict (names already unique) and a parsed URL: httpx then neither re-parses the URL nor
        # re-normalises a Headers object, which is most of what building a request costs.
        return http.build_request(
            self.op.method,
            self.url,
            params=self.params or None,
            content=self.content,
            files=self.files,
            headers=dict(merged.values()),
            extensions=extensions,
        )


def _merge(headers: dict[str, tuple[str, str]], source: Mapping[str, str | None]) -> None:
    """Merge ``source`` into ``headers`` (lower-cased name -> (name, value)); a None value removes the header."""
    for key, value in source.items():
        if value is None:
            headers.pop(key.lower(), None)
        else:
            headers[key.lower()] = (key, value)


_CONTAINERS = (list, tuple, dict, Model)


def _plain(value: Any) -> Any:
    """``value`` with every response model in it as plain data (wire names, absent fields left out): a message
    the API returned goes back into ``messages`` as it came, as with the official SDK. Anything msgspec cannot
    convert is left as it is, for the validator to name."""
    try:
        return msgspec.to_builtins(value, builtin_types=(bytes, bytearray, memoryview))
    except (TypeError, ValueError):
        return value


def _images_as_data_urls(op: Operation, given: dict[str, Any]) -> None:
    """Turn the images given for ``x-sdk-data-url`` parameters (paths, bytes, files) into data URLs, in place."""
    from wushuang._core.data_url import convert

    for name, kind in op.data_urls:
        if name in given and given[name] is not None:
            given[name] = convert(given[name], kind, param=name, operation_id=op.operation_id)


class RequestFactory:
    """Forms the requests of one client from its settings (key, base URL, defaults, timeout)."""

    def __init__(
        self,
        *,
        api_key: str,
        base_url: str,
        timeout: httpx.Timeout | None,
        default_headers: Mapping[str, str],
        default_query: Mapping[str, object],
        openai_beta: str | None,
        midjourney_mode: str | None = None,
        stream_limits: tuple[float | None, float | None] = (None, None),
    ) -> None:
        check_headers(default_headers, param="default_headers")
        self._stream_limits = stream_limits
        if openai_beta is not None:
            check_headers({"OpenAI-Beta": openai_beta}, param="openai_beta")
        self._api_key = check_api_key(api_key)
        self._midjourney_mode = midjourney_mode
        self._base_url = base_url
        self._default_headers = dict(default_headers)
        self._default_query = dict(default_query)
        self._openai_beta = openai_beta
        self._timeout = _timeout_extension(timeout)
        self._urls: dict[str, httpx.URL] = {}

    def prepare(self, op: Operation, args: dict[str, Any], options: RequestOptions) -> PreparedRequest:
        """Validate the caller's arguments and form the request; raises ``InvalidParameterError``."""
        given = {name: value for name, value in args.items() if not isinstance(value, NotGiven)}
        by_python = op.by_python
        if op.body_kind == "json":
            for name, value in given.items():
                if isinstance(value, _CONTAINERS):
                    given[name] = _plain(value)
        if op.data_urls:
            _images_as_data_urls(op, given)
        op.validate({by_python[name].wire: value for name, value in given.items()})
        given_args = given
        decoder: BodyDecoder | None = None
        if op.decode:
            decoder = behaviour("decode", op.decode)
            added = decoder.wire_args(given)
            if added:
                given = {**given, **added}
            else:
                decoder = None
        path_args: dict[str, Any] = {}
        query: dict[str, Any] = dict(self._default_query)
        body: dict[str, Any] | None = {} if op.body_kind else None
        for name, value in given.items():
            param = by_python[name]
            if param.location == "path":
                if str(value) in _NOT_A_SEGMENT:
                    raise InvalidParameterError(
                        f"{op.operation_id}: invalid `{name}`: {value!r} is not a usable path segment",
                        param=name,
                        operation_id=op.operation_id,
                    )
                path_args[param.builder_name] = value
            elif param.location == "query":
                query[param.wire] = value
            elif body is not None:
                body[param.wire] = value
        for name in ("extra_query", "extra_body", "extra_headers"):
            check_mapping(getattr(options, name), param=name, operation_id=op.operation_id)
        query.update(options.extra_query or {})
        if options.extra_body:
            if body is None:
                raise InvalidParameterError(
                    f"{op.operation_id}: extra_body given, but {op.method} {op.path} takes no body",
                    param="extra_body",
                    operation_id=op.operation_id,
                )
            body.update(options.extra_body)
        replayable, rewind = file_parts(op, body) if op.body_kind == "multipart" and body else (True, [])
        built = op.build_request(**path_args, query=None, body=body)
        stream = bool(op.stream_model and given.get("stream"))

        headers = {
            "authorization": ("Authorization", f"Bearer {self._api_key}"),
            "user-agent": ("User-Agent", _USER_AGENT),
            "accept": ("Accept", "text/event-stream" if stream else "application/json"),
        }
        if op.beta and self._openai_beta:
            headers["openai-beta"] = ("OpenAI-Beta", self._openai_beta)
        content: bytes | None = None
        if built.get("json") is not None:
            content = msgspec.json.encode(built["json"])
            headers["content-type"] = ("Content-Type", "application/json")
        elif built.get("content") is not None:
            content = built["content"]
        extra_headers = options.extra_headers
        if extra_headers:
            check_headers(extra_headers, param="extra_headers", operation_id=op.operation_id)
        for source in (self._default_headers, extra_headers) if extra_headers else (self._default_headers,):
            _merge(headers, source)
        timeout = (
            self._timeout
            if isinstance(options.timeout, NotGiven)
            else _timeout_extension(check_timeout(options.timeout))
        )
        limits = self._limits(op, options) if stream else (None, None)
        first, idle = limits
        read = timeout["read"]
        body_read = idle if idle is not None and (read is None or idle < read) else read
        if first is not None and (timeout["read"] is None or first < timeout["read"]):
            # The wait for the answer (its headers) is part of the wait for the first chunk; the stream sets the
            # read timeout of its body itself (``wushuang._core.streaming.StreamLimits``).
            timeout = {**timeout, "read": first}
        return PreparedRequest(
            op=op,
            args=given_args,
            options=options,
            url=self._url(mode_prefixed(str(built["url"]), self._midjourney_mode)),
            params={k: v for k, v in query.items() if v is not None},
            headers=headers,
            content=content,
            files=built.get("files"),
            timeout=timeout,
            stream=stream,
            stream_limits=limits,
            body_read=body_read,
            decoder=decoder,
            replayable=replayable,
            rewind=rewind,
        )

    def _limits(self, op: Operation, options: RequestOptions) -> tuple[float | None, float | None]:
        """The call's first-chunk and idle limits: its own where given, else the client's."""
        first, idle = self._stream_limits
        if not isinstance(options.first_chunk_timeout, NotGiven):
            first = check_stream_limit(options.first_chunk_timeout, "first_chunk_timeout", op.operation_id)
        if not isinstance(options.stream_idle_timeout, NotGiven):
            idle = check_stream_limit(options.stream_idle_timeout, "stream_idle_timeout", op.operation_id)
        return first, idle

    def download(self, url: object) -> tuple[httpx.URL, dict[str, str], dict[str, float | None]]:
        """The URL, headers and timeout of a GET of ``url`` (``client.download``); raises ``InvalidParameterError``.

        The API key and the client's default headers go only to the relay's own origin (scheme, host and port of
        the base URL, such as its Midjourney image forward ``<base>/mj/image/<id>``); any other host gets the
        ``User-Agent`` alone. When the relay answers with a redirect to another host, httpx drops the key on the way
        but keeps the other headers.
        """
        try:
            target = httpx.URL(url) if isinstance(url, (str, httpx.URL)) else None
        except httpx.InvalidURL:
            target = None
        if target is None or target.scheme not in ("http", "https") or not target.host:
            shown = mask_userinfo(f"{url!r:.80}") if isinstance(url, str) else type(url).__name__
            raise InvalidParameterError(
                f"download: url must be an http:// or https:// URL with a host, got {shown}",
                param="url",
                operation_id="download",
            )
        base = self._url("")
        if _origin(target) != _origin(base):
            return target, {"User-Agent": _USER_AGENT}, self._timeout
        headers = {
            "authorization": ("Authorization", f"Bearer {self._api_key}"),
            "user-agent": ("User-Agent", _USER_AGENT),
        }
        _merge(headers, self._default_headers)
        return target, dict(headers.values()), self._timeout

    def _url(self, path: str) -> httpx.URL:
        """The parsed URL of a path: parsing is a large part of forming a request, and URLs repeat."""
        text = self._base_url + path
        url = self._urls.get(text)
        if url is None:
            if len(self._urls) >= _URL_CACHE_SIZE:
                self._urls.clear()  # paths with ids in them (files, runs) vary without bound
            url = self._urls[text] = httpx.URL(text)
        return url


def _origin(url: httpx.URL) -> tuple[str, str, int]:
    """Scheme, host and port, the default port written out (``http://relay:80`` is ``http://relay``)."""
    return url.scheme, url.host, url.port or (443 if url.scheme == "https" else 80)
