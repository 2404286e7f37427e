"""Midjourney tasks as the relay shows them: the timeline on the emulator's clock, buttons, images, callbacks.

Timeline of a task, in emulated seconds from its start (its turn in the queue, or its modal step), each multiplied by
the mode's slowness: NOT_START (0-1 s), SUBMITTED (1-2 s), IN_PROGRESS from 2 s with `progress` rising 10% per
second, SUCCESS at 12 s; a task whose prompt holds the fail word ends in FAILURE at 7 s. Nothing is stored as
it happens: `phase` computes the status whenever a task is read.

Images are served by the emulator at the relay's forward URL `<base>/mj/image/<task id>` without a key, as
new-api does (`?rand=` added while the task is not SUCCESS): a PNG grid of four coloured quadrants, different
for every task, or one colour for an upscale (the colour of the quadrant it enlarges).
"""

from __future__ import annotations

import colorsys
import hashlib
import threading
import time
import uuid
from dataclasses import dataclass
from typing import Any

import httpx
from starlette.responses import JSONResponse, Response

from ._images import png, png_grid
from ._state import EmulatorState, Task

__all__ = [
    "FINAL",
    "GRID_ACTIONS",
    "IMAGE_PATH",
    "Phase",
    "action_of",
    "buttons",
    "colours_of",
    "phase",
    "runs_until",
    "serve_task_image",
    "task_hash",
    "task_view",
    "watch_hooks",
]

#: Where the relay forwards task images: `<base_url>/mj/image/<task id>`.
IMAGE_PATH = "/mj/image/"
#: Statuses a task never leaves.
FINAL = frozenset({"SUCCESS", "FAILURE", "CANCEL"})
#: Actions whose result is a grid of four images (with the U, reroll and V buttons).
GRID_ACTIONS = frozenset(
    ("IMAGINE VARIATION REROLL BLEND LOW_VARIATION HIGH_VARIATION ZOOM PAN INPAINT CUSTOM_ZOOM").split()
)
_QUEUED_FOR = 1.0
_SUBMITTED_FOR = 1.0
_RUNS_FOR = 10.0
_FAILS_AFTER = 5.0
_HOOK_POLL = 0.05
_HOOK_TIMEOUT = 2.0
#: How new-api names the action of a button (`MJ::JOB::<kind>::...` or `MJ::<kind>::...`), first match wins.
_BUTTON_ACTIONS = (
    ("upsample", "UPSCALE"),
    ("low_variation", "LOW_VARIATION"),
    ("high_variation", "HIGH_VARIATION"),
    ("variation", "VARIATION"),
    ("reroll", "REROLL"),
    ("pan", "PAN"),
    ("Outpaint", "ZOOM"),
    ("CustomZoom", "CUSTOM_ZOOM"),
    ("Inpaint", "INPAINT"),
)


@dataclass(frozen=True)
class Phase:
    """Where a task is at one moment: its status, its percent, when it started and finished (seconds)."""

    status: str
    percent: int = 0
    started: float | None = None
    finished: float | None = None


def phase(task: Task, now: float) -> Phase:
    """The task's status at emulated time `now`."""
    if task.modal_at is not None and now >= task.modal_at:
        return Phase("MODAL")
    scale = task.slowness
    started = task.run_from + (_QUEUED_FOR + _SUBMITTED_FOR) * scale
    if now < task.run_from + _QUEUED_FOR * scale:
        return Phase("NOT_START")
    if now < started:
        return Phase("SUBMITTED")
    running = (now - started) / scale
    if task.fails and running >= _FAILS_AFTER:
        return Phase("FAILURE", 0, started, started + _FAILS_AFTER * scale)
    if running >= _RUNS_FOR:
        return Phase("SUCCESS", 100, started, started + _RUNS_FOR * scale)
    return Phase("IN_PROGRESS", int(running * 100 / _RUNS_FOR), started)


def runs_until(task: Task) -> float:
    """When the task stops holding one of the proxy's running slots: its end, or the moment it waits in MODAL."""
    if task.modal_at is not None:
        return task.modal_at
    return task.run_from + (_QUEUED_FOR + _SUBMITTED_FOR + (_FAILS_AFTER if task.fails else _RUNS_FOR)) * task.slowness


def task_hash(task_id: str) -> str:
    """The task's Discord message hash (a UUID), which its buttons' `customId`s carry."""
    return str(uuid.UUID(bytes=hashlib.sha256(task_id.encode()).digest()[:16], version=4))


def _button(custom_id: str, label: str = "", emoji: str = "") -> dict[str, Any]:
    return {"customId": custom_id, "emoji": emoji, "label": label, "type": 2, "style": 2}


