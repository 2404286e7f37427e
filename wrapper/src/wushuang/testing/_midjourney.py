"""Hand-made handlers for the Midjourney operations (`/mj/...`): tasks that progress on the emulator's clock.

Timeline of an Imagine task, in emulated seconds after submission: NOT_START (0-1 s), SUBMITTED (1-2 s),
IN_PROGRESS from 2 s with progress rising 10% per second, SUCCESS at 12 s. A prompt containing "fail" ends in
FAILURE at 7 s; one containing "modal" waits in MODAL from 2 s. A prompt containing "banned" is refused with
code 24.
"""

from __future__ import annotations

import hashlib
from typing import Any

from starlette.responses import JSONResponse, Response

from ._call import Call, Handler, mj_error
from ._state import Task

__all__ = ["BANNED_WORDS", "HANDLERS", "task_view"]

BANNED_WORDS: tuple[str, ...] = ("banned", "forbidden")
_QUEUED_FOR = 1.0
_SUBMITTED_FOR = 1.0
_PERCENT_PER_SECOND = 10
_FAIL_AFTER = 5.0


def submit_imagine(call: Call) -> Response:
    """POST /mj/submit/imagine: a new task id, or code 24 for a banned prompt."""
    p = call.json
    prompt = str(p["prompt"])
    lowered = prompt.lower()
    for word in BANNED_WORDS:
        if word in lowered:
            return JSONResponse(
                {
                    "code": 24,
                    "description": "可能包含敏感词",
                    "result": None,
                    "properties": {"promptEn": prompt, "bannedWord": word},
                }
            )
    number = call.state.next_number()
    task_id = str(1_700_000_000_000_000 + number * 7919)
    task = Task(
        id=task_id,
        prompt=prompt,
        submitted_at=call.state.clock.now(),
        bot_type=str(p.get("botType") or "MID_JOURNEY"),
        state=p.get("state"),
        notify_hook=p.get("notifyHook"),
    )
    with call.state.lock:
        call.state.tasks[task_id] = task
    return JSONResponse(
        {
            "code": 1,
            "description": "提交成功",
            "result": task_id,
            "properties": {"discordInstanceId": "emulator", "numberOfQueues": 0},
        }
    )


def _buttons(task_hash: str) -> list[dict[str, Any]]:
    buttons = [
        {"customId": f"MJ::JOB::upsample::{i}::{task_hash}", "emoji": "", "label": f"U{i}", "type": 2, "style": 2}
        for i in range(1, 5)
    ]
    buttons.append(
        {"customId": f"MJ::JOB::reroll::0::{task_hash}::SOLO", "emoji": "🔄", "label": "", "type": 2, "style": 2}
    )
    buttons += [
        {"customId": f"MJ::JOB::variation::{i}::{task_hash}", "emoji": "", "label": f"V{i}", "type": 2, "style": 2}
        for i in range(1, 5)
    ]
    return buttons


def task_view(task: Task, now: float, base_url: str) -> dict[str, Any]:
    """The task as `fetch` answers it at emulated time `now`."""
    elapsed = now - task.submitted_at
    lowered = task.prompt.lower()
    started = task.submitted_at + _QUEUED_FOR + _SUBMITTED_FOR
    task_hash = hashlib.sha256(task.id.encode()).hexdigest()[:32]
    image_url = f"{base_url}/mj/image/{task.id}"
    view: dict[str, Any] = {
        "id": task.id,
        "action": task.action,
        "prompt": task.prompt,
        "promptEn": task.prompt,
        "description": f"/imagine {task.prompt}",
        "state": task.state,
        "submitTime": int(round(task.submitted_at * 1000)),
        "startTime": None,
        "finishTime": None,
        "progress": "0%",
        "imageUrl": None,
        "failReason": None,
        "buttons": [],
        "properties": {
            "finalPrompt": task.prompt,
            "finalZhPrompt": "",
            "botType": task.bot_type,
            "notifyHook": task.notify_hook,
            "discordInstanceId": "emulator",
        },
        "status": "NOT_START",
    }
    if elapsed < _QUEUED_FOR:
        return view
    if elapsed < _QUEUED_FOR + _SUBMITTED_FOR:
        view["status"] = "SUBMITTED"
        return view
    view["startTime"] = int(round(started * 1000))
    running = elapsed - _QUEUED_FOR - _SUBMITTED_FOR
    if "modal" in lowered:
        view["status"] = "MODAL"
        return view
    if "fail" in lowered and running >= _FAIL_AFTER:
        view.update(
            status="FAILURE",
            progress="",
            failReason="[Invalid parameter] emulated failure",
            finishTime=int(round((started + _FAIL_AFTER) * 1000)),
        )
        return view
    percent = int(running * _PERCENT_PER_SECOND)
    if percent >= 100:
        view.update(
            status="SUCCESS",
            progress="100%",
            imageUrl=image_url + ".png",
            buttons=_buttons(task_hash),
            finishTime=int(round((started + 100 / _PERCENT_PER_SECOND) * 1000)),
        )
        return view
    view.update(status="IN_PROGRESS", progress=f"{percent}%", imageUrl=f"{image_url}.webp?progress={percent}")
    return view


def fetch_task(call: Call) -> Response:
    """GET /mj/task/{id}/fetch; each fetch first advances an auto-advancing clock."""
    task_id = call.path_params["id"]
    task = call.state.tasks.get(task_id)
    if task is None:
        return mj_error("task_no_found", code=4)
    call.state.clock.tick()
    return JSONResponse(task_view(task, call.state.clock.now(), call.base_url))


HANDLERS: dict[str, Handler] = {"submitImagine": submit_imagine, "fetchTask": fetch_task}
