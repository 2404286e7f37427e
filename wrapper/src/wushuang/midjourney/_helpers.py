"""Midjourney end to end: buttons by name, modal steps, many tasks at once, the task's image, notifications.

Hand-written methods of the generated ``client.midjourney.submit`` and ``client.midjourney.tasks`` classes,
attached by the spec (``x-sdk: {mixin: midjourney._helpers.SubmitHelpers}`` on ``submitAction``,
``midjourney._helpers.TaskHelpers`` on ``fetchTask``); each calls the resource's own generated methods::

    task = client.midjourney.tasks.wait(client.midjourney.submit.imagine(prompt="a cat").result, progress=True)
    up = client.midjourney.submit.press(task, "U2")            # or "🔄", "reroll", "Zoom Out 2x", a customId
    zoomed = client.midjourney.submit.custom_zoom(task, "a cat in space", zoom=1.5)
    client.midjourney.tasks.download(client.midjourney.tasks.wait(up.task_id), "cat.png")

The decisions (which button, what the answer means, when to back off) are shared by the sync and async twins.
"""

from __future__ import annotations

import contextvars
import os
import time
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import msgspec

from wushuang._core.errors import InvalidParameterError, WushuangError
from wushuang._core.model import liberal, loads
from wushuang._core.telemetry import telemetry_of
from wushuang._core.types import NOT_GIVEN, ImageInput, NotGiven, RequestOptions
from wushuang.midjourney import _telemetry as traced
from wushuang.midjourney._buttons import find_button
from wushuang.midjourney._errors import MidjourneyError

if TYPE_CHECKING:
    from collections.abc import Awaitable
    from typing import Never

    from wushuang._core.client import AsyncWushuang, Wushuang
    from wushuang._core.operation import Operation
    from wushuang._generated import models
    from wushuang._generated.resources.midjourney_submit import AsyncMidjourneySubmitMethods, MidjourneySubmitMethods
    from wushuang._generated.resources.midjourney_tasks import AsyncMidjourneyTasksMethods, MidjourneyTasksMethods
else:  # the mixins' calls of the generated methods are type-checked against those methods
    MidjourneySubmitMethods = MidjourneyTasksMethods = object
    AsyncMidjourneySubmitMethods = AsyncMidjourneyTasksMethods = object

__all__ = [
    "AsyncSubmitHelpers",
    "AsyncTaskHelpers",
    "ButtonPress",
    "ImagineOutcome",
    "SubmitHelpers",
    "TaskHelpers",
    "parse_task_notification",
]

QUEUE_FULL = 23  # the relay's queue is full: back off and submit again
_BACKOFF_CAP = 30.0


@dataclass(frozen=True, slots=True)
class ButtonPress:
    """The answer to a button press: the new task's ID, and whether it waits for a modal step.

    ``needs_modal`` is true when the relay answered code 21 with the task in status MODAL (custom zoom, vary
    region, remix mode): send ``submit.modal(task_id=press.task_id, prompt=...)`` (the ``custom_zoom`` and
    ``vary_region`` helpers do). ``result`` is the submit result as sent, ``button`` the button pressed.
    """

    task_id: str
    needs_modal: bool
    button: models.TaskButton
    result: models.SubmitResult

    @classmethod
    def of(cls, result: models.SubmitResult, button: models.TaskButton) -> ButtonPress:
        status = str((result.properties or {}).get("status") or "MODAL").upper()
        return cls(str(result.result), result.code == 21 and status == "MODAL", button, result)


@dataclass(frozen=True, slots=True)
class ImagineOutcome:
    """One prompt of ``imagine_many``: its task ID, or the error that refused it (``attempts`` sends made)."""

    prompt: str
    task_id: str | None
    error: WushuangError | None
    attempts: int


