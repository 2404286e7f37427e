# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""The types of ``wushuang.types.beta.threads.runs`` under the names the official SDK gives them (``openai.types.beta.threads.runs``)."""

from wushuang._generated.models import RunStep

__all__ = [
    "RunStep",
]
