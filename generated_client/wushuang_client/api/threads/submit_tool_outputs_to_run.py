# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
import contextlib
from collections.abc import AsyncIterator, Iterator, Mapping
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.run import Run
from ...models.submit_tool_outputs_run_request import SubmitToolOutputsRunRequest
from ...types import Response

METHOD = "POST"
PATH = "/v1/threads/{thread_id}/runs/{run_id}/submit_tool_outputs"


def build_request(
    *,
    thread_id: str,
    run_id: str,
    query: Mapping[str, Any] | None = None,
    body: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Build the httpx request arguments for `POST /v1/threads/{thread_id}/runs/{run_id}/submit_tool_outputs` from plain data.

    Keys of `query` and `body` are wire names; they are sent as given (`None` query values are dropped), never
    completed with spec defaults.

    Returns:
        Keyword arguments for `httpx.Client.request` / `httpx.Client.build_request`.
    """
    request: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            thread_id=quote(str(thread_id), safe=""),
            run_id=quote(str(run_id), safe=""),
        ),
    }
    if query is not None:
        request["params"] = {key: value for key, value in query.items() if value is not None}
    if body is not None:
        request["json"] = dict(body)
    return request


def _get_kwargs(
    thread_id: str,
    run_id: str,
    *,
    body: SubmitToolOutputsRunRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/threads/{thread_id}/runs/{run_id}/submit_tool_outputs".format(
            thread_id=quote(str(thread_id), safe=""),
            run_id=quote(str(run_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorResponse | Run | None:
    if response.status_code == 200:
        response_200 = Run.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorResponse | Run]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    thread_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SubmitToolOutputsRunRequest,
) -> Response[ErrorResponse | Run]:
    """Submit tool outputs to a run

     When a run has `status` requires_action and `required_action.type` submit_tool_outputs, sends the
    outputs of all its tool calls at once. With `stream` true, answers an event stream of the run's
    events ending with `event: done` / `data: [DONE]`.

    Args:
        thread_id (str):
        run_id (str):
        body (SubmitToolOutputsRunRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Run]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        run_id=run_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    thread_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SubmitToolOutputsRunRequest,
) -> ErrorResponse | Run | None:
    """Submit tool outputs to a run

     When a run has `status` requires_action and `required_action.type` submit_tool_outputs, sends the
    outputs of all its tool calls at once. With `stream` true, answers an event stream of the run's
    events ending with `event: done` / `data: [DONE]`.

    Args:
        thread_id (str):
        run_id (str):
        body (SubmitToolOutputsRunRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Run
    """

    return sync_detailed(
        thread_id=thread_id,
        run_id=run_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    thread_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SubmitToolOutputsRunRequest,
) -> Response[ErrorResponse | Run]:
    """Submit tool outputs to a run

     When a run has `status` requires_action and `required_action.type` submit_tool_outputs, sends the
    outputs of all its tool calls at once. With `stream` true, answers an event stream of the run's
    events ending with `event: done` / `data: [DONE]`.

    Args:
        thread_id (str):
        run_id (str):
        body (SubmitToolOutputsRunRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Run]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        run_id=run_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    thread_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SubmitToolOutputsRunRequest,
) -> ErrorResponse | Run | None:
    """Submit tool outputs to a run

     When a run has `status` requires_action and `required_action.type` submit_tool_outputs, sends the
    outputs of all its tool calls at once. With `stream` true, answers an event stream of the run's
    events ending with `event: done` / `data: [DONE]`.

    Args:
        thread_id (str):
        run_id (str):
        body (SubmitToolOutputsRunRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Run
    """

    return (
        await asyncio_detailed(
            thread_id=thread_id,
            run_id=run_id,
            client=client,
            body=body,
        )
    ).parsed


@contextlib.contextmanager
def stream(
    thread_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SubmitToolOutputsRunRequest,
) -> Iterator[httpx.Response]:
    """Send the request with `"stream": true` and yield the unread `text/event-stream` response.

    The body is not read: iterate `response.iter_lines()` / `iter_bytes()` inside the block; the connection is
    closed when the block exits. Error statuses are not raised: check `response.status_code`.
    """
    kwargs = _get_kwargs(
        thread_id=thread_id,
        run_id=run_id,
        body=body,
    )
    kwargs["json"] = {**kwargs.get("json", {}), "stream": True}
    kwargs["headers"] = {**kwargs.get("headers", {}), "Accept": "text/event-stream"}
    with client.get_httpx_client().stream(**kwargs) as response:
        yield response


@contextlib.asynccontextmanager
async def astream(
    thread_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SubmitToolOutputsRunRequest,
) -> AsyncIterator[httpx.Response]:
    """Async twin of `stream`: yield the unread `text/event-stream` response, closed when the block exits."""
    kwargs = _get_kwargs(
        thread_id=thread_id,
        run_id=run_id,
        body=body,
    )
    kwargs["json"] = {**kwargs.get("json", {}), "stream": True}
    kwargs["headers"] = {**kwargs.get("headers", {}), "Accept": "text/event-stream"}
    async with client.get_async_httpx_client().stream(**kwargs) as response:
        yield response
