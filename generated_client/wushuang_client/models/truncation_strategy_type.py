# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from enum import StrEnum


class TruncationStrategyType(StrEnum):
    AUTO = "auto"
    LAST_MESSAGES = "last_messages"

    def __str__(self) -> str:
        return str(self.value)
