# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from enum import StrEnum


class FineTuneGraderSettingsOperationType0(StrEnum):
    EQ = "eq"
    ILIKE = "ilike"
    LIKE = "like"
    NE = "ne"

    def __str__(self) -> str:
        return str(self.value)
