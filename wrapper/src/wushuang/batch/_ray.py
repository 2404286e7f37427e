"""Running a batch on Ray Data: the same files and the same resume rule as ``run_batch``, over a pool of actors.

Who does what:

- the driver (the process calling ``run_batch_ray``) reads and checks the whole input (a bad line stops the run
  before anything is sent), and hands the lines still to do to Ray Data, whose actor pool (``num_workers``
  actors, each with one ``AsyncWushuang`` and at most ``concurrency`` requests in flight) sends each through the
  one-machine runner's ``execute``. Each worker hands back, per line, only its outcome (error code and tokens) for
  the driver's summary;
- one coordinator actor, on the driver's node, holds what must be single in the whole cluster: the
  ``RateLimiter`` (every request of every worker waits for it, so ``rpm`` / ``tpm`` are the cluster's limits, not
  a worker's) and the ``Checkpoint`` (the output file and its journal). A worker's request is journaled as
  started by the coordinator after the limiter lets it go and before the worker sends it, and its record is
  written by the coordinator as soon as the response is in. A run killed at any moment therefore leaves as
  ``maybe_sent`` only the requests actually in flight: at most ``num_workers * concurrency``. The coordinator
  starts each custom_id at most once per run, so a block Ray retries after losing a worker cannot send a line
  twice;
- the coordinator is a named actor, one per output file: a run waits for the coordinator of a killed run on the
  same output to be gone before opening it, so two runs never write one output.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import shutil
import tempfile
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import msgspec
import ray  # type: ignore[import-not-found,unused-ignore]
import ray.data  # type: ignore[import-not-found,unused-ignore]

from wushuang._core.client import AsyncWushuang, Wushuang
from wushuang.batch._checkpoint import MAYBE_SENT, BatchOutputError, Checkpoint
from wushuang.batch._format import BatchInputError, BatchLine, _parse_line, error_record, read_input
from wushuang.batch._limits import RateLimiter
from wushuang.batch._runner import BatchSummary, _check_concurrency, _total_tokens, execute, plan

__all__ = ["run_batch_ray"]

_NAMESPACE = "wushuang-batch"
_PREVIOUS_RUN_TIMEOUT = 60.0  # seconds a run waits for a killed run's coordinator on the same output to be gone
_START_LEAD = 0.1  # seconds between a request's admission under a limit and its sending (see _Coordinator.admit)
_TASKS_PER_WORKER = 4  # blocks of ``concurrency`` lines queued at each worker, so its slots never run dry


class _Credentials:
    """The API key and base URL the workers' clients use; the key never shows in a repr or a log."""

    def __init__(self, api_key: str, base_url: str) -> None:
        self.api_key = api_key
        self.base_url = base_url

    def __repr__(self) -> str:
        return f"_Credentials(base_url={self.base_url!r})"


class _AlreadyStarted(Exception):
    """A line this run had already started (a block retried by Ray after a worker was lost): not sent again."""


