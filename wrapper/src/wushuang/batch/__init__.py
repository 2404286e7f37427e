"""Batches: OpenAI Batch API files run through the relay, rate-limited and resumable.

    from wushuang.batch import run_batch

    summary = run_batch("requests.jsonl", "results.jsonl", concurrency=64, rpm=3000)

The output file is the checkpoint: run the same call again after any stop and it finishes the remaining lines.
``run_batch_ray`` runs the same files on a Ray cluster (the ``wushuang[ray]`` extra); importing this package never
imports Ray.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wushuang.batch._checkpoint import BatchOutputError
from wushuang.batch._format import BatchInputError
from wushuang.batch._runner import BatchSummary, run_batch, run_batch_async

if TYPE_CHECKING:
    from wushuang.batch._ray import run_batch_ray

__all__ = ["BatchInputError", "BatchOutputError", "BatchSummary", "run_batch", "run_batch_async", "run_batch_ray"]

# Tracebacks and reprs name the module these are imported from (`wushuang.batch.BatchInputError`).
for _public in (BatchInputError, BatchOutputError, BatchSummary):
    _public.__module__ = __name__


def __getattr__(name: str) -> Any:
    if name == "run_batch_ray":
        from wushuang.batch._ray import run_batch_ray

        return run_batch_ray
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
