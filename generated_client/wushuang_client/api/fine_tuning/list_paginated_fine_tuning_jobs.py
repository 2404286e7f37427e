# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_paginated_fine_tuning_jobs_metadata import ListPaginatedFineTuningJobsMetadata
from ...models.list_paginated_fine_tuning_jobs_response import ListPaginatedFineTuningJobsResponse
from ...types import UNSET, Response, Unset

METHOD = "GET"
PATH = "/v1/fine_tuning/jobs"


def build_request(
    *,
    query: Mapping[str, Any] | None = None,
    body: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Build the httpx request arguments for `GET /v1/fine_tuning/jobs` from plain data.

    Keys of `query` and `body` are wire names; they are sent as given (`None` query values are dropped), never
    completed with spec defaults.

    Returns:
        Keyword arguments for `httpx.Client.request` / `httpx.Client.build_request`.
    """
    request: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
    }
    if query is not None:
        request["params"] = {key: value for key, value in query.items() if value is not None}
    if body is not None:
        request["json"] = dict(body)
    return request


def _get_kwargs(
    *,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    metadata: ListPaginatedFineTuningJobsMetadata | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["after"] = after

    params["limit"] = limit

    json_metadata: dict[str, Any] | Unset = UNSET
    if not isinstance(metadata, Unset):
        json_metadata = metadata.to_dict()
    if not isinstance(json_metadata, Unset):
        params.update(json_metadata)

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/fine_tuning/jobs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListPaginatedFineTuningJobsResponse | None:
    if response.status_code == 200:
        response_200 = ListPaginatedFineTuningJobsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | ListPaginatedFineTuningJobsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    metadata: ListPaginatedFineTuningJobsMetadata | Unset = UNSET,
) -> Response[ErrorResponse | ListPaginatedFineTuningJobsResponse]:
    """List fine-tuning jobs

     The organization's fine-tuning jobs, newest first, one page at a time: pass the last job's ID as
    `after`
    for the next page while `has_more` is true. Stock new-api builds serve the older `/v1/fine-tunes`
    only
    and answer 501 `api_not_implemented` here.

    Args:
        after (str | Unset):
        limit (int | Unset):
        metadata (ListPaginatedFineTuningJobsMetadata | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListPaginatedFineTuningJobsResponse]
    """

    kwargs = _get_kwargs(
        after=after,
        limit=limit,
        metadata=metadata,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    metadata: ListPaginatedFineTuningJobsMetadata | Unset = UNSET,
) -> ErrorResponse | ListPaginatedFineTuningJobsResponse | None:
    """List fine-tuning jobs

     The organization's fine-tuning jobs, newest first, one page at a time: pass the last job's ID as
    `after`
    for the next page while `has_more` is true. Stock new-api builds serve the older `/v1/fine-tunes`
    only
    and answer 501 `api_not_implemented` here.

    Args:
        after (str | Unset):
        limit (int | Unset):
        metadata (ListPaginatedFineTuningJobsMetadata | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListPaginatedFineTuningJobsResponse
    """

    return sync_detailed(
        client=client,
        after=after,
        limit=limit,
        metadata=metadata,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    metadata: ListPaginatedFineTuningJobsMetadata | Unset = UNSET,
) -> Response[ErrorResponse | ListPaginatedFineTuningJobsResponse]:
    """List fine-tuning jobs

     The organization's fine-tuning jobs, newest first, one page at a time: pass the last job's ID as
    `after`
    for the next page while `has_more` is true. Stock new-api builds serve the older `/v1/fine-tunes`
    only
    and answer 501 `api_not_implemented` here.

    Args:
        after (str | Unset):
        limit (int | Unset):
        metadata (ListPaginatedFineTuningJobsMetadata | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListPaginatedFineTuningJobsResponse]
    """

    kwargs = _get_kwargs(
        after=after,
        limit=limit,
        metadata=metadata,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    metadata: ListPaginatedFineTuningJobsMetadata | Unset = UNSET,
) -> ErrorResponse | ListPaginatedFineTuningJobsResponse | None:
    """List fine-tuning jobs

     The organization's fine-tuning jobs, newest first, one page at a time: pass the last job's ID as
    `after`
    for the next page while `has_more` is true. Stock new-api builds serve the older `/v1/fine-tunes`
    only
    and answer 501 `api_not_implemented` here.

    Args:
        after (str | Unset):
        limit (int | Unset):
        metadata (ListPaginatedFineTuningJobsMetadata | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListPaginatedFineTuningJobsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            after=after,
            limit=limit,
            metadata=metadata,
        )
    ).parsed
