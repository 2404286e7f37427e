# Generated from openapi/wushuang.yaml (sha256 37b389674feebb29) by generator/ — do not edit by hand.
"""``client.midjourney``: the resource classes of that part of the API, one method per operation.

Every method is written once per sync / async class; ``with_raw_response`` and ``with_streaming_response`` are
derived from it by the typed wrappers of ``wushuang._resource``. Nothing here sends a request by itself: each
method hands its arguments (``locals()``: exactly its parameters) to the client with its entry of the operation
table. Each ends in ``**unknown: Never``: type checkers still refuse any other keyword, and at run time one is
refused before anything is sent, with the nearest parameter's name (``unexpected_keyword``). This module is loaded
when ``client.midjourney`` is first touched.
"""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING, Literal, cast

from wushuang._generated import operations as _ops
from wushuang._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_response,
    async_to_streamed_response,
    to_raw_response,
    to_streamed_response,
    unexpected_keyword,
)
from wushuang._types import NOT_GIVEN, Body, Headers, ImageInput, NotGiven, Query, Timeout
from wushuang.midjourney._helpers import AsyncSubmitHelpers as _AsyncSubmitHelpers
from wushuang.midjourney._helpers import AsyncTaskHelpers as _AsyncTaskHelpers
from wushuang.midjourney._helpers import SubmitHelpers as _SubmitHelpers
from wushuang.midjourney._helpers import TaskHelpers as _TaskHelpers

if TYPE_CHECKING:
    from typing import Never

    from wushuang._generated import models

__all__ = [
    "MidjourneySubmit",
    "MidjourneySubmitWithRawResponse",
    "MidjourneySubmitWithStreamingResponse",
    "AsyncMidjourneySubmit",
    "AsyncMidjourneySubmitWithRawResponse",
    "AsyncMidjourneySubmitWithStreamingResponse",
    "MidjourneyTasks",
    "MidjourneyTasksWithRawResponse",
    "MidjourneyTasksWithStreamingResponse",
    "AsyncMidjourneyTasks",
    "AsyncMidjourneyTasksWithRawResponse",
    "AsyncMidjourneyTasksWithStreamingResponse",
    "Midjourney",
    "MidjourneyWithRawResponse",
    "MidjourneyWithStreamingResponse",
    "AsyncMidjourney",
    "AsyncMidjourneyWithRawResponse",
    "AsyncMidjourneyWithStreamingResponse",
]


