# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from enum import StrEnum


class CreateImageRequestSizeType0(StrEnum):
    AUTO = "auto"
    VALUE_1 = "256x256"
    VALUE_2 = "512x512"
    VALUE_3 = "1024x1024"
    VALUE_4 = "1536x1024"
    VALUE_5 = "1024x1536"
    VALUE_6 = "1792x1024"
    VALUE_7 = "1024x1792"

    def __str__(self) -> str:
        return str(self.value)
