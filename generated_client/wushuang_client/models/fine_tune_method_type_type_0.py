# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from enum import StrEnum


class FineTuneMethodTypeType0(StrEnum):
    DPO = "dpo"
    REINFORCEMENT = "reinforcement"
    SUPERVISED = "supervised"

    def __str__(self) -> str:
        return str(self.value)
