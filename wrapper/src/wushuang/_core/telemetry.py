"""Telemetry: an OpenTelemetry span and the GenAI metrics for every call, per the GenAI semantic conventions.

    from opentelemetry import trace
    from opentelemetry.sdk.trace import TracerProvider

    trace.set_tracer_provider(TracerProvider())   # the application's tracing, set up as it already is
    client = wushuang.Wushuang()                    # traces every call: nothing to pass

``Wushuang(telemetry=...)`` decides: ``True`` (the default) traces when the application has set a global tracer
provider or meter provider, ``False`` never does, and a ``wushuang.Telemetry(tracer_provider=...,
meter_provider=..., capture_content=...)`` traces with the providers given. The check is made per call, so a
client made at import time starts tracing once the application configures OpenTelemetry: while nothing has imported
``opentelemetry`` it is one dictionary look-up, and this module never imports it itself before a call is traced.
With tracing on, the call spans are made by a ``Middleware`` that the client puts first (outermost) in the call's
chain; without it, a call goes through exactly the middlewares it would otherwise.

The SDK's own compound operations (status polls, Midjourney tasks, batch runs) and your code can open spans that
the call spans nest under:

    telemetry = wushuang.telemetry_of(client)      # None when the client does not trace
    if telemetry is not None:
        with telemetry.span("my step", {"my.attribute": 1}) as span:
            client.chat.completions.create(...)       # its span is a child of "my step"
            telemetry.event("my.event", {"my.count": 2})
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Literal

from wushuang._version import __version__

if TYPE_CHECKING:
    from wushuang._core.middleware import Middleware

__all__ = ["CAPTURE_CONTENT_ENV", "Telemetry", "check_telemetry", "resolve", "telemetry_of"]

CAPTURE_CONTENT_ENV = "OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT"
_SCOPE = "wushuang"
_TRUE = frozenset({"true", "1", "yes", "on"})
# The API's modules holding the global providers (None until the application sets one).
_TRACE = "opentelemetry.trace"
_METRICS = "opentelemetry.metrics._internal"

AttributeValue = str | bool | int | float | Sequence[str] | Sequence[bool] | Sequence[int] | Sequence[float]
Attributes = Mapping[str, AttributeValue]
SpanKind = Literal["internal", "client", "producer", "consumer"]


class Telemetry:
    """Where a client's spans and metrics go, and whether message content is recorded.

    ``tracer_provider`` / ``meter_provider``: OpenTelemetry providers (default: the global ones, looked up when
    first needed). ``capture_content``: record the messages sent and received (``gen_ai.input.messages``,
    ``gen_ai.output.messages``); default: the ``OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT`` environment
    variable (``true`` turns it on). Never recorded: the API key, any header, file or audio bytes.

    Needs ``opentelemetry-api`` (``pip install 'wushuang[otel]'``): without it, making one raises ``ImportError``.
    """

    def __init__(
        self, *, tracer_provider: Any = None, meter_provider: Any = None, capture_content: bool | None = None
    ) -> None:
        if capture_content is not None and not isinstance(capture_content, bool):
            raise TypeError(f"capture_content must be True, False or None, got {capture_content!r}")
        _require_api()
        self._tracer_provider = tracer_provider
        self._meter_provider = meter_provider
        self._capture = capture_content
        self._lock = threading.Lock()
        self._tracer: Any = None
        self._instruments: Any = None
        self._calls: Middleware | None = None

    def __repr__(self) -> str:
        return f"Telemetry(capture_content={self.capture_content})"

    @property
    def capture_content(self) -> bool:
        """Whether message content is recorded (the option, else the environment variable)."""
        if self._capture is not None:
            return self._capture
        return os.environ.get(CAPTURE_CONTENT_ENV, "").strip().lower() in _TRUE

    @property
    def tracer(self) -> Any:
        """The OpenTelemetry ``Tracer`` the spans are made with (instrumentation scope ``wushuang``)."""
        if self._tracer is None:
            from opentelemetry import trace

            self._tracer = trace.get_tracer(_SCOPE, __version__, tracer_provider=self._tracer_provider)
        return self._tracer

    @property
    def instruments(self) -> Any:
        """The GenAI client histograms (``duration``, ``tokens``, ``first_chunk``, ``per_chunk``), made once."""
        if self._instruments is None:
            with self._lock:
                if self._instruments is None:
                    from wushuang._core.telemetry_calls import Instruments

                    self._instruments = Instruments(self._meter_provider)
        return self._instruments

    @property
    def middleware(self) -> Middleware:
        """The middleware that makes each call's span and metrics (the client puts it first when tracing)."""
        if self._calls is None:
            with self._lock:
                if self._calls is None:
                    from wushuang._core.telemetry_calls import CallSpans

                    self._calls = CallSpans(self)
        return self._calls

    @contextmanager
    def span(
        self,
        name: str,
        attributes: Attributes | None = None,
        *,
        kind: SpanKind = "internal",
        links: Sequence[Any] = (),
        start_time: int | None = None,
    ) -> Iterator[Any]:
        """A span named ``name``, current inside the ``with`` block (the calls made there are its children), ended
        when the block ends; an exception leaving the block is recorded on it with ``error.type`` and an error
        status. Yields the OpenTelemetry ``Span`` (``span.set_attribute``, ``span.get_span_context()`` to link to it
        later). ``links``: ``SpanContext`` objects of related spans (a Midjourney button's parent task).
        ``start_time``: when the span began, if before now (a Midjourney task's submit), in ns since the epoch."""
        from opentelemetry import trace

        span_kind = getattr(trace.SpanKind, kind.upper())
        made_links = [trace.Link(each) for each in links]
        with self.tracer.start_as_current_span(
            name, kind=span_kind, attributes=attributes, links=made_links, start_time=start_time, record_exception=True
        ) as span:
            try:
                yield span
            except BaseException as exc:
                span.set_attribute("error.type", type(exc).__qualname__)
                raise

    def event(self, name: str, attributes: Attributes | None = None) -> None:
        """Add an event to the current span (none: nothing happens)."""
        from opentelemetry import trace

        trace.get_current_span().add_event(name, attributes=attributes)


