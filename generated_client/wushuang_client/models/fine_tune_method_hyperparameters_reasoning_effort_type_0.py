# Generated from openapi/wushuang.yaml (sha256 35ad5e4306fa839c) by generator/ — do not edit by hand.
from enum import StrEnum


class FineTuneMethodHyperparametersReasoningEffortType0(StrEnum):
    DEFAULT = "default"
    HIGH = "high"
    LOW = "low"
    MEDIUM = "medium"

    def __str__(self) -> str:
        return str(self.value)
