# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""``client.fine_tuning``: its resource classes (sync and async, and their response variants)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from wushuang._core.resource import AsyncAPIResource, SyncAPIResource

if TYPE_CHECKING:
    from wushuang._generated.resources import fine_tuning_jobs


class FineTuning(SyncAPIResource):
    """``client.fine_tuning``."""

    @cached_property
    def jobs(self) -> fine_tuning_jobs.FineTuningJobs:
        from wushuang._generated.resources.fine_tuning_jobs import FineTuningJobs

        return FineTuningJobs(self._client)

    @cached_property
    def with_raw_response(self) -> FineTuningWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return FineTuningWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> FineTuningWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return FineTuningWithStreamingResponse(self)


class FineTuningWithRawResponse:
    """``client.fine_tuning.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: FineTuning) -> None:
        self._resource = resource

    @cached_property
    def jobs(self) -> fine_tuning_jobs.FineTuningJobsWithRawResponse:
        return self._resource.jobs.with_raw_response


class FineTuningWithStreamingResponse:
    """``client.fine_tuning.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: FineTuning) -> None:
        self._resource = resource

    @cached_property
    def jobs(self) -> fine_tuning_jobs.FineTuningJobsWithStreamingResponse:
        return self._resource.jobs.with_streaming_response


class AsyncFineTuning(AsyncAPIResource):
    """``client.fine_tuning`` (async)."""

    @cached_property
    def jobs(self) -> fine_tuning_jobs.AsyncFineTuningJobs:
        from wushuang._generated.resources.fine_tuning_jobs import AsyncFineTuningJobs

        return AsyncFineTuningJobs(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncFineTuningWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return AsyncFineTuningWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncFineTuningWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return AsyncFineTuningWithStreamingResponse(self)


class AsyncFineTuningWithRawResponse:
    """``client.fine_tuning.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncFineTuning) -> None:
        self._resource = resource

    @cached_property
    def jobs(self) -> fine_tuning_jobs.AsyncFineTuningJobsWithRawResponse:
        return self._resource.jobs.with_raw_response


class AsyncFineTuningWithStreamingResponse:
    """``client.fine_tuning.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: AsyncFineTuning) -> None:
        self._resource = resource

    @cached_property
    def jobs(self) -> fine_tuning_jobs.AsyncFineTuningJobsWithStreamingResponse:
        return self._resource.jobs.with_streaming_response
