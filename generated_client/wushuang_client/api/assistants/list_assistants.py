# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_assistants_order import ListAssistantsOrder
from ...models.list_assistants_response import ListAssistantsResponse
from ...types import UNSET, Response, Unset

METHOD = "GET"
PATH = "/v1/assistants"


def build_request(
    *,
    query: Mapping[str, Any] | None = None,
    body: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Build the httpx request arguments for `GET /v1/assistants` from plain data.

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
    limit: int | Unset = UNSET,
    order: ListAssistantsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params["after"] = after

    params["before"] = before

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/assistants",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListAssistantsResponse | None:
    if response.status_code == 200:
        response_200 = ListAssistantsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | ListAssistantsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListAssistantsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> Response[ErrorResponse | ListAssistantsResponse]:
    """List assistants

     The assistants of the organization, one page at a time: `limit` (1 to 100), `order` by creation time
    (desc by default), and the cursors `after` / `before` (an assistant ID). Assistants v1: sent with
    `OpenAI-Beta: assistants=v1`; stock new-api builds answer 501 `api_not_implemented` for the
    Assistants
    operations.

    Args:
        limit (int | Unset):
        order (ListAssistantsOrder | Unset):
        after (str | Unset):
        before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListAssistantsResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        order=order,
        after=after,
        before=before,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListAssistantsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> ErrorResponse | ListAssistantsResponse | None:
    """List assistants

     The assistants of the organization, one page at a time: `limit` (1 to 100), `order` by creation time
    (desc by default), and the cursors `after` / `before` (an assistant ID). Assistants v1: sent with
    `OpenAI-Beta: assistants=v1`; stock new-api builds answer 501 `api_not_implemented` for the
    Assistants
    operations.

    Args:
        limit (int | Unset):
        order (ListAssistantsOrder | Unset):
        after (str | Unset):
        before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListAssistantsResponse
    """

    return sync_detailed(
        client=client,
        limit=limit,
        order=order,
        after=after,
        before=before,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListAssistantsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> Response[ErrorResponse | ListAssistantsResponse]:
    """List assistants

     The assistants of the organization, one page at a time: `limit` (1 to 100), `order` by creation time
    (desc by default), and the cursors `after` / `before` (an assistant ID). Assistants v1: sent with
    `OpenAI-Beta: assistants=v1`; stock new-api builds answer 501 `api_not_implemented` for the
    Assistants
    operations.

    Args:
        limit (int | Unset):
        order (ListAssistantsOrder | Unset):
        after (str | Unset):
        before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListAssistantsResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        order=order,
        after=after,
        before=before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListAssistantsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> ErrorResponse | ListAssistantsResponse | None:
    """List assistants

     The assistants of the organization, one page at a time: `limit` (1 to 100), `order` by creation time
    (desc by default), and the cursors `after` / `before` (an assistant ID). Assistants v1: sent with
    `OpenAI-Beta: assistants=v1`; stock new-api builds answer 501 `api_not_implemented` for the
    Assistants
    operations.

    Args:
        limit (int | Unset):
        order (ListAssistantsOrder | Unset):
        after (str | Unset):
        before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListAssistantsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            order=order,
            after=after,
            before=before,
        )
    ).parsed
