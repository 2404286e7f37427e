"""What the commands share: the root options, the client they call through, and how results are printed.

Everything heavy (the client, msgspec) is imported inside the functions, so ``wushuang --help`` stays light.
"""

from __future__ import annotations

import difflib
import json
import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

import click

if TYPE_CHECKING:
    from wushuang._core.client import AsyncWushuang, Wushuang

AnyClient = TypeVar("AnyClient", "Wushuang", "AsyncWushuang")

__all__ = [
    "Group",
    "NoAPIKeyError",
    "Settings",
    "client",
    "client_arguments",
    "dumps",
    "given",
    "new_client",
    "non_empty",
    "report_saved",
    "save_binary",
    "settings",
    "show",
    "show_stream",
]


class Group(click.Group):
    """A click group that answers a mistyped command with the nearest one (``chta``: did you mean ``chat``?)."""

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        name = args[0] if args else ""
        if name and not name.startswith("-") and not ctx.resilient_parsing and self.get_command(ctx, name) is None:
            near = difflib.get_close_matches(name, self.list_commands(ctx), n=1)
            if near:
                ctx.fail(f"No such command {name!r}. Did you mean {near[0]!r}?")
        return super().resolve_command(ctx, args)


def non_empty(text: str, name: str) -> str:
    """``text``, refused (a usage error, before anything is sent) when it is empty or only blanks."""
    if not text.strip():
        raise click.UsageError(f"{name} is empty: give some text")
    return text


@dataclass(frozen=True)
class Settings:
    """The root options of one run (``None``: the SDK's default)."""

    api_key: str | None = field(repr=False)
    base_url: str | None
    timeout: float | None
    max_retries: int | None
    json: bool


class NoAPIKeyError(click.ClickException):
    """No key on the command line nor in the environment."""

    exit_code = 3


def settings() -> Settings:
    """The root options of the running command."""
    found = click.get_current_context().find_object(Settings)
    return found if found is not None else Settings(None, None, None, None, False)


def client_arguments() -> dict[str, Any]:
    """The arguments of a client configured by the root options (the environment for what they leave out)."""
    options = settings()
    key = options.api_key or os.environ.get("WUSHUANG_API_KEY")
    if not key:
        raise NoAPIKeyError("no API key: pass --api-key KEY or set WUSHUANG_API_KEY")
    arguments: dict[str, Any] = {"api_key": key, "base_url": options.base_url}
    if options.timeout is not None:
        arguments["timeout"] = options.timeout
    if options.max_retries is not None:
        arguments["max_retries"] = options.max_retries
    return arguments


def new_client(kind: type[AnyClient], **options: Any) -> AnyClient:
    """A client of ``kind`` (``Wushuang`` or ``AsyncWushuang``) configured by the root options, plus the command's
    own ``options``. A root option (or ``WUSHUANG_BASE_URL``) the client refuses, such as a ``--base-url`` that is
    not an http(s) URL, is bad input: a usage error (exit status 2), before anything is sent."""
    try:
        return kind(**client_arguments(), **options)
    except (TypeError, ValueError) as exc:
        raise click.UsageError(str(exc)) from exc


def client() -> Wushuang:
    """A client configured by the root options (see ``new_client``), closed when the command ends."""
    from wushuang._core.client import Wushuang

    sdk = new_client(Wushuang)
    click.get_current_context().call_on_close(sdk.close)
    return sdk


def given(**values: Any) -> dict[str, Any]:
    """The options the user set (None: not set), as arguments of an SDK method."""
    return {name: value for name, value in values.items() if value is not None}


def dumps(value: Any, *, compact: bool) -> str:
    """A response object (a model, a page, plain data) as JSON: indented, or on one line."""
    import msgspec

    if hasattr(value, "iter_pages"):  # a page of a list: its body, as the API sent it
        value = value.body
    raw = msgspec.json.encode(value)
    return raw.decode() if compact else msgspec.json.format(raw, indent=2).decode()


def show(value: Any) -> None:
    """Print a result: text as it is, anything else as JSON (compact with ``--json``, text as a JSON string)."""
    if value is None:
        return
    compact = settings().json
    if isinstance(value, str):
        click.echo(json.dumps(value, ensure_ascii=False) if compact else value)
    else:
        click.echo(dumps(value, compact=compact))


def _text(chunk: Any) -> str:
    """The text a stream chunk adds: a chat delta, a completion's text, an assistant message delta."""
    if hasattr(chunk, "event"):
        from wushuang._assistants.stream import _text_of

        return "".join(_text_of(chunk))
    choices = getattr(chunk, "choices", None)
    if not choices:
        return ""
    first = choices[0]
    delta = getattr(first, "delta", None)
    text = getattr(delta, "content", None) if delta is not None else getattr(first, "text", None)
    return text or ""


def show_stream(stream: Iterable[Any]) -> str:
    """Print a stream as it arrives (text deltas; with ``--json`` each chunk as a JSON line); returns the text."""
    compact = settings().json
    pieces: list[str] = []
    for chunk in stream:
        text = _text(chunk)
        pieces.append(text)
        if compact:
            click.echo(dumps(chunk, compact=True))
        else:
            click.echo(text, nl=False)
            sys.stdout.flush()
    if not compact:
        click.echo()
    return "".join(pieces)


def save_binary(response: Any, output: str) -> None:
    """Stream a binary body into ``output`` (``-``: stdout) and name the file written."""
    if output == "-":
        out = sys.stdout.buffer
        for chunk in response.iter_bytes():
            out.write(chunk)
        out.flush()
        return
    size = response.write_to_file(output)
    report_saved([output], [size])


def report_saved(paths: list[str], sizes: list[int]) -> None:
    """Name the files a command wrote: one path a line, or with ``--json`` a list of {path, bytes}."""
    if settings().json:
        click.echo(json.dumps([{"path": str(path), "bytes": size} for path, size in zip(paths, sizes, strict=True)]))
    else:
        for path in paths:
            click.echo(str(path))