class MidjourneySubmit(_SubmitHelpers, SyncAPIResource):
    """``client.midjourney.submit``."""

    @cached_property
    def with_raw_response(self) -> MidjourneySubmitWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return MidjourneySubmitWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> MidjourneySubmitWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return MidjourneySubmitWithStreamingResponse(self)

    def imagine(
        self,
        *,
        prompt: str,
        base64_array: builtins.list[ImageInput] | NotGiven = NOT_GIVEN,
        bot_type: Literal["MID_JOURNEY", "NIJI_JOURNEY"] | NotGiven = NOT_GIVEN,
        notify_hook: str | NotGiven = NOT_GIVEN,
        state: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.SubmitResult:
        """Submit an Imagine task (text to image, or image and text to image).

        Answers HTTP 200 with a submit result whose `code` says whether the task was accepted (1, 21, 22) or refused (3, 4, 9, 23, 24).

        ``POST /mj/submit/imagine``

        Args:
            prompt (str): The prompt.
            base64_array (list[ImageInput], optional): Reference images as base64 data URLs (`data:image/png;base64,...`). A path (``pathlib.Path``), bytes or a binary file is sent as a data URL (PNG, JPEG, WebP or GIF, at most 10 MB). (sent as ``base64Array``)
            bot_type (Literal['MID_JOURNEY', 'NIJI_JOURNEY'], optional): Server default MID_JOURNEY. (sent as ``botType``)
            notify_hook (str, optional): A URL that receives a POST with the task on each change (relays may disable it). (sent as ``notifyHook``)
            state (str, optional): Any text, handed back in the task.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.SubmitResult.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.imagine, unknown)
        return cast("models.SubmitResult", self._call(_ops.SUBMIT_IMAGINE, locals()))

    def blend(
        self,
        *,
        base64_array: builtins.list[ImageInput],
        dimensions: Literal["PORTRAIT", "SQUARE", "LANDSCAPE"] | NotGiven = NOT_GIVEN,
        bot_type: Literal["MID_JOURNEY", "NIJI_JOURNEY"] | NotGiven = NOT_GIVEN,
        notify_hook: str | NotGiven = NOT_GIVEN,
        state: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.SubmitResult:
        """Submit a Blend task (2 to 5 images blended into one).

        Blends 2 to 5 images into a new grid of four; the task's action is BLEND, and once it succeeds it carries the U1-U4, reroll and V1-V4 buttons. Answers HTTP 200 with a submit result whose `code` says whether the task was accepted (1, 21, 22) or refused (3, 4, 9, 23, 24).

        ``POST /mj/submit/blend``

        Args:
            base64_array (list[ImageInput]): The 2 to 5 images to blend, as base64 data URLs (`data:image/png;base64,...`). A path (``pathlib.Path``), bytes or a binary file is sent as a data URL (PNG, JPEG, WebP or GIF, at most 10 MB). (sent as ``base64Array``)
            dimensions (Literal['PORTRAIT', 'SQUARE', 'LANDSCAPE'], optional): The aspect ratio of the result: PORTRAIT 2:3, SQUARE 1:1, LANDSCAPE 3:2. Server default SQUARE.
            bot_type (Literal['MID_JOURNEY', 'NIJI_JOURNEY'], optional): Server default MID_JOURNEY. (sent as ``botType``)
            notify_hook (str, optional): A URL that receives a POST with the task on each change (relays may disable it). (sent as ``notifyHook``)
            state (str, optional): Any text, handed back in the task.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.SubmitResult.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.blend, unknown)
        return cast("models.SubmitResult", self._call(_ops.SUBMIT_BLEND, locals()))

    def describe(
        self,
        *,
        base64: ImageInput,
        bot_type: Literal["MID_JOURNEY", "NIJI_JOURNEY"] | NotGiven = NOT_GIVEN,
        notify_hook: str | NotGiven = NOT_GIVEN,
        state: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.SubmitResult:
        """Submit a Describe task (image to text).

        Writes four prompts for an image; the task's action is DESCRIBE, and once it succeeds the prompts are in its `properties.finalPrompt` (and often `prompt`). Answers HTTP 200 with a submit result whose `code` says whether the task was accepted (1, 21, 22) or refused (3, 4, 9, 23, 24).

        ``POST /mj/submit/describe``

        Args:
            base64 (ImageInput): The image to describe, as a base64 data URL (`data:image/png;base64,...`). A path (``pathlib.Path``), bytes or a binary file is sent as a data URL (PNG, JPEG, WebP or GIF, at most 10 MB).
            bot_type (Literal['MID_JOURNEY', 'NIJI_JOURNEY'], optional): Server default MID_JOURNEY. (sent as ``botType``)
            notify_hook (str, optional): A URL that receives a POST with the task on each change (relays may disable it). (sent as ``notifyHook``)
            state (str, optional): Any text, handed back in the task.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.SubmitResult.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.describe, unknown)
        return cast("models.SubmitResult", self._call(_ops.SUBMIT_DESCRIBE, locals()))

    def change(
        self,
        *,
        task_id: str,
        action: Literal["UPSCALE", "VARIATION", "REROLL"],
        index: int | NotGiven = NOT_GIVEN,
        notify_hook: str | NotGiven = NOT_GIVEN,
        state: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.SubmitResult:
        """Submit a Change task (upscale, variation or reroll of a grid).

        Upscales (U1-U4) or varies (V1-V4) one image of a finished grid, or rerolls the whole grid; the new task's action is UPSCALE, VARIATION or REROLL, as sent. The parent task must be SUCCESS and an IMAGINE, VARIATION, REROLL or BLEND task. Answers HTTP 200 with a submit result whose `code` says whether the task was accepted (1, 21, 22) or refused (3, 4, 9, 23, 24); 21 can mean this change already exists, with `properties.status` and `properties.imageUrl` of it.

        ``POST /mj/submit/change``

        Args:
            task_id (str): The ID of the finished grid task (IMAGINE, VARIATION, REROLL or BLEND) to change. (sent as ``taskId``)
            action (Literal['UPSCALE', 'VARIATION', 'REROLL']): UPSCALE one image, VARIATION of one image, or REROLL the whole grid.
            index (int, optional): Which image of the grid (1 to 4, left to right, top to bottom); required for UPSCALE and VARIATION. The new-api relays refuse a change without an index even for REROLL, where any of 1 to 4 will do.
            notify_hook (str, optional): A URL that receives a POST with the task on each change (relays may disable it). (sent as ``notifyHook``)
            state (str, optional): Any text, handed back in the task.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.SubmitResult.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.change, unknown)
        return cast("models.SubmitResult", self._call(_ops.SUBMIT_CHANGE, locals()))

    def simple_change(
        self,
        *,
        content: str,
        notify_hook: str | NotGiven = NOT_GIVEN,
        state: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.SubmitResult:
        """Submit a Change task written as one string (`<taskId> U2`).

        The same as the Change task, written as `<taskId> <U1..U4|V1..V4|R>`; the new task's action is UPSCALE (U), VARIATION (V) or REROLL (R). Answers HTTP 200 with a submit result whose `code` says whether the task was accepted (1, 21, 22) or refused (3, 4, 9, 23, 24).

        ``POST /mj/submit/simple-change``

        Args:
            content (str): `<taskId> <change>`, the change being U1 to U4 (upscale), V1 to V4 (variation) or R (reroll), such as `1320098173412546 U2`.
            notify_hook (str, optional): A URL that receives a POST with the task on each change (relays may disable it). (sent as ``notifyHook``)
            state (str, optional): Any text, handed back in the task.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.SubmitResult.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.simple_change, unknown)
        return cast("models.SubmitResult", self._call(_ops.SUBMIT_SIMPLE_CHANGE, locals()))

    def action(
        self,
        *,
        task_id: str,
        custom_id: str,
        choose_same_channel: bool | NotGiven = NOT_GIVEN,
        notify_hook: str | NotGiven = NOT_GIVEN,
        state: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.SubmitResult:
        """Press a button of a finished task.

        Presses one of the `buttons` of a finished task by its `customId`. The new task's action follows from the button: UPSCALE (`MJ::JOB::upsample::...`, the subtle / creative and 2x / 4x upscales included), VARIATION (`MJ::JOB::variation::...`; relays may report the subtle and strong variations as LOW_VARIATION and HIGH_VARIATION), REROLL (`MJ::JOB::reroll::...`), ZOOM (`MJ::Outpaint::...`), PAN (`MJ::JOB::pan_left::...` and the other directions), INPAINT (`MJ::Inpaint::...`, Vary (Region)) or CUSTOM_ZOOM (`MJ::CustomZoom::...`). Answers HTTP 200 with a submit result whose `code` says whether the task was accepted (1, 21, 22) or refused (3, 4, 9, 23, 24). Code 21 with the new task in status MODAL means a modal step is needed (custom zoom, vary region, or remix mode): the task waits until its ID (`result`) is sent to the modal operation with a prompt, and for vary region a mask.

        ``POST /mj/submit/action``

        Args:
            task_id (str): The ID of the finished task whose button is pressed. (sent as ``taskId``)
            custom_id (str): The `customId` of one of the task's `buttons`, such as `MJ::JOB::upsample::2::3dbbd469-36af-4a0f-8f02-df6c579e7011`. (sent as ``customId``)
            choose_same_channel (bool, optional): Run the new task on the same Discord account (channel) as the parent task; servers choose otherwise. (sent as ``chooseSameChannel``)
            notify_hook (str, optional): A URL that receives a POST with the task on each change (relays may disable it). (sent as ``notifyHook``)
            state (str, optional): Any text, handed back in the task.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.SubmitResult.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.action, unknown)
        return cast("models.SubmitResult", self._call(_ops.SUBMIT_ACTION, locals()))

    def modal(
        self,
        *,
        task_id: str,
        prompt: str | NotGiven = NOT_GIVEN,
        mask_base64: ImageInput | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.SubmitResult:
        """Complete a task that waits for a modal step.

        Sends the modal step of a task in status MODAL (the `result` of an action answered with code 21) and lets it run on; the task keeps its ID and its action (INPAINT for vary region, CUSTOM_ZOOM for custom zoom, the button's action in remix mode). Vary region needs `maskBase64` and a prompt; custom zoom a prompt ending in `--zoom <1..2>`. Answers HTTP 200 with a submit result whose `code` says whether the task was accepted (1, 21, 22) or refused (3, 4, 9, 23, 24).

        ``POST /mj/submit/modal``

        Args:
            task_id (str): The ID of the task in status MODAL (the `result` of the action answered with code 21). (sent as ``taskId``)
            prompt (str, optional): The prompt of the modal step (for custom zoom, ending in `--zoom <1..2>`); most servers refuse the step without one.
            mask_base64 (ImageInput, optional): For vary region, the mask as a base64 data URL (`data:image/png;base64,...`), white where the image is to be redrawn. A path (``pathlib.Path``), bytes or a binary file is sent as a data URL (PNG, JPEG, WebP or GIF, at most 10 MB). (sent as ``maskBase64``)
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.SubmitResult.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.modal, unknown)
        return cast("models.SubmitResult", self._call(_ops.SUBMIT_MODAL, locals()))

    def shorten(
        self,
        *,
        prompt: str,
        bot_type: Literal["MID_JOURNEY", "NIJI_JOURNEY"] | NotGiven = NOT_GIVEN,
        notify_hook: str | NotGiven = NOT_GIVEN,
        state: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.SubmitResult:
        """Submit a Shorten task (shorter versions of a prompt).

        Asks Midjourney for shorter versions of a prompt; the task's action is SHORTEN, and once it succeeds the suggestions are in its `properties.finalPrompt` (and `prompt`). Answers HTTP 200 with a submit result whose `code` says whether the task was accepted (1, 21, 22) or refused (3, 4, 9, 23, 24).

        ``POST /mj/submit/shorten``

        Args:
            prompt (str): The prompt to shorten.
            bot_type (Literal['MID_JOURNEY', 'NIJI_JOURNEY'], optional): Server default MID_JOURNEY. (sent as ``botType``)
            notify_hook (str, optional): A URL that receives a POST with the task on each change (relays may disable it). (sent as ``notifyHook``)
            state (str, optional): Any text, handed back in the task.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.SubmitResult.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.shorten, unknown)
        return cast("models.SubmitResult", self._call(_ops.SUBMIT_SHORTEN, locals()))

    def swap_face(
        self,
        *,
        source_base64: ImageInput,
        target_base64: ImageInput,
        notify_hook: str | NotGiven = NOT_GIVEN,
        state: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.SubmitResult:
        """Submit a face swap task (InsightFace).

        Puts the face of one picture onto the person in another; the task's action is SWAP_FACE, and once it succeeds its `imageUrl` is the result. Answers HTTP 200 with a submit result whose `code` says whether the task was accepted (1, 21, 22) or refused (3, 4, 9, 23, 24).

        ``POST /mj/insight-face/swap``

        Args:
            source_base64 (ImageInput): The picture of the face to use, as a base64 data URL (`data:image/png;base64,...`). A path (``pathlib.Path``), bytes or a binary file is sent as a data URL (PNG, JPEG, WebP or GIF, at most 10 MB). (sent as ``sourceBase64``)
            target_base64 (ImageInput): The picture whose face is replaced, as a base64 data URL (`data:image/png;base64,...`). A path (``pathlib.Path``), bytes or a binary file is sent as a data URL (PNG, JPEG, WebP or GIF, at most 10 MB). (sent as ``targetBase64``)
            notify_hook (str, optional): A URL that receives a POST with the task on each change (relays may disable it). (sent as ``notifyHook``)
            state (str, optional): Any text, handed back in the task.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.SubmitResult.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.swap_face, unknown)
        return cast("models.SubmitResult", self._call(_ops.SWAP_FACE, locals()))


class MidjourneySubmitWithRawResponse:
    """``client.midjourney.submit.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: MidjourneySubmit) -> None:
        self._resource = resource
        self.imagine = to_raw_response(resource.imagine)
        self.blend = to_raw_response(resource.blend)
        self.describe = to_raw_response(resource.describe)
        self.change = to_raw_response(resource.change)
        self.simple_change = to_raw_response(resource.simple_change)
        self.action = to_raw_response(resource.action)
        self.modal = to_raw_response(resource.modal)
        self.shorten = to_raw_response(resource.shorten)
        self.swap_face = to_raw_response(resource.swap_face)


