"""Hand-made handlers for the Midjourney operations (`/mj/...`), as a new-api relay in front of midjourney-proxy
plus answers them.

Every submission makes a `Task` that progresses on the emulator's clock (see `_mj_tasks`); `/mj-fast`,
`/mj-relax` and `/mj-turbo` in front of `/mj/...` pick the mode (relax is slower). Two kinds of refusal:

- the relay's own checks (an unknown or unfinished parent task, a `customId` naming no action, a change without
  its `index`) answer HTTP 400 `{"description", "type": "upstream_error", "code": 4}`, as new-api does before
  calling upstream;
- the proxy's answers come back with HTTP 200 in the submit envelope: code 4 (not a data URL, no such button on
  the task, no mask for vary region, a task not in MODAL), 23 (queue full), 24 (banned prompt, with
  `properties.bannedWord`). Code 21 answers custom zoom and vary region: the new task waits in MODAL until the
  modal operation sends its prompt (and mask).

The emulator's `MidjourneySettings` (`emu.app.state.midjourney`) hold the queue size and the trigger words.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from collections.abc import Iterable
from typing import Any

from starlette.responses import JSONResponse, Response

from ._call import Call, Handler, mj_error
from ._mj_tasks import action_of, buttons, colours_of, phase, runs_until, task_hash, task_view, watch_hooks
from ._state import Task

__all__ = ["HANDLERS"]

_DATA_URL = re.compile(r"data:[\w.+-]+/[\w.+-]+;base64,(?P<data>.+)", re.DOTALL)
_MODAL_ACTIONS = frozenset({"INPAINT", "CUSTOM_ZOOM"})
_BLEND_SIZES = {"PORTRAIT": (1024, 1536), "SQUARE": (1024, 1024), "LANDSCAPE": (1536, 1024)}
#: A change (`/submit/change`, `/submit/simple-change`) as the button it presses: (button kind, command).
_CHANGES = {"UPSCALE": ("upsample", "up"), "VARIATION": ("variation", "variation")}


def _envelope(code: int, description: str, result: str | None = None, **properties: Any) -> Response:
    """The submit envelope (`SubmitResult`), HTTP 200."""
    return JSONResponse({"code": code, "description": description, "result": result, "properties": properties})


def _not_data_urls(values: Iterable[Any]) -> bool:
    """True unless every value is a base64 data URL (`data:image/png;base64,...`)."""
    for value in values:
        match = _DATA_URL.fullmatch(value) if isinstance(value, str) else None
        try:
            if match is None or not base64.b64decode(match["data"], validate=True):
                return True
        except (binascii.Error, ValueError):
            return True
    return False


def _banned(call: Call, prompt: str) -> Response | None:
    """Code 24 when `prompt` holds a banned word, else None."""
    lowered = prompt.lower()
    word = next((w for w in call.state.midjourney.banned_words if w in lowered), None)
    return None if word is None else _envelope(24, "可能包含敏感词", promptEn=prompt, bannedWord=word)


def _turn(call: Call, now: float) -> tuple[float, int]:
    """When a task submitted `now` gets a running slot (the proxy runs `running` at once, first come first served),
    and how many tasks wait for theirs."""
    running = call.state.midjourney.running
    with call.state.lock:
        spans = [(t.run_from, runs_until(t)) for t in call.state.tasks.values() if runs_until(t) > now]
    waiting = sum(start > now for start, _ in spans)
    for moment in sorted({now, *(end for _, end in spans)}):
        if sum(start <= moment < end for start, end in spans) < running:
            return moment, waiting
    raise AssertionError("the last task's end always frees a slot")


def _refusal(call: Call, prompt: str, start: float, waiting: int) -> Response | None:
    """Code 24 for a banned word in `prompt`, code 23 when the task would wait and the waiting queue is full."""
    banned = _banned(call, prompt)
    if banned is not None:
        return banned
    if start > call.state.clock.now() and waiting >= call.state.midjourney.waiting:
        return _envelope(23, "队列已满，请稍后尝试", numberOfQueues=waiting)
    return None


def _mode(call: Call) -> str:
    """The mode of the path: `relax` for `/mj-relax/mj/...`, `fast` for plain `/mj/...`."""
    first = call.request.url.path.split("/")[1]
    return first.removeprefix("mj-") if first.startswith("mj-") else "fast"


def _submit(call: Call, action: str, prompt: str, *, modal_after: float | None = None, **fields: Any) -> Response:
    """Refuse (banned prompt, full queue) or make the task of this submission and answer its ID.

    botType, state and notifyHook come from the body; `fields` set the rest of the `Task`. With `modal_after`,
    the task waits in MODAL from that many seconds (stretched by the mode) after its turn came.
    """
    now = call.state.clock.now()
    start, waiting = _turn(call, now)
    refused = _refusal(call, prompt, start, waiting)
    if refused is not None:
        return refused
    p = call.params
    task_id = str(1_700_000_000_000_000 + call.state.next_number() * 7919)
    settings = call.state.midjourney
    slowness = settings.slowness.get(_mode(call), 1.0)
    fields.setdefault("bot_type", str(p.get("botType") or "MID_JOURNEY"))
    fields.setdefault("picture", colours_of(task_id))
    fields.setdefault("description", f"/{action.lower()} {prompt}".rstrip())
    task = Task(
        id=task_id,
        prompt=prompt,
        submitted_at=now,
        state=p.get("state"),
        notify_hook=p.get("notifyHook"),
        action=action,
        base_url=call.base_url,
        slowness=slowness,
        run_from=start,
        modal_at=None if modal_after is None else start + modal_after * slowness,
        fails=settings.fail_word in prompt.lower(),
        **fields,
    )
    with call.state.lock:
        call.state.tasks[task_id] = task
    if task.notify_hook:
        watch_hooks(call.state)
    if modal_after == 0:  # custom zoom, vary region: the client must call the modal operation
        return _envelope(21, "Waiting for window confirm", task.id, finalPrompt=prompt, remix=True)
    return _submitted(task)


def _submitted(task: Task) -> Response:
    """Code 1 with the task's ID (new-api turns the proxy's 22, queued, into 1 too)."""
    return _envelope(1, "提交成功", task.id, discordInstanceId="emulator", numberOfQueues=0)


def submit_imagine(call: Call) -> Response:
    """POST /mj/submit/imagine: a grid task; the modal word makes it wait in MODAL after SUBMITTED."""
    prompt = str(call.params["prompt"])
    waits = call.state.midjourney.modal_word in prompt.lower()
    return _submit(call, "IMAGINE", prompt, modal_after=2.0 if waits else None)


def submit_blend(call: Call) -> Response:
    """POST /mj/submit/blend: 2-5 data URLs blended into a grid of the given dimensions."""
    images = call.params["base64Array"]
    if _not_data_urls(images):
        return _envelope(4, "base64Array 必须是 base64 data URL")
    size = _BLEND_SIZES[str(call.params.get("dimensions") or "SQUARE")]
    return _submit(call, "BLEND", "", size=size, description=f"/blend {len(images)} images")


def submit_describe(call: Call) -> Response:
    """POST /mj/submit/describe: four prompts for an image, in `prompt` and `properties.finalPrompt`."""
    image = call.params["base64"]
    if _not_data_urls([image]):
        return _envelope(4, "base64 必须是 base64 data URL")
    digest = hashlib.sha256(image.encode()).hexdigest()[:8]
    subjects = ("a quiet harbour", "a paper lantern", "a fox in the snow", "a glass greenhouse")
    prompts = [f"{i}️⃣ {subject}, soft light, detailed, emulated image {digest}" for i, subject in enumerate(subjects, 1)]
    return _submit(
        call, "DESCRIBE", "", picture=colours_of(digest)[:1], final_prompt="\n\n".join(prompts), description="/describe"
    )


def submit_shorten(call: Call) -> Response:
    """POST /mj/submit/shorten: shorter versions of the prompt, in `prompt` and `properties.finalPrompt`."""
    prompt = str(call.params["prompt"])
    words = prompt.replace(",", " ").split()
    versions = [" ".join(words[: max(1, len(words) * n // 6)]) for n in range(5, 0, -1)]
    final = "\n\n".join(f"{i}️⃣ {text}" for i, text in enumerate(versions, 1))
    return _submit(call, "SHORTEN", prompt, picture=(), final_prompt=final)


def swap_face(call: Call) -> Response:
    """POST /mj/insight-face/swap: a single image, once the two data URLs are checked."""
    if _not_data_urls([call.params["sourceBase64"], call.params["targetBase64"]]):
        return _envelope(4, "sourceBase64 和 targetBase64 必须是 base64 data URL")
    digest = hashlib.sha256(call.body).hexdigest()
    picture = colours_of(digest)[:1]
    return _submit(call, "SWAP_FACE", "", picture=picture, description="/swap_face", bot_type="INSIGHT_FACE")


def _press(call: Call, parent_id: str, custom_id: str, description: str) -> Response:
    """Press button `custom_id` of task `parent_id`: the child task, or the relay's or the proxy's refusal."""
    action = action_of(custom_id)
    if action is None:
        return mj_error("unknown_action")
    parent = call.state.tasks.get(parent_id)
    if parent is None:
        return mj_error("task_not_found")
    if phase(parent, call.state.clock.now()).status != "SUCCESS":
        return mj_error("task_status_not_success")
    if custom_id not in {b["customId"] for b in buttons(parent)}:
        return _envelope(4, f"任务 {parent_id} 没有按钮 {custom_id}")
    fields: dict[str, Any] = {"custom_id": custom_id, "description": description, "size": parent.size}
    if action == "UPSCALE":
        index = int(custom_id.split("::")[3])
        fields["picture"] = parent.picture[index - 1 : index]
    modal_after = 0.0 if action in _MODAL_ACTIONS else None
    return _submit(call, action, parent.prompt, modal_after=modal_after, **fields)


def _change(call: Call, parent_id: str, action: str, index: int | None) -> Response:
    """A change (UPSCALE, VARIATION, REROLL of a grid) as the press of its button."""
    if index is None:
        return mj_error("index_is_required")
    h = task_hash(parent_id)
    if action == "REROLL":
        return _press(call, parent_id, f"MJ::JOB::reroll::0::{h}::SOLO", f"/reroll {parent_id}")
    kind, verb = _CHANGES[action]
    return _press(call, parent_id, f"MJ::JOB::{kind}::{index}::{h}", f"/{verb} {parent_id} {action[0]}{index}")


def submit_change(call: Call) -> Response:
    """POST /mj/submit/change: taskId + UPSCALE / VARIATION (index 1-4) / REROLL."""
    p = call.params
    return _change(call, str(p["taskId"]), str(p["action"]), p.get("index"))


def submit_simple_change(call: Call) -> Response:
    """POST /mj/submit/simple-change: `<taskId> U2` (U1-U4, V1-V4, R)."""
    parent_id, _, change = str(call.params["content"]).partition(" ")
    action = {"U": "UPSCALE", "V": "VARIATION", "R": "REROLL"}[change[:1].upper()]
    return _change(call, parent_id, action, int(change[1:] or 1))


def submit_action(call: Call) -> Response:
    """POST /mj/submit/action: press a button of a finished task by its customId."""
    parent_id, custom_id = str(call.params["taskId"]), str(call.params["customId"])
    return _press(call, parent_id, custom_id, f"/action {parent_id} {custom_id}")


def submit_modal(call: Call) -> Response:
    """POST /mj/submit/modal: the prompt (and, for vary region, the mask) that lets a MODAL task run on."""
    p = call.params
    task = call.state.tasks.get(str(p["taskId"]))
    if task is None:
        return mj_error("task_not_found")
    now = call.state.clock.now()
    if phase(task, now).status != "MODAL":
        return _envelope(4, "任务状态错误: 不在 MODAL 状态")
    prompt = str(p.get("prompt") or "")
    if task.action == "INPAINT" and _not_data_urls([p.get("maskBase64")]):
        return _envelope(4, "maskBase64 必须是 base64 data URL")
    if task.action == "CUSTOM_ZOOM" and not prompt:
        return _envelope(4, "prompt_is_required")
    banned = _banned(call, prompt)
    if banned is not None:
        return banned
    task.prompt = prompt or task.prompt
    task.fails = call.state.midjourney.fail_word in task.prompt.lower()
    task.modal_at, task.run_from = None, now
    return _submitted(task)


def fetch_task(call: Call) -> Response:
    """GET /mj/task/{id}/fetch; each fetch first advances an auto-advancing clock."""
    task = call.state.tasks.get(call.path_params["id"])
    if task is None:
        return mj_error("task_no_found")
    call.state.clock.tick()
    return JSONResponse(task_view(task, call.state.clock.now()))


def list_tasks_by_condition(call: Call) -> Response:
    """POST /mj/task/list-by-condition: the known tasks of `ids`, in that order; unknown IDs are left out."""
    call.state.clock.tick()
    now = call.state.clock.now()
    found = [call.state.tasks.get(str(i)) for i in call.params["ids"]]
    return JSONResponse([task_view(t, now) for t in found if t is not None])


def get_task_image_seed(call: Call) -> Response:
    """GET /mj/task/{id}/image-seed: the seed of a finished task's image; code 4 before it has finished."""
    task_id = call.path_params["id"]
    task = call.state.tasks.get(task_id)
    if task is None:
        return mj_error("task_no_found")
    if phase(task, call.state.clock.now()).status != "SUCCESS":
        return _envelope(4, "任务未完成，没有图片的 seed")
    seed = int.from_bytes(hashlib.sha256(f"seed:{task_id}".encode()).digest()[:4], "big")
    return _envelope(1, "成功", str(seed))


HANDLERS: dict[str, Handler] = {
    "submitImagine": submit_imagine,
    "submitBlend": submit_blend,
    "submitDescribe": submit_describe,
    "submitShorten": submit_shorten,
    "swapFace": swap_face,
    "submitChange": submit_change,
    "submitSimpleChange": submit_simple_change,
    "submitAction": submit_action,
    "submitModal": submit_modal,
    "fetchTask": fetch_task,
    "listTasksByCondition": list_tasks_by_condition,
    "getTaskImageSeed": get_task_image_seed,
}
