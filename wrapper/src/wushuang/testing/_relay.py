"""Profiles: how much of a relay of the new-api (one-api) family the emulator plays.

- `openai` (the default) serves every operation of the spec, as OpenAI does.
- `relay` refuses what those relays do not route: a path under `/v1/assistants`, `/v1/threads` or
  `/v1/fine_tuning` has no route (gin's plain-text `404 page not found`, before any key is checked); a path under
  `/v1/files`, `/v1/images/edits` or `/v1/images/variations` reaches new-api's "not implemented" handler behind the
  key check (HTTP 501 `api_not_implemented`).
- `new-api` refuses the same and answers as new-api's gateway does: every response carries `X-Oneapi-Request-Id`
  (in place of `x-request-id`), every error message but the 501's ends with ` (request id: <id>)`, the gateway's
  own conditions answer in its words (`_gateway`, switched on `state.gateway`), `/v1/models` is new-api's list.

A profile is a `Rules`: its refusals, whether it plays the gateway, and its own routes, `(method, path) -> route`,
answered behind the key check before the spec's operations (so a route may replace one, as `/v1/models` here). A
module adds routes to a profile by naming them in its `Rules` below. The app asks `rules_of(profile)` once.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Literal

from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response

from . import _models
from ._state import EmulatorState

__all__ = ["DEFAULT_PROFILE", "PROFILES", "Profile", "Refusal", "Route", "Rules", "rules_of"]

Profile = Literal["openai", "relay", "new-api"]
PROFILES: tuple[Profile, ...] = ("openai", "relay", "new-api")
DEFAULT_PROFILE: Profile = "openai"

#: A profile's own route: (the state, the request) -> the answer; the key is checked before.
Route = Callable[[EmulatorState, Request], "Response | Awaitable[Response]"]


@dataclass(frozen=True)
class Refusal:
    """How a relay refuses a family of paths, and whether it checks the key first."""

    prefixes: tuple[str, ...]
    status: int
    after_auth: bool

    def response(self) -> Response:
        """The relay's answer."""
        if self.status == 404:
            return PlainTextResponse("404 page not found", status_code=404)
        body = {"error": {"message": "API not implemented", "type": "new_api_error", "code": "api_not_implemented"}}
        return JSONResponse(body, status_code=self.status)

    def covers(self, path: str) -> bool:
        """Whether `path` is one of the refused paths."""
        return any(path == prefix or path.startswith(prefix + "/") for prefix in self.prefixes)


@dataclass(frozen=True)
class Rules:
    """What a profile changes: the paths it refuses, whether it plays new-api's gateway, its own routes."""

    refusals: tuple[Refusal, ...] = ()
    gateway: bool = False
    routes: Mapping[tuple[str, str], Route] = field(default_factory=dict)

    def refusal(self, path: str) -> Refusal | None:
        """How the profile refuses `path`, or None when it routes it."""
        return next((r for r in self.refusals if r.covers(path)), None)


_NEW_API_REFUSALS = (
    Refusal(("/v1/assistants", "/v1/threads", "/v1/fine_tuning"), 404, after_auth=False),
    Refusal(("/v1/files", "/v1/images/edits", "/v1/images/variations"), 501, after_auth=True),
)

_RULES: dict[str, Rules] = {
    "openai": Rules(),
    "relay": Rules(refusals=_NEW_API_REFUSALS),
    "new-api": Rules(
        refusals=_NEW_API_REFUSALS, gateway=True, routes={("GET", "/v1/models"): _models.list_models_new_api}
    ),
}


def rules_of(profile: str) -> Rules:
    """The rules of `profile`, or ValueError when it is none of `PROFILES`."""
    if profile not in _RULES:
        raise ValueError(f"profile must be one of {', '.join(map(repr, PROFILES))}, not {profile!r}")
    return _RULES[profile]
