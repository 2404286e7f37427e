"""Midjourney end to end on the wrapper side: buttons by name, modal steps, waiting well, many tasks at once, images
in and out, modes and notifications. Traffic goes through ``httpx.MockTransport`` or to a server on 127.0.0.1."""

from __future__ import annotations

import base64
import io
import json
import sys
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from _fakes import FakeTime, mock_async_client, mock_client

import wushuang
from wushuang import (
    AuthenticationError,
    InvalidParameterError,
    MidjourneyError,
    MidjourneyTaskFailedError,
    MidjourneyTimeoutError,
    Wushuang,
)
from wushuang.types import Task

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 24
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 24
WEBP = b"RIFF\x00\x00\x00\x00WEBPVP8 " + b"\x00" * 16
GIF = b"GIF89a" + b"\x00" * 24
HASH = "3dbbd469-36af-4a0f-8f02-df6c579e7011"
GRID_BUTTONS = [
    *(
        {"customId": f"MJ::JOB::upsample::{i}::{HASH}", "emoji": "", "label": f"U{i}", "type": 2, "style": 2}
        for i in range(1, 5)
    ),
    {"customId": f"MJ::JOB::reroll::0::{HASH}::SOLO", "emoji": "🔄", "label": "", "type": 2, "style": 2},
    *(
        {"customId": f"MJ::JOB::variation::{i}::{HASH}", "emoji": "", "label": f"V{i}", "type": 2, "style": 2}
        for i in range(1, 5)
    ),
]
UPSCALE_BUTTONS = [
    {"customId": f"MJ::JOB::high_variation::1::{HASH}::SOLO", "emoji": "🪄", "label": "Vary (Strong)"},
    {"customId": f"MJ::JOB::low_variation::1::{HASH}::SOLO", "emoji": "🪄", "label": "Vary (Subtle)"},
    {"customId": f"MJ::Inpaint::1::{HASH}::SOLO", "emoji": "🖌️", "label": "Vary (Region)"},
    {"customId": f"MJ::Outpaint::50::1::{HASH}::SOLO", "emoji": "🔍", "label": "Zoom Out 2x"},
    {"customId": f"MJ::Outpaint::75::1::{HASH}::SOLO", "emoji": "🔍", "label": "Zoom Out 1.5x"},
    {"customId": f"MJ::CustomZoom::{HASH}", "emoji": "🔍", "label": "Custom Zoom"},
    {"customId": f"MJ::JOB::pan_left::1::{HASH}::SOLO", "emoji": "⬅️", "label": ""},
    {"customId": f"MJ::BOOKMARK::{HASH}", "emoji": "❤️", "label": ""},
]


def task_json(task_id: str = "100", status: str = "SUCCESS", progress: str = "100%", **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"id": task_id, "action": "IMAGINE", "status": status, "progress": progress}
    body.update(prompt="a cat", buttons=GRID_BUTTONS if status == "SUCCESS" else [], **extra)
    return body


def grid() -> Task:
    return wushuang.parse_task_notification(task_json())


def upscaled() -> Task:
    return wushuang.parse_task_notification({**task_json("200"), "action": "UPSCALE", "buttons": UPSCALE_BUTTONS})


class Relay:
    """A scripted relay: records every request; ``answer`` decides each response (default: submit accepted)."""

    def __init__(self, answer: Callable[[httpx.Request], httpx.Response] | None = None) -> None:
        self.requests: list[httpx.Request] = []
        self.answer = answer or (lambda request: submitted("300"))
        self.lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            self.requests.append(request)
        return self.answer(request)

    def bodies(self, path: str) -> list[dict[str, Any]]:
        return [json.loads(r.content) for r in self.requests if r.url.path == path]


def submitted(task_id: str, code: int = 1, **properties: Any) -> httpx.Response:
    return httpx.Response(200, json={"code": code, "description": "", "result": task_id, "properties": properties})


# ---------------------------------------------------------------------------------------------- buttons


