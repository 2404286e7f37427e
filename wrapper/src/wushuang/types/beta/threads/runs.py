"""Run steps: ``RunStep``. Under the names of ``openai.types.beta.threads.runs``."""

from wushuang._generated.types.beta_threads_runs import *  # noqa: F403
from wushuang._generated.types.beta_threads_runs import __all__ as __all__
