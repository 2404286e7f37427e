# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from enum import StrEnum


class CreateFineTuningJobIntegrationType(StrEnum):
    WANDB = "wandb"

    def __str__(self) -> str:
        return str(self.value)
