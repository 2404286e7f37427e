# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""The commands of ``wushuang api`` for ``client.models`` (see ``wushuang._generated.cli``)."""

from __future__ import annotations

COMMANDS: dict[str, tuple[str, str, str, bool, bool, tuple[tuple[str, str, bool, str, tuple[str, ...]], ...]]] = {
    "models.list": (
        "listModels",
        "List models",
        "The models the key may call, each with its `id` and `owned_by`. Relays of the new-api family answer `{success: true, data: [...]}` without `object: list`, and add each model's `supported_endpoint_types`; the list follows the key's group and model limits, so it can differ between keys of one account.",
        False,
        False,
        (),
    ),
    "models.retrieve": (
        "retrieveModel",
        "Retrieve a model",
        "One model by its ID, with `created` and `owned_by`; an ID the relay does not serve is answered 404.",
        False,
        False,
        (("model", "str", True, "The ID of the model.", ()),),
    ),
}
