# Generated from openapi/wushuang.yaml (sha256 37b389674feebb29) by generator/ — do not edit by hand.
from enum import StrEnum


class FineTuneGraderSettingsOperationType0(StrEnum):
    EQ = "eq"
    ILIKE = "ilike"
    LIKE = "like"
    NE = "ne"

    def __str__(self) -> str:
        return str(self.value)
