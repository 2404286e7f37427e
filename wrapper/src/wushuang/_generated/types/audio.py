# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""The types of ``wushuang.types.audio`` under the names the official SDK gives them (``openai.types.audio``)."""

from wushuang._generated.models import CreateTranscriptionResponse as Transcription
from wushuang._generated.models import CreateTranslationResponse as Translation
from wushuang._generated.models import TranscriptionSegment, TranscriptionWord

__all__ = [
    "Transcription",
    "TranscriptionSegment",
    "TranscriptionWord",
    "Translation",
]
