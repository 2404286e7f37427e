"""What a handler receives (`Call`) and the relay's error envelopes it answers with.

Kept apart from the app so that handler modules and the generic store operations can use them without
importing the app that dispatches to them.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ._multipart import Part
from ._spec import Operation, SpecIndex
from ._state import EmulatorState

__all__ = ["Call", "Handler", "mj_error", "not_found", "openai_error"]


@dataclass
class Call:
    """Everything a handler needs about one validated request."""

    operation: Operation
    request: Request
    state: EmulatorState
    spec: SpecIndex
    path_params: dict[str, str]
    query: dict[str, Any]
    body: bytes
    json: Any = None
    form: dict[str, Any] = field(default_factory=dict)
    files: dict[str, Part] = field(default_factory=dict)

    @property
    def base_url(self) -> str:
        """The URL the client used to reach the emulator, without a trailing slash."""
        return str(self.request.base_url).rstrip("/")

    @property
    def params(self) -> dict[str, Any]:
        """The JSON body, or the form fields, as a dict."""
        return self.json if isinstance(self.json, dict) else self.form


Handler = Callable[[Call], "Response | Awaitable[Response]"]


def openai_error(
    status: int,
    message: str,
    *,
    type: str = "invalid_request_error",
    param: str | None = None,
    code: str | None = None,
    headers: Mapping[str, str] | None = None,
) -> Response:
    """An error in the OpenAI envelope."""
    body = {"error": {"message": message, "type": type, "param": param, "code": code}}
    return JSONResponse(body, status_code=status, headers=dict(headers or {}))


def not_found(thing: str, item_id: str) -> Response:
    """The 404 for an id that names nothing: `No assistant found with id 'asst_x'.`"""
    return openai_error(404, f"No {thing} found with id '{item_id}'.")


def mj_error(description: str, *, code: int = 4, status: int = 400) -> Response:
    """An error in the Midjourney relay envelope."""
    return JSONResponse({"description": description, "type": "upstream_error", "code": code}, status_code=status)