class MidjourneySubmitWithStreamingResponse:
    """``client.midjourney.submit.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: MidjourneySubmit) -> None:
        self._resource = resource
        self.imagine = to_streamed_response(resource.imagine)
        self.blend = to_streamed_response(resource.blend)
        self.describe = to_streamed_response(resource.describe)
        self.change = to_streamed_response(resource.change)
        self.simple_change = to_streamed_response(resource.simple_change)
        self.action = to_streamed_response(resource.action)
        self.modal = to_streamed_response(resource.modal)
        self.shorten = to_streamed_response(resource.shorten)
        self.swap_face = to_streamed_response(resource.swap_face)


class MidjourneyTasks(_TaskHelpers, SyncAPIResource):
    """``client.midjourney.tasks``."""

    @cached_property
    def with_raw_response(self) -> MidjourneyTasksWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return MidjourneyTasksWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> MidjourneyTasksWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return MidjourneyTasksWithStreamingResponse(self)

    def fetch(
        self,
        task_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.Task:
        """Get a task by its ID.

        The polling endpoint of every Midjourney task.

        ``GET /mj/task/{id}/fetch``

        Args:
            task_id (str): The task ID returned by a submit. (sent as ``id``)
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.Task.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.fetch, unknown)
        return cast("models.Task", self._call(_ops.FETCH_TASK, locals()))

    def list_by_condition(
        self,
        *,
        ids: builtins.list[str],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.TaskList:
        """Get several tasks by their IDs.

        The tasks of the given IDs, in one call (a batch of the fetch operation). Unknown IDs are left out of the answer, so it may be shorter than the list sent, or empty; its order is the server's.

        ``POST /mj/task/list-by-condition``

        Args:
            ids (list[str]): The task IDs to look up; unknown ones are left out of the answer.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.TaskList.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.list_by_condition, unknown)
        return cast("models.TaskList", self._call(_ops.LIST_TASKS_BY_CONDITION, locals()))

    def image_seed(
        self,
        task_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.SubmitResult:
        """Get the seed of a task's image.

        The seed Midjourney used for a finished task's image, to reproduce it with `--seed`; the task must have finished (it needs the job's message hash). Answers in the submit envelope, `result` being the seed as a string; a task with no message hash yet is refused with code 4.

        ``GET /mj/task/{id}/image-seed``

        Args:
            task_id (str): The task ID returned by a submit. (sent as ``id``)
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.SubmitResult.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.image_seed, unknown)
        return cast("models.SubmitResult", self._call(_ops.GET_TASK_IMAGE_SEED, locals()))