@pytest.mark.parametrize(
    ("task", "button", "custom_id"),
    [
        (grid, "U1", f"MJ::JOB::upsample::1::{HASH}"),
        (grid, "v3", f"MJ::JOB::variation::3::{HASH}"),
        (grid, "🔄", f"MJ::JOB::reroll::0::{HASH}::SOLO"),
        (grid, "reroll", f"MJ::JOB::reroll::0::{HASH}::SOLO"),
        (grid, f"MJ::JOB::upsample::4::{HASH}", f"MJ::JOB::upsample::4::{HASH}"),
        (upscaled, "Zoom Out 2x", f"MJ::Outpaint::50::1::{HASH}::SOLO"),
        (upscaled, "zoom_out_1.5x", f"MJ::Outpaint::75::1::{HASH}::SOLO"),
        (upscaled, "Vary (Strong)", f"MJ::JOB::high_variation::1::{HASH}::SOLO"),
        (upscaled, "vary_subtle", f"MJ::JOB::low_variation::1::{HASH}::SOLO"),
        (upscaled, "⬅️", f"MJ::JOB::pan_left::1::{HASH}::SOLO"),
        (upscaled, "pan left", f"MJ::JOB::pan_left::1::{HASH}::SOLO"),
        (upscaled, "bookmark", f"MJ::BOOKMARK::{HASH}"),
    ],
)
def test_press_finds_the_button_by_label_emoji_name_or_custom_id(
    task: Callable[[], Task], button: str, custom_id: str
) -> None:
    relay = Relay()
    pressed = mock_client(relay).midjourney.submit.press(task(), button, state="s1", choose_same_channel=True)
    assert relay.bodies("/mj/submit/action") == [
        {"taskId": task().id, "customId": custom_id, "state": "s1", "chooseSameChannel": True}
    ]
    assert (pressed.task_id, pressed.needs_modal, pressed.button.custom_id) == ("300", False, custom_id)


def test_press_with_a_task_id_fetches_the_task_first() -> None:
    relay = Relay(lambda r: httpx.Response(200, json=task_json("100")) if r.method == "GET" else submitted("301"))
    pressed = mock_client(relay).midjourney.submit.press("100", "U2")
    assert [r.url.path for r in relay.requests] == ["/mj/task/100/fetch", "/mj/submit/action"]
    assert pressed.task_id == "301"


@pytest.mark.parametrize(
    ("task", "button", "message"),
    [
        (
            lambda: wushuang.parse_task_notification(task_json(status="IN_PROGRESS", progress="40%")),
            "U1",
            "is IN_PROGRESS",
        ),
        (grid, "U5", "has no button 'U5'; its buttons: U1, U2, U3, U4, 🔄, V1, V2, V3, V4"),
        (grid, "Zoom Out 2x", "has no button 'Zoom Out 2x'"),
        (grid, "", "non-empty str"),
    ],
)
def test_press_refuses_bad_input_before_sending(task: Callable[[], Task], button: str, message: str) -> None:
    relay = Relay()
    with pytest.raises(InvalidParameterError, match=message.replace("(", r"\(")) as caught:
        mock_client(relay).midjourney.submit.press(task(), button)
    assert caught.value.param == "button" and relay.requests == []


def test_press_refuses_what_is_not_a_task() -> None:
    relay = Relay()
    with pytest.raises(InvalidParameterError, match="Task or its ID"):
        mock_client(relay).midjourney.submit.press(42, "U1")  # type: ignore[arg-type]
    assert relay.requests == []


def test_press_reports_a_modal_step_on_code_21() -> None:
    relay = Relay(lambda r: submitted("302", code=21, status="MODAL"))
    pressed = mock_client(relay).midjourney.submit.press(upscaled(), "Custom Zoom")
    assert pressed.needs_modal and pressed.task_id == "302" and pressed.result.code == 21


def test_custom_zoom_presses_then_sends_the_modal_with_the_zoom() -> None:
    relay = Relay(lambda r: submitted("303", code=21 if r.url.path.endswith("action") else 1))
    done = mock_client(relay).midjourney.submit.custom_zoom(upscaled(), "a cat in space", zoom=1.5)
    assert relay.bodies("/mj/submit/action")[0]["customId"] == f"MJ::CustomZoom::{HASH}"
    assert relay.bodies("/mj/submit/modal") == [{"taskId": "303", "prompt": "a cat in space --zoom 1.5"}]
    assert done.task_id == "303" and not done.needs_modal


