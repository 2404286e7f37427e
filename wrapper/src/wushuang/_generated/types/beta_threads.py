# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""The types of ``wushuang.types.beta.threads`` under the names the official SDK gives them (``openai.types.beta.threads``)."""

from wushuang._generated.models import Message, Run

__all__ = [
    "Message",
    "Run",
]