class MidjourneyTasksWithRawResponse:
    """``client.midjourney.tasks.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: MidjourneyTasks) -> None:
        self._resource = resource
        self.fetch = to_raw_response(resource.fetch)
        self.list_by_condition = to_raw_response(resource.list_by_condition)
        self.image_seed = to_raw_response(resource.image_seed)


class MidjourneyTasksWithStreamingResponse:
    """``client.midjourney.tasks.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: MidjourneyTasks) -> None:
        self._resource = resource
        self.fetch = to_streamed_response(resource.fetch)
        self.list_by_condition = to_streamed_response(resource.list_by_condition)
        self.image_seed = to_streamed_response(resource.image_seed)


class Midjourney(SyncAPIResource):
    """``client.midjourney``."""

    @cached_property
    def submit(self) -> MidjourneySubmit:
        return MidjourneySubmit(self._client)

    @cached_property
    def tasks(self) -> MidjourneyTasks:
        return MidjourneyTasks(self._client)

    @cached_property
    def with_raw_response(self) -> MidjourneyWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return MidjourneyWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> MidjourneyWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return MidjourneyWithStreamingResponse(self)


class MidjourneyWithRawResponse:
    """``client.midjourney.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: Midjourney) -> None:
        self._resource = resource

    @cached_property
    def submit(self) -> MidjourneySubmitWithRawResponse:
        return self._resource.submit.with_raw_response

    @cached_property
    def tasks(self) -> MidjourneyTasksWithRawResponse:
        return self._resource.tasks.with_raw_response


class MidjourneyWithStreamingResponse:
    """``client.midjourney.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: Midjourney) -> None:
        self._resource = resource

    @cached_property
    def submit(self) -> MidjourneySubmitWithStreamingResponse:
        return self._resource.submit.with_streaming_response

    @cached_property
    def tasks(self) -> MidjourneyTasksWithStreamingResponse:
        return self._resource.tasks.with_streaming_response


