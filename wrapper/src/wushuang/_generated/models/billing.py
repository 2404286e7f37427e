# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""Response, chunk and error models (msgspec Structs), one per component schema of the spec: those of the billing resource."""

from typing import Annotated, Any

from msgspec import Meta

from wushuang._billing import ModelPricingFields as _ModelPricingFields
from wushuang._billing import PricingFields as _PricingFields
from wushuang._billing import SubscriptionFields as _SubscriptionFields
from wushuang._billing import TokenLogFields as _TokenLogFields
from wushuang._billing import TokenUsageFields as _TokenUsageFields
from wushuang._billing import UsageFields as _UsageFields
from wushuang._core.model import ABSENT as _ABSENT
from wushuang._core.model import Model as _Model


class BillingSubscription(_SubscriptionFields, kw_only=True):
    object: str | None = None
    has_payment_method: bool | None = None
    soft_limit_usd: float | None = None
    hard_limit_usd: (
        Annotated[float, Meta(description="Remaining plus used; 100000000 for an unlimited key.")] | None
    ) = None
    system_hard_limit_usd: float | None = None
    access_until: Annotated[int, Meta(description="Expiry, epoch seconds; 0: never.")] | None = None


class BillingUsage(_UsageFields, kw_only=True):
    object: str | None = None
    total_usage: Annotated[float, Meta(description="Used")] | None = None


class TokenUsage(_TokenUsageFields, kw_only=True):
    object: str | None = None
    name: str | None = None
    total_granted: int | None = None
    total_used: int | None = None
    total_available: int | None = None
    unlimited_quota: bool | None = None
    model_limits: Annotated[dict[str, Any], Meta(description="The models the key may use")] | None = None
    model_limits_enabled: bool | None = None
    expires_at: Annotated[int, Meta(description="Expiry, epoch seconds; 0: never.")] | None = None


class TokenUsageResponse(_Model, kw_only=True):
    code: bool | None = None
    success: bool | None = None
    message: str | None = None
    data: TokenUsage | None = None


class TokenLog(_TokenLogFields, kw_only=True):
    id: int | None = None
    created_at: Annotated[int, Meta(description="Epoch seconds.")] | None = None
    type: Annotated[int, Meta(description="1 top-up, 2 consumption, 3 management, 4 system, 5 error.")] | None = None
    content: str | None = None
    token_name: str | None = None
    model_name: str | None = None
    quota: int | None = None
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    use_time: Annotated[int, Meta(description="Seconds.")] | None = None
    is_stream: bool | None = None
    group: str | None = None
    other: Annotated[str, Meta(description="The pricing details of the call")] | None = None


class TokenLogsResponse(_Model, kw_only=True):
    success: bool | None = None
    message: str | None = None
    data: list[TokenLog] | None = None


class ModelPricing(_ModelPricingFields, kw_only=True):
    model_name: str = _ABSENT
    quota_type: (
        Annotated[int, Meta(description="0: per token (model_ratio, completion_ratio); 1: per call (model_price).")]
        | None
    ) = None
    model_ratio: Annotated[float, Meta(description="Input price: 1 is 2 USD per million tokens.")] | None = None
    model_price: Annotated[float, Meta(description="USD per call")] | None = None
    completion_ratio: Annotated[float, Meta(description="Output price as a multiple of the input price.")] | None = None
    owner_by: str | None = None
    description: str | None = None
    tags: str | None = None
    enable_groups: list[str] | None = None
    supported_endpoint_types: list[str] | None = None


class PricingResponse(_PricingFields, kw_only=True):
    success: bool | None = None
    message: str | None = None
    data: list[ModelPricing] | None = None
    group_ratio: Annotated[dict[str, float], Meta(description="Each group's price multiplier.")] | None = None
    usable_group: (
        Annotated[dict[str, str], Meta(description="The groups the caller may use, with their descriptions.")] | None
    ) = None


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


for _name in __all__:
    globals()[_name].__module__ = "wushuang.types"