def buttons(task: Task) -> list[dict[str, Any]]:
    """The buttons of the finished task (api-surface 3.5): U1-U4, reroll, V1-V4 on a grid; upscale, vary, zoom,
    pan and bookmark on an upscale; none on other tasks."""
    h = task_hash(task.id)
    if task.action in GRID_ACTIONS:
        return [
            *(_button(f"MJ::JOB::upsample::{i}::{h}", f"U{i}") for i in range(1, 5)),
            _button(f"MJ::JOB::reroll::0::{h}::SOLO", emoji="🔄"),
            *(_button(f"MJ::JOB::variation::{i}::{h}", f"V{i}") for i in range(1, 5)),
        ]
    if task.action != "UPSCALE":
        return []
    return [
        _button(f"MJ::JOB::upsample_v6_2x_subtle::1::{h}::SOLO", "Upscale (Subtle)"),
        _button(f"MJ::JOB::upsample_v6_2x_creative::1::{h}::SOLO", "Upscale (Creative)"),
        _button(f"MJ::JOB::low_variation::1::{h}::SOLO", "Vary (Subtle)", "🪄"),
        _button(f"MJ::JOB::high_variation::1::{h}::SOLO", "Vary (Strong)", "🪄"),
        _button(f"MJ::Inpaint::1::{h}::SOLO", "Vary (Region)", "🖌️"),
        _button(f"MJ::Outpaint::50::1::{h}::SOLO", "Zoom Out 2x", "🔍"),
        _button(f"MJ::Outpaint::75::1::{h}::SOLO", "Zoom Out 1.5x", "🔍"),
        _button(f"MJ::CustomZoom::{h}", "Custom Zoom", "🔍"),
        *(
            _button(f"MJ::JOB::pan_{side}::1::{h}::SOLO", emoji=emoji)
            for side, emoji in (("left", "⬅️"), ("right", "➡️"), ("up", "⬆️"), ("down", "⬇️"))
        ),
        _button(f"MJ::BOOKMARK::{h}", emoji="❤️"),
    ]


def action_of(custom_id: str) -> str | None:
    """The action of the task a button makes, as new-api names it; None for a button that makes none."""
    parts = custom_id.split("::")
    if len(parts) < 3 or parts[0] != "MJ":
        return None
    kind = parts[2] if parts[1] == "JOB" else parts[1]
    return next((action for prefix, action in _BUTTON_ACTIONS if kind.startswith(prefix)), None)


def colours_of(seed: str) -> tuple[tuple[int, int, int], ...]:
    """Four clearly different colours (hues a quarter turn apart), turned by a hash of `seed`."""
    digest = hashlib.sha256(seed.encode()).digest()
    hue = digest[0] / 256
    result = []
    for i in range(4):
        r, g, b = colorsys.hsv_to_rgb((hue + i / 4) % 1.0, 0.55 + digest[1 + i] / 640, 0.95)
        result.append((int(r * 255), int(g * 255), int(b * 255)))
    return tuple(result)


def task_view(task: Task, now: float) -> dict[str, Any]:
    """The task as the relay answers it at emulated time `now` (new-api's projection, forward image URL)."""
    at = phase(task, now)
    done = at.status == "SUCCESS"
    image_url = None
    if task.picture and at.status in ("IN_PROGRESS", "SUCCESS"):
        image_url = f"{task.base_url}{IMAGE_PATH}{task.id}" + ("" if done else f"?rand={int(now * 1e9)}")
    prompt = task.final_prompt if done and task.final_prompt is not None else task.prompt
    return {
        "id": task.id,
        "action": task.action,
        "customId": task.custom_id,
        "botType": task.bot_type,
        "prompt": prompt,
        "promptEn": prompt,
        "description": task.description,
        "state": task.state,
        "submitTime": int(round(task.submitted_at * 1000)),
        "startTime": None if at.started is None else int(round(at.started * 1000)),
        "finishTime": None if at.finished is None else int(round(at.finished * 1000)),
        "progress": "" if at.status == "FAILURE" else f"{at.percent}%",
        "imageUrl": image_url,
        "failReason": "[Invalid parameter] emulated failure" if at.status == "FAILURE" else None,
        "maskBase64": "",
        "buttons": buttons(task) if done else [],
        "properties": {
            "finalPrompt": prompt,
            "finalZhPrompt": "",
            "botType": task.bot_type,
            "notifyHook": task.notify_hook,
            "discordInstanceId": "emulator",
            "messageHash": task_hash(task.id) if done else None,
        },
        "status": at.status,
    }


def serve_task_image(state: EmulatorState, path: str) -> Response:
    """GET `/mj/image/<task id>`: the task's image as a PNG, without a key (the relay's forward URL)."""
    task = state.tasks.get(path.removeprefix(IMAGE_PATH))
    if task is None:
        return JSONResponse({"error": "midjourney_task_not_found"}, status_code=404)
    if not task.picture or phase(task, state.clock.now()).status not in ("IN_PROGRESS", "SUCCESS"):
        return JSONResponse({"error": "midjourney_image_not_found"}, status_code=404)
    width, height = task.size
    image = png_grid(width, height, task.picture) if len(task.picture) == 4 else png(width, height, task.picture[0])
    return Response(image, media_type="image/png")


def watch_hooks(state: EmulatorState) -> None:
    """Make sure a thread POSTs tasks to their `notifyHook` on each status change (best effort).

    The thread looks at the tasks with a hook every 50 ms (real time) and POSTs the task (JSON) to the URL its
    submission gave, whenever the status it computes differs from the one last sent; it ends when every such
    task has reached a final status (or the state was reset), and is started again by the next hooked task.
    """
    with state.lock:
        if state.watching_hooks:
            return
        state.watching_hooks = True
    threading.Thread(target=_watch, args=(state,), name="wushuang-emulator-mj-hooks", daemon=True).start()


def _watch(state: EmulatorState) -> None:
    with httpx.Client(timeout=_HOOK_TIMEOUT) as http:
        while True:
            with state.lock:
                hooked = [t for t in state.tasks.values() if t.notify_hook and t.notified not in FINAL]
                if not hooked:
                    state.watching_hooks = False
                    return
            now = state.clock.now()
            for task in hooked:
                view = task_view(task, now)
                if view["status"] == task.notified or task.notify_hook is None:
                    continue
                task.notified = view["status"]
                try:
                    http.post(task.notify_hook, json=view)
                except httpx.HTTPError:
                    pass  # best effort, as the relay's callbacks
            time.sleep(_HOOK_POLL)
