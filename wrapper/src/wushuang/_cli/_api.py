"""``wushuang api <name>``: one command per operation of the spec, named by its SDK method path.

The commands are built from the generated table ``wushuang._generated.cli`` (an operation added to the spec is a
command once generated), each only when it runs or is listed, from its resource's module of the table. The call
goes through the ``Wushuang`` method of the same path, so validation, retries and errors are the SDK's. Nested
values are JSON (``@file`` reads it from a file), uploads ``@path``; a value that starts with ``@`` is written
``@@`` (``--prompt @@home`` sends the text "@home"). A stream is printed as it arrives, a binary body written to
``-o FILE``.
"""

from __future__ import annotations

import functools
import importlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeAlias

import click

from wushuang._cli._common import Group, client, save_binary, show, show_stream

__all__ = ["Described", "api", "described"]

# A command as ``wushuang._generated.cli`` describes it: (operation_id, summary, help, stream, binary, options), each
# option (argument, kind, required, help, choices).
Described: TypeAlias = tuple[str, str, str, bool, bool, tuple[tuple[str, str, bool, str, tuple[str, ...]], ...]]


def _json(value: str, *, text: bool) -> Any:
    """A JSON value, or ``@file`` holding one; with ``text`` (the spec allows a string), a value given on the
    command line is the text itself unless it is a JSON array or object (``--prompt 2024`` is the text "2024").
    ``@@`` stands for a leading ``@`` of the value itself (``--prompt @@home`` is the text "@home")."""
    escaped = value.startswith("@@")
    if escaped:
        value = value[1:]
    source = value
    if value.startswith("@") and not escaped:
        try:
            source = Path(value[1:]).read_text(encoding="utf-8")
        except OSError as exc:
            raise click.BadParameter(f"cannot read {value[1:]!r}: {exc.strerror}") from None
    try:
        parsed = json.loads(source)
    except (ValueError, RecursionError) as exc:  # JSONDecodeError; an integer too long; nested too deeply
        if text and source is value:
            return value
        where = f"{exc.msg} at line {exc.lineno} column {exc.colno}" if isinstance(exc, json.JSONDecodeError) else ""
        problem = where or ("nested too deeply" if isinstance(exc, RecursionError) else str(exc))
        raise click.BadParameter(f"not valid JSON ({problem})") from None
    if text and source is value and not isinstance(parsed, list | dict):
        return value
    return parsed


def _upload(value: str) -> Path:
    """A file to upload: ``@path`` (or just the path)."""
    path = Path(value.removeprefix("@"))
    if not path.is_file():
        raise click.BadParameter(f"no such file: {str(path)!r}")
    return path


def _image(value: str) -> Path | str:
    """An image sent as a data URL: ``@path`` of a PNG, JPEG, WebP or GIF, or a data URL as it is."""
    return _upload(value) if value.startswith("@") else value


# kind -> (metavar, conversion of one value) of the kinds that are not a click type
_CONVERSIONS: dict[str, tuple[str, Callable[[str], Any]]] = {
    "json": ("JSON", functools.partial(_json, text=False)),
    "json_or_text": ("JSON|TEXT", functools.partial(_json, text=True)),
    "file": ("@FILE", _upload),
    "image": ("@FILE|DATA_URL", _image),
    "images": ("@FILE|DATA_URL", _image),
}


def _convert(conversion: Callable[[str], Any], ctx: click.Context, param: click.Parameter, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, tuple):
        return [conversion(item) for item in value] or None
    return conversion(value)


def _option(name: str, kind: str, required: bool, help_text: str, choices: tuple[str, ...]) -> click.Option:
    flag = "--" + name.replace("_", "-")
    if kind == "bool":
        return click.Option([f"{flag}/--no-{flag[2:]}", name], default=None, required=required, help=help_text)
    if kind in _CONVERSIONS:
        metavar, conversion = _CONVERSIONS[kind]
        return click.Option(
            [flag, name],
            metavar=metavar,
            required=required,
            multiple=kind == "images",
            callback=functools.partial(_convert, conversion),
            help=help_text,
        )
    types = {"choice": click.Choice(choices), "int": click.INT, "float": click.FLOAT, "str": click.STRING}
    return click.Option([flag, name], type=types[kind], required=required, help=help_text)


def _run(path: str, streams: bool, binary: bool, /, **arguments: Any) -> None:
    output = arguments.pop("output_file", None)
    given = {name: value for name, value in arguments.items() if value is not None and value != ()}
    method: Any = client()
    for part in path.split("."):
        method = getattr(method, part)
    result = method(**given)
    if binary:
        save_binary(result, output)
    elif streams and given.get("stream"):
        with result:
            show_stream(result)
    else:
        show(result)


def described(name: str) -> Described:
    """The generated description of the command at SDK method path ``name`` (see ``wushuang._generated.cli``): only
    its resource's module of the table is loaded. ``KeyError`` for an unknown name."""
    from wushuang._generated.cli import MODULES

    table: dict[str, Described] = importlib.import_module(f"wushuang._generated.cli.{MODULES[name]}").COMMANDS
    return table[name]


def command(name: str) -> click.Command | None:
    """The command of the operation at SDK method path ``name``, or None."""
    from wushuang._generated.cli import MODULES

    if name not in MODULES:
        return None
    _operation_id, summary, help_text, stream, binary, options = described(name)
    params: list[click.Parameter] = [_option(*option) for option in options]
    if binary:
        params.append(
            click.Option(
                ["-o", "--output", "output_file"],
                required=True,
                metavar="FILE",
                help="Where to write the body (-: stdout).",
            )
        )
    return click.Command(
        name,
        params=params,
        callback=functools.partial(_run, name, stream, binary),
        help=f"{summary}.\n\n{help_text}".strip(),
        short_help=summary,
        no_args_is_help=any(option[2] for option in options),
    )


class _Operations(Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        from wushuang._generated.cli import MODULES

        return list(MODULES)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        return command(cmd_name)


@click.group(cls=_Operations)
def api() -> None:
    """Call any operation of the API by its SDK method path, e.g.

    \b
      wushuang api chat.completions.create --model gpt-4o-mini \\
        --messages '[{"role": "user", "content": "Hi"}]'

    Options are the operation's arguments: nested values as JSON (@file reads the JSON from a file), uploads
    as @path; a value that starts with @ is written @@ (--prompt @@home sends the text "@home"). Output is the
    response as JSON; a stream (--stream) is printed as it arrives.
    """