class _Coordinator:
    """The run's one rate limiter and one checkpoint, for every worker of the cluster (an async Ray actor).

    Its methods take lists, so that one Ray call carries what a worker has queued since its last call.
    """

    def __init__(self, rpm: float | None, tpm: float | None) -> None:
        self._limiter = RateLimiter(rpm, tpm)
        self._checkpoint: Checkpoint | None = None
        self._started: set[str] = set()
        self._refused: set[str] = set()  # started twice: by a worker Ray lost, then in the block it retried

    async def open(
        self, output_path: str, fingerprint: str, resend: bool, arguments: dict[str, Any]
    ) -> tuple[set[str], set[str], set[str]]:
        """Open the output as the checkpoint; the custom_ids done, those found started without a result, and those
        whose earlier record is an error."""
        self._checkpoint = Checkpoint.open(output_path, fingerprint, resend=resend, arguments=arguments)
        checkpoint = self._checkpoint
        return set(checkpoint.done), set(checkpoint.maybe_sent), set(checkpoint.failed)

    def _opened(self) -> Checkpoint:
        if self._checkpoint is None:
            raise RuntimeError("the coordinator's checkpoint is not open")
        return self._checkpoint

    async def admit(self, requests: list[tuple[str, int]]) -> list[float | None]:
        """For each (custom_id, estimated tokens) in turn: wait for the limiter, then journal it as started.

        Each answer is the time (``time.time()``) its request is to be sent at; None (nothing waited for or
        written) for a custom_id this run already started. Under a limit the time is ``_START_LEAD`` ahead: the
        limiter's spacing then survives the varying delay of the answer's way back to the worker.
        """
        lead = _START_LEAD if self._limiter.rpm or self._limiter.tpm else 0.0
        answers: list[float | None] = []
        for custom_id, tokens in requests:
            if custom_id in self._started:
                self._refused.add(custom_id)
                answers.append(None)
                continue
            await self._limiter.acquire(tokens)
            self._started.add(custom_id)
            self._opened().mark_started(custom_id)
            answers.append(time.time() + lead)
        return answers

    async def acquire(self, tokens: int) -> None:
        """Wait for the limiter (a retry of a started request)."""
        await self._limiter.acquire(tokens)

    async def pause(self, seconds: float) -> None:
        self._limiter.pause(seconds)

    async def write(self, results: list[tuple[dict[str, Any], tuple[int, int] | None]]) -> list[None]:
        """Append each record; correct the limiter's count by its (estimated, actual) tokens when known."""
        checkpoint = self._opened()
        for record, tokens in results:
            if tokens is not None:
                self._limiter.correct(*tokens)
            checkpoint.write(record)
        return [None] * len(results)

    async def close(self) -> None:
        """Write a ``maybe_sent`` record for each refused line still without one; close the checkpoint."""
        checkpoint = self._checkpoint
        if checkpoint is None:
            return
        for custom_id in sorted(self._refused - checkpoint.done):
            message = "the request was started by a worker Ray lost and may have reached the relay; not sent again"
            checkpoint.write(error_record(custom_id, MAYBE_SENT, message))
        checkpoint.close()
        self._checkpoint = None  # a late write of a worker fails rather than add to a closed output


class _Batched:
    """A coordinator method called with every item queued since its last call: one Ray call for many items.

    ``await batched(item)`` returns the method's answer for that item; at most ``size`` items go in one call.
    """

    def __init__(self, method: Any, size: int) -> None:
        self._method = method
        self._size = size
        self._queue: list[tuple[Any, asyncio.Future[Any]]] = []
        self._draining: asyncio.Task[None] | None = None

    async def __call__(self, item: Any) -> Any:
        answer: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self._queue.append((item, answer))
        if self._draining is None or self._draining.done():
            self._draining = asyncio.create_task(self._drain())
        return await answer

    async def _drain(self) -> None:
        while self._queue:
            sent, self._queue = self._queue[: self._size], self._queue[self._size :]
            try:
                answers = await self._method.remote([item for item, _ in sent])
            except Exception as exc:  # the coordinator is gone: every waiting request fails with it
                for _, answer in sent:
                    answer.set_exception(exc)
                continue
            for (_, answer), value in zip(sent, answers, strict=True):
                answer.set_result(value)


class _LineLimiter:
    """The shared limiter as one line's ``execute`` sees it (``wushuang.batch._limits.Limiter``).

    The first ``acquire`` is left to the line's admission (the ``on_start`` of ``_Worker._one``: one Ray call
    waits for the limiter and journals the start); a retry's ``acquire`` calls the coordinator; the token
    correction is kept, to go with the record; a pause goes to the coordinator at once.
    """

    def __init__(self, coordinator: Any) -> None:
        self._coordinator = coordinator
        self._admitted = False
        self.tokens: tuple[int, int] | None = None  # (estimated, actual), from the response's usage

    async def acquire(self, tokens: int) -> None:
        if self._admitted:
            await self._coordinator.acquire.remote(tokens)
        self._admitted = True

    def correct(self, estimated: int, actual: int) -> None:
        self.tokens = (estimated, actual)

    def pause(self, seconds: float) -> None:
        self._coordinator.pause.remote(seconds)


