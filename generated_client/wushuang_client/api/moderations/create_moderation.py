# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_moderation_request import CreateModerationRequest
from ...models.create_moderation_response import CreateModerationResponse
from ...models.error_response import ErrorResponse
from ...types import Response

METHOD = "POST"
PATH = "/v1/moderations"


def build_request(
    *,
    query: Mapping[str, Any] | None = None,
    body: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Build the httpx request arguments for `POST /v1/moderations` from plain data.

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
    body: CreateModerationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/moderations",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateModerationResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CreateModerationResponse.from_dict(response.json())

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
) -> Response[CreateModerationResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateModerationRequest,
) -> Response[CreateModerationResponse | ErrorResponse]:
    """Classify whether text is potentially harmful

     Classifies text (and, with omni moderation, images) against the moderation categories: whether the
    input
    is `flagged`, each category's verdict and score, and which input types each category applied to. One
    result per input, in the order sent.

    Args:
        body (CreateModerationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateModerationResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateModerationRequest,
) -> CreateModerationResponse | ErrorResponse | None:
    """Classify whether text is potentially harmful

     Classifies text (and, with omni moderation, images) against the moderation categories: whether the
    input
    is `flagged`, each category's verdict and score, and which input types each category applied to. One
    result per input, in the order sent.

    Args:
        body (CreateModerationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateModerationResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateModerationRequest,
) -> Response[CreateModerationResponse | ErrorResponse]:
    """Classify whether text is potentially harmful

     Classifies text (and, with omni moderation, images) against the moderation categories: whether the
    input
    is `flagged`, each category's verdict and score, and which input types each category applied to. One
    result per input, in the order sent.

    Args:
        body (CreateModerationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateModerationResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateModerationRequest,
) -> CreateModerationResponse | ErrorResponse | None:
    """Classify whether text is potentially harmful

     Classifies text (and, with omni moderation, images) against the moderation categories: whether the
    input
    is `flagged`, each category's verdict and score, and which input types each category applied to. One
    result per input, in the order sent.

    Args:
        body (CreateModerationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateModerationResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
