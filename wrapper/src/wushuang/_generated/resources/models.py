# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""``client.models``: its resource classes (sync and async, and their response variants)."""

from __future__ import annotations

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
from wushuang._generated.operations import models as _ops

if TYPE_CHECKING:
    from typing import Never

    from wushuang._generated import models


class Models(SyncAPIResource):
    """``client.models``."""

    @cached_property
    def with_raw_response(self) -> ModelsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return ModelsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ModelsWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return ModelsWithStreamingResponse(self)

    def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.ListModelsResponse:
        """List models.

        The models the key may call, each with its `id` and `owned_by`. Relays of the new-api family answer
        `{success: true, data: [...]}` without `object: list`, and add each model's `supported_endpoint_types`;
        the list follows the key's group and model limits, so it can differ between keys of one account.

        ``GET /v1/models``

        Args:
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.ListModelsResponse.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.list, unknown)
        args: dict[str, object] = {}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.ListModelsResponse", self._call(_ops.LIST_MODELS, args, options))

    def retrieve(
        self,
        model: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.Model:
        """Retrieve a model.

        One model by its ID, with `created` and `owned_by`; an ID the relay does not serve is answered 404.

        ``GET /v1/models/{model}``

        Args:
            model (str): The ID of the model.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.Model.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.retrieve, unknown)
        args: dict[str, object] = {"model": model}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.Model", self._call(_ops.RETRIEVE_MODEL, args, options))


class ModelsWithRawResponse:
    """``client.models.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: Models) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)


class ModelsWithStreamingResponse:
    """``client.models.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: Models) -> None:
        self._resource = resource
        self.list = to_streamed_response(resource.list)
        self.retrieve = to_streamed_response(resource.retrieve)


class AsyncModels(AsyncAPIResource):
    """``client.models`` (async)."""

    @cached_property
    def with_raw_response(self) -> AsyncModelsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return AsyncModelsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncModelsWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return AsyncModelsWithStreamingResponse(self)

    async def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.ListModelsResponse:
        """List models.

        The models the key may call, each with its `id` and `owned_by`. Relays of the new-api family answer
        `{success: true, data: [...]}` without `object: list`, and add each model's `supported_endpoint_types`;
        the list follows the key's group and model limits, so it can differ between keys of one account.

        ``GET /v1/models``

        Args:
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.ListModelsResponse.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.list, unknown)
        args: dict[str, object] = {}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.ListModelsResponse", await self._call(_ops.LIST_MODELS, args, options))

    async def retrieve(
        self,
        model: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.Model:
        """Retrieve a model.

        One model by its ID, with `created` and `owned_by`; an ID the relay does not serve is answered 404.

        ``GET /v1/models/{model}``

        Args:
            model (str): The ID of the model.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.Model.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.retrieve, unknown)
        args: dict[str, object] = {"model": model}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.Model", await self._call(_ops.RETRIEVE_MODEL, args, options))


class AsyncModelsWithRawResponse:
    """``client.models.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncModels) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.retrieve = async_to_raw_response(resource.retrieve)


class AsyncModelsWithStreamingResponse:
    """``client.models.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: AsyncModels) -> None:
        self._resource = resource
        self.list = async_to_streamed_response(resource.list)
        self.retrieve = async_to_streamed_response(resource.retrieve)
