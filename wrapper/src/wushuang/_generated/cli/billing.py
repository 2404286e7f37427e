# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""The commands of ``wushuang api`` for ``client.billing`` (see ``wushuang._generated.cli``)."""

from __future__ import annotations

COMMANDS: dict[str, tuple[str, str, str, bool, bool, tuple[tuple[str, str, bool, str, tuple[str, ...]], ...]]] = {
    "billing.subscription": (
        "getBillingSubscription",
        "Get the key's credit limit",
        "The OpenAI dashboard's subscription shape, as new-api and one-api answer it. The limits are the granted amount (remaining plus used) in the deployment's display unit, USD unless the relay's admin chose CNY or tokens; an unlimited key shows 100000000. Whether it is the key's or the whole account's depends on an admin setting. Errors come as HTTP 200 with an `error` object.",
        False,
        False,
        (),
    ),
    "billing.usage": (
        "getBillingUsage",
        "Get the key's usage",
        "What the key (or the account) has used, in hundredths of the display unit (cents of a USD by default). one-api and new-api ignore the date range. Errors come as HTTP 200 with an `error` object.",
        False,
        False,
        (
            ("start_date", "str", False, "First day (YYYY-MM-DD), for relays that honour it.", ()),
            ("end_date", "str", False, "Day after the last (YYYY-MM-DD), for relays that honour it.", ()),
        ),
    ),
    "billing.token_usage": (
        "getTokenUsage",
        "Get the key's own quota",
        "The key's quota in the relay's quota units (500,000 units = 1 USD), granted, used and available, and whether it is unlimited (new-api `controller/token.go`). Answers `{code, message, data}`; a refusal is `{success: false, message}`.",
        False,
        False,
        (),
    ),
    "billing.logs": (
        "getTokenLogs",
        "Get the key's call log",
        "The key's recent calls with their tokens and quota (new-api `model/log.go`); older builds take the key as `?key=`, which this operation never sends (the key stays in the Authorization header). Answers `{success, message, data}`.",
        False,
        False,
        (),
    ),
    "billing.pricing": (
        "getPricing",
        "Get the relay's price list",
        "Each model's price and the group ratios (new-api `model/pricing.go`, `controller/pricing.go`). A model with `quota_type` 0 is priced per token: a call costs `(prompt_tokens + completion_tokens × completion_ratio) × model_ratio × group_ratio` quota units (a `model_ratio` of 1 is 2 USD per million tokens); with `quota_type` 1, `model_price × group_ratio` USD per call.",
        False,
        False,
        (),
    ),
}
