# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""The commands of ``wushuang api`` for ``client.audio.translations`` (see ``wushuang._generated.cli``)."""

from __future__ import annotations

COMMANDS: dict[str, tuple[str, str, str, bool, bool, tuple[tuple[str, str, bool, str, tuple[str, ...]], ...]]] = {
    "audio.translations.create": (
        "createTranslation",
        "Translate audio into English",
        "Answers JSON for `response_format` json (the server's default) and verbose_json, and plain text for text, srt and vtt.",
        False,
        False,
        (
            (
                "file",
                "file",
                True,
                "The audio file to translate: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav or webm.",
                (),
            ),
            ("model", "str", True, "`whisper-1`.", ()),
            ("prompt", "str", False, "Text in English to guide the style or continue a previous segment.", ()),
            (
                "response_format",
                "choice",
                False,
                "Server default json; text, srt and vtt are answered as plain text.",
                ("json", "text", "srt", "verbose_json", "vtt"),
            ),
            ("temperature", "float", False, "Server default 0.", ()),
        ),
    ),
}