class AsyncMidjourneySubmit(_AsyncSubmitHelpers, AsyncAPIResource):
    """``client.midjourney.submit`` (async)."""

    @cached_property
    def with_raw_response(self) -> AsyncMidjourneySubmitWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return AsyncMidjourneySubmitWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncMidjourneySubmitWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return AsyncMidjourneySubmitWithStreamingResponse(self)

    async def imagine(
        self,
        *,
        prompt: str,
        base64_array: builtins.list[ImageInput] | NotGiven = NOT_GIVEN,
        bot_type: Literal["MID_JOURNEY", "NIJI_JOURNEY"] | NotGiven = NOT_GIVEN,
        notify_hook: str | NotGiven = NOT_GIVEN,
        state: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.SubmitResult:
        """Submit an Imagine task (text to image, or image and text to image).

        Answers HTTP 200 with a submit result whose `code` says whether the task was accepted (1, 21, 22) or refused (3, 4, 9, 23, 24).

        ``POST /mj/submit/imagine``

        Args:
            prompt (str): The prompt.
            base64_array (list[ImageInput], optional): Reference images as base64 data URLs (`data:image/png;base64,...`). A path (``pathlib.Path``), bytes or a binary file is sent as a data URL (PNG, JPEG, WebP or GIF, at most 10 MB). (sent as ``base64Array``)
            bot_type (Literal['MID_JOURNEY', 'NIJI_JOURNEY'], optional): Server default MID_JOURNEY. (sent as ``botType``)
            notify_hook (str, optional): A URL that receives a POST with the task on each change (relays may disable it). (sent as ``notifyHook``)
            state (str, optional): Any text, handed back in the task.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.SubmitResult.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.imagine, unknown)
        return cast("models.SubmitResult", await self._call(_ops.SUBMIT_IMAGINE, locals()))

    async def blend(
        self,
        *,
        base64_array: builtins.list[ImageInput],
        dimensions: Literal["PORTRAIT", "SQUARE", "LANDSCAPE"] | NotGiven = NOT_GIVEN,
        bot_type: Literal["MID_JOURNEY", "NIJI_JOURNEY"] | NotGiven = NOT_GIVEN,
        notify_hook: str | NotGiven = NOT_GIVEN,
        state: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.SubmitResult:
        """Submit a Blend task (2 to 5 images blended into one).

        Blends 2 to 5 images into a new grid of four; the task's action is BLEND, and once it succeeds it carries the U1-U4, reroll and V1-V4 buttons. Answers HTTP 200 with a submit result whose `code` says whether the task was accepted (1, 21, 22) or refused (3, 4, 9, 23, 24).

        ``POST /mj/submit/blend``

        Args:
            base64_array (list[ImageInput]): The 2 to 5 images to blend, as base64 data URLs (`data:image/png;base64,...`). A path (``pathlib.Path``), bytes or a binary file is sent as a data URL (PNG, JPEG, WebP or GIF, at most 10 MB). (sent as ``base64Array``)
            dimensions (Literal['PORTRAIT', 'SQUARE', 'LANDSCAPE'], optional): The aspect ratio of the result: PORTRAIT 2:3, SQUARE 1:1, LANDSCAPE 3:2. Server default SQUARE.
            bot_type (Literal['MID_JOURNEY', 'NIJI_JOURNEY'], optional): Server default MID_JOURNEY. (sent as ``botType``)
            notify_hook (str, optional): A URL that receives a POST with the task on each change (relays may disable it). (sent as ``notifyHook``)
            state (str, optional): Any text, handed back in the task.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.SubmitResult.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.blend, unknown)
        return cast("models.SubmitResult", await self._call(_ops.SUBMIT_BLEND, locals()))

    async def describe(
        self,
        *,
        base64: ImageInput,
        bot_type: Literal["MID_JOURNEY", "NIJI_JOURNEY"] | NotGiven = NOT_GIVEN,
        notify_hook: str | NotGiven = NOT_GIVEN,
        state: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.SubmitResult:
        """Submit a Describe task (image to text).

        Writes four prompts for an image; the task's action is DESCRIBE, and once it succeeds the prompts are in its `properties.finalPrompt` (and often `prompt`). Answers HTTP 200 with a submit result whose `code` says whether the task was accepted (1, 21, 22) or refused (3, 4, 9, 23, 24).

        ``POST /mj/submit/describe``

        Args:
            base64 (ImageInput): The image to describe, as a base64 data URL (`data:image/png;base64,...`). A path (``pathlib.Path``), bytes or a binary file is sent as a data URL (PNG, JPEG, WebP or GIF, at most 10 MB).
            bot_type (Literal['MID_JOURNEY', 'NIJI_JOURNEY'], optional): Server default MID_JOURNEY. (sent as ``botType``)
            notify_hook (str, optional): A URL that receives a POST with the task on each change (relays may disable it). (sent as ``notifyHook``)
            state (str, optional): Any text, handed back in the task.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.SubmitResult.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.describe, unknown)
        return cast("models.SubmitResult", await self._call(_ops.SUBMIT_DESCRIBE, locals()))

    async def change(
        self,
        *,
        task_id: str,
        action: Literal["UPSCALE", "VARIATION", "REROLL"],
        index: int | NotGiven = NOT_GIVEN,
        notify_hook: str | NotGiven = NOT_GIVEN,
        state: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.SubmitResult:
        """Submit a Change task (upscale, variation or reroll of a grid).

        Upscales (U1-U4) or varies (V1-V4) one image of a finished grid, or rerolls the whole grid; the new task's action is UPSCALE, VARIATION or REROLL, as sent. The parent task must be SUCCESS and an IMAGINE, VARIATION, REROLL or BLEND task. Answers HTTP 200 with a submit result whose `code` says whether the task was accepted (1, 21, 22) or refused (3, 4, 9, 23, 24); 21 can mean this change already exists, with `properties.status` and `properties.imageUrl` of it.

        ``POST /mj/submit/change``

        Args:
            task_id (str): The ID of the finished grid task (IMAGINE, VARIATION, REROLL or BLEND) to change. (sent as ``taskId``)
            action (Literal['UPSCALE', 'VARIATION', 'REROLL']): UPSCALE one image, VARIATION of one image, or REROLL the whole grid.
            index (int, optional): Which image of the grid (1 to 4, left to right, top to bottom); required for UPSCALE and VARIATION. The new-api relays refuse a change without an index even for REROLL, where any of 1 to 4 will do.
            notify_hook (str, optional): A URL that receives a POST with the task on each change (relays may disable it). (sent as ``notifyHook``)
            state (str, optional): Any text, handed back in the task.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.SubmitResult.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.change, unknown)
        return cast("models.SubmitResult", await self._call(_ops.SUBMIT_CHANGE, locals()))

    async def simple_change(
        self,
        *,
        content: str,
        notify_hook: str | NotGiven = NOT_GIVEN,
        state: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.SubmitResult:
        """Submit a Change task written as one string (`<taskId> U2`).

        The same as the Change task, written as `<taskId> <U1..U4|V1..V4|R>`; the new task's action is UPSCALE (U), VARIATION (V) or REROLL (R). Answers HTTP 200 with a submit result whose `code` says whether the task was accepted (1, 21, 22) or refused (3, 4, 9, 23, 24).

        ``POST /mj/submit/simple-change``

        Args:
            content (str): `<taskId> <change>`, the change being U1 to U4 (upscale), V1 to V4 (variation) or R (reroll), such as `1320098173412546 U2`.
            notify_hook (str, optional): A URL that receives a POST with the task on each change (relays may disable it). (sent as ``notifyHook``)
            state (str, optional): Any text, handed back in the task.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.SubmitResult.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.simple_change, unknown)
        return cast("models.SubmitResult", await self._call(_ops.SUBMIT_SIMPLE_CHANGE, locals()))

    async def action(
        self,
        *,
        task_id: str,
        custom_id: str,
        choose_same_channel: bool | NotGiven = NOT_GIVEN,
        notify_hook: str | NotGiven = NOT_GIVEN,
        state: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.SubmitResult:
        """Press a button of a finished task.

        Presses one of the `buttons` of a finished task by its `customId`. The new task's action follows from the button: UPSCALE (`MJ::JOB::upsample::...`, the subtle / creative and 2x / 4x upscales included), VARIATION (`MJ::JOB::variation::...`; relays may report the subtle and strong variations as LOW_VARIATION and HIGH_VARIATION), REROLL (`MJ::JOB::reroll::...`), ZOOM (`MJ::Outpaint::...`), PAN (`MJ::JOB::pan_left::...` and the other directions), INPAINT (`MJ::Inpaint::...`, Vary (Region)) or CUSTOM_ZOOM (`MJ::CustomZoom::...`). Answers HTTP 200 with a submit result whose `code` says whether the task was accepted (1, 21, 22) or refused (3, 4, 9, 23, 24). Code 21 with the new task in status MODAL means a modal step is needed (custom zoom, vary region, or remix mode): the task waits until its ID (`result`) is sent to the modal operation with a prompt, and for vary region a mask.

        ``POST /mj/submit/action``

        Args:
            task_id (str): The ID of the finished task whose button is pressed. (sent as ``taskId``)
            custom_id (str): The `customId` of one of the task's `buttons`, such as `MJ::JOB::upsample::2::3dbbd469-36af-4a0f-8f02-df6c579e7011`. (sent as ``customId``)
            choose_same_channel (bool, optional): Run the new task on the same Discord account (channel) as the parent task; servers choose otherwise. (sent as ``chooseSameChannel``)
            notify_hook (str, optional): A URL that receives a POST with the task on each change (relays may disable it). (sent as ``notifyHook``)
            state (str, optional): Any text, handed back in the task.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.SubmitResult.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.action, unknown)
        return cast("models.SubmitResult", await self._call(_ops.SUBMIT_ACTION, locals()))

    async def modal(
        self,
        *,
        task_id: str,
        prompt: str | NotGiven = NOT_GIVEN,
        mask_base64: ImageInput | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.SubmitResult:
        """Complete a task that waits for a modal step.

        Sends the modal step of a task in status MODAL (the `result` of an action answered with code 21) and lets it run on; the task keeps its ID and its action (INPAINT for vary region, CUSTOM_ZOOM for custom zoom, the button's action in remix mode). Vary region needs `maskBase64` and a prompt; custom zoom a prompt ending in `--zoom <1..2>`. Answers HTTP 200 with a submit result whose `code` says whether the task was accepted (1, 21, 22) or refused (3, 4, 9, 23, 24).

        ``POST /mj/submit/modal``

        Args:
            task_id (str): The ID of the task in status MODAL (the `result` of the action answered with code 21). (sent as ``taskId``)
            prompt (str, optional): The prompt of the modal step (for custom zoom, ending in `--zoom <1..2>`); most servers refuse the step without one.
            mask_base64 (ImageInput, optional): For vary region, the mask as a base64 data URL (`data:image/png;base64,...`), white where the image is to be redrawn. A path (``pathlib.Path``), bytes or a binary file is sent as a data URL (PNG, JPEG, WebP or GIF, at most 10 MB). (sent as ``maskBase64``)
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.SubmitResult.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.modal, unknown)
        return cast("models.SubmitResult", await self._call(_ops.SUBMIT_MODAL, locals()))

    async def shorten(
        self,
        *,
        prompt: str,
        bot_type: Literal["MID_JOURNEY", "NIJI_JOURNEY"] | NotGiven = NOT_GIVEN,
        notify_hook: str | NotGiven = NOT_GIVEN,
        state: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.SubmitResult:
        """Submit a Shorten task (shorter versions of a prompt).

        Asks Midjourney for shorter versions of a prompt; the task's action is SHORTEN, and once it succeeds the suggestions are in its `properties.finalPrompt` (and `prompt`). Answers HTTP 200 with a submit result whose `code` says whether the task was accepted (1, 21, 22) or refused (3, 4, 9, 23, 24).

        ``POST /mj/submit/shorten``

        Args:
            prompt (str): The prompt to shorten.
            bot_type (Literal['MID_JOURNEY', 'NIJI_JOURNEY'], optional): Server default MID_JOURNEY. (sent as ``botType``)
            notify_hook (str, optional): A URL that receives a POST with the task on each change (relays may disable it). (sent as ``notifyHook``)
            state (str, optional): Any text, handed back in the task.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.SubmitResult.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.shorten, unknown)
        return cast("models.SubmitResult", await self._call(_ops.SUBMIT_SHORTEN, locals()))

    async def swap_face(
        self,
        *,
        source_base64: ImageInput,
        target_base64: ImageInput,
        notify_hook: str | NotGiven = NOT_GIVEN,
        state: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.SubmitResult:
        """Submit a face swap task (InsightFace).

        Puts the face of one picture onto the person in another; the task's action is SWAP_FACE, and once it succeeds its `imageUrl` is the result. Answers HTTP 200 with a submit result whose `code` says whether the task was accepted (1, 21, 22) or refused (3, 4, 9, 23, 24).

        ``POST /mj/insight-face/swap``

        Args:
            source_base64 (ImageInput): The picture of the face to use, as a base64 data URL (`data:image/png;base64,...`). A path (``pathlib.Path``), bytes or a binary file is sent as a data URL (PNG, JPEG, WebP or GIF, at most 10 MB). (sent as ``sourceBase64``)
            target_base64 (ImageInput): The picture whose face is replaced, as a base64 data URL (`data:image/png;base64,...`). A path (``pathlib.Path``), bytes or a binary file is sent as a data URL (PNG, JPEG, WebP or GIF, at most 10 MB). (sent as ``targetBase64``)
            notify_hook (str, optional): A URL that receives a POST with the task on each change (relays may disable it). (sent as ``notifyHook``)
            state (str, optional): Any text, handed back in the task.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.SubmitResult.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.swap_face, unknown)
        return cast("models.SubmitResult", await self._call(_ops.SWAP_FACE, locals()))


class AsyncMidjourneySubmitWithRawResponse:
    """``client.midjourney.submit.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncMidjourneySubmit) -> None:
        self._resource = resource
        self.imagine = async_to_raw_response(resource.imagine)
        self.blend = async_to_raw_response(resource.blend)
        self.describe = async_to_raw_response(resource.describe)
        self.change = async_to_raw_response(resource.change)
        self.simple_change = async_to_raw_response(resource.simple_change)
        self.action = async_to_raw_response(resource.action)
        self.modal = async_to_raw_response(resource.modal)
        self.shorten = async_to_raw_response(resource.shorten)
        self.swap_face = async_to_raw_response(resource.swap_face)


