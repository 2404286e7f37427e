# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.create_image_edit_request_background import CreateImageEditRequestBackground
from ..models.create_image_edit_request_input_fidelity import CreateImageEditRequestInputFidelity
from ..models.create_image_edit_request_output_format import CreateImageEditRequestOutputFormat
from ..models.create_image_edit_request_quality import CreateImageEditRequestQuality
from ..models.create_image_edit_request_response_format import CreateImageEditRequestResponseFormat
from ..models.create_image_edit_request_size import CreateImageEditRequestSize
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="CreateImageEditRequest")


@_attrs_define
class CreateImageEditRequest:
    """
    Attributes:
        image (File | list[File]): The image to edit; for `dall-e-2` one square PNG under 4 MB (without `mask`, its
            transparent areas are the ones edited), for GPT image models up to 16 PNG, WEBP or JPEG images under 50 MB each.
        prompt (str): What the edited image shows; at most 1000 characters for `dall-e-2`, 32000 for GPT image models.
        mask (File | Unset): A PNG under 4 MB of the size of (the first) `image`, whose fully transparent areas are the
            ones edited.
        model (str | Unset): `dall-e-2` (the server's default), `gpt-image-1`, `gpt-image-1-mini` or a later GPT image
            model.
        n (int | Unset): How many images, 1 to 10. Server default 1.
        size (CreateImageEditRequestSize | Unset): 256x256, 512x512 or 1024x1024 for `dall-e-2`; 1024x1024, 1536x1024,
            1024x1536 or auto for GPT image models. Server default 1024x1024.
        quality (CreateImageEditRequestQuality | Unset): `standard` for `dall-e-2`; `low`, `medium`, `high` or `auto`
            (the default) for GPT image models.
        response_format (CreateImageEditRequestResponseFormat | Unset): URLs (valid for 60 minutes) or base64 JSON, for
            `dall-e-2`; GPT image models always answer base64. Server default url.
        input_fidelity (CreateImageEditRequestInputFidelity | Unset): How closely the output keeps the style and
            features (faces) of the input images; `gpt-image-1` only. Server default low.
        background (CreateImageEditRequestBackground | Unset): `transparent`, `opaque` or `auto` (the server's default);
            GPT image models only, and `transparent` needs `output_format` png or webp.
        output_format (CreateImageEditRequestOutputFormat | Unset): `png` (the server's default), `jpeg` or `webp`; GPT
            image models only, which always answer base64.
        output_compression (int | Unset): 0 to 100 %, for `jpeg` and `webp` output of GPT image models. Server default
            100.
        stream (bool | Unset): Answer as server-sent events, with partial images as they are drawn; GPT image models
            only. Server default false.
        partial_images (int | Unset): How many partial images (0 to 3) a streamed answer sends before the final one.
        user (str | Unset): A unique identifier of the end user, to help monitor and detect abuse.
    """

    image: File | list[File]
    prompt: str
    mask: File | Unset = UNSET
    model: str | Unset = UNSET
    n: int | Unset = UNSET
    size: CreateImageEditRequestSize | Unset = UNSET
    quality: CreateImageEditRequestQuality | Unset = UNSET
    response_format: CreateImageEditRequestResponseFormat | Unset = UNSET
    input_fidelity: CreateImageEditRequestInputFidelity | Unset = UNSET
    background: CreateImageEditRequestBackground | Unset = UNSET
    output_format: CreateImageEditRequestOutputFormat | Unset = UNSET
    output_compression: int | Unset = UNSET
    stream: bool | Unset = UNSET
    partial_images: int | Unset = UNSET
    user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image: FileTypes | list[FileTypes]
        if isinstance(self.image, File):
            image = self.image.to_tuple()

        else:
            image = []
            for image_type_1_item_data in self.image:
                image_type_1_item = image_type_1_item_data.to_tuple()

                image.append(image_type_1_item)

        prompt = self.prompt

        mask: FileTypes | Unset = UNSET
        if not isinstance(self.mask, Unset):
            mask = self.mask.to_tuple()

        model = self.model

        n = self.n

        size: str | Unset = UNSET
        if not isinstance(self.size, Unset):
            size = self.size.value

        quality: str | Unset = UNSET
        if not isinstance(self.quality, Unset):
            quality = self.quality.value

        response_format: str | Unset = UNSET
        if not isinstance(self.response_format, Unset):
            response_format = self.response_format.value

        input_fidelity: str | Unset = UNSET
        if not isinstance(self.input_fidelity, Unset):
            input_fidelity = self.input_fidelity.value

        background: str | Unset = UNSET
        if not isinstance(self.background, Unset):
            background = self.background.value

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format.value

        output_compression = self.output_compression

        stream = self.stream

        partial_images = self.partial_images

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image": image,
                "prompt": prompt,
            }
        )
        if mask is not UNSET:
            field_dict["mask"] = mask
        if model is not UNSET:
            field_dict["model"] = model
        if n is not UNSET:
            field_dict["n"] = n
        if size is not UNSET:
            field_dict["size"] = size
        if quality is not UNSET:
            field_dict["quality"] = quality
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if input_fidelity is not UNSET:
            field_dict["input_fidelity"] = input_fidelity
        if background is not UNSET:
            field_dict["background"] = background
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if output_compression is not UNSET:
            field_dict["output_compression"] = output_compression
        if stream is not UNSET:
            field_dict["stream"] = stream
        if partial_images is not UNSET:
            field_dict["partial_images"] = partial_images
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if isinstance(self.image, File):
            files.append(("image", self.image.to_tuple()))
        else:
            for image_type_1_item_element in self.image:
                files.append(("image", image_type_1_item_element.to_tuple()))

        files.append(("prompt", (None, str(self.prompt).encode(), "text/plain")))

        if not isinstance(self.mask, Unset):
            files.append(("mask", self.mask.to_tuple()))

        if not isinstance(self.model, Unset):
            files.append(("model", (None, str(self.model).encode(), "text/plain")))

        if not isinstance(self.n, Unset):
            files.append(("n", (None, str(self.n).encode(), "text/plain")))

        if not isinstance(self.size, Unset):
            files.append(("size", (None, str(self.size.value).encode(), "text/plain")))

        if not isinstance(self.quality, Unset):
            files.append(("quality", (None, str(self.quality.value).encode(), "text/plain")))

        if not isinstance(self.response_format, Unset):
            files.append(("response_format", (None, str(self.response_format.value).encode(), "text/plain")))

        if not isinstance(self.input_fidelity, Unset):
            files.append(("input_fidelity", (None, str(self.input_fidelity.value).encode(), "text/plain")))

        if not isinstance(self.background, Unset):
            files.append(("background", (None, str(self.background.value).encode(), "text/plain")))

        if not isinstance(self.output_format, Unset):
            files.append(("output_format", (None, str(self.output_format.value).encode(), "text/plain")))

        if not isinstance(self.output_compression, Unset):
            files.append(("output_compression", (None, str(self.output_compression).encode(), "text/plain")))

        if not isinstance(self.stream, Unset):
            files.append(("stream", (None, str(self.stream).encode(), "text/plain")))

        if not isinstance(self.partial_images, Unset):
            files.append(("partial_images", (None, str(self.partial_images).encode(), "text/plain")))

        if not isinstance(self.user, Unset):
            files.append(("user", (None, str(self.user).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_image(data: object) -> File | list[File]:
            try:
                if not isinstance(data, bytes):
                    raise TypeError()
                image_type_0 = File(payload=BytesIO(data))

                return image_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            image_type_1 = []
            _image_type_1 = data
            for image_type_1_item_data in _image_type_1:
                image_type_1_item = File(payload=BytesIO(image_type_1_item_data))

                image_type_1.append(image_type_1_item)

            return image_type_1

        image = _parse_image(d.pop("image"))

        prompt = d.pop("prompt")

        _mask = d.pop("mask", UNSET)
        mask: File | Unset
        if isinstance(_mask, Unset):
            mask = UNSET
        else:
            mask = File(payload=BytesIO(_mask))

        model = d.pop("model", UNSET)

        n = d.pop("n", UNSET)

        _size = d.pop("size", UNSET)
        size: CreateImageEditRequestSize | Unset
        if isinstance(_size, Unset):
            size = UNSET
        else:
            size = CreateImageEditRequestSize(_size)

        _quality = d.pop("quality", UNSET)
        quality: CreateImageEditRequestQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = CreateImageEditRequestQuality(_quality)

        _response_format = d.pop("response_format", UNSET)
        response_format: CreateImageEditRequestResponseFormat | Unset
        if isinstance(_response_format, Unset):
            response_format = UNSET
        else:
            response_format = CreateImageEditRequestResponseFormat(_response_format)

        _input_fidelity = d.pop("input_fidelity", UNSET)
        input_fidelity: CreateImageEditRequestInputFidelity | Unset
        if isinstance(_input_fidelity, Unset):
            input_fidelity = UNSET
        else:
            input_fidelity = CreateImageEditRequestInputFidelity(_input_fidelity)

        _background = d.pop("background", UNSET)
        background: CreateImageEditRequestBackground | Unset
        if isinstance(_background, Unset):
            background = UNSET
        else:
            background = CreateImageEditRequestBackground(_background)

        _output_format = d.pop("output_format", UNSET)
        output_format: CreateImageEditRequestOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = CreateImageEditRequestOutputFormat(_output_format)

        output_compression = d.pop("output_compression", UNSET)

        stream = d.pop("stream", UNSET)

        partial_images = d.pop("partial_images", UNSET)

        user = d.pop("user", UNSET)

        create_image_edit_request = cls(
            image=image,
            prompt=prompt,
            mask=mask,
            model=model,
            n=n,
            size=size,
            quality=quality,
            response_format=response_format,
            input_fidelity=input_fidelity,
            background=background,
            output_format=output_format,
            output_compression=output_compression,
            stream=stream,
            partial_images=partial_images,
            user=user,
        )

        create_image_edit_request.additional_properties = d
        return create_image_edit_request

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
