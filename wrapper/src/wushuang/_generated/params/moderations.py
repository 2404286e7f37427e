# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""Request parameter types (TypedDicts keyed by wire names), one per component schema: those of the moderations resource."""

from __future__ import annotations

from typing import Literal, NotRequired, TypeAlias, TypedDict


class ModerationInputText(TypedDict):
    type: Literal["text"]
    text: str


class ImageUrl1(TypedDict):
    url: str


class ModerationInputImage(TypedDict):
    type: Literal["image_url"]
    image_url: ImageUrl1


ModerationCategories = TypedDict(
    "ModerationCategories",
    {
        "hate": NotRequired[bool],
        "hate/threatening": NotRequired[bool],
        "harassment": NotRequired[bool],
        "harassment/threatening": NotRequired[bool],
        "self-harm": NotRequired[bool],
        "self-harm/intent": NotRequired[bool],
        "self-harm/instructions": NotRequired[bool],
        "sexual": NotRequired[bool],
        "illicit": NotRequired[bool],
        "illicit/violent": NotRequired[bool],
        "sexual/minors": NotRequired[bool],
        "violence": NotRequired[bool],
        "violence/graphic": NotRequired[bool],
    },
)


ModerationCategoryScores = TypedDict(
    "ModerationCategoryScores",
    {
        "hate": NotRequired[float],
        "hate/threatening": NotRequired[float],
        "harassment": NotRequired[float],
        "harassment/threatening": NotRequired[float],
        "illicit": NotRequired[float],
        "illicit/violent": NotRequired[float],
        "self-harm": NotRequired[float],
        "self-harm/intent": NotRequired[float],
        "self-harm/instructions": NotRequired[float],
        "sexual": NotRequired[float],
        "sexual/minors": NotRequired[float],
        "violence": NotRequired[float],
        "violence/graphic": NotRequired[float],
    },
)


ModerationInputTypes: TypeAlias = list[str]


ModerationCategoryAppliedInputTypes = TypedDict(
    "ModerationCategoryAppliedInputTypes",
    {
        "hate": NotRequired[ModerationInputTypes],
        "hate/threatening": NotRequired[ModerationInputTypes],
        "harassment": NotRequired[ModerationInputTypes],
        "harassment/threatening": NotRequired[ModerationInputTypes],
        "illicit": NotRequired[ModerationInputTypes],
        "illicit/violent": NotRequired[ModerationInputTypes],
        "self-harm": NotRequired[ModerationInputTypes],
        "self-harm/intent": NotRequired[ModerationInputTypes],
        "self-harm/instructions": NotRequired[ModerationInputTypes],
        "sexual": NotRequired[ModerationInputTypes],
        "sexual/minors": NotRequired[ModerationInputTypes],
        "violence": NotRequired[ModerationInputTypes],
        "violence/graphic": NotRequired[ModerationInputTypes],
    },
)


ModerationInputPart: TypeAlias = ModerationInputText | ModerationInputImage


class ModerationResult(TypedDict):
    flagged: bool
    categories: ModerationCategories
    category_scores: ModerationCategoryScores
    category_applied_input_types: NotRequired[ModerationCategoryAppliedInputTypes]


class CreateModerationResponse(TypedDict):
    id: NotRequired[str]
    model: NotRequired[str]
    results: list[ModerationResult]


class CreateModerationRequest(TypedDict):
    input: str | list[str] | list[ModerationInputPart]
    model: NotRequired[str]


__all__ = [
    "CreateModerationRequest",
    "CreateModerationResponse",
    "ImageUrl1",
    "ModerationInputImage",
    "ModerationInputText",
    "ModerationResult",
]
