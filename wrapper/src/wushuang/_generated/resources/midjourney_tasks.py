# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""``client.midjourney.tasks``: its resource classes (sync and async, and their response variants)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, cast

from wushuang._core.resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_response,
    async_to_streamed_response,
    to_raw_response,
    to_streamed_response,
    unexpected_keyword,
)
from wushuang._core.types import (
    NOT_GIVEN,
    Body,
    Headers,
    NotGiven,
    Query,
    RequestOptions,
    Timeout,
)
from wushuang._generated.operations import midjourney_tasks as _ops
from wushuang.midjourney._helpers import AsyncTaskHelpers as _AsyncTaskHelpers
from wushuang.midjourney._helpers import TaskHelpers as _TaskHelpers

if TYPE_CHECKING:
    from typing import Never

    from wushuang._generated import models


class MidjourneyTasksMethods(SyncAPIResource):
    """The generated methods of ``client.midjourney.tasks``: the hand-written mixin ``TaskHelpers`` derives from this class when type checking, so its calls of them are checked."""

    def fetch(
        self,
        task_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.Task:
        """Get a task by its ID.

        The polling endpoint of every Midjourney task.

        ``GET /mj/task/{id}/fetch``

        Args:
            task_id (str): The task ID returned by a submit. (sent as ``id``)
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.Task.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.fetch, unknown)
        args: dict[str, object] = {"task_id": task_id}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.Task", self._call(_ops.FETCH_TASK, args, options))

    def list_by_condition(
        self,
        *,
        ids: Sequence[str],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.TaskList:
        """Get several tasks by their IDs.

        The tasks of the given IDs, in one call (a batch of the fetch operation). Unknown IDs are left out of the answer, so it may be shorter than the list sent, or empty; its order is the server's.

        ``POST /mj/task/list-by-condition``

        Args:
            ids (list[str]): The task IDs to look up; unknown ones are left out of the answer.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.TaskList.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.list_by_condition, unknown)
        args: dict[str, object] = {"ids": ids}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.TaskList", self._call(_ops.LIST_TASKS_BY_CONDITION, args, options))

    def image_seed(
        self,
        task_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.SubmitResult:
        """Get the seed of a task's image.

        The seed Midjourney used for a finished task's image, to reproduce it with `--seed`; the task must have finished (it needs the job's message hash). Answers in the submit envelope, `result` being the seed as a string; a task with no message hash yet is refused with code 4.

        ``GET /mj/task/{id}/image-seed``

        Args:
            task_id (str): The task ID returned by a submit. (sent as ``id``)
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.SubmitResult.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.image_seed, unknown)
        args: dict[str, object] = {"task_id": task_id}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.SubmitResult", self._call(_ops.GET_TASK_IMAGE_SEED, args, options))


class MidjourneyTasks(_TaskHelpers, MidjourneyTasksMethods):
    """``client.midjourney.tasks``."""

    @cached_property
    def with_raw_response(self) -> MidjourneyTasksWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return MidjourneyTasksWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> MidjourneyTasksWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return MidjourneyTasksWithStreamingResponse(self)


class MidjourneyTasksWithRawResponse:
    """``client.midjourney.tasks.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: MidjourneyTasks) -> None:
        self._resource = resource
        self.fetch = to_raw_response(resource.fetch)
        self.list_by_condition = to_raw_response(resource.list_by_condition)
        self.image_seed = to_raw_response(resource.image_seed)


class MidjourneyTasksWithStreamingResponse:
    """``client.midjourney.tasks.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: MidjourneyTasks) -> None:
        self._resource = resource
        self.fetch = to_streamed_response(resource.fetch)
        self.list_by_condition = to_streamed_response(resource.list_by_condition)
        self.image_seed = to_streamed_response(resource.image_seed)


class AsyncMidjourneyTasksMethods(AsyncAPIResource):
    """The generated methods of ``client.midjourney.tasks`` (async): the hand-written mixin ``AsyncTaskHelpers`` derives from this class when type checking, so its calls of them are checked."""

    async def fetch(
        self,
        task_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.Task:
        """Get a task by its ID.

        The polling endpoint of every Midjourney task.

        ``GET /mj/task/{id}/fetch``

        Args:
            task_id (str): The task ID returned by a submit. (sent as ``id``)
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.Task.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.fetch, unknown)
        args: dict[str, object] = {"task_id": task_id}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.Task", await self._call(_ops.FETCH_TASK, args, options))

    async def list_by_condition(
        self,
        *,
        ids: Sequence[str],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.TaskList:
        """Get several tasks by their IDs.

        The tasks of the given IDs, in one call (a batch of the fetch operation). Unknown IDs are left out of the answer, so it may be shorter than the list sent, or empty; its order is the server's.

        ``POST /mj/task/list-by-condition``

        Args:
            ids (list[str]): The task IDs to look up; unknown ones are left out of the answer.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.TaskList.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.list_by_condition, unknown)
        args: dict[str, object] = {"ids": ids}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.TaskList", await self._call(_ops.LIST_TASKS_BY_CONDITION, args, options))

    async def image_seed(
        self,
        task_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.SubmitResult:
        """Get the seed of a task's image.

        The seed Midjourney used for a finished task's image, to reproduce it with `--seed`; the task must have finished (it needs the job's message hash). Answers in the submit envelope, `result` being the seed as a string; a task with no message hash yet is refused with code 4.

        ``GET /mj/task/{id}/image-seed``

        Args:
            task_id (str): The task ID returned by a submit. (sent as ``id``)
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.SubmitResult.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.image_seed, unknown)
        args: dict[str, object] = {"task_id": task_id}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.SubmitResult", await self._call(_ops.GET_TASK_IMAGE_SEED, args, options))


class AsyncMidjourneyTasks(_AsyncTaskHelpers, AsyncMidjourneyTasksMethods):
    """``client.midjourney.tasks`` (async)."""

    @cached_property
    def with_raw_response(self) -> AsyncMidjourneyTasksWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return AsyncMidjourneyTasksWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncMidjourneyTasksWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return AsyncMidjourneyTasksWithStreamingResponse(self)


class AsyncMidjourneyTasksWithRawResponse:
    """``client.midjourney.tasks.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncMidjourneyTasks) -> None:
        self._resource = resource
        self.fetch = async_to_raw_response(resource.fetch)
        self.list_by_condition = async_to_raw_response(resource.list_by_condition)
        self.image_seed = async_to_raw_response(resource.image_seed)


class AsyncMidjourneyTasksWithStreamingResponse:
    """``client.midjourney.tasks.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: AsyncMidjourneyTasks) -> None:
        self._resource = resource
        self.fetch = async_to_streamed_response(resource.fetch)
        self.list_by_condition = async_to_streamed_response(resource.list_by_condition)
        self.image_seed = async_to_streamed_response(resource.image_seed)
