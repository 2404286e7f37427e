"""``wushuang balance``, ``wushuang usage`` and ``wushuang pricing [MODEL]``: the key's money and the relay's prices.

Amounts show in USD and in the relay's quota units (500,000 units = 1 USD). Nothing about the key itself (not
even its name) is printed: only numbers and model names.
"""

from __future__ import annotations

from typing import Any

import click

from wushuang._cli._common import client, settings, show

__all__ = ["balance", "pricing", "usage"]


def _money(quota: float | None) -> str:
    if quota is None:
        return "unknown"
    return f"{quota / 500_000:.6f} USD ({quota:,.0f} quota units)"


@click.command()
def balance() -> None:
    """The key's quota: granted, used and available (from the relay's /api/usage/token)."""
    data = client().billing.token_usage().data
    if data is None:
        raise click.ClickException("the relay answered no quota for this key")
    numbers: dict[str, Any] = {
        "unlimited": data.unlimited,
        "granted_quota": None if data.unlimited else data.total_granted,
        "used_quota": data.total_used,
        "available_quota": None if data.unlimited else data.total_available,
        "granted_usd": data.granted_usd,
        "used_usd": data.used_usd,
        "available_usd": data.available_usd,
        "expires_at": data.expires_at,
    }
    if settings().json:
        show(numbers)
        return
    click.echo(f"used:      {_money(data.total_used)}")
    if data.unlimited:
        click.echo("available: unlimited")
        return
    click.echo(f"granted:   {_money(data.total_granted)}")
    click.echo(f"available: {_money(data.total_available)}")


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
    for row in rows:
        if row["per_call_usd"] is not None:
            click.echo(f"{row['model']}  {row['per_call_usd']:.6g} USD per call")
        else:
            click.echo(
                f"{row['model']}  in {row['input_usd_per_million']:.6g}  out {row['output_usd_per_million']:.6g}"
                " USD per million tokens"
            )


def _row(item: Any, ratio: float) -> dict[str, Any]:
    """One model's prices in USD, the group ratio applied."""
    per_million = (item.input_usd_per_million, item.output_usd_per_million)
    return {
        "model": item.model_name,
        "per_call_usd": item.model_price * ratio if item.per_call else None,
        "input_usd_per_million": None if per_million[0] is None else per_million[0] * ratio,
        "output_usd_per_million": None if per_million[1] is None else per_million[1] * ratio,
    }
