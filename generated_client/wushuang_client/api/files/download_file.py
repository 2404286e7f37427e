# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from collections.abc import Mapping
from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...types import File, Response

METHOD = "GET"
PATH = "/v1/files/{file_id}/content"


def build_request(
    *,
    file_id: str,
    query: Mapping[str, Any] | None = None,
    body: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Build the httpx request arguments for `GET /v1/files/{file_id}/content` from plain data.

    Keys of `query` and `body` are wire names; they are sent as given (`None` query values are dropped), never
    completed with spec defaults.

    Returns:
        Keyword arguments for `httpx.Client.request` / `httpx.Client.build_request`.
    """
    request: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            file_id=quote(str(file_id), safe=""),
        ),
    }
    if query is not None:
        request["params"] = {key: value for key, value in query.items() if value is not None}
    if body is not None:
        request["json"] = dict(body)
    return request


def _get_kwargs(
    file_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/files/{file_id}/content".format(
            file_id=quote(str(file_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorResponse | File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

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
) -> Response[ErrorResponse | File]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | File]:
    """Retrieve the content of a file

     The bytes of an uploaded file, exactly as uploaded, whatever its media type (a client should read
    them
    as binary, not JSON). Files with purpose `assistants` may be refused by the server; relays that do
    not
    serve files answer 501 `api_not_implemented`.

    Args:
        file_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | File]
    """

    kwargs = _get_kwargs(
        file_id=file_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | File | None:
    """Retrieve the content of a file

     The bytes of an uploaded file, exactly as uploaded, whatever its media type (a client should read
    them
    as binary, not JSON). Files with purpose `assistants` may be refused by the server; relays that do
    not
    serve files answer 501 `api_not_implemented`.

    Args:
        file_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | File
    """

    return sync_detailed(
        file_id=file_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | File]:
    """Retrieve the content of a file

     The bytes of an uploaded file, exactly as uploaded, whatever its media type (a client should read
    them
    as binary, not JSON). Files with purpose `assistants` may be refused by the server; relays that do
    not
    serve files answer 501 `api_not_implemented`.

    Args:
        file_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | File]
    """

    kwargs = _get_kwargs(
        file_id=file_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | File | None:
    """Retrieve the content of a file

     The bytes of an uploaded file, exactly as uploaded, whatever its media type (a client should read
    them
    as binary, not JSON). Files with purpose `assistants` may be refused by the server; relays that do
    not
    serve files answer 501 `api_not_implemented`.

    Args:
        file_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | File
    """

    return (
        await asyncio_detailed(
            file_id=file_id,
            client=client,
        )
    ).parsed
