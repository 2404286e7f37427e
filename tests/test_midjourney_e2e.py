"""Midjourney end to end, through the SDK against the emulator (sync and async): imagine, wait with progress, press
U1, download, split the grid, V2, custom zoom through the modal step, vary region with a mask, describe, blend,
swap faces, an image seed, ten tasks awaited at once, and 30 prompts submitted through queue-full pushback."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import wushuang
from wushuang import AsyncWushuang, Wushuang
from wushuang.testing import Emulator


@pytest.fixture
def emu(server: Emulator) -> Iterator[Emulator]:
    server.reset()
    server.clock.auto_advance = 4.0  # each fetch or list lets 4 s of task time pass
    yield server
    server.reset()


def _count(emu: Emulator, operation_id: str) -> int:
    return len(emu.requests.for_operation(operation_id))


def test_the_whole_midjourney_flow(emu: Emulator, tmp_path: Path) -> None:
    with Wushuang(api_key=emu.api_key, base_url=emu.base_url, max_retries=0) as client:
        mj = client.midjourney

        def wait(task_id: str) -> Any:
            return mj.tasks.wait(task_id, interval=0.001, timeout=60)

        submitted = mj.submit.imagine(prompt="a lighthouse at dawn")
        percents: list[int | None] = []
        grid = mj.tasks.wait(
            str(submitted.result), interval=0.001, timeout=60, on_progress=lambda t: percents.append(t.progress_percent)
        )
        assert grid.status == "SUCCESS" and grid.finished_at is not None
        assert percents == sorted(percents) and percents[-1] == 100 and len(percents) > 2

        upscale = wait(mj.submit.press(grid, "U1").task_id)
        assert upscale.action == "UPSCALE" and upscale.status == "SUCCESS"
        grid_path = mj.tasks.download(grid, tmp_path / "grid.png")
        quarters = wushuang.split_grid(grid_path)
        assert len(quarters) == 4 and len(set(quarters)) == 4 and all(q.startswith(b"\x89PNG") for q in quarters)
        assert mj.tasks.download(upscale, tmp_path / "u1.png").read_bytes().startswith(b"\x89PNG")

        assert wait(mj.submit.press(grid, "V2").task_id).action == "VARIATION"

        # Both answer code 21 (the task waits in MODAL); the helper sends the modal step with the prompt / mask.
        zoom = mj.submit.custom_zoom(upscale, "the whole coast", zoom=1.5)
        assert wait(zoom.task_id).action == "CUSTOM_ZOOM"
        region = mj.submit.vary_region(upscale, mask=quarters[0], prompt="a red door")
        assert wait(region.task_id).action == "INPAINT"
        modals = emu.requests.for_operation("submitModal")
        assert [m.json()["taskId"] for m in modals] == [zoom.task_id, region.task_id]
        assert "--zoom 1.5" in modals[0].json()["prompt"] and modals[1].json()["maskBase64"].startswith(
            "data:image/png"
        )

        described = wait(str(mj.submit.describe(base64=tmp_path / "u1.png").result))
        assert described.action == "DESCRIBE" and described.prompt
        with (tmp_path / "grid.png").open("rb") as handle:
            blended = mj.submit.blend(base64_array=[quarters[1], tmp_path / "u1.png", handle])
        assert wait(str(blended.result)).action == "BLEND"
        swapped = mj.submit.swap_face(source_base64=quarters[2], target_base64=io.BytesIO(quarters[3]))
        assert wait(str(swapped.result)).status == "SUCCESS"
        seed = mj.tasks.image_seed(grid.id)
        assert seed.code == 1 and str(seed.result)

        emu.app.state.midjourney.running = 10  # all ten at once
        ids = [str(mj.submit.imagine(prompt=f"harbour number {n}").result) for n in range(10)]
        fetches, lists = _count(emu, "fetchTask"), _count(emu, "listTasksByCondition")
        tasks = mj.tasks.wait_many(ids, interval=0.001, timeout=60)
        assert [t.id for t in tasks] == ids and {t.status for t in tasks} == {"SUCCESS"}
        assert _count(emu, "fetchTask") == fetches  # one list call per interval, no fetch per task
        assert 1 <= _count(emu, "listTasksByCondition") - lists <= 5


def test_thirty_prompts_at_concurrency_8_through_queue_full(emu: Emulator) -> None:
    # On the emulator's clock, a back-off pause lets task time pass instead of waiting.
    with Wushuang(api_key=emu.api_key, base_url=emu.base_url, max_retries=0, clock=emu.clock) as client:
        outcomes = client.midjourney.submit.imagine_many(
            [f"lighthouse {n}" for n in range(30)], concurrency=8, max_attempts=12
        )
    assert [o.prompt for o in outcomes] == [f"lighthouse {n}" for n in range(30)]
    assert all(o.error is None and o.task_id for o in outcomes), [o.error for o in outcomes if o.error]
    assert len({o.task_id for o in outcomes}) == 30
    pushed_back = [o for o in outcomes if o.attempts > 1]
    assert pushed_back, "the queue never filled: nothing was tested"
    assert _count(emu, "submitImagine") == sum(o.attempts for o in outcomes)


async def test_the_midjourney_flow_async(emu: Emulator, tmp_path: Path) -> None:
    async with AsyncWushuang(api_key=emu.api_key, base_url=emu.base_url, max_retries=0) as client:
        mj = client.midjourney
        submitted = await mj.submit.imagine(prompt="a lighthouse at dusk")
        grid = await mj.tasks.wait(str(submitted.result), interval=0.001, timeout=60)
        upscale = await mj.tasks.wait((await mj.submit.press(grid, "U1")).task_id, interval=0.001, timeout=60)
        assert upscale.action == "UPSCALE"
        path = await mj.tasks.download(grid, tmp_path / "grid.png")
        assert len(set(wushuang.split_grid(path))) == 4
        zoom = await mj.submit.custom_zoom(upscale, "the whole coast")
        assert (await mj.tasks.wait(zoom.task_id, interval=0.001, timeout=60)).action == "CUSTOM_ZOOM"

        paced = client.with_options(clock=emu.clock).midjourney  # back-off pauses let task time pass
        outcomes = await paced.submit.imagine_many([f"cove {n}" for n in range(20)], concurrency=8, max_attempts=12)
        assert all(o.task_id for o in outcomes) and any(o.attempts > 1 for o in outcomes)
        tasks = await mj.tasks.wait_many([str(o.task_id) for o in outcomes], interval=0.001, timeout=120)
        assert {t.status for t in tasks} == {"SUCCESS"}
