"""Every exception the SDK raises, and the one place that maps an HTTP status to an exception.

Hierarchy::

    WushuangError
    ├── InvalidParameterError         an argument the spec does not allow (also a ValueError); nothing was sent
    ├── APIError                      a call to the API failed (openai's ``APIError``: request, body, code, param, type)
    │   ├── APIConnectionError            no usable response (connect / read / protocol failure, a redirect loop)
    │   │   ├── APITimeoutError
    │   │   └── APIStreamIncompleteError  an event stream that ended before its answer was whole
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
    │   │   ├── APIStreamError            an ``error`` payload or ``event: error`` inside an event stream
    │   │   └── GatewayError              a condition of the relay's gateway itself (new-api / one-api), each
    │   │       │                         also a subclass of its status class:
    │   │       ├── NoChannelError            no channel serves the model in the key's group (503; not retried)
    │   │       ├── ModelNotAllowedError      the key may not use the model (403)
    │   │       ├── UpstreamSaturatedError    the group's upstream is saturated (429; retried with backoff)
    │   │       ├── RequestLimitError         the key's own request-count limit (429; not retried)
    │   │       └── QuotaExhaustedError       the key's or the account's quota is spent (a 403; not retried)
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

Every error with a response has ``request_id``: the relay's ``X-Oneapi-Request-Id`` (new-api), else
``x-request-id``, else the `` (request id: ...)`` suffix new-api appends to its messages (``request_id_of``).

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
    "BillingError",
    "BudgetExceededError",
    "ConflictError",
    "ContentFilterFinishReasonError",
    "EndpointNotSupportedError",
    "ErrorInfo",
    "GatewayError",
    "InternalServerError",
    "InvalidParameterError",
    "LengthFinishReasonError",
    "ModelNotAllowedError",
    "NoChannelError",
    "NotFoundError",
    "PermissionDeniedError",
    "QuotaExhaustedError",
    "RateLimitError",
    "RequestLimitError",
    "UnprocessableEntityError",
    "UnreplayableBodyError",
    "UpstreamSaturatedError",
    "WushuangError",
    "body_error",
    "connection_error",
    "error_in_success",
    "gateway_class",
    "make_envelope_error",
    "make_status_error",
    "make_stream_error",
    "not_implemented",
    "parse_error_body",
    "request_id_of",
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


# new-api appends " (request id: <id>)" to the messages it writes (common.MessageWithRequestId).
_REQUEST_ID_SUFFIX = re.compile(r"\(request id: ([^\s()]+)\)\s*$")


def request_id_of(headers: Mapping[str, str], message: str | None = None) -> str | None:
    """The relay's id of a request: ``X-Oneapi-Request-Id`` (new-api and one-api), else ``x-request-id``
    (OpenAI), else the `` (request id: <id>)`` a new-api relay appends to ``message``; ``None`` when none says."""
    for name in ("x-oneapi-request-id", "x-request-id"):
        value = headers.get(name)
        if value and value.strip():
            return value.strip()
    if message:
        found = _REQUEST_ID_SUFFIX.search(message)
        if found:
            return found.group(1)
    return None


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
    ``param`` and ``type`` come from the error envelope, when there was one. ``retries`` is how many times the
    request was sent again before the call gave up with this error (0: it was sent once); the message ends with
    them ("(after 2 retries)").
    """

    request: httpx.Request | None = None
    body: object | None = None
    error: ErrorInfo | None = None
    retries: int = 0

    def __str__(self) -> str:
        text = super().__str__()
        return f"{text} (after {self.retries} {'retry' if self.retries == 1 else 'retries'})" if self.retries else text

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

    A stream that does end with ``[DONE]`` is judged too, where the operation's rule can tell (chat and
    completion chunks): a gateway that loses its upstream mid-answer may still write ``[DONE]`` (and a usage
    chunk), so a choice without its ``finish_reason`` (or no choice at all) raises this error all the same.

    A subclass of ``APIConnectionError``: the answer is lost as if the connection had broken, and retrying
    the call is the remedy. ``response`` is the stream's response; ``received`` the number of items that reached
    the caller; ``partial`` what arrived as the rule sums it up (for chat and completion chunks, a dict of each
    choice's index to its text so far), ``None`` when the rule does not.
    """

    response: httpx.Response
    request_id: str | None
    received: int
    partial: object

    def __init__(self, message: str, *, response: httpx.Response, received: int = 0, partial: object = None) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.request_id = request_id_of(response.headers)
        self.received = received
        self.partial = partial


#: The extension of a streamed request whose read timeout is its ``first_chunk_timeout``: a read timeout waiting for
#: the answer then names that limit.
FIRST_CHUNK_EXTENSION = "wushuang_first_chunk_timeout"


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
    limit = request.extensions.get(FIRST_CHUNK_EXTENSION) if request is not None else None
    if isinstance(exc, httpx.ReadTimeout) and limit is not None:
        message = f"Request timed out: first_chunk_timeout ({limit:g} s) passed before the answer." + suffix
        error = APITimeoutError(message, request=request)
    elif isinstance(exc, httpx.TimeoutException):
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
    ``request_id`` (the relay's ``X-Oneapi-Request-Id``, else ``x-request-id``, else the `` (request id: ...)``
    suffix of the message, see ``request_id_of``).
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
        self.request_id = request_id_of(response.headers, error.message if error else None)


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


# --------------------------------------------------------------------------------------------------
# The relay's own conditions (new-api / one-api gateways), recognised by the envelope's code, else by the message
# the gateway writes: in Chinese, or in English in builds that translate it.


class GatewayError(APIStatusError):
    """A condition of the relay's gateway itself, not of the model behind it; each subclass is also the class of its
    usual status (``NoChannelError`` is an ``InternalServerError``), so ``except RateLimitError`` still catches a
    saturated upstream.

    ``model`` is the model concerned (from the message, else from the request's JSON body) and ``group`` the key's
    group when the message names it; ``retryable`` says whether the retry policy tries the call again. The message
    keeps the relay's words (and its `` (request id: ...)``), followed by an English gloss in brackets.
    """

    retryable: bool = False
    #: The status the gateway answers this condition with, for one that came with a 2xx.
    usual_status: int = 500
    model: str | None
    group: str | None

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object | None = None,
        error: ErrorInfo | None = None,
        model: str | None = None,
        group: str | None = None,
    ) -> None:
        super().__init__(message, response=response, body=body, error=error)
        self.model = model
        self.group = group

    @classmethod
    def gloss(cls, model: str | None, group: str | None) -> str:
        """The English gloss of the condition, naming the model and group when known."""
        raise NotImplementedError


def _model_words(model: str | None, group: str | None) -> str:
    words = f"model {model}" if model else "the model"
    return f"{words} in group {group}" if group else words


class NoChannelError(GatewayError, InternalServerError):
    """HTTP 503 ``当前分组 {group} 下对于模型 {model} 无可用渠道``: no channel of the relay serves this model for the
    key's group. A fact of the relay's configuration, so it is not retried: use another model, or ask the relay's
    operator to route it."""

    usual_status = 503

    @classmethod
    def gloss(cls, model: str | None, group: str | None) -> str:
        return f"no channel serves {_model_words(model, group)}; retrying does not help"


class ModelNotAllowedError(GatewayError, PermissionDeniedError):
    """HTTP 403 ``该令牌无权访问模型 {model}``: the key's model list does not include this model."""

    usual_status = 403

    @classmethod
    def gloss(cls, model: str | None, group: str | None) -> str:
        return f"this key may not use {model or 'any model'}"


class UpstreamSaturatedError(GatewayError, RateLimitError):
    """HTTP 429 ``当前分组上游负载已饱和，请稍后再试``: the upstream of the key's group is saturated. The gateway
    rewrites every upstream 429 to this and sends no ``Retry-After``, so it is retried with exponential backoff."""

    retryable = True
    usual_status = 429

    @classmethod
    def gloss(cls, model: str | None, group: str | None) -> str:
        return f"the upstream serving {_model_words(model, group)} is saturated; try again later"


class RequestLimitError(GatewayError, RateLimitError):
    """HTTP 429 ``您已达到请求数限制：{minutes}分钟内最多请求{limit}次``: the key's own request-count limit.

    The window is minutes long, so it is not retried. ``limit`` and ``minutes`` are read from the message when it
    states them (``None`` otherwise)."""

    usual_status = 429
    limit: int | None = None
    minutes: int | None = None

    @classmethod
    def gloss(cls, model: str | None, group: str | None) -> str:
        return "this key reached its request-count limit; wait for its window to pass"


class QuotaExhaustedError(GatewayError, PermissionDeniedError):
    """The quota of the key or the account is spent (``insufficient_user_quota``, ``pre_consume_token_quota_failed``,
    ``该令牌额度已用尽``, the Midjourney code 4 ``quota_not_enough``). A ``PermissionDeniedError`` whatever status
    the relay sent (403 mostly; 401, 400 or 429 in places; ``status_code`` is the real one). Not retried: top up."""

    usual_status = 403

    @classmethod
    def gloss(cls, model: str | None, group: str | None) -> str:
        return "the quota of this key or account is used up; top it up"


_QUOTA_CODES = frozenset(
    {"insufficient_user_quota", "pre_consume_token_quota_failed", "quota_not_enough", "insufficient_quota"}
)
# In English only the gateway's identifiers: "upstream quota exhausted" under a rate-limit type is an upstream's 429.
_QUOTA_TEXT = re.compile(r"额度不足|额度已用尽|配额不足|余额不足|quota_not_enough|insufficient_user_quota")
_NO_CHANNEL_TEXT = re.compile(
    r"当前分组\s*(?P<group>\S+?)\s*下对于模型\s*(?P<model>\S+?)\s*(?:无可用渠道|没有配置支持该请求格式的渠道)"
    r"|分组\s*(?P<group2>\S+?)\s*下模型\s*(?P<model2>\S+?)\s*的可用渠道不存在"
    r"|no available channel for model (?P<model3>\S+) under group (?P<group3>\S+)",
    re.IGNORECASE,
)
_NOT_ALLOWED_TEXT = re.compile(
    r"该令牌无权访问(?:模型\s*(?P<model>\S+)|任何模型)"
    r"|(?:token|key) (?:has no (?:permission|access)|is not allowed|may not|cannot) (?:to )?(?:access |use )?"
    r"(?:the )?model (?P<model2>\S+)",
    re.IGNORECASE,
)
_REQUEST_LIMIT_TEXT = re.compile(
    r"您已达到(?:总)?请求数限制(?:[:：]\s*(?P<minutes>\d+)\s*分钟内最多请求\s*(?P<limit>\d+)\s*次)?"
    r"|reached the (?:total )?request(?: count)? limit(?:\D*?(?P<limit2>\d+) requests?\D*?(?P<minutes2>\d+) "
    r"minutes?)?",
    re.IGNORECASE,
)
_SATURATED_TEXT = re.compile(r"负载已饱和|(?:upstream )?load (?:is )?saturated", re.IGNORECASE)


def _named(match: re.Match[str], name: str) -> str | None:
    """The first group ``name``, ``name2``, ``name3`` ... that matched (each alternative has its own)."""
    for key, value in match.groupdict().items():
        if value and key.rstrip("0123456789") == name:
            return value.rstrip("，,。.;；")
    return None


def _request_model(response: httpx.Response) -> str | None:
    """The ``model`` of the request's JSON body, if it had one (a multipart or streamed body is not looked into)."""
    request = _request_of(response)
    if request is None or "json" not in request.headers.get("content-type", ""):
        return None
    try:
        sent = json.loads(request.content)
    except (httpx.RequestNotRead, ValueError, RecursionError):
        return None
    model = sent.get("model") if isinstance(sent, Mapping) else None
    return model if isinstance(model, str) else None


def gateway_class(status: int, info: ErrorInfo | None) -> tuple[type[GatewayError], re.Match[str] | None] | None:
    """The gateway condition an error envelope states, with the message's match (``None`` when it states none)."""
    if info is None:
        return None
    text = info.message or ""
    code = info.code or ""
    if code in _QUOTA_CODES or _QUOTA_TEXT.search(text):
        return QuotaExhaustedError, None
    if found := _NO_CHANNEL_TEXT.search(text):
        return NoChannelError, found
    if status == 503 and code == "model_not_found":
        return NoChannelError, None
    if found := _NOT_ALLOWED_TEXT.search(text):
        return ModelNotAllowedError, found
    if found := _REQUEST_LIMIT_TEXT.search(text):
        return RequestLimitError, found
    if status == 429 and code == "rate_limit_exceeded" and info.type == "new_api_error":
        return RequestLimitError, None
    if _SATURATED_TEXT.search(text):
        return UpstreamSaturatedError, None
    return None


def _gateway_error(
    found: tuple[type[GatewayError], re.Match[str] | None],
    message: str,
    response: httpx.Response,
    parsed: object | None,
    info: ErrorInfo,
) -> GatewayError:
    cls, match = found
    model = (_named(match, "model") if match else None) or _request_model(response)
    group = _named(match, "group") if match else None
    error = cls(
        f"{message} [{cls.gloss(model, group)}]", response=response, body=parsed, error=info, model=model, group=group
    )
    if isinstance(error, RequestLimitError) and match is not None:
        limit, minutes = _named(match, "limit"), _named(match, "minutes")
        error.limit = int(limit) if limit else None
        error.minutes = int(minutes) if minutes else None
    return error


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
    if info is not None and (info.code in _NOT_IMPLEMENTED_CODES or info.type in _NOT_IMPLEMENTED_CODES):
        return True  # new-api's `api_not_implemented`, whatever status it came with
    if status != 404:
        return False
    if info is not None:
        return bool(info.message and _UNKNOWN_ROUTE.match(info.message))
    return bool(_UNKNOWN_ROUTE.match(text))


def not_implemented(status: int, info: ErrorInfo | None) -> bool:
    """Whether a status and error envelope say the relay does not implement the endpoint (never worth retrying)."""
    return _is_not_implemented(status, info, "")


def parse_error_body(body: bytes, request: httpx.Request | None = None) -> tuple[object | None, ErrorInfo | None]:
    """The parsed JSON of an error body (the bearer token scrubbed; ``None`` when not JSON) and its envelope."""
    parsed = _parse_json(body, request)
    return parsed, _error_info(parsed)


def make_status_error(response: httpx.Response, *, body: bytes, method: str, path: str) -> APIStatusError:
    """Map a non-2xx response to its exception. The single place that does so.

    ``body`` is the already-read response body. ``method`` and ``path`` (no query string) name the
    endpoint for ``EndpointNotSupportedError``. Never raises anything but returns the exception.
    """
    status = response.status_code
    request = _request_of(response)
    # Scrubbed before anything is taken from it: ``body``, the envelope and the message all come from this.
    parsed, info = parse_error_body(body, request)
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
    found = gateway_class(status, info)
    if found is not None and info is not None:
        return _gateway_error(found, message, response, parsed, info)
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
    "insufficient_user_quota": 403,
    "pre_consume_token_quota_failed": 403,
    "api_not_implemented": 501,
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
    found = gateway_class(status or response.status_code, info)
    if status is None and found is not None:
        status = found[0].usual_status
    if status is None:
        message = f"Error in place of the answer of {method.upper()} {path_only(path)}: {detail}"
        return APIStreamError(message, response=response, body=scrubbed, error=info)
    message = f"Error code: {status} - {detail} (sent with HTTP {response.status_code})"
    if _is_not_implemented(status, info, ""):
        endpoint = f"{method.upper()} {path_only(path)}"
        error: APIStatusError = EndpointNotSupportedError(
            f"this relay does not implement {endpoint} (HTTP {response.status_code}): {detail}",
            response=response,
            body=scrubbed,
            error=info,
            method=method.upper(),
            path=path_only(path),
        )
    elif found is not None:
        error = _gateway_error(found, message, response, scrubbed, info)
    else:
        error = _status_class(status)(message, response=response, body=scrubbed, error=info)
    error.status_code = status
    return error


# Keys of an answer that is an object of the API, not an error envelope, though it may hold an ``error`` field
# (a failed fine-tuning job, a response, a batch).
_ANSWER_KEYS = frozenset({"id", "object", "choices", "data"})
# An error envelope is a few hundred bytes; a body far longer is an answer, not looked into.
_ENVELOPE_MAX = 64 * 1024


def error_in_success(response: httpx.Response, body: bytes, *, method: str, path: str) -> APIError | None:
    """The error a 2xx JSON body carries in place of the answer (``{"error": {...}}``, as new-api's billing routes
    answer with HTTP 200), or ``None`` when the body is no such envelope."""
    if len(body) > _ENVELOPE_MAX or b'"error"' not in body:
        return None  # the cheap tests first: this runs on every JSON answer
    try:
        parsed = json.loads(body)
    except (ValueError, RecursionError):
        return None
    if not isinstance(parsed, Mapping) or not parsed.get("error") or _ANSWER_KEYS & parsed.keys():
        return None
    return make_envelope_error(response, parsed, method=method, path=path)


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
    request_id: str | None

    def __init__(self, message: str, *, response: httpx.Response, body: bytes | str | None = None) -> None:
        request = _request_of(response)
        if body is not None:
            text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
            message = f"{message}: {shorten(redact(text, request))!r}"
        super().__init__(message)
        self.response = response
        self.request = request
        self.status_code = response.status_code
        self.request_id = request_id_of(response.headers)


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


class UnreplayableBodyError(APIError):
    """A body that can be sent only once (a file that cannot seek: a pipe, a socket, an object with only ``read``)
    had to be sent again after part of it was read, because the relay redirected the request (307 / 308).

    Sending on what is left of the file would hand the redirect's target part of it as if it were whole, so the
    call stops instead. Pass the file as bytes, a ``pathlib.Path`` or a seekable file (those are sent again from
    their start), or set ``base_url`` to where the relay redirects. ``argument`` names the file argument,
    ``operation_id`` the operation.
    """

    def __init__(self, message: str, *, argument: str, operation_id: str) -> None:
        super().__init__(message)
        self.argument = argument
        self.operation_id = operation_id


class BillingError(WushuangError):
    """A billing, usage, log or pricing route refused: ``message`` is the relay's own text (often Chinese)."""

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(f"the relay refused the billing query: {message}" if message else "the relay refused")
        self.message = message
        self.path = path


class BudgetExceededError(WushuangError):
    """A client's spend reached its ``budget_usd``: the call was refused before anything was sent.

    ``budget_usd`` is the budget, ``spent_usd`` the estimated spend so far (see ``wushuang.SpendTracker``).
    """

    def __init__(self, *, budget_usd: float, spent_usd: float, operation_id: str) -> None:
        super().__init__(
            f"budget of {budget_usd:.6g} USD reached ({spent_usd:.6g} USD spent): {operation_id} was not sent"
        )
        self.budget_usd = budget_usd
        self.spent_usd = spent_usd
        self.operation_id = operation_id


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
