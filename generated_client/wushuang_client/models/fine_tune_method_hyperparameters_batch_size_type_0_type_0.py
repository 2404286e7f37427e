# Generated from openapi/wushuang.yaml (sha256 239c8b8a96c6f748) by generator/ — do not edit by hand.
from enum import StrEnum


class FineTuneMethodHyperparametersBatchSizeType0Type0(StrEnum):
    AUTO = "auto"

    def __str__(self) -> str:
        return str(self.value)
