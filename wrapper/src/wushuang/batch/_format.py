"""The batch file format: OpenAI's Batch API lines in, OpenAI's Batch API records out.

An input line is ``{"custom_id", "method", "url", "body"}``; ``url`` is an operation's path in the spec (with its
``/v1``), and ``body`` is checked the way a call's arguments are, so every problem of the file is known before the
first request is sent. An output record is ``{"id", "custom_id", "response", "error"}``: ``response`` is
``{"status_code", "request_id", "body"}`` or null when no response came, ``error`` is ``{"code", "message"}`` or null.
"""

from __future__ import annotations

import hashlib
import os
import uuid
from dataclasses import dataclass
from functools import cache
from typing import Any

import msgspec

from wushuang._core.errors import InvalidParameterError, WushuangError
from wushuang._core.model import loads
from wushuang._core.operation import Operation
from wushuang.batch._limits import estimate_tokens

__all__ = [
    "INVALID_REQUEST",
    "BatchInputError",
    "BatchLine",
    "BatchProblem",
    "InputFile",
    "error_record",
    "read_input",
    "record_from_response",
]

INVALID_REQUEST = "invalid_request"  # the error code of a line skipped as invalid (``skip_invalid``)
_SHOWN_PROBLEMS = 10  # problems listed in a BatchInputError's message
_FIELDS = ("custom_id", "method", "url", "body")


@dataclass(frozen=True, slots=True)
class BatchLine:
    """One valid input line, ready to send."""

    line_no: int  # 1-based
    custom_id: str
    method: str
    url: str
    body: dict[str, Any]
    operation: Operation
    estimated_tokens: int  # what the rate limiter counts before the response tells the real number


@dataclass(frozen=True, slots=True)
class BatchProblem:
    """An input line that cannot be sent: its 1-based number, its custom_id when it has one, and why."""

    line_no: int
    custom_id: str | None
    message: str

    def __str__(self) -> str:
        where = f"line {self.line_no}" + (f" (custom_id {self.custom_id!r})" if self.custom_id is not None else "")
        return f"{where}: {self.message}"


@dataclass(frozen=True, slots=True)
class InputFile:
    """A read input file: its valid lines, its problems and its fingerprint (sha256 of its bytes)."""

    lines: list[BatchLine]
    problems: list[BatchProblem]
    fingerprint: str


class BatchInputError(WushuangError, ValueError):
    """The input file has lines that cannot be sent; raised before anything is sent.

    ``problems`` lists every bad line; the message shows the first ones with their line numbers.
    """

    problems: list[BatchProblem]

    def __init__(self, problems: list[BatchProblem], *, path: str | os.PathLike[str] | None = None) -> None:
        shown = "\n".join(f"  {problem}" for problem in problems[:_SHOWN_PROBLEMS])
        more = f"\n  ... and {len(problems) - _SHOWN_PROBLEMS} more" if len(problems) > _SHOWN_PROBLEMS else ""
        source = f" in {os.fspath(path)}" if path is not None else ""
        super().__init__(f"{len(problems)} bad line(s){source}:\n{shown}{more}")
        self.problems = problems


@cache
def _operations() -> dict[tuple[str, str], Operation]:
    """The operations a batch line may name: a JSON body and JSON answer, no path parameter, by (method, path)."""
    from wushuang._core.operation import all_operations

    return {
        (op.method, op.path): op
        for op in all_operations().values()
        if op.body_kind == "json" and op.response_kind == "json" and "{" not in op.path
    }


