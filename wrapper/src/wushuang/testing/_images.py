"""Hand-made handlers for images: generation, edits and variations, answered with real PNG files.

Each image is a valid PNG of the requested size in one solid colour derived from the request (prompt, source
image, position), made with zlib and struct. With `response_format: b64_json` the PNG comes inline; otherwise
as a URL under `IMAGE_PATH` that the emulator itself serves without a key (`serve_image`), its bytes kept in
the state's `IMAGES` store. Edits and variations refuse an `image` (or `mask`) that is not a PNG, as OpenAI does.
"""

from __future__ import annotations

import base64
import hashlib
import struct
import zlib
from collections.abc import Sequence
from typing import Any

from starlette.responses import JSONResponse, Response

from ._call import Call, Handler, not_found, openai_error
from ._state import EmulatorState
from ._textgen import seed_of

__all__ = ["HANDLERS", "IMAGES", "IMAGE_PATH", "MODELS", "png", "png_grid", "serve_image"]

#: The store that keeps the bytes of images handed out as URLs.
IMAGES = "emulator_images"
#: Where those URLs point: `<base_url>/emulator/images/<id>.png`.
IMAGE_PATH = "/emulator/images/"
#: The models these handlers serve, for the emulator's list of known models.
MODELS: tuple[str, ...] = ("dall-e-2", "dall-e-3", "gpt-image-1")
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_DEFAULT_SIZE = "1024x1024"


def _zlib_bands(bands: list[tuple[bytes, int]]) -> bytes:
    """The zlib stream of each `(row, count)` band's row repeated `count` times, compressing each row only once.

    A fresh compressor's output for one row, ended by a full flush, is a deflate block on a byte boundary with no
    reference to earlier data, so that block can be repeated as it is; an empty final block (`03 00`) and the
    Adler-32 of the whole data close the stream.
    """
    header, blocks, adler = b"", bytearray(), 1
    for row, count in bands:
        compressor = zlib.compressobj(9)
        block = compressor.compress(row) + compressor.flush(zlib.Z_FULL_FLUSH)
        header = block[:2]
        blocks += block[2:] * count
        for _ in range(count):
            adler = zlib.adler32(row, adler)
    return header + bytes(blocks) + b"\x03\x00" + struct.pack(">I", adler)


def _png(width: int, height: int, bands: list[tuple[bytes, int]]) -> bytes:
    """A PNG image (8-bit RGB, no interlace) made of horizontal bands of identical rows (filter byte included)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return PNG_SIGNATURE + chunk(b"IHDR", header) + chunk(b"IDAT", _zlib_bands(bands)) + chunk(b"IEND", b"")


def png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A PNG image (8-bit RGB, no interlace) of one colour."""
    return _png(width, height, [(b"\x00" + bytes(rgb) * width, height)])  # filter type 0 (none), then the pixels


def png_grid(width: int, height: int, colours: Sequence[tuple[int, int, int]]) -> bytes:
    """A PNG image split into four quadrants of the four `colours` (left to right, top to bottom), as a grid."""
    left, right = width // 2, width - width // 2
    top, bottom = height // 2, height - height // 2
    first, second, third, fourth = (bytes(c) for c in colours)
    return _png(
        width,
        height,
        [(b"\x00" + first * left + second * right, top), (b"\x00" + third * left + fourth * right, bottom)],
    )


def _images(call: Call, kind: str, source: bytes = b"") -> Response:
    """The answer to an images request: `n` PNGs of `size`, as URLs or base64, `revised_prompt` for dall-e-3."""
    p = call.params
    prompt = p.get("prompt")
    model = p.get("model") or "dall-e-2"
    size = str(p.get("size") or _DEFAULT_SIZE)
    width, height = (int(side) for side in (_DEFAULT_SIZE if size == "auto" else size).split("x"))
    inline = p.get("response_format") == "b64_json"
    digest = hashlib.sha256(source).hexdigest()
    data: list[dict[str, Any]] = []
    for index in range(int(p.get("n") or 1)):
        colour = seed_of(kind, model, prompt, digest, p.get("size"), index).to_bytes(8, "big")[:3]
        image = png(width, height, (colour[0], colour[1], colour[2]))
        item: dict[str, Any] = {}
        if inline:
            item["b64_json"] = base64.b64encode(image).decode()
        else:
            image_id = "img-" + hashlib.sha256(f"{call.state.next_number()}:{kind}".encode()).hexdigest()[:24]
            call.state.store(IMAGES).add({"id": image_id, "bytes": len(image)}, attachment=image)
            item["url"] = f"{call.base_url}{IMAGE_PATH}{image_id}.png"
        if model == "dall-e-3" and prompt:
            item["revised_prompt"] = f"A detailed, vivid rendering of {prompt.rstrip('.')}."
        data.append(item)
    return JSONResponse({"created": int(call.state.clock.now()), "data": data})


def _not_png(call: Call, *names: str) -> Response | None:
    """OpenAI's 400 naming the first uploaded file of `names` that is not a PNG, else None."""
    for name in names:
        part = call.files.get(name)
        if part is not None and not part.data.startswith(PNG_SIGNATURE):
            return openai_error(
                400, f"Invalid input {name}: uploaded image must be a PNG and less than 4 MB.", param=name
            )
    return None


def create_image(call: Call) -> Response:
    """POST /v1/images/generations."""
    return _images(call, "generation")


def create_image_edit(call: Call) -> Response:
    """POST /v1/images/edits (multipart): `image` and `mask` must be PNGs."""
    if "image" not in call.files:  # sent as a text field (a part without a file name)
        return openai_error(400, "Invalid input image: upload the image as a file.", param="image")
    return _not_png(call, "image", "mask") or _images(call, "edit", call.files["image"].data)


def create_image_variation(call: Call) -> Response:
    """POST /v1/images/variations (multipart): `image` must be a PNG."""
    return _not_png(call, "image") or _images(call, "variation", call.files["image"].data)


def serve_image(state: EmulatorState, path: str) -> Response:
    """GET `IMAGE_PATH<id>.png`: an image handed out as a URL; no key needed, as for a storage host."""
    image_id = path.removeprefix(IMAGE_PATH).removesuffix(".png")
    record = state.store(IMAGES).get(image_id)
    if record is None:
        return not_found("image", image_id)
    return Response(record.attachment, media_type="image/png")


HANDLERS: dict[str, Handler] = {
    "createImage": create_image,
    "createImageEdit": create_image_edit,
    "createImageVariation": create_image_variation,
}
