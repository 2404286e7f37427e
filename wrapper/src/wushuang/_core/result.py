"""What a call returns, decided once for the sync and async clients: the typed result of a 2xx response.

A read JSON body that is an error envelope (``{"error": ...}`` with a 2xx status, as new-api's billing routes
answer) raises that error; any other is decoded once with the operation's msgspec model (and checked by its
``x-sdk.envelope``, if any: a Midjourney submit's result code); an event stream becomes a typed stream; a binary
body stays unread; a cursor list becomes a page that fetches the next one through the client. In the ``raw`` and
``streamed`` modes the response itself is returned, with that result one ``parse()`` away.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
import msgspec

from wushuang._core.behaviours import DEFAULT_STREAM, behaviour
from wushuang._core.clock import Clock
from wushuang._core.errors import APIResponseDecodingError, APIResponseValidationError, body_error, error_in_success
from wushuang._core.operation import Operation
from wushuang._core.release import start_closer
from wushuang._core.request import PreparedRequest
from wushuang._core.resource import Mode
from wushuang._core.response import check_body_complete

__all__ = ["Kinds", "next_page_args", "parse_body", "result"]


@dataclass(frozen=True, slots=True)
class Kinds:
    """The classes a client wraps its results in: the sync or the async family."""

    stream: type
    events: Callable[[], type]  # the stream of a run's named events, imported when first needed
    binary: type
    page: type
    streamed: type


def result(
    prepared: PreparedRequest,
    response: httpx.Response,
    retries: int,
    mode: Mode,
    kinds: Kinds,
    fetch_next: Callable[[str], Any],
    clock: Clock,
) -> Any:
    """The result of a call in ``mode``; ``fetch_next(cursor)`` gets the page of a list after ``cursor``; a stream's
    limits are read on ``clock``."""
    op = prepared.op
    if prepared.lazy or mode != "plain":
        start_closer()  # a result over an unread body: its finaliser may need the closer thread

    def parse() -> Any:
        if prepared.stream:
            from wushuang._core.streaming import StreamLimits

            stream = kinds.events() if op.stream_events else kinds.stream
            decode = op.decoder(op.stream_model)
            rule = behaviour("stream", op.stream_rule) if op.stream_rule else DEFAULT_STREAM
            first, idle = prepared.stream_limits
            limits = None if first is None and idle is None else StreamLimits(first, idle, clock, prepared.body_read)
            return stream(
                response, decode, method=op.method, path=op.path, events=op.stream_events, rule=rule, limits=limits
            )
        if op.response_kind == "binary":
            return kinds.binary(response)
        body = parse_body(op, response)
        if prepared.decoder is not None:
            try:
                prepared.decoder.decode(body)
            except ValueError as exc:
                message = f"{op.method} {op.path}: {exc}"
                raise APIResponseValidationError(message, response=response, body=response.content) from None
        return kinds.page(body, fetch_next, response) if op.paginate else body

    if mode == "plain":
        return parse()
    if mode == "raw":
        from wushuang._core.response import RawResponse

        return RawResponse(response, retries, parse)
    return kinds.streamed(response, retries, parse, needs_body=not prepared.lazy)


def parse_body(op: Operation, response: httpx.Response) -> Any:
    """The typed result of a read, non-streamed, non-binary response."""
    if op.response_kind == "empty":
        return None
    try:
        check_body_complete(response)
    except httpx.RequestError as exc:
        raise body_error(exc, response) from exc
    if op.response_kind == "json_or_text":
        media = response.headers.get("content-type", "").split(";")[0].strip().lower()
        if media != "application/json" and not media.endswith("+json"):
            return response.text
    error = error_in_success(response, response.content, method=op.method, path=op.path)
    if error is not None:
        raise error
    try:
        decoded = op.decoder(op.model)(response.content)
    except msgspec.ValidationError as exc:
        raise APIResponseValidationError(
            f"{op.method} {op.path}: the response does not match {op.model} ({exc})",
            response=response,
            body=response.content,
        ) from None
    except msgspec.DecodeError as exc:
        raise APIResponseDecodingError(
            f"{op.method} {op.path}: the response is not valid JSON ({exc})", response=response, body=response.content
        ) from None
    if op.envelope:
        behaviour("envelope", op.envelope).check(decoded)
    return decoded


def next_page_args(prepared: PreparedRequest, cursor: str) -> dict[str, Any]:
    """The arguments of the call for the page after ``cursor``: the same call, ``after`` moved, no ``before``."""
    args = {**prepared.args, "after": cursor}
    args.pop("before", None)
    return args
