# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from collections.abc import Mapping
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.assistant_file import AssistantFile
from ...models.error_response import ErrorResponse
from ...types import Response

METHOD = "GET"
PATH = "/v1/assistants/{assistant_id}/files/{file_id}"


def build_request(
    *,
    assistant_id: str,
    file_id: str,
    query: Mapping[str, Any] | None = None,
    body: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Build the httpx request arguments for `GET /v1/assistants/{assistant_id}/files/{file_id}` from plain data.

    Keys of `query` and `body` are wire names; they are sent as given (`None` query values are dropped), never
    completed with spec defaults.

    Returns:
        Keyword arguments for `httpx.Client.request` / `httpx.Client.build_request`.
    """
    request: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            assistant_id=quote(str(assistant_id), safe=""),
            file_id=quote(str(file_id), safe=""),
        ),
    }
    if query is not None:
        request["params"] = {key: value for key, value in query.items() if value is not None}
    if body is not None:
        request["json"] = dict(body)
    return request


def _get_kwargs(
    assistant_id: str,
    file_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/assistants/{assistant_id}/files/{file_id}".format(
            assistant_id=quote(str(assistant_id), safe=""),
            file_id=quote(str(file_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AssistantFile | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AssistantFile.from_dict(response.json())

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
) -> Response[AssistantFile | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    assistant_id: str,
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AssistantFile | ErrorResponse]:
    """Retrieve an assistant file

     One file attached to an assistant (Assistants v1): the assistant file's ID is the file's ID, and it
    carries the assistant's ID and the time it was attached.

    Args:
        assistant_id (str):
        file_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssistantFile | ErrorResponse]
    """

    kwargs = _get_kwargs(
        assistant_id=assistant_id,
        file_id=file_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    assistant_id: str,
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> AssistantFile | ErrorResponse | None:
    """Retrieve an assistant file

     One file attached to an assistant (Assistants v1): the assistant file's ID is the file's ID, and it
    carries the assistant's ID and the time it was attached.

    Args:
        assistant_id (str):
        file_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssistantFile | ErrorResponse
    """

    return sync_detailed(
        assistant_id=assistant_id,
        file_id=file_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    assistant_id: str,
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AssistantFile | ErrorResponse]:
    """Retrieve an assistant file

     One file attached to an assistant (Assistants v1): the assistant file's ID is the file's ID, and it
    carries the assistant's ID and the time it was attached.

    Args:
        assistant_id (str):
        file_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssistantFile | ErrorResponse]
    """

    kwargs = _get_kwargs(
        assistant_id=assistant_id,
        file_id=file_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    assistant_id: str,
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> AssistantFile | ErrorResponse | None:
    """Retrieve an assistant file

     One file attached to an assistant (Assistants v1): the assistant file's ID is the file's ID, and it
    carries the assistant's ID and the time it was attached.

    Args:
        assistant_id (str):
        file_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssistantFile | ErrorResponse
    """

    return (
        await asyncio_detailed(
            assistant_id=assistant_id,
            file_id=file_id,
            client=client,
        )
    ).parsed
