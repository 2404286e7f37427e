# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""Response, chunk and error models (msgspec Structs), one per component schema of the spec: those of the midjourney resource."""

from typing import TYPE_CHECKING, Annotated, Any, TypeAlias

from msgspec import Meta, field

from wushuang._core.model import ABSENT as _ABSENT
from wushuang._core.model import Model as _Model
from wushuang.midjourney._task_fields import TaskFields as _TaskFields

if not TYPE_CHECKING:
    from wushuang._core.model import OpenLiteral as Literal
else:
    from typing import Literal


class SubmitImagineRequest(_Model, kw_only=True):
    prompt: Annotated[str, Meta(description="The prompt.")] = _ABSENT
    base64_array: (
        Annotated[list[str], Meta(description="Reference images as base64 data URLs (`data:image/png;base64,...`).")]
        | None
    ) = field(name="base64Array", default=None)
    bot_type: (
        Annotated[Literal["MID_JOURNEY", "NIJI_JOURNEY"], Meta(description="Server default MID_JOURNEY.")] | None
    ) = field(name="botType", default=None)
    notify_hook: (
        Annotated[
            str, Meta(description="A URL that receives a POST with the task on each change (relays may disable it).")
        ]
        | None
    ) = field(name="notifyHook", default=None)
    state: Annotated[str, Meta(description="Any text, handed back in the task.")] | None = None


Base64ArrayItem: TypeAlias = str


class SubmitBlendRequest(_Model, kw_only=True):
    base64_array: Annotated[
        list[Base64ArrayItem],
        Meta(description="The 2 to 5 images to blend, as base64 data URLs (`data:image/png;base64,...`)."),
    ] = field(name="base64Array", default=_ABSENT)
    dimensions: (
        Annotated[
            Literal["PORTRAIT", "SQUARE", "LANDSCAPE"],
            Meta(
                description="The aspect ratio of the result: PORTRAIT 2:3, SQUARE 1:1, LANDSCAPE 3:2. Server default SQUARE."
            ),
        ]
        | None
    ) = None
    bot_type: (
        Annotated[Literal["MID_JOURNEY", "NIJI_JOURNEY"], Meta(description="Server default MID_JOURNEY.")] | None
    ) = field(name="botType", default=None)
    notify_hook: (
        Annotated[
            str, Meta(description="A URL that receives a POST with the task on each change (relays may disable it).")
        ]
        | None
    ) = field(name="notifyHook", default=None)
    state: Annotated[str, Meta(description="Any text, handed back in the task.")] | None = None


class SubmitDescribeRequest(_Model, kw_only=True):
    base64: Annotated[
        str, Meta(description="The image to describe, as a base64 data URL (`data:image/png;base64,...`).")
    ] = _ABSENT
    bot_type: (
        Annotated[Literal["MID_JOURNEY", "NIJI_JOURNEY"], Meta(description="Server default MID_JOURNEY.")] | None
    ) = field(name="botType", default=None)
    notify_hook: (
        Annotated[
            str, Meta(description="A URL that receives a POST with the task on each change (relays may disable it).")
        ]
        | None
    ) = field(name="notifyHook", default=None)
    state: Annotated[str, Meta(description="Any text, handed back in the task.")] | None = None


class SubmitChangeRequest(_Model, kw_only=True):
    task_id: Annotated[
        str, Meta(description="The ID of the finished grid task (IMAGINE, VARIATION, REROLL or BLEND) to change.")
    ] = field(name="taskId", default=_ABSENT)
    action: Annotated[
        Literal["UPSCALE", "VARIATION", "REROLL"],
        Meta(description="UPSCALE one image, VARIATION of one image, or REROLL the whole grid."),
    ] = _ABSENT
    index: (
        Annotated[
            int,
            Meta(
                description="Which image of the grid (1 to 4, left to right, top to bottom); required for UPSCALE and VARIATION. The new-api relays refuse a change without an index even for REROLL, where any of 1 to 4 will do."
            ),
        ]
        | None
    ) = None
    notify_hook: (
        Annotated[
            str, Meta(description="A URL that receives a POST with the task on each change (relays may disable it).")
        ]
        | None
    ) = field(name="notifyHook", default=None)
    state: Annotated[str, Meta(description="Any text, handed back in the task.")] | None = None


