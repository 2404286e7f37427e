"""``wushuang``: the command line of the SDK (also ``python -m wushuang``), built on click.

Every subcommand lives in its own module, imported only when that command runs or shows its help
(``LazyGroup``), so ``wushuang --help`` loads neither the SDK's resources nor httpx. Errors end the process with
one line on stderr (``error: <message>``) and an exit status that tells their kind (``EXIT_CODES``).
"""

from __future__ import annotations

import importlib
import os
import sys
import warnings
from collections.abc import Sequence
from typing import Any

import click

from wushuang._cli._common import Group, Settings
from wushuang._version import __version__

__all__ = ["EXIT_CODES", "SUBCOMMANDS", "LazyGroup", "cli", "exit_code", "main"]

# name -> ("module:attribute" of the click command, its one-line help, shown without importing the module).
SUBCOMMANDS: dict[str, tuple[str, str]] = {
    "api": ("wushuang._cli._api:api", "Call any operation of the API by its SDK method path."),
    "chat": ("wushuang._cli._commands:chat", "Chat with a model, streamed; -i for a conversation."),
    "complete": ("wushuang._cli._commands:complete", "Complete a prompt (legacy completions), streamed."),
    "models": ("wushuang._cli._commands:models", "List the models, or show one."),
    "embed": ("wushuang._cli._commands:embed", "Embed texts: one vector per line."),
    "image": ("wushuang._cli._commands:image", "Generate images and save them (PNG, JPEG or WebP)."),
    "speak": ("wushuang._cli._commands:speak", "Turn text into speech, saved to a file."),
    "transcribe": ("wushuang._cli._commands:transcribe", "Transcribe an audio file to text."),
    "balance": ("wushuang._cli._billing:balance", "The key's quota: granted, used, available, in USD."),
    "usage": ("wushuang._cli._billing:usage", "What the key has used, and its last calls with their cost."),
    "pricing": ("wushuang._cli._billing:pricing", "The relay's prices per million tokens or per call."),
    "files": ("wushuang._cli._files:files", "Upload, list, download and delete files."),
    "mj": ("wushuang._cli._mj:mj", "Midjourney: imagine, press buttons, describe, blend, wait, download."),
    "batch": ("wushuang.batch._cli:batch", "Run an OpenAI Batch-format JSONL file: rate-limited, resumable."),
    "emulator": ("wushuang._cli._commands:emulator", "Serve the local emulator of the relay (wushuang[testing])."),
    "completion": ("wushuang._cli._commands:completion", "Print the shell completion script (bash, zsh, fish)."),
}

# Exit status -> what it means; an error's status is chosen by `exit_code`.
EXIT_CODES: dict[int, str] = {
    1: "any other error (a file that cannot be read or written, ...)",
    2: "bad input: an argument refused before anything was sent",
    3: "authentication: no API key, or the relay answered 401 / 403",
    4: "rate limited: the relay answered 429 (after the retries)",
    5: "not supported by this relay (the endpoint is not routed)",
    6: "any other error answer: 400, 404, 409, 422, 5xx, an invalid body",
    7: "connection failure or timeout",
    8: "a Midjourney task failed, waits for a modal step, or timed out",
}

_EPILOG = "\b\nExit status:\n" + "\n".join(f"  {code}  {meaning}" for code, meaning in sorted(EXIT_CODES.items()))


def exit_code(exc: BaseException) -> int:
    """The exit status of an error (see ``EXIT_CODES``)."""
    if isinstance(exc, click.ClickException):
        return exc.exit_code
    midjourney = sys.modules.get("wushuang.midjourney._errors")  # likewise: loaded if one was raised
    if midjourney is not None and isinstance(exc, midjourney.MidjourneyError):
        return 8
    errors = sys.modules.get("wushuang._core.errors")  # an SDK error was raised only if the module is loaded
    if errors is not None:
        for kind, code in (
            (errors.InvalidParameterError, 2),
            (errors.AuthenticationError, 3),
            (errors.PermissionDeniedError, 3),
            (errors.RateLimitError, 4),
            (errors.EndpointNotSupportedError, 5),
            (errors.APIStatusError, 6),
            (errors.APIResponseValidationError, 6),
            (errors.APIConnectionError, 7),
            (errors.PollTimeoutError, 7),
        ):
            if isinstance(exc, kind):
                return code
    return 1