def parse_task_notification(body: bytes | str | dict[str, Any]) -> models.Task:
    """The task a ``notifyHook`` POST carries (its raw body, text, or parsed JSON), as a typed ``Task``.

    Raises ``InvalidParameterError`` when the body is not JSON or not a task (a task has at least a string ``id``).
    """
    from wushuang._generated import models

    if isinstance(body, (bytes, str, dict)):
        try:
            task: models.Task = liberal(loads(body) if not isinstance(body, dict) else body, models.Task)
        except (msgspec.ValidationError, msgspec.DecodeError) as exc:
            problem = str(exc)
        else:
            if isinstance(task.id, str):
                return task
            problem = "no string `id`"
        raise InvalidParameterError(
            f"parse_task_notification: the body is not a Midjourney task ({problem})",
            param="body",
            operation_id="parse_task_notification",
        )
    raise InvalidParameterError(
        f"parse_task_notification: body must be bytes, str or dict, got {type(body).__name__}",
        param="body",
        operation_id="parse_task_notification",
    )


# ---------------------------------------------------------------------------------------------- shared decisions


def _given(**values: Any) -> dict[str, Any]:
    """The optional arguments the caller set (None: not set), for a generated method."""
    return {name: value for name, value in values.items() if value is not None}


def _check_task_ref(task: Any) -> None:
    if isinstance(task, str) and task:
        return
    if not isinstance(getattr(task, "id", None), str):
        raise InvalidParameterError(
            f"task must be a Task or its ID (non-empty str), got {type(task).__name__}",
            param="task",
            operation_id="fetchTask",
        )


def _zoom_prompt(prompt: str, zoom: float) -> str:
    if not isinstance(prompt, str) or not prompt.strip():
        raise InvalidParameterError(
            "custom_zoom: prompt must be a non-empty str", param="prompt", operation_id="submitModal"
        )
    if isinstance(zoom, bool) or not isinstance(zoom, (int, float)) or not 1.0 <= zoom <= 2.0:
        raise InvalidParameterError(
            f"custom_zoom: zoom must be a number from 1 to 2, got {zoom!r}", param="zoom", operation_id="submitModal"
        )
    return f"{prompt.strip()} --zoom {zoom:g}"


def _mask(mask: ImageInput) -> str:
    from wushuang._core.data_url import image_data_url

    return image_data_url(mask, param="mask", operation_id="submitModal")


def _check_many(prompts: Any, concurrency: Any, max_attempts: Any) -> list[str]:
    if isinstance(prompts, str) or not all(isinstance(p, str) and p.strip() for p in prompts):
        raise InvalidParameterError(
            "imagine_many: prompts must be a list of non-empty str", param="prompts", operation_id="submitImagine"
        )
    for name, value in (("concurrency", concurrency), ("max_attempts", max_attempts)):
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise InvalidParameterError(
                f"imagine_many: {name} must be an int >= 1, got {value!r}", param=name, operation_id="submitImagine"
            )
    return list(prompts)


def _retry_delay(exc: WushuangError, attempt: int, max_attempts: int) -> float | None:
    """Seconds to wait before submitting again after a queue-full refusal (1, 2, 4, ... 30 s); None: give up."""
    if isinstance(exc, MidjourneyError) and exc.code == QUEUE_FULL and attempt < max_attempts:
        return min(2.0 ** (attempt - 1), _BACKOFF_CAP)
    return None


def _image_url(task: Any) -> str:
    """The URL of the task's image, downloaded with ``client.download`` (the API key goes only to the relay's own
    origin, such as its image forward URL ``<base>/mj/image/<id>``, never to a CDN or any other host)."""
    url = getattr(task, "image_url", None)
    if not isinstance(url, str) or not url.startswith(("http://", "https://")):
        raise InvalidParameterError(
            f"task {getattr(task, 'id', '?')} has no image URL (status {getattr(task, 'status', None)})",
            param="task",
            operation_id="fetchTask",
        )
    return url


# ---------------------------------------------------------------------------------------------- sync


