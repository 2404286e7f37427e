# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from collections.abc import Mapping
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_messages_order import ListMessagesOrder
from ...models.list_messages_response import ListMessagesResponse
from ...types import UNSET, Response, Unset

METHOD = "GET"
PATH = "/v1/threads/{thread_id}/messages"


def build_request(
    *,
    thread_id: str,
    query: Mapping[str, Any] | None = None,
    body: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Build the httpx request arguments for `GET /v1/threads/{thread_id}/messages` from plain data.

    Keys of `query` and `body` are wire names; they are sent as given (`None` query values are dropped), never
    completed with spec defaults.

    Returns:
        Keyword arguments for `httpx.Client.request` / `httpx.Client.build_request`.
    """
    request: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            thread_id=quote(str(thread_id), safe=""),
        ),
    }
    if query is not None:
        request["params"] = {key: value for key, value in query.items() if value is not None}
    if body is not None:
        request["json"] = dict(body)
    return request


def _get_kwargs(
    thread_id: str,
    *,
    limit: int | Unset = UNSET,
    order: ListMessagesOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    run_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params["after"] = after

    params["before"] = before

    params["run_id"] = run_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/threads/{thread_id}/messages".format(
            thread_id=quote(str(thread_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListMessagesResponse | None:
    if response.status_code == 200:
        response_200 = ListMessagesResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | ListMessagesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    thread_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListMessagesOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    run_id: str | Unset = UNSET,
) -> Response[ErrorResponse | ListMessagesResponse]:
    """List the messages of a thread

     The messages of a thread, newest first by default, one page at a time with `limit`, `order`, `after`
    and
    `before`; `run_id` keeps only the messages one run wrote.

    Args:
        thread_id (str):
        limit (int | Unset):
        order (ListMessagesOrder | Unset):
        after (str | Unset):
        before (str | Unset):
        run_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListMessagesResponse]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        limit=limit,
        order=order,
        after=after,
        before=before,
        run_id=run_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    thread_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListMessagesOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    run_id: str | Unset = UNSET,
) -> ErrorResponse | ListMessagesResponse | None:
    """List the messages of a thread

     The messages of a thread, newest first by default, one page at a time with `limit`, `order`, `after`
    and
    `before`; `run_id` keeps only the messages one run wrote.

    Args:
        thread_id (str):
        limit (int | Unset):
        order (ListMessagesOrder | Unset):
        after (str | Unset):
        before (str | Unset):
        run_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListMessagesResponse
    """

    return sync_detailed(
        thread_id=thread_id,
        client=client,
        limit=limit,
        order=order,
        after=after,
        before=before,
        run_id=run_id,
    ).parsed


async def asyncio_detailed(
    thread_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListMessagesOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    run_id: str | Unset = UNSET,
) -> Response[ErrorResponse | ListMessagesResponse]:
    """List the messages of a thread

     The messages of a thread, newest first by default, one page at a time with `limit`, `order`, `after`
    and
    `before`; `run_id` keeps only the messages one run wrote.

    Args:
        thread_id (str):
        limit (int | Unset):
        order (ListMessagesOrder | Unset):
        after (str | Unset):
        before (str | Unset):
        run_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListMessagesResponse]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        limit=limit,
        order=order,
        after=after,
        before=before,
        run_id=run_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    thread_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListMessagesOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    run_id: str | Unset = UNSET,
) -> ErrorResponse | ListMessagesResponse | None:
    """List the messages of a thread

     The messages of a thread, newest first by default, one page at a time with `limit`, `order`, `after`
    and
    `before`; `run_id` keeps only the messages one run wrote.

    Args:
        thread_id (str):
        limit (int | Unset):
        order (ListMessagesOrder | Unset):
        after (str | Unset):
        before (str | Unset):
        run_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListMessagesResponse
    """

    return (
        await asyncio_detailed(
            thread_id=thread_id,
            client=client,
            limit=limit,
            order=order,
            after=after,
            before=before,
            run_id=run_id,
        )
    ).parsed
