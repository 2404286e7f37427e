# Generated from openapi/wushuang.yaml (sha256 35ad5e4306fa839c) by generator/ — do not edit by hand.
from enum import StrEnum


class CreateFineTuningJobHyperparametersLearningRateMultiplierType0(StrEnum):
    AUTO = "auto"

    def __str__(self) -> str:
        return str(self.value)