def _parse_line(line_no: int, text: bytes) -> BatchLine | BatchProblem:
    try:
        data = loads(text)
    except msgspec.DecodeError as exc:  # malformed, or nested too deeply
        return BatchProblem(line_no, None, f"not JSON ({exc})")
    if not isinstance(data, dict):
        return BatchProblem(line_no, None, f"expected a JSON object, got {type(data).__name__}")
    custom_id = data.get("custom_id")
    if not isinstance(custom_id, str) or not custom_id:
        return BatchProblem(line_no, None, "custom_id must be a non-empty string")
    unknown = sorted(set(data) - set(_FIELDS))
    missing = [name for name in _FIELDS if name not in data]
    if unknown or missing:
        detail = "; ".join(
            part
            for part in (
                f"missing {', '.join(missing)}" if missing else "",
                f"unknown field(s) {', '.join(unknown)}" if unknown else "",
            )
            if part
        )
        return BatchProblem(line_no, custom_id, f"{detail} (a line is {{{', '.join(_FIELDS)}}})")
    method, url, body = data["method"], data["url"], data["body"]
    if not isinstance(method, str) or not isinstance(url, str):
        return BatchProblem(line_no, custom_id, "method and url must be strings")
    op = _operations().get((method.upper(), url))
    if op is None:
        return BatchProblem(line_no, custom_id, _unknown_url(method, url))
    if not isinstance(body, dict):
        return BatchProblem(line_no, custom_id, f"body must be a JSON object, got {type(body).__name__}")
    if body.get("stream"):
        return BatchProblem(line_no, custom_id, "stream=true is not supported in a batch (the output is one record)")
    try:
        op.validate(body)
    except InvalidParameterError as exc:
        return BatchProblem(line_no, custom_id, exc.message)
    return BatchLine(line_no, custom_id, op.method, url, body, op, estimate_tokens(body))


def _unknown_url(method: str, url: str) -> str:
    paths = sorted({path for _, path in _operations()})
    if not url.startswith("/v1/") and f"/v1{url}" in paths:
        return f"unknown url {url!r}: did you mean '/v1{url}'? (urls carry /v1, as in OpenAI's batch files)"
    methods = {m for m, path in _operations() if path == url}
    if methods:
        return f"{method} is not the method of {url} (expected {', '.join(sorted(methods))})"
    return f"unknown url {url!r}; a batch line may call: {', '.join(paths)}"


def read_input(path: str | os.PathLike[str]) -> InputFile:
    """Read and check an input file: every line parsed and validated, nothing sent.

    Blank lines are ignored. A custom_id seen on an earlier line makes the later line a problem.
    """
    digest = hashlib.sha256()
    lines: list[BatchLine] = []
    problems: list[BatchProblem] = []
    first_seen: dict[str, int] = {}
    with open(path, "rb") as handle:
        for line_no, raw in enumerate(handle, start=1):
            digest.update(raw)
            if not raw.strip():
                continue
            parsed = _parse_line(line_no, raw)
            custom_id = parsed.custom_id
            if custom_id is not None and custom_id in first_seen:
                problems.append(
                    BatchProblem(line_no, custom_id, f"duplicate custom_id (first on line {first_seen[custom_id]})")
                )
                continue
            if custom_id is not None:
                first_seen[custom_id] = line_no
            if isinstance(parsed, BatchLine):
                lines.append(parsed)
            else:
                problems.append(parsed)
    return InputFile(lines, problems, digest.hexdigest())


def _record_id() -> str:
    return f"batch_req_{uuid.uuid4().hex}"


def record_from_response(
    custom_id: str,
    status_code: int,
    request_id: str | None,
    body: object,
    error: tuple[str, str] | None = None,
) -> dict[str, Any]:
    """The output record of a line that got a response (``error``: its ``(code, message)`` when it failed)."""
    return {
        "id": _record_id(),
        "custom_id": custom_id,
        "response": {"status_code": status_code, "request_id": request_id, "body": body},
        "error": {"code": error[0], "message": error[1]} if error else None,
    }


def error_record(custom_id: str | None, code: str, message: str) -> dict[str, Any]:
    """The output record of a line that got no response: ``response`` is null (and ``custom_id`` too for a line
    that has none: not JSON, not an object, or without a valid custom_id)."""
    return {"id": _record_id(), "custom_id": custom_id, "response": None, "error": {"code": code, "message": message}}
