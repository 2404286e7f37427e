"""Assistants and threads: ``Assistant``, ``Thread``, ``AssistantStreamEvent``, ... Under the names of ``openai.types.beta``."""

from wushuang._generated.types.beta import *  # noqa: F403
from wushuang._generated.types.beta import __all__ as __all__
