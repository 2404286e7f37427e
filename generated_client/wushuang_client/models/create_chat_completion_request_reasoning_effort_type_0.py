# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from enum import StrEnum


class CreateChatCompletionRequestReasoningEffortType0(StrEnum):
    HIGH = "high"
    LOW = "low"
    MAX = "max"
    MEDIUM = "medium"
    MINIMAL = "minimal"
    NONE = "none"
    XHIGH = "xhigh"

    def __str__(self) -> str:
        return str(self.value)
