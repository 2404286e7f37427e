"""The suite's shared state: the servers (one running at a time) and the outcome of every call."""

from __future__ import annotations

import time
from contextlib import ExitStack
from dataclasses import dataclass

from ._servers import SERVERS, Running, logs_dir, start


@dataclass
class Outcome:
    server: str
    operation: str
    mode: str
    sdk: str
    openai: str
    sdk_ok: bool
    openai_ok: bool
    evidence: str = ""  # the server's answer to the SDK's failing call

    @property
    def passed(self) -> bool:
        return self.sdk_ok or not self.openai_ok


class Servers:
    """Starts a server on first use and stops the one before it: one server process (and its upstream) at a time."""

    def __init__(self) -> None:
        self.logs = logs_dir()
        self.stack: ExitStack | None = None
        self.current: Running | None = None
        self.failed: dict[str, str] = {}

    def get(self, name: str) -> Running:
        if self.current is not None and self.current.server.name == name:
            return self.current
        if name in self.failed:
            raise RuntimeError(f"{name} did not start: {self.failed[name]}")
        self.stop()
        stack = ExitStack()
        try:
            self.current = stack.enter_context(start(SERVERS[name], self.logs))
        except Exception as exc:
            stack.close()
            self.failed[name] = str(exc)
            raise
        self.stack = stack
        return self.current

    def stop(self) -> None:
        if self.stack is not None:
            self.stack.close()
        self.stack, self.current = None, None


OUTCOMES: list[Outcome] = []
STARTED = time.monotonic()
