# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""``client.billing``: its resource classes (sync and async, and their response variants)."""

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
from wushuang._generated.operations import billing as _ops

if TYPE_CHECKING:
    from typing import Never

    from wushuang._generated import models


class Billing(SyncAPIResource):
    """``client.billing``."""

    @cached_property
    def with_raw_response(self) -> BillingWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return BillingWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BillingWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return BillingWithStreamingResponse(self)

    def subscription(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.BillingSubscription:
        """Get the key's credit limit.

        The OpenAI dashboard's subscription shape, as new-api and one-api answer it. The limits are the granted amount (remaining plus used) in the deployment's display unit, USD unless the relay's admin chose CNY or tokens; an unlimited key shows 100000000. Whether it is the key's or the whole account's depends on an admin setting. Errors come as HTTP 200 with an `error` object.

        ``GET /v1/dashboard/billing/subscription``

        Args:
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.BillingSubscription.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.subscription, unknown)
        args: dict[str, object] = {}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.BillingSubscription", self._call(_ops.GET_BILLING_SUBSCRIPTION, args, options))

    def usage(
        self,
        *,
        start_date: str | NotGiven = NOT_GIVEN,
        end_date: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.BillingUsage:
        """Get the key's usage.

        What the key (or the account) has used, in hundredths of the display unit (cents of a USD by default). one-api and new-api ignore the date range. Errors come as HTTP 200 with an `error` object.

        ``GET /v1/dashboard/billing/usage``

        Args:
            start_date (str, optional): First day (YYYY-MM-DD), for relays that honour it.
            end_date (str, optional): Day after the last (YYYY-MM-DD), for relays that honour it.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.BillingUsage.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.usage, unknown)
        args: dict[str, object] = {"start_date": start_date, "end_date": end_date}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.BillingUsage", self._call(_ops.GET_BILLING_USAGE, args, options))

    def token_usage(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.TokenUsageResponse:
        """Get the key's own quota.

        The key's quota in the relay's quota units (500,000 units = 1 USD), granted, used and available, and whether it is unlimited (new-api `controller/token.go`). Answers `{code, message, data}`; a refusal is `{success: false, message}`.

        ``GET /api/usage/token``

        Args:
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.TokenUsageResponse.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.token_usage, unknown)
        args: dict[str, object] = {}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.TokenUsageResponse", self._call(_ops.GET_TOKEN_USAGE, args, options))

    def logs(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.TokenLogsResponse:
        """Get the key's call log.

        The key's recent calls with their tokens and quota (new-api `model/log.go`); older builds take the key as `?key=`, which this operation never sends (the key stays in the Authorization header). Answers `{success, message, data}`.

        ``GET /api/log/token``

        Args:
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.TokenLogsResponse.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.logs, unknown)
        args: dict[str, object] = {}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.TokenLogsResponse", self._call(_ops.GET_TOKEN_LOGS, args, options))

    def pricing(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.PricingResponse:
        """Get the relay's price list.

        Each model's price and the group ratios (new-api `model/pricing.go`, `controller/pricing.go`). A model
        with `quota_type` 0 is priced per token: a call costs
        `(prompt_tokens + completion_tokens × completion_ratio) × model_ratio × group_ratio` quota units
        (a `model_ratio` of 1 is 2 USD per million tokens); with `quota_type` 1, `model_price × group_ratio` USD
        per call.

        ``GET /api/pricing``

        Args:
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.PricingResponse.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.pricing, unknown)
        args: dict[str, object] = {}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.PricingResponse", self._call(_ops.GET_PRICING, args, options))


class BillingWithRawResponse:
    """``client.billing.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: Billing) -> None:
        self._resource = resource
        self.subscription = to_raw_response(resource.subscription)
        self.usage = to_raw_response(resource.usage)
        self.token_usage = to_raw_response(resource.token_usage)
        self.logs = to_raw_response(resource.logs)
        self.pricing = to_raw_response(resource.pricing)


