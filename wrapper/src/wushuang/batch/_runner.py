"""Running a batch on one machine: every line of the input through an ``AsyncWushuang``, each result one line out.

``execute`` sends one line as a call of the client (validated, under its retry policy and middlewares, every
attempt paced by the rate limiter through a middleware of the runner's own) and turns whatever happens into an
output record. ``run_batch_async`` reads and checks the
whole input, opens the output as a checkpoint (the lines it holds are done), and runs the rest with ``concurrency``
requests in flight, journaling each request as started before it is sent.
"""

from __future__ import annotations

import asyncio
import inspect
import os
import sys
import time
import weakref
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TextIO

import httpx
import msgspec

from wushuang._core.behaviours import behaviour
from wushuang._core.errors import APIStatusError, BudgetExceededError, InvalidParameterError, WushuangError
from wushuang._core.middleware import AsyncSendNext, Attempt, Middleware
from wushuang._core.model import TOO_DEEP, loads
from wushuang._core.telemetry import telemetry_of
from wushuang._core.types import RequestOptions
from wushuang.batch import _telemetry as traced
from wushuang.batch._checkpoint import MAYBE_SENT, UNNAMED, Checkpoint
from wushuang.batch._format import (
    INVALID_REQUEST,
    BatchInputError,
    BatchLine,
    InputFile,
    error_record,
    read_input,
    record_from_response,
)
from wushuang.batch._limits import Limiter, RateLimiter, pause_for

if TYPE_CHECKING:
    from wushuang._core.client import AsyncWushuang

__all__ = ["BatchSummary", "execute", "run_batch", "run_batch_async"]

_PROGRESS_INTERVAL = 0.25  # seconds between redraws of the progress bar


@dataclass
class BatchSummary:
    """What one run did. Counts are of this run; ``already_done`` lines had their result from an earlier run.

    ``failed`` counts failed lines by error code: the SDK's exception name (``RateLimitError``,
    ``APIConnectionError``, ...); ``skipped`` invalid lines (``skip_invalid``: each has an ``invalid_request`` record
    when it has a custom_id of its own); ``maybe_sent`` lines found started
    without a result, written as ``maybe_sent`` records; ``resent`` such lines sent again (``resend``);
    ``failed_before`` lines whose record from an earlier run is an error. ``ok``: every line has a success.
    """

    total: int = 0
    succeeded: int = 0
    failed: dict[str, int] = field(default_factory=dict)
    skipped: int = 0
    maybe_sent: int = 0
    resent: int = 0
    already_done: int = 0
    failed_before: int = 0
    tokens: int = 0
    requests: int = 0
    elapsed: float = 0.0
    spent_usd: float | None = None  # the estimated spend of this run, when the client tracks spend

    def count(self, code: str | None, tokens: int) -> None:
        """Count one line's outcome: its error code (None: it succeeded, using ``tokens``)."""
        if code == MAYBE_SENT:
            self.maybe_sent += 1
            return
        self.requests += 1
        if code:
            self.failed[code] = self.failed.get(code, 0) + 1
        else:
            self.succeeded += 1
            self.tokens += tokens

    @property
    def requests_per_second(self) -> float:
        """Requests sent by this run per second of it."""
        return self.requests / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def ok(self) -> bool:
        """Whether the output holds a success for every line: none failed, skipped or left as ``maybe_sent``, in
        this run or an earlier one (``failed_before``)."""
        return not (self.failed or self.skipped or self.maybe_sent or self.failed_before)

    def __str__(self) -> str:
        failed = sum(self.failed.values())
        kinds = ", ".join(f"{code} {count}" for code, count in sorted(self.failed.items()))
        parts = [
            f"{self.succeeded} succeeded",
            f"{failed} failed" + (f" ({kinds})" if kinds else ""),
            f"{self.skipped} skipped as invalid" if self.skipped else "",
            f"{self.maybe_sent} maybe sent (not sent again)" if self.maybe_sent else "",
            f"{self.resent} sent again" if self.resent else "",
            f"{self.already_done} already done"
            + (f" ({self.failed_before} of them failed)" if self.failed_before else "")
            if self.already_done
            else "",
        ]
        return (
            f"{self.total} lines: " + ", ".join(part for part in parts if part) + f"; {self.tokens:,} tokens, "
            f"{self.elapsed:.1f} s, {self.requests_per_second:.1f} requests/s"
            + (f", {self.spent_usd:.6f} USD spent (estimated)" if self.spent_usd is not None else "")
        )


@dataclass(frozen=True, slots=True)
class _Line:
    """The line a call of ``execute`` is sending, as the pacing middleware sees it."""

    custom_id: str
    tokens: int
    limiter: Limiter
    on_start: Callable[[str], object] | None


