# Generated from openapi/wushuang.yaml (sha256 813f67cf58f9814a) by generator/ — do not edit by hand.
from enum import StrEnum


class CreateFineTuningJobIntegrationType(StrEnum):
    WANDB = "wandb"

    def __str__(self) -> str:
        return str(self.value)
