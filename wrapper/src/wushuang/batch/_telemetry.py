"""A batch run as a trace: one span for the run, one for each line, the line's call inside.

With telemetry on (``wushuang.telemetry_of(client)``):

- ``run batch`` (``run_span``) lasts the run; at its end its counts: ``wushuang.batch.lines`` (in the input),
  ``.succeeded``, ``.failed``, ``.skipped`` (invalid lines), ``.already_done`` (by an earlier run), ``.maybe_sent``,
  ``.tokens``; its settings ``wushuang.batch.concurrency`` (and ``.rpm``, ``.tpm`` when given). Each pause of the
  rate limiter (a 429, or rate-limit headers saying the window is spent) is an event ``wushuang.batch.pause``:
  ``wushuang.batch.pause_seconds``, the line's ``wushuang.batch.custom_id`` and ``http.response.status_code``.
- ``send batch_line`` (``line_span``) lasts one line: ``wushuang.batch.custom_id``, ``wushuang.batch.line`` (its
  1-based number in the input), ``http.response.status_code`` when it has a response, and for a failed line its
  error code (``RateLimitError``, ``invalid_request`` ...) as ``error.type``. Its call's span is its child (the
  wait for the rate limiter is within that call's attempts, before each is sent).

Off, the run and each line pay one look-up (``telemetry_of``), and nothing of OpenTelemetry is imported.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any

from wushuang._core.spans import ignore, mark_failed
from wushuang._core.telemetry import telemetry_of

if TYPE_CHECKING:
    from wushuang._core.telemetry import Telemetry
    from wushuang.batch._format import BatchLine
    from wushuang.batch._runner import BatchSummary

__all__ = ["line_ended", "line_span", "paused", "run_span"]

_CUSTOM_ID = "wushuang.batch.custom_id"
_STATUS_CODE = "http.response.status_code"
_RUN: ContextVar[Any] = ContextVar("wushuang_batch_run_span", default=None)


@contextmanager
def run_span(client: Any, settings: dict[str, Any]) -> Iterator[Callable[[BatchSummary], None]]:
    """Within: the span ``run batch`` (``settings``: concurrency, rpm, tpm); yields what to call with the summary
    at the end (a no-op when ``client`` does not trace)."""
    telemetry = telemetry_of(client)
    if telemetry is None:
        yield ignore
        return
    attributes = {f"wushuang.batch.{name}": value for name, value in settings.items() if value is not None}
    with telemetry.span("run batch", attributes) as span:

        def ended(summary: BatchSummary) -> None:
            span.set_attributes(
                {
                    "wushuang.batch.lines": summary.total,
                    "wushuang.batch.succeeded": summary.succeeded,
                    "wushuang.batch.failed": sum(summary.failed.values()),
                    "wushuang.batch.skipped": summary.skipped,
                    "wushuang.batch.already_done": summary.already_done,
                    "wushuang.batch.maybe_sent": summary.maybe_sent,
                    "wushuang.batch.tokens": summary.tokens,
                }
            )

        token = _RUN.set(span)
        try:
            yield ended
        finally:
            _RUN.reset(token)


def paused(seconds: float, custom_id: str, status_code: int) -> None:
    """The rate limiter pauses every start for ``seconds`` after the answer to ``custom_id``: an event of the run's
    span, if the run is traced."""
    span = _RUN.get()
    if span is not None:
        attributes = {"wushuang.batch.pause_seconds": seconds, _CUSTOM_ID: custom_id, _STATUS_CODE: status_code}
        span.add_event("wushuang.batch.pause", attributes)


@contextmanager
def line_span(telemetry: Telemetry, line: BatchLine) -> Iterator[Any]:
    """Within: the span ``send batch_line`` of ``line``, yielded."""
    with telemetry.span("send batch_line", {_CUSTOM_ID: line.custom_id, "wushuang.batch.line": line.line_no}) as span:
        yield span


def line_ended(span: Any, record: dict[str, Any]) -> None:
    """Set the outcome of a line (its output ``record``) on its span."""
    response = record["response"]
    if response is not None:
        span.set_attribute(_STATUS_CODE, response["status_code"])
    error = record["error"]
    if error is not None:
        mark_failed(span, error["code"], error["message"])
