# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""Request parameter types (TypedDicts keyed by wire names), one per component schema: those of the midjourney resource."""

from __future__ import annotations

from typing import Any, Literal, NotRequired, TypeAlias, TypedDict


class SubmitImagineRequest(TypedDict):
    prompt: str
    base64Array: NotRequired[list[str]]
    botType: NotRequired[Literal["MID_JOURNEY", "NIJI_JOURNEY"]]
    notifyHook: NotRequired[str]
    state: NotRequired[str]


Base64ArrayItem: TypeAlias = str


class SubmitBlendRequest(TypedDict):
    base64Array: list[Base64ArrayItem]
    dimensions: NotRequired[Literal["PORTRAIT", "SQUARE", "LANDSCAPE"]]
    botType: NotRequired[Literal["MID_JOURNEY", "NIJI_JOURNEY"]]
    notifyHook: NotRequired[str]
    state: NotRequired[str]


class SubmitDescribeRequest(TypedDict):
    base64: str
    botType: NotRequired[Literal["MID_JOURNEY", "NIJI_JOURNEY"]]
    notifyHook: NotRequired[str]
    state: NotRequired[str]


class SubmitChangeRequest(TypedDict):
    taskId: str
    action: Literal["UPSCALE", "VARIATION", "REROLL"]
    index: NotRequired[int]
    notifyHook: NotRequired[str]
    state: NotRequired[str]


class SubmitSimpleChangeRequest(TypedDict):
    content: str
    notifyHook: NotRequired[str]
    state: NotRequired[str]


class SubmitActionRequest(TypedDict):
    taskId: str
    customId: str
    chooseSameChannel: NotRequired[bool]
    notifyHook: NotRequired[str]
    state: NotRequired[str]


class SubmitModalRequest(TypedDict):
    taskId: str
    prompt: NotRequired[str]
    maskBase64: NotRequired[str]


class SubmitShortenRequest(TypedDict):
    prompt: str
    botType: NotRequired[Literal["MID_JOURNEY", "NIJI_JOURNEY"]]
    notifyHook: NotRequired[str]
    state: NotRequired[str]


class SwapFaceRequest(TypedDict):
    sourceBase64: str
    targetBase64: str
    notifyHook: NotRequired[str]
    state: NotRequired[str]


class ListTasksByConditionRequest(TypedDict):
    ids: list[str]


class SubmitResult(TypedDict):
    code: int
    description: NotRequired[str]
    result: NotRequired[str | int | None]
    properties: NotRequired[dict[str, Any] | None]


class TaskButton(TypedDict):
    customId: NotRequired[str]
    emoji: NotRequired[str]
    label: NotRequired[str]
    type: NotRequired[int]
    style: NotRequired[int]


class Task(TypedDict):
    id: str
    action: NotRequired[str | None]
    customId: NotRequired[str | None]
    botType: NotRequired[str | None]
    status: NotRequired[str | None]
    prompt: NotRequired[str | None]
    promptEn: NotRequired[str | None]
    description: NotRequired[str | None]
    state: NotRequired[str | None]
    submitTime: NotRequired[int | None]
    startTime: NotRequired[int | None]
    finishTime: NotRequired[int | None]
    progress: NotRequired[str | None]
    imageUrl: NotRequired[str | None]
    failReason: NotRequired[str | None]
    maskBase64: NotRequired[str | None]
    buttons: NotRequired[list[TaskButton] | None]
    properties: NotRequired[dict[str, Any] | None]


TaskList: TypeAlias = list[Task]


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
