# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""``client.chat``: its resource classes (sync and async, and their response variants)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from wushuang._core.resource import AsyncAPIResource, SyncAPIResource

if TYPE_CHECKING:
    from wushuang._generated.resources import chat_completions


class Chat(SyncAPIResource):
    """``client.chat``."""

    @cached_property
    def completions(self) -> chat_completions.ChatCompletions:
        from wushuang._generated.resources.chat_completions import ChatCompletions

        return ChatCompletions(self._client)

    @cached_property
    def with_raw_response(self) -> ChatWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return ChatWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ChatWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return ChatWithStreamingResponse(self)


class ChatWithRawResponse:
    """``client.chat.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: Chat) -> None:
        self._resource = resource

    @cached_property
    def completions(self) -> chat_completions.ChatCompletionsWithRawResponse:
        return self._resource.completions.with_raw_response


class ChatWithStreamingResponse:
    """``client.chat.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: Chat) -> None:
        self._resource = resource

    @cached_property
    def completions(self) -> chat_completions.ChatCompletionsWithStreamingResponse:
        return self._resource.completions.with_streaming_response


class AsyncChat(AsyncAPIResource):
    """``client.chat`` (async)."""

    @cached_property
    def completions(self) -> chat_completions.AsyncChatCompletions:
        from wushuang._generated.resources.chat_completions import AsyncChatCompletions

        return AsyncChatCompletions(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncChatWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return AsyncChatWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncChatWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return AsyncChatWithStreamingResponse(self)


class AsyncChatWithRawResponse:
    """``client.chat.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncChat) -> None:
        self._resource = resource

    @cached_property
    def completions(self) -> chat_completions.AsyncChatCompletionsWithRawResponse:
        return self._resource.completions.with_raw_response


class AsyncChatWithStreamingResponse:
    """``client.chat.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: AsyncChat) -> None:
        self._resource = resource

    @cached_property
    def completions(self) -> chat_completions.AsyncChatCompletionsWithStreamingResponse:
        return self._resource.completions.with_streaming_response