def _option_arity(params: list[click.Parameter]) -> dict[str, bool]:
    """Each option string of ``params`` -> whether it takes a value."""
    return {
        flag: not option.is_flag and not option.count
        for option in params
        if isinstance(option, click.Option)
        for flag in (*option.opts, *option.secondary_opts)
    }


def _failure(exc: Exception) -> str:
    """The one line of an error: its message (which counts the retries made before it), with the URL a connection
    failed on (scheme, host, port and path: the key travels in a header; a query or user info may hold secrets)."""
    known = type(exc).__module__.startswith("wushuang") or isinstance(exc, OSError)
    message = (str(exc) if known else f"{type(exc).__name__}: {exc}") or type(exc).__name__
    errors = sys.modules.get("wushuang._core.errors")
    if errors is None or not isinstance(exc, errors.APIConnectionError) or exc.request is None:
        return message
    url = exc.request.url
    return f"{message} (calling {url.scheme}://{url.host}{f':{url.port}' if url.port else ''}{url.path})"


def _load(target: str) -> click.Command:
    module, _, attribute = target.partition(":")
    command = getattr(importlib.import_module(module), attribute)
    if not isinstance(command, click.Command):
        raise TypeError(f"{target} is not a click command")
    return command


class LazyGroup(Group):
    """A click group whose subcommands are imported only when one runs, or its own help is shown.

    The group's help and the shell completion of subcommand names use the one-line help of ``lazy``.
    """

    def __init__(self, *args: Any, lazy: dict[str, tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lazy = lazy
        self.debug = False  # --debug: show an error's traceback

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [*self.lazy, *super().list_commands(ctx)]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.lazy and cmd_name not in self.commands:
            self.commands[cmd_name] = _load(self.lazy[cmd_name][0])
        return super().get_command(ctx, cmd_name)

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        return super().parse_args(ctx, self._root_options_first(ctx, args))

    def _root_options_first(self, ctx: click.Context, args: list[str]) -> list[str]:
        """``args`` with the root options given after the subcommand (``wushuang chat hi --json``) moved before it,
        but for an option of the same name that the subcommand has itself, and past a ``--``."""
        root = _option_arity(self.params)
        index = 0
        while index < len(args) and args[index].startswith("-") and args[index] != "--":
            index += 1 + (root.get(args[index], False) and "=" not in args[index])
        own: dict[str, bool] = {}
        command: click.Command = self
        for name in args[index : index + 2]:  # the subcommand, and a group's own subcommand (`mj imagine`)
            sub = command.get_command(ctx, name) if isinstance(command, click.Group) else None
            if sub is None:
                break
            if sub.context_settings.get("ignore_unknown_options"):  # `emulator` hands its arguments on as they are
                return args
            own |= _option_arity(sub.params)
            command = sub
        front, rest = list(args[:index]), list(args[index:])
        kept: list[str] = []
        while rest:
            token = rest.pop(0)
            flag = token.split("=", 1)[0]
            if token == "--":
                kept += [token, *rest]
                break
            if flag in root and flag not in own:
                front.append(token)
                if root[flag] and "=" not in token:
                    if not rest:
                        ctx.fail(f"Option '{flag}' requires an argument.")
                    front.append(rest.pop(0))
                continue
            kept.append(token)
            if own.get(flag) and "=" not in token and rest:  # an option's value is never taken for a root option
                kept.append(rest.pop(0))
        return front + kept

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, short_help) for name, (_, short_help) in self.lazy.items()]
        rows += [
            (name, command.get_short_help_str()) for name, command in self.commands.items() if name not in self.lazy
        ]
        with formatter.section("Commands"):
            formatter.write_dl(rows)

    def shell_complete(self, ctx: click.Context, incomplete: str) -> list[Any]:
        from click.shell_completion import CompletionItem

        names = [
            CompletionItem(name, help=text) for name, (_, text) in self.lazy.items() if name.startswith(incomplete)
        ]
        return [*names, *click.Command.shell_complete(self, ctx, incomplete)]

    def main(  # type: ignore[override]
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> None:
        """Run the command line; every error ends it with one line on stderr and its exit status."""
        self.debug = False
        try:
            status = super().main(args, prog_name, complete_var or "_WUSHUANG_COMPLETE", standalone_mode=False, **extra)
        except (KeyboardInterrupt, click.Abort):
            click.echo("error: interrupted", err=True)
            sys.exit(130)
        except BrokenPipeError:  # whoever read stdout has gone (`wushuang models | head -1`): stop quietly
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(1)
        except click.UsageError as exc:
            if type(exc).__name__ == "NoArgsIsHelpError":  # click >= 8.2: a command that needs arguments got none
                click.echo(exc.format_message(), err=True)
                sys.exit(exc.exit_code)
            hint = f" (see '{exc.ctx.command_path} --help')" if exc.ctx is not None else ""
            click.echo(f"error: {exc.format_message()}{hint}", err=True)
            sys.exit(exc.exit_code)
        except click.ClickException as exc:
            click.echo(f"error: {exc.format_message()}", err=True)
            sys.exit(exc.exit_code)
        except Exception as exc:  # the SDK's errors (their messages never hold the key), and any other
            if self.debug:
                import traceback

                traceback.print_exc()
            click.echo(f"error: {_failure(exc)}", err=True)
            sys.exit(exit_code(exc))
        sys.exit(status if isinstance(status, int) else 0)


@click.group(
    "wushuang",
    cls=LazyGroup,
    lazy=SUBCOMMANDS,
    epilog=_EPILOG,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.option("--api-key", metavar="KEY", help="The API key (default: $WUSHUANG_API_KEY).")
@click.option("--base-url", metavar="URL", help="The relay's URL (default: $WUSHUANG_BASE_URL, else the 无双 relay).")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), help="Seconds a request may take.")
@click.option("--max-retries", type=click.IntRange(min=0), help="Retries of a failed request (default 2).")
@click.option("--debug", is_flag=True, help="Show an error's traceback and log each request on stderr.")
@click.option("--json", "json_output", is_flag=True, help="Compact JSON for scripts (a stream: one per line).")
@click.version_option(__version__, "-V", "--version", prog_name="wushuang")
@click.pass_context
def cli(
    ctx: click.Context,
    api_key: str | None,
    base_url: str | None,
    timeout: float | None,
    max_retries: int | None,
    debug: bool,
    json_output: bool,
) -> None:
    """The 无双 AI relay from the command line: chat, images, speech, files, Midjourney, and every operation
    of the API (`wushuang api --help`)."""
    ctx.with_resource(warnings.catch_warnings())  # a warning (WUSHUANG_LOG=verbose) as one line, as an error is
    warnings.showwarning = lambda message, *_: click.echo(f"warning: {message}", err=True)
    if debug:
        import logging

        if isinstance(ctx.command, LazyGroup):
            ctx.command.debug = True  # read by `LazyGroup.main` when an error ends the run
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("[%(levelname)s %(name)s] %(message)s"))
        logger = logging.getLogger("wushuang")
        level = logger.level
        logger.addHandler(handler)
        logger.setLevel(logging.DEBUG)

        def restore() -> None:
            logger.removeHandler(handler)
            logger.setLevel(level)

        ctx.call_on_close(restore)
    ctx.obj = Settings(api_key, base_url, timeout, max_retries, json_output)


def main() -> None:
    """The ``wushuang`` console script."""
    cli.main(prog_name="wushuang")
