"""Chat completions under ``openai.types.chat``'s names: ``ChatCompletion``, ``ChatCompletionChunk``, ..."""

from wushuang._generated.types.chat import *  # noqa: F403
from wushuang._generated.types.chat import __all__ as __all__
