# Generated from openapi/wushuang.yaml (sha256 14f3398b5a4bdf0a) by generator/ — do not edit by hand.
from enum import StrEnum


class FineTuneMethodHyperparametersBatchSizeType0Type0(StrEnum):
    AUTO = "auto"

    def __str__(self) -> str:
        return str(self.value)
