# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_button import TaskButton
    from ..models.task_properties_type_0 import TaskPropertiesType0


T = TypeVar("T", bound="Task")


@_attrs_define
class Task:
    """
    Attributes:
        id (str):
        action (None | str | Unset): IMAGINE, UPSCALE, VARIATION, REROLL, DESCRIBE, BLEND, ZOOM, PAN, SHORTEN,
            SWAP_FACE, and on some relays INPAINT, CUSTOM_ZOOM, HIGH_VARIATION, LOW_VARIATION or MODAL; others may follow.
        custom_id (None | str | Unset): The `customId` of the button that made the task, where relays report it (often
            empty).
        bot_type (None | str | Unset): MID_JOURNEY or NIJI_JOURNEY (or a server's own, such as INSIGHT_FACE); often
            empty on relays.
        status (None | str | Unset): NOT_START, SUBMITTED, MODAL, IN_PROGRESS, FAILURE, SUCCESS or CANCEL. SUCCESS,
            FAILURE and CANCEL are final; MODAL waits for the modal operation.
        prompt (None | str | Unset):
        prompt_en (None | str | Unset):
        description (None | str | Unset):
        state (None | str | Unset):
        submit_time (int | None | Unset): Epoch milliseconds.
        start_time (int | None | Unset): Epoch milliseconds.
        finish_time (int | None | Unset): Epoch milliseconds.
        progress (None | str | Unset): "0%" to "100%".
        image_url (None | str | Unset):
        fail_reason (None | str | Unset):
        mask_base_64 (None | str | Unset): The vary-region mask sent with the modal step, where relays report it
            (usually empty).
        buttons (list[TaskButton] | None | Unset): The buttons of the finished task, to press with the action operation.
        properties (None | TaskPropertiesType0 | Unset): Open map of extras, such as `finalPrompt` (the prompts of a
            DESCRIBE or SHORTEN task), `finalZhPrompt`, `botType`, `discordInstanceId` and `notifyHook`.
    """

    id: str
    action: None | str | Unset = UNSET
    custom_id: None | str | Unset = UNSET
    bot_type: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    prompt: None | str | Unset = UNSET
    prompt_en: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
    submit_time: int | None | Unset = UNSET
    start_time: int | None | Unset = UNSET
    finish_time: int | None | Unset = UNSET
    progress: None | str | Unset = UNSET
    image_url: None | str | Unset = UNSET
    fail_reason: None | str | Unset = UNSET
    mask_base_64: None | str | Unset = UNSET
    buttons: list[TaskButton] | None | Unset = UNSET
    properties: None | TaskPropertiesType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.task_properties_type_0 import TaskPropertiesType0  # noqa: PLC0415

        id = self.id

        action: None | str | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        else:
            action = self.action

        custom_id: None | str | Unset
        if isinstance(self.custom_id, Unset):
            custom_id = UNSET
        else:
            custom_id = self.custom_id

        bot_type: None | str | Unset
        if isinstance(self.bot_type, Unset):
            bot_type = UNSET
        else:
            bot_type = self.bot_type

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        prompt: None | str | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
            prompt = self.prompt

        prompt_en: None | str | Unset
        if isinstance(self.prompt_en, Unset):
            prompt_en = UNSET
        else:
            prompt_en = self.prompt_en

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        submit_time: int | None | Unset
        if isinstance(self.submit_time, Unset):
            submit_time = UNSET
        else:
            submit_time = self.submit_time

        start_time: int | None | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        else:
            start_time = self.start_time

        finish_time: int | None | Unset
        if isinstance(self.finish_time, Unset):
            finish_time = UNSET
        else:
            finish_time = self.finish_time

        progress: None | str | Unset
        if isinstance(self.progress, Unset):
            progress = UNSET
        else:
            progress = self.progress

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        fail_reason: None | str | Unset
        if isinstance(self.fail_reason, Unset):
            fail_reason = UNSET
        else:
            fail_reason = self.fail_reason

        mask_base_64: None | str | Unset
        if isinstance(self.mask_base_64, Unset):
            mask_base_64 = UNSET
        else:
            mask_base_64 = self.mask_base_64

        buttons: list[dict[str, Any]] | None | Unset
        if isinstance(self.buttons, Unset):
            buttons = UNSET
        elif isinstance(self.buttons, list):
            buttons = []
            for buttons_type_0_item_data in self.buttons:
                buttons_type_0_item = buttons_type_0_item_data.to_dict()
                buttons.append(buttons_type_0_item)

        else:
            buttons = self.buttons

        properties: dict[str, Any] | None | Unset
        if isinstance(self.properties, Unset):
            properties = UNSET
        elif isinstance(self.properties, TaskPropertiesType0):
            properties = self.properties.to_dict()
        else:
            properties = self.properties

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if action is not UNSET:
            field_dict["action"] = action
        if custom_id is not UNSET:
            field_dict["customId"] = custom_id
        if bot_type is not UNSET:
            field_dict["botType"] = bot_type
        if status is not UNSET:
            field_dict["status"] = status
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if prompt_en is not UNSET:
            field_dict["promptEn"] = prompt_en
        if description is not UNSET:
            field_dict["description"] = description
        if state is not UNSET:
            field_dict["state"] = state
        if submit_time is not UNSET:
            field_dict["submitTime"] = submit_time
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if finish_time is not UNSET:
            field_dict["finishTime"] = finish_time
        if progress is not UNSET:
            field_dict["progress"] = progress
        if image_url is not UNSET:
            field_dict["imageUrl"] = image_url
        if fail_reason is not UNSET:
            field_dict["failReason"] = fail_reason
        if mask_base_64 is not UNSET:
            field_dict["maskBase64"] = mask_base_64
        if buttons is not UNSET:
            field_dict["buttons"] = buttons
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.task_button import TaskButton  # noqa: PLC0415
        from ..models.task_properties_type_0 import TaskPropertiesType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_action(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        action = _parse_action(d.pop("action", UNSET))

        def _parse_custom_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_id = _parse_custom_id(d.pop("customId", UNSET))

        def _parse_bot_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bot_type = _parse_bot_type(d.pop("botType", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        def _parse_prompt_en(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt_en = _parse_prompt_en(d.pop("promptEn", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        def _parse_submit_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        submit_time = _parse_submit_time(d.pop("submitTime", UNSET))

        def _parse_start_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        start_time = _parse_start_time(d.pop("startTime", UNSET))

        def _parse_finish_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        finish_time = _parse_finish_time(d.pop("finishTime", UNSET))

        def _parse_progress(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        progress = _parse_progress(d.pop("progress", UNSET))

        def _parse_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_url = _parse_image_url(d.pop("imageUrl", UNSET))

        def _parse_fail_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fail_reason = _parse_fail_reason(d.pop("failReason", UNSET))

        def _parse_mask_base_64(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mask_base_64 = _parse_mask_base_64(d.pop("maskBase64", UNSET))

        def _parse_buttons(data: object) -> list[TaskButton] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                buttons_type_0 = []
                _buttons_type_0 = data
                for buttons_type_0_item_data in _buttons_type_0:
                    buttons_type_0_item = TaskButton.from_dict(buttons_type_0_item_data)

                    buttons_type_0.append(buttons_type_0_item)

                return buttons_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TaskButton] | None | Unset, data)

        buttons = _parse_buttons(d.pop("buttons", UNSET))

        def _parse_properties(data: object) -> None | TaskPropertiesType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                properties_type_0 = TaskPropertiesType0.from_dict(data)

                return properties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskPropertiesType0 | Unset, data)

        properties = _parse_properties(d.pop("properties", UNSET))

        task = cls(
            id=id,
            action=action,
            custom_id=custom_id,
            bot_type=bot_type,
            status=status,
            prompt=prompt,
            prompt_en=prompt_en,
            description=description,
            state=state,
            submit_time=submit_time,
            start_time=start_time,
            finish_time=finish_time,
            progress=progress,
            image_url=image_url,
            fail_reason=fail_reason,
            mask_base_64=mask_base_64,
            buttons=buttons,
            properties=properties,
        )

        task.additional_properties = d
        return task

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
