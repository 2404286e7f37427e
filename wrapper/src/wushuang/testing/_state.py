"""What the emulator remembers between requests: stored objects (files, assistants, ...), Midjourney tasks, the log."""

from __future__ import annotations

import hashlib
import random
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ._clock import Clock
from ._faults import FaultQueue
from ._records import RequestLog

if TYPE_CHECKING:
    from ._billing import Billing

__all__ = [
    "EmulatorState",
    "GatewaySettings",
    "MidjourneySettings",
    "Record",
    "Store",
    "StoredFile",
    "SyntheticFile",
    "Task",
    "synthetic_chunks",
    "synthetic_sha256",
]

SYNTHETIC_CHUNK = 64 * 1024
_FILE_EPOCH = 1_700_000_000


def synthetic_chunks(file_id: str, size: int, chunk_size: int = SYNTHETIC_CHUNK) -> Iterator[bytes]:
    """The bytes of a synthetic file, generated piece by piece (never all in memory).

    Block i of 64 KiB comes from a generator seeded with (file_id, i): the content depends only on the file
    id and size, never on how a transport splits it. `chunk_size` must divide into 64 KiB blocks evenly or
    be a multiple of them; other sizes are re-sliced.
    """

    def blocks() -> Iterator[bytes]:
        remaining = size
        index = 0
        while remaining > 0:
            n = min(SYNTHETIC_CHUNK, remaining)
            yield random.Random(f"{file_id}:{index}").randbytes(n)
            remaining -= n
            index += 1

    if chunk_size == SYNTHETIC_CHUNK:
        yield from blocks()
        return
    buffer = bytearray()
    for block in blocks():
        buffer += block
        while len(buffer) >= chunk_size:
            yield bytes(buffer[:chunk_size])
            del buffer[:chunk_size]
    if buffer:
        yield bytes(buffer)


def synthetic_sha256(file_id: str, size: int) -> str:
    """The SHA-256 (hex) of a synthetic file's content, computed chunk by chunk."""
    digest = hashlib.sha256()
    for chunk in synthetic_chunks(file_id, size):
        digest.update(chunk)
    return digest.hexdigest()


@dataclass
class StoredFile:
    """An uploaded file, kept byte for byte; its status is `uploaded` until emulated time `processed_at`."""

    id: str
    filename: str
    purpose: str
    created_at: int
    data: bytes = field(repr=False)
    processed_at: float = 0.0

    @property
    def size(self) -> int:
        """The length of the content in bytes."""
        return len(self.data)

    def chunks(self, chunk_size: int = SYNTHETIC_CHUNK) -> Iterator[bytes]:
        """The content in slices, for streaming."""
        for start in range(0, len(self.data), chunk_size):
            yield self.data[start : start + chunk_size]

    def to_json(self, now: float | None = None) -> dict[str, Any]:
        """The OpenAI file object; `uploaded` when emulated time `now` is before `processed_at`."""
        return {
            "id": self.id,
            "object": "file",
            "bytes": self.size,
            "created_at": self.created_at,
            "filename": self.filename,
            "purpose": self.purpose,
            "status": "uploaded" if now is not None and now < self.processed_at else "processed",
            "status_details": None,
        }


@dataclass
class SyntheticFile:
    """A large file whose deterministic pseudo-random content is generated while it is served."""

    id: str
    size: int
    filename: str = "synthetic.bin"
    purpose: str = "assistants"
    created_at: int = _FILE_EPOCH

    def chunks(self, chunk_size: int = SYNTHETIC_CHUNK) -> Iterator[bytes]:
        """The content, generated piece by piece."""
        return synthetic_chunks(self.id, self.size, chunk_size)

    def sha256(self) -> str:
        """The SHA-256 (hex) of the whole content, to compare with what a client received."""
        return synthetic_sha256(self.id, self.size)

    def to_json(self) -> dict[str, Any]:
        """The OpenAI file object."""
        return {
            "id": self.id,
            "object": "file",
            "bytes": self.size,
            "created_at": self.created_at,
            "filename": self.filename,
            "purpose": self.purpose,
            "status": "processed",
            "status_details": None,
        }


