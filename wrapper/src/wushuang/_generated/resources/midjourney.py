# Generated from openapi/wushuang.yaml (sha256 813f67cf58f9814a) by generator/ — do not edit by hand.
"""``client.midjourney``: the resource classes of that part of the API, one method per operation.

Every method is written once per sync / async class; ``with_raw_response`` and ``with_streaming_response`` are
derived from it by the typed wrappers of ``wushuang._resource``. Nothing here sends a request by itself: each
method hands its arguments (``locals()``: exactly its parameters) to the client with its entry of the operation
table. This module is loaded when
``client.midjourney`` is first touched.
"""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING, Literal, cast

from wushuang._generated import operations as _ops
from wushuang._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_response,
    async_to_streamed_response,
    to_raw_response,
    to_streamed_response,
)
from wushuang._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout

if TYPE_CHECKING:
    from collections.abc import Callable

    from wushuang._generated import models

__all__ = [
    "MidjourneySubmit",
    "MidjourneySubmitWithRawResponse",
    "MidjourneySubmitWithStreamingResponse",
    "AsyncMidjourneySubmit",
    "AsyncMidjourneySubmitWithRawResponse",
    "AsyncMidjourneySubmitWithStreamingResponse",
    "MidjourneyTasks",
    "MidjourneyTasksWithRawResponse",
    "MidjourneyTasksWithStreamingResponse",
    "AsyncMidjourneyTasks",
    "AsyncMidjourneyTasksWithRawResponse",
    "AsyncMidjourneyTasksWithStreamingResponse",
    "Midjourney",
    "MidjourneyWithRawResponse",
    "MidjourneyWithStreamingResponse",
    "AsyncMidjourney",
    "AsyncMidjourneyWithRawResponse",
    "AsyncMidjourneyWithStreamingResponse",
]


class MidjourneySubmit(SyncAPIResource):
    """``client.midjourney.submit``."""

    @cached_property
    def with_raw_response(self) -> MidjourneySubmitWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return MidjourneySubmitWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> MidjourneySubmitWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return MidjourneySubmitWithStreamingResponse(self)

    def imagine(
        self,
        *,
        prompt: str,
        base64_array: builtins.list[str] | NotGiven = NOT_GIVEN,
        bot_type: Literal["MID_JOURNEY", "NIJI_JOURNEY"] | NotGiven = NOT_GIVEN,
        notify_hook: str | NotGiven = NOT_GIVEN,
        state: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.SubmitResult:
        """Submit an Imagine task (text to image, or image and text to image).

        Answers HTTP 200 with a submit result whose `code` says whether the task was accepted (1, 21, 22) or refused (3, 4, 9, 23, 24).

        ``POST /mj/submit/imagine``

        Args:
            prompt: The prompt.
            base64_array: Reference images as base64 data URLs (`data:image/png;base64,...`). (sent as ``base64Array``)
            bot_type: Server default MID_JOURNEY. (sent as ``botType``)
            notify_hook: A URL that receives a POST with the task on each change (relays may disable it). (sent as ``notifyHook``)
            state: Any text, handed back in the task.
        """
        return cast("models.SubmitResult", self._call(_ops.SUBMIT_IMAGINE, locals()))


class MidjourneySubmitWithRawResponse:
    """``client.midjourney.submit.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: MidjourneySubmit) -> None:
        self._resource = resource
        self.imagine = to_raw_response(resource.imagine)


class MidjourneySubmitWithStreamingResponse:
    """``client.midjourney.submit.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: MidjourneySubmit) -> None:
        self._resource = resource
        self.imagine = to_streamed_response(resource.imagine)


class MidjourneyTasks(SyncAPIResource):
    """``client.midjourney.tasks``."""

    @cached_property
    def with_raw_response(self) -> MidjourneyTasksWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return MidjourneyTasksWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> MidjourneyTasksWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return MidjourneyTasksWithStreamingResponse(self)

    def fetch(
        self,
        task_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.Task:
        """Get a task by its ID.

        The polling endpoint of every Midjourney task.

        ``GET /mj/task/{id}/fetch``

        Args:
            task_id: The task ID returned by a submit. (sent as ``id``)
        """
        return cast("models.Task", self._call(_ops.FETCH_TASK, locals()))

    def wait(
        self,
        task_id: str,
        *,
        timeout: float | None = 600.0,
        interval: float = 2.0,
        on_progress: Callable[[models.Task], object] | None = None,
    ) -> models.Task:
        """Poll ``fetch`` until the task is SUCCESS, FAILURE or CANCEL, and return it.

        ``on_progress`` is called with the task each time its progress rises. Raises
        ``MidjourneyTaskFailedError`` for FAILURE and CANCEL, ``MidjourneyModalRequiredError`` when the task waits
        for a modal step, and ``MidjourneyTimeoutError`` when ``timeout`` seconds pass first (``None``: no limit).
        """
        return cast(
            "models.Task",
            self._poll(_ops.FETCH_TASK, task_id, timeout=timeout, interval=interval, on_progress=on_progress),
        )


class MidjourneyTasksWithRawResponse:
    """``client.midjourney.tasks.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: MidjourneyTasks) -> None:
        self._resource = resource
        self.fetch = to_raw_response(resource.fetch)


class MidjourneyTasksWithStreamingResponse:
    """``client.midjourney.tasks.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: MidjourneyTasks) -> None:
        self._resource = resource
        self.fetch = to_streamed_response(resource.fetch)


