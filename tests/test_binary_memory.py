"""A large download goes to disk chunk by chunk: the client never holds the body in memory.

The emulator serves a synthetic file generated while it is sent. It runs in a thread of this process, so
tracemalloc sees its allocations too; they are small (one 64 KiB block at a time), which only makes the bound
stricter. tracemalloc starts after the emulator is up and the client has made a first call, so the one-time
imports and pool set-up are not counted.
"""

from __future__ import annotations

import hashlib
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest

from wushuang import AsyncWushuang, Wushuang
from wushuang.testing import Emulator

MiB = 1024 * 1024
PEAK_LIMIT = 10 * MiB


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(MiB):
            digest.update(block)
    return digest.hexdigest()


@pytest.fixture
def target(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "download.bin"
    yield path
    path.unlink(missing_ok=True)  # 200 MiB: do not leave it behind


def test_200_mib_download_streams_to_disk(wushuang_emulator: Emulator, target: Path) -> None:
    emu = wushuang_emulator
    size = 200 * MiB
    synthetic = emu.add_synthetic_file(size=size)
    with Wushuang(api_key=emu.api_key, base_url=emu.base_url) as client:
        client.models.list()  # warm up: imports, decoders, the connection
        tracemalloc.start()
        try:
            written = client.files.content(synthetic.id).write_to_file(target)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert peak < PEAK_LIMIT, f"peak {peak / MiB:.1f} MiB while downloading {size / MiB:.0f} MiB"
    assert written == size == target.stat().st_size
    assert sha256_of(target) == synthetic.sha256()


async def test_async_download_streams_to_disk(wushuang_emulator: Emulator, target: Path) -> None:
    emu = wushuang_emulator
    size = 24 * MiB + 12345  # larger than the bound, and not a whole number of chunks
    synthetic = emu.add_synthetic_file(size=size)
    async with AsyncWushuang(api_key=emu.api_key, base_url=emu.base_url) as client:
        await client.models.list()
        tracemalloc.start()
        try:
            content = await client.files.content(synthetic.id)
            written = await content.write_to_file(target)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert peak < PEAK_LIMIT, f"peak {peak / MiB:.1f} MiB while downloading {size / MiB:.0f} MiB"
    assert written == size == target.stat().st_size
    assert sha256_of(target) == synthetic.sha256()


def test_iter_bytes_is_incremental(wushuang_emulator: Emulator) -> None:
    emu = wushuang_emulator
    size = 16 * MiB
    synthetic = emu.add_synthetic_file(size=size)
    digest = hashlib.sha256()
    largest = 0
    with Wushuang(api_key=emu.api_key, base_url=emu.base_url) as client:
        for chunk in client.files.content(synthetic.id).iter_bytes(chunk_size=256 * 1024):
            largest = max(largest, len(chunk))
            digest.update(chunk)
    assert largest <= 256 * 1024
    assert digest.hexdigest() == synthetic.sha256()
