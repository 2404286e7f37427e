"""``wushuang balance``, ``wushuang usage`` and ``wushuang pricing [MODEL]``: the key's money and the relay's prices.

Amounts show in USD and in the relay's quota units (500,000 units = 1 USD). Nothing about the key itself (not
even its name) is printed: only numbers and model names.
"""

from __future__ import annotations

from typing import Any

import click

from wushuang._billing import QUOTA_PER_USD
from wushuang._cli._common import client, settings, show

__all__ = ["balance", "pricing", "usage"]


def _money(quota: float | None) -> str:
    if quota is None:
        return "unknown"
    return f"{quota / QUOTA_PER_USD:.6f} USD ({quota:,.0f} quota units)"


@click.command()
def balance() -> None:
    """The key's quota: granted, used and available (from the relay's /api/usage/token, or on relays without it,
    such as one-api, from the dashboard's subscription and usage)."""
    from wushuang._core.errors import NotFoundError

    sdk = client()
    try:
        data = sdk.billing.token_usage().data
    except NotFoundError:  # 404, or 501 not implemented: the dashboard's view of the same numbers
        data = None
        unlimited, granted, used = _from_dashboard(sdk)
    else:
        if data is None:
            raise click.ClickException("the relay answered no quota for this key")
        unlimited, granted, used = data.unlimited, data.total_granted, data.total_used
    available = None if unlimited or granted is None or used is None else granted - used
    if settings().json:
        show(
            {
                "unlimited": unlimited,
                "granted_quota": None if unlimited else granted,
                "used_quota": used,
                "available_quota": available,
                "granted_usd": None if unlimited or granted is None else granted / QUOTA_PER_USD,
                "used_usd": None if used is None else used / QUOTA_PER_USD,
                "available_usd": None if available is None else available / QUOTA_PER_USD,
                "expires_at": None if data is None else data.expires_at,
            }
        )
        return
    click.echo(f"used:      {_money(used)}")
    if unlimited:
        click.echo("available: unlimited")
        return
    click.echo(f"granted:   {_money(granted)}")
    click.echo(f"available: {_money(available)}")


def _from_dashboard(sdk: Any) -> tuple[bool, int | None, int | None]:
    """(unlimited, granted, used) in quota units, from /v1/dashboard/billing/subscription and usage."""
    subscription, usage = sdk.billing.subscription(), sdk.billing.usage()
    return subscription.unlimited, subscription.limit_quota, usage.usage_quota


@click.command()
@click.option(
    "-n", "--limit", type=click.IntRange(min=0), default=10, show_default=True, help="Calls of the log shown."
)
def usage(limit: int) -> None:
    """What the key has used (/v1/dashboard/billing/usage), and its last calls (/api/log/token)."""
    sdk = client()
    total = sdk.billing.usage()
    logs = (sdk.billing.logs().data or [])[:limit] if limit else []
    if settings().json:
        calls = [
            {key: getattr(log, key) for key in ("created_at", "model_name", "prompt_tokens", "completion_tokens")}
            | {"quota": log.quota, "usd": log.usd}
            for log in logs
        ]
        show({"usage_usd": total.usage_usd, "usage_quota": total.usage_quota, "calls": calls})
        return
    click.echo(f"used: {_money(total.usage_quota)}")
    for log in logs:
        tokens = f"{log.prompt_tokens or 0}+{log.completion_tokens or 0} tokens"
        click.echo(f"  {log.created_at}  {log.model_name}  {tokens}  {_money(log.quota)}")


@click.command()
@click.argument("model", required=False)
@click.option("-g", "--group", default="default", show_default=True, help="The group whose price ratio applies.")
def pricing(model: str | None, group: str) -> None:
    """The relay's prices in USD per million tokens (or per call), for every model or for MODEL."""
    prices = client().billing.pricing()
    try:
        ratio = prices.group_ratio_of(group)
        items = [prices.price(model)] if model is not None else list(prices.data or [])
    except LookupError as exc:
        raise click.ClickException(str(exc.args[0])) from None
    rows = [_row(item, ratio) for item in items]
    if settings().json:
        show(rows[0] if model is not None else rows)
        return
    for item, row in zip(items, rows, strict=True):
        if item.per_call:
            click.echo(f"{row['model']}  {_usd(row['per_call_usd'])} USD per call")
        else:
            click.echo(
                f"{row['model']}  in {_usd(row['input_usd_per_million'])}  out {_usd(row['output_usd_per_million'])}"
                " USD per million tokens"
            )


def _usd(value: float | None) -> str:
    """An amount as printed: ``unknown`` when the price list leaves it out."""
    return "unknown" if value is None else f"{value:.6g}"


def _row(item: Any, ratio: float) -> dict[str, Any]:
    """One model's prices in USD, the group ratio applied (None where the price list leaves a price out)."""
    per_million = (item.input_usd_per_million, item.output_usd_per_million)
    price = getattr(item, "model_price", None)
    return {
        "model": item.model_name,
        "per_call_usd": price * ratio if item.per_call and isinstance(price, int | float) else None,
        "input_usd_per_million": None if per_million[0] is None else per_million[0] * ratio,
        "output_usd_per_million": None if per_million[1] is None else per_million[1] * ratio,
    }