class SubmitHelpers(MidjourneySubmitMethods):
    """Methods of ``client.midjourney.submit`` beyond one operation each."""

    if TYPE_CHECKING:
        _client: Wushuang

    def _call(self, op: Operation, args: dict[str, Any], options: RequestOptions) -> Any:
        """Every submit; traced, it is noted as the start of the task it makes (``tasks.wait`` spans from there)."""
        telemetry = telemetry_of(self._client)
        if telemetry is None:
            return super()._call(op, args, options)
        started = time.time_ns()
        result = super()._call(op, args, options)
        traced.note_submit(telemetry, op, args, result, started)
        return result

    def press(
        self,
        task: models.Task | str,
        button: str,
        *,
        notify_hook: str | None = None,
        state: str | None = None,
        choose_same_channel: bool | None = None,
    ) -> ButtonPress:
        """Press a button of a finished task by its label (``"U1"``, ``"Zoom Out 2x"``, ``"Vary (Strong)"``), emoji
        (``"🔄"``), name (``"reroll"``, ``"pan left"``) or ``customId``; a task ID is fetched first.

        Args:
            task (Task | str): The task, or its ID (then fetched first).
            button (str): The button: a label, an emoji, a name or a ``customId``.
            notify_hook (str | None): A URL the relay POSTs the new task to on each change.
            state (str | None): A value of yours the new task carries back.
            choose_same_channel (bool | None): Run the new task in the parent task's Discord channel.

        Returns:
            ButtonPress: the new task's ID (``task_id``), the button pressed, and ``needs_modal`` (code 21).

        Raises:
            InvalidParameterError: before the press is sent, for a task that is not SUCCESS or has no such
                button (the message lists the buttons it has).
            MidjourneyError: the relay refused the press (its result code).
        """
        _check_task_ref(task)
        parent = self._client.midjourney.tasks.fetch(task) if isinstance(task, str) else task
        found = find_button(parent, button)
        optional = _given(notify_hook=notify_hook, state=state, choose_same_channel=choose_same_channel)
        with traced.press_span(self._client, parent.id, found) as pressed:
            press = ButtonPress.of(self.action(task_id=parent.id, custom_id=found.custom_id, **optional), found)
            pressed(press)
        return press

    def custom_zoom(self, task: models.Task | str, prompt: str, zoom: float = 2.0) -> ButtonPress:
        """Press "Custom Zoom" and send its modal step with ``prompt --zoom <zoom>``.

        Args:
            task (Task | str): The task, or its ID (then fetched first).
            prompt (str): The prompt of the zoomed image.
            zoom (float): The zoom factor, 1 to 2 (default 2).

        Returns:
            ButtonPress: the task of the modal step, as ``press`` returns it.

        Raises:
            InvalidParameterError: a zoom out of range, or a task without "Custom Zoom" (see ``press``).
            MidjourneyError: the relay refused the press or the modal step.
        """
        full_prompt = _zoom_prompt(prompt, zoom)
        pressed = self.press(task, "Custom Zoom")
        return ButtonPress.of(self.modal(task_id=pressed.task_id, prompt=full_prompt), pressed.button)

    def vary_region(self, task: models.Task | str, mask: ImageInput, prompt: str | None = None) -> ButtonPress:
        """Press "Vary (Region)" and send its modal step with a mask and a prompt.

        Args:
            task (Task | str): The task, or its ID (then fetched first).
            mask (ImageInput): White where to redraw: a ``pathlib.Path``, bytes, a binary file or a data URL.
            prompt (str | None): The prompt of the region (default: the task's own prompt).

        Returns:
            ButtonPress: the task of the modal step, as ``press`` returns it.

        Raises:
            InvalidParameterError: a mask that is not a PNG/JPEG/WebP/GIF image, or a task without
                "Vary (Region)" (see ``press``).
            MidjourneyError: the relay refused the press or the modal step.
        """
        data_url = _mask(mask)
        _check_task_ref(task)
        parent = self._client.midjourney.tasks.fetch(task) if isinstance(task, str) else task
        pressed = self.press(parent, "Vary (Region)")
        chosen = prompt if prompt is not None else parent.prompt or NOT_GIVEN
        return ButtonPress.of(self.modal(task_id=pressed.task_id, mask_base64=data_url, prompt=chosen), pressed.button)

    def imagine_many(
        self,
        prompts: list[str],
        *,
        concurrency: int = 8,
        max_attempts: int = 6,
        **imagine: Any,
    ) -> list[ImagineOutcome]:
        """Submit many prompts, ``concurrency`` at a time, in the order given.

        A refusal for a full queue (code 23) is retried after 1, 2, 4, ... (at most 30) seconds, up to
        ``max_attempts`` sends per prompt; any other failure is reported, not raised.

        Args:
            prompts (list[str]): The prompts, one task each.
            concurrency (int): How many submits are in flight at once (default 8).
            max_attempts (int): Sends per prompt at most, the first included (default 6).
            **imagine: The other arguments of ``imagine`` (``bot_type``, ``notify_hook``, ...), for every prompt.

        Returns:
            list[ImagineOutcome]: one per prompt, in order: its task ID, or the error that refused it.

        Raises:
            InvalidParameterError: an empty or non-string prompt, or a concurrency or max_attempts below 1.
        """
        from concurrent.futures import ThreadPoolExecutor

        checked = _check_many(prompts, concurrency, max_attempts)
        with traced.prompts_span(self._client, len(checked)) as submitted, ThreadPoolExecutor(concurrency) as pool:
            # Each prompt runs in a copy of this context (a thread starts in an empty one): its spans are this one's.
            futures = [
                pool.submit(contextvars.copy_context().run, self._imagine_one, index, prompt, max_attempts, imagine)
                for index, prompt in enumerate(checked)
            ]
            outcomes = [future.result() for future in futures]
            submitted(outcomes)
        return outcomes

    def _imagine_one(self, index: int, prompt: str, max_attempts: int, imagine: dict[str, Any]) -> ImagineOutcome:
        with traced.prompt_span(self._client, index) as trace:
            attempt = 0
            while True:
                attempt += 1
                try:
                    result = self.imagine(prompt=prompt, **imagine)
                    outcome = ImagineOutcome(prompt, str(result.result), None, attempt)
                    break
                except WushuangError as exc:
                    delay = _retry_delay(exc, attempt, max_attempts)
                    if delay is None:
                        outcome = ImagineOutcome(prompt, None, exc, attempt)
                        break
                if trace is not None:
                    trace.backing_off(attempt, delay)
                self._client.clock.sleep(delay)
            if trace is not None:
                trace.ended(outcome)
            return outcome


