"""``wushuang mj``: Midjourney tasks, through the SDK's helpers (``tasks.wait``, ``submit.press``, ``tasks.download``).

A submit prints the new task's ID; ``--wait`` polls it to the end with a progress bar on a terminal's stderr,
``-o DIR`` (which implies ``--wait``) then writes its image to ``DIR/<task id>.png``. The task ID comes from the
relay, so it is made a safe file name first (``file_name``): whatever the relay sends, the file lands in DIR.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from wushuang._cli._commands import choices
from wushuang._cli._common import Group, client, given, non_empty, report_saved, settings, show

if TYPE_CHECKING:
    from wushuang._core.client import Wushuang

__all__ = ["mj"]

_IMAGE = click.Path(exists=True, dir_okay=False, path_type=Path)
_NOT_IN_NAMES = re.compile(r"[^A-Za-z0-9_.-]+")  # separators, NUL, spaces, anything a file system may refuse
MAX_NAME = 100


def file_name(task_id: str) -> str:
    """``task_id``, as the relay sent it, made the stem of a file name that stays in its folder: every run of
    characters other than ASCII letters, digits, ``_``, ``.`` and ``-`` becomes one ``_`` (no separator, no NUL),
    leading dots go (no ``..``, no hidden file), and it is cut to ``MAX_NAME`` characters; ``task`` if nothing is
    left."""
    return _NOT_IN_NAMES.sub("_", task_id).lstrip(".")[:MAX_NAME] or "task"


def _waiting(function: Callable[..., Any]) -> Callable[..., Any]:
    """The options of a command that may wait for its task: --wait, -o DIR, --wait-timeout, --interval."""
    for option in reversed(
        [
            click.option("--wait", is_flag=True, help="Wait for the task to end (progress on a terminal's stderr)."),
            click.option(
                "-o",
                "--output",
                metavar="DIR",
                help="Wait, then write the task's image into DIR as <task id>.png (characters other than letters, "
                "digits, _ . - in the ID become _).",
            ),
            click.option(
                "--wait-timeout",
                type=click.FloatRange(min=0, min_open=True),
                default=600.0,
                show_default=True,
                help="Seconds to wait at most.",
            ),
            click.option(
                "--interval",
                type=click.FloatRange(min=0, min_open=True),
                default=2.0,
                show_default=True,
                help="Seconds between two polls of the task.",
            ),
        ]
    ):
        function = option(function)
    return function


def _show_task(task: Any) -> None:
    if settings().json:
        show(task)
        return
    click.echo(f"{task.id}\t{task.status}\t{task.progress or ''}\t{task.image_url or ''}")
    if task.action == "DESCRIBE" and task.prompt:
        click.echo(task.prompt)
    labels = [button.label or button.emoji for button in task.buttons or []]
    if labels:  # a label with a space ("Zoom Out 2x") quoted, as `mj press` takes it in a shell
        click.echo("buttons: " + " ".join(_quoted(label) for label in labels if label))


def _quoted(label: str) -> str:
    return shlex.quote(label) if re.search(r"[\s'\"\\$`]", label) else label


def _finish(sdk: Wushuang, task_id: str, wait: bool, output: str | None, wait_timeout: float, interval: float) -> None:
    """Print the submitted task's ID, or wait for it (and write its image) and print it."""
    if not wait and output is None:
        click.echo(task_id)
        return
    # At once, terminal or not: a wait stopped with Ctrl-C can be taken up again with `wushuang mj wait ID`.
    click.echo(f"task {task_id}: waiting for it (`wushuang mj wait {task_id}` takes it up again)", err=True)
    task = sdk.midjourney.tasks.wait(task_id, timeout=wait_timeout, interval=interval, progress=True)
    _show_task(task)
    if output is not None:
        folder = Path(output)
        folder.mkdir(parents=True, exist_ok=True)
        path = sdk.midjourney.tasks.download(task, folder / f"{file_name(str(task.id))}.png")
        report_saved([str(path)], [path.stat().st_size])


