"""The response, chunk and error models of the API (msgspec Structs), e.g. ``from wushuang.types import Task``.

The common ones are also here under the names the official ``openai`` SDK gives them, in the same modules:
``wushuang.types.Completion``, ``wushuang.types.chat.ChatCompletion``, ``wushuang.types.chat.ChatCompletionChunk``,
``wushuang.types.chat.ChatCompletionMessageParam``, ``wushuang.types.beta.threads.Run``, ... (the spec's
``x-sdk-type``), so that code written against ``openai.types`` needs only its import changed.
"""

from wushuang._generated import models as _models
from wushuang._generated.models import *  # noqa: F403
from wushuang._generated.types import root as _root
from wushuang._generated.types.root import *  # noqa: F403

__all__ = [*_models.__all__, *(name for name in _root.__all__ if name not in _models.__all__)]

# msgspec resolves a model's annotations in the namespace of its module, which is this one (see the end of
# _generated/models.py): the names they use (Annotated, Meta, the type aliases) are here too, outside __all__.
for _key, _value in vars(_models).items():
    if not _key.startswith("__"):
        globals().setdefault(_key, _value)
