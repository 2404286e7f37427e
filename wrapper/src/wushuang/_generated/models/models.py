# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""Response, chunk and error models (msgspec Structs), one per component schema of the spec: those of the models resource."""

from typing import Annotated

from msgspec import Meta

from wushuang._core.model import ABSENT as _ABSENT
from wushuang._core.model import DataList as _DataList
from wushuang._core.model import Model as _Model


class Model(_Model, kw_only=True):
    id: str = _ABSENT
    object: Annotated[str, Meta(description="Always `model`.")] | None = None
    created: int | None = None
    owned_by: str | None = None
    shutdown_date: (
        Annotated[int, Meta(description="When the model is retired (Unix seconds), if that is scheduled.")] | None
    ) = None


class ListModelsResponse(_DataList[Model], kw_only=True):
    data: list[Model] = _ABSENT
    object: str | None = None


__all__ = [
    "ListModelsResponse",
    "Model",
]


for _name in __all__:
    globals()[_name].__module__ = "wushuang.types"
