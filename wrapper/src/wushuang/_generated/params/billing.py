# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""Request parameter types (TypedDicts keyed by wire names), one per component schema: those of the billing resource."""

from __future__ import annotations

from typing import Any, NotRequired, TypedDict


class BillingSubscription(TypedDict):
    object: NotRequired[str]
    has_payment_method: NotRequired[bool]
    soft_limit_usd: NotRequired[float]
    hard_limit_usd: NotRequired[float]
    system_hard_limit_usd: NotRequired[float]
    access_until: NotRequired[int]


class BillingUsage(TypedDict):
    object: NotRequired[str]
    total_usage: NotRequired[float]


class TokenUsage(TypedDict):
    object: NotRequired[str]
    name: NotRequired[str]
    total_granted: NotRequired[int]
    total_used: NotRequired[int]
    total_available: NotRequired[int]
    unlimited_quota: NotRequired[bool]
    model_limits: NotRequired[dict[str, Any]]
    model_limits_enabled: NotRequired[bool]
    expires_at: NotRequired[int]


class TokenUsageResponse(TypedDict):
    code: NotRequired[bool]
    success: NotRequired[bool]
    message: NotRequired[str]
    data: NotRequired[TokenUsage | None]


class TokenLog(TypedDict):
    id: NotRequired[int]
    created_at: NotRequired[int]
    type: NotRequired[int]
    content: NotRequired[str]
    token_name: NotRequired[str]
    model_name: NotRequired[str]
    quota: NotRequired[int]
    prompt_tokens: NotRequired[int]
    completion_tokens: NotRequired[int]
    use_time: NotRequired[int]
    is_stream: NotRequired[bool]
    group: NotRequired[str]
    other: NotRequired[str]


class TokenLogsResponse(TypedDict):
    success: NotRequired[bool]
    message: NotRequired[str]
    data: NotRequired[list[TokenLog] | None]


class ModelPricing(TypedDict):
    model_name: str
    quota_type: NotRequired[int]
    model_ratio: NotRequired[float]
    model_price: NotRequired[float]
    completion_ratio: NotRequired[float]
    owner_by: NotRequired[str]
    description: NotRequired[str]
    tags: NotRequired[str]
    enable_groups: NotRequired[list[str] | None]
    supported_endpoint_types: NotRequired[list[str] | None]


class PricingResponse(TypedDict):
    success: NotRequired[bool]
    message: NotRequired[str]
    data: NotRequired[list[ModelPricing] | None]
    group_ratio: NotRequired[dict[str, float] | None]
    usable_group: NotRequired[dict[str, str] | None]


__all__ = [
    "BillingSubscription",
    "BillingUsage",
    "ModelPricing",
    "PricingResponse",
    "TokenLog",
    "TokenLogsResponse",
    "TokenUsage",
    "TokenUsageResponse",
]
