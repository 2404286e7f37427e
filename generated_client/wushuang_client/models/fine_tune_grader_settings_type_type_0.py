# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from enum import StrEnum


class FineTuneGraderSettingsTypeType0(StrEnum):
    LABEL_MODEL = "label_model"
    MULTI = "multi"
    PYTHON = "python"
    SCORE_MODEL = "score_model"
    STRING_CHECK = "string_check"
    TEXT_SIMILARITY = "text_similarity"

    def __str__(self) -> str:
        return str(self.value)
