# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""The types of ``wushuang.types.chat`` under the names the official SDK gives them (``openai.types.chat``)."""

from wushuang._generated.models import ChatCompletionMessageToolCall, ChatCompletionTokenLogprob
from wushuang._generated.models import ChatCompletionResponseMessage as ChatCompletionMessage
from wushuang._generated.models import CreateChatCompletionResponse as ChatCompletion
from wushuang._generated.models import CreateChatCompletionStreamResponse as ChatCompletionChunk
from wushuang._generated.params import ChatCompletionContentPart as ChatCompletionContentPartParam
from wushuang._generated.params import ChatCompletionContentPartImage as ChatCompletionContentPartImageParam
from wushuang._generated.params import ChatCompletionContentPartText as ChatCompletionContentPartTextParam
from wushuang._generated.params import ChatCompletionMessageToolCall as ChatCompletionMessageToolCallParam
from wushuang._generated.params import ChatCompletionNamedToolChoice as ChatCompletionNamedToolChoiceParam
from wushuang._generated.params import ChatCompletionRequestAssistantMessage as ChatCompletionAssistantMessageParam
from wushuang._generated.params import ChatCompletionRequestDeveloperMessage as ChatCompletionDeveloperMessageParam
from wushuang._generated.params import ChatCompletionRequestFunctionMessage as ChatCompletionFunctionMessageParam
from wushuang._generated.params import ChatCompletionRequestMessage as ChatCompletionMessageParam
from wushuang._generated.params import ChatCompletionRequestSystemMessage as ChatCompletionSystemMessageParam
from wushuang._generated.params import ChatCompletionRequestToolMessage as ChatCompletionToolMessageParam
from wushuang._generated.params import ChatCompletionRequestUserMessage as ChatCompletionUserMessageParam
from wushuang._generated.params import ChatCompletionTool as ChatCompletionToolParam
from wushuang._generated.params import ChatCompletionToolChoiceOption as ChatCompletionToolChoiceOptionParam
from wushuang._generated.params import StreamOptions as ChatCompletionStreamOptionsParam

__all__ = [
    "ChatCompletion",
    "ChatCompletionAssistantMessageParam",
    "ChatCompletionChunk",
    "ChatCompletionContentPartImageParam",
    "ChatCompletionContentPartParam",
    "ChatCompletionContentPartTextParam",
    "ChatCompletionDeveloperMessageParam",
    "ChatCompletionFunctionMessageParam",
    "ChatCompletionMessage",
    "ChatCompletionMessageParam",
    "ChatCompletionMessageToolCall",
    "ChatCompletionMessageToolCallParam",
    "ChatCompletionNamedToolChoiceParam",
    "ChatCompletionStreamOptionsParam",
    "ChatCompletionSystemMessageParam",
    "ChatCompletionTokenLogprob",
    "ChatCompletionToolChoiceOptionParam",
    "ChatCompletionToolMessageParam",
    "ChatCompletionToolParam",
    "ChatCompletionUserMessageParam",
]