class _Worker:
    """One actor of the pool: an ``AsyncWushuang`` sending up to ``concurrency`` lines at a time.

    Records go to the coordinator in batches, and so do admissions without limits; with a limit each request is
    admitted by a call of its own (a batch admitted together would start together, in a burst, and one call at a
    time would leave the limiter idle between calls).
    """

    def __init__(self, coordinator: Any, credentials: _Credentials, concurrency: int, limited: bool) -> None:
        self._coordinator = coordinator
        self._client = AsyncWushuang(api_key=credentials.api_key, base_url=credentials.base_url)
        self._concurrency = concurrency
        self._admit = None if limited else _Batched(coordinator.admit, concurrency)
        self._write = _Batched(coordinator.write, concurrency)
        self._slots: asyncio.Semaphore | None = None  # made in the actor's event loop, on first need

    async def _one(self, line_no: int, text: bytes) -> tuple[str | None, int]:
        """Send one line and have its record written; its error code (None: succeeded) and tokens."""
        line = _parse_line(line_no, text)
        if not isinstance(line, BatchLine):  # the driver checked every line: only a changed SDK could get here
            raise BatchInputError([line])

        async def start(custom_id: str) -> None:
            request = (custom_id, line.estimated_tokens)
            if self._admit is None:
                send_at = (await self._coordinator.admit.remote([request]))[0]
            else:
                send_at = await self._admit(request)
            if send_at is None:
                raise _AlreadyStarted(custom_id)
            await asyncio.sleep(max(0.0, send_at - time.time()))

        assert self._slots is not None
        async with self._slots:  # held until the record is written: the in-flight window is the slots
            limiter = _LineLimiter(self._coordinator)
            try:
                record = await execute(self._client, line, limiter, on_start=start)
            except _AlreadyStarted:
                return MAYBE_SENT, 0
            await self._write((record, limiter.tokens))
        error = record["error"]
        if error is not None:
            return error["code"], 0
        return None, _total_tokens(record["response"]["body"]) or 0

    async def __call__(self, batch: dict[str, Any]) -> AsyncIterator[dict[str, list[Any]]]:
        if self._slots is None:
            self._slots = asyncio.Semaphore(self._concurrency)
        outcomes = await asyncio.gather(
            *(
                self._one(int(line_no), bytes(text))
                for line_no, text in zip(batch["line_no"], batch["line"], strict=True)
            )
        )
        yield {"code": [code or "" for code, _ in outcomes], "tokens": [tokens for _, tokens in outcomes]}


def _credentials(api_key: str | None, base_url: str | None) -> _Credentials:
    """The key and base URL resolved here, from the arguments or the driver's environment, and checked."""
    with Wushuang(api_key=api_key, base_url=base_url) as probe:
        return _Credentials(probe.api_key, probe.base_url)


def _check_workers(num_workers: object) -> int:
    if isinstance(num_workers, bool) or not isinstance(num_workers, int) or num_workers < 1:
        raise ValueError(f"num_workers must be an int >= 1, got {num_workers!r}")
    return num_workers


@contextmanager
def _local_copy(path: str | os.PathLike[str]) -> Iterator[str]:
    """A local path to the input: the path itself, or a temporary copy of a URI pyarrow's filesystems read."""
    text = os.fspath(path)
    if "://" not in text:
        yield text
        return
    import pyarrow.fs  # type: ignore[import-not-found,import-untyped,unused-ignore]

    filesystem, remote = pyarrow.fs.FileSystem.from_uri(text)
    with tempfile.TemporaryDirectory() as folder:
        local = os.path.join(folder, "input.jsonl")
        with filesystem.open_input_stream(remote) as source, open(local, "wb") as target:
            shutil.copyfileobj(source, target)
        yield local


def _coordinator_for(output_path: str, rpm: float | None, tpm: float | None) -> Any:
    """The named coordinator of this output, on this node; waits for a killed run's one to be gone first."""
    name = "coordinator-" + hashlib.sha256(output_path.encode()).hexdigest()[:32]
    actor = ray.remote(_Coordinator).options(
        name=name,
        namespace=_NAMESPACE,
        num_cpus=0,
        max_concurrency=10_000,
        scheduling_strategy=ray.util.scheduling_strategies.NodeAffinitySchedulingStrategy(
            node_id=ray.get_runtime_context().get_node_id(), soft=False
        ),
    )
    deadline = time.monotonic() + _PREVIOUS_RUN_TIMEOUT
    while True:
        try:
            return actor.remote(rpm, tpm)
        except ValueError:  # the name is taken: another run of this output, or a killed one not yet reaped
            if time.monotonic() > deadline:
                raise BatchOutputError(
                    f"another run is writing {output_path} (its coordinator actor {name!r} is still alive after "
                    f"{_PREVIOUS_RUN_TIMEOUT:.0f} s): stop it first"
                ) from None
            time.sleep(0.5)