@pytest.mark.parametrize("zoom", [0.5, 2.5, True, "2"])
def test_custom_zoom_refuses_a_bad_zoom_before_sending(zoom: Any) -> None:
    relay = Relay()
    with pytest.raises(InvalidParameterError, match="zoom"):
        mock_client(relay).midjourney.submit.custom_zoom(upscaled(), "x", zoom=zoom)
    assert relay.requests == []


def test_vary_region_sends_the_mask_as_a_data_url_and_the_task_prompt(tmp_path: Path) -> None:
    mask = tmp_path / "mask.png"
    mask.write_bytes(PNG)
    relay = Relay(lambda r: submitted("304", code=21))
    mock_client(relay).midjourney.submit.vary_region(upscaled(), mask)
    assert relay.bodies("/mj/submit/action")[0]["customId"] == f"MJ::Inpaint::1::{HASH}::SOLO"
    expected = "data:image/png;base64," + base64.b64encode(PNG).decode()
    assert relay.bodies("/mj/submit/modal") == [{"taskId": "304", "maskBase64": expected, "prompt": "a cat"}]


def test_vary_region_refuses_a_mask_that_is_not_an_image_before_sending() -> None:
    relay = Relay()
    with pytest.raises(InvalidParameterError, match="mask is not a PNG, JPEG, WebP or GIF"):
        mock_client(relay).midjourney.submit.vary_region(upscaled(), b"hello", prompt="x")
    assert relay.requests == []


async def test_async_press_custom_zoom_and_vary_region() -> None:
    relay = Relay(lambda r: httpx.Response(200, json=task_json("100")) if r.method == "GET" else submitted("305", 21))
    submit = mock_async_client(relay).midjourney.submit
    pressed = await submit.press("100", "🔄")
    assert pressed.needs_modal and relay.bodies("/mj/submit/action")[0]["customId"].startswith("MJ::JOB::reroll::")
    await submit.custom_zoom(upscaled(), "far", zoom=2)
    await submit.vary_region(upscaled(), io.BytesIO(GIF), prompt="a dog")
    modal = relay.bodies("/mj/submit/modal")
    assert modal[0] == {"taskId": "305", "prompt": "far --zoom 2"}
    assert modal[1]["maskBase64"].startswith("data:image/gif;base64,") and modal[1]["prompt"] == "a dog"
    with pytest.raises(InvalidParameterError, match="has no button"):
        await submit.press(grid(), "Custom Zoom")


# ---------------------------------------------------------------------------------------------- images in


def test_images_are_sent_as_data_urls_with_the_type_read_from_the_bytes(tmp_path: Path) -> None:
    path = tmp_path / "cat.webp"
    path.write_bytes(WEBP)
    relay = Relay()
    submit = mock_client(relay).midjourney.submit
    url = "data:image/png;base64,iVBORw0KGgo="
    submit.imagine(prompt="cat", base64_array=[path, JPEG, io.BytesIO(GIF), url])
    submit.blend(base64_array=[PNG, PNG])
    submit.describe(base64=JPEG)
    submit.swap_face(source_base64=PNG, target_base64=path)
    imagine, blend, describe, swap = (json.loads(r.content) for r in relay.requests)
    assert [u.split(",")[0] for u in imagine["base64Array"]] == [
        "data:image/webp;base64",
        "data:image/jpeg;base64",
        "data:image/gif;base64",
        "data:image/png;base64",
    ]
    assert base64.b64decode(imagine["base64Array"][1].split(",")[1]) == JPEG
    assert imagine["base64Array"][3] == url
    assert blend["base64Array"][0].startswith("data:image/png;base64,")
    assert describe["base64"].startswith("data:image/jpeg;base64,")
    assert swap["targetBase64"].startswith("data:image/webp;base64,")


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda s: s.describe(base64=b"%PDF-1.7"), "base64 is not a PNG, JPEG, WebP or GIF"),
        (lambda s: s.describe(base64="data:application/pdf;base64,AAAA"), "data URL of application/pdf"),
        (lambda s: s.describe(base64="cat.png"), "must be a data URL"),
        (lambda s: s.describe(base64=12), "got int"),
        (lambda s: s.imagine(prompt="x", base64_array=[PNG, b"GIF00"]), r"base64_array\[1\] is not a PNG"),
        (lambda s: s.blend(base64_array=[PNG]), "base64_array"),
        (lambda s: s.blend(base64_array=[PNG] * 6), "base64_array"),
        (lambda s: s.swap_face(source_base64=PNG, target_base64=b""), "target_base64"),
    ],
)
def test_bad_images_are_refused_before_sending(call: Callable[[Any], Any], message: str) -> None:
    relay = Relay()
    with pytest.raises(InvalidParameterError, match=message):
        call(mock_client(relay).midjourney.submit)
    assert relay.requests == []


