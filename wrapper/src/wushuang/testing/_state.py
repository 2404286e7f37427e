"""What the emulator remembers between requests: files, Midjourney tasks, seeded assistants, the log."""

from __future__ import annotations

import hashlib
import random
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ._clock import Clock
from ._faults import FaultQueue
from ._records import RequestLog

__all__ = ["EmulatorState", "StoredFile", "SyntheticFile", "Task", "synthetic_chunks", "synthetic_sha256"]

SYNTHETIC_CHUNK = 64 * 1024
_FILE_EPOCH = 1_700_000_000
_ASSISTANT_COUNT = 45


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
    """An uploaded file, kept byte for byte."""

    id: str
    filename: str
    purpose: str
    created_at: int
    data: bytes = field(repr=False)

    @property
    def size(self) -> int:
        """The length of the content in bytes."""
        return len(self.data)

    def chunks(self, chunk_size: int = SYNTHETIC_CHUNK) -> Iterator[bytes]:
        """The content in slices, for streaming."""
        for start in range(0, len(self.data), chunk_size):
            yield self.data[start : start + chunk_size]

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
    """A Midjourney task; its status is computed from the clock at each fetch."""

    id: str
    prompt: str
    submitted_at: float
    bot_type: str
    state: str | None
    notify_hook: str | None
    action: str = "IMAGINE"


def _seed_assistants() -> list[dict[str, Any]]:
    assistants = []
    for i in range(_ASSISTANT_COUNT):
        suffix = hashlib.sha256(f"assistant-{i}".encode()).hexdigest()[:24]
        assistants.append(
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
    return assistants


class EmulatorState:
    """The emulator's memory; `reset()` returns it to its freshly started state."""

    def __init__(self, api_key: str, clock: Clock) -> None:
        self.api_key = api_key
        self.clock = clock
        self.faults = FaultQueue()
        self.requests = RequestLog()
        self.lock = threading.Lock()
        self.files: dict[str, StoredFile | SyntheticFile] = {}
        self.tasks: dict[str, Task] = {}
        self.assistants: list[dict[str, Any]] = _seed_assistants()
        self._counter = 0

    def next_number(self) -> int:
        """A counter for ids: the n-th id made since the last reset."""
        with self.lock:
            self._counter += 1
            return self._counter

    def reset(self) -> None:
        """Forget files, tasks, faults and requests; rewind the clock."""
        with self.lock:
            self.files.clear()
            self.tasks.clear()
            self._counter = 0
        self.assistants = _seed_assistants()
        self.faults.clear()
        self.requests.clear()
        self.clock.reset()

    def __repr__(self) -> str:
        return f"EmulatorState(files={len(self.files)}, tasks={len(self.tasks)}, requests={len(self.requests)})"
