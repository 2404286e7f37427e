# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from enum import StrEnum


class CreateEmbeddingRequestEncodingFormat(StrEnum):
    BASE64 = "base64"
    FLOAT = "float"

    def __str__(self) -> str:
        return str(self.value)
