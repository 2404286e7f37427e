"""Audio: ``Transcription``, ``Translation``, ... Under the names of ``openai.types.audio``."""

from wushuang._generated.types.audio import *  # noqa: F403
from wushuang._generated.types.audio import __all__ as __all__
