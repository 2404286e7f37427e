# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from collections.abc import Mapping
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.fine_tuning_job import FineTuningJob
from ...types import Response

METHOD = "POST"
PATH = "/v1/fine_tuning/jobs/{fine_tuning_job_id}/cancel"


def build_request(
    *,
    fine_tuning_job_id: str,
    query: Mapping[str, Any] | None = None,
    body: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Build the httpx request arguments for `POST /v1/fine_tuning/jobs/{fine_tuning_job_id}/cancel` from plain data.

    Keys of `query` and `body` are wire names; they are sent as given (`None` query values are dropped), never
    completed with spec defaults.

    Returns:
        Keyword arguments for `httpx.Client.request` / `httpx.Client.build_request`.
    """
    request: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            fine_tuning_job_id=quote(str(fine_tuning_job_id), safe=""),
        ),
    }
    if query is not None:
        request["params"] = {key: value for key, value in query.items() if value is not None}
    if body is not None:
        request["json"] = dict(body)
    return request


def _get_kwargs(
    fine_tuning_job_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/fine_tuning/jobs/{fine_tuning_job_id}/cancel".format(
            fine_tuning_job_id=quote(str(fine_tuning_job_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | FineTuningJob | None:
    if response.status_code == 200:
        response_200 = FineTuningJob.from_dict(response.json())

        return response_200

    if 400 <= response.status_code <= 499:
        response_4xx = ErrorResponse.from_dict(response.json())

        return response_4xx

    if 500 <= response.status_code <= 599:
        response_5xx = ErrorResponse.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | FineTuningJob]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    fine_tuning_job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | FineTuningJob]:
    """Cancel a fine-tuning job

     Stops a job that is validating files, queued or running; the answer is the job, whose status becomes
    cancelled. A job that has already finished cannot be cancelled.

    Args:
        fine_tuning_job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FineTuningJob]
    """

    kwargs = _get_kwargs(
        fine_tuning_job_id=fine_tuning_job_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    fine_tuning_job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | FineTuningJob | None:
    """Cancel a fine-tuning job

     Stops a job that is validating files, queued or running; the answer is the job, whose status becomes
    cancelled. A job that has already finished cannot be cancelled.

    Args:
        fine_tuning_job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FineTuningJob
    """

    return sync_detailed(
        fine_tuning_job_id=fine_tuning_job_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    fine_tuning_job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | FineTuningJob]:
    """Cancel a fine-tuning job

     Stops a job that is validating files, queued or running; the answer is the job, whose status becomes
    cancelled. A job that has already finished cannot be cancelled.

    Args:
        fine_tuning_job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FineTuningJob]
    """

    kwargs = _get_kwargs(
        fine_tuning_job_id=fine_tuning_job_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    fine_tuning_job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | FineTuningJob | None:
    """Cancel a fine-tuning job

     Stops a job that is validating files, queued or running; the answer is the job, whose status becomes
    cancelled. A job that has already finished cannot be cancelled.

    Args:
        fine_tuning_job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FineTuningJob
    """

    return (
        await asyncio_detailed(
            fine_tuning_job_id=fine_tuning_job_id,
            client=client,
        )
    ).parsed
