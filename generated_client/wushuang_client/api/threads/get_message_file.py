# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from collections.abc import Mapping
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.message_file import MessageFile
from ...types import Response

METHOD = "GET"
PATH = "/v1/threads/{thread_id}/messages/{message_id}/files/{file_id}"


def build_request(
    *,
    thread_id: str,
    message_id: str,
    file_id: str,
    query: Mapping[str, Any] | None = None,
    body: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Build the httpx request arguments for `GET /v1/threads/{thread_id}/messages/{message_id}/files/{file_id}` from plain data.

    Keys of `query` and `body` are wire names; they are sent as given (`None` query values are dropped), never
    completed with spec defaults.

    Returns:
        Keyword arguments for `httpx.Client.request` / `httpx.Client.build_request`.
    """
    request: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            thread_id=quote(str(thread_id), safe=""),
            message_id=quote(str(message_id), safe=""),
            file_id=quote(str(file_id), safe=""),
        ),
    }
    if query is not None:
        request["params"] = {key: value for key, value in query.items() if value is not None}
    if body is not None:
        request["json"] = dict(body)
    return request


def _get_kwargs(
    thread_id: str,
    message_id: str,
    file_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/threads/{thread_id}/messages/{message_id}/files/{file_id}".format(
            thread_id=quote(str(thread_id), safe=""),
            message_id=quote(str(message_id), safe=""),
            file_id=quote(str(file_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | MessageFile | None:
    if response.status_code == 200:
        response_200 = MessageFile.from_dict(response.json())

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
) -> Response[ErrorResponse | MessageFile]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    thread_id: str,
    message_id: str,
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | MessageFile]:
    """Retrieve a message file

     One file attached to a message (Assistants v1), with the message's ID and the time it was attached.

    Args:
        thread_id (str):
        message_id (str):
        file_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MessageFile]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        message_id=message_id,
        file_id=file_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    thread_id: str,
    message_id: str,
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | MessageFile | None:
    """Retrieve a message file

     One file attached to a message (Assistants v1), with the message's ID and the time it was attached.

    Args:
        thread_id (str):
        message_id (str):
        file_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MessageFile
    """

    return sync_detailed(
        thread_id=thread_id,
        message_id=message_id,
        file_id=file_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    thread_id: str,
    message_id: str,
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | MessageFile]:
    """Retrieve a message file

     One file attached to a message (Assistants v1), with the message's ID and the time it was attached.

    Args:
        thread_id (str):
        message_id (str):
        file_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MessageFile]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        message_id=message_id,
        file_id=file_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    thread_id: str,
    message_id: str,
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | MessageFile | None:
    """Retrieve a message file

     One file attached to a message (Assistants v1), with the message's ID and the time it was attached.

    Args:
        thread_id (str):
        message_id (str):
        file_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MessageFile
    """

    return (
        await asyncio_detailed(
            thread_id=thread_id,
            message_id=message_id,
            file_id=file_id,
            client=client,
        )
    ).parsed
