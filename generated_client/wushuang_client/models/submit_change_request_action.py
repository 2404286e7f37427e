# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from enum import StrEnum


class SubmitChangeRequestAction(StrEnum):
    REROLL = "REROLL"
    UPSCALE = "UPSCALE"
    VARIATION = "VARIATION"

    def __str__(self) -> str:
        return str(self.value)
