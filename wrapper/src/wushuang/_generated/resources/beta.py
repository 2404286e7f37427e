# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""``client.beta``: its resource classes (sync and async, and their response variants)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from wushuang._core.resource import AsyncAPIResource, SyncAPIResource

if TYPE_CHECKING:
    from wushuang._generated.resources import beta_assistants, beta_threads


class Beta(SyncAPIResource):
    """``client.beta``."""

    @cached_property
    def assistants(self) -> beta_assistants.BetaAssistants:
        from wushuang._generated.resources.beta_assistants import BetaAssistants

        return BetaAssistants(self._client)

    @cached_property
    def threads(self) -> beta_threads.BetaThreads:
        from wushuang._generated.resources.beta_threads import BetaThreads

        return BetaThreads(self._client)

    @cached_property
    def with_raw_response(self) -> BetaWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return BetaWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return BetaWithStreamingResponse(self)


class BetaWithRawResponse:
    """``client.beta.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: Beta) -> None:
        self._resource = resource

    @cached_property
    def assistants(self) -> beta_assistants.BetaAssistantsWithRawResponse:
        return self._resource.assistants.with_raw_response

    @cached_property
    def threads(self) -> beta_threads.BetaThreadsWithRawResponse:
        return self._resource.threads.with_raw_response


class BetaWithStreamingResponse:
    """``client.beta.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: Beta) -> None:
        self._resource = resource

    @cached_property
    def assistants(self) -> beta_assistants.BetaAssistantsWithStreamingResponse:
        return self._resource.assistants.with_streaming_response

    @cached_property
    def threads(self) -> beta_threads.BetaThreadsWithStreamingResponse:
        return self._resource.threads.with_streaming_response


class AsyncBeta(AsyncAPIResource):
    """``client.beta`` (async)."""

    @cached_property
    def assistants(self) -> beta_assistants.AsyncBetaAssistants:
        from wushuang._generated.resources.beta_assistants import AsyncBetaAssistants

        return AsyncBetaAssistants(self._client)

    @cached_property
    def threads(self) -> beta_threads.AsyncBetaThreads:
        from wushuang._generated.resources.beta_threads import AsyncBetaThreads

        return AsyncBetaThreads(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncBetaWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return AsyncBetaWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return AsyncBetaWithStreamingResponse(self)


class AsyncBetaWithRawResponse:
    """``client.beta.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncBeta) -> None:
        self._resource = resource

    @cached_property
    def assistants(self) -> beta_assistants.AsyncBetaAssistantsWithRawResponse:
        return self._resource.assistants.with_raw_response

    @cached_property
    def threads(self) -> beta_threads.AsyncBetaThreadsWithRawResponse:
        return self._resource.threads.with_raw_response


class AsyncBetaWithStreamingResponse:
    """``client.beta.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: AsyncBeta) -> None:
        self._resource = resource

    @cached_property
    def assistants(self) -> beta_assistants.AsyncBetaAssistantsWithStreamingResponse:
        return self._resource.assistants.with_streaming_response

    @cached_property
    def threads(self) -> beta_threads.AsyncBetaThreadsWithStreamingResponse:
        return self._resource.threads.with_streaming_response
