# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.billing_subscription import BillingSubscription
from ...models.error_response import ErrorResponse
from ...types import Response

METHOD = "GET"
PATH = "/v1/dashboard/billing/subscription"


def build_request(
    *,
    query: Mapping[str, Any] | None = None,
    body: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Build the httpx request arguments for `GET /v1/dashboard/billing/subscription` from plain data.

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


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/dashboard/billing/subscription",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BillingSubscription | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BillingSubscription.from_dict(response.json())

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
) -> Response[BillingSubscription | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[BillingSubscription | ErrorResponse]:
    """Get the key's credit limit

     The OpenAI dashboard's subscription shape, as new-api and one-api answer it. The limits are the
    granted amount (remaining plus used) in the deployment's display unit, USD unless the relay's admin
    chose CNY or tokens; an unlimited key shows 100000000. Whether it is the key's or the whole
    account's depends on an admin setting. Errors come as HTTP 200 with an `error` object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BillingSubscription | ErrorResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> BillingSubscription | ErrorResponse | None:
    """Get the key's credit limit

     The OpenAI dashboard's subscription shape, as new-api and one-api answer it. The limits are the
    granted amount (remaining plus used) in the deployment's display unit, USD unless the relay's admin
    chose CNY or tokens; an unlimited key shows 100000000. Whether it is the key's or the whole
    account's depends on an admin setting. Errors come as HTTP 200 with an `error` object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BillingSubscription | ErrorResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[BillingSubscription | ErrorResponse]:
    """Get the key's credit limit

     The OpenAI dashboard's subscription shape, as new-api and one-api answer it. The limits are the
    granted amount (remaining plus used) in the deployment's display unit, USD unless the relay's admin
    chose CNY or tokens; an unlimited key shows 100000000. Whether it is the key's or the whole
    account's depends on an admin setting. Errors come as HTTP 200 with an `error` object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BillingSubscription | ErrorResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> BillingSubscription | ErrorResponse | None:
    """Get the key's credit limit

     The OpenAI dashboard's subscription shape, as new-api and one-api answer it. The limits are the
    granted amount (remaining plus used) in the deployment's display unit, USD unless the relay's admin
    chose CNY or tokens; an unlimited key shows 100000000. Whether it is the key's or the whole
    account's depends on an admin setting. Errors come as HTTP 200 with an `error` object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BillingSubscription | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
