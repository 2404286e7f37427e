# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from enum import StrEnum


class ModerationConfigMode(StrEnum):
    BLOCK = "block"
    SCORE = "score"

    def __str__(self) -> str:
        return str(self.value)
