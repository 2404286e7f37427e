# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
import json
import os
from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_file_request import CreateFileRequest
from ...models.error_response import ErrorResponse
from ...models.open_ai_file import OpenAIFile
from ...types import File, FileTypes, RequestFiles, Response

METHOD = "POST"
PATH = "/v1/files"
# Multipart fields whose schema is `format: binary` (or an array of them, or a union of both): sent as file parts, the
# rest as text.
_FILE_FIELDS: frozenset[str] = frozenset({"file"})


def build_request(
    *,
    query: Mapping[str, Any] | None = None,
    body: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Build the httpx request arguments for `POST /v1/files` from plain data.

    Keys of `query` and `body` are wire names; they are sent as given (`None` query values are dropped), never
    completed with spec defaults.

    The body is sent as multipart/form-data (httpx chooses the boundary): binary fields accept bytes, a binary
    file object, a `File`, or a `(filename, content[, content_type])` tuple; other values become text parts
    (booleans as `true` / `false`, lists as one part per item).

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
        request["files"] = _multipart_parts(body)
    return request


def _multipart_parts(body: Mapping[str, Any]) -> RequestFiles:
    parts: RequestFiles = []
    for name, value in body.items():
        if value is None:
            continue
        if name in _FILE_FIELDS:
            # A tuple is one (filename, content[, content_type]) file; a list holds several files.
            for item in value if isinstance(value, list) else [value]:
                parts.append((name, _file_part(item)))
        elif isinstance(value, (list, tuple)):
            for item in value:
                parts.append((name, (None, _text_part(item), None)))
        else:
            parts.append((name, (None, _text_part(value), None)))
    return parts


def _file_part(value: Any) -> FileTypes:
    if isinstance(value, File):
        return value.to_tuple()
    if isinstance(value, tuple):
        return (value[0], value[1], value[2] if len(value) > 2 else None)
    if isinstance(value, (bytes, bytearray, memoryview)):
        # Without a filename servers treat the part as a text field; httpx uses the same fallback name.
        return ("upload", bytes(value), None)
    name = getattr(value, "name", None)
    return (os.path.basename(name) if isinstance(name, str) and name else "upload", value, None)


def _text_part(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)):
        return str(value)
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def _get_kwargs(
    *,
    body: CreateFileRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/files",
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | OpenAIFile | None:
    if response.status_code == 200:
        response_200 = OpenAIFile.from_dict(response.json())

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
) -> Response[ErrorResponse | OpenAIFile]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateFileRequest,
) -> Response[ErrorResponse | OpenAIFile]:
    """Upload a file

     Uploads a file (multipart) for later use by ID: training data for fine-tuning, inputs of the Batch
    API,
    files for assistants. The answer is the file's metadata, with `status` uploaded; it becomes
    processed
    (or error) once the server has read it. Stock new-api builds do not relay this route and answer 501
    `api_not_implemented`.

    Args:
        body (CreateFileRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | OpenAIFile]
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
    body: CreateFileRequest,
) -> ErrorResponse | OpenAIFile | None:
    """Upload a file

     Uploads a file (multipart) for later use by ID: training data for fine-tuning, inputs of the Batch
    API,
    files for assistants. The answer is the file's metadata, with `status` uploaded; it becomes
    processed
    (or error) once the server has read it. Stock new-api builds do not relay this route and answer 501
    `api_not_implemented`.

    Args:
        body (CreateFileRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | OpenAIFile
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateFileRequest,
) -> Response[ErrorResponse | OpenAIFile]:
    """Upload a file

     Uploads a file (multipart) for later use by ID: training data for fine-tuning, inputs of the Batch
    API,
    files for assistants. The answer is the file's metadata, with `status` uploaded; it becomes
    processed
    (or error) once the server has read it. Stock new-api builds do not relay this route and answer 501
    `api_not_implemented`.

    Args:
        body (CreateFileRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | OpenAIFile]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateFileRequest,
) -> ErrorResponse | OpenAIFile | None:
    """Upload a file

     Uploads a file (multipart) for later use by ID: training data for fine-tuning, inputs of the Batch
    API,
    files for assistants. The answer is the file's metadata, with `status` uploaded; it becomes
    processed
    (or error) once the server has read it. Stock new-api builds do not relay this route and answer 501
    `api_not_implemented`.

    Args:
        body (CreateFileRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | OpenAIFile
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
