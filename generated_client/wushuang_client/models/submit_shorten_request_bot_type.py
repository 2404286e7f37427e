# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from enum import StrEnum


class SubmitShortenRequestBotType(StrEnum):
    MID_JOURNEY = "MID_JOURNEY"
    NIJI_JOURNEY = "NIJI_JOURNEY"

    def __str__(self) -> str:
        return str(self.value)