def _require_api() -> None:
    """Raise a clear ``ImportError`` when ``opentelemetry-api`` is not installed."""
    try:
        import opentelemetry.trace  # noqa: F401 - a Telemetry is made to be used: its API is loaded now
    except ImportError:
        raise ImportError("wushuang.Telemetry needs OpenTelemetry's API: pip install 'wushuang[otel]'") from None


def check_telemetry(value: object) -> bool | Telemetry:
    """The ``telemetry`` option checked: ``True``, ``False`` or a ``wushuang.Telemetry``."""
    if isinstance(value, bool | Telemetry):
        return value
    raise TypeError(f"telemetry must be True, False or a wushuang.Telemetry, got {type(value).__name__}")


_global_lock = threading.Lock()
_global: Telemetry | None = None


def resolve(setting: bool | Telemetry) -> Telemetry | None:
    """The telemetry a call of a client with option ``setting`` uses now, or None (the call is not traced).

    ``True`` follows the application's global OpenTelemetry set-up: traced once a global tracer or meter provider
    has been set (OpenTelemetry sets each at most once, so the answer is kept from then on). Until anything has
    imported ``opentelemetry``, this is a dictionary look-up.
    """
    if setting is True:
        if _global is not None:
            return _global
        if _TRACE not in sys.modules and _METRICS not in sys.modules:
            return None  # nothing has imported OpenTelemetry
        return _from_globals()
    return setting or None


def _from_globals() -> Telemetry | None:
    global _global
    if not (_provider_set(_TRACE, "_TRACER_PROVIDER") or _provider_set(_METRICS, "_METER_PROVIDER")):
        return None
    with _global_lock:
        if _global is None:
            _global = Telemetry()
    return _global


def _provider_set(module_name: str, variable: str) -> bool:
    """Whether the application has set this global provider: the API's module variable holding it is None until
    then (read directly: the API's getter also reads the environment on every call, several microseconds)."""
    module = sys.modules.get(module_name)
    return module is not None and getattr(module, variable, None) is not None


def telemetry_of(client: Any) -> Telemetry | None:
    """The telemetry ``client``'s calls use now (``Wushuang`` or ``AsyncWushuang``), or None when they are not
    traced: what the SDK's compound operations open their spans with."""
    telemetry: Telemetry | None = client.telemetry
    return telemetry
