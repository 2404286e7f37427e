"""Every exception the SDK raises, and the one place that maps an HTTP status to an exception.

Hierarchy::

    WushuangError
    ├── InvalidParameterError         an argument the spec does not allow (also a ValueError); nothing was sent
    ├── APIError                      a call to the API failed (openai's ``APIError``: request, body, code, param, type)
    │   ├── APIConnectionError            no usable response (connect / read / protocol failure, a redirect loop)
    │   │   ├── APITimeoutError
    │   │   └── APIStreamIncompleteError  an event stream that ended before ``[DONE]`` / ``event: done``
    │   ├── APIStatusError                a non-2xx response (or an error inside a 2xx event stream)
    │   │   ├── BadRequestError           400
    │   │   ├── AuthenticationError       401
    │   │   ├── PermissionDeniedError     403
    │   │   ├── NotFoundError             404
    │   │   │   └── EndpointNotSupportedError   501, or a 404 saying the server does not serve the route
    │   │   ├── ConflictError             409
    │   │   ├── UnprocessableEntityError  422
    │   │   ├── RateLimitError            429
    │   │   ├── InternalServerError       >= 500 (except 501)
    │   │   └── APIStreamError            an ``error`` payload or ``event: error`` inside an event stream
    │   └── APIResponseValidationError    a 2xx body that is not what the API promised
    │       └── APIResponseDecodingError      one that does not decode at all (not JSON, nested too deep, bad gzip)
    ├── PollTimeoutError              a poll helper's timeout passed before the object's status was final
    ├── LengthFinishReasonError       a structured answer cut at the token limit, so it cannot be parsed
    ├── ContentFilterFinishReasonError  a structured answer stopped by the content filter
    └── MidjourneyError               a Midjourney task that failed, needs a modal step, or timed out
        ├── MidjourneyTaskFailedError     (these four: ``wushuang.midjourney._errors``, exported by ``wushuang``)
        ├── MidjourneyModalRequiredError
        └── MidjourneyTimeoutError

Nothing foreign escapes a call or a download: ``httpx.TooManyRedirects`` is an ``APIConnectionError`` (no usable
response came), ``httpx.DecodingError`` (a corrupt gzip body) an ``APIResponseDecodingError`` (the server answered,
with a body that does not decode), as is JSON nested too deeply to decode (``RecursionError`` never escapes).

``EndpointNotSupportedError`` subclasses ``NotFoundError`` (not ``InternalServerError``) even for a 501:
"this relay has no such endpoint" is a not-found condition for the caller, and retrying it is pointless.

No message or ``repr`` contains request headers, and the request's bearer token (in any spelling) and URL
userinfo are scrubbed from any text taken from a response or an httpx error, and from ``body`` / ``error``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from wushuang._core.logging import _spellings, mask_userinfo, path_only, redact, redact_data

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseDecodingError",
    "APIResponseValidationError",
    "APIStatusError",
    "APIStreamError",
    "APIStreamIncompleteError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "ContentFilterFinishReasonError",
    "EndpointNotSupportedError",
    "ErrorInfo",
    "InternalServerError",
    "InvalidParameterError",
    "LengthFinishReasonError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
    "WushuangError",
    "body_error",
    "connection_error",
    "make_envelope_error",
    "make_status_error",
    "make_stream_error",
    "shorten",
]

# How much of a body goes into a message: enough to recognise a proxy's HTML page, not a wall of text.
BODY_EXCERPT_CHARS = 200

_WHITESPACE = re.compile(r"\s+")


def shorten(text: str, limit: int = BODY_EXCERPT_CHARS) -> str:
    """Collapse whitespace runs and cut ``text`` to ``limit`` characters, marking the cut with ``…``."""
    text = _WHITESPACE.sub(" ", text).strip()
    if len(text) > limit:
        return text[:limit] + "…"
    return text


def _request_of(response: httpx.Response) -> httpx.Request | None:
    """The request of ``response``, or None for a response built without one."""
    try:
        return response.request
    except RuntimeError:
        return None


class WushuangError(Exception):
    """Base class of every exception raised by the SDK.

    Every one survives ``copy.copy``, ``copy.deepcopy`` and pickling (so a worker process can raise it to its
    parent) with all its attributes; the ``httpx`` request and response it keeps are copied with the API key
    masked (see ``_pickled``), so the pickled bytes never carry it.
    """

    message: str

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __reduce__(self) -> tuple[Any, ...]:
        # Exception's own reduce calls ``cls(*args)``, which the keyword-only constructors here refuse.
        state = {name: _pickled(value) for name, value in self.__dict__.items()}
        return _rebuild, (type(self), self.args, state)


def _rebuild(cls: type[WushuangError], args: tuple[Any, ...], state: dict[str, Any]) -> WushuangError:
    """An error as ``WushuangError.__reduce__`` described it, its constructor not run again."""
    error = cls.__new__(cls, *args)
    error.args = args
    error.__dict__.update(state)
    return error


# Headers that carry a credential: masked, whatever their value, in a pickled request.
_SECRET_HEADERS = frozenset(
    {b"authorization", b"proxy-authorization", b"api-key", b"x-api-key", b"mj-api-secret", b"cookie"}
)


def _pickled(value: object) -> object:
    """``value`` as an error pickles it: an ``httpx`` request or response as a copy with the API key masked."""
    if isinstance(value, httpx.Request):
        return _masked_request(value, _secrets(value))
    if isinstance(value, httpx.Response):
        return _masked_response(value, _secrets(_request_of(value)))
    return value


def _secrets(request: httpx.Request | None) -> tuple[bytes, ...]:
    """The spellings of the request's key (every credential header's value, in every form ``redact`` knows)."""
    if request is None:
        return ()
    values = {value.decode("latin-1") for name, value in request.headers.raw if name.lower() in _SECRET_HEADERS}
    forms = set(values) | {value.partition(" ")[2].strip() for value in values}  # "Bearer sk-...": the token too
    found = {spelling for form in forms if len(form) >= 8 for spelling in _spellings(form)}
    return tuple(sorted((form.encode() for form in found), key=len, reverse=True))


def _masked(data: bytes, secrets: tuple[bytes, ...]) -> bytes:
    for secret in secrets:
        data = data.replace(secret, b"***")
    return data


def _masked_request(request: httpx.Request, secrets: tuple[bytes, ...]) -> httpx.Request:
    state = request.__getstate__()
    state["headers"] = httpx.Headers(
        [
            (name, b"***" if name.lower() in _SECRET_HEADERS else _masked(value, secrets))
            for name, value in request.headers.raw
        ]
    )
    state["url"] = httpx.URL(mask_userinfo(str(request.url)))
    if isinstance(state.get("_content"), bytes):
        state["_content"] = _masked(state["_content"], secrets)
    clone = httpx.Request.__new__(httpx.Request)
    clone.__setstate__(state)
    return clone


def _masked_response(response: httpx.Response, secrets: tuple[bytes, ...]) -> httpx.Response:
    state = response.__getstate__()
    if isinstance(state.get("_request"), httpx.Request):
        state["_request"] = _masked_request(state["_request"], secrets)
    if isinstance(state.get("next_request"), httpx.Request):
        state["next_request"] = _masked_request(state["next_request"], secrets)
    state["history"] = [_masked_response(earlier, secrets) for earlier in state.get("history", [])]
    state["headers"] = httpx.Headers([(name, _masked(value, secrets)) for name, value in response.headers.raw])
    if isinstance(state.get("_content"), bytes):
        state["_content"] = _masked(state["_content"], secrets)
    state.pop("_text", None)  # decoded again from the masked content when asked for
    if not isinstance(state.get("default_encoding"), str):
        state["default_encoding"] = "utf-8"  # a callable chooser may not pickle
    clone = httpx.Response.__new__(httpx.Response)
    clone.__setstate__(state)
    return clone


# --------------------------------------------------------------------------------------------------
# Invalid arguments


class InvalidParameterError(WushuangError, ValueError):
    """An argument the spec does not allow; raised before anything is sent.

    ``param`` is the argument's Python name (not its wire name), ``operation_id`` the operation called. A
    ``ValueError`` too, as Python's own functions raise for a bad argument value.
    """

    param: str
    operation_id: str

    def __init__(self, message: str, *, param: str, operation_id: str) -> None:
        super().__init__(message)
        self.param = param
        self.operation_id = operation_id


@dataclass(frozen=True, slots=True)
class ErrorInfo:
    """The error envelope of a response: ``{"error": {"message", "type", "param", "code"}}``.

    Midjourney relay errors (``{"description", "type", "code"}``) map ``description`` to ``message``.
    ``code`` is always a string or ``None`` (relays send numbers too).
    """

    message: str | None = None
    type: str | None = None
    param: str | None = None
    code: str | None = None


class APIError(WushuangError):
    """A call to the API failed: no usable answer, an error status, or an answer that is not what the API promised.

    The common base of ``APIConnectionError``, ``APIStatusError`` and ``APIResponseValidationError``, as in the
    official ``openai`` SDK, so that ``except wushuang.APIError`` catches every failure of the call itself (not
    ``InvalidParameterError``, which is raised before anything is sent). ``request`` is the ``httpx.Request`` when
    one was made; ``body`` the parsed error body (``None`` when there was none, or it was not JSON); ``code``,
    ``param`` and ``type`` come from the error envelope, when there was one.
    """

    request: httpx.Request | None = None
    body: object | None = None
    error: ErrorInfo | None = None

    @property
    def code(self) -> str | None:
        """The envelope's ``code`` (a string), if any."""
        return self.error.code if self.error else None

    @property
    def type(self) -> str | None:
        """The envelope's ``type``, if any."""
        return self.error.type if self.error else None

    @property
    def param(self) -> str | None:
        """The envelope's ``param``, if any."""
        return self.error.param if self.error else None


