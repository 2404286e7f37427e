"""Balance, usage and prices as relays of the new-api / one-api family answer them, in quota units and in USD.

The relay counts money in quota units: 500,000 units are 1 USD (new-api ``common.QuotaPerUnit``). The billing
answers use three units: the key's own quota and its call log are in quota units, the dashboard's subscription in
USD (``*_usd``) and its usage in hundredths of a USD. Each model here has read-only properties giving the other
unit beside the wire's value (``x-sdk-base`` in the spec), and ``to_usd`` converts any amount by the unit's name.

The ``/api/*`` routes wrap their answer in ``{success | code, message, data}`` and refuse with ``success: false``:
the ``new_api`` envelope (``x-sdk.envelope``) raises ``BillingError`` for that, in the relay's words. The dashboard
routes refuse with an HTTP 200 ``{"error": {...}}`` body, raised as the error it describes, as for any operation.
"""

from __future__ import annotations

import math
from typing import Any, Literal

from wushuang._core.behaviours import register
from wushuang._core.errors import BillingError
from wushuang._core.model import Model

__all__ = [
    "QUOTA_PER_USD",
    "UNLIMITED_USD",
    "ModelPricingFields",
    "PricingFields",
    "SubscriptionFields",
    "TokenLogFields",
    "TokenUsageFields",
    "UsageFields",
    "to_usd",
]

QUOTA_PER_USD = 500_000
# What the dashboard's subscription shows as the limit of a key with unlimited quota (new-api controller/billing.go).
UNLIMITED_USD = 100_000_000
Unit = Literal["quota", "usd", "cents"]
_USD_PER_UNIT: dict[str, float] = {"quota": 1 / QUOTA_PER_USD, "usd": 1.0, "cents": 0.01}


def to_usd(amount: float, unit: Unit) -> float:
    """``amount`` in USD: ``unit`` is ``"quota"`` (the relay's units, 500,000 per USD), ``"usd"`` or ``"cents"``
    (the dashboard usage's hundredths). Raises ``ValueError`` naming an unknown unit or an amount that is not a
    finite number."""
    factor = _USD_PER_UNIT.get(unit) if isinstance(unit, str) else None
    if factor is None:
        raise ValueError(f"unknown unit {unit!r}: use one of {', '.join(_USD_PER_UNIT)}")
    if isinstance(amount, bool) or not isinstance(amount, int | float) or not math.isfinite(amount):
        raise ValueError(f"amount must be a finite number, got {amount!r}")
    return amount * factor


class _Envelope:
    def refused(self, body: bytes) -> bool:
        """A billing query is never refused for now only: nothing to send again."""
        return False

    def check(self, decoded: Any) -> None:
        """Raise ``BillingError`` for ``{success: false}`` or ``{code: false}`` (a 200 ``{"error": {...}}`` is raised
        as the error it describes before this)."""
        if getattr(decoded, "success", None) is False or getattr(decoded, "code", None) is False:
            raise BillingError(str(getattr(decoded, "message", None) or ""))


NEW_API = register("envelope", "new_api", _Envelope())


def _usd(quota: Any) -> float | None:
    return quota / QUOTA_PER_USD if isinstance(quota, int | float) and not isinstance(quota, bool) else None


class SubscriptionFields(Model, kw_only=True):
    """Derived views of the dashboard's credit limit (``hard_limit_usd``, remaining plus used)."""

    @property
    def unlimited(self) -> bool:
        """Whether the key has unlimited quota (the relay then shows a limit of 100,000,000)."""
        return (getattr(self, "hard_limit_usd", None) or 0) >= UNLIMITED_USD

    @property
    def limit_quota(self) -> int | None:
        """The limit in quota units; None when unknown or unlimited."""
        limit = getattr(self, "hard_limit_usd", None)
        return None if limit is None or self.unlimited else round(limit * QUOTA_PER_USD)


class UsageFields(Model, kw_only=True):
    """Derived views of the dashboard's usage (``total_usage``, in hundredths of a USD)."""

    @property
    def usage_usd(self) -> float | None:
        """What was used, in USD."""
        total = getattr(self, "total_usage", None)
        return None if total is None else to_usd(total, "cents")

    @property
    def usage_quota(self) -> int | None:
        """What was used, in quota units."""
        usd = self.usage_usd
        return None if usd is None else round(usd * QUOTA_PER_USD)


