# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""``client.midjourney.submit``: its resource classes (sync and async, and their response variants)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Literal, cast

from wushuang._core.resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_response,
    async_to_streamed_response,
    to_raw_response,
    to_streamed_response,
    unexpected_keyword,
)
from wushuang._core.types import (
    NOT_GIVEN,
    Body,
    Headers,
    ImageInput,
    NotGiven,
    Query,
    RequestOptions,
    Timeout,
)
from wushuang._generated.operations import midjourney_submit as _ops
from wushuang.midjourney._helpers import AsyncSubmitHelpers as _AsyncSubmitHelpers
from wushuang.midjourney._helpers import SubmitHelpers as _SubmitHelpers

if TYPE_CHECKING:
    from typing import Never

    from wushuang._generated import models


class MidjourneySubmitMethods(SyncAPIResource):
    """The generated methods of ``client.midjourney.submit``: the hand-written mixin ``SubmitHelpers`` derives from this class when type checking, so its calls of them are checked."""

    def imagine(
        self,
        *,
        prompt: str,
        base64_array: Sequence[ImageInput] | NotGiven = NOT_GIVEN,
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
        args: dict[str, object] = {
            "prompt": prompt,
            "base64_array": base64_array,
            "bot_type": bot_type,
            "notify_hook": notify_hook,
            "state": state,
        }
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.SubmitResult", self._call(_ops.SUBMIT_IMAGINE, args, options))

    def blend(
        self,
        *,
        base64_array: Sequence[ImageInput],
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
        args: dict[str, object] = {
            "base64_array": base64_array,
            "dimensions": dimensions,
            "bot_type": bot_type,
            "notify_hook": notify_hook,
            "state": state,
        }
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.SubmitResult", self._call(_ops.SUBMIT_BLEND, args, options))

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
        args: dict[str, object] = {"base64": base64, "bot_type": bot_type, "notify_hook": notify_hook, "state": state}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.SubmitResult", self._call(_ops.SUBMIT_DESCRIBE, args, options))

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
        args: dict[str, object] = {
            "task_id": task_id,
            "action": action,
            "index": index,
            "notify_hook": notify_hook,
            "state": state,
        }
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.SubmitResult", self._call(_ops.SUBMIT_CHANGE, args, options))

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
        args: dict[str, object] = {"content": content, "notify_hook": notify_hook, "state": state}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.SubmitResult", self._call(_ops.SUBMIT_SIMPLE_CHANGE, args, options))

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
        args: dict[str, object] = {
            "task_id": task_id,
            "custom_id": custom_id,
            "choose_same_channel": choose_same_channel,
            "notify_hook": notify_hook,
            "state": state,
        }
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.SubmitResult", self._call(_ops.SUBMIT_ACTION, args, options))

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
        args: dict[str, object] = {"task_id": task_id, "prompt": prompt, "mask_base64": mask_base64}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.SubmitResult", self._call(_ops.SUBMIT_MODAL, args, options))

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
        args: dict[str, object] = {"prompt": prompt, "bot_type": bot_type, "notify_hook": notify_hook, "state": state}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.SubmitResult", self._call(_ops.SUBMIT_SHORTEN, args, options))

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
        args: dict[str, object] = {
            "source_base64": source_base64,
            "target_base64": target_base64,
            "notify_hook": notify_hook,
            "state": state,
        }
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.SubmitResult", self._call(_ops.SWAP_FACE, args, options))


class MidjourneySubmit(_SubmitHelpers, MidjourneySubmitMethods):
    """``client.midjourney.submit``."""

    @cached_property
    def with_raw_response(self) -> MidjourneySubmitWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return MidjourneySubmitWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> MidjourneySubmitWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return MidjourneySubmitWithStreamingResponse(self)


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


class AsyncMidjourneySubmitMethods(AsyncAPIResource):
    """The generated methods of ``client.midjourney.submit`` (async): the hand-written mixin ``AsyncSubmitHelpers`` derives from this class when type checking, so its calls of them are checked."""

    async def imagine(
        self,
        *,
        prompt: str,
        base64_array: Sequence[ImageInput] | NotGiven = NOT_GIVEN,
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
        args: dict[str, object] = {
            "prompt": prompt,
            "base64_array": base64_array,
            "bot_type": bot_type,
            "notify_hook": notify_hook,
            "state": state,
        }
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.SubmitResult", await self._call(_ops.SUBMIT_IMAGINE, args, options))

    async def blend(
        self,
        *,
        base64_array: Sequence[ImageInput],
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
        args: dict[str, object] = {
            "base64_array": base64_array,
            "dimensions": dimensions,
            "bot_type": bot_type,
            "notify_hook": notify_hook,
            "state": state,
        }
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.SubmitResult", await self._call(_ops.SUBMIT_BLEND, args, options))

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
        args: dict[str, object] = {"base64": base64, "bot_type": bot_type, "notify_hook": notify_hook, "state": state}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.SubmitResult", await self._call(_ops.SUBMIT_DESCRIBE, args, options))

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
        args: dict[str, object] = {
            "task_id": task_id,
            "action": action,
            "index": index,
            "notify_hook": notify_hook,
            "state": state,
        }
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.SubmitResult", await self._call(_ops.SUBMIT_CHANGE, args, options))

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
        args: dict[str, object] = {"content": content, "notify_hook": notify_hook, "state": state}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.SubmitResult", await self._call(_ops.SUBMIT_SIMPLE_CHANGE, args, options))

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
        args: dict[str, object] = {
            "task_id": task_id,
            "custom_id": custom_id,
            "choose_same_channel": choose_same_channel,
            "notify_hook": notify_hook,
            "state": state,
        }
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.SubmitResult", await self._call(_ops.SUBMIT_ACTION, args, options))

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
        args: dict[str, object] = {"task_id": task_id, "prompt": prompt, "mask_base64": mask_base64}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.SubmitResult", await self._call(_ops.SUBMIT_MODAL, args, options))

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
        args: dict[str, object] = {"prompt": prompt, "bot_type": bot_type, "notify_hook": notify_hook, "state": state}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.SubmitResult", await self._call(_ops.SUBMIT_SHORTEN, args, options))

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
        args: dict[str, object] = {
            "source_base64": source_base64,
            "target_base64": target_base64,
            "notify_hook": notify_hook,
            "state": state,
        }
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.SubmitResult", await self._call(_ops.SWAP_FACE, args, options))


class AsyncMidjourneySubmit(_AsyncSubmitHelpers, AsyncMidjourneySubmitMethods):
    """``client.midjourney.submit`` (async)."""

    @cached_property
    def with_raw_response(self) -> AsyncMidjourneySubmitWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return AsyncMidjourneySubmitWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncMidjourneySubmitWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return AsyncMidjourneySubmitWithStreamingResponse(self)


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
