# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
import contextlib
from collections.abc import AsyncIterator, Iterator, Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_image_request import CreateImageRequest
from ...models.error_response import ErrorResponse
from ...models.images_response import ImagesResponse
from ...types import Response

METHOD = "POST"
PATH = "/v1/images/generations"


def build_request(
    *,
    query: Mapping[str, Any] | None = None,
    body: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Build the httpx request arguments for `POST /v1/images/generations` from plain data.

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
    body: CreateImageRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/images/generations",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ImagesResponse | None:
    if response.status_code == 200:
        response_200 = ImagesResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | ImagesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateImageRequest,
) -> Response[ErrorResponse | ImagesResponse]:
    """Create images from a prompt

     Draws `n` images from a text prompt with DALL·E 2, DALL·E 3 or a GPT image model; the answer has
    each
    image as a URL (valid for an hour) or base64 (`response_format` b64_json; GPT image models always
    answer
    base64). With `stream` true (GPT image models only), answers server-sent events with partial images
    as
    they are drawn, then the final one.

    Args:
        body (CreateImageRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ImagesResponse]
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
    body: CreateImageRequest,
) -> ErrorResponse | ImagesResponse | None:
    """Create images from a prompt

     Draws `n` images from a text prompt with DALL·E 2, DALL·E 3 or a GPT image model; the answer has
    each
    image as a URL (valid for an hour) or base64 (`response_format` b64_json; GPT image models always
    answer
    base64). With `stream` true (GPT image models only), answers server-sent events with partial images
    as
    they are drawn, then the final one.

    Args:
        body (CreateImageRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ImagesResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateImageRequest,
) -> Response[ErrorResponse | ImagesResponse]:
    """Create images from a prompt

     Draws `n` images from a text prompt with DALL·E 2, DALL·E 3 or a GPT image model; the answer has
    each
    image as a URL (valid for an hour) or base64 (`response_format` b64_json; GPT image models always
    answer
    base64). With `stream` true (GPT image models only), answers server-sent events with partial images
    as
    they are drawn, then the final one.

    Args:
        body (CreateImageRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ImagesResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateImageRequest,
) -> ErrorResponse | ImagesResponse | None:
    """Create images from a prompt

     Draws `n` images from a text prompt with DALL·E 2, DALL·E 3 or a GPT image model; the answer has
    each
    image as a URL (valid for an hour) or base64 (`response_format` b64_json; GPT image models always
    answer
    base64). With `stream` true (GPT image models only), answers server-sent events with partial images
    as
    they are drawn, then the final one.

    Args:
        body (CreateImageRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ImagesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


@contextlib.contextmanager
def stream(
    *,
    client: AuthenticatedClient | Client,
    body: CreateImageRequest,
) -> Iterator[httpx.Response]:
    """Send the request with `"stream": true` and yield the unread `text/event-stream` response.

    The body is not read: iterate `response.iter_lines()` / `iter_bytes()` inside the block; the connection is
    closed when the block exits. Error statuses are not raised: check `response.status_code`.
    """
    kwargs = _get_kwargs(
        body=body,
    )
    kwargs["json"] = {**kwargs.get("json", {}), "stream": True}
    kwargs["headers"] = {**kwargs.get("headers", {}), "Accept": "text/event-stream"}
    with client.get_httpx_client().stream(**kwargs) as response:
        yield response


@contextlib.asynccontextmanager
async def astream(
    *,
    client: AuthenticatedClient | Client,
    body: CreateImageRequest,
) -> AsyncIterator[httpx.Response]:
    """Async twin of `stream`: yield the unread `text/event-stream` response, closed when the block exits."""
    kwargs = _get_kwargs(
        body=body,
    )
    kwargs["json"] = {**kwargs.get("json", {}), "stream": True}
    kwargs["headers"] = {**kwargs.get("headers", {}), "Accept": "text/event-stream"}
    async with client.get_async_httpx_client().stream(**kwargs) as response:
        yield response