class TaskHelpers(MidjourneyTasksMethods):
    """Methods of ``client.midjourney.tasks`` beyond one operation each."""

    if TYPE_CHECKING:
        _client: Wushuang

    def wait(
        self,
        task_id: str,
        *,
        timeout: float | None = 600.0,
        interval: float = 2.0,
        on_progress: Callable[[models.Task], object] | None = None,
        progress: bool = False,
        **unknown: Never,
    ) -> models.Task:
        """Poll ``fetch`` until the task is SUCCESS, FAILURE or CANCEL, and return it.

        Each fetch (its request timeouts, its retries) ends by ``timeout``; connection errors, 429 and 5xx answers
        while polling are outlasted until then.

        Args:
            task_id (str): The task's ID.
            timeout (float | None): Seconds the wait may take in all (``None``: no limit).
            interval (float): Seconds between two fetches.
            on_progress (Callable | None): Called with the task each time its progress rises.
            progress (bool): Draw a one-line progress bar on stderr when stderr is a terminal (nothing otherwise).

        Returns:
            models.Task: the task, once SUCCESS.

        Raises:
            MidjourneyTaskFailedError: The task ended FAILURE or CANCEL.
            MidjourneyModalRequiredError: The task waits for a modal step.
            MidjourneyTimeoutError: ``timeout`` seconds passed first.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
        """
        from wushuang._core.resource import unexpected_keyword
        from wushuang.midjourney._waits import TaskWait, wait_for_task

        if unknown:
            raise unexpected_keyword(self.wait, unknown)

        client = self._client
        wait = TaskWait(
            task_id,
            timeout=timeout,
            interval=interval,
            on_progress=on_progress,
            progress=progress,
            clock=client.clock.monotonic,
        )
        with traced.task_span(client, wait):
            task: models.Task = wait_for_task(lambda: self.fetch(task_id), client.clock.sleep, wait)
        return task

    def wait_many(
        self,
        task_ids: list[str],
        *,
        timeout: float | None = 600.0,
        interval: float = 5.0,
        on_progress: Callable[[models.Task], object] | None = None,
        progress: bool = False,
    ) -> list[models.Task]:
        """Wait for many tasks with one ``list_by_condition`` call per ``interval``; the tasks in the order given.

        A task is done when SUCCESS, FAILURE, CANCEL, or MODAL (it waits for its modal step): failed tasks are
        returned like the others, not raised (check each ``status``). Connection errors, 429 and 5xx answers
        are outlasted until ``timeout``.

        Args:
            task_ids (list[str]): The tasks to wait for.
            timeout (float | None): Seconds to wait in all (default 600; None: no limit).
            interval (float): Seconds between two polls (default 5).
            on_progress (Callable[[Task], object] | None): Called with a task whenever its status or progress
                changes.
            progress (bool): Show "n/N done" on stderr when it is a terminal.

        Returns:
            list[Task]: the tasks as they ended, in the order of ``task_ids``.

        Raises:
            InvalidParameterError: no IDs, or a bad timeout or interval.
            MidjourneyTimeoutError: ``timeout`` passed first; its ``tasks`` holds every task as last seen.
        """
        from wushuang.midjourney._waits import ManyWait, wait_for_tasks

        client = self._client
        wait = ManyWait(
            task_ids,
            timeout=timeout,
            interval=interval,
            on_progress=on_progress,
            progress=progress,
            clock=client.clock.monotonic,
        )
        with traced.many_span(client, wait):
            return wait_for_tasks(lambda ids: self.list_by_condition(ids=ids), client.clock.sleep, wait)

    def iter_image(self, task: models.Task | str, *, chunk_size: int | None = None) -> Iterator[bytes]:
        """The bytes of the task's image as they arrive; the key goes only to the relay itself (see ``download``).

        With ``AsyncWushuang`` (``async for chunk in tasks.iter_image(task)``) the task is checked, and an ID
        fetched, when the iteration starts.

        Args:
            task (Task | str): The task, or its ID (then fetched first).
            chunk_size (int | None): Bytes per chunk (default: as they arrive).

        Returns:
            Iterator[bytes]: the image, chunk by chunk.

        Raises:
            InvalidParameterError: a task that is not finished or has no image URL.
            APIStatusError: the image URL answered an error status.
            APIResponseValidationError: before the first chunk, the URL answered something that is not a PNG,
                JPEG, WebP or GIF image (an HTML page); at the end, a body cut short.
        """
        return self._stream(self._image_url(task), chunk_size)

    def _image_url(self, task: models.Task | str) -> str:
        _check_task_ref(task)
        return _image_url(self.fetch(task) if isinstance(task, str) else task)

    def _stream(self, url: str, chunk_size: int | None) -> Iterator[bytes]:
        from wushuang._core.images import image_chunks

        yield from image_chunks(self._client.download(url), chunk_size)  # sent when the iteration starts

    def download(self, task: models.Task | str, path: str | os.PathLike[str]) -> Path:
        """Write the task's image (its ``imageUrl``) to ``path``, streamed.

        The API key is sent only when the URL is on the relay itself (its image forward URL, same origin as the
        client's base URL), never to another host. ``path`` is written only once the whole image has come: a
        download that fails leaves a file already there as it was.

        Args:
            task (Task | str): The task, or its ID (then fetched first).
            path (str | os.PathLike[str]): The file to write.

        Returns:
            Path: ``path``.

        Raises:
            InvalidParameterError: a task that is not finished or has no image URL.
            APIStatusError: the image URL answered an error status.
            APIResponseValidationError: the URL answered something that is not a PNG, JPEG, WebP or GIF image
                (an HTML page), or a body cut short.
        """
        from wushuang._core.images import download_image

        download_image(self._client, self._image_url(task), path)
        return Path(path)


