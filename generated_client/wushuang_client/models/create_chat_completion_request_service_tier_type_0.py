# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from enum import StrEnum


class CreateChatCompletionRequestServiceTierType0(StrEnum):
    AUTO = "auto"
    DEFAULT = "default"
    FAST = "fast"
    FLEX = "flex"
    PRIORITY = "priority"
    SCALE = "scale"

    def __str__(self) -> str:
        return str(self.value)
