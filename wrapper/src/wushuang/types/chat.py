"""Chat completions: ``ChatCompletion``, ``ChatCompletionChunk``, ``ChatCompletionMessage``, the message params, ... Under the names of ``openai.types.chat``."""

from wushuang._generated.types.chat import *  # noqa: F403
from wushuang._generated.types.chat import __all__ as __all__