def _ray_get(ref: Any) -> Any:
    """``ray.get``, raising a remote method's own exception (e.g. ``BatchOutputError``) rather than Ray's wrapper."""
    try:
        return ray.get(ref)
    except ray.exceptions.RayTaskError as exc:
        cause = exc.cause
        if isinstance(cause, Exception):
            raise cause from None
        raise


def run_batch_ray(
    input_path: str | os.PathLike[str],
    output_path: str | os.PathLike[str],
    *,
    api_key: str | None = None,
    base_url: str | None = None,
    num_workers: int = 2,
    concurrency: int = 32,
    rpm: float | None = None,
    tpm: float | None = None,
    resend: bool = False,
    skip_invalid: bool = False,
) -> BatchSummary:
    """Run the batch file ``input_path`` into ``output_path`` on Ray: ``run_batch``'s files and resume rule.

    ``num_workers`` actors (one CPU each) send the lines, each with ``concurrency`` requests in flight at most;
    ``rpm`` and ``tpm`` limit the whole cluster. The input is a local path or a URI pyarrow reads (``s3://...``);
    the output is a path on the driver's machine. ``api_key`` and ``base_url`` default to the driver's
    ``WUSHUANG_API_KEY`` / ``WUSHUANG_BASE_URL``. Uses the Ray instance already initialized, or ``ray.init()``.
    Raises ``BatchInputError`` for bad lines (unless ``skip_invalid``) and ``BatchOutputError`` for an output of
    another input, before anything is sent.
    """
    clock = time.monotonic()
    num_workers = _check_workers(num_workers)
    concurrency = _check_concurrency(concurrency)
    RateLimiter(rpm, tpm)  # checks the limits here, before anything starts
    credentials = _credentials(api_key, base_url)
    with _local_copy(input_path) as local:
        source = read_input(local)
    if source.problems and not skip_invalid:
        raise BatchInputError(source.problems, path=input_path)
    if not ray.is_initialized():
        ray.init()
    output = str(Path(output_path).resolve())
    coordinator = _coordinator_for(output, rpm, tpm)
    try:
        arguments = {
            "num_workers": num_workers,
            "concurrency": concurrency,
            "rpm": rpm,
            "tpm": tpm,
            "resend": resend,
            "skip_invalid": skip_invalid,
        }
        done, maybe_sent, failed = _ray_get(coordinator.open.remote(output, source.fingerprint, resend, arguments))
        summary, skipped, todo = plan(source, done, maybe_sent, failed, resend=resend)
        _ray_get(coordinator.write.remote([(record, None) for record in skipped]))
        if todo:
            limited = rpm is not None or tpm is not None
            _run(
                todo,
                coordinator,
                credentials,
                summary,
                num_workers=num_workers,
                concurrency=concurrency,
                limited=limited,
            )
    finally:
        _ray_get(coordinator.close.remote())
        ray.kill(coordinator)
    summary.elapsed = time.monotonic() - clock
    return summary


def _wire(line: BatchLine) -> bytes:
    """A line as its input text, for a worker to parse back (an ``Operation`` is not sent between processes)."""
    return msgspec.json.encode({"custom_id": line.custom_id, "method": line.method, "url": line.url, "body": line.body})


def _run(
    todo: list[BatchLine],
    coordinator: Any,
    credentials: _Credentials,
    summary: BatchSummary,
    *,
    num_workers: int,
    concurrency: int,
    limited: bool,
) -> None:
    """Send ``todo`` through the actor pool and count each line's outcome in ``summary``."""
    rows = [{"line_no": line.line_no, "line": _wire(line)} for line in todo]
    blocks = min(len(rows), max(num_workers, -(-len(rows) // concurrency)))  # blocks of at most ``concurrency``
    dataset = ray.data.from_items(rows, override_num_blocks=blocks).map_batches(
        _Worker,
        batch_size=concurrency,
        compute=ray.data.ActorPoolStrategy(size=num_workers, max_tasks_in_flight_per_actor=_TASKS_PER_WORKER),
        fn_constructor_kwargs={
            "coordinator": coordinator,
            "credentials": credentials,
            "concurrency": concurrency,
            "limited": limited,
        },
        num_cpus=1,
    )
    for batch in dataset.iter_batches(batch_size=None, batch_format="numpy"):
        for code, tokens in zip(batch["code"], batch["tokens"], strict=True):
            summary.count(str(code) if code else None, int(tokens))
