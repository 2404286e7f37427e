# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.midjourney_error_response import MidjourneyErrorResponse
from ...models.submit_modal_request import SubmitModalRequest
from ...models.submit_result import SubmitResult
from ...types import Response

METHOD = "POST"
PATH = "/mj/submit/modal"


def build_request(
    *,
    query: Mapping[str, Any] | None = None,
    body: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Build the httpx request arguments for `POST /mj/submit/modal` from plain data.

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
    body: SubmitModalRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/mj/submit/modal",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | MidjourneyErrorResponse | SubmitResult | None:
    if response.status_code == 200:
        response_200 = SubmitResult.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if 400 <= response.status_code <= 499:
        response_4xx = MidjourneyErrorResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | MidjourneyErrorResponse | SubmitResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SubmitModalRequest,
) -> Response[ErrorResponse | MidjourneyErrorResponse | SubmitResult]:
    """Complete a task that waits for a modal step

     Sends the modal step of a task in status MODAL (the `result` of an action answered with code 21) and
    lets it run on; the task keeps its ID and its action (INPAINT for vary region, CUSTOM_ZOOM for
    custom zoom, the button's action in remix mode). Vary region needs `maskBase64` and a prompt; custom
    zoom a prompt ending in `--zoom <1..2>`. Answers HTTP 200 with a submit result whose `code` says
    whether the task was accepted (1, 21, 22) or refused (3, 4, 9, 23, 24).

    Args:
        body (SubmitModalRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MidjourneyErrorResponse | SubmitResult]
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
    body: SubmitModalRequest,
) -> ErrorResponse | MidjourneyErrorResponse | SubmitResult | None:
    """Complete a task that waits for a modal step

     Sends the modal step of a task in status MODAL (the `result` of an action answered with code 21) and
    lets it run on; the task keeps its ID and its action (INPAINT for vary region, CUSTOM_ZOOM for
    custom zoom, the button's action in remix mode). Vary region needs `maskBase64` and a prompt; custom
    zoom a prompt ending in `--zoom <1..2>`. Answers HTTP 200 with a submit result whose `code` says
    whether the task was accepted (1, 21, 22) or refused (3, 4, 9, 23, 24).

    Args:
        body (SubmitModalRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MidjourneyErrorResponse | SubmitResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SubmitModalRequest,
) -> Response[ErrorResponse | MidjourneyErrorResponse | SubmitResult]:
    """Complete a task that waits for a modal step

     Sends the modal step of a task in status MODAL (the `result` of an action answered with code 21) and
    lets it run on; the task keeps its ID and its action (INPAINT for vary region, CUSTOM_ZOOM for
    custom zoom, the button's action in remix mode). Vary region needs `maskBase64` and a prompt; custom
    zoom a prompt ending in `--zoom <1..2>`. Answers HTTP 200 with a submit result whose `code` says
    whether the task was accepted (1, 21, 22) or refused (3, 4, 9, 23, 24).

    Args:
        body (SubmitModalRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MidjourneyErrorResponse | SubmitResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SubmitModalRequest,
) -> ErrorResponse | MidjourneyErrorResponse | SubmitResult | None:
    """Complete a task that waits for a modal step

     Sends the modal step of a task in status MODAL (the `result` of an action answered with code 21) and
    lets it run on; the task keeps its ID and its action (INPAINT for vary region, CUSTOM_ZOOM for
    custom zoom, the button's action in remix mode). Vary region needs `maskBase64` and a prompt; custom
    zoom a prompt ending in `--zoom <1..2>`. Answers HTTP 200 with a submit result whose `code` says
    whether the task was accepted (1, 21, 22) or refused (3, 4, 9, 23, 24).

    Args:
        body (SubmitModalRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MidjourneyErrorResponse | SubmitResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
