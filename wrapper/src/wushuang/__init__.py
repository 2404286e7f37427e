"""wushuang: the Python SDK for the 无双 AI relay (www.wushuangai.com).

    from wushuang import Wushuang

    client = Wushuang()  # api_key from WUSHUANG_API_KEY
    completion = client.completions.create(model="gpt-3.5-turbo-instruct", prompt="Say this is a test")
    print(completion.choices[0].text)

Names load on first use, so ``import wushuang`` stays light.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from wushuang._version import __version__

if TYPE_CHECKING:
    from wushuang import types
    from wushuang._assistant_stream import AssistantEventStream, AsyncAssistantEventStream
    from wushuang._chat_stream import (
        AsyncChatCompletionStream,
        AsyncChatCompletionStreamManager,
        ChatCompletionStream,
        ChatCompletionStreamEvent,
        ChatCompletionStreamManager,
        ChunkEvent,
        ContentDeltaEvent,
        ContentDoneEvent,
        FunctionToolCallArgumentsDeltaEvent,
        FunctionToolCallArgumentsDoneEvent,
        RefusalDeltaEvent,
        RefusalDoneEvent,
    )
    from wushuang._client import AsyncWushuang, Wushuang
    from wushuang._clock import Clock
    from wushuang._errors import (
        APIConnectionError,
        APIError,
        APIResponseValidationError,
        APIStatusError,
        APIStreamError,
        APIStreamIncompleteError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        ConflictError,
        ContentFilterFinishReasonError,
        EndpointNotSupportedError,
        InternalServerError,
        InvalidParameterError,
        LengthFinishReasonError,
        NotFoundError,
        PermissionDeniedError,
        PollTimeoutError,
        RateLimitError,
        UnprocessableEntityError,
        WushuangError,
    )
    from wushuang._images import async_save_image, save_image
    from wushuang._middleware import Attempt, Call, Middleware
    from wushuang._pagination import AsyncCursorPage, AsyncCursorPager, CursorPage
    from wushuang._parsed import (
        ParsedChatCompletion,
        ParsedChatCompletionMessage,
        ParsedChoice,
        ParsedFunction,
        ParsedFunctionToolCall,
    )
    from wushuang._response import (
        AsyncBinaryResponse,
        AsyncStreamedResponse,
        BinaryResponse,
        RawResponse,
        StreamedResponse,
    )
    from wushuang._streaming import AsyncStream, Stream
    from wushuang._structured import function_tool
    from wushuang._types import NOT_GIVEN, NotGiven
    from wushuang.midjourney._errors import (
        MidjourneyError,
        MidjourneyModalRequiredError,
        MidjourneyTaskFailedError,
        MidjourneyTimeoutError,
    )
    from wushuang.midjourney._grid import split_grid
    from wushuang.midjourney._helpers import ButtonPress, ImagineOutcome, parse_task_notification

_ERRORS = (
    "APIConnectionError APIError APIResponseValidationError APIStatusError APIStreamError APIStreamIncompleteError "
    "APITimeoutError "
    "AuthenticationError BadRequestError ConflictError ContentFilterFinishReasonError EndpointNotSupportedError "
    "InternalServerError InvalidParameterError LengthFinishReasonError NotFoundError PermissionDeniedError "
    "PollTimeoutError RateLimitError UnprocessableEntityError WushuangError"
).split()
_MIDJOURNEY_ERRORS = (
    "MidjourneyError MidjourneyModalRequiredError MidjourneyTaskFailedError MidjourneyTimeoutError"
).split()

_PARSED = "ParsedChatCompletion ParsedChatCompletionMessage ParsedChoice ParsedFunction ParsedFunctionToolCall".split()
_CHAT_STREAM = (
    "AsyncChatCompletionStream AsyncChatCompletionStreamManager ChatCompletionStream ChatCompletionStreamEvent "
    "ChatCompletionStreamManager ChunkEvent ContentDeltaEvent ContentDoneEvent FunctionToolCallArgumentsDeltaEvent "
    "FunctionToolCallArgumentsDoneEvent RefusalDeltaEvent RefusalDoneEvent"
).split()

_LAZY: dict[str, str] = {
    "Wushuang": "wushuang._client",
    "AsyncWushuang": "wushuang._client",
    "Clock": "wushuang._clock",
    "Middleware": "wushuang._middleware",
    "Call": "wushuang._middleware",
    "Attempt": "wushuang._middleware",
    "AssistantEventStream": "wushuang._assistant_stream",
    "AsyncAssistantEventStream": "wushuang._assistant_stream",
    "save_image": "wushuang._images",
    "split_grid": "wushuang.midjourney._grid",
    "parse_task_notification": "wushuang.midjourney._helpers",
    "ButtonPress": "wushuang.midjourney._helpers",
    "ImagineOutcome": "wushuang.midjourney._helpers",
    "async_save_image": "wushuang._images",
    "CursorPage": "wushuang._pagination",
    "AsyncCursorPage": "wushuang._pagination",
    "AsyncCursorPager": "wushuang._pagination",
    "RawResponse": "wushuang._response",
    "BinaryResponse": "wushuang._response",
    "AsyncBinaryResponse": "wushuang._response",
    "StreamedResponse": "wushuang._response",
    "AsyncStreamedResponse": "wushuang._response",
    "Stream": "wushuang._streaming",
    "AsyncStream": "wushuang._streaming",
    "NOT_GIVEN": "wushuang._types",
    **dict.fromkeys(_PARSED, "wushuang._parsed"),
    "function_tool": "wushuang._structured",
    **dict.fromkeys(_CHAT_STREAM, "wushuang._chat_stream"),
    "NotGiven": "wushuang._types",
    **dict.fromkeys(_ERRORS, "wushuang._errors"),
    **dict.fromkeys(_MIDJOURNEY_ERRORS, "wushuang.midjourney._errors"),
}

__all__ = [
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APIStreamError",
    "APIStreamIncompleteError",
    "APITimeoutError",
    "AssistantEventStream",
    "AsyncAssistantEventStream",
    "AsyncBinaryResponse",
    "AsyncChatCompletionStream",
    "AsyncChatCompletionStreamManager",
    "AsyncCursorPage",
    "AsyncCursorPager",
    "AsyncStream",
    "AsyncStreamedResponse",
    "AsyncWushuang",
    "Attempt",
    "AuthenticationError",
    "BadRequestError",
    "BinaryResponse",
    "ButtonPress",
    "Call",
    "ChatCompletionStream",
    "ChatCompletionStreamEvent",
    "ChatCompletionStreamManager",
    "ChunkEvent",
    "Clock",
    "ConflictError",
    "ContentDeltaEvent",
    "ContentDoneEvent",
    "ContentFilterFinishReasonError",
    "CursorPage",
    "EndpointNotSupportedError",
    "FunctionToolCallArgumentsDeltaEvent",
    "FunctionToolCallArgumentsDoneEvent",
    "ImagineOutcome",
    "InternalServerError",
    "InvalidParameterError",
    "LengthFinishReasonError",
    "MidjourneyError",
    "MidjourneyModalRequiredError",
    "MidjourneyTaskFailedError",
    "MidjourneyTimeoutError",
    "Middleware",
    "NotFoundError",
    "NotGiven",
    "ParsedChatCompletion",
    "ParsedChatCompletionMessage",
    "ParsedChoice",
    "ParsedFunction",
    "ParsedFunctionToolCall",
    "PermissionDeniedError",
    "PollTimeoutError",
    "RateLimitError",
    "RawResponse",
    "RefusalDeltaEvent",
    "RefusalDoneEvent",
    "Stream",
    "StreamedResponse",
    "UnprocessableEntityError",
    "Wushuang",
    "WushuangError",
    "__version__",
    "async_save_image",
    "function_tool",
    "parse_task_notification",
    "save_image",
    "split_grid",
    "types",
]


def __getattr__(name: str) -> Any:
    if name == "types":
        value: Any = importlib.import_module("wushuang.types")
    elif name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
    else:
        raise AttributeError(f"module 'wushuang' has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
