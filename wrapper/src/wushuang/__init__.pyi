"""The public names of ``wushuang``, listed once: type checkers read them here, and ``__init__.py`` loads each on
first use from the module named here (``lazy_loader.attach_stub``)."""

from . import types as types
from ._assistants.stream import (
    AssistantEventStream as AssistantEventStream,
    AsyncAssistantEventStream as AsyncAssistantEventStream,
)
from ._billing import to_usd as to_usd
from ._chat.parsed import (
    ParsedChatCompletion as ParsedChatCompletion,
    ParsedChatCompletionMessage as ParsedChatCompletionMessage,
    ParsedChoice as ParsedChoice,
    ParsedFunction as ParsedFunction,
    ParsedFunctionToolCall as ParsedFunctionToolCall,
)
from ._chat.stream import (
    AsyncChatCompletionStream as AsyncChatCompletionStream,
    AsyncChatCompletionStreamManager as AsyncChatCompletionStreamManager,
    ChatCompletionStream as ChatCompletionStream,
    ChatCompletionStreamEvent as ChatCompletionStreamEvent,
    ChatCompletionStreamManager as ChatCompletionStreamManager,
    ChunkEvent as ChunkEvent,
    ContentDeltaEvent as ContentDeltaEvent,
    ContentDoneEvent as ContentDoneEvent,
    FunctionToolCallArgumentsDeltaEvent as FunctionToolCallArgumentsDeltaEvent,
    FunctionToolCallArgumentsDoneEvent as FunctionToolCallArgumentsDoneEvent,
    RefusalDeltaEvent as RefusalDeltaEvent,
    RefusalDoneEvent as RefusalDoneEvent,
)
from ._chat.structured import function_tool as function_tool
from ._core.client import AsyncWushuang as AsyncWushuang, Wushuang as Wushuang
from ._core.clock import Clock as Clock
from ._core.errors import (
    APIConnectionError as APIConnectionError,
    APIError as APIError,
    APIResponseDecodingError as APIResponseDecodingError,
    APIResponseValidationError as APIResponseValidationError,
    APIStatusError as APIStatusError,
    APIStreamError as APIStreamError,
    APIStreamIncompleteError as APIStreamIncompleteError,
    APITimeoutError as APITimeoutError,
    AuthenticationError as AuthenticationError,
    BadRequestError as BadRequestError,
    BillingError as BillingError,
    BudgetExceededError as BudgetExceededError,
    ConflictError as ConflictError,
    ContentFilterFinishReasonError as ContentFilterFinishReasonError,
    EndpointNotSupportedError as EndpointNotSupportedError,
    GatewayError as GatewayError,
    InternalServerError as InternalServerError,
    InvalidParameterError as InvalidParameterError,
    LengthFinishReasonError as LengthFinishReasonError,
    ModelNotAllowedError as ModelNotAllowedError,
    NoChannelError as NoChannelError,
    NotFoundError as NotFoundError,
    PermissionDeniedError as PermissionDeniedError,
    PollTimeoutError as PollTimeoutError,
    QuotaExhaustedError as QuotaExhaustedError,
    RateLimitError as RateLimitError,
    RequestLimitError as RequestLimitError,
    UnprocessableEntityError as UnprocessableEntityError,
    UnreplayableBodyError as UnreplayableBodyError,
    UpstreamSaturatedError as UpstreamSaturatedError,
    WushuangError as WushuangError,
)
from ._core.images import async_save_image as async_save_image, save_image as save_image
from ._core.middleware import Attempt as Attempt, Call as Call, Middleware as Middleware
from ._core.pagination import (
    AsyncCursorPage as AsyncCursorPage,
    AsyncCursorPager as AsyncCursorPager,
    CursorPage as CursorPage,
)
from ._core.response import (
    AsyncBinaryResponse as AsyncBinaryResponse,
    AsyncStreamedResponse as AsyncStreamedResponse,
    BinaryResponse as BinaryResponse,
    RawResponse as RawResponse,
    StreamedResponse as StreamedResponse,
)
from ._core.spend import CallCost as CallCost, SpendTracker as SpendTracker, SpendWarning as SpendWarning
from ._core.streaming import AsyncStream as AsyncStream, Stream as Stream
from ._core.telemetry import Telemetry as Telemetry, telemetry_of as telemetry_of
from ._core.types import NOT_GIVEN as NOT_GIVEN, NotGiven as NotGiven
from ._version import __version__ as __version__
from .midjourney._errors import (
    MidjourneyError as MidjourneyError,
    MidjourneyModalRequiredError as MidjourneyModalRequiredError,
    MidjourneyTaskFailedError as MidjourneyTaskFailedError,
    MidjourneyTimeoutError as MidjourneyTimeoutError,
)
from .midjourney._grid import split_grid as split_grid
from .midjourney._helpers import (
    ButtonPress as ButtonPress,
    ImagineOutcome as ImagineOutcome,
    parse_task_notification as parse_task_notification,
)