# --------------------------------------------------------------------------------------------------
# Structured answers that cannot be parsed


class LengthFinishReasonError(WushuangError):
    """A structured answer (``chat.completions.parse`` / ``stream``) ended at the token limit
    (``finish_reason: length``): its JSON is cut short, so it cannot be parsed.

    ``completion`` is the completion as received (its ``usage`` says how many tokens were spent); raise
    ``max_tokens``, or ask for less.
    """

    completion: Any

    def __init__(self, *, completion: Any) -> None:
        usage = getattr(completion, "usage", None)
        super().__init__(f"could not parse the answer: it reached the length limit (usage: {usage})")
        self.completion = completion


class ContentFilterFinishReasonError(WushuangError):
    """A structured answer (``chat.completions.parse`` / ``stream``) was stopped by the content filter
    (``finish_reason: content_filter``), so there is nothing to parse."""

    def __init__(self) -> None:
        super().__init__("could not parse the answer: the content filter stopped it")


# --------------------------------------------------------------------------------------------------
# Connection errors


class APIConnectionError(APIError):
    """The request got no usable response: the connection failed, broke, or the protocol was violated.

    The underlying ``httpx`` exception is kept as ``__cause__``, except when its own text quotes the API
    key (h11 quotes an illegal header value verbatim): then it is dropped so no traceback can show the key.
    """

    request: httpx.Request | None
    # True when the httpx exception's text contained the bearer token (see ``connection_error``).
    cause_is_sensitive: bool = False

    def __init__(self, message: str = "Connection error.", *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.request = request


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, write, read or waiting for a pooled connection)."""

    def __init__(self, message: str = "Request timed out.", *, request: httpx.Request | None = None) -> None:
        super().__init__(message, request=request)


class APIStreamIncompleteError(APIConnectionError):
    """An event stream ended cleanly (no transport error) before ``data: [DONE]`` (``event: done`` for a run).

    The official ``openai`` SDK ends such a stream silently, so a proxy that cuts an answer short hands the
    caller half a text as if it were whole. Some relays never send ``[DONE]`` at all, though, and their streams
    are complete. So the end of the body is judged once, from the last item: a chunk that carries a
    ``finish_reason`` or ``usage`` (what the last chunk of a chat or completion stream carries), or a final run
    event (``thread.run.completed``, ``failed``, ``cancelled``, ``expired``, ``incomplete``,
    ``requires_action``), ends the stream as well as ``[DONE]`` does; anything else raises this error after the
    chunks that did arrive. (With ``n > 1`` a cut right after one choice's last chunk passes for complete.)

    A subclass of ``APIConnectionError``: the answer is lost as if the connection had broken, and retrying
    the call is the remedy. ``response`` is the stream's response.
    """

    response: httpx.Response

    def __init__(self, message: str, *, response: httpx.Response) -> None:
        super().__init__(message, request=response.request)
        self.response = response


def connection_error(exc: Exception, request: httpx.Request | None = None) -> APIConnectionError:
    """Wrap an httpx transport error (or a redirect loop, an h11 protocol error) in ``APITimeoutError`` /
    ``APIConnectionError``.

    The caller raises the result ``from exc`` so the cause is preserved, unless ``cause_is_sensitive`` is
    set: then it raises it outside the ``except`` block with no cause or context. The message names the
    failure kind and its text with the bearer token scrubbed (h11 quotes illegal header values verbatim).
    """
    if request is None and isinstance(exc, httpx.RequestError):
        try:
            request = exc.request
        except RuntimeError:  # httpx raises this when the error was created without a request
            request = None
    text = str(exc)
    scrubbed = redact(text, request)
    detail = shorten(scrubbed)
    suffix = f" ({type(exc).__name__}: {detail})" if detail else f" ({type(exc).__name__})"
    error: APIConnectionError
    if isinstance(exc, httpx.TimeoutException):
        error = APITimeoutError("Request timed out." + suffix, request=request)
    else:
        error = APIConnectionError("Connection error." + suffix, request=request)
    error.cause_is_sensitive = scrubbed != text
    return error


# --------------------------------------------------------------------------------------------------
# Status errors


def _opt_str(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    try:
        return json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        return str(value)


def _parse_json(body: bytes, request: httpx.Request | None) -> object | None:
    """The JSON body with the bearer token scrubbed from every string in it (``None`` when not JSON)."""
    if not body:
        return None
    try:
        return redact_data(json.loads(body), request)
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        return None


def _error_info(parsed: object) -> ErrorInfo | None:
    """Find the error envelope in a parsed body, whatever shape the relay chose."""
    if not isinstance(parsed, Mapping):
        return None
    err = parsed.get("error")
    if isinstance(err, Mapping):
        return ErrorInfo(
            message=_opt_str(err.get("message")),
            type=_opt_str(err.get("type")),
            param=_opt_str(err.get("param")),
            code=_opt_str(err.get("code")),
        )
    if isinstance(err, str) and err:
        # Some relays answer {"error": "text", ...}.
        return ErrorInfo(message=err, type=_opt_str(parsed.get("type")), code=_opt_str(parsed.get("code")))
    if "description" in parsed:
        # Midjourney relay: {"description", "type", "code"}.
        return ErrorInfo(
            message=_opt_str(parsed.get("description")),
            type=_opt_str(parsed.get("type")),
            code=_opt_str(parsed.get("code")),
        )
    if isinstance(parsed.get("detail"), str):
        # FastAPI: {"detail": "..."}.
        return ErrorInfo(message=parsed["detail"])
    if "message" in parsed:
        return ErrorInfo(
            message=_opt_str(parsed.get("message")),
            type=_opt_str(parsed.get("type")),
            param=_opt_str(parsed.get("param")),
            code=_opt_str(parsed.get("code")),
        )
    return None


class APIStatusError(APIError):
    """The API answered with a non-2xx status.

    Attributes: ``status_code`` (of an error envelope a relay sent with ``200`` in place of an event stream: the
    status the envelope names, see ``make_envelope_error``); ``response`` (the ``httpx.Response``); ``body`` (the
    parsed JSON body, or ``None`` when it was not JSON); ``error`` (the parsed error envelope or ``None``);
    ``request_id`` (the ``x-request-id`` response header).
    """

    status_code: int
    response: httpx.Response
    body: object | None
    error: ErrorInfo | None
    request_id: str | None

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object | None = None,
        error: ErrorInfo | None = None,
    ) -> None:
        super().__init__(message)
        self.response = response
        self.request = _request_of(response)
        self.status_code = response.status_code
        self.body = body
        self.error = error
        self.request_id = response.headers.get("x-request-id")


class BadRequestError(APIStatusError):
    """HTTP 400: the request was refused as malformed (also Midjourney relay errors)."""


class AuthenticationError(APIStatusError):
    """HTTP 401: the API key is missing, wrong or revoked."""


class PermissionDeniedError(APIStatusError):
    """HTTP 403: the key may not use this resource or model."""


class NotFoundError(APIStatusError):
    """HTTP 404: no such resource."""


class EndpointNotSupportedError(NotFoundError):
    """The relay does not implement this endpoint (HTTP 501, or a 404 that says so).

    A subclass of ``NotFoundError`` even for 501, so ``except NotFoundError`` covers both ways a relay
    says "no such endpoint". ``method`` and ``path`` name the endpoint.
    """

    method: str
    path: str

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object | None = None,
        error: ErrorInfo | None = None,
        method: str = "",
        path: str = "",
    ) -> None:
        super().__init__(message, response=response, body=body, error=error)
        self.method = method
        self.path = path


class ConflictError(APIStatusError):
    """HTTP 409: conflicting concurrent change (retried by default)."""


class UnprocessableEntityError(APIStatusError):
    """HTTP 422: the request was well-formed but could not be processed."""


class RateLimitError(APIStatusError):
    """HTTP 429: rate limit or quota exceeded."""


class InternalServerError(APIStatusError):
    """HTTP >= 500 (except 501, see ``EndpointNotSupportedError``)."""


class APIStreamError(APIStatusError):
    """An event stream that started with a 2xx status carried an error (an ``error`` payload or
    ``event: error``), or came as an error envelope naming no status. ``status_code`` is the HTTP status."""


_STATUS_CLASSES: Mapping[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}

_NOT_IMPLEMENTED_CODES = frozenset({"api_not_implemented", "not_implemented"})
# OpenAI and the one-api / new-api relays answer an unknown route with "Invalid URL (POST /v1/...)"; gin's default
# 404 is the plain text "404 page not found"; Starlette's (so FastAPI's: LiteLLM, FakeAI, llama-cpp-python) is
# {"detail": "Not Found"}, and llmock's an error envelope saying "Not Found". A missing object is answered with a
# message of its own ("No such file: ...").
_UNKNOWN_ROUTE = re.compile(r"^\s*(invalid url\b|(404 page )?not found\s*$)", re.IGNORECASE)


def _is_not_implemented(status: int, info: ErrorInfo | None, text: str) -> bool:
    if status == 501:
        return True
    if status != 404:
        return False
    if info is not None:
        if info.code in _NOT_IMPLEMENTED_CODES or info.type in _NOT_IMPLEMENTED_CODES:
            return True
        return bool(info.message and _UNKNOWN_ROUTE.match(info.message))
    return bool(_UNKNOWN_ROUTE.match(text))


def make_status_error(response: httpx.Response, *, body: bytes, method: str, path: str) -> APIStatusError:
    """Map a non-2xx response to its exception. The single place that does so.

    ``body`` is the already-read response body. ``method`` and ``path`` (no query string) name the
    endpoint for ``EndpointNotSupportedError``. Never raises anything but returns the exception.
    """
    status = response.status_code
    request = _request_of(response)
    # Scrubbed before anything is taken from it: ``body``, the envelope and the message all come from this.
    parsed = _parse_json(body, request)
    info = _error_info(parsed)
    text = "" if parsed is not None else redact(body.decode("utf-8", "replace"), request)

    if info is not None and info.message:
        detail = info.message
    elif parsed is not None:
        detail = shorten(redact(json.dumps(parsed, ensure_ascii=False), request))
    else:
        detail = shorten(text)

    if _is_not_implemented(status, info, text):
        endpoint = f"{method.upper()} {path_only(path)}".strip()
        message = f"this relay does not implement {endpoint} (HTTP {status})"
        if detail:
            message += f": {detail}"
        return EndpointNotSupportedError(
            message, response=response, body=parsed, error=info, method=method.upper(), path=path_only(path)
        )

    message = f"Error code: {status} - {detail}" if detail else f"Error code: {status}"
    return _status_class(status)(message, response=response, body=parsed, error=info)


def _status_class(status: int) -> type[APIStatusError]:
    cls = _STATUS_CLASSES.get(status)
    if cls is None:
        cls = InternalServerError if status >= 500 else APIStatusError
    return cls


# The status an error envelope describes by its ``type`` or ``code`` (OpenAI's and Anthropic's names), for an
# envelope that came with a 2xx status.
_DESCRIBED_STATUS: Mapping[str, int] = {
    "invalid_request_error": 400,
    "invalid_api_key": 401,
    "authentication_error": 401,
    "permission_error": 403,
    "not_found_error": 404,
    "model_not_found": 404,
    "rate_limit_error": 429,
    "rate_limit_exceeded": 429,
    "insufficient_quota": 429,
    "server_error": 500,
    "api_error": 500,
    "overloaded_error": 529,
}


def _described_status(parsed: Mapping[str, Any], info: ErrorInfo) -> int | None:
    """The HTTP status an envelope names: a number in ``status`` / ``code`` (4xx, 5xx), else its code or type."""
    err = parsed.get("error")
    for holder in (err, parsed) if isinstance(err, Mapping) else (parsed,):
        for key in ("status", "status_code", "code"):
            value = holder.get(key)
            if isinstance(value, str) and len(value) == 3 and value.isascii() and value.isdigit():
                value = int(value)
            if isinstance(value, int) and not isinstance(value, bool) and 400 <= value <= 599:
                return value
    for name in (info.code, info.type):
        if name is not None and name in _DESCRIBED_STATUS:
            return _DESCRIBED_STATUS[name]
    return None


def make_envelope_error(response: httpx.Response, parsed: object, *, method: str, path: str) -> APIError | None:
    """The error a 2xx JSON body describes, or ``None`` when the body is no error envelope.

    A relay that fails a ``stream=True`` call sometimes answers ``200`` with an error envelope instead of an event
    stream. The exception is the class of the status the envelope names (``status`` / ``code`` numbers, else the
    OpenAI / Anthropic error ``type`` or ``code``: ``rate_limit_error`` is a ``RateLimitError``), and its
    ``status_code`` is that status; an envelope that names none is an ``APIStreamError`` with the real status. A body
    nested too deeply to read is an ``APIResponseDecodingError``.
    """
    if not isinstance(parsed, Mapping):
        return None
    request = _request_of(response)
    try:
        scrubbed: Mapping[str, Any] = redact_data(parsed, request)  # type: ignore[assignment]  # a mapping stays one
        info = _error_info(scrubbed)
        if info is None:
            return None
        detail = info.message or shorten(json.dumps(scrubbed, ensure_ascii=False))
    except RecursionError:  # too deep to tell whether it is an envelope: refused as undecodable
        return APIResponseDecodingError(
            f"the body of {method.upper()} {path_only(path)} is JSON nested too deeply to decode", response=response
        )
    status = _described_status(scrubbed, info)
    if status is None:
        message = f"Error in place of the event stream of {method.upper()} {path_only(path)}: {detail}"
        return APIStreamError(message, response=response, body=scrubbed, error=info)
    message = f"Error code: {status} - {detail} (sent with HTTP {response.status_code})"
    error = _status_class(status)(message, response=response, body=scrubbed, error=info)
    error.status_code = status
    return error


def make_stream_error(response: httpx.Response, data: str, *, method: str, path: str) -> APIStatusError:
    """Build the exception for an error reported inside an event stream (``data`` is the event data)."""
    if response.status_code >= 400:
        return make_status_error(response, body=data.encode(), method=method, path=path)
    request = _request_of(response)
    try:
        parsed: object | None = redact_data(json.loads(data), request)
    except (ValueError, RecursionError):
        parsed = None
    info = _error_info(parsed)
    if info is not None and info.message:
        detail = info.message
    else:
        detail = shorten(redact(data, request)) or "no details"
    message = f"Error in event stream of {method.upper()} {path_only(path)}: {detail}"
    return APIStreamError(message, response=response, body=parsed, error=info)


# --------------------------------------------------------------------------------------------------
# Response validation


class APIResponseValidationError(APIError):
    """A 2xx response whose body is not what the API promised (not JSON, wrong shape).

    The message includes a short cut of the offending text.
    """

    status_code: int
    response: httpx.Response

    def __init__(self, message: str, *, response: httpx.Response, body: bytes | str | None = None) -> None:
        request = _request_of(response)
        if body is not None:
            text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
            message = f"{message}: {shorten(redact(text, request))!r}"
        super().__init__(message)
        self.response = response
        self.request = request
        self.status_code = response.status_code


def body_error(exc: httpx.RequestError, response: httpx.Response) -> WushuangError:
    """The typed error for a failure while reading a 2xx response's body: a body that does not decode (corrupt
    gzip) is ``APIResponseDecodingError``, anything else a connection error (``connection_error``)."""
    if isinstance(exc, httpx.DecodingError):
        return APIResponseDecodingError(
            f"the response body could not be decoded ({shorten(str(exc))})", response=response
        )
    return connection_error(exc)


class PollTimeoutError(WushuangError):
    """A poll helper (``runs.poll``, ``files.wait_for_processing``, ...) gave up before the status was final.

    ``last`` is the object as last fetched (its ``status`` says where it stood).
    """

    def __init__(self, operation_id: str, *, timeout: float, last: Any) -> None:
        status = getattr(last, "status", None)
        name = getattr(last, "id", None) or "the object"
        super().__init__(f"{operation_id}: {name} was still {status!r} after {timeout:g} s")
        self.timeout = timeout
        self.last = last


class APIResponseDecodingError(APIResponseValidationError):
    """A 2xx body, or an event of a stream, that could not be decoded at all: not JSON, JSON nested too deeply to
    decode (``[[[...]]]`` 5,000 deep), or a ``Content-Encoding`` that does not decode (corrupt gzip).

    A subclass of ``APIResponseValidationError`` (the server answered, but not with what the API promised); a body
    that decodes but has the wrong shape raises ``APIResponseValidationError`` itself. An error status with such a
    body is still its status's error (``InternalServerError``, ...), with ``body`` ``None``.
    """


# Tracebacks and reprs name the module the errors are imported from (`wushuang.AuthenticationError`), which
# exports every public one (tests/test_public_api.py checks that).
for _error in list(globals().values()):
    if isinstance(_error, type) and issubclass(_error, WushuangError) and not _error.__name__.startswith("_"):
        _error.__module__ = "wushuang"