@dataclass
class Task:
    """A Midjourney task: what was submitted; its status is computed from the clock whenever it is read.

    The timeline (see `_mj_tasks.phase`) starts at `run_from` (the submission, or the modal step) and is
    stretched by `slowness` (the mode's factor: relax is slower, turbo faster). From `modal_at` on, the task
    waits in MODAL for the modal step. `picture` holds the colours of its image: four for a grid, one for a
    single image, none for a task without an image. `final_prompt` is the text a DESCRIBE or SHORTEN task
    answers with once it succeeds; `notified` the last status POSTed to its `notify_hook`.
    """

    id: str
    prompt: str
    submitted_at: float
    bot_type: str
    state: str | None
    notify_hook: str | None
    action: str = "IMAGINE"
    description: str = ""
    base_url: str = ""
    custom_id: str = ""
    slowness: float = 1.0
    run_from: float = 0.0
    modal_at: float | None = None
    fails: bool = False
    picture: tuple[tuple[int, int, int], ...] = ()
    size: tuple[int, int] = (1024, 1024)
    final_prompt: str | None = None
    notified: str | None = None


@dataclass(slots=True)
class MidjourneySettings:
    """How the emulated Midjourney behaves; change it on `emu.app.state.midjourney` (`reset()` restores it).

    As midjourney-proxy's defaults: `running` tasks run at once (`core-size`, 3) and up to `waiting` more wait their
    turn in NOT_START (`queue-size`, 10); a submission that would have to wait when `waiting` tasks already do is
    refused with code 23. A prompt containing one of `banned_words` is refused with code 24, one containing
    `fail_word` ends in FAILURE, one containing `modal_word` waits in MODAL for the modal step. `slowness` stretches
    the timeline per mode (`/mj-relax/mj/...`); plain `/mj/...` is `fast`. A misspelt setting is an AttributeError.
    """

    running: int = 3
    waiting: int = 10
    banned_words: tuple[str, ...] = ("banned", "forbidden")
    fail_word: str = "fail"
    modal_word: str = "modal"
    slowness: dict[str, float] = field(default_factory=lambda: {"fast": 1.0, "relax": 3.0, "turbo": 0.5})


@dataclass(slots=True)
class GatewaySettings:
    """The conditions of the new-api gateway the `new-api` profile plays; switch them on `emu.app.state.gateway`
    (`reset()` restores these defaults: none on). See `_gateway` for the answers.

    - `group`: the key's group, named in the messages;
    - `allowed_models`: the key's model list; another model gets 403 `该令牌无权访问模型 {model}` (None: any);
    - `no_channel`: models no channel serves: 503 `当前分组 {group} 下对于模型 {model} 无可用渠道` (as any model the
      emulator does not know);
    - `saturated`: the next N relayed calls get 429 `当前分组上游负载已饱和，请稍后再试` (Midjourney: code 30);
    - `request_limit`: at most this many calls per `request_window` emulated seconds, then 429
      `您已达到请求数限制：{minutes}分钟内最多请求{limit}次` (None: no limit);
    - `quota_exhausted`: 403 `insufficient_user_quota` (Midjourney: HTTP 400, code 4 `quota_not_enough`);
    - `english`: the messages as a build that translates them writes them.
    """

    group: str = "default"
    allowed_models: frozenset[str] | None = None
    no_channel: frozenset[str] = frozenset()
    saturated: int = 0
    request_limit: int | None = None
    request_window: float = 60.0
    quota_exhausted: bool = False
    english: bool = False
    #: When the calls counted against `request_limit` were made (emulated seconds).
    calls: list[float] = field(default_factory=list, repr=False)


@dataclass
class Record:
    """One stored object: its JSON, the parent ids it lives under, and what a handler keeps beside it.

    `scope` holds the values of the parent path parameters (`("thread_abc",)` for a message of that thread);
    `attachment` is for what the JSON does not show, such as a file's bytes.
    """

    object: dict[str, Any]
    scope: tuple[str, ...] = ()
    attachment: Any = None


