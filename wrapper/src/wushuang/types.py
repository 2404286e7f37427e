"""The response, chunk and error models of the API (msgspec Structs), e.g. ``from wushuang.types import Task``."""

from wushuang._generated.models import *  # noqa: F403
