"""The spec the generators read: its bytes, their hash, the parsed document, and the facts the templates need."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml  # type: ignore[import-untyped,unused-ignore]  # no stubs in the pinned tool set
from openapi_spec_validator import OpenAPIV31SpecValidator

__all__ = ["HEADER_SOURCE", "Spec", "SpecError", "load_spec"]

# How generated files name their source: the repository path, whatever path the spec was read from.
HEADER_SOURCE = "openapi/wushuang.yaml"

_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


class SpecError(Exception):
    """The spec cannot be read, is not valid OpenAPI 3.1, or lacks what the generator needs."""


@dataclass(frozen=True)
class Spec:
    """One read of the spec file."""

    path: Path
    raw: bytes
    sha256: str
    document: dict[str, Any]

    @property
    def short_hash(self) -> str:
        """The first 16 hex digits of the hash, as written in generated headers."""
        return self.sha256[:16]

    @property
    def version(self) -> str:
        """`info.version`: the version of the generated client distribution."""
        return str(self.document["info"]["version"])

    def operations(self) -> list[tuple[str, str, dict[str, Any]]]:
        """Every operation as (method, path, operation object), in document order."""
        found: list[tuple[str, str, dict[str, Any]]] = []
        for path, item in self.document.get("paths", {}).items():
            for method in _METHODS:
                operation = item.get(method)
                if isinstance(operation, dict):
                    found.append((method, path, operation))
        return found

    def event_stream_operation_ids(self) -> list[str]:
        """The operationIds whose 200 response declares `text/event-stream`, sorted.

        openapi-python-client reads only the first content type of a response, so JSON must come first for its
        `sync` / `asyncio` functions to parse non-streamed answers; anything else is refused here.
        """
        ids: list[str] = []
        for method, path, operation in self.operations():
            response = self._resolve(operation.get("responses", {}).get("200", {}))
            content_types = list(response.get("content", {}))
            if "text/event-stream" not in content_types:
                continue
            if content_types[0] != "application/json":
                raise SpecError(
                    f"{method.upper()} {path}: list `application/json` first in the 200 response (found "
                    f"{', '.join(content_types)}); openapi-python-client parses only the first content type"
                )
            ids.append(str(operation["operationId"]))
        return sorted(ids)

    def _resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        """Follow a local `$ref` (as in `responses: {'200': {$ref: ...}}`)."""
        while isinstance(node, dict) and "$ref" in node:
            ref = str(node["$ref"])
            if not ref.startswith("#/"):
                raise SpecError(f"only local $refs are supported, found {ref!r}")
            target: Any = self.document
            for part in ref[2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
        return node


def load_spec(path: Path) -> Spec:
    """Read, hash and validate the spec at `path` (OpenAPI 3.1); raise `SpecError` with the reason if unusable."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise SpecError(f"cannot read the spec {path}: {error}") from error
    try:
        document = yaml.safe_load(raw)
    except yaml.YAMLError as error:
        raise SpecError(f"{path} is not valid YAML: {error}") from error
    if not isinstance(document, dict):
        raise SpecError(f"{path} does not hold an OpenAPI document (a mapping)")
    if not str(document.get("openapi", "")).startswith("3.1"):
        raise SpecError(f"{path}: expected `openapi: 3.1.x`, found {document.get('openapi')!r}")
    problems = sorted(OpenAPIV31SpecValidator(document).iter_errors(), key=lambda problem: str(problem.path))
    if problems:
        lines = [f"{path} is not valid OpenAPI 3.1 ({len(problems)} error(s)):"]
        for problem in problems[:20]:
            where = "/".join(str(part) for part in problem.path) or "(document)"
            lines.append(f"  at {where}: {problem.message}")
        raise SpecError("\n".join(lines))
    for method, op_path, operation in Spec(path, raw, "", document).operations():
        if "operationId" not in operation:
            raise SpecError(f"{method.upper()} {op_path} has no operationId")
    return Spec(path=path, raw=raw, sha256=hashlib.sha256(raw).hexdigest(), document=document)
