"""The generation pipeline: `python -m generator generate` and `python -m generator check`.

From the one spec (openapi/wushuang.yaml) it writes, with pinned tools and committed configuration:
generated_client/ (openapi-python-client with the templates in templates/opc/), the wrapper's msgspec models and
TypedDict parameter types (datamodel-code-generator), the wrapper's resources and operation table (the project's
emitter, generator/emitter.py), and the emulator's copy of the spec. Output is formatted with the pinned ruff and
every file starts with a header naming the spec's hash, so `check` can tell when anything is stale.
"""