def test_images_over_the_size_limit_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    from wushuang._core import data_url as _data_url

    monkeypatch.setattr(_data_url, "MAX_IMAGE_BYTES", 16)
    relay = Relay()
    submit = mock_client(relay).midjourney.submit
    with pytest.raises(InvalidParameterError, match="larger than"):
        submit.describe(base64=PNG)
    with pytest.raises(InvalidParameterError, match="larger than"):
        submit.describe(base64="data:image/png;base64," + "A" * 40)
    assert relay.requests == []
    assert _data_url.image_data_url(b"GIF89a", param="p", operation_id="o") == "data:image/gif;base64,R0lGODlh"


async def test_async_images_are_sent_as_data_urls() -> None:
    relay = Relay()
    await mock_async_client(relay).midjourney.submit.describe(base64=PNG)
    assert json.loads(relay.requests[0].content)["base64"].startswith("data:image/png;base64,")


# ---------------------------------------------------------------------------------------------- waiting


def progressing(*steps: Any) -> Callable[[httpx.Request], httpx.Response]:
    """Answer each fetch with the next of ``steps`` (a task body, or an ``httpx.Response``/exception to give)."""
    queue = list(steps)

    def answer(request: httpx.Request) -> httpx.Response:
        step = queue.pop(0) if len(queue) > 1 else queue[0]
        if isinstance(step, Exception):
            raise step
        return step if isinstance(step, httpx.Response) else httpx.Response(200, json=step)

    return answer


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("tty", [True, False])
def test_wait_draws_a_progress_bar_only_on_a_terminal(tty: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    err = Terminal() if tty else io.StringIO()
    monkeypatch.setattr(sys, "stderr", err)
    relay = Relay(progressing(task_json(status="IN_PROGRESS", progress="50%"), task_json()))
    seen: list[int | None] = []
    task = mock_client(relay).midjourney.tasks.wait(
        "100", progress=True, on_progress=lambda t: seen.append(t.progress_percent)
    )
    assert task.status == "SUCCESS" and seen == [50, 100]
    if tty:
        assert "\r[" + "#" * 15 + "." * 15 + "]  50% IN_PROGRESS 100" in err.getvalue()
        assert "100% SUCCESS 100" in err.getvalue() and err.getvalue().endswith("\n")
    else:
        assert err.getvalue() == ""


def test_wait_outlasts_connection_errors_429_and_5xx() -> None:
    relay = Relay(
        progressing(
            httpx.ConnectError("refused"),
            httpx.Response(502, text="bad gateway"),
            httpx.Response(429, json={"error": {"message": "slow down"}}),
            task_json(),
        )
    )
    fake = FakeTime()
    assert mock_client(relay, fake).midjourney.tasks.wait("100", interval=2).status == "SUCCESS"
    assert len(relay.requests) == 4 and fake.sleeps == [2, 2, 2]


def test_wait_raises_other_errors_and_a_timeout_caused_by_the_last_transient_one() -> None:
    with pytest.raises(AuthenticationError):
        mock_client(Relay(progressing(httpx.Response(401, json={"error": {"message": "no"}})))).midjourney.tasks.wait(
            "100"
        )
    relay = Relay(progressing(httpx.Response(503, text="down")))
    with pytest.raises(MidjourneyTimeoutError) as caught:
        mock_client(relay).midjourney.tasks.wait("100", timeout=5, interval=2)
    assert isinstance(caught.value.__cause__, wushuang.InternalServerError) and caught.value.status is None
    assert len(relay.requests) == 3  # at 0, 2 and 4 s; the next poll would pass 5 s


def test_wait_bounds_each_fetch_by_what_is_left_of_the_timeout() -> None:
    relay = Relay(progressing(task_json(status="IN_PROGRESS", progress="10%")))
    fake = FakeTime()
    with pytest.raises(MidjourneyTimeoutError, match="did not finish within 7 s"):
        mock_client(relay, fake).midjourney.tasks.wait("100", timeout=7, interval=3)
    reads = [r.extensions["timeout"]["read"] for r in relay.requests]
    assert reads == [5, 4, 1]  # the client's own 5 s (httpx.Client's default) while it is the shorter


def test_wait_still_raises_the_typed_task_errors() -> None:
    relay = Relay(progressing(task_json(status="FAILURE", progress="", failReason="banned")))
    with pytest.raises(MidjourneyTaskFailedError, match="banned"):
        mock_client(relay).midjourney.tasks.wait("100")


async def test_async_wait_with_progress_and_transient_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    err = Terminal()
    monkeypatch.setattr(sys, "stderr", err)
    relay = Relay(progressing(httpx.Response(500, text="oops"), task_json(status="IN_PROGRESS"), task_json()))
    task = await mock_async_client(relay).midjourney.tasks.wait("100", progress=True)
    assert task.status == "SUCCESS" and "100% SUCCESS" in err.getvalue()


def listing(rounds: list[list[dict[str, Any]]]) -> Callable[[httpx.Request], httpx.Response]:
    """Answer each list-by-condition with the next round of tasks (the last one repeats)."""

    def answer(request: httpx.Request) -> httpx.Response:
        assert request.url.path == "/mj/task/list-by-condition"
        return httpx.Response(200, json=rounds.pop(0) if len(rounds) > 1 else rounds[0])

    return answer


WAIT_MANY_ROUNDS = [
    [task_json("1", "IN_PROGRESS", "10%"), task_json("2", "SUBMITTED", "0%")],
    [task_json("2", "FAILURE", "", failReason="banned"), task_json("1", "IN_PROGRESS", "60%"), task_json("3")],
    [task_json("1")],
]


def test_wait_many_makes_one_list_call_per_interval_and_keeps_the_order() -> None:
    relay = Relay(listing([list(r) for r in WAIT_MANY_ROUNDS]))
    fake = FakeTime()
    seen: list[tuple[str, str | None]] = []
    tasks = mock_client(relay, fake).midjourney.tasks.wait_many(
        ["3", "1", "2"], interval=5, on_progress=lambda t: seen.append((t.id, t.progress))
    )
    assert [t.id for t in tasks] == ["3", "1", "2"]
    assert [t.status for t in tasks] == ["SUCCESS", "SUCCESS", "FAILURE"]
    assert [r.url.path for r in relay.requests] == ["/mj/task/list-by-condition"] * 3
    assert [json.loads(r.content)["ids"] for r in relay.requests] == [["3", "1", "2"], ["3", "1", "2"], ["1"]]
    assert fake.sleeps == [5, 5]
    assert seen == [("1", "10%"), ("2", "0%"), ("2", ""), ("1", "60%"), ("3", "100%"), ("1", "100%")]


def test_wait_many_times_out_with_every_task_as_last_seen() -> None:
    relay = Relay(listing([[task_json("1"), task_json("2", "IN_PROGRESS", "30%")]]))
    with pytest.raises(MidjourneyTimeoutError) as caught:
        mock_client(relay).midjourney.tasks.wait_many(["1", "2", "9"], timeout=12, interval=5)
    assert caught.value.task_id == "2" and caught.value.progress == "30%"
    assert [getattr(t, "id", None) for t in caught.value.tasks or []] == ["1", "2", None]
    assert len(relay.requests) == 3


def test_wait_many_refuses_bad_ids_before_sending() -> None:
    relay = Relay()
    with pytest.raises(InvalidParameterError, match="list of task IDs"):
        mock_client(relay).midjourney.tasks.wait_many("123")  # type: ignore[arg-type]
    assert relay.requests == []


async def test_async_wait_many() -> None:
    relay = Relay(listing([list(r) for r in WAIT_MANY_ROUNDS]))
    tasks = await mock_async_client(relay).midjourney.tasks.wait_many(["1", "2", "3"])
    assert [(t.id, t.status) for t in tasks] == [("1", "SUCCESS"), ("2", "FAILURE"), ("3", "SUCCESS")]
    assert len(relay.requests) == 3


# ---------------------------------------------------------------------------------------------- many submits


class QueueFull:
    """Refuse each prompt with code 23 ``full`` times before accepting it; ``banned`` prompts get code 24."""

    def __init__(self, full: int, delay: float = 0.0) -> None:
        self.full, self.delay = full, delay
        self.tries: dict[str, int] = {}
        self.in_flight = self.most = 0
        self.lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        prompt = json.loads(request.content)["prompt"]
        with self.lock:
            self.tries[prompt] = self.tries.get(prompt, 0) + 1
            self.in_flight += 1
            self.most = max(self.most, self.in_flight)
        time.sleep(self.delay)
        with self.lock:
            self.in_flight -= 1
        if prompt.startswith("banned"):
            return submitted("", code=24)
        if self.tries[prompt] <= self.full:
            return httpx.Response(200, json={"code": 23, "description": "queue full", "result": None})
        return submitted(f"id-{prompt}")


def test_imagine_many_backs_off_on_queue_full_and_reports_each_prompt() -> None:
    relay = QueueFull(full=2)
    fake = FakeTime()
    outcomes = mock_client(Relay(relay), fake).midjourney.submit.imagine_many(
        ["a", "banned b", "c"], bot_type="NIJI_JOURNEY"
    )
    assert [(o.prompt, o.task_id, o.attempts) for o in outcomes] == [
        ("a", "id-a", 3),
        ("banned b", None, 1),
        ("c", "id-c", 3),
    ]
    assert isinstance(outcomes[1].error, MidjourneyError) and outcomes[1].error.code == 24
    assert sorted(fake.sleeps) == [1, 1, 2, 2]


def test_imagine_many_gives_up_after_max_attempts_and_keeps_to_the_concurrency() -> None:
    relay = QueueFull(full=9, delay=0.02)
    outcomes = mock_client(Relay(relay)).midjourney.submit.imagine_many(
        [str(i) for i in range(6)], concurrency=2, max_attempts=2
    )
    assert all(o.error is not None and o.error.code == 23 and o.attempts == 2 for o in outcomes)  # type: ignore[attr-defined]
    assert relay.most == 2


@pytest.mark.parametrize("kwargs", [{"prompts": "abc"}, {"prompts": ["a", ""]}, {"prompts": ["a"], "concurrency": 0}])
def test_imagine_many_refuses_bad_input_before_sending(kwargs: dict[str, Any]) -> None:
    relay = Relay()
    with pytest.raises(InvalidParameterError):
        mock_client(relay).midjourney.submit.imagine_many(**kwargs)
    assert relay.requests == []


async def test_async_imagine_many_backs_off_and_keeps_the_order() -> None:
    relay = QueueFull(full=1)
    fake = FakeTime()
    outcomes = await mock_async_client(Relay(relay), fake).midjourney.submit.imagine_many(
        [f"p{i}" for i in range(5)], concurrency=3
    )
    assert [o.task_id for o in outcomes] == [f"id-p{i}" for i in range(5)]
    assert fake.sleeps == [1] * 5


# ---------------------------------------------------------------------------------------------- images out


def image_relay(image: bytes = PNG) -> Relay:
    return Relay(lambda r: httpx.Response(200, content=image, headers={"content-type": "image/png"}))


def test_download_sends_the_key_only_to_the_relay_origin(tmp_path: Path) -> None:
    relay = image_relay()
    tasks = mock_client(relay).midjourney.tasks
    own = wushuang.parse_task_notification(task_json(imageUrl="http://relay.test/mj/image/100"))
    assert tasks.download(own, tmp_path / "a.png").read_bytes() == PNG
    for url in (
        "https://cdn.example/x.png",
        "http://relay.test:8080/mj/image/1",
        "https://relay.test/mj/image/1",
        "http://relay.test.evil/x.png",
    ):
        tasks.download(wushuang.parse_task_notification(task_json(imageUrl=url)), tmp_path / "b.png")
    assert relay.requests[0].headers["authorization"] == "Bearer sk-test"
    assert [str(r.url) for r in relay.requests[1:]] == [
        "https://cdn.example/x.png",
        "http://relay.test:8080/mj/image/1",
        "https://relay.test/mj/image/1",
        "http://relay.test.evil/x.png",
    ]
    assert all("authorization" not in r.headers for r in relay.requests[1:])


def test_iter_image_streams_and_fetches_an_id_first() -> None:
    relay = Relay(
        lambda r: (
            httpx.Response(200, json=task_json(imageUrl="http://relay.test/mj/image/100"))
            if r.url.path.endswith("/fetch")
            else httpx.Response(200, content=PNG * 4)
        )
    )
    chunks = list(mock_client(relay).midjourney.tasks.iter_image("100", chunk_size=32))
    assert b"".join(chunks) == PNG * 4 and len(chunks) == 4


def test_download_refuses_a_task_without_image_and_maps_errors(tmp_path: Path) -> None:
    relay = Relay(lambda r: httpx.Response(404, json={"description": "gone"}))
    tasks = mock_client(relay).midjourney.tasks
    with pytest.raises(InvalidParameterError, match="has no image URL"):
        tasks.download(grid(), tmp_path / "x.png")
    assert relay.requests == []
    with pytest.raises(wushuang.NotFoundError):
        tasks.download(wushuang.parse_task_notification(task_json(imageUrl="http://relay.test/i")), tmp_path / "x")


async def test_async_download_and_iter_image(tmp_path: Path) -> None:
    relay = image_relay(GIF)
    tasks = mock_async_client(relay).midjourney.tasks
    cdn = wushuang.parse_task_notification(task_json(imageUrl="https://cdn.example/x.gif"))
    assert (await tasks.download(cdn, tmp_path / "x.gif")).read_bytes() == GIF
    own = wushuang.parse_task_notification(task_json(imageUrl="http://relay.test/mj/image/1"))
    assert b"".join([chunk async for chunk in tasks.iter_image(own)]) == GIF
    assert "authorization" not in relay.requests[0].headers
    assert relay.requests[1].headers["authorization"] == "Bearer sk-test"


def test_split_grid_gives_the_four_quarters_in_order(tmp_path: Path) -> None:
    from PIL import Image as image_module  # the `images` extra, which the test session installs

    picture = image_module.new("RGB", (4, 2))
    colours = [(255, 0, 0), (0, 255, 0), (0, 0, 255), (255, 255, 255)]
    for (x, y), colour in zip([(0, 0), (2, 0), (0, 1), (2, 1)], colours, strict=True):
        picture.putpixel((x, y), colour)
    out = io.BytesIO()
    picture.save(out, format="PNG")
    (tmp_path / "grid.png").write_bytes(out.getvalue())
    for source in (out.getvalue(), tmp_path / "grid.png"):
        parts = wushuang.split_grid(source)
        assert len(parts) == 4
        opened = [image_module.open(io.BytesIO(part)) for part in parts]
        assert [p.size for p in opened] == [(2, 1)] * 4
        assert [p.convert("RGB").getpixel((0, 0)) for p in opened] == colours


# ---------------------------------------------------------------------------------------------- modes, notifications


def test_midjourney_mode_prefixes_only_midjourney_paths() -> None:
    relay = Relay(
        lambda r: (
            submitted("1") if r.url.path.startswith("/mj") else httpx.Response(200, json={"object": "list", "data": []})
        )
    )
    client = mock_client(relay, midjourney_mode="relax")
    client.midjourney.submit.imagine(prompt="x")
    client.with_options(midjourney_mode="turbo").midjourney.submit.imagine(prompt="x")
    client.with_options(midjourney_mode=None).midjourney.submit.imagine(prompt="x")
    client.models.list()
    assert [r.url.path for r in relay.requests] == [
        "/mj-relax/mj/submit/imagine",
        "/mj-turbo/mj/submit/imagine",
        "/mj/submit/imagine",
        "/v1/models",
    ]
    assert client.with_options(api_key="k2").midjourney_mode == "relax"
    with pytest.raises(ValueError, match="midjourney_mode"):
        Wushuang(api_key="k", midjourney_mode="slow")  # type: ignore[arg-type]


async def test_async_midjourney_mode() -> None:
    relay = Relay()
    await mock_async_client(relay, midjourney_mode="fast").midjourney.submit.imagine(prompt="x")
    assert relay.requests[0].url.path == "/mj-fast/mj/submit/imagine"


def test_parse_task_notification_takes_bytes_text_or_a_dict() -> None:
    body = task_json(status="IN_PROGRESS", progress="45%", submitTime=1689231405854, finishTime=0)
    for form in (json.dumps(body).encode(), json.dumps(body), body):
        task = wushuang.parse_task_notification(form)
        assert isinstance(task, Task) and task.id == "100" and task.progress_percent == 45
    assert task.submitted_at == datetime(2023, 7, 13, 6, 56, 45, 854000, tzinfo=UTC)
    assert task.finished_at is None and task.started_at is None
    assert task.to_dict()["submitTime"] == 1689231405854 and "submitted_at" not in task.to_dict()
    for bad in (b"not json", b'{"status": "SUCCESS"}', b"[1, 2]", 12):
        with pytest.raises(InvalidParameterError, match="parse_task_notification"):
            wushuang.parse_task_notification(bad)  # type: ignore[arg-type]


def test_notify_receiver_example_prints_the_posted_task() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "examples"))
    try:
        import notify_receiver
    finally:
        sys.path.pop(0)
    received: list[Task] = []
    server = notify_receiver.make_server(0, received.append)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_port}/"
        assert httpx.post(url, json=task_json(status="IN_PROGRESS", progress="20%")).status_code == 204
        assert httpx.post(url, content=b"nope").status_code == 400
    finally:
        server.shutdown()
        server.server_close()
    assert [(t.id, t.progress_percent) for t in received] == [("100", 20)]


