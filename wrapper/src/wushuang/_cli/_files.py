"""``wushuang files``: upload, list, download and delete the files of the relay."""

from __future__ import annotations

from pathlib import Path

import click

from wushuang._cli._commands import choices
from wushuang._cli._common import Group, client, given, save_binary, settings, show

__all__ = ["files"]


@click.group(cls=Group)
def files() -> None:
    """Upload, list, download and delete files."""


@files.command()
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--purpose",
    type=click.Choice(choices("files.create", "purpose")),
    default="assistants",
    show_default=True,
    help="What the file is for.",
)
def upload(path: Path, purpose: str) -> None:
    """Upload the file at PATH and print the file object."""
    show(client().files.create(file=path, purpose=purpose))  # type: ignore[arg-type]


@files.command(name="list")
@click.option("--purpose", help="Only the files of this purpose.")
def list_files(purpose: str | None) -> None:
    """List the files: ID, size, purpose and name, one a line (with --json: the response)."""
    listed = client().files.list(**given(purpose=purpose))
    if settings().json:
        show(listed)
        return
    for item in listed.data:
        click.echo(f"{item.id}\t{item.bytes}\t{item.purpose}\t{item.filename}")


@files.command()
@click.argument("file_id", metavar="ID")
@click.option("-o", "--output", required=True, metavar="FILE", help="Where to write the content (-: stdout).")
def download(file_id: str, output: str) -> None:
    """Write the content of file ID to a file, streamed."""
    save_binary(client().files.content(file_id), output)


@files.command()
@click.argument("file_id", metavar="ID")
def delete(file_id: str) -> None:
    """Delete file ID."""
    result = client().files.delete(file_id)
    if settings().json:
        show(result)
    else:
        click.echo(f"deleted {result.id}")
