"""The output file is the checkpoint of a batch: what it holds is done, whatever stopped the run.

Each result is appended as one whole line by one ``os.write`` on an ``O_APPEND`` descriptor, so once written it is
the kernel's: a ``kill -9`` cannot lose it, only cut a line being written, which the next run finds (the last line,
with no newline) and cuts away. Beside the output, its journal (``OUT.jsonl.journal``) says which input the output
belongs to (its first line: the input's fingerprint and the run's arguments) and which requests were started (one
line per custom_id, written before the request is sent). A started line with no result may have reached the relay:
the next run writes it as a ``maybe_sent`` error record rather than send it again, unless told to (``resend``).
A run holds an exclusive lock on the journal while it writes, so a second run on the same output is refused. The
journal sits beside the output's real path (symlinks, ``..`` and relative names resolved), so every name of one
output (``out.jsonl``, ``./out.jsonl``, its absolute path, a symlink to it) meets the same journal and its lock.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Self

import msgspec

from wushuang._core.errors import WushuangError
from wushuang.batch._format import error_record

__all__ = ["JOURNAL_SUFFIX", "MAYBE_SENT", "UNNAMED", "BatchOutputError", "Checkpoint"]

JOURNAL_SUFFIX = ".journal"
MAYBE_SENT = "maybe_sent"
# What ``done`` holds for the records of input lines without a custom_id: no custom_id is empty (``_format``).
UNNAMED = ""
_JOURNAL_VERSION = 1


class BatchOutputError(WushuangError, ValueError):
    """The output file cannot be resumed: it belongs to another input, has no journal, or a line is not a record.

    Raised before anything is sent.
    """


class _Error(msgspec.Struct):
    code: str | None = None


class _Record(msgspec.Struct):
    """The part of an output record the checkpoint reads back."""

    custom_id: str | None  # None: the record of an input line without a custom_id (read back as UNNAMED)
    error: _Error | None = None


class _Header(msgspec.Struct):
    fingerprint: str
    version: int = _JOURNAL_VERSION
    arguments: dict[str, Any] = {}


_read_record = msgspec.json.Decoder(_Record).decode
_read_header = msgspec.json.Decoder(_Header).decode
_read_id = msgspec.json.Decoder(str).decode
_encode = msgspec.json.Encoder().encode


def _complete_lines(path: Path) -> list[bytes]:
    """The whole lines of a file, cutting a last line a crash left without its newline."""
    data = path.read_bytes()
    end = data.rfind(b"\n") + 1
    if end < len(data):
        with open(path, "r+b") as handle:
            handle.truncate(end)
    return data[:end].splitlines()


def _lock(fd: int) -> bool:
    """Take the exclusive lock of an open file without waiting; False: another process holds it. The system
    releases it when the process ends, however it ends."""
    try:
        if sys.platform == "win32":
            import msvcrt

            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


class Checkpoint:
    """An output file and its journal, opened to resume a batch (``Checkpoint.open``).

    ``done`` holds the custom_ids with a result line (and ``UNNAMED`` once the records of the input lines without a
    custom_id are written); ``maybe_sent`` the ones found started with no result when it
    was opened (written as ``maybe_sent`` error records then, unless ``resend``: then they are to be sent again);
    ``failed`` the ones whose record from an earlier run is an error.
    """

    def __init__(
        self, output: Path, out_fd: int, journal_fd: int, done: set[str], maybe_sent: set[str], failed: set[str]
    ) -> None:
        self.output = output
        self._out = out_fd
        self._journal = journal_fd
        self.done = done
        self.maybe_sent = maybe_sent
        self.failed = failed

    @classmethod
    def open(
        cls,
        output_path: str | os.PathLike[str],
        fingerprint: str,
        *,
        resend: bool,
        arguments: Mapping[str, Any] | None = None,
    ) -> Self:
        """Open (or start) the output of the input whose fingerprint is ``fingerprint``.

        Raises ``BatchOutputError`` when the output belongs to another input, exists without its journal, is in a
        folder that does not exist, or is being written by another run. ``arguments`` (the run's options) are
        recorded in a new journal's first line, for the record.
        """
        output = Path(output_path).resolve()
        journal = output.with_name(output.name + JOURNAL_SUFFIX)
        if not output.parent.is_dir():
            raise BatchOutputError(f"{output}: the folder {output.parent} does not exist")
        if not journal.exists() and output.exists() and output.stat().st_size:
            raise BatchOutputError(
                f"{output} exists and has no journal ({journal.name}): it is not the output of a batch run, or its "
                "journal was removed; choose another output file, or delete it to start over"
            )
        journal_fd = os.open(journal, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o644)
        if not _lock(journal_fd):
            os.close(journal_fd)
            raise BatchOutputError(
                f"{output} is being written by another run (its journal {journal.name} is locked): wait for that "
                "run to end, or choose another output file"
            )
        try:
            return cls._resume(output, journal, journal_fd, fingerprint, resend=resend, arguments=arguments)
        except BaseException:
            os.close(journal_fd)
            raise

    @classmethod
    def _resume(
        cls,
        output: Path,
        journal: Path,
        journal_fd: int,
        fingerprint: str,
        *,
        resend: bool,
        arguments: Mapping[str, Any] | None,
    ) -> Self:
        """Read the locked journal and the output, and make the checkpoint of what they hold."""
        started: set[str] = set()
        entries = _complete_lines(journal)
        header = None
        if entries:
            try:
                header = _read_header(entries[0])
                started.update(_read_id(entry) for entry in entries[1:])
            except msgspec.DecodeError:
                raise BatchOutputError(
                    f"{journal} is not the journal of a batch output: remove it or choose another output"
                ) from None
            if header.fingerprint != fingerprint:
                raise BatchOutputError(
                    f"{output} belongs to another input (its journal {journal.name} has input fingerprint "
                    f"{header.fingerprint[:12]}..., this input {fingerprint[:12]}...): choose another output file, "
                    "or delete both files to start over"
                )
        done, failed, kept = cls._read_output(output, drop_maybe_sent=resend)
        if header is None:
            first = _Header(fingerprint=fingerprint, arguments=dict(arguments or {}))
            _write_all(journal_fd, _encode(first) + b"\n")
        out_fd = os.open(output, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        checkpoint = cls(output, out_fd, journal_fd, done, started - done, failed)
        if kept is not None:
            checkpoint._rewrite(kept)
        if not resend:
            for custom_id in sorted(checkpoint.maybe_sent):
                checkpoint.write(
                    error_record(
                        custom_id,
                        MAYBE_SENT,
                        "the request was started before the run stopped and may have reached the relay; "
                        "not sent again (run with resend to send it again)",
                    )
                )
        return checkpoint

    @staticmethod
    def _read_output(output: Path, *, drop_maybe_sent: bool) -> tuple[set[str], set[str], list[bytes] | None]:
        """The custom_ids with a result, those whose result is an error, and (when ``maybe_sent`` records are
        dropped) the lines to keep."""
        if not output.exists():
            return set(), set(), None
        done: set[str] = set()
        failed: set[str] = set()
        kept: list[bytes] = []
        dropped = False
        for line_no, line in enumerate(_complete_lines(output), start=1):
            if not line.strip():
                continue
            try:
                record = _read_record(line)
            except (msgspec.DecodeError, msgspec.ValidationError) as exc:
                raise BatchOutputError(f"{output}, line {line_no}: not an output record ({exc})") from None
            if drop_maybe_sent and record.error is not None and record.error.code == MAYBE_SENT:
                dropped = True
                continue
            done.add(record.custom_id or UNNAMED)
            if record.error is not None:
                failed.add(record.custom_id or UNNAMED)
            kept.append(line)
        return done, failed, kept if dropped else None

    def _rewrite(self, lines: list[bytes]) -> None:
        """Replace the output by ``lines`` (once, at open: dropping ``maybe_sent`` records to send them again)."""
        temporary = self.output.with_name(self.output.name + ".tmp")
        temporary.write_bytes(b"".join(line + b"\n" for line in lines))
        os.replace(temporary, self.output)
        os.close(self._out)
        self._out = os.open(self.output, os.O_WRONLY | os.O_APPEND)

    def mark_started(self, custom_id: str) -> None:
        """Journal that ``custom_id``'s request is about to be sent (before it is)."""
        _write_all(self._journal, _encode(custom_id) + b"\n")

    def write(self, record: Mapping[str, Any]) -> None:
        """Append one output record as one line."""
        _write_all(self._out, _encode(record) + b"\n")
        self.done.add(record["custom_id"] or UNNAMED)

    def close(self) -> None:
        """Close the output and the journal."""
        os.close(self._out)
        os.close(self._journal)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