class Store:
    """One collection of stored objects (assistants, files, ...) by id, in the order they were added.

    An object is found only under the scope it was stored with, so a message of one thread is not found
    through another thread.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._records: dict[str, Record] = {}

    def add(self, obj: dict[str, Any], scope: tuple[str, ...] = (), attachment: Any = None) -> Record:
        """Store an object under its `id`."""
        record = Record(obj, scope, attachment)
        with self._lock:
            self._records[str(obj["id"])] = record
        return record

    def get(self, item_id: str, scope: tuple[str, ...] = ()) -> Record | None:
        """The record with this id under this scope, or None."""
        with self._lock:
            record = self._records.get(item_id)
        return record if record is not None and record.scope == scope else None

    def update(self, item_id: str, changes: dict[str, Any], scope: tuple[str, ...] = ()) -> dict[str, Any] | None:
        """Merge `changes` into the stored object; returns a copy of the result, or None when there is none."""
        with self._lock:
            record = self._records.get(item_id)
            if record is None or record.scope != scope:
                return None
            record.object.update(changes)
            return dict(record.object)

    def remove(self, item_id: str, scope: tuple[str, ...] = ()) -> Record | None:
        """Forget the record with this id under this scope; returns it, or None when there is none."""
        with self._lock:
            record = self._records.get(item_id)
            if record is None or record.scope != scope:
                return None
            return self._records.pop(item_id)

    def records(self, scope: tuple[str, ...] = ()) -> list[Record]:
        """Every record under this scope, oldest first."""
        with self._lock:
            return [r for r in self._records.values() if r.scope == scope]

    def __len__(self) -> int:
        with self._lock:
            return len(self._records)


def _seed_assistants(store: Store, count: int) -> None:
    """Store `count` ready-made assistants (`Assistant 00`, ...), a minute apart, oldest first."""
    for i in range(count):
        suffix = hashlib.sha256(f"assistant-{i}".encode()).hexdigest()[:24]
        store.add(
            {
                "id": f"asst_{suffix}",
                "object": "assistant",
                "created_at": _FILE_EPOCH + 60 * i,
                "name": f"Assistant {i:02d}",
                "description": None,
                "model": "gpt-4",
                "instructions": f"You are emulated assistant number {i}.",
                "tools": [],
                "file_ids": [],
                "metadata": {},
            }
        )


def _new_billing() -> Billing:
    """A fresh account of the emulated key (`_billing`, imported here: it imports the handlers' `Call`)."""
    from ._billing import Billing

    return Billing()


class EmulatorState:
    """The emulator's memory; `reset()` returns it to its freshly started state.

    It starts empty, but for `seed_assistants` ready-made assistants (none unless asked for: a test of pagination
    asks for a few pages' worth).
    """

    def __init__(self, api_key: str, clock: Clock, *, seed_assistants: int = 0) -> None:
        if isinstance(seed_assistants, bool) or not isinstance(seed_assistants, int) or seed_assistants < 0:
            raise ValueError(f"seed_assistants must be an int >= 0, got {seed_assistants!r}")
        self.api_key = api_key
        self.seed_assistants = seed_assistants
        self.clock = clock
        self.faults = FaultQueue()
        self.requests = RequestLog()
        self.lock = threading.Lock()
        #: store name (`x-sdk.store` in the spec) -> its objects.
        self.stores: dict[str, Store] = {}
        self.tasks: dict[str, Task] = {}
        self.midjourney = MidjourneySettings()
        self.billing = _new_billing()
        self.gateway = GatewaySettings()
        #: Whether a thread is POSTing tasks to their `notifyHook` (see `_mj_tasks.watch_hooks`).
        self.watching_hooks = False
        self._counter = 0
        _seed_assistants(self.store("assistants"), seed_assistants)

    def store(self, name: str) -> Store:
        """The named collection of stored objects, created empty on first use."""
        with self.lock:
            return self.stores.setdefault(name, Store())

    @property
    def assistants(self) -> list[dict[str, Any]]:
        """The stored assistants, oldest first."""
        return [r.object for r in self.store("assistants").records()]

    def next_number(self) -> int:
        """A counter for ids: the n-th id made since the last reset."""
        with self.lock:
            self._counter += 1
            return self._counter

    def reset(self) -> None:
        """Forget stored objects, tasks, faults and requests; restore the Midjourney and gateway settings.

        Seeds the `seed_assistants` again (if any) and rewinds the clock.
        """
        with self.lock:
            self.stores.clear()
            self.tasks.clear()
            self.midjourney = MidjourneySettings()
            self.billing = _new_billing()
            self.gateway = GatewaySettings()
            self._counter = 0
        _seed_assistants(self.store("assistants"), self.seed_assistants)
        self.faults.clear()
        self.requests.clear()
        self.clock.reset()

    def __repr__(self) -> str:
        stored = sum(len(s) for s in self.stores.values())
        return f"EmulatorState(stored={stored}, tasks={len(self.tasks)}, requests={len(self.requests)})"
