"""Fine-tuning: ``FineTuningJob``, ``FineTuningJobEvent``. Under the names of ``openai.types.fine_tuning``."""

from wushuang._generated.types.fine_tuning import *  # noqa: F403
from wushuang._generated.types.fine_tuning import __all__ as __all__
