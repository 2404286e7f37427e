# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""The types of ``wushuang.types.fine_tuning`` under the names the official SDK gives them (``openai.types.fine_tuning``)."""

from wushuang._generated.models import FineTuningJob, FineTuningJobEvent

__all__ = [
    "FineTuningJob",
    "FineTuningJobEvent",
]
