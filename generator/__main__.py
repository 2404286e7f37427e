"""Command line: `python -m generator generate [--root DIR] [--spec PATH]`, `python -m generator check ...`,
`python -m generator coverage [--missing]` (how much of today's OpenAI API the spec describes) and
`python -m generator stats` (the generated code's size, and the files a one-line spec change touches).

A mistake in the spec is printed as one line per mistake, `<spec file>: <where> (<operationId>): <what>; <fix>`,
and exits with status 2, as does a failure of one of the generators; neither prints a traceback.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from generator import coverage, stats
from generator.dcg import DcgError
from generator.formatting import FormatError
from generator.opc import OpcError
from generator.pipeline import DEFAULT_SPEC, REPO_ROOT, compare, generate
from generator.spec import SpecError

DIFF_LINES = 200
LISTED_FILES = 40
# The lines that start a traceback, or the next one of a chain.
_TRACEBACK_STARTS = (
    "Traceback (most recent call last):",
    "The above exception was the direct cause",
    "During handling of the above exception",
)


def main(argv: list[str] | None = None) -> int:
    """Run one command; exit status 0 on success, 1 when `check` finds differences, 2 on any failure."""
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    for name, help_text in (
        ("generate", "regenerate every generated tree from the spec"),
        ("check", "fail (exit 1, with a diff) when the committed generated trees differ from a fresh generation"),
    ):
        command = commands.add_parser(name, help=help_text)
        command.add_argument(
            "--root", type=Path, default=REPO_ROOT, help="folder the generated trees live in (the repository)"
        )
        command.add_argument("--spec", type=Path, default=DEFAULT_SPEC, help="the OpenAPI 3.1 spec to read")
    coverage.add_arguments(
        commands.add_parser("coverage", help="the share of today's OpenAI request and response fields the spec has")
    )
    stats.add_arguments(
        commands.add_parser("stats", help="generated lines per operation, the largest files, a one-line change's reach")
    )
    args = parser.parse_args(argv)
    if args.command == "coverage":
        return coverage.run(args)
    if args.command == "stats":
        return stats.run(args)
    started = time.perf_counter()
    try:
        if args.command == "generate":
            spec, timings, notices = generate(args.root.resolve(), args.spec.resolve())
            for notice in notices:
                print(f"notice: {notice}")
            print(
                f"generated from {args.spec} (sha256 {spec.short_hash}) into {args.root} "
                f"in {time.perf_counter() - started:.1f}s ({timings})"
            )
            return 0
        comparison, notices = compare(args.root.resolve(), args.spec.resolve())
    except SpecError as error:
        shown = _shown(args.spec)
        for line in error.lines():
            print(f"{shown}: {line}", file=sys.stderr)
        return 2
    except (OpcError, DcgError, FormatError) as error:
        print(f"generator: {_without_tracebacks(str(error))}", file=sys.stderr)
        return 2
    for notice in notices:
        print(f"notice: {notice}")
    if comparison.up_to_date:
        print("generated code is up to date")
        return 0
    print(f"generated code is stale: {len(comparison.changed)} file(s) differ from a fresh generation")
    for path in comparison.changed[:LISTED_FILES]:
        print(f"  {path.as_posix()}")
    if len(comparison.changed) > LISTED_FILES:
        print(f"  ... and {len(comparison.changed) - LISTED_FILES} more")
    print()
    sys.stdout.writelines(comparison.diff[:DIFF_LINES])
    if len(comparison.diff) > DIFF_LINES:
        print(f"... ({len(comparison.diff) - DIFF_LINES} more diff lines)")
    print("run `python -m generator generate` (nox -s generate) and commit the result")
    return 1


def _without_tracebacks(report: str) -> str:
    """A tool's report with each Python traceback in it (a tool that crashed) cut down to its last line, the error."""
    kept: list[str] = []
    in_traceback = False
    for line in report.splitlines():
        if line.strip().startswith(_TRACEBACK_STARTS):
            in_traceback = True
        elif in_traceback and not line.startswith((" ", "\t")) and line.strip():
            in_traceback = False  # the exception line that ends the traceback
            kept.append(line)
        elif not in_traceback:
            kept.append(line)
    return "\n".join(kept)


def _shown(path: Path) -> str:
    """The spec's path as the author would write it: relative to the working directory when below it."""
    absolute = path.resolve()
    return str(absolute.relative_to(Path.cwd())) if absolute.is_relative_to(Path.cwd()) else str(path)


if __name__ == "__main__":
    sys.exit(main())
