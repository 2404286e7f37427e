# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from enum import StrEnum


class FineTuneMethodHyperparametersEvalSamplesType0Type0(StrEnum):
    AUTO = "auto"

    def __str__(self) -> str:
        return str(self.value)
