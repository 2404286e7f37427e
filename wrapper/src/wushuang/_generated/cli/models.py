# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""The commands of ``wushuang api`` for ``client.models`` (see ``wushuang._generated.cli``)."""

from __future__ import annotations

COMMANDS: dict[str, tuple[str, str, str, bool, bool, tuple[tuple[str, str, bool, str, tuple[str, ...]], ...]]] = {
    "models.list": (
        "listModels",
        "List models",
        "",
        False,
        False,
        (),
    ),
    "models.retrieve": (
        "retrieveModel",
        "Retrieve a model",
        "",
        False,
        False,
        (("model", "str", True, "The ID of the model.", ()),),
    ),
}
