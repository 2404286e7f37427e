"""Assistants and threads under ``openai.types.beta``'s names: ``Assistant``, ``Thread``, ..."""

from wushuang._generated.types.beta import *  # noqa: F403
from wushuang._generated.types.beta import __all__ as __all__
