# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from enum import StrEnum


class WebSearchOptionsSearchContextSize(StrEnum):
    HIGH = "high"
    LOW = "low"
    MEDIUM = "medium"

    def __str__(self) -> str:
        return str(self.value)
