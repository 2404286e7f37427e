"""`Emulator`: the relay emulator running in a background thread, for tests."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType
from typing import Any, Literal

import uvicorn

from . import (
    DEFAULT_API_KEY,
    _billing,
    _fine_tuning,
    _generation,
    _images,
    _media,
    _midjourney,
    _mj_tasks,
    _models,
    _runs,
    _vectors,
)
from ._app import EmulatorApp, Handler
from ._clock import Clock
from ._faults import FaultQueue
from ._records import RequestLog
from ._relay import DEFAULT_PROFILE, Profile
from ._spec import SpecIndex, load_spec
from ._state import EmulatorState, StoredFile, SyntheticFile

__all__ = ["Emulator", "build_app", "default_handlers"]

_START_TIMEOUT = 10.0


def default_handlers() -> dict[str, Handler]:
    """The hand-made handlers, one module per behaviour, keyed by operationId."""
    return {
        **_generation.HANDLERS,
        **_media.HANDLERS,
        **_models.HANDLERS,
        **_midjourney.HANDLERS,
        **_vectors.HANDLERS,
        **_images.HANDLERS,
        **_fine_tuning.HANDLERS,
        **_runs.HANDLERS,
        **_billing.HANDLERS,
    }


def build_app(
    api_key: str,
    clock: Clock,
    spec: Mapping[str, Any] | str | Path | None = None,
    *,
    profile: Profile = DEFAULT_PROFILE,
    seed_assistants: int = 0,
) -> EmulatorApp:
    """The emulator's ASGI app, for serving it with any ASGI server.

    `profile="relay"` refuses what new-api-family relays do not route; `profile="new-api"` also answers as new-api's
    gateway (see `_relay`). It starts with no stored object but `seed_assistants` ready-made assistants. Raises
    ValueError when a handler names an operation the spec does not have, for an unknown profile, or for a
    `seed_assistants` that is not an int >= 0.
    """
    state = EmulatorState(api_key=api_key, clock=clock, seed_assistants=seed_assistants)
    models = [model for model, _ in _models.MODELS]
    return EmulatorApp(
        state,
        SpecIndex(load_spec(spec)),
        default_handlers(),
        models=models,
        profile=profile,
        routes={_images.IMAGE_PATH: _images.serve_image, _mj_tasks.IMAGE_PATH: _mj_tasks.serve_task_image},
    )


def _make_clock(clock: Clock | Literal["manual", "real", "auto"], auto_advance: float | None) -> Clock:
    if isinstance(clock, Clock):
        if auto_advance is not None:
            clock.auto_advance = auto_advance
        return clock
    if clock == "manual":
        return Clock(manual=True, auto_advance=auto_advance or 0.0)
    if clock == "auto":
        return Clock(manual=True, auto_advance=1.0 if auto_advance is None else auto_advance)
    if clock == "real":
        return Clock(manual=False, auto_advance=auto_advance or 0.0)
    raise ValueError(f"clock must be a Clock, 'manual', 'auto' or 'real', not {clock!r}")


class Emulator:
    """A local server that behaves like the relay, run in a background thread::

        with Emulator(api_key="test-key") as emu:
            client = Wushuang(api_key=emu.api_key, base_url=emu.base_url)

    ``port=0`` picks a free port. ``clock="manual"`` (default) makes Midjourney tasks, uploaded files and
    fine-tuning jobs progress only through ``emu.clock.advance(seconds)``; ``clock="auto"`` (or ``auto_advance=N``)
    advances N seconds (default 1) on each fetch of a task, file or job; ``clock="real"`` follows wall time.
    ``profile="relay"`` refuses what new-api-family relays do not route (the default, "openai", serves all);
    ``profile="new-api"`` also answers as new-api's gateway: ``X-Oneapi-Request-Id``, ``(request id: ...)`` at the
    end of error messages, its conditions in its words (switch them on ``emu.app.state.gateway``), its
    ``/v1/models``. ``emu.faults`` scripts misbehaviour, ``emu.requests`` records every request received,
    ``emu.reset()`` forgets everything between tests.

    It starts empty: no assistant, thread, file or job until a client creates one. ``seed_assistants=N`` starts it
    (and each ``reset()`` leaves it) with N ready-made assistants (``Assistant 00``, ``Assistant 01``, ...,
    oldest first): pages to walk through without creating them first.
    """

    def __init__(
        self,
        api_key: str = DEFAULT_API_KEY,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        clock: Clock | Literal["manual", "real", "auto"] = "manual",
        auto_advance: float | None = None,
        spec: Mapping[str, Any] | str | Path | None = None,
        log_level: str = "warning",
        profile: Profile = DEFAULT_PROFILE,
        seed_assistants: int = 0,
    ) -> None:
        if not api_key:
            raise ValueError("the emulator needs a non-empty api_key")
        self._host = host
        self._port = port
        self._log_level = log_level
        self.app: EmulatorApp = build_app(
            api_key, _make_clock(clock, auto_advance), spec, profile=profile, seed_assistants=seed_assistants
        )
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._bound_port: int | None = None

    # ---------------------------------------------------------------- what tests use
    @property
    def api_key(self) -> str:
        """The key the emulator accepts (`Authorization: Bearer <key>`)."""
        return self.app.state.api_key

    @property
    def base_url(self) -> str:
        """`http://127.0.0.1:<port>`: the relay's base URL (`/v1` and `/mj` hang under it)."""
        if self._bound_port is None:
            raise RuntimeError("the emulator is not running; use `with Emulator() as emu:` or call start()")
        return f"http://{self._host}:{self._bound_port}"

    @property
    def port(self) -> int:
        """The port the emulator listens on."""
        if self._bound_port is None:
            raise RuntimeError("the emulator is not running")
        return self._bound_port

    @property
    def clock(self) -> Clock:
        """The clock Midjourney tasks progress on."""
        return self.app.state.clock

    @property
    def faults(self) -> FaultQueue:
        """Scripted faults: `emu.faults.push(Fault(status=429, retry_after=1))`."""
        return self.app.state.faults

    @property
    def requests(self) -> RequestLog:
        """Every request received since the last reset (method, path, headers, body bytes, operation id)."""
        return self.app.state.requests

    @property
    def handlers(self) -> dict[str, Handler]:
        """operationId -> handler. Remove an entry and the operation is answered by the store operations (when
        its `x-sdk` names a `store`) or from the spec's examples; `start()` refuses unknown operationIds."""
        return self.app.handlers

    @property
    def spec(self) -> SpecIndex:
        """The spec the emulator routes and validates with."""
        return self.app.spec

    def reset(self) -> None:
        """Forget stored objects, tasks, faults and recorded requests; rewind the clock; restore the handlers."""
        self.app.state.reset()
        self.app.handlers.clear()
        self.app.handlers.update(default_handlers())

    def add_file(self, data: bytes, *, filename: str = "data.bin", purpose: str = "assistants") -> StoredFile:
        """Store a file as if it had been uploaded and processed; returns it (its `id` serves its content)."""
        return _media.store_file(self.app.state, data, filename=filename, purpose=purpose)

    def add_synthetic_file(
        self, file_id: str | None = None, size: int = 0, *, filename: str = "synthetic.bin"
    ) -> SyntheticFile:
        """Serve a large file without holding it in memory.

        Its content is deterministic pseudo-random bytes generated while it is sent; compare a download with
        `synthetic.sha256()` or with `wushuang.testing.synthetic_chunks(file_id, size)`.
        """
        if size < 0:
            raise ValueError("size must be >= 0")
        file_id = file_id or f"file-synthetic{self.app.state.next_number():010d}"
        synthetic = SyntheticFile(id=file_id, size=size, filename=filename)
        self.app.state.store(_media.FILES).add(synthetic.to_json(), attachment=synthetic)
        return synthetic

    # ---------------------------------------------------------------- lifecycle
    def start(self) -> Emulator:
        """Start serving in a background thread; returns once the server accepts connections."""
        if self._thread is not None:
            raise RuntimeError("the emulator is already running")
        self.app.check()
        # IPPROTO_TCP, not 0: asyncio turns Nagle off (TCP_NODELAY) only on sockets that say they are TCP, and
        # with Nagle on, a response written in two parts waits ~40 ms for the client's delayed ACK.
        sock = socket.socket(
            socket.AF_INET6 if ":" in self._host else socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP
        )
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self._host, self._port))
        self._bound_port = sock.getsockname()[1]
        config = uvicorn.Config(
            self.app,
            log_level=self._log_level,
            lifespan="off",
            http="h11",
            access_log=False,
            timeout_graceful_shutdown=1,
            ws="none",
        )
        server = uvicorn.Server(config)
        self._server = server
        loop = asyncio.new_event_loop()
        self._loop = loop
        failure: list[BaseException] = []

        def run() -> None:
            asyncio.set_event_loop(loop)
            try:
                loop.run_until_complete(server.serve(sockets=[sock]))
            except BaseException as exc:  # reported to start() below
                failure.append(exc)
            finally:
                sock.close()
                loop.close()

        thread = threading.Thread(target=run, name=f"wushuang-emulator-{self._bound_port}", daemon=True)
        self._thread = thread
        thread.start()
        deadline = time.monotonic() + _START_TIMEOUT
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                self._thread = None
                self._bound_port = None
                raise RuntimeError("the emulator failed to start") from (failure[0] if failure else None)
            time.sleep(0.005)
        return self

    def stop(self) -> None:
        """Stop serving: open connections are dropped, the thread is joined (well under a second)."""
        server, thread, loop = self._server, self._thread, self._loop
        if server is None or thread is None or loop is None:
            return
        server.should_exit = True
        server.force_exit = True

        def drop_everything() -> None:
            # Don't wait for slow handlers (delay faults) or idle keep-alive connections.
            for connection in list(server.server_state.connections):
                transport = getattr(connection, "transport", None)
                if transport is not None:
                    transport.abort()
            for task in list(server.server_state.tasks):
                task.cancel()

        try:
            loop.call_soon_threadsafe(drop_everything)
        except RuntimeError:
            pass  # the loop already closed
        thread.join(timeout=5)
        self._server = self._thread = self._loop = None
        self._bound_port = None

    def __enter__(self) -> Emulator:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        where = self.base_url if self._bound_port is not None else "not running"
        return f"Emulator({where})"
