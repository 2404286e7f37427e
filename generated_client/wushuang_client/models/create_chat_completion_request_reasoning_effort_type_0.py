# Generated from openapi/wushuang.yaml (sha256 35ad5e4306fa839c) by generator/ — do not edit by hand.
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
