"""Operations of many calls as traces: status polls, Midjourney tasks and button presses, batch runs.

Each test traces through its own ``TracerProvider`` (given to the client as ``wushuang.Telemetry``) into an
``InMemorySpanExporter``, and checks span names, the tree (which span is whose child), attributes, events and links.
Waits run on the emulator's clock (a poll's pause lets task time pass) or on a ``FakeTime``: nothing sleeps.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import StatusCode

import wushuang
from wushuang import Wushuang
from wushuang.testing import Emulator


class Traces:
    """The spans one test's provider exported, and ways to look at them."""

    def __init__(self) -> None:
        self.exporter = InMemorySpanExporter()
        self.provider = TracerProvider()
        self.provider.add_span_processor(SimpleSpanProcessor(self.exporter))
        self.telemetry = wushuang.Telemetry(tracer_provider=self.provider)

    @property
    def spans(self) -> list[ReadableSpan]:
        return list(self.exporter.get_finished_spans())

    def named(self, name: str) -> list[ReadableSpan]:
        return [span for span in self.spans if span.name == name]

    def one(self, name: str) -> ReadableSpan:
        (span,) = self.named(name)
        return span

    def children(self, parent: ReadableSpan) -> list[ReadableSpan]:
        """The spans whose parent is ``parent``, in the order they started."""
        assert parent.context is not None
        found = [s for s in self.spans if s.parent is not None and s.parent.span_id == parent.context.span_id]
        return sorted(found, key=lambda span: span.start_time or 0)

    def tree(self, root: ReadableSpan, depth: int = 0) -> list[str]:
        """``root`` and its descendants, one indented name a line (as docs/telemetry.md shows them)."""
        lines = ["  " * depth + root.name]
        for child in self.children(root):
            lines += self.tree(child, depth + 1)
        return lines


@pytest.fixture
def traces() -> Iterator[Traces]:
    traces = Traces()
    yield traces
    traces.provider.shutdown()


def events(span: ReadableSpan, name: str) -> list[dict[str, Any]]:
    return [dict(event.attributes or {}) for event in span.events if event.name == name]


def attrs(span: ReadableSpan) -> dict[str, Any]:
    return dict(span.attributes or {})


# ---------------------------------------------------------------------------------------------- status polls
def test_a_run_created_and_polled_is_one_span_with_the_create_and_every_fetch_inside(
    emu: Emulator, traces: Traces
) -> None:
    emu.clock.auto_advance = 1  # each fetch of the run lets a second pass
    with Wushuang(
        api_key=emu.api_key, base_url=emu.base_url, max_retries=0, clock=emu.clock, telemetry=traces.telemetry
    ) as client:
        assistant = client.beta.assistants.create(model="gpt-4")
        thread = client.beta.threads.create(messages=[{"role": "user", "content": "Hello."}])
        run = client.beta.threads.runs.create_and_poll(
            thread.id, assistant_id=assistant.id, poll_interval=0.5, poll_timeout=30
        )
    assert run.status == "completed"
    wait = traces.one("wait run")
    assert wait.parent is None and wait.status.status_code is StatusCode.UNSET
    fetches = [span for span in traces.children(wait) if span.name == "getRun"]
    assert [span.name for span in traces.children(wait)] == ["invoke_agent", *["getRun"] * len(fetches)]
    assert attrs(wait) == {
        "wushuang.wait.id": run.id,
        "wushuang.wait.timeout": 30.0,
        "wushuang.wait.fetches": len(fetches),
        "wushuang.wait.status": "completed",
    }
    statuses = [event["wushuang.wait.status"] for event in events(wait, "wushuang.wait.progress")]
    assert statuses[0] == "queued" and statuses[-1] == "completed" and len(statuses) == len(set(statuses))
