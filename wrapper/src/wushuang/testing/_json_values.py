"""JSON that follows a JSON Schema, drawn from a seeded generator: the emulator's structured answers.

``json_value(schema, rng)`` follows ``type`` (and type lists), ``properties`` (all of them, as strict mode
requires), ``items`` with ``minItems`` / ``maxItems``, ``enum``, ``const``, ``anyOf`` / ``oneOf`` (nullable
ones too), ``allOf``, ``$ref`` into ``$defs`` / ``definitions`` (recursive types end in ``null`` or an empty
list once deep enough), number bounds, and the string formats strict mode knows. Strings are words of the
emulator's text generator. The same schema and seed give the same value.
"""

from __future__ import annotations

import random
import uuid
from typing import Any

from ._textgen import words_from

__all__ = ["json_value"]

# Past this depth, recursive types take their shortest way out (null, an empty list).
_DEEP = 4
# Past this one, nothing nests further (a schema with no way out).
_LIMIT = 24


def json_value(schema: Any, rng: random.Random, root: Any = None, depth: int = 0) -> Any:
    """A value following ``schema`` (references resolve against ``root``, by default ``schema`` itself)."""
    root = schema if root is None else root
    if not isinstance(schema, dict) or depth > _LIMIT:
        return None
    if "$ref" in schema:
        return json_value(_resolve(root, schema["$ref"]), rng, root, depth + 1)
    if "const" in schema:
        return schema["const"]
    if schema.get("enum"):
        return rng.choice(schema["enum"])
    variants = schema.get("anyOf") or schema.get("oneOf")
    if variants:
        return json_value(_variant(variants, rng, root, depth), rng, root, depth)
    if schema.get("allOf"):
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            merged.update(_resolve(root, part["$ref"]) if "$ref" in part else part)
        return json_value({**merged, **{k: v for k, v in schema.items() if k != "allOf"}}, rng, root, depth)
    kind = schema.get("type")
    if isinstance(kind, list):
        kinds = [k for k in kind if k != "null"]
        kind = rng.choice(kinds) if kinds and depth <= _DEEP else "null"
    if kind == "object" or "properties" in schema:
        properties = schema.get("properties") or {}
        return {name: json_value(sub, rng, root, depth + 1) for name, sub in properties.items()}
    if kind == "array":
        low = int(schema.get("minItems", 0))
        high = int(schema.get("maxItems", max(low, 3)))
        count = low if depth > _DEEP else rng.randint(max(low, min(1, high)), max(low, min(high, 3)))
        return [json_value(schema.get("items", {"type": "string"}), rng, root, depth + 1) for _ in range(count)]
    if kind == "integer":
        least, most = _bounds(schema, 0, 100)
        return rng.randint(int(least), int(most))
    if kind == "number":
        least, most = _bounds(schema, 0.0, 100.0)
        return round(rng.uniform(least, most), 2)
    if kind == "boolean":
        return rng.random() < 0.5
    if kind == "string":
        return _string(schema.get("format"), rng)
    return None


def _resolve(root: Any, ref: str) -> Any:
    node = root
    for part in ref.removeprefix("#").strip("/").split("/"):
        if part:
            node = node.get(part, {}) if isinstance(node, dict) else {}
    return node


def _accepts_null(schema: Any) -> bool:
    if not isinstance(schema, dict):
        return False
    kind = schema.get("type")
    return kind == "null" or (isinstance(kind, list) and "null" in kind) or schema.get("const", 0) is None


def _variant(variants: list[Any], rng: random.Random, root: Any, depth: int) -> Any:
    """One of ``anyOf``'s variants: ``null`` once deep (recursion ends), else any other, mostly."""
    nulls = [v for v in variants if _accepts_null(v)]
    others = [v for v in variants if not _accepts_null(v)]
    if nulls and (depth > _DEEP or not others or rng.random() < 0.2):
        return nulls[0]
    return rng.choice(others or variants)


def _bounds(schema: dict[str, Any], low: float, high: float) -> tuple[float, float]:
    if "minimum" in schema:
        low = schema["minimum"]
    if "exclusiveMinimum" in schema:
        low = schema["exclusiveMinimum"] + 1
    if "maximum" in schema:
        high = schema["maximum"]
    if "exclusiveMaximum" in schema:
        high = schema["exclusiveMaximum"] - 1
    return low, max(low, high)


def _string(fmt: Any, rng: random.Random) -> str:
    if fmt in ("date-time", "date", "time"):
        day = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        time = f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00"
        return {"date": day, "time": time}.get(fmt, f"{day}T{time}Z")
    if fmt == "duration":
        return f"PT{rng.randint(1, 59)}M"
    if fmt == "uuid":
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))
    if fmt == "email":
        return words_from(rng.getrandbits(32), 1)[:-1].lower() + "@example.com"
    if fmt == "hostname":
        return words_from(rng.getrandbits(32), 1)[:-1].lower() + ".example.com"
    if fmt == "ipv4":
        return ".".join(str(rng.randint(1, 254)) for _ in range(4))
    if fmt == "ipv6":
        return ":".join(f"{rng.getrandbits(16):x}" for _ in range(8))
    return words_from(rng.getrandbits(32), rng.randint(1, 4))[:-1]
