# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""The types of ``wushuang.types.beta`` under the names the official SDK gives them (``openai.types.beta``)."""

from wushuang._generated.models import Assistant, AssistantStreamEvent, Thread
from wushuang._generated.models import DeleteAssistantResponse as AssistantDeleted
from wushuang._generated.models import DeleteThreadResponse as ThreadDeleted

__all__ = [
    "Assistant",
    "AssistantDeleted",
    "AssistantStreamEvent",
    "Thread",
    "ThreadDeleted",
]
