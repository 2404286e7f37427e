"""Tracing: every call of the SDK as an OpenTelemetry span with the GenAI attributes, printed as trees.

    python examples/tracing.py              # against the relay: set WUSHUANG_API_KEY
    python examples/tracing.py --emulator   # against the local emulator (needs `wushuang[testing]`)

Needs `wushuang[otel]` and `opentelemetry-sdk`. The application sets its tracer provider as it always does; every
client then traces with no option. Here the spans go to an in-memory exporter, printed at the end; in a service they
go to your collector (`OTLPSpanExporter`) or the console (`ConsoleSpanExporter`).
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from opentelemetry import trace
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

import wushuang
from wushuang.batch import run_batch

exporter = InMemorySpanExporter()
provider = TracerProvider()
provider.add_span_processor(SimpleSpanProcessor(exporter))
trace.set_tracer_provider(provider)

SHOWN = (
    "gen_ai.request.model",
    "gen_ai.response.finish_reasons",
    "gen_ai.usage.input_tokens",
    "gen_ai.usage.output_tokens",
    "gen_ai.response.time_to_first_chunk",
    "wushuang.cost_usd",
    "error.type",
)


@contextlib.contextmanager
def relay(use_emulator: bool) -> Iterator[None]:
    """Point WUSHUANG_BASE_URL / WUSHUANG_API_KEY at a local emulator when asked to."""
    if not use_emulator:
        yield
        return
    from wushuang.testing import Emulator

    with Emulator(api_key="sk-demo", auto_advance=2.0) as emulator:  # each task poll moves its clock 2 s on
        os.environ["WUSHUANG_BASE_URL"] = emulator.base_url
        os.environ["WUSHUANG_API_KEY"] = emulator.api_key
        yield


def show(title: str) -> None:
    """Print the spans finished since the last time, as trees (children under their parent), and forget them."""
    spans = sorted(exporter.get_finished_spans(), key=lambda span: span.start_time or 0)
    exporter.clear()
    ids = {span.context.span_id for span in spans}
    print(f"== {title}")

    def line(span: ReadableSpan, depth: int) -> None:
        attributes = span.attributes or {}
        shown = {
            name.rsplit(".", 1)[-1]: round(value, 6) if isinstance(value, float) else value
            for name in SHOWN
            if (value := attributes.get(name)) is not None
        }
        events = [event.name for event in span.events]
        extra = f" {json.dumps(shown, default=list)}" if shown else ""
        print(f"{'  ' * depth}{span.name}{extra}{f' events={events}' if events else ''}")
        for child in spans:
            if child.parent is not None and child.parent.span_id == span.context.span_id:
                line(child, depth + 1)

    for span in spans:
        if span.parent is None or span.parent.span_id not in ids:
            line(span, 1)


def main() -> None:
    with wushuang.Wushuang(track_spend=True) as client:
        client.chat.completions.create(
            model="gpt-4o-mini", messages=[{"role": "user", "content": "Say hello"}], max_tokens=8
        )
        show("a chat call (the price list is fetched once, inside the first billable call)")

        with client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "user", "content": "Tell me about the sea"}],
            max_tokens=12,
            stream=True,
            stream_options={"include_usage": True},
        ) as stream:
            for _ in stream:
                pass
        show("a stream (the span ends with the stream)")

        submitted = client.midjourney.submit.imagine(prompt="a lighthouse at dawn")
        client.midjourney.tasks.wait(str(submitted.result), timeout=120, interval=0.05)
        show("a Midjourney task")

    folder = Path(tempfile.mkdtemp(prefix="wushuang-tracing-"))
    lines = [
        {
            "custom_id": f"line-{n}",
            "method": "POST",
            "url": "/v1/chat/completions",
            "body": {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": f"Line {n}"}], "max_tokens": 4},
        }
        for n in (1, 2)
    ]
    (folder / "requests.jsonl").write_text("".join(json.dumps(each) + "\n" for each in lines))
    run_batch(folder / "requests.jsonl", folder / "results.jsonl", progress=False)
    show("a batch run")


if __name__ == "__main__":
    with relay("--emulator" in sys.argv[1:]):
        main()