class BillingWithStreamingResponse:
    """``client.billing.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: Billing) -> None:
        self._resource = resource
        self.subscription = to_streamed_response(resource.subscription)
        self.usage = to_streamed_response(resource.usage)
        self.token_usage = to_streamed_response(resource.token_usage)
        self.logs = to_streamed_response(resource.logs)
        self.pricing = to_streamed_response(resource.pricing)


class AsyncBilling(AsyncAPIResource):
    """``client.billing`` (async)."""

    @cached_property
    def with_raw_response(self) -> AsyncBillingWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return AsyncBillingWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBillingWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return AsyncBillingWithStreamingResponse(self)

    async def subscription(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.BillingSubscription:
        """Get the key's credit limit.

        The OpenAI dashboard's subscription shape, as new-api and one-api answer it. The limits are the granted amount (remaining plus used) in the deployment's display unit, USD unless the relay's admin chose CNY or tokens; an unlimited key shows 100000000. Whether it is the key's or the whole account's depends on an admin setting. Errors come as HTTP 200 with an `error` object.

        ``GET /v1/dashboard/billing/subscription``

        Args:
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.BillingSubscription.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.subscription, unknown)
        args: dict[str, object] = {}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.BillingSubscription", await self._call(_ops.GET_BILLING_SUBSCRIPTION, args, options))

    async def usage(
        self,
        *,
        start_date: str | NotGiven = NOT_GIVEN,
        end_date: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.BillingUsage:
        """Get the key's usage.

        What the key (or the account) has used, in hundredths of the display unit (cents of a USD by default). one-api and new-api ignore the date range. Errors come as HTTP 200 with an `error` object.

        ``GET /v1/dashboard/billing/usage``

        Args:
            start_date (str, optional): First day (YYYY-MM-DD), for relays that honour it.
            end_date (str, optional): Day after the last (YYYY-MM-DD), for relays that honour it.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.BillingUsage.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.usage, unknown)
        args: dict[str, object] = {"start_date": start_date, "end_date": end_date}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.BillingUsage", await self._call(_ops.GET_BILLING_USAGE, args, options))

    async def token_usage(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.TokenUsageResponse:
        """Get the key's own quota.

        The key's quota in the relay's quota units (500,000 units = 1 USD), granted, used and available, and whether it is unlimited (new-api `controller/token.go`). Answers `{code, message, data}`; a refusal is `{success: false, message}`.

        ``GET /api/usage/token``

        Args:
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.TokenUsageResponse.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.token_usage, unknown)
        args: dict[str, object] = {}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.TokenUsageResponse", await self._call(_ops.GET_TOKEN_USAGE, args, options))

    async def logs(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.TokenLogsResponse:
        """Get the key's call log.

        The key's recent calls with their tokens and quota (new-api `model/log.go`); older builds take the key as `?key=`, which this operation never sends (the key stays in the Authorization header). Answers `{success, message, data}`.

        ``GET /api/log/token``

        Args:
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.TokenLogsResponse.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.logs, unknown)
        args: dict[str, object] = {}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.TokenLogsResponse", await self._call(_ops.GET_TOKEN_LOGS, args, options))

    async def pricing(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.PricingResponse:
        """Get the relay's price list.

        Each model's price and the group ratios (new-api `model/pricing.go`, `controller/pricing.go`). A model
        with `quota_type` 0 is priced per token: a call costs
        `(prompt_tokens + completion_tokens × completion_ratio) × model_ratio × group_ratio` quota units
        (a `model_ratio` of 1 is 2 USD per million tokens); with `quota_type` 1, `model_price × group_ratio` USD
        per call.

        ``GET /api/pricing``

        Args:
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.PricingResponse.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.pricing, unknown)
        args: dict[str, object] = {}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.PricingResponse", await self._call(_ops.GET_PRICING, args, options))


class AsyncBillingWithRawResponse:
    """``client.billing.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncBilling) -> None:
        self._resource = resource
        self.subscription = async_to_raw_response(resource.subscription)
        self.usage = async_to_raw_response(resource.usage)
        self.token_usage = async_to_raw_response(resource.token_usage)
        self.logs = async_to_raw_response(resource.logs)
        self.pricing = async_to_raw_response(resource.pricing)


class AsyncBillingWithStreamingResponse:
    """``client.billing.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: AsyncBilling) -> None:
        self._resource = resource
        self.subscription = async_to_streamed_response(resource.subscription)
        self.usage = async_to_streamed_response(resource.usage)
        self.token_usage = async_to_streamed_response(resource.token_usage)
        self.logs = async_to_streamed_response(resource.logs)
        self.pricing = async_to_streamed_response(resource.pricing)