class SubmitSimpleChangeRequest(_Model, kw_only=True):
    content: Annotated[
        str,
        Meta(
            description="`<taskId> <change>`, the change being U1 to U4 (upscale), V1 to V4 (variation) or R (reroll), such as `1320098173412546 U2`."
        ),
    ] = _ABSENT
    notify_hook: (
        Annotated[
            str, Meta(description="A URL that receives a POST with the task on each change (relays may disable it).")
        ]
        | None
    ) = field(name="notifyHook", default=None)
    state: Annotated[str, Meta(description="Any text, handed back in the task.")] | None = None


class SubmitActionRequest(_Model, kw_only=True):
    task_id: Annotated[str, Meta(description="The ID of the finished task whose button is pressed.")] = field(
        name="taskId", default=_ABSENT
    )
    custom_id: Annotated[
        str,
        Meta(
            description="The `customId` of one of the task's `buttons`, such as `MJ::JOB::upsample::2::3dbbd469-36af-4a0f-8f02-df6c579e7011`."
        ),
    ] = field(name="customId", default=_ABSENT)
    choose_same_channel: (
        Annotated[
            bool,
            Meta(
                description="Run the new task on the same Discord account (channel) as the parent task; servers choose otherwise."
            ),
        ]
        | None
    ) = field(name="chooseSameChannel", default=None)
    notify_hook: (
        Annotated[
            str, Meta(description="A URL that receives a POST with the task on each change (relays may disable it).")
        ]
        | None
    ) = field(name="notifyHook", default=None)
    state: Annotated[str, Meta(description="Any text, handed back in the task.")] | None = None


class SubmitModalRequest(_Model, kw_only=True):
    task_id: Annotated[
        str, Meta(description="The ID of the task in status MODAL (the `result` of the action answered with code 21).")
    ] = field(name="taskId", default=_ABSENT)
    prompt: (
        Annotated[
            str,
            Meta(
                description="The prompt of the modal step (for custom zoom, ending in `--zoom <1..2>`); most servers refuse the step without one."
            ),
        ]
        | None
    ) = None
    mask_base64: (
        Annotated[
            str,
            Meta(
                description="For vary region, the mask as a base64 data URL (`data:image/png;base64,...`), white where the image is to be redrawn."
            ),
        ]
        | None
    ) = field(name="maskBase64", default=None)


class SubmitShortenRequest(_Model, kw_only=True):
    prompt: Annotated[str, Meta(description="The prompt to shorten.")] = _ABSENT
    bot_type: (
        Annotated[Literal["MID_JOURNEY", "NIJI_JOURNEY"], Meta(description="Server default MID_JOURNEY.")] | None
    ) = field(name="botType", default=None)
    notify_hook: (
        Annotated[
            str, Meta(description="A URL that receives a POST with the task on each change (relays may disable it).")
        ]
        | None
    ) = field(name="notifyHook", default=None)
    state: Annotated[str, Meta(description="Any text, handed back in the task.")] | None = None


class SwapFaceRequest(_Model, kw_only=True):
    source_base64: Annotated[
        str, Meta(description="The picture of the face to use, as a base64 data URL (`data:image/png;base64,...`).")
    ] = field(name="sourceBase64", default=_ABSENT)
    target_base64: Annotated[
        str, Meta(description="The picture whose face is replaced, as a base64 data URL (`data:image/png;base64,...`).")
    ] = field(name="targetBase64", default=_ABSENT)
    notify_hook: (
        Annotated[
            str, Meta(description="A URL that receives a POST with the task on each change (relays may disable it).")
        ]
        | None
    ) = field(name="notifyHook", default=None)
    state: Annotated[str, Meta(description="Any text, handed back in the task.")] | None = None


class ListTasksByConditionRequest(_Model, kw_only=True):
    ids: Annotated[list[str], Meta(description="The task IDs to look up; unknown ones are left out of the answer.")] = (
        _ABSENT
    )


class SubmitResult(_Model, kw_only=True):
    code: int = _ABSENT
    description: str | None = None
    result: Annotated[str | int, Meta(description="The task ID (some relays send a number).")] | None = None
    properties: dict[str, Any] | None = None


