# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from enum import StrEnum


class ChatCompletionToolChoiceOptionType0(StrEnum):
    AUTO = "auto"
    NONE = "none"
    REQUIRED = "required"

    def __str__(self) -> str:
        return str(self.value)