# ---------------------------------------------------------------------------------------------- async


class AsyncSubmitHelpers(AsyncMidjourneySubmitMethods):
    """The async twin of ``SubmitHelpers`` (``client.midjourney.submit`` of ``AsyncWushuang``)."""

    if TYPE_CHECKING:
        _client: AsyncWushuang

    def _call(self, op: Operation, args: dict[str, Any], options: RequestOptions) -> Awaitable[Any]:
        """See ``SubmitHelpers._call``."""
        telemetry = telemetry_of(self._client)
        if telemetry is None:
            return super()._call(op, args, options)
        return self._noted_call(telemetry, op, args, options)

    async def _noted_call(self, telemetry: Any, op: Operation, args: dict[str, Any], options: RequestOptions) -> Any:
        started = time.time_ns()
        result = await super()._call(op, args, options)
        traced.note_submit(telemetry, op, args, result, started)
        return result

    async def press(
        self,
        task: models.Task | str,
        button: str,
        *,
        notify_hook: str | None = None,
        state: str | None = None,
        choose_same_channel: bool | None = None,
    ) -> ButtonPress:
        """See ``SubmitHelpers.press``."""
        _check_task_ref(task)
        parent = await self._client.midjourney.tasks.fetch(task) if isinstance(task, str) else task
        found = find_button(parent, button)
        optional = _given(notify_hook=notify_hook, state=state, choose_same_channel=choose_same_channel)
        with traced.press_span(self._client, parent.id, found) as pressed:
            answer = await self.action(task_id=parent.id, custom_id=found.custom_id, **optional)
            press = ButtonPress.of(answer, found)
            pressed(press)
        return press

    async def custom_zoom(self, task: models.Task | str, prompt: str, zoom: float = 2.0) -> ButtonPress:
        """See ``SubmitHelpers.custom_zoom``."""
        full_prompt = _zoom_prompt(prompt, zoom)
        pressed = await self.press(task, "Custom Zoom")
        return ButtonPress.of(await self.modal(task_id=pressed.task_id, prompt=full_prompt), pressed.button)

    async def vary_region(self, task: models.Task | str, mask: ImageInput, prompt: str | None = None) -> ButtonPress:
        """See ``SubmitHelpers.vary_region``."""
        data_url = _mask(mask)
        _check_task_ref(task)
        parent = await self._client.midjourney.tasks.fetch(task) if isinstance(task, str) else task
        pressed = await self.press(parent, "Vary (Region)")
        chosen: str | NotGiven = prompt if prompt is not None else parent.prompt or NOT_GIVEN
        return ButtonPress.of(
            await self.modal(task_id=pressed.task_id, mask_base64=data_url, prompt=chosen), pressed.button
        )

    async def imagine_many(
        self,
        prompts: list[str],
        *,
        concurrency: int = 8,
        max_attempts: int = 6,
        **imagine: Any,
    ) -> list[ImagineOutcome]:
        """See ``SubmitHelpers.imagine_many``."""
        import anyio

        checked = _check_many(prompts, concurrency, max_attempts)
        outcomes: list[ImagineOutcome | None] = [None] * len(checked)
        limiter = anyio.CapacityLimiter(concurrency)

        async def one(index: int, prompt: str) -> None:
            async with limiter:
                outcomes[index] = await self._imagine_one(index, prompt, max_attempts, imagine)

        with traced.prompts_span(self._client, len(checked)) as submitted:
            async with anyio.create_task_group() as group:  # its tasks start in copies of this context
                for index, prompt in enumerate(checked):
                    group.start_soon(one, index, prompt)
            done = [outcome for outcome in outcomes if outcome is not None]
            submitted(done)
        return done

    async def _imagine_one(self, index: int, prompt: str, max_attempts: int, imagine: dict[str, Any]) -> ImagineOutcome:
        with traced.prompt_span(self._client, index) as trace:
            attempt = 0
            while True:
                attempt += 1
                try:
                    result = await self.imagine(prompt=prompt, **imagine)
                    outcome = ImagineOutcome(prompt, str(result.result), None, attempt)
                    break
                except WushuangError as exc:
                    delay = _retry_delay(exc, attempt, max_attempts)
                    if delay is None:
                        outcome = ImagineOutcome(prompt, None, exc, attempt)
                        break
                if trace is not None:
                    trace.backing_off(attempt, delay)
                await self._client.clock.asleep(delay)
            if trace is not None:
                trace.ended(outcome)
            return outcome