class AsyncMidjourneySubmitWithStreamingResponse:
    """``client.midjourney.submit.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: AsyncMidjourneySubmit) -> None:
        self._resource = resource
        self.imagine = async_to_streamed_response(resource.imagine)
        self.blend = async_to_streamed_response(resource.blend)
        self.describe = async_to_streamed_response(resource.describe)
        self.change = async_to_streamed_response(resource.change)
        self.simple_change = async_to_streamed_response(resource.simple_change)
        self.action = async_to_streamed_response(resource.action)
        self.modal = async_to_streamed_response(resource.modal)
        self.shorten = async_to_streamed_response(resource.shorten)
        self.swap_face = async_to_streamed_response(resource.swap_face)


class AsyncMidjourneyTasks(_AsyncTaskHelpers, AsyncAPIResource):
    """``client.midjourney.tasks`` (async)."""

    @cached_property
    def with_raw_response(self) -> AsyncMidjourneyTasksWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return AsyncMidjourneyTasksWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncMidjourneyTasksWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return AsyncMidjourneyTasksWithStreamingResponse(self)

    async def fetch(
        self,
        task_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.Task:
        """Get a task by its ID.

        The polling endpoint of every Midjourney task.

        ``GET /mj/task/{id}/fetch``

        Args:
            task_id (str): The task ID returned by a submit. (sent as ``id``)
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.Task.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.fetch, unknown)
        return cast("models.Task", await self._call(_ops.FETCH_TASK, locals()))

    async def list_by_condition(
        self,
        *,
        ids: builtins.list[str],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.TaskList:
        """Get several tasks by their IDs.

        The tasks of the given IDs, in one call (a batch of the fetch operation). Unknown IDs are left out of the answer, so it may be shorter than the list sent, or empty; its order is the server's.

        ``POST /mj/task/list-by-condition``

        Args:
            ids (list[str]): The task IDs to look up; unknown ones are left out of the answer.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.TaskList.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.list_by_condition, unknown)
        return cast("models.TaskList", await self._call(_ops.LIST_TASKS_BY_CONDITION, locals()))

    async def image_seed(
        self,
        task_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.SubmitResult:
        """Get the seed of a task's image.

        The seed Midjourney used for a finished task's image, to reproduce it with `--seed`; the task must have finished (it needs the job's message hash). Answers in the submit envelope, `result` being the seed as a string; a task with no message hash yet is refused with code 4.

        ``GET /mj/task/{id}/image-seed``

        Args:
            task_id (str): The task ID returned by a submit. (sent as ``id``)
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.SubmitResult.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.image_seed, unknown)
        return cast("models.SubmitResult", await self._call(_ops.GET_TASK_IMAGE_SEED, locals()))


