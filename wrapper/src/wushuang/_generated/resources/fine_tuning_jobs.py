# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""``client.fine_tuning.jobs``: its resource classes (sync and async, and their response variants)."""

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
from wushuang._generated.operations import fine_tuning_jobs as _ops

if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Never

    from wushuang._core.pagination import AsyncCursorPager, CursorPage
    from wushuang._generated import models, params
    from wushuang._generated.resources import fine_tuning_jobs_checkpoints


class FineTuningJobs(SyncAPIResource):
    """``client.fine_tuning.jobs``."""

    @cached_property
    def checkpoints(self) -> fine_tuning_jobs_checkpoints.FineTuningJobsCheckpoints:
        from wushuang._generated.resources.fine_tuning_jobs_checkpoints import FineTuningJobsCheckpoints

        return FineTuningJobsCheckpoints(self._client)

    @cached_property
    def with_raw_response(self) -> FineTuningJobsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return FineTuningJobsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> FineTuningJobsWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return FineTuningJobsWithStreamingResponse(self)

    def list(
        self,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        metadata: dict[str, str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> CursorPage[models.FineTuningJob]:
        """List fine-tuning jobs.

        The organization's fine-tuning jobs, newest first, one page at a time: pass the last job's ID as `after`
        for the next page while `has_more` is true. Stock new-api builds serve the older `/v1/fine-tunes` only
        and answer 501 `api_not_implemented` here.

        ``GET /v1/fine_tuning/jobs``

        Iterate over the result (``for`` / ``async for``) to get every item across pages.

        Args:
            after (str, optional): The ID of the last job of the previous page (a cursor).
            limit (int, optional): How many jobs to return, 1 to 100; the server's default is 20.
            metadata (dict[str, str], optional): Only jobs with these metadata, sent as `metadata[key]=value`.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            CursorPage[models.FineTuningJob].

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.list, unknown)
        args: dict[str, object] = {"after": after, "limit": limit, "metadata": metadata}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("CursorPage[models.FineTuningJob]", self._call(_ops.LIST_PAGINATED_FINE_TUNING_JOBS, args, options))

    def create(
        self,
        *,
        model: str,
        training_file: str,
        hyperparameters: params.CreateFineTuningJobHyperparameters | NotGiven = NOT_GIVEN,
        method: params.FineTuneMethod | NotGiven = NOT_GIVEN,
        metadata: dict[str, str] | None | NotGiven = NOT_GIVEN,
        suffix: str | None | NotGiven = NOT_GIVEN,
        validation_file: str | None | NotGiven = NOT_GIVEN,
        integrations: Sequence[params.CreateFineTuningJobIntegration] | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.FineTuningJob:
        """Create a fine-tuning job.

        Starts a job that creates a new model from a training file; poll it with `GET /v1/fine_tuning/jobs/{fine_tuning_job_id}` until its status is succeeded, failed or cancelled.

        ``POST /v1/fine_tuning/jobs``

        Args:
            model (str): The model to fine-tune, e.g. `gpt-4.1-mini-2025-04-14`, `gpt-4o-mini-2024-07-18`, `o4-mini-2025-04-16` (reinforcement), `gpt-3.5-turbo`, `babbage-002` or `davinci-002`.
            training_file (str): The ID of an uploaded JSONL file (purpose `fine-tune`) with the training data.
            hyperparameters (CreateFineTuningJobHyperparameters, optional): The hyperparameters of the job; each is `auto` or a value.

                - ``CreateFineTuningJobHyperparameters``: a dict (The hyperparameters of the job; each is `auto` or a value), keys:

                  - ``batch_size`` (Literal['auto'] | int): Examples per batch, `auto` or 1 to 256; larger batches update the model less often, with lower variance. Server default auto.
                  - ``learning_rate_multiplier`` (Literal['auto'] | float): Scales the learning rate, `auto` or a number above 0; smaller values may avoid overfitting. Server default auto.
                  - ``n_epochs`` (Literal['auto'] | int): Full cycles through the training data, `auto` or 1 to 50. Server default auto.

            method (FineTuneMethod, optional): How the model is trained: `supervised` (the default), `dpo` (direct preference optimization) or `reinforcement` (with a grader); the object named by `type` holds its settings.

                - ``FineTuneMethod``: a dict (How the model is trained: `supervised` (the default), `dpo` (direct preference optimization) or `reinforcement` (with a grader); the object named by `type` holds its settings), keys:

                  - ``type`` (Literal['supervised', 'dpo', 'reinforcement'] | str, required)
                  - ``supervised`` (dict with ``hyperparameters`` (FineTuneMethodHyperparameters))
                  - ``dpo`` (dict with ``hyperparameters`` (FineTuneMethodHyperparameters))
                  - ``reinforcement`` (dict with ``grader`` (Any), ``hyperparameters`` (FineTuneMethodHyperparameters))

            metadata (dict[str, str] | None, optional):
            suffix (str | None, optional): 1 to 40 characters added to the fine-tuned model's name (`ft:gpt-3.5-turbo:openai:<suffix>:7p4lURel`). Server default null.
            validation_file (str | None, optional): The ID of an uploaded JSONL file (purpose `fine-tune`) with validation data, for metrics during training; not the same data as the training file.
            integrations (list[CreateFineTuningJobIntegration] | None, optional): Integrations to enable for the job.

                - ``CreateFineTuningJobIntegration``: a dict, keys:

                  - ``type`` (Literal['wandb'], required): The integration; only `wandb` (Weights and Biases).
                  - ``wandb`` (CreateFineTuningJobIntegrationWandb, required): Where Weights and Biases receives the job's metrics.

                - ``CreateFineTuningJobIntegrationWandb``: a dict (Where Weights and Biases receives the job's metrics), keys:

                  - ``project`` (str, required): The project the new run is created under.
                  - ``name`` (str | None): The display name of the run; the server uses the job ID when it is not set.
                  - ``entity`` (str | None): The team or user the run belongs to; the default entity of the registered W&B key when it is not set.
                  - ``tags`` (list[str]): Tags for the run, passed on to W&B; the server adds `openai/finetune`, `openai/{base-model}` and `openai/{ftjob-abcdef}`.

            seed (int | None, optional): 0 to 2147483647; the same seed and parameters should give the same results. The server picks one when it is not set.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.FineTuningJob.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.create, unknown)
        args: dict[str, object] = {
            "model": model,
            "training_file": training_file,
            "hyperparameters": hyperparameters,
            "method": method,
            "metadata": metadata,
            "suffix": suffix,
            "validation_file": validation_file,
            "integrations": integrations,
            "seed": seed,
        }
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.FineTuningJob", self._call(_ops.CREATE_FINE_TUNING_JOB, args, options))

    def retrieve(
        self,
        fine_tuning_job_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.FineTuningJob:
        """Retrieve a fine-tuning job.

        The polling target of a job.

        ``GET /v1/fine_tuning/jobs/{fine_tuning_job_id}``

        Args:
            fine_tuning_job_id (str): The ID of the fine-tuning job (`ftjob-...`).
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.FineTuningJob.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.retrieve, unknown)
        args: dict[str, object] = {"fine_tuning_job_id": fine_tuning_job_id}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.FineTuningJob", self._call(_ops.RETRIEVE_FINE_TUNING_JOB, args, options))

    def wait(
        self,
        fine_tuning_job_id: str | models.FineTuningJob,
        *,
        timeout: float | None = 600.0,
        interval: float = 1.0,
        on_progress: Callable[[models.FineTuningJob], object] | None = None,
        on_event: Callable[[models.FineTuningJobEvent], object] | None = None,
        **unknown: Never,
    ) -> models.FineTuningJob:
        """Poll ``retrieve`` every ``interval`` seconds until the status is succeeded, failed, cancelled.

        Give an ID, or the object itself (the other IDs are then taken from it; one already finished is returned
        at once).

        Args:
            fine_tuning_job_id (str | models.FineTuningJob): The ID, or the object.
            timeout (float | None): Seconds the polling may take in all (``None``: no limit).
            interval (float): Seconds between two polls.
            on_progress (Callable | None): Called with the object whenever its status changes.
            on_event (Callable | None): Called with each new event (``models.FineTuningJobEvent``), in order.

        Returns:
            models.FineTuningJob: the object once its status is final.

        Raises:
            PollTimeoutError: ``timeout`` seconds passed first (``.last`` is the object as last seen).
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
        """
        if unknown:
            raise unexpected_keyword(self.wait, unknown)
        return cast(
            "models.FineTuningJob",
            self._poll_status(
                _ops.RETRIEVE_FINE_TUNING_JOB,
                fine_tuning_job_id,
                {},
                timeout=timeout,
                interval=interval,
                on_progress=on_progress,
                on_event=on_event,
            ),
        )

    def cancel(
        self,
        fine_tuning_job_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.FineTuningJob:
        """Cancel a fine-tuning job.

        Stops a job that is validating files, queued or running; the answer is the job, whose status becomes
        cancelled. A job that has already finished cannot be cancelled.

        ``POST /v1/fine_tuning/jobs/{fine_tuning_job_id}/cancel``

        Args:
            fine_tuning_job_id (str): The ID of the fine-tuning job (`ftjob-...`).
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.FineTuningJob.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.cancel, unknown)
        args: dict[str, object] = {"fine_tuning_job_id": fine_tuning_job_id}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.FineTuningJob", self._call(_ops.CANCEL_FINE_TUNING_JOB, args, options))

    def list_events(
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
    ) -> CursorPage[models.FineTuningJobEvent]:
        """List the events of a fine-tuning job.

        The status and progress messages of a job (validation, each training step's metrics, the end), newest
        first, one page at a time with `after` and `limit`.

        ``GET /v1/fine_tuning/jobs/{fine_tuning_job_id}/events``

        Iterate over the result (``for`` / ``async for``) to get every item across pages.

        Args:
            fine_tuning_job_id (str): The ID of the fine-tuning job (`ftjob-...`).
            after (str, optional): The ID of the last event of the previous page (a cursor).
            limit (int, optional): How many events to return; the server's default is 20.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            CursorPage[models.FineTuningJobEvent].

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.list_events, unknown)
        args: dict[str, object] = {"fine_tuning_job_id": fine_tuning_job_id, "after": after, "limit": limit}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("CursorPage[models.FineTuningJobEvent]", self._call(_ops.LIST_FINE_TUNING_EVENTS, args, options))


class FineTuningJobsWithRawResponse:
    """``client.fine_tuning.jobs.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: FineTuningJobs) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.retrieve = to_raw_response(resource.retrieve)
        self.cancel = to_raw_response(resource.cancel)
        self.list_events = to_raw_response(resource.list_events)

    @cached_property
    def checkpoints(self) -> fine_tuning_jobs_checkpoints.FineTuningJobsCheckpointsWithRawResponse:
        return self._resource.checkpoints.with_raw_response


class FineTuningJobsWithStreamingResponse:
    """``client.fine_tuning.jobs.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: FineTuningJobs) -> None:
        self._resource = resource
        self.list = to_streamed_response(resource.list)
        self.create = to_streamed_response(resource.create)
        self.retrieve = to_streamed_response(resource.retrieve)
        self.cancel = to_streamed_response(resource.cancel)
        self.list_events = to_streamed_response(resource.list_events)

    @cached_property
    def checkpoints(self) -> fine_tuning_jobs_checkpoints.FineTuningJobsCheckpointsWithStreamingResponse:
        return self._resource.checkpoints.with_streaming_response


class AsyncFineTuningJobs(AsyncAPIResource):
    """``client.fine_tuning.jobs`` (async)."""

    @cached_property
    def checkpoints(self) -> fine_tuning_jobs_checkpoints.AsyncFineTuningJobsCheckpoints:
        from wushuang._generated.resources.fine_tuning_jobs_checkpoints import AsyncFineTuningJobsCheckpoints

        return AsyncFineTuningJobsCheckpoints(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncFineTuningJobsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return AsyncFineTuningJobsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncFineTuningJobsWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return AsyncFineTuningJobsWithStreamingResponse(self)

    def list(
        self,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        metadata: dict[str, str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> AsyncCursorPager[models.FineTuningJob]:
        """List fine-tuning jobs.

        The organization's fine-tuning jobs, newest first, one page at a time: pass the last job's ID as `after`
        for the next page while `has_more` is true. Stock new-api builds serve the older `/v1/fine-tunes` only
        and answer 501 `api_not_implemented` here.

        ``GET /v1/fine_tuning/jobs``

        Iterate over the result (``for`` / ``async for``) to get every item across pages.

        Args:
            after (str, optional): The ID of the last job of the previous page (a cursor).
            limit (int, optional): How many jobs to return, 1 to 100; the server's default is 20.
            metadata (dict[str, str], optional): Only jobs with these metadata, sent as `metadata[key]=value`.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            AsyncCursorPager[models.FineTuningJob].

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.list, unknown)
        args: dict[str, object] = {"after": after, "limit": limit, "metadata": metadata}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast(
            "AsyncCursorPager[models.FineTuningJob]", self._pager(_ops.LIST_PAGINATED_FINE_TUNING_JOBS, args, options)
        )

    async def create(
        self,
        *,
        model: str,
        training_file: str,
        hyperparameters: params.CreateFineTuningJobHyperparameters | NotGiven = NOT_GIVEN,
        method: params.FineTuneMethod | NotGiven = NOT_GIVEN,
        metadata: dict[str, str] | None | NotGiven = NOT_GIVEN,
        suffix: str | None | NotGiven = NOT_GIVEN,
        validation_file: str | None | NotGiven = NOT_GIVEN,
        integrations: Sequence[params.CreateFineTuningJobIntegration] | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.FineTuningJob:
        """Create a fine-tuning job.

        Starts a job that creates a new model from a training file; poll it with `GET /v1/fine_tuning/jobs/{fine_tuning_job_id}` until its status is succeeded, failed or cancelled.

        ``POST /v1/fine_tuning/jobs``

        Args:
            model (str): The model to fine-tune, e.g. `gpt-4.1-mini-2025-04-14`, `gpt-4o-mini-2024-07-18`, `o4-mini-2025-04-16` (reinforcement), `gpt-3.5-turbo`, `babbage-002` or `davinci-002`.
            training_file (str): The ID of an uploaded JSONL file (purpose `fine-tune`) with the training data.
            hyperparameters (CreateFineTuningJobHyperparameters, optional): The hyperparameters of the job; each is `auto` or a value.

                - ``CreateFineTuningJobHyperparameters``: a dict (The hyperparameters of the job; each is `auto` or a value), keys:

                  - ``batch_size`` (Literal['auto'] | int): Examples per batch, `auto` or 1 to 256; larger batches update the model less often, with lower variance. Server default auto.
                  - ``learning_rate_multiplier`` (Literal['auto'] | float): Scales the learning rate, `auto` or a number above 0; smaller values may avoid overfitting. Server default auto.
                  - ``n_epochs`` (Literal['auto'] | int): Full cycles through the training data, `auto` or 1 to 50. Server default auto.

            method (FineTuneMethod, optional): How the model is trained: `supervised` (the default), `dpo` (direct preference optimization) or `reinforcement` (with a grader); the object named by `type` holds its settings.

                - ``FineTuneMethod``: a dict (How the model is trained: `supervised` (the default), `dpo` (direct preference optimization) or `reinforcement` (with a grader); the object named by `type` holds its settings), keys:

                  - ``type`` (Literal['supervised', 'dpo', 'reinforcement'] | str, required)
                  - ``supervised`` (dict with ``hyperparameters`` (FineTuneMethodHyperparameters))
                  - ``dpo`` (dict with ``hyperparameters`` (FineTuneMethodHyperparameters))
                  - ``reinforcement`` (dict with ``grader`` (Any), ``hyperparameters`` (FineTuneMethodHyperparameters))

            metadata (dict[str, str] | None, optional):
            suffix (str | None, optional): 1 to 40 characters added to the fine-tuned model's name (`ft:gpt-3.5-turbo:openai:<suffix>:7p4lURel`). Server default null.
            validation_file (str | None, optional): The ID of an uploaded JSONL file (purpose `fine-tune`) with validation data, for metrics during training; not the same data as the training file.
            integrations (list[CreateFineTuningJobIntegration] | None, optional): Integrations to enable for the job.

                - ``CreateFineTuningJobIntegration``: a dict, keys:

                  - ``type`` (Literal['wandb'], required): The integration; only `wandb` (Weights and Biases).
                  - ``wandb`` (CreateFineTuningJobIntegrationWandb, required): Where Weights and Biases receives the job's metrics.

                - ``CreateFineTuningJobIntegrationWandb``: a dict (Where Weights and Biases receives the job's metrics), keys:

                  - ``project`` (str, required): The project the new run is created under.
                  - ``name`` (str | None): The display name of the run; the server uses the job ID when it is not set.
                  - ``entity`` (str | None): The team or user the run belongs to; the default entity of the registered W&B key when it is not set.
                  - ``tags`` (list[str]): Tags for the run, passed on to W&B; the server adds `openai/finetune`, `openai/{base-model}` and `openai/{ftjob-abcdef}`.

            seed (int | None, optional): 0 to 2147483647; the same seed and parameters should give the same results. The server picks one when it is not set.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.FineTuningJob.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.create, unknown)
        args: dict[str, object] = {
            "model": model,
            "training_file": training_file,
            "hyperparameters": hyperparameters,
            "method": method,
            "metadata": metadata,
            "suffix": suffix,
            "validation_file": validation_file,
            "integrations": integrations,
            "seed": seed,
        }
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.FineTuningJob", await self._call(_ops.CREATE_FINE_TUNING_JOB, args, options))

    async def retrieve(
        self,
        fine_tuning_job_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.FineTuningJob:
        """Retrieve a fine-tuning job.

        The polling target of a job.

        ``GET /v1/fine_tuning/jobs/{fine_tuning_job_id}``

        Args:
            fine_tuning_job_id (str): The ID of the fine-tuning job (`ftjob-...`).
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.FineTuningJob.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.retrieve, unknown)
        args: dict[str, object] = {"fine_tuning_job_id": fine_tuning_job_id}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.FineTuningJob", await self._call(_ops.RETRIEVE_FINE_TUNING_JOB, args, options))

    async def wait(
        self,
        fine_tuning_job_id: str | models.FineTuningJob,
        *,
        timeout: float | None = 600.0,
        interval: float = 1.0,
        on_progress: Callable[[models.FineTuningJob], object] | None = None,
        on_event: Callable[[models.FineTuningJobEvent], object] | None = None,
        **unknown: Never,
    ) -> models.FineTuningJob:
        """Poll ``retrieve`` every ``interval`` seconds until the status is succeeded, failed, cancelled.

        Give an ID, or the object itself (the other IDs are then taken from it; one already finished is returned
        at once).

        Args:
            fine_tuning_job_id (str | models.FineTuningJob): The ID, or the object.
            timeout (float | None): Seconds the polling may take in all (``None``: no limit).
            interval (float): Seconds between two polls.
            on_progress (Callable | None): Called with the object whenever its status changes.
            on_event (Callable | None): Called with each new event (``models.FineTuningJobEvent``), in order.

        Returns:
            models.FineTuningJob: the object once its status is final.

        Raises:
            PollTimeoutError: ``timeout`` seconds passed first (``.last`` is the object as last seen).
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
        """
        if unknown:
            raise unexpected_keyword(self.wait, unknown)
        return cast(
            "models.FineTuningJob",
            await self._poll_status(
                _ops.RETRIEVE_FINE_TUNING_JOB,
                fine_tuning_job_id,
                {},
                timeout=timeout,
                interval=interval,
                on_progress=on_progress,
                on_event=on_event,
            ),
        )

    async def cancel(
        self,
        fine_tuning_job_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.FineTuningJob:
        """Cancel a fine-tuning job.

        Stops a job that is validating files, queued or running; the answer is the job, whose status becomes
        cancelled. A job that has already finished cannot be cancelled.

        ``POST /v1/fine_tuning/jobs/{fine_tuning_job_id}/cancel``

        Args:
            fine_tuning_job_id (str): The ID of the fine-tuning job (`ftjob-...`).
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.FineTuningJob.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.cancel, unknown)
        args: dict[str, object] = {"fine_tuning_job_id": fine_tuning_job_id}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.FineTuningJob", await self._call(_ops.CANCEL_FINE_TUNING_JOB, args, options))

    def list_events(
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
    ) -> AsyncCursorPager[models.FineTuningJobEvent]:
        """List the events of a fine-tuning job.

        The status and progress messages of a job (validation, each training step's metrics, the end), newest
        first, one page at a time with `after` and `limit`.

        ``GET /v1/fine_tuning/jobs/{fine_tuning_job_id}/events``

        Iterate over the result (``for`` / ``async for``) to get every item across pages.

        Args:
            fine_tuning_job_id (str): The ID of the fine-tuning job (`ftjob-...`).
            after (str, optional): The ID of the last event of the previous page (a cursor).
            limit (int, optional): How many events to return; the server's default is 20.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            AsyncCursorPager[models.FineTuningJobEvent].

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.list_events, unknown)
        args: dict[str, object] = {"fine_tuning_job_id": fine_tuning_job_id, "after": after, "limit": limit}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast(
            "AsyncCursorPager[models.FineTuningJobEvent]", self._pager(_ops.LIST_FINE_TUNING_EVENTS, args, options)
        )


class AsyncFineTuningJobsWithRawResponse:
    """``client.fine_tuning.jobs.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncFineTuningJobs) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.cancel = async_to_raw_response(resource.cancel)
        self.list_events = async_to_raw_response(resource.list_events)

    @cached_property
    def checkpoints(self) -> fine_tuning_jobs_checkpoints.AsyncFineTuningJobsCheckpointsWithRawResponse:
        return self._resource.checkpoints.with_raw_response


class AsyncFineTuningJobsWithStreamingResponse:
    """``client.fine_tuning.jobs.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: AsyncFineTuningJobs) -> None:
        self._resource = resource
        self.list = async_to_streamed_response(resource.list)
        self.create = async_to_streamed_response(resource.create)
        self.retrieve = async_to_streamed_response(resource.retrieve)
        self.cancel = async_to_streamed_response(resource.cancel)
        self.list_events = async_to_streamed_response(resource.list_events)

    @cached_property
    def checkpoints(self) -> fine_tuning_jobs_checkpoints.AsyncFineTuningJobsCheckpointsWithStreamingResponse:
        return self._resource.checkpoints.with_streaming_response
