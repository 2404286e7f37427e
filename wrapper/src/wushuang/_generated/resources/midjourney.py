# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""``client.midjourney``: its resource classes (sync and async, and their response variants)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from wushuang._core.resource import AsyncAPIResource, SyncAPIResource

if TYPE_CHECKING:
    from wushuang._generated.resources import midjourney_submit, midjourney_tasks


class Midjourney(SyncAPIResource):
    """``client.midjourney``."""

    @cached_property
    def submit(self) -> midjourney_submit.MidjourneySubmit:
        from wushuang._generated.resources.midjourney_submit import MidjourneySubmit

        return MidjourneySubmit(self._client)

    @cached_property
    def tasks(self) -> midjourney_tasks.MidjourneyTasks:
        from wushuang._generated.resources.midjourney_tasks import MidjourneyTasks

        return MidjourneyTasks(self._client)

    @cached_property
    def with_raw_response(self) -> MidjourneyWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return MidjourneyWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> MidjourneyWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return MidjourneyWithStreamingResponse(self)


class MidjourneyWithRawResponse:
    """``client.midjourney.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: Midjourney) -> None:
        self._resource = resource

    @cached_property
    def submit(self) -> midjourney_submit.MidjourneySubmitWithRawResponse:
        return self._resource.submit.with_raw_response

    @cached_property
    def tasks(self) -> midjourney_tasks.MidjourneyTasksWithRawResponse:
        return self._resource.tasks.with_raw_response


class MidjourneyWithStreamingResponse:
    """``client.midjourney.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: Midjourney) -> None:
        self._resource = resource

    @cached_property
    def submit(self) -> midjourney_submit.MidjourneySubmitWithStreamingResponse:
        return self._resource.submit.with_streaming_response

    @cached_property
    def tasks(self) -> midjourney_tasks.MidjourneyTasksWithStreamingResponse:
        return self._resource.tasks.with_streaming_response


class AsyncMidjourney(AsyncAPIResource):
    """``client.midjourney`` (async)."""

    @cached_property
    def submit(self) -> midjourney_submit.AsyncMidjourneySubmit:
        from wushuang._generated.resources.midjourney_submit import AsyncMidjourneySubmit

        return AsyncMidjourneySubmit(self._client)

    @cached_property
    def tasks(self) -> midjourney_tasks.AsyncMidjourneyTasks:
        from wushuang._generated.resources.midjourney_tasks import AsyncMidjourneyTasks

        return AsyncMidjourneyTasks(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncMidjourneyWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return AsyncMidjourneyWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncMidjourneyWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return AsyncMidjourneyWithStreamingResponse(self)


class AsyncMidjourneyWithRawResponse:
    """``client.midjourney.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncMidjourney) -> None:
        self._resource = resource

    @cached_property
    def submit(self) -> midjourney_submit.AsyncMidjourneySubmitWithRawResponse:
        return self._resource.submit.with_raw_response

    @cached_property
    def tasks(self) -> midjourney_tasks.AsyncMidjourneyTasksWithRawResponse:
        return self._resource.tasks.with_raw_response


class AsyncMidjourneyWithStreamingResponse:
    """``client.midjourney.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: AsyncMidjourney) -> None:
        self._resource = resource

    @cached_property
    def submit(self) -> midjourney_submit.AsyncMidjourneySubmitWithStreamingResponse:
        return self._resource.submit.with_streaming_response

    @cached_property
    def tasks(self) -> midjourney_tasks.AsyncMidjourneyTasksWithStreamingResponse:
        return self._resource.tasks.with_streaming_response
