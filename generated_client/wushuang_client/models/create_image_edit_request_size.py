# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from enum import StrEnum


class CreateImageEditRequestSize(StrEnum):
    AUTO = "auto"
    VALUE_0 = "256x256"
    VALUE_1 = "512x512"
    VALUE_2 = "1024x1024"
    VALUE_3 = "1536x1024"
    VALUE_4 = "1024x1536"

    def __str__(self) -> str:
        return str(self.value)