_LINE: ContextVar[_Line | None] = ContextVar("wushuang_batch_line", default=None)


class _Pacing(Middleware):
    """Every attempt of a batch line waits for the line's limiter, and shows it the answer.

    The first attempt takes the line's estimated tokens and is journaled as started (``on_start``) just before it
    goes out; a retry counts as a request (its tokens were counted once). A 429 or spent rate-limit headers pause
    the limiter. Calls of the client outside ``execute`` pass through.
    """

    async def asend(self, attempt: Attempt, call_next: AsyncSendNext) -> httpx.Response:
        line = _LINE.get()
        if line is None:
            return await call_next(attempt.request)
        await line.limiter.acquire(0 if attempt.number else line.tokens)
        if attempt.number == 0 and line.on_start is not None:
            started = line.on_start(line.custom_id)
            if inspect.isawaitable(started):
                await started
        response = await call_next(attempt.request)
        seconds = pause_for(response.status_code, response.headers)
        if seconds:
            line.limiter.pause(seconds)
            traced.paused(seconds, line.custom_id, response.status_code)
        return response


_PACING = _Pacing()
# Each client's copy with the pacing middleware, made once (a copy shares the client's connection pool).
_PACED: weakref.WeakKeyDictionary[AsyncWushuang, AsyncWushuang] = weakref.WeakKeyDictionary()


def _paced(client: AsyncWushuang) -> AsyncWushuang:
    paced = _PACED.get(client)
    if paced is None:
        paced = _PACED[client] = client.with_options(middleware=[*client.middleware, _PACING])
    return paced


def _call_args(line: BatchLine) -> tuple[dict[str, Any], RequestOptions]:
    """A line's body as a call's arguments (by Python name), fields the spec does not name as ``extra_body``."""
    by_wire = line.operation.by_wire
    args: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for key, value in line.body.items():
        param = by_wire.get(key)
        if param is not None and param.location == "body":
            args[param.python] = value
        else:
            extra[key] = value
    return args, RequestOptions(extra_body=extra or None)


# More tokens than any request spends: a larger (or negative) ``usage`` is no count, and would stall the limiter.
_MAX_REQUEST_TOKENS = 100_000_000


def _total_tokens(body: object) -> int | None:
    usage = body.get("usage") if isinstance(body, dict) else None
    total = usage.get("total_tokens") if isinstance(usage, dict) else None
    usable = isinstance(total, int) and not isinstance(total, bool) and 0 <= total <= _MAX_REQUEST_TOKENS
    return total if usable else None


async def execute(
    client: AsyncWushuang,
    line: BatchLine,
    limiter: Limiter,
    *,
    on_start: Callable[[str], object] | None = None,
) -> dict[str, Any]:
    """Send one line and return its output record; failures become error records, never exceptions.

    Waits for ``limiter`` before the first attempt and before each retry (the client's retry policy), and calls
    ``on_start(custom_id)`` (awaited when it returns an awaitable) just before the first attempt is sent. A 429 or
    spent rate-limit headers pause ``limiter``; the response's ``usage`` corrects its token count. When the client
    traces, the line is a span (``send batch_line``) with its call's span inside.
    """
    telemetry = telemetry_of(client)
    if telemetry is None:
        return await _execute(client, line, limiter, on_start)
    with traced.line_span(telemetry, line) as span:
        record = await _execute(client, line, limiter, on_start)
        traced.line_ended(span, record)
        return record


async def _execute(
    client: AsyncWushuang, line: BatchLine, limiter: Limiter, on_start: Callable[[str], object] | None
) -> dict[str, Any]:
    from wushuang._core.client import call_operation

    op = line.operation
    args, options = _call_args(line)
    token = _LINE.set(_Line(line.custom_id, line.estimated_tokens, limiter, on_start))
    try:
        raw = await call_operation(_paced(client), op, args, options)
    except InvalidParameterError as exc:
        return error_record(line.custom_id, INVALID_REQUEST, exc.message)
    except APIStatusError as exc:
        return record_from_response(
            line.custom_id, exc.status_code, exc.request_id, exc.body, (type(exc).__name__, exc.message)
        )
    except BudgetExceededError:
        raise  # the run stops: the lines not yet sent stay undone, for a run with a larger budget
    except WushuangError as exc:
        return error_record(line.custom_id, type(exc).__name__, exc.message)
    finally:
        _LINE.reset(token)
    response = raw.http_response
    request_id = raw.request_id
    try:
        body = loads(response.content)
    except msgspec.DecodeError as exc:
        message = f"{op.method} {op.path}: the response body is not valid JSON ({exc})"
        text = response.content.decode("utf-8", "replace")
        return record_from_response(
            line.custom_id, response.status_code, request_id, text, ("APIResponseDecodingError", message)
        )
    decoder = behaviour("decode", op.decode) if op.decode else None
    if decoder is not None and decoder.wire_args(args):  # the SDK asked for this wire format on the line's behalf
        try:
            decoder.decode(body)
        except ValueError as exc:
            error = ("APIResponseValidationError", f"{op.method} {op.path}: {exc}")
            return record_from_response(line.custom_id, response.status_code, request_id, body, error)
    actual = _total_tokens(body)
    if actual is not None:
        limiter.correct(line.estimated_tokens, actual)
    return record_from_response(line.custom_id, response.status_code, request_id, body)


