"""``wushuang batch``: batch commands of the command line (also ``python -m wushuang.batch``).

The client is configured by the root options of ``wushuang`` (``--api-key``, ``--base-url``, ``--timeout``,
``--max-retries``), else from the environment (``WUSHUANG_API_KEY``, ``WUSHUANG_BASE_URL``). Exit codes of ``run``:
0 when every line succeeded, 1 when some failed, 2 on bad input or arguments, 3 without an API key (both before
anything is sent).
"""

from __future__ import annotations

import asyncio

import click

from wushuang._cli._common import Group, new_client
from wushuang.batch._checkpoint import BatchOutputError
from wushuang.batch._format import BatchInputError
from wushuang.batch._runner import BatchSummary, run_batch_async

__all__ = ["batch"]

EXIT_FAILED = 1
EXIT_BAD_INPUT = 2


@click.group(cls=Group)
def batch() -> None:
    """Run OpenAI Batch API files through the relay, rate-limited and resumable."""


@batch.command()
@click.argument("input_path", metavar="IN", type=click.Path(exists=True, dir_okay=False))
@click.option("-o", "--output", "output_path", required=True, type=click.Path(dir_okay=False), help="Output file.")
@click.option("--concurrency", default=64, show_default=True, type=click.IntRange(min=1), help="Requests in flight.")
@click.option("--rpm", type=click.FloatRange(min=0, min_open=True), help="Requests per minute at most.")
@click.option("--tpm", type=click.FloatRange(min=0, min_open=True), help="Tokens per minute at most (estimated).")
@click.option("--resend", is_flag=True, help="Send again the lines a stopped run may have sent (no maybe_sent).")
@click.option("--skip-invalid", is_flag=True, help="Run the valid lines; give the invalid ones error records.")
@click.option("--progress/--no-progress", default=None, help="Progress bar on stderr [default: when a terminal].")
@click.option(
    "--budget-usd",
    type=click.FloatRange(min=0, min_open=True),
    help="Stop sending once the estimated spend reaches this many USD (from the relay's price list).",
)
def run(
    input_path: str,
    output_path: str,
    concurrency: int,
    rpm: float | None,
    tpm: float | None,
    resend: bool,
    skip_invalid: bool,
    progress: bool | None,
    budget_usd: float | None,
) -> None:
    """Run the batch file IN into the output file; run it again to resume after any stop.

    IN has one request per line ({"custom_id", "method", "url", "body"}, as OpenAI's Batch API); each line of the
    output is its result ({"id", "custom_id", "response", "error"}). With --budget-usd, the spend (estimated from
    the relay's price list) shows on the progress line and in the summary, and the run stops once it reaches the
    budget; run it again with a larger budget to finish the remaining lines.
    """
    from wushuang._core.client import AsyncWushuang
    from wushuang._core.errors import BudgetExceededError

    async def main() -> BatchSummary:
        async with new_client(AsyncWushuang, budget_usd=budget_usd) as client:
            return await run_batch_async(
                input_path,
                output_path,
                client=client,
                concurrency=concurrency,
                rpm=rpm,
                tpm=tpm,
                resend=resend,
                skip_invalid=skip_invalid,
                progress=progress,
            )

    try:
        summary = asyncio.run(main())
    except (BatchInputError, BatchOutputError) as exc:
        click.echo(f"error: {exc}", err=True)
        if isinstance(exc, BatchInputError):
            click.echo("Nothing was sent; fix the lines, or run with --skip-invalid.", err=True)
        raise SystemExit(EXIT_BAD_INPUT) from None
    except BudgetExceededError as exc:
        click.echo(f"error: {exc}", err=True)
        click.echo("Run the same command again with a larger --budget-usd to finish the remaining lines.", err=True)
        raise SystemExit(EXIT_FAILED) from None
    except KeyboardInterrupt:
        click.echo("\nInterrupted: run the same command again to finish the remaining lines.", err=True)
        raise SystemExit(130) from None
    click.echo(summary)
    if not summary.ok:
        raise SystemExit(EXIT_FAILED)
