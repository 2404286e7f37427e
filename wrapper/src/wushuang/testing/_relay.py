"""Profiles: which operations the emulated relay routes at all.

The default profile, `openai`, serves every operation of the spec, as OpenAI does. The `relay` profile answers
like a relay of the new-api (one-api) family, which routes neither the Assistants nor the fine-tuning API and
registers the files API and image edits and variations only to refuse them:

- a path under `/v1/assistants`, `/v1/threads` or `/v1/fine_tuning` has no route: gin answers HTTP 404 with
  its plain-text `404 page not found`, before any key is checked;
- a path under `/v1/files`, or `/v1/images/edits` or `/v1/images/variations`, is routed to new-api's "not
  implemented" handler behind the key check: HTTP 501 `api_not_implemented`.

The app asks `refusal(profile, path)` before it dispatches a request.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from starlette.responses import JSONResponse, PlainTextResponse, Response

__all__ = ["DEFAULT_PROFILE", "PROFILES", "Profile", "Refusal", "check_profile", "refusal"]

Profile = Literal["openai", "relay"]
PROFILES: tuple[Profile, ...] = ("openai", "relay")
DEFAULT_PROFILE: Profile = "openai"


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


#: profile -> what it refuses.
_REFUSALS: dict[str, tuple[Refusal, ...]] = {
    "openai": (),
    "relay": (
        Refusal(("/v1/assistants", "/v1/threads", "/v1/fine_tuning"), 404, after_auth=False),
        Refusal(("/v1/files", "/v1/images/edits", "/v1/images/variations"), 501, after_auth=True),
    ),
}


def check_profile(profile: str) -> str:
    """The profile, or ValueError when it is none of `PROFILES`."""
    if profile not in PROFILES:
        raise ValueError(f"profile must be one of {', '.join(map(repr, PROFILES))}, not {profile!r}")
    return profile


def refusal(profile: str, path: str) -> Refusal | None:
    """How the profile refuses `path`, or None when it routes it as the spec says."""
    for candidate in _REFUSALS[profile]:
        if any(path == prefix or path.startswith(prefix + "/") for prefix in candidate.prefixes):
            return candidate
    return None
