# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""``client.beta.threads.runs.steps``: its resource classes (sync and async, and their response variants)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Literal, cast

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
from wushuang._generated.operations import beta_threads_runs_steps as _ops

if TYPE_CHECKING:
    from typing import Never

    from wushuang._core.pagination import AsyncCursorPager, CursorPage
    from wushuang._generated import models


class BetaThreadsRunsSteps(SyncAPIResource):
    """``client.beta.threads.runs.steps``."""

    @cached_property
    def with_raw_response(self) -> BetaThreadsRunsStepsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return BetaThreadsRunsStepsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaThreadsRunsStepsWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return BetaThreadsRunsStepsWithStreamingResponse(self)

    def list(
        self,
        run_id: str,
        *,
        thread_id: str,
        include: Sequence[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> CursorPage[models.RunStep]:
        """List the steps of a run.

        The steps of a run (a message created, or tool calls made), one page at a time with `limit`, `order`,
        `after` and `before`; `include[]` asks for the content of file_search results.

        ``GET /v1/threads/{thread_id}/runs/{run_id}/steps``

        Iterate over the result (``for`` / ``async for``) to get every item across pages.

        Args:
            thread_id (str): The ID of the thread the run and its steps belong to.
            run_id (str): The ID of the run the steps belong to.
            include (list[Literal['step_details.tool_calls[*].file_search.results[*].content']], optional): Extra fields to fill in the run steps: `step_details.tool_calls[*].file_search.results[*].content` adds the content of the file_search results. (sent as ``include[]``)
            limit (int, optional): How many objects to return, 1 to 100; the server's default is 20.
            order (Literal['asc', 'desc'], optional): Sort order by `created_at`; the server's default is `desc`.
            after (str, optional): The ID of the object after which the page starts (a cursor).
            before (str, optional): The ID of the object before which the page ends (a cursor).
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            CursorPage[models.RunStep].

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.list, unknown)
        args: dict[str, object] = {
            "thread_id": thread_id,
            "run_id": run_id,
            "include": include,
            "limit": limit,
            "order": order,
            "after": after,
            "before": before,
        }
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("CursorPage[models.RunStep]", self._call(_ops.LIST_RUN_STEPS, args, options))

    def retrieve(
        self,
        step_id: str,
        *,
        thread_id: str,
        run_id: str,
        include: Sequence[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.RunStep:
        """Retrieve a run step.

        One step of a run by its ID: its type, status, details (the message it created or its tool calls) and
        its token usage once it has finished.

        ``GET /v1/threads/{thread_id}/runs/{run_id}/steps/{step_id}``

        Args:
            thread_id (str): The ID of the thread the run and its step belong to.
            run_id (str): The ID of the run the step belongs to.
            step_id (str): The ID of the run step.
            include (list[Literal['step_details.tool_calls[*].file_search.results[*].content']], optional): Extra fields to fill in the run steps: `step_details.tool_calls[*].file_search.results[*].content` adds the content of the file_search results. (sent as ``include[]``)
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.RunStep.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.retrieve, unknown)
        args: dict[str, object] = {"thread_id": thread_id, "run_id": run_id, "step_id": step_id, "include": include}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.RunStep", self._call(_ops.GET_RUN_STEP, args, options))


class BetaThreadsRunsStepsWithRawResponse:
    """``client.beta.threads.runs.steps.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: BetaThreadsRunsSteps) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)


class BetaThreadsRunsStepsWithStreamingResponse:
    """``client.beta.threads.runs.steps.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: BetaThreadsRunsSteps) -> None:
        self._resource = resource
        self.list = to_streamed_response(resource.list)
        self.retrieve = to_streamed_response(resource.retrieve)


class AsyncBetaThreadsRunsSteps(AsyncAPIResource):
    """``client.beta.threads.runs.steps`` (async)."""

    @cached_property
    def with_raw_response(self) -> AsyncBetaThreadsRunsStepsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return AsyncBetaThreadsRunsStepsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaThreadsRunsStepsWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return AsyncBetaThreadsRunsStepsWithStreamingResponse(self)

    def list(
        self,
        run_id: str,
        *,
        thread_id: str,
        include: Sequence[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> AsyncCursorPager[models.RunStep]:
        """List the steps of a run.

        The steps of a run (a message created, or tool calls made), one page at a time with `limit`, `order`,
        `after` and `before`; `include[]` asks for the content of file_search results.

        ``GET /v1/threads/{thread_id}/runs/{run_id}/steps``

        Iterate over the result (``for`` / ``async for``) to get every item across pages.

        Args:
            thread_id (str): The ID of the thread the run and its steps belong to.
            run_id (str): The ID of the run the steps belong to.
            include (list[Literal['step_details.tool_calls[*].file_search.results[*].content']], optional): Extra fields to fill in the run steps: `step_details.tool_calls[*].file_search.results[*].content` adds the content of the file_search results. (sent as ``include[]``)
            limit (int, optional): How many objects to return, 1 to 100; the server's default is 20.
            order (Literal['asc', 'desc'], optional): Sort order by `created_at`; the server's default is `desc`.
            after (str, optional): The ID of the object after which the page starts (a cursor).
            before (str, optional): The ID of the object before which the page ends (a cursor).
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            AsyncCursorPager[models.RunStep].

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.list, unknown)
        args: dict[str, object] = {
            "thread_id": thread_id,
            "run_id": run_id,
            "include": include,
            "limit": limit,
            "order": order,
            "after": after,
            "before": before,
        }
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("AsyncCursorPager[models.RunStep]", self._pager(_ops.LIST_RUN_STEPS, args, options))

    async def retrieve(
        self,
        step_id: str,
        *,
        thread_id: str,
        run_id: str,
        include: Sequence[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.RunStep:
        """Retrieve a run step.

        One step of a run by its ID: its type, status, details (the message it created or its tool calls) and
        its token usage once it has finished.

        ``GET /v1/threads/{thread_id}/runs/{run_id}/steps/{step_id}``

        Args:
            thread_id (str): The ID of the thread the run and its step belong to.
            run_id (str): The ID of the run the step belongs to.
            step_id (str): The ID of the run step.
            include (list[Literal['step_details.tool_calls[*].file_search.results[*].content']], optional): Extra fields to fill in the run steps: `step_details.tool_calls[*].file_search.results[*].content` adds the content of the file_search results. (sent as ``include[]``)
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.RunStep.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.retrieve, unknown)
        args: dict[str, object] = {"thread_id": thread_id, "run_id": run_id, "step_id": step_id, "include": include}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.RunStep", await self._call(_ops.GET_RUN_STEP, args, options))


class AsyncBetaThreadsRunsStepsWithRawResponse:
    """``client.beta.threads.runs.steps.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncBetaThreadsRunsSteps) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.retrieve = async_to_raw_response(resource.retrieve)


class AsyncBetaThreadsRunsStepsWithStreamingResponse:
    """``client.beta.threads.runs.steps.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: AsyncBetaThreadsRunsSteps) -> None:
        self._resource = resource
        self.list = async_to_streamed_response(resource.list)
        self.retrieve = async_to_streamed_response(resource.retrieve)