class TokenUsageFields(Model, kw_only=True):
    """Derived views of a key's quota (quota units on the wire)."""

    @property
    def unlimited(self) -> bool:
        """Whether the key has unlimited quota (its ``total_available`` then means nothing)."""
        return bool(getattr(self, "unlimited_quota", False))

    @property
    def granted_usd(self) -> float | None:
        """``total_granted`` in USD; None for an unlimited key."""
        return None if self.unlimited else _usd(getattr(self, "total_granted", None))

    @property
    def used_usd(self) -> float | None:
        """``total_used`` in USD."""
        return _usd(getattr(self, "total_used", None))

    @property
    def available_usd(self) -> float | None:
        """``total_available`` in USD; None for an unlimited key."""
        return None if self.unlimited else _usd(getattr(self, "total_available", None))


class TokenLogFields(Model, kw_only=True):
    """Derived views of a call in the key's log."""

    @property
    def usd(self) -> float | None:
        """What the call cost (``quota``) in USD."""
        return _usd(getattr(self, "quota", None))


class ModelPricingFields(Model, kw_only=True):
    """A model's price in USD, derived from new-api's ratios."""

    @property
    def per_call(self) -> bool:
        """Whether the model is priced per call (``quota_type`` 1) rather than per token."""
        return getattr(self, "quota_type", 0) == 1

    @property
    def input_usd_per_million(self) -> float | None:
        """USD per million prompt tokens, before the group ratio; None for a per-call model."""
        ratio = getattr(self, "model_ratio", None)
        return None if self.per_call or ratio is None else ratio * 1_000_000 / QUOTA_PER_USD

    @property
    def output_usd_per_million(self) -> float | None:
        """USD per million completion tokens, before the group ratio; None for a per-call model."""
        base = self.input_usd_per_million
        completion = getattr(self, "completion_ratio", None)
        return None if base is None else base * (1.0 if completion is None else completion)

    def quota(self, prompt_tokens: int, completion_tokens: int, *, group_ratio: float = 1.0) -> float:
        """What a call costs in quota units, as the relay charges it: per token,
        ``(prompt + completion × completion_ratio) × model_ratio × group_ratio``; per call,
        ``model_price × group_ratio`` USD. Raises ``ValueError`` for a price the list leaves out."""
        name = getattr(self, "model_name", "?")
        if self.per_call:
            price = getattr(self, "model_price", None)
            if not isinstance(price, int | float):
                raise ValueError(f"the price list gives model {name!r} no model_price")
            return price * group_ratio * QUOTA_PER_USD
        ratio = getattr(self, "model_ratio", None)
        if not isinstance(ratio, int | float):
            raise ValueError(f"the price list gives model {name!r} no model_ratio")
        completion = getattr(self, "completion_ratio", None)
        completion = 1.0 if completion is None else completion
        return (prompt_tokens + completion_tokens * completion) * ratio * group_ratio


class PricingFields(Model, kw_only=True):
    """Lookups in the relay's price list."""

    def price(self, model: str) -> Any:
        """The ``ModelPricing`` of ``model``; ``LookupError`` naming it when the list has no such model."""
        for item in getattr(self, "data", None) or ():
            if item.model_name == model:
                return item
        known = [item.model_name for item in getattr(self, "data", None) or ()]
        shown = ", ".join(known[:10]) + (", ..." if len(known) > 10 else "")
        raise LookupError(f"the relay's price list has no model {model!r} (it prices {len(known)}: {shown or 'none'})")

    def group_ratio_of(self, group: str) -> float:
        """The price multiplier of ``group`` (1 when the list gives no group ratios at all); ``LookupError`` naming
        it when the list has ratios but none for that group."""
        ratios = getattr(self, "group_ratio", None)
        if ratios is None:
            return 1.0
        if group not in ratios:
            raise LookupError(f"the relay's price list has no group {group!r} (groups: {', '.join(ratios) or 'none'})")
        return float(ratios[group])

    def cost_usd(self, model: str, prompt_tokens: int, completion_tokens: int, *, group: str = "default") -> float:
        """What a call of ``model`` with those token counts costs in USD, in ``group`` (see
        ``ModelPricing.quota``). ``LookupError`` for an unknown model or group."""
        quota = self.price(model).quota(prompt_tokens, completion_tokens, group_ratio=self.group_ratio_of(group))
        return float(quota) / QUOTA_PER_USD