def _too_deep_to_record(record: dict[str, Any]) -> dict[str, Any]:
    """``record`` without its response body (nested too deeply to encode), as the line's decoding error: the relay
    did answer, so the line is done, not ``maybe_sent``."""
    response = record["response"]
    message = f"the response body could not be recorded: {TOO_DEEP}"
    error = ("APIResponseDecodingError", message)
    return record_from_response(record["custom_id"], response["status_code"], response["request_id"], None, error)


class _Progress:
    """A one-line progress bar on a stream: lines done of the total, rate, ETA and tokens."""

    def __init__(self, total: int, stream: TextIO) -> None:
        self.total = total
        self.done = 0
        self.tokens = 0
        self.spent_usd: float | None = None
        self._stream = stream
        self._started = time.monotonic()
        self._width = 0

    def draw(self, *, final: bool = False) -> None:
        elapsed = time.monotonic() - self._started
        rate = self.done / elapsed if elapsed > 0 else 0.0
        left = self.total - self.done
        eta = f"{int(left / rate) // 60}:{int(left / rate) % 60:02d}" if rate > 0 else "-:--"
        percent = 100 * self.done // self.total if self.total else 100
        text = f"{self.done}/{self.total} {percent:3d}% | {rate:.1f} req/s | ETA {eta} | {self.tokens:,} tokens"
        if self.spent_usd is not None:
            text += f" | {self.spent_usd:.4f} USD"
        self._width = max(self._width, len(text))  # spaces over what a longer line before left
        self._stream.write("\r" + text.ljust(self._width) + ("\n" if final else ""))
        self._stream.flush()

    async def run(self) -> None:
        while True:
            self.draw()
            await asyncio.sleep(_PROGRESS_INTERVAL)


def plan(
    source: InputFile, done: set[str], maybe_sent: set[str], failed: set[str], *, resend: bool
) -> tuple[BatchSummary, list[dict[str, Any]], list[BatchLine]]:
    """Where a run starts, given what its output holds (``Checkpoint``'s ``done``, ``maybe_sent`` and ``failed``):
    the summary so far, one error record for each skipped custom_id that is not a valid line's and has none yet
    (and one for each line without a custom_id, on the first run: they are written before anything else), and
    the lines left to send."""
    valid = {line.custom_id for line in source.lines}
    invalid = {p.custom_id or UNNAMED for p in source.problems if p.custom_id not in valid}
    summary = BatchSummary(
        total=len(source.lines) + len(source.problems),
        maybe_sent=0 if resend else len(maybe_sent),
        resent=len(maybe_sent) if resend else 0,
        skipped=len(source.problems),
        failed_before=len(failed - invalid),
    )
    summary.already_done = len(done - invalid) - summary.maybe_sent  # skipped lines are counted as skipped
    skipped: dict[str, dict[str, Any]] = {}
    unnamed: list[dict[str, Any]] = []
    for problem in source.problems:
        if problem.custom_id is None:
            if UNNAMED not in done:
                unnamed.append(error_record(None, INVALID_REQUEST, str(problem)))
        elif problem.custom_id in invalid and problem.custom_id not in done and problem.custom_id not in skipped:
            skipped[problem.custom_id] = error_record(problem.custom_id, INVALID_REQUEST, str(problem))
    return summary, [*unnamed, *skipped.values()], [line for line in source.lines if line.custom_id not in done]


def _check_concurrency(concurrency: object) -> int:
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise ValueError(f"concurrency must be an int >= 1, got {concurrency!r}")
    return concurrency