class Midjourney(SyncAPIResource):
    """``client.midjourney``."""

    @cached_property
    def submit(self) -> MidjourneySubmit:
        return MidjourneySubmit(self._client)

    @cached_property
    def tasks(self) -> MidjourneyTasks:
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
    def submit(self) -> MidjourneySubmitWithRawResponse:
        return self._resource.submit.with_raw_response

    @cached_property
    def tasks(self) -> MidjourneyTasksWithRawResponse:
        return self._resource.tasks.with_raw_response


class MidjourneyWithStreamingResponse:
    """``client.midjourney.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: Midjourney) -> None:
        self._resource = resource

    @cached_property
    def submit(self) -> MidjourneySubmitWithStreamingResponse:
        return self._resource.submit.with_streaming_response

    @cached_property
    def tasks(self) -> MidjourneyTasksWithStreamingResponse:
        return self._resource.tasks.with_streaming_response


class AsyncMidjourneySubmit(AsyncAPIResource):
    """``client.midjourney.submit`` (async)."""

    @cached_property
    def with_raw_response(self) -> AsyncMidjourneySubmitWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return AsyncMidjourneySubmitWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncMidjourneySubmitWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return AsyncMidjourneySubmitWithStreamingResponse(self)

    async def imagine(
        self,
        *,
        prompt: str,
        base64_array: builtins.list[str] | NotGiven = NOT_GIVEN,
        bot_type: Literal["MID_JOURNEY", "NIJI_JOURNEY"] | NotGiven = NOT_GIVEN,
        notify_hook: str | NotGiven = NOT_GIVEN,
        state: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.SubmitResult:
        """Submit an Imagine task (text to image, or image and text to image).

        Answers HTTP 200 with a submit result whose `code` says whether the task was accepted (1, 21, 22) or refused (3, 4, 9, 23, 24).

        ``POST /mj/submit/imagine``

        Args:
            prompt: The prompt.
            base64_array: Reference images as base64 data URLs (`data:image/png;base64,...`). (sent as ``base64Array``)
            bot_type: Server default MID_JOURNEY. (sent as ``botType``)
            notify_hook: A URL that receives a POST with the task on each change (relays may disable it). (sent as ``notifyHook``)
            state: Any text, handed back in the task.
        """
        return cast("models.SubmitResult", await self._call(_ops.SUBMIT_IMAGINE, locals()))


class AsyncMidjourneySubmitWithRawResponse:
    """``client.midjourney.submit.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncMidjourneySubmit) -> None:
        self._resource = resource
        self.imagine = async_to_raw_response(resource.imagine)


class AsyncMidjourneySubmitWithStreamingResponse:
    """``client.midjourney.submit.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: AsyncMidjourneySubmit) -> None:
        self._resource = resource
        self.imagine = async_to_streamed_response(resource.imagine)


class AsyncMidjourneyTasks(AsyncAPIResource):
    """``client.midjourney.tasks`` (async)."""

    @cached_property
    def with_raw_response(self) -> AsyncMidjourneyTasksWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return AsyncMidjourneyTasksWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncMidjourneyTasksWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return AsyncMidjourneyTasksWithStreamingResponse(self)

    async def fetch(
        self,
        task_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.Task:
        """Get a task by its ID.

        The polling endpoint of every Midjourney task.

        ``GET /mj/task/{id}/fetch``

        Args:
            task_id: The task ID returned by a submit. (sent as ``id``)
        """
        return cast("models.Task", await self._call(_ops.FETCH_TASK, locals()))

    async def wait(
        self,
        task_id: str,
        *,
        timeout: float | None = 600.0,
        interval: float = 2.0,
        on_progress: Callable[[models.Task], object] | None = None,
    ) -> models.Task:
        """Poll ``fetch`` until the task is SUCCESS, FAILURE or CANCEL, and return it.

        ``on_progress`` is called with the task each time its progress rises. Raises
        ``MidjourneyTaskFailedError`` for FAILURE and CANCEL, ``MidjourneyModalRequiredError`` when the task waits
        for a modal step, and ``MidjourneyTimeoutError`` when ``timeout`` seconds pass first (``None``: no limit).
        """
        return cast(
            "models.Task",
            await self._poll(_ops.FETCH_TASK, task_id, timeout=timeout, interval=interval, on_progress=on_progress),
        )


class AsyncMidjourneyTasksWithRawResponse:
    """``client.midjourney.tasks.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncMidjourneyTasks) -> None:
        self._resource = resource
        self.fetch = async_to_raw_response(resource.fetch)


class AsyncMidjourneyTasksWithStreamingResponse:
    """``client.midjourney.tasks.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: AsyncMidjourneyTasks) -> None:
        self._resource = resource
        self.fetch = async_to_streamed_response(resource.fetch)


class AsyncMidjourney(AsyncAPIResource):
    """``client.midjourney`` (async)."""

    @cached_property
    def submit(self) -> AsyncMidjourneySubmit:
        return AsyncMidjourneySubmit(self._client)

    @cached_property
    def tasks(self) -> AsyncMidjourneyTasks:
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
    def submit(self) -> AsyncMidjourneySubmitWithRawResponse:
        return self._resource.submit.with_raw_response

    @cached_property
    def tasks(self) -> AsyncMidjourneyTasksWithRawResponse:
        return self._resource.tasks.with_raw_response


class AsyncMidjourneyWithStreamingResponse:
    """``client.midjourney.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: AsyncMidjourney) -> None:
        self._resource = resource

    @cached_property
    def submit(self) -> AsyncMidjourneySubmitWithStreamingResponse:
        return self._resource.submit.with_streaming_response

    @cached_property
    def tasks(self) -> AsyncMidjourneyTasksWithStreamingResponse:
        return self._resource.tasks.with_streaming_response
