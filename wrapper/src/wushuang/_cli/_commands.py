"""The everyday commands: chat, complete, models, embed, image, speak, transcribe; emulator and completion."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import click

from wushuang._cli._common import client, given, non_empty, report_saved, save_binary, settings, show, show_stream

__all__ = [
    "NoImageError",
    "chat",
    "choices",
    "complete",
    "completion",
    "embed",
    "emulator",
    "image",
    "image_paths",
    "models",
    "speak",
    "transcribe",
]

SHELLS = ("bash", "zsh", "fish")


def choices(operation: str, argument: str) -> list[str]:
    """The values the spec allows for an argument of an operation (by SDK method path), from the generated table."""
    from wushuang._cli._api import described

    return next(list(option[4]) for option in described(operation)[5] if option[0] == argument)


def _text_or_stdin(value: str | None, name: str) -> str:
    """The argument, else what stdin holds (when it is not a terminal); refused when empty."""
    if value is not None:
        return non_empty(value, name)
    stdin = sys.stdin
    if stdin.isatty():
        raise click.UsageError(f"give {name} as an argument or on stdin")
    return non_empty(stdin.read(), name)


@click.command()
@click.argument("prompt", required=False)
@click.option("-m", "--model", default="gpt-4o-mini", show_default=True, help="The model to chat with.")
@click.option("-s", "--system", help="A system message, sent first.")
@click.option("-i", "--interactive", is_flag=True, help="A conversation: each line of stdin is your next turn.")
@click.option("--max-tokens", type=click.IntRange(min=1), help="At most this many tokens per reply.")
@click.option("--temperature", type=click.FloatRange(0, 2), help="Sampling temperature, 0 to 2.")
def chat(
    prompt: str | None,
    model: str,
    system: str | None,
    interactive: bool,
    max_tokens: int | None,
    temperature: float | None,
) -> None:
    """Send PROMPT (else stdin) to a chat model and print the reply as it is written.

    With -i, PROMPT (if given) is the first turn, then each line read from stdin is the next one, until the end of
    the input (Ctrl-D); the model sees the whole conversation.
    """
    sdk = client()
    messages: list[Any] = [{"role": "system", "content": system}] if system else []
    options = given(max_tokens=max_tokens, temperature=temperature)

    def turn(text: str) -> None:
        messages.append({"role": "user", "content": text})
        with sdk.chat.completions.create(model=model, messages=messages, stream=True, **options) as stream:
            messages.append({"role": "assistant", "content": show_stream(stream)})

    if not interactive:
        turn(_text_or_stdin(prompt, "PROMPT"))
        return
    if prompt:
        turn(prompt)
    stdin = sys.stdin
    while True:
        if stdin.isatty():
            click.echo("> ", nl=False, err=True)
        line = stdin.readline()
        if not line:
            return
        if line.strip():
            turn(line.strip())


@click.command()
@click.argument("prompt", required=False)
@click.option("-m", "--model", default="gpt-3.5-turbo-instruct", show_default=True, help="The completion model.")
@click.option("--max-tokens", type=click.IntRange(min=1), help="At most this many tokens.")
@click.option("--temperature", type=click.FloatRange(0, 2), help="Sampling temperature, 0 to 2.")
def complete(prompt: str | None, model: str, max_tokens: int | None, temperature: float | None) -> None:
    """Complete PROMPT (else stdin) with a completion model, printed as it is written."""
    text = _text_or_stdin(prompt, "PROMPT")
    options = given(max_tokens=max_tokens, temperature=temperature)
    with client().completions.create(model=model, prompt=text, stream=True, **options) as stream:
        show_stream(stream)


@click.command()
@click.argument("model_id", metavar="[ID]", required=False)
def models(model_id: str | None) -> None:
    """List the models the relay serves (one ID a line), or show the model ID."""
    sdk = client()
    if model_id is not None:
        show(sdk.models.retrieve(model_id))
        return
    listed = sdk.models.list()
    if settings().json:
        show(listed)
        return
    for model in listed.data:
        click.echo(model.id)


@click.command()
@click.argument("texts", metavar="TEXT...", nargs=-1, required=True)
@click.option("-m", "--model", default="text-embedding-3-small", show_default=True, help="The embedding model.")
@click.option("--dimensions", type=click.IntRange(min=1), help="Shorten the vectors to this many dimensions.")
def embed(texts: tuple[str, ...], model: str, dimensions: int | None) -> None:
    """Embed each TEXT: one vector a line, as a JSON array (with --json: the whole response)."""
    result = client().embeddings.create(input=list(texts), model=model, **given(dimensions=dimensions))
    if settings().json:
        show(result)
        return
    for item in result.data:
        click.echo(json.dumps(list(item.embedding)))


class NoImageError(click.ClickException):
    """The relay answered an images call with no image in it (exit status 6, as for any answer that is not what
    was asked)."""

    exit_code = 6


# The file suffixes `image -o` writes, and their format (the relay sends PNG; the others are converted by Pillow).
IMAGE_FORMATS = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG", ".webp": "WEBP"}


def _image_format(output: str) -> str:
    """The format OUTPUT's suffix asks for (a folder, or no suffix: PNG); refused, before anything is sent, when
    it is none of ``IMAGE_FORMATS`` or needs Pillow (the ``images`` extra) that is not installed."""
    suffix = "" if Path(output).is_dir() or output.endswith(("/", os.sep)) else Path(output).suffix.lower()
    if not suffix:
        return "PNG"
    if suffix not in IMAGE_FORMATS:
        raise click.UsageError(f"cannot write {suffix} images: name a {', '.join(IMAGE_FORMATS)} file")
    if IMAGE_FORMATS[suffix] != "PNG":
        try:
            import PIL.Image  # noqa: F401
        except ImportError:
            raise click.UsageError(
                f"writing {suffix} needs Pillow: pip install 'wushuang[images]', or name a .png file"
            ) from None
    return IMAGE_FORMATS[suffix]


def _convert(path: Path, kind: str) -> None:
    """Rewrite the image at ``path`` in format ``kind`` (JPEG has no transparency: it is flattened to RGB)."""
    from PIL import Image

    with Image.open(path) as image:
        if image.format == kind:
            return
        converted = image.convert("RGB") if kind == "JPEG" else image.copy()
    converted.save(path, format=kind)


def image_paths(output: str, count: int) -> list[Path]:
    """Where ``wushuang image -o OUTPUT`` writes ``count`` images: into a folder (one that exists, or OUTPUT ending
    in a separator) as image-1.png, image-2.png, ...; else one image to OUTPUT, several beside it with a number:
    fox.png gives fox-1.png, fox-2.png (OUTPUT itself is never made a folder)."""
    target = Path(output)
    if target.is_dir() or output.endswith(("/", os.sep)):
        return [target / f"image-{index}.png" for index in range(1, count + 1)]
    if count == 1:
        return [target]
    suffix = target.suffix or ".png"
    return [target.with_name(f"{target.stem}-{index}{suffix}") for index in range(1, count + 1)]


@click.command(epilog="Exits with status 6 when the answer holds no image.")
@click.argument("prompt")
@click.option(
    "-o",
    "--output",
    default="image.png",
    show_default=True,
    help="The image to write, in the format its suffix names (.png; .jpg, .jpeg, .webp with wushuang[images]); "
    "with several images, numbered beside it: fox.png gives fox-1.png, fox-2.png; a folder "
    "(existing, or ending in /): image-1.png, image-2.png, ... in it.",
)
@click.option("-m", "--model", help="The image model (default: the relay's).")
@click.option("-n", type=click.IntRange(1, 10), help="How many images.")
@click.option("--size", type=click.Choice(choices("images.generate", "size")), help="The images' size.")
@click.option("--quality", type=click.Choice(choices("images.generate", "quality")), help="The images' quality.")
def image(prompt: str, output: str, model: str | None, n: int | None, size: str | None, quality: str | None) -> None:
    """Generate images of PROMPT and save them (PNG, or the format of OUTPUT's suffix); prints the paths written."""
    from wushuang._core.images import save_image

    kind = _image_format(output)
    non_empty(prompt, "PROMPT")
    sdk = client()
    options = given(model=model, n=n, size=size, quality=quality)
    images = sdk.images.generate(prompt=prompt, response_format="b64_json", **options).data or []
    if not images:
        raise NoImageError("the relay answered with no image")
    paths = image_paths(output, len(images))
    paths[0].parent.mkdir(parents=True, exist_ok=True)
    written = [save_image(item, path, client=sdk) for item, path in zip(images, paths, strict=True)]
    for path in written if kind != "PNG" else []:
        _convert(path, kind)
    report_saved([str(path) for path in written], [path.stat().st_size for path in written])


@click.command()
@click.argument("text", required=False)
@click.option("-o", "--output", required=True, metavar="FILE", help="The audio file to write (-: stdout).")
@click.option("-m", "--model", default="tts-1", show_default=True, help="The speech model.")
@click.option("-v", "--voice", default="alloy", help="a built-in voice (alloy, ash, coral, echo, ...) or a voice id")
@click.option(
    "--format",
    "response_format",
    type=click.Choice(choices("audio.speech.create", "response_format")),
    help="The audio format (default: from the file's suffix, else mp3).",
)
@click.option("--speed", type=click.FloatRange(0.25, 4.0), help="0.25 to 4.0 (default 1).")
def speak(
    text: str | None, output: str, model: str, voice: str, response_format: str | None, speed: float | None
) -> None:
    """Turn TEXT (else stdin) into speech, streamed into a file."""
    spoken = _text_or_stdin(text, "TEXT")
    suffix = Path(output).suffix.lstrip(".").lower()
    if response_format is None and suffix in choices("audio.speech.create", "response_format"):
        response_format = suffix
    options = given(response_format=response_format, speed=speed)
    save_binary(client().audio.speech.create(model=model, input=spoken, voice=voice, **options), output)


@click.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-m", "--model", default="whisper-1", show_default=True, help="The transcription model.")
@click.option("--language", help="The language spoken (ISO-639-1, e.g. en), if known.")
@click.option(
    "--format",
    "response_format",
    type=click.Choice(choices("audio.transcriptions.create", "response_format")),
    help="json (default: the text is printed), text, srt, vtt or verbose_json.",
)
def transcribe(file: Path, model: str, language: str | None, response_format: str | None) -> None:
    """Transcribe the audio FILE and print the text."""
    options = given(language=language, response_format=response_format)
    result: Any = client().audio.transcriptions.create(file=file, model=model, **options)
    if isinstance(result, str) or settings().json or response_format == "verbose_json":
        show(result)
    else:
        click.echo(result.text)


@click.command(context_settings={"ignore_unknown_options": True, "allow_extra_args": True}, add_help_option=False)
@click.argument("arguments", nargs=-1, type=click.UNPROCESSED)
def emulator(arguments: tuple[str, ...]) -> None:
    """Serve the local emulator of the relay until Ctrl-C, on port 8080 with the key test-key unless told
    otherwise (--port, --api-key: default wushuang's --api-key or WUSHUANG_API_KEY); it prints the environment
    that points wushuang at it (wushuang emulator --help)."""
    from wushuang.testing.__main__ import main as serve

    key = settings().api_key
    forwarded = ["--api-key", key, *arguments] if key and "--api-key" not in arguments else list(arguments)
    status = serve(forwarded, prog="wushuang emulator")
    if status:
        click.get_current_context().exit(status)


@click.command()
@click.argument("shell", type=click.Choice(SHELLS))
def completion(shell: str) -> None:
    """Print the completion script of SHELL, e.g. in ~/.bashrc: eval "$(wushuang completion bash)"."""
    from click.shell_completion import get_completion_class

    from wushuang._cli import cli

    script = get_completion_class(shell)
    assert script is not None  # click knows the three SHELLS
    click.echo(script(cli, {}, "wushuang", "_WUSHUANG_COMPLETE").source())
