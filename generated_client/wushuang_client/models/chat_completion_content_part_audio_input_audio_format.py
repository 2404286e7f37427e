# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from enum import StrEnum


class ChatCompletionContentPartAudioInputAudioFormat(StrEnum):
    MP3 = "mp3"
    WAV = "wav"

    def __str__(self) -> str:
        return str(self.value)
