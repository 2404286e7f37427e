"""Runs and messages: ``Run``, ``Message``. Under the names of ``openai.types.beta.threads``."""

from wushuang._generated.types.beta_threads import *  # noqa: F403
from wushuang._generated.types.beta_threads import __all__ as __all__
