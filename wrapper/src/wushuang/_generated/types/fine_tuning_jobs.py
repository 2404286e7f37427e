# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""The types of ``wushuang.types.fine_tuning.jobs`` under the names the official SDK gives them (``openai.types.fine_tuning.jobs``)."""

from wushuang._generated.models import FineTuningJobCheckpoint

__all__ = [
    "FineTuningJobCheckpoint",
]