class TaskButton(_Model, kw_only=True):
    custom_id: (
        Annotated[
            str,
            Meta(
                description="What to send as the action's `customId`, such as `MJ::JOB::upsample::1::<hash>`, `MJ::JOB::variation::1::<hash>`, `MJ::JOB::reroll::0::<hash>::SOLO`, `MJ::Outpaint::50::1::<hash>::SOLO`, `MJ::JOB::pan_left::1::<hash>::SOLO`, `MJ::Inpaint::1::<hash>::SOLO` or `MJ::CustomZoom::<hash>`."
            ),
        ]
        | None
    ) = field(name="customId", default=None)
    emoji: str | None = None
    label: str | None = None
    type: Annotated[int, Meta(description="2 for a button.")] | None = None
    style: (
        Annotated[int, Meta(description="The Discord button style: 2 secondary (grey), 3 success (green).")] | None
    ) = None


class Task(_TaskFields, kw_only=True):
    id: str = _ABSENT
    action: (
        Annotated[
            str,
            Meta(
                description="IMAGINE, UPSCALE, VARIATION, REROLL, DESCRIBE, BLEND, ZOOM, PAN, SHORTEN, SWAP_FACE, and on some relays INPAINT, CUSTOM_ZOOM, HIGH_VARIATION, LOW_VARIATION or MODAL; others may follow."
            ),
        ]
        | None
    ) = None
    custom_id: (
        Annotated[
            str,
            Meta(description="The `customId` of the button that made the task, where relays report it (often empty)."),
        ]
        | None
    ) = field(name="customId", default=None)
    bot_type: (
        Annotated[
            str,
            Meta(
                description="MID_JOURNEY or NIJI_JOURNEY (or a server's own, such as INSIGHT_FACE); often empty on relays."
            ),
        ]
        | None
    ) = field(name="botType", default=None)
    status: (
        Annotated[
            str,
            Meta(
                description="NOT_START, SUBMITTED, MODAL, IN_PROGRESS, FAILURE, SUCCESS or CANCEL. SUCCESS, FAILURE and CANCEL are final; MODAL waits for the modal operation."
            ),
        ]
        | None
    ) = None
    prompt: str | None = None
    prompt_en: str | None = field(name="promptEn", default=None)
    description: str | None = None
    state: str | None = None
    submit_time: Annotated[int, Meta(description="Epoch milliseconds.")] | None = field(name="submitTime", default=None)
    start_time: Annotated[int, Meta(description="Epoch milliseconds.")] | None = field(name="startTime", default=None)
    finish_time: Annotated[int, Meta(description="Epoch milliseconds.")] | None = field(name="finishTime", default=None)
    progress: Annotated[str, Meta(description='"0%" to "100%".')] | None = None
    image_url: str | None = field(name="imageUrl", default=None)
    fail_reason: str | None = field(name="failReason", default=None)
    mask_base64: (
        Annotated[
            str,
            Meta(description="The vary-region mask sent with the modal step, where relays report it (usually empty)."),
        ]
        | None
    ) = field(name="maskBase64", default=None)
    buttons: (
        Annotated[
            list[TaskButton], Meta(description="The buttons of the finished task, to press with the action operation.")
        ]
        | None
    ) = None
    properties: (
        Annotated[
            dict[str, Any],
            Meta(
                description="Open map of extras, such as `finalPrompt` (the prompts of a DESCRIBE or SHORTEN task), `finalZhPrompt`, `botType`, `discordInstanceId` and `notifyHook`."
            ),
        ]
        | None
    ) = None


TaskList: TypeAlias = Annotated[list[Task], Meta(description="Tasks, as a bare JSON array.")]


__all__ = [
    "ListTasksByConditionRequest",
    "SubmitActionRequest",
    "SubmitBlendRequest",
    "SubmitChangeRequest",
    "SubmitDescribeRequest",
    "SubmitImagineRequest",
    "SubmitModalRequest",
    "SubmitResult",
    "SubmitShortenRequest",
    "SubmitSimpleChangeRequest",
    "SwapFaceRequest",
    "Task",
    "TaskButton",
]


for _name in __all__:
    globals()[_name].__module__ = "wushuang.types"
