# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""The operations of ``client.billing``: what the wrapper's shared machinery needs to call each."""

from wushuang._core.operation import Operation, Param

GET_BILLING_SUBSCRIPTION = Operation(
    operation_id="getBillingSubscription",
    method="GET",
    path="/v1/dashboard/billing/subscription",
    module="wushuang_client.api.billing.get_billing_subscription",
    params=(),
    response_kind="json",
    validator="get_billing_subscription",
    model="BillingSubscription",
    envelope="new_api",
)
GET_BILLING_USAGE = Operation(
    operation_id="getBillingUsage",
    method="GET",
    path="/v1/dashboard/billing/usage",
    module="wushuang_client.api.billing.get_billing_usage",
    params=(
        Param("start_date", "start_date", "query"),
        Param("end_date", "end_date", "query"),
    ),
    response_kind="json",
    validator="get_billing_usage",
    model="BillingUsage",
    envelope="new_api",
)
GET_TOKEN_USAGE = Operation(
    operation_id="getTokenUsage",
    method="GET",
    path="/api/usage/token",
    module="wushuang_client.api.billing.get_token_usage",
    params=(),
    response_kind="json",
    validator="get_token_usage",
    model="TokenUsageResponse",
    envelope="new_api",
)
GET_TOKEN_LOGS = Operation(
    operation_id="getTokenLogs",
    method="GET",
    path="/api/log/token",
    module="wushuang_client.api.billing.get_token_logs",
    params=(),
    response_kind="json",
    validator="get_token_logs",
    model="TokenLogsResponse",
    envelope="new_api",
)
GET_PRICING = Operation(
    operation_id="getPricing",
    method="GET",
    path="/api/pricing",
    module="wushuang_client.api.billing.get_pricing",
    params=(),
    response_kind="json",
    validator="get_pricing",
    model="PricingResponse",
    envelope="new_api",
)

OPERATIONS: dict[str, Operation] = {
    "getBillingSubscription": GET_BILLING_SUBSCRIPTION,
    "getBillingUsage": GET_BILLING_USAGE,
    "getTokenUsage": GET_TOKEN_USAGE,
    "getTokenLogs": GET_TOKEN_LOGS,
    "getPricing": GET_PRICING,
}
