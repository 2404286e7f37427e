# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from enum import StrEnum


class CreateTranscriptionRequestResponseFormat(StrEnum):
    DIARIZED_JSON = "diarized_json"
    JSON = "json"
    SRT = "srt"
    TEXT = "text"
    VERBOSE_JSON = "verbose_json"
    VTT = "vtt"

    def __str__(self) -> str:
        return str(self.value)