class AsyncTaskHelpers(AsyncMidjourneyTasksMethods):
    """The async twin of ``TaskHelpers`` (``client.midjourney.tasks`` of ``AsyncWushuang``)."""

    if TYPE_CHECKING:
        _client: AsyncWushuang

    async def wait(
        self,
        task_id: str,
        *,
        timeout: float | None = 600.0,
        interval: float = 2.0,
        on_progress: Callable[[models.Task], object] | None = None,
        progress: bool = False,
        **unknown: Never,
    ) -> models.Task:
        """See ``TaskHelpers.wait``."""
        from wushuang._core.resource import unexpected_keyword
        from wushuang.midjourney._waits import TaskWait, async_wait_for_task

        if unknown:
            raise unexpected_keyword(self.wait, unknown)

        client = self._client
        wait = TaskWait(
            task_id,
            timeout=timeout,
            interval=interval,
            on_progress=on_progress,
            progress=progress,
            clock=client.clock.monotonic,
        )
        with traced.task_span(client, wait):
            task: models.Task = await async_wait_for_task(lambda: self.fetch(task_id), client.clock.asleep, wait)
        return task

    async def wait_many(
        self,
        task_ids: list[str],
        *,
        timeout: float | None = 600.0,
        interval: float = 5.0,
        on_progress: Callable[[models.Task], object] | None = None,
        progress: bool = False,
    ) -> list[models.Task]:
        """See ``TaskHelpers.wait_many``."""
        from wushuang.midjourney._waits import ManyWait, async_wait_for_tasks

        client = self._client
        wait = ManyWait(
            task_ids,
            timeout=timeout,
            interval=interval,
            on_progress=on_progress,
            progress=progress,
            clock=client.clock.monotonic,
        )
        with traced.many_span(client, wait):
            return await async_wait_for_tasks(lambda ids: self.list_by_condition(ids=ids), client.clock.asleep, wait)

    async def iter_image(self, task: models.Task | str, *, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """See ``TaskHelpers.iter_image`` (``async for chunk in tasks.iter_image(task)``; the task is checked, and
        an ID fetched, when the iteration starts)."""
        from wushuang._core.images import aimage_chunks

        async for chunk in aimage_chunks(await self._client.download(await self._image_url(task)), chunk_size):
            yield chunk

    async def _image_url(self, task: models.Task | str) -> str:
        _check_task_ref(task)
        return _image_url(await self.fetch(task) if isinstance(task, str) else task)

    async def download(self, task: models.Task | str, path: str | os.PathLike[str]) -> Path:
        """See ``TaskHelpers.download``."""
        from wushuang._core.images import adownload_image

        await adownload_image(self._client, await self._image_url(task), path)
        return Path(path)


# The async twins are documented by their sync methods: one text for both.
for _sync, _async in ((SubmitHelpers, AsyncSubmitHelpers), (TaskHelpers, AsyncTaskHelpers)):
    for _name, _method in vars(_async).items():
        if not _name.startswith("_") and callable(_method):
            _method.__doc__ = getattr(_sync, _name).__doc__