@click.group(cls=Group)
def mj() -> None:
    """Midjourney: imagine, press a button, describe, blend; wait for a task, download its image."""


@mj.command()
@click.argument("prompt")
@click.option("--image", "images", type=_IMAGE, multiple=True, help="A reference image (repeatable).")
@click.option(
    "--bot",
    "bot_type",
    type=click.Choice(choices("midjourney.submit.imagine", "bot_type")),
    help="The bot to draw with (default: the relay's, Midjourney).",
)
@_waiting
def imagine(
    prompt: str,
    images: tuple[Path, ...],
    bot_type: str | None,
    wait: bool,
    output: str | None,
    wait_timeout: float,
    interval: float,
) -> None:
    """Submit PROMPT; print the task's ID (--wait: the finished task; -o DIR: and its image in DIR)."""
    sdk = client()
    options = given(base64_array=list(images) or None, bot_type=bot_type)
    submitted = sdk.midjourney.submit.imagine(prompt=non_empty(prompt, "PROMPT"), **options)
    _finish(sdk, str(submitted.result), wait, output, wait_timeout, interval)


@mj.command()
@click.argument("task_id", metavar="TASK")
@click.argument("button")
@_waiting
def press(task_id: str, button: str, wait: bool, output: str | None, wait_timeout: float, interval: float) -> None:
    """Press BUTTON of the finished TASK: a label (U1, V2, "Zoom Out 2x"), an emoji, a name or a customId."""
    sdk = client()
    pressed = sdk.midjourney.submit.press(task_id, button)
    if pressed.needs_modal:
        click.echo(f"{pressed.task_id} waits for a modal step: see `wushuang api midjourney.submit.modal`", err=True)
    _finish(sdk, pressed.task_id, wait, output, wait_timeout, interval)


@mj.command()
@click.argument("image", type=_IMAGE)
@_waiting
def describe(image: Path, wait: bool, output: str | None, wait_timeout: float, interval: float) -> None:
    """Submit IMAGE to be described in prompts (--wait: print them with the task)."""
    sdk = client()
    submitted = sdk.midjourney.submit.describe(base64=image)
    _finish(sdk, str(submitted.result), wait, output, wait_timeout, interval)


@mj.command()
@click.argument("images", metavar="IMAGE...", type=_IMAGE, nargs=-1, required=True)
@click.option(
    "--dimensions",
    type=click.Choice(choices("midjourney.submit.blend", "dimensions")),
    help="The aspect ratio: PORTRAIT 2:3, SQUARE 1:1, LANDSCAPE 3:2 (default SQUARE).",
)
@_waiting
def blend(
    images: tuple[Path, ...],
    dimensions: str | None,
    wait: bool,
    output: str | None,
    wait_timeout: float,
    interval: float,
) -> None:
    """Blend two to five IMAGEs into one."""
    sdk = client()
    submitted = sdk.midjourney.submit.blend(base64_array=list(images), **given(dimensions=dimensions))
    _finish(sdk, str(submitted.result), wait, output, wait_timeout, interval)


@mj.command(name="wait")
@click.argument("task_id", metavar="TASK")
@click.option("-o", "--output", metavar="DIR", help="Write the task's image into DIR as <task id>.png.")
@click.option(
    "--wait-timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=600.0,
    show_default=True,
    help="Seconds to wait at most.",
)
@click.option(
    "--interval",
    type=click.FloatRange(min=0, min_open=True),
    default=2.0,
    show_default=True,
    help="Seconds between two polls of the task.",
)
def wait_task(task_id: str, output: str | None, wait_timeout: float, interval: float) -> None:
    """Wait for TASK to end and print it (-o DIR: and write its image)."""
    _finish(client(), task_id, True, output, wait_timeout, interval)


@mj.command()
@click.argument("task_id", metavar="TASK")
@click.option("-o", "--output", required=True, metavar="FILE", help="The image file to write.")
def download(task_id: str, output: str) -> None:
    """Write the image of the finished TASK to FILE."""
    path = client().midjourney.tasks.download(task_id, output)
    report_saved([str(path)], [path.stat().st_size])
