# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from enum import StrEnum


class CreateSpeechRequestStreamFormat(StrEnum):
    AUDIO = "audio"
    SSE = "sse"

    def __str__(self) -> str:
        return str(self.value)
