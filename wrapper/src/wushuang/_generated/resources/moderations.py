# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""``client.moderations``: its resource classes (sync and async, and their response variants)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, cast

from wushuang._core.resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_response,
    async_to_streamed_response,
    to_raw_response,
    to_streamed_response,
    unexpected_keyword,
)
from wushuang._core.types import (
    NOT_GIVEN,
    Body,
    Headers,
    NotGiven,
    Query,
    RequestOptions,
    Timeout,
)
from wushuang._generated.operations import moderations as _ops

if TYPE_CHECKING:
    from typing import Never

    from wushuang._generated import models, params


class Moderations(SyncAPIResource):
    """``client.moderations``."""

    @cached_property
    def with_raw_response(self) -> ModerationsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return ModerationsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ModerationsWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return ModerationsWithStreamingResponse(self)

    def create(
        self,
        *,
        input: str | Sequence[str] | Sequence[params.ModerationInputText | params.ModerationInputImage],
        model: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.CreateModerationResponse:
        """Classify whether text is potentially harmful.

        Classifies text (and, with omni moderation, images) against the moderation categories: whether the input
        is `flagged`, each category's verdict and score, and which input types each category applied to. One
        result per input, in the order sent.

        ``POST /v1/moderations``

        Args:
            input (str | list[str] | list[ModerationInputText | ModerationInputImage]): The text, or texts, to classify; for `omni-moderation` models also an array of text and image parts.

                - ``ModerationInputText``: a dict, keys:

                  - ``type`` (Literal['text'], required)
                  - ``text`` (str, required)

                - ``ModerationInputImage``: a dict, keys:

                  - ``type`` (Literal['image_url'], required)
                  - ``image_url`` (dict with ``url`` (str), required)

            model (str, optional): `omni-moderation-latest` (the server's default; text and images), or the text-only `text-moderation-latest` and `text-moderation-stable`.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.CreateModerationResponse.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.create, unknown)
        args: dict[str, object] = {"input": input, "model": model}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.CreateModerationResponse", self._call(_ops.CREATE_MODERATION, args, options))


class ModerationsWithRawResponse:
    """``client.moderations.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: Moderations) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class ModerationsWithStreamingResponse:
    """``client.moderations.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: Moderations) -> None:
        self._resource = resource
        self.create = to_streamed_response(resource.create)


class AsyncModerations(AsyncAPIResource):
    """``client.moderations`` (async)."""

    @cached_property
    def with_raw_response(self) -> AsyncModerationsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return AsyncModerationsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncModerationsWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return AsyncModerationsWithStreamingResponse(self)

    async def create(
        self,
        *,
        input: str | Sequence[str] | Sequence[params.ModerationInputText | params.ModerationInputImage],
        model: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.CreateModerationResponse:
        """Classify whether text is potentially harmful.

        Classifies text (and, with omni moderation, images) against the moderation categories: whether the input
        is `flagged`, each category's verdict and score, and which input types each category applied to. One
        result per input, in the order sent.

        ``POST /v1/moderations``

        Args:
            input (str | list[str] | list[ModerationInputText | ModerationInputImage]): The text, or texts, to classify; for `omni-moderation` models also an array of text and image parts.

                - ``ModerationInputText``: a dict, keys:

                  - ``type`` (Literal['text'], required)
                  - ``text`` (str, required)

                - ``ModerationInputImage``: a dict, keys:

                  - ``type`` (Literal['image_url'], required)
                  - ``image_url`` (dict with ``url`` (str), required)

            model (str, optional): `omni-moderation-latest` (the server's default; text and images), or the text-only `text-moderation-latest` and `text-moderation-stable`.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.CreateModerationResponse.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.create, unknown)
        args: dict[str, object] = {"input": input, "model": model}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.CreateModerationResponse", await self._call(_ops.CREATE_MODERATION, args, options))


class AsyncModerationsWithRawResponse:
    """``client.moderations.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncModerations) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)


class AsyncModerationsWithStreamingResponse:
    """``client.moderations.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: AsyncModerations) -> None:
        self._resource = resource
        self.create = async_to_streamed_response(resource.create)
