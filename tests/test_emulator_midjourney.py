"""The emulator's Midjourney: tasks on the clock, buttons and child tasks, the modal flow, describe / blend /
shorten / swap face / image seed, the queue, banned words, forward image URLs, mode prefixes and callbacks.

The SDK is the client where it can be; httpx checks what only the wire shows (HTTP statuses, raw bodies,
the keyless image URL, the mode prefixes).
"""

from __future__ import annotations

import json
import re
import struct
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

import wushuang
from wushuang import Wushuang
from wushuang.testing import Emulator

KEY = "test-key"
AUTH = {"Authorization": f"Bearer {KEY}"}
PNG_URL = "data:image/png;base64,iVBORw0KGgo="
HASH = r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"
RGB = tuple[int, int, int]


@pytest.fixture
def http(emu: Emulator) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=emu.base_url, headers=AUTH, timeout=10) as raw:
        yield raw


# ---------------------------------------------------------------- helpers
def imagine(client: Wushuang, prompt: str = "a red fox", **extra: Any) -> str:
    result = client.midjourney.submit.imagine(prompt=prompt, **extra)
    assert result.code == 1 and result.description == "提交成功", result
    return str(result.result)


def finish(client: Wushuang, emu: Emulator, task_id: str) -> Any:
    """Wait for the task with the SDK, each fetch four emulated seconds later."""
    emu.clock.auto_advance = 4.0
    try:
        return client.midjourney.tasks.wait(task_id, interval=0.001, timeout=10)
    finally:
        emu.clock.auto_advance = 0.0


def button(task: Any, name: str) -> str:
    """The customId of the button labelled (or, for emoji-only buttons, showing) `name`."""
    found = [b.custom_id for b in task.buttons if name in (b.label, b.emoji)]
    assert len(found) == 1, (name, [(b.label, b.emoji) for b in task.buttons])
    return str(found[0])


def pixels(data: bytes) -> tuple[int, int, Callable[[int, int], RGB]]:
    """Decode an 8-bit RGB, unfiltered PNG: (width, height, colour at (x, y))."""
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    pos, idat, width, height = 8, b"", 0, 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + length]
        assert struct.unpack(">I", data[pos + 8 + length : pos + 12 + length])[0] == zlib.crc32(kind + body)
        if kind == b"IHDR":
            width, height = struct.unpack(">II", body[:8])
            assert body[8:] == bytes([8, 2, 0, 0, 0])
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)  # checks the Adler-32 too
    stride = 1 + 3 * width
    assert len(raw) == stride * height

    def at(x: int, y: int) -> RGB:
        row = raw[y * stride : (y + 1) * stride]
        assert row[0] == 0
        r, g, b = row[1 + 3 * x : 4 + 3 * x]
        return (r, g, b)

    return width, height, at


