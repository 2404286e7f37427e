# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""The commands of ``wushuang api`` for ``client.moderations`` (see ``wushuang._generated.cli``)."""

from __future__ import annotations

COMMANDS: dict[str, tuple[str, str, str, bool, bool, tuple[tuple[str, str, bool, str, tuple[str, ...]], ...]]] = {
    "moderations.create": (
        "createModeration",
        "Classify whether text is potentially harmful",
        "Classifies text (and, with omni moderation, images) against the moderation categories: whether the input is `flagged`, each category's verdict and score, and which input types each category applied to. One result per input, in the order sent.",
        False,
        False,
        (
            (
                "input",
                "json_or_text",
                True,
                "The text, or texts, to classify; for `omni-moderation` models also an array of text and image parts.",
                (),
            ),
            (
                "model",
                "str",
                False,
                "`omni-moderation-latest` (the server's default; text and images), or the text-only `text-moderation-latest` and `text-moderation-stable`.",
                (),
            ),
        ),
    ),
}
