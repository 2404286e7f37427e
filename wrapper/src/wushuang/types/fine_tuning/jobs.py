"""Fine-tuning job checkpoints under ``openai.types.fine_tuning.jobs``'s names: ``FineTuningJobCheckpoint``."""

from wushuang._generated.types.fine_tuning_jobs import *  # noqa: F403
from wushuang._generated.types.fine_tuning_jobs import __all__ as __all__