# ---------------------------------------------------------------------------------------------- the generator's part


def test_the_generator_reads_x_sdk_data_url_and_x_sdk_base(monkeypatch: pytest.MonkeyPatch) -> None:
    import copy
    from types import SimpleNamespace

    from _repo import REPO

    monkeypatch.syspath_prepend(str(REPO))  # `generator` is the repository's, not an installed package

    from generator.dcg import DcgError, _custom_bases
    from generator.operations import collect_operations
    from generator.spec import SpecError, load_spec

    spec = load_spec(Path(__file__).resolve().parent.parent / "openapi" / "wushuang.yaml")
    by_id = {op.operation_id: op for op in collect_operations(spec.document)}
    params = {p.python: p for p in by_id["submitBlend"].params} | {p.python: p for p in by_id["submitModal"].params}
    assert (params["base64_array"].data_url, params["base64_array"].annotation) == (
        "images",
        "Sequence[ImageInput]",
    )
    assert (params["mask_base64"].data_url, params["task_id"].data_url) == ("image", None)

    wrong = copy.deepcopy(spec.document)
    wrong["components"]["schemas"]["SubmitModalRequest"]["properties"]["prompt"]["x-sdk-data-url"] = "video"
    with pytest.raises(SpecError, match="x-sdk-data-url on 'prompt' is 'video'"):
        collect_operations(wrong)

    source = "from wushuang._core.model import Model as _Model\n\nclass Task(_Model, kw_only=True):\n    id: str\n"
    document = {
        "components": {"schemas": {"Task": {"type": "object", "x-sdk-base": "midjourney._task_fields.TaskFields"}}}
    }
    rebased = _custom_bases(SimpleNamespace(document=document), source)  # type: ignore[arg-type]
    assert "from wushuang.midjourney._task_fields import TaskFields as _TaskFields\n" in rebased
    assert "class Task(_TaskFields, kw_only=True):" in rebased
    document["components"]["schemas"]["Task"]["x-sdk-base"] = "wushuang.Task"
    with pytest.raises(DcgError, match="x-sdk-base 'wushuang.Task' is not <private module>.<Class>"):
        _custom_bases(SimpleNamespace(document=document), source)  # type: ignore[arg-type]