class AsyncMidjourneyTasksWithRawResponse:
    """``client.midjourney.tasks.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncMidjourneyTasks) -> None:
        self._resource = resource
        self.fetch = async_to_raw_response(resource.fetch)
        self.list_by_condition = async_to_raw_response(resource.list_by_condition)
        self.image_seed = async_to_raw_response(resource.image_seed)


class AsyncMidjourneyTasksWithStreamingResponse:
    """``client.midjourney.tasks.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: AsyncMidjourneyTasks) -> None:
        self._resource = resource
        self.fetch = async_to_streamed_response(resource.fetch)
        self.list_by_condition = async_to_streamed_response(resource.list_by_condition)
        self.image_seed = async_to_streamed_response(resource.image_seed)


class AsyncMidjourney(AsyncAPIResource):
    """``client.midjourney`` (async)."""

    @cached_property
    def submit(self) -> AsyncMidjourneySubmit:
        return AsyncMidjourneySubmit(self._client)

    @cached_property
    def tasks(self) -> AsyncMidjourneyTasks:
        return AsyncMidjourneyTasks(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncMidjourneyWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return AsyncMidjourneyWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncMidjourneyWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return AsyncMidjourneyWithStreamingResponse(self)


class AsyncMidjourneyWithRawResponse:
    """``client.midjourney.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncMidjourney) -> None:
        self._resource = resource

    @cached_property
    def submit(self) -> AsyncMidjourneySubmitWithRawResponse:
        return self._resource.submit.with_raw_response

    @cached_property
    def tasks(self) -> AsyncMidjourneyTasksWithRawResponse:
        return self._resource.tasks.with_raw_response


class AsyncMidjourneyWithStreamingResponse:
    """``client.midjourney.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: AsyncMidjourney) -> None:
        self._resource = resource

    @cached_property
    def submit(self) -> AsyncMidjourneySubmitWithStreamingResponse:
        return self._resource.submit.with_streaming_response

    @cached_property
    def tasks(self) -> AsyncMidjourneyTasksWithStreamingResponse:
        return self._resource.tasks.with_streaming_response
