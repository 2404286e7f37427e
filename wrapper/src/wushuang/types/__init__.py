"""The response, chunk and error models of the API (msgspec Structs), e.g. ``from wushuang.types import Task``.

The common ones are also here under the names the official ``openai`` SDK gives them, in the same modules:
``wushuang.types.Completion``, ``wushuang.types.chat.ChatCompletion``, ``wushuang.types.chat.ChatCompletionChunk``,
``wushuang.types.chat.ChatCompletionMessageParam``, ``wushuang.types.beta.threads.Run``, ... (the spec's
``x-sdk-type``), so that code written against ``openai.types`` needs only its import changed.

Every model names this module as its own (``<class 'wushuang.types.Task'>``); it is defined in the generated
module of its resource, which is imported when one of its models is first used here.
"""

from typing import TYPE_CHECKING as _TYPE_CHECKING, Any as _Any

from wushuang._generated import models as _models
from wushuang._generated.types import root as _root
from wushuang._generated.types.root import *  # noqa: F403

if _TYPE_CHECKING:
    from wushuang._generated.models import *  # noqa: F403

__all__ = [*_models.__all__, *(name for name in _root.__all__ if name not in _models.__all__)]


def __getattr__(name: str) -> _Any:
    value = getattr(_models, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