def quadrants(data: bytes) -> list[RGB]:
    width, height, at = pixels(data)
    return [at(x, y) for y in (height // 4, 3 * height // 4) for x in (width // 4, 3 * width // 4)]


def distance(a: RGB, b: RGB) -> int:
    return sum(abs(x - y) for x, y in zip(a, b, strict=True))


def eventually(condition: Callable[[], bool], timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


# ---------------------------------------------------------------- timeline, buttons, images
def test_imagine_moves_through_the_statuses_on_the_clock(client: Wushuang, emu: Emulator) -> None:
    task_id = imagine(client, state="s1", bot_type="NIJI_JOURNEY")
    fetch = client.midjourney.tasks.fetch
    first = fetch(task_id)
    assert (first.status, first.progress, first.image_url, first.buttons) == ("NOT_START", "0%", None, [])
    emu.clock.advance(1)
    assert fetch(task_id).status == "SUBMITTED"
    emu.clock.advance(1)
    seen = []
    for _ in range(10):
        task = fetch(task_id)
        assert task.status == "IN_PROGRESS" and task.start_time is not None
        assert task.image_url and re.fullmatch(rf"{emu.base_url}/mj/image/{task_id}\?rand=\d+", task.image_url)
        seen.append(task.progress)
        emu.clock.advance(1)
    assert seen == [f"{p}%" for p in range(0, 100, 10)]
    done = fetch(task_id)
    assert done.status == "SUCCESS" and done.progress == "100%" and done.action == "IMAGINE"
    assert done.image_url == f"{emu.base_url}/mj/image/{task_id}"  # no ?rand= once SUCCESS, as new-api
    assert done.start_time is not None and done.finish_time == done.start_time + 10_000 and done.state == "s1"
    assert done.properties and done.properties["botType"] == "NIJI_JOURNEY"


def test_grid_buttons_have_the_relay_custom_ids(client: Wushuang, emu: Emulator) -> None:
    done = finish(client, emu, imagine(client))
    labels = [(b.label, b.emoji) for b in done.buttons]
    assert labels == [("U1", ""), ("U2", ""), ("U3", ""), ("U4", ""), ("", "🔄")] + [(f"V{i}", "") for i in range(1, 5)]
    ids = [b.custom_id for b in done.buttons]
    h = ids[0].split("::")[-1]
    assert re.fullmatch(HASH, h) and done.properties and done.properties["messageHash"] == h
    assert ids == [
        *(f"MJ::JOB::upsample::{i}::{h}" for i in range(1, 5)),
        f"MJ::JOB::reroll::0::{h}::SOLO",
        *(f"MJ::JOB::variation::{i}::{h}" for i in range(1, 5)),
    ]
    assert {(b.type, b.style) for b in done.buttons} == {(2, 2)}


def test_images_are_png_grids_at_the_keyless_forward_url(client: Wushuang, emu: Emulator) -> None:
    first, second = imagine(client, "a cat"), imagine(client, "a dog")
    early = httpx.get(f"{emu.base_url}/mj/image/{first}")
    assert early.status_code == 404  # no image before IN_PROGRESS
    emu.clock.advance(3)
    progress_url = client.midjourney.tasks.fetch(first).image_url
    assert progress_url and httpx.get(progress_url).headers["content-type"] == "image/png"
    emu.clock.advance(20)
    images = []
    for task_id in (first, second):
        response = httpx.get(str(client.midjourney.tasks.fetch(task_id).image_url))  # no key
        assert response.status_code == 200 and response.headers["content-type"] == "image/png"
        width, height, _ = pixels(response.content)
        assert (width, height) == (1024, 1024)
        images.append(quadrants(response.content))
    for colours in images:
        assert all(distance(a, b) > 60 for i, a in enumerate(colours) for b in colours[i + 1 :]), colours
    assert images[0] != images[1]
    assert httpx.get(f"{emu.base_url}/mj/image/404404").status_code == 404


def test_failure_trigger_word(client: Wushuang, emu: Emulator) -> None:
    task_id = imagine(client, "please fail")
    with pytest.raises(wushuang.MidjourneyTaskFailedError) as info:
        finish(client, emu, task_id)
    assert info.value.status == "FAILURE" and info.value.fail_reason
    failed = client.midjourney.tasks.fetch(task_id)
    assert failed.progress == "" and failed.image_url is None and failed.buttons == [] and failed.finish_time


# ---------------------------------------------------------------- child tasks
def test_upscale_is_a_single_image_with_the_upscale_buttons(client: Wushuang, emu: Emulator) -> None:
    parent = finish(client, emu, imagine(client))
    result = client.midjourney.submit.change(task_id=parent.id, action="UPSCALE", index=2)
    assert result.code == 1
    upscale = finish(client, emu, str(result.result))
    assert upscale.action == "UPSCALE" and upscale.custom_id == button(parent, "U2")
    assert upscale.description == f"/up {parent.id} U2" and upscale.prompt == parent.prompt
    h = upscale.buttons[0].custom_id.split("::")[-2]
    assert [(b.label, b.emoji, b.custom_id) for b in upscale.buttons] == [
        ("Upscale (Subtle)", "", f"MJ::JOB::upsample_v6_2x_subtle::1::{h}::SOLO"),
        ("Upscale (Creative)", "", f"MJ::JOB::upsample_v6_2x_creative::1::{h}::SOLO"),
        ("Vary (Subtle)", "🪄", f"MJ::JOB::low_variation::1::{h}::SOLO"),
        ("Vary (Strong)", "🪄", f"MJ::JOB::high_variation::1::{h}::SOLO"),
        ("Vary (Region)", "🖌️", f"MJ::Inpaint::1::{h}::SOLO"),
        ("Zoom Out 2x", "🔍", f"MJ::Outpaint::50::1::{h}::SOLO"),
        ("Zoom Out 1.5x", "🔍", f"MJ::Outpaint::75::1::{h}::SOLO"),
        ("Custom Zoom", "🔍", f"MJ::CustomZoom::{h}"),
        ("", "⬅️", f"MJ::JOB::pan_left::1::{h}::SOLO"),
        ("", "➡️", f"MJ::JOB::pan_right::1::{h}::SOLO"),
        ("", "⬆️", f"MJ::JOB::pan_up::1::{h}::SOLO"),
        ("", "⬇️", f"MJ::JOB::pan_down::1::{h}::SOLO"),
        ("", "❤️", f"MJ::BOOKMARK::{h}"),
    ]
    grid = quadrants(httpx.get(str(parent.image_url)).content)
    single = quadrants(httpx.get(str(upscale.image_url)).content)
    assert single == [grid[1]] * 4  # the enlarged quadrant, in one colour


@pytest.mark.parametrize(
    ("name", "action"), [("U1", "UPSCALE"), ("V3", "VARIATION"), ("🔄", "REROLL")], ids=["U1", "V3", "reroll"]
)
def test_grid_actions_make_the_right_child(client: Wushuang, emu: Emulator, name: str, action: str) -> None:
    parent = finish(client, emu, imagine(client))
    custom_id = button(parent, name)
    result = client.midjourney.submit.action(task_id=parent.id, custom_id=custom_id)
    child = finish(client, emu, str(result.result))
    assert (result.code, child.action, child.custom_id) == (1, action, custom_id)
    assert child.description == f"/action {parent.id} {custom_id}"
    assert bool(child.buttons) and (child.buttons[0].label == "U1") == (action != "UPSCALE")


@pytest.mark.parametrize(
    ("name", "action"),
    [
        ("Upscale (Creative)", "UPSCALE"),
        ("Vary (Subtle)", "LOW_VARIATION"),
        ("Vary (Strong)", "HIGH_VARIATION"),
        ("Zoom Out 1.5x", "ZOOM"),
        ("⬅️", "PAN"),
    ],
)
def test_upscale_actions_make_the_right_child(client: Wushuang, emu: Emulator, name: str, action: str) -> None:
    grid = finish(client, emu, imagine(client))
    upscale = finish(
        client, emu, str(client.midjourney.submit.action(task_id=grid.id, custom_id=button(grid, "U4")).result)
    )
    child = finish(
        client, emu, str(client.midjourney.submit.action(task_id=upscale.id, custom_id=button(upscale, name)).result)
    )
    assert child.action == action and child.status == "SUCCESS"


@pytest.mark.parametrize(
    ("change", "action", "label"), [("U2", "UPSCALE", "U2"), ("v1", "VARIATION", "V1"), ("R", "REROLL", "")]
)
def test_simple_change(client: Wushuang, emu: Emulator, change: str, action: str, label: str) -> None:
    parent = finish(client, emu, imagine(client))
    result = client.midjourney.submit.simple_change(content=f"{parent.id} {change}")
    child = finish(client, emu, str(result.result))
    assert child.action == action and child.custom_id == button(parent, label or "🔄")


def test_change_and_action_refusals(client: Wushuang, emu: Emulator, http: httpx.Client) -> None:
    grid = finish(client, emu, imagine(client))
    upscale_id = str(client.midjourney.submit.change(task_id=grid.id, action="UPSCALE", index=1).result)
    upscale = finish(client, emu, upscale_id)
    running = imagine(client)

    def relay_error(path: str, body: dict[str, Any]) -> str:
        response = http.post(path, json=body)
        assert response.status_code == 400 and response.json()["type"] == "upstream_error"
        assert response.json()["code"] == 4
        return str(response.json()["description"])

    assert relay_error("/mj/submit/change", {"taskId": "42", "action": "UPSCALE", "index": 1}) == "task_not_found"
    assert relay_error("/mj/submit/change", {"taskId": running, "action": "UPSCALE", "index": 1}) == (
        "task_status_not_success"
    )
    assert relay_error("/mj/submit/change", {"taskId": upscale_id, "action": "UPSCALE"}) == "index_is_required"
    assert relay_error("/mj/submit/action", {"taskId": upscale_id, "customId": button(upscale, "❤️")}) == (
        "unknown_action"
    )
    assert relay_error("/mj/submit/simple-change", {"content": f"{running} U1"}) == "task_status_not_success"
    with pytest.raises(wushuang.BadRequestError) as info:
        client.midjourney.submit.action(task_id="42", custom_id=button(upscale, "Vary (Subtle)"))
    assert info.value.error and info.value.error.message == "task_not_found" and info.value.error.code == "4"
    # The parent must have that button (the proxy's answer: HTTP 200, code 4): an upscale has no U1-U4, a grid
    # no Vary (Subtle), and no task has another task's buttons.
    with pytest.raises(wushuang.MidjourneyError) as refused:
        client.midjourney.submit.change(task_id=upscale_id, action="UPSCALE", index=1)
    assert refused.value.code == 4
    other = finish(client, emu, imagine(client))
    for foreign in (button(upscale, "Vary (Subtle)"), upscale.custom_id):
        answer = http.post("/mj/submit/action", json={"taskId": other.id, "customId": foreign})
        assert answer.status_code == 200 and answer.json()["code"] == 4 and answer.json()["result"] is None
    assert client.midjourney.submit.action(task_id=other.id, custom_id=button(other, "V2")).code == 1


# ---------------------------------------------------------------- modal flow
def test_custom_zoom_waits_in_modal_until_the_modal_step(client: Wushuang, emu: Emulator, http: httpx.Client) -> None:
    grid = finish(client, emu, imagine(client))
    upscale = finish(
        client, emu, str(client.midjourney.submit.action(task_id=grid.id, custom_id=button(grid, "U1")).result)
    )
    result = client.midjourney.submit.action(task_id=upscale.id, custom_id=button(upscale, "Custom Zoom"))
    assert result.code == 21 and result.description == "Waiting for window confirm" and result.result
    assert result.properties and result.properties["remix"] is True
    task_id = str(result.result)
    emu.clock.advance(100)
    waiting = client.midjourney.tasks.fetch(task_id)
    assert (waiting.status, waiting.action) == ("MODAL", "CUSTOM_ZOOM")
    with pytest.raises(wushuang.MidjourneyModalRequiredError):
        finish(client, emu, task_id)
    # custom zoom needs a prompt
    with pytest.raises(wushuang.MidjourneyError) as missing:
        client.midjourney.submit.modal(task_id=task_id)
    assert missing.value.code == 4
    resumed = client.midjourney.submit.modal(task_id=task_id, prompt="a red fox, wider --zoom 2")
    assert (resumed.code, resumed.result) == (1, task_id)
    assert client.midjourney.tasks.fetch(task_id).status == "NOT_START"
    done = finish(client, emu, task_id)
    assert done.prompt == "a red fox, wider --zoom 2" and done.action == "CUSTOM_ZOOM" and done.buttons
    # modal on a task not in MODAL: refused
    again = http.post("/mj/submit/modal", json={"taskId": task_id, "prompt": "x --zoom 2"})
    assert again.status_code == 200 and again.json()["code"] == 4
    unknown = http.post("/mj/submit/modal", json={"taskId": "42", "prompt": "x"})
    assert unknown.status_code == 400 and unknown.json()["description"] == "task_not_found"


def test_vary_region_needs_a_mask(client: Wushuang, emu: Emulator, http: httpx.Client) -> None:
    grid = finish(client, emu, imagine(client))
    upscale = finish(
        client, emu, str(client.midjourney.submit.action(task_id=grid.id, custom_id=button(grid, "U3")).result)
    )
    result = client.midjourney.submit.action(task_id=upscale.id, custom_id=button(upscale, "Vary (Region)"))
    task_id = str(result.result)
    assert result.code == 21 and client.midjourney.tasks.fetch(task_id).status == "MODAL"
    with pytest.raises(wushuang.MidjourneyError) as info:
        client.midjourney.submit.modal(task_id=task_id, prompt="a hat")
    assert info.value.code == 4
    # (the SDK refuses a mask that is no data URL before sending it)
    not_a_mask = http.post("/mj/submit/modal", json={"taskId": task_id, "prompt": "a hat", "maskBase64": "mask.png"})
    assert not_a_mask.status_code == 200 and not_a_mask.json()["code"] == 4
    with pytest.raises(wushuang.MidjourneyError) as banned:
        client.midjourney.submit.modal(task_id=task_id, prompt="a banned hat", mask_base64=PNG_URL)
    assert banned.value.code == 24
    assert client.midjourney.submit.modal(task_id=task_id, prompt="a hat", mask_base64=PNG_URL).code == 1
    done = finish(client, emu, task_id)
    assert done.action == "INPAINT" and done.prompt == "a hat"


def test_modal_trigger_word_on_imagine(client: Wushuang, emu: Emulator) -> None:
    task_id = imagine(client, "remix me, modal")
    emu.clock.advance(1)
    assert client.midjourney.tasks.fetch(task_id).status == "SUBMITTED"
    emu.clock.advance(1)
    assert client.midjourney.tasks.fetch(task_id).status == "MODAL"
    assert client.midjourney.submit.modal(task_id=task_id, prompt="a calm sea").code == 1
    assert finish(client, emu, task_id).status == "SUCCESS"


# ---------------------------------------------------------------- describe, blend, shorten, swap face, seed
def test_describe_answers_four_prompts(client: Wushuang, emu: Emulator, http: httpx.Client) -> None:
    result = client.midjourney.submit.describe(base64=PNG_URL)
    task = finish(client, emu, str(result.result))
    assert task.action == "DESCRIBE" and task.properties
    prompts = task.properties["finalPrompt"].split("\n\n")
    assert len(prompts) == 4 and [p[:1] for p in prompts] == ["1", "2", "3", "4"]
    assert task.prompt == task.properties["finalPrompt"] and task.buttons == []
    refused = http.post("/mj/submit/describe", json={"base64": "iVBORw0KGgo="})  # base64 but no data URL
    assert refused.status_code == 200 and refused.json()["code"] == 4


def test_blend_checks_its_data_urls(client: Wushuang, emu: Emulator, http: httpx.Client) -> None:
    result = client.midjourney.submit.blend(base64_array=[PNG_URL] * 3, dimensions="LANDSCAPE")
    task = finish(client, emu, str(result.result))
    assert task.action == "BLEND" and [b.label for b in task.buttons][:4] == ["U1", "U2", "U3", "U4"]
    width, height, _ = pixels(httpx.get(str(task.image_url)).content)
    assert (width, height) == (1536, 1024)
    for images in ([PNG_URL, "https://example.com/cat.png"], [PNG_URL, "data:image/png;base64,@@@"]):
        refused = http.post("/mj/submit/blend", json={"base64Array": images})
        assert refused.status_code == 200 and refused.json()["code"] == 4
    one = http.post("/mj/submit/blend", json={"base64Array": [PNG_URL]})
    assert one.status_code == 400 and one.json()["code"] == 4
    assert len(emu.app.state.tasks) == 1


def test_shorten_and_swap_face(client: Wushuang, emu: Emulator, http: httpx.Client) -> None:
    prompt = "A whimsical, majestic tower of donuts, intricately crafted and adorned with colorful sprinkles"
    shorten = finish(client, emu, str(client.midjourney.submit.shorten(prompt=prompt).result))
    assert shorten.action == "SHORTEN" and shorten.image_url is None and shorten.properties
    versions = [v.split(" ", 1)[1] for v in shorten.properties["finalPrompt"].split("\n\n")]
    assert len(versions) == 5 and all(len(v) < len(prompt) for v in versions)
    assert [len(v) for v in versions] == sorted((len(v) for v in versions), reverse=True)
    swap = client.midjourney.submit.swap_face(source_base64=PNG_URL, target_base64=PNG_URL)
    face = finish(client, emu, str(swap.result))
    assert face.action == "SWAP_FACE" and face.bot_type == "INSIGHT_FACE" and face.buttons == []
    assert len(set(quadrants(httpx.get(str(face.image_url)).content))) == 1
    refused = http.post("/mj/insight-face/swap", json={"sourceBase64": PNG_URL, "targetBase64": "face.png"})
    assert refused.status_code == 200 and refused.json()["code"] == 4


def test_image_seed_needs_a_finished_task(client: Wushuang, emu: Emulator, http: httpx.Client) -> None:
    task_id = imagine(client)
    with pytest.raises(wushuang.MidjourneyError) as info:
        client.midjourney.tasks.image_seed(task_id)
    assert info.value.code == 4
    finish(client, emu, task_id)
    seed = client.midjourney.tasks.image_seed(task_id)
    assert seed.code == 1 and str(seed.result).isdigit()
    assert client.midjourney.tasks.image_seed(task_id).result == seed.result
    unknown = http.get("/mj/task/42/image-seed")
    assert unknown.status_code == 400 and unknown.json()["description"] == "task_no_found"


def test_list_by_condition_omits_unknown_ids(client: Wushuang, emu: Emulator) -> None:
    first, second = imagine(client, "one"), imagine(client, "two")
    emu.clock.advance(20)
    tasks = client.midjourney.tasks.list_by_condition(ids=[second, "42", first])
    assert [t.id for t in tasks] == [second, first] and {t.status for t in tasks} == {"SUCCESS"}
    assert client.midjourney.tasks.list_by_condition(ids=["42"]) == []


# ---------------------------------------------------------------- queue, banned words
def test_the_queue_runs_three_and_holds_ten_then_refuses_with_code_23(client: Wushuang, emu: Emulator) -> None:
    ids = [imagine(client, f"task {i}") for i in range(13)]  # midjourney-proxy's defaults: 3 run, 10 wait
    with pytest.raises(wushuang.MidjourneyError) as info:
        client.midjourney.submit.imagine(prompt="one too many")
    assert info.value.code == 23 and info.value.properties["numberOfQueues"] == 10
    fetch = client.midjourney.tasks.fetch
    emu.clock.advance(3)
    assert [fetch(i).status for i in ids[2:5]] == ["IN_PROGRESS", "NOT_START", "NOT_START"]
    emu.clock.advance(11.5)  # the first three are done at 12 s: the next three took their slots
    assert [fetch(i).status for i in (ids[0], ids[3], ids[6])] == ["SUCCESS", "IN_PROGRESS", "NOT_START"]
    parent = imagine(client, "room again")
    emu.app.state.midjourney.running, emu.app.state.midjourney.waiting = 1, 0
    emu.clock.advance(200)
    assert client.midjourney.submit.change(task_id=parent, action="VARIATION", index=1).code == 1
    with pytest.raises(wushuang.MidjourneyError) as full:
        client.midjourney.submit.change(task_id=ids[0], action="UPSCALE", index=1)
    assert full.value.code == 23
    with pytest.raises(wushuang.MidjourneyError) as also_full:
        client.midjourney.submit.describe(base64=PNG_URL)
    assert also_full.value.code == 23


def test_banned_words_are_code_24(client: Wushuang, emu: Emulator, http: httpx.Client) -> None:
    body = http.post("/mj/submit/imagine", json={"prompt": "Something FORBIDDEN here"})
    assert body.status_code == 200
    assert body.json()["code"] == 24 and body.json()["properties"]["bannedWord"] == "forbidden"
    emu.app.state.midjourney.banned_words = ("kitten",)
    with pytest.raises(wushuang.MidjourneyError) as info:
        client.midjourney.submit.shorten(prompt="a kitten in a box")
    assert info.value.code == 24 and info.value.properties == {"promptEn": "a kitten in a box", "bannedWord": "kitten"}
    assert imagine(client, "a banned word no more")
    assert len(emu.app.state.tasks) == 1


# ---------------------------------------------------------------- mode prefixes
def test_mode_prefixes_reach_the_same_handlers(emu: Emulator, http: httpx.Client) -> None:
    ids = {}
    for mode in ("fast", "relax", "turbo"):
        answer = http.post(f"/mj-{mode}/mj/submit/imagine", json={"prompt": f"{mode} cat"})
        assert answer.json()["code"] == 1
        ids[mode] = answer.json()["result"]
    assert [r.operation_id for r in emu.requests] == ["submitImagine"] * 3

    def progress() -> dict[str, str]:
        tasks = {m: http.get(f"/mj-{m}/mj/task/{i}/fetch").json() for m, i in ids.items()}
        return {m: f"{t['status']} {t['progress']}" for m, t in tasks.items()}

    emu.clock.advance(4)  # relax is three times slower, turbo twice as fast
    assert progress() == {"fast": "IN_PROGRESS 20%", "relax": "SUBMITTED 0%", "turbo": "IN_PROGRESS 60%"}
    emu.clock.advance(3)
    assert progress() == {"fast": "IN_PROGRESS 50%", "relax": "IN_PROGRESS 3%", "turbo": "SUCCESS 100%"}
    emu.clock.advance(5)
    assert progress() == {"fast": "SUCCESS 100%", "relax": "IN_PROGRESS 20%", "turbo": "SUCCESS 100%"}
    assert http.post("/mj-slow/mj/submit/imagine", json={"prompt": "x"}).status_code == 404
    with Wushuang(api_key=emu.api_key, base_url=emu.base_url, midjourney_mode="relax") as relaxed:
        relaxed.midjourney.submit.imagine(prompt="sdk cat")
    assert emu.requests.last.path == "/mj-relax/mj/submit/imagine"


# ---------------------------------------------------------------- callbacks
@pytest.fixture
def hooks() -> Iterator[tuple[str, list[tuple[str, dict[str, Any]]]]]:
    """A 127.0.0.1 receiver: its URL and the (path, JSON) of every POST it received."""
    received: list[tuple[str, dict[str, Any]]] = []

    class Receiver(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - the http.server name
            body = self.rfile.read(int(self.headers["content-length"]))
            received.append((self.path, json.loads(body)))
            self.send_response(204)
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the http.server signature
            pass

    receiver = ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    thread = threading.Thread(target=receiver.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{receiver.server_address[1]}", received
    receiver.shutdown()
    receiver.server_close()


def test_notify_hook_receives_each_status_change(
    client: Wushuang, emu: Emulator, hooks: tuple[str, list[tuple[str, dict[str, Any]]]]
) -> None:
    url, received = hooks
    imagine(client, "no hook for me")
    task_id = imagine(client, notify_hook=f"{url}/hook/a", state="mine")
    expected = ["NOT_START", "SUBMITTED", "IN_PROGRESS", "SUCCESS"]
    for step, status in zip([0, 1, 1, 10], expected, strict=True):
        emu.clock.advance(step)
        eventually(lambda: len(received) >= expected.index(status) + 1)  # noqa: B023 - used at once
    time.sleep(0.2)
    assert [body["status"] for _, body in received] == expected
    assert {path for path, _ in received} == {"/hook/a"}
    assert {body["id"] for _, body in received} == {task_id} and received[-1][1]["state"] == "mine"
    assert received[-1][1]["imageUrl"] == f"{emu.base_url}/mj/image/{task_id}" and received[-1][1]["buttons"]
