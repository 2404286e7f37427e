# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from enum import StrEnum


class MessageRequestImageUrlDetail(StrEnum):
    AUTO = "auto"
    HIGH = "high"
    LOW = "low"

    def __str__(self) -> str:
        return str(self.value)
