# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""Request parameter types (TypedDicts keyed by wire names), one per component schema: those of the models resource."""

from __future__ import annotations

from typing import NotRequired, TypedDict


class Model(TypedDict):
    id: str
    object: NotRequired[str]
    created: NotRequired[int]
    owned_by: NotRequired[str]
    shutdown_date: NotRequired[int | None]


class ListModelsResponse(TypedDict):
    object: NotRequired[str]
    data: list[Model]


__all__ = [
    "ListModelsResponse",
    "Model",
]
