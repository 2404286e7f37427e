# Generated from openapi/wushuang.yaml (sha256 620f13c06073a0bb) by generator/ — do not edit by hand.
"""The types of ``wushuang.types.beta.threads`` under the names the official SDK gives them (``openai.types.beta.threads``)."""

from wushuang._generated.models import Message, Run

__all__ = [
    "Message",
    "Run",
]
