# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""``client.fine_tuning.jobs.checkpoints``: its resource classes (sync and async, and their response variants)."""

from __future__ import annotations

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
from wushuang._generated.operations import fine_tuning_jobs_checkpoints as _ops

if TYPE_CHECKING:
    from typing import Never

    from wushuang._core.pagination import AsyncCursorPager, CursorPage
    from wushuang._generated import models


class FineTuningJobsCheckpoints(SyncAPIResource):
    """``client.fine_tuning.jobs.checkpoints``."""

    @cached_property
    def with_raw_response(self) -> FineTuningJobsCheckpointsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return FineTuningJobsCheckpointsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> FineTuningJobsCheckpointsWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return FineTuningJobsCheckpointsWithStreamingResponse(self)

    def list(
        self,
        fine_tuning_job_id: str,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> CursorPage[models.FineTuningJobCheckpoint]:
        """List the checkpoints of a fine-tuning job.

        The model checkpoints saved at the end of training epochs, newest first, each usable as a model; one page at a time.

        ``GET /v1/fine_tuning/jobs/{fine_tuning_job_id}/checkpoints``

        Iterate over the result (``for`` / ``async for``) to get every item across pages.

        Args:
            fine_tuning_job_id (str): The ID of the fine-tuning job (`ftjob-...`).
            after (str, optional): The ID of the last checkpoint of the previous page (a cursor).
            limit (int, optional): How many checkpoints to return; the server's default is 10.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            CursorPage[models.FineTuningJobCheckpoint].

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.list, unknown)
        args: dict[str, object] = {"fine_tuning_job_id": fine_tuning_job_id, "after": after, "limit": limit}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast(
            "CursorPage[models.FineTuningJobCheckpoint]",
            self._call(_ops.LIST_FINE_TUNING_JOB_CHECKPOINTS, args, options),
        )


class FineTuningJobsCheckpointsWithRawResponse:
    """``client.fine_tuning.jobs.checkpoints.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: FineTuningJobsCheckpoints) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)


class FineTuningJobsCheckpointsWithStreamingResponse:
    """``client.fine_tuning.jobs.checkpoints.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: FineTuningJobsCheckpoints) -> None:
        self._resource = resource
        self.list = to_streamed_response(resource.list)


class AsyncFineTuningJobsCheckpoints(AsyncAPIResource):
    """``client.fine_tuning.jobs.checkpoints`` (async)."""

    @cached_property
    def with_raw_response(self) -> AsyncFineTuningJobsCheckpointsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return AsyncFineTuningJobsCheckpointsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncFineTuningJobsCheckpointsWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return AsyncFineTuningJobsCheckpointsWithStreamingResponse(self)

    def list(
        self,
        fine_tuning_job_id: str,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> AsyncCursorPager[models.FineTuningJobCheckpoint]:
        """List the checkpoints of a fine-tuning job.

        The model checkpoints saved at the end of training epochs, newest first, each usable as a model; one page at a time.

        ``GET /v1/fine_tuning/jobs/{fine_tuning_job_id}/checkpoints``

        Iterate over the result (``for`` / ``async for``) to get every item across pages.

        Args:
            fine_tuning_job_id (str): The ID of the fine-tuning job (`ftjob-...`).
            after (str, optional): The ID of the last checkpoint of the previous page (a cursor).
            limit (int, optional): How many checkpoints to return; the server's default is 10.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            AsyncCursorPager[models.FineTuningJobCheckpoint].

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.list, unknown)
        args: dict[str, object] = {"fine_tuning_job_id": fine_tuning_job_id, "after": after, "limit": limit}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast(
            "AsyncCursorPager[models.FineTuningJobCheckpoint]",
            self._pager(_ops.LIST_FINE_TUNING_JOB_CHECKPOINTS, args, options),
        )


class AsyncFineTuningJobsCheckpointsWithRawResponse:
    """``client.fine_tuning.jobs.checkpoints.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncFineTuningJobsCheckpoints) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)


class AsyncFineTuningJobsCheckpointsWithStreamingResponse:
    """``client.fine_tuning.jobs.checkpoints.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: AsyncFineTuningJobsCheckpoints) -> None:
        self._resource = resource
        self.list = async_to_streamed_response(resource.list)