async def run_batch_async(
    input_path: str | os.PathLike[str],
    output_path: str | os.PathLike[str],
    *,
    client: AsyncWushuang | None = None,
    concurrency: int = 64,
    rpm: float | None = None,
    tpm: float | None = None,
    resend: bool = False,
    skip_invalid: bool = False,
    progress: bool | None = None,
) -> BatchSummary:
    """Run the batch file ``input_path`` (OpenAI Batch API lines) into ``output_path``, resuming what it holds.

    The whole input is checked first: bad lines raise ``BatchInputError`` (listing them with their line numbers)
    before anything is sent, unless ``skip_invalid`` (then each gets an ``invalid_request`` error record). The
    output is the checkpoint: run again with the same arguments after any stop, the remaining lines are done;
    a line started but without a result gets a ``maybe_sent`` error record unless ``resend``. An output of
    another input raises ``BatchOutputError``. ``concurrency`` requests are in flight at most, starting at most
    ``rpm`` requests and ``tpm`` tokens a minute. ``client`` defaults to ``AsyncWushuang()`` (from the
    environment), closed at the end. ``progress``: a progress bar on stderr (None: when stderr is a terminal).
    """
    started = time.monotonic()
    concurrency = _check_concurrency(concurrency)
    limiter = RateLimiter(rpm, tpm)
    source = read_input(input_path)
    if source.problems and not skip_invalid:
        raise BatchInputError(source.problems, path=input_path)
    own_client = client is None
    if client is None:
        from wushuang._core.client import AsyncWushuang

        client = AsyncWushuang()
    try:
        arguments = {"concurrency": concurrency, "rpm": rpm, "tpm": tpm, "resend": resend, "skip_invalid": skip_invalid}
        with (
            traced.run_span(client, {"concurrency": concurrency, "rpm": rpm, "tpm": tpm}) as ended,
            Checkpoint.open(output_path, source.fingerprint, resend=resend, arguments=arguments) as checkpoint,
        ):
            summary, skipped, todo = plan(
                source, checkpoint.done, checkpoint.maybe_sent, checkpoint.failed, resend=resend
            )
            try:
                for record in skipped:
                    checkpoint.write(record)
                show = sys.stderr.isatty() if progress is None else progress
                await _run(client, todo, limiter, checkpoint, summary, concurrency=concurrency, progress=show)
            finally:
                ended(summary)
    finally:
        if own_client:
            await client.close()
    summary.elapsed = time.monotonic() - started
    return summary


async def _run(
    client: AsyncWushuang,
    todo: list[BatchLine],
    limiter: Limiter,
    checkpoint: Checkpoint,
    summary: BatchSummary,
    *,
    concurrency: int,
    progress: bool,
) -> None:
    """Send ``todo`` with ``concurrency`` requests in flight, writing each record and counting it in ``summary``."""
    bar = _Progress(len(todo), sys.stderr) if progress else None
    lines = iter(todo)
    spend = client.spend
    spent_before = spend.total_usd if spend is not None else 0.0

    async def worker() -> None:
        for line in lines:  # one iterator shared by the workers: each line is taken once
            record = await execute(client, line, limiter, on_start=checkpoint.mark_started)
            try:
                checkpoint.write(record)
            except RecursionError:  # a body that decoded but is nested too deeply to write back: its error instead
                record = _too_deep_to_record(record)
                checkpoint.write(record)
            error = record["error"]
            summary.count(error and error["code"], 0 if error else _total_tokens(record["response"]["body"]) or 0)
            if spend is not None:
                summary.spent_usd = spend.total_usd - spent_before
            if bar is not None:
                bar.done += 1
                bar.tokens = summary.tokens
                bar.spent_usd = summary.spent_usd

    drawing = asyncio.create_task(bar.run()) if bar is not None else None
    try:
        async with asyncio.TaskGroup() as group:
            for _ in range(min(concurrency, len(todo))):
                group.create_task(worker())
    except ExceptionGroup as errors:  # a worker stopped the run (the disk is full, ...): its error, not a group
        raise errors.exceptions[0] from None
    finally:
        if drawing is not None and bar is not None:
            drawing.cancel()
            bar.draw(final=True)


def run_batch(
    input_path: str | os.PathLike[str],
    output_path: str | os.PathLike[str],
    *,
    concurrency: int = 64,
    rpm: float | None = None,
    tpm: float | None = None,
    resend: bool = False,
    skip_invalid: bool = False,
    progress: bool | None = None,
) -> BatchSummary:
    """``run_batch_async`` in a new event loop, with an ``AsyncWushuang()`` configured from the environment."""
    return asyncio.run(
        run_batch_async(
            input_path,
            output_path,
            concurrency=concurrency,
            rpm=rpm,
            tpm=tpm,
            resend=resend,
            skip_invalid=skip_invalid,
            progress=progress,
        )
    )
