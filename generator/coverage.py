"""How much of today's OpenAI API the spec describes: `python -m generator coverage [--missing]`.

Per operation of the spec that OpenAI also has (same method, same path once `/v1` and the names of path
parameters are set aside), the share of OpenAI's request fields and response fields that the spec has too.
A field is a property path through the schemas, such as `messages[].content[].image_url.detail`: `$ref` is
followed, `allOf` / `anyOf` / `oneOf` branches are merged, `[]` steps into array items and `{}` into the values
of a map; a query parameter is `?name`; a multipart body counts its form fields as a JSON body counts its
properties (a form field `name[]` is the field `name`). Request bodies are compared in the media types the spec
declares (OpenAI's image edit also takes JSON, which the relay does not); responses over every media type of the
2xx answers (JSON and event stream).

OpenAI's side is read from `openapi/openai-fields.json`, so no network is needed. That file is written by
`--refresh PATH --commit SHA --date YYYY-MM-DD` from a local copy of openai/openai-openapi's `openapi.yaml`:
the commit and date name the version the fields were taken from.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml  # type: ignore[import-untyped,unused-ignore]  # no stubs in the pinned tool set

__all__ = ["REFERENCE", "Coverage", "add_arguments", "coverage", "extract", "main", "run"]

# Only PyYAML is needed: the table can be printed before the generators' tool set is installed.
_OPENAPI = Path(__file__).resolve().parent.parent / "openapi"
DEFAULT_SPEC = _OPENAPI / "wushuang.yaml"
REFERENCE = _OPENAPI / "openai-fields.json"
_METHODS = ("get", "put", "post", "delete", "patch")
_PATH_PARAMETER = re.compile(r"\{[^}]*\}")
_MAX_DEPTH = 16  # deeper than any real field; stops schemas that nest themselves without a `$ref` cycle


@dataclass(frozen=True)
class Coverage:
    """One operation: OpenAI's request and response fields, and which of them the spec lacks."""

    key: str  # `POST /chat/completions`
    operation_id: str
    request: frozenset[str]
    response: frozenset[str]
    missing_request: frozenset[str]
    missing_response: frozenset[str]

    @property
    def request_share(self) -> float:
        return _share(len(self.request), len(self.missing_request))

    @property
    def response_share(self) -> float:
        return _share(len(self.response), len(self.missing_response))


def _share(total: int, missing: int) -> float:
    return 1.0 if total == 0 else (total - missing) / total


def operation_key(method: str, path: str) -> str:
    """`POST /v1/threads/{thread_id}/runs` and OpenAI's `/threads/{thread_id}/runs` -> `POST /threads/{}/runs`."""
    path = re.sub(r"^/v1(?=/)", "", path)
    return f"{method.upper()} {_PATH_PARAMETER.sub('{}', path)}"


class _Fields:
    """The field paths of one OpenAPI document's operations."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document

    def operations(self) -> Iterator[tuple[str, str, dict[str, Any]]]:
        """(key, path, operation) of every operation."""
        for path, item in self.document.get("paths", {}).items():
            for method in _METHODS:
                if isinstance(item, dict) and method in item:
                    yield operation_key(method, path), path, item[method]

    def request(self, operation: dict[str, Any], media_types: frozenset[str] | None = None) -> set[str]:
        """Query parameters (`?name`) and body field paths, the body read in `media_types` when any is declared."""
        fields = {
            f"?{p['name']}" for p in map(self._resolve, operation.get("parameters", [])) if p.get("in") == "query"
        }
        content = self._resolve(operation.get("requestBody", {})).get("content", {})
        chosen = [t for t in content if media_types is None or t in media_types] or list(content)
        for media_type in chosen:
            fields |= self.paths(content[media_type].get("schema", {}))
        return fields

    def request_media_types(self, operation: dict[str, Any]) -> frozenset[str]:
        return frozenset(self._resolve(operation.get("requestBody", {})).get("content", {}))

    def response(self, operation: dict[str, Any]) -> set[str]:
        """Field paths of every 2xx answer, over all its media types."""
        fields: set[str] = set()
        for status, answer in operation.get("responses", {}).items():
            if str(status).startswith("2"):
                for media in self._resolve(answer).get("content", {}).values():
                    fields |= self.paths(media.get("schema", {}))
        return fields

    def paths(self, schema: Any, prefix: str = "", seen: tuple[str, ...] = (), depth: int = 0) -> set[str]:
        """The property paths below `schema`, each `prefix`-ed; a `$ref` already being walked is not walked again."""
        if not isinstance(schema, dict) or depth > _MAX_DEPTH:
            return set()
        if "$ref" in schema:
            ref = str(schema["$ref"])
            if ref in seen:
                return set()
            seen = (*seen, ref)
        schema = self._resolve(schema)
        found: set[str] = set()
        for keyword in ("allOf", "anyOf", "oneOf"):
            for branch in schema.get(keyword, []):
                found |= self.paths(branch, prefix, seen, depth + 1)
        for wire, prop in schema.get("properties", {}).items():
            name = wire.removesuffix("[]")  # a form field `x[]` is the array `x`, as PHP-style forms name it
            path = f"{prefix}.{name}" if prefix else name
            found.add(path)
            found |= self.paths(prop, path, seen, depth + 1)
        if "items" in schema:
            found |= self.paths(schema["items"], f"{prefix}[]", seen, depth + 1)
        if isinstance(schema.get("additionalProperties"), dict):
            found |= self.paths(schema["additionalProperties"], f"{prefix}{{}}", seen, depth + 1)
        return found

    def _resolve(self, node: Any) -> dict[str, Any]:
        """`node` with its chain of local `$ref`s followed; sibling keywords of a `$ref` are kept."""
        seen: set[str] = set()
        while isinstance(node, dict) and "$ref" in node and str(node["$ref"]) not in seen:
            ref = str(node["$ref"])
            seen.add(ref)
            target: Any = self.document
            for part in ref.removeprefix("#/").split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = {**target, **{k: v for k, v in node.items() if k != "$ref"}}
        return node if isinstance(node, dict) else {}


def _load(path: Path) -> dict[str, Any]:
    with path.open("rb") as stream:  # libyaml's parser when PyYAML has it (generator.spec.parse_yaml's reason)
        document = yaml.load(stream, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    if not isinstance(document, dict):
        raise SystemExit(f"{path}: not an OpenAPI document")
    return document


def extract(openai_spec: Path, spec: Path, commit: str, date: str) -> dict[str, Any]:
    """The reference: OpenAI's field paths for each operation the spec has, read in the spec's media types."""
    ours = _Fields(_load(spec))
    wanted = {key: op for key, path, op in ours.operations() if not path.startswith("/mj/")}
    openai = _Fields(_load(openai_spec))
    operations: dict[str, Any] = {}
    every: list[str] = []
    for key, _path, op in openai.operations():
        every.append(key)
        if key in wanted:
            operations[key] = {
                "request": sorted(openai.request(op, ours.request_media_types(wanted[key]))),
                "response": sorted(openai.response(op)),
            }
    return {
        "source": "openai/openai-openapi openapi.yaml",
        "commit": commit,
        "date": date,
        "all_operations": sorted(set(every)),
        "operations": dict(sorted(operations.items())),
    }


def coverage(spec: Path = DEFAULT_SPEC, reference: Path = REFERENCE) -> tuple[dict[str, Any], list[Coverage]]:
    """The reference read, and the coverage of each operation of the spec that it holds."""
    known = json.loads(reference.read_text(encoding="utf-8"))
    ours = _Fields(_load(spec))
    results: list[Coverage] = []
    for key, path, op in ours.operations():
        if path.startswith("/mj/") or key not in known["operations"]:
            continue
        theirs = known["operations"][key]
        request, response = frozenset(theirs["request"]), frozenset(theirs["response"])
        results.append(
            Coverage(
                key=key,
                operation_id=str(op.get("operationId", "")),
                request=request,
                response=response,
                missing_request=request - ours.request(op),
                missing_response=response - ours.response(op),
            )
        )
    return known, results


def unmatched(spec: Path = DEFAULT_SPEC, reference: Path = REFERENCE) -> list[str]:
    """Operations of the spec (outside `/mj/`) that the reference does not hold, OpenAI not having them."""
    known = json.loads(reference.read_text(encoding="utf-8"))
    return [
        f"{key} ({op.get('operationId', '')})"
        for key, path, op in _Fields(_load(spec)).operations()
        if not path.startswith("/mj/") and key not in known["operations"]
    ]


def _count(total: int, missing: int) -> str:
    """`have/total  share %`, 17 characters."""
    return f"{total - missing:>4}/{total:<4}{_percent(_share(total, missing))}"


def _percent(share: float) -> str:
    return f"{100 * share:5.1f} %"


def report(known: dict[str, Any], results: list[Coverage], *, missing: bool, others: list[str]) -> list[str]:
    """The printed table: one line per operation, then the totals and the lowest shares."""
    lines = [
        f"OpenAI fields described by the spec (openai/openai-openapi {known['commit'][:7]}, {known['date']})",
        f"{'operation':<34} {'method path':<58} {'request':>17} {'response':>17}",
    ]
    for result in results:
        lines.append(
            f"{result.operation_id:<34} {result.key:<58} "
            f"{_count(len(result.request), len(result.missing_request))} "
            f"{_count(len(result.response), len(result.missing_response))}"
        )
        if missing:
            lines.extend(f"    missing request:  {path}" for path in sorted(result.missing_request))
            lines.extend(f"    missing response: {path}" for path in sorted(result.missing_response))
    request_total = sum(len(r.request) for r in results)
    request_missing = sum(len(r.missing_request) for r in results)
    response_total = sum(len(r.response) for r in results)
    response_missing = sum(len(r.missing_response) for r in results)
    lines.append(f"{'total':<93} {_count(request_total, request_missing)} {_count(response_total, response_missing)}")
    if results:
        lowest_request = min(results, key=lambda r: r.request_share)
        lowest_response = min(results, key=lambda r: r.response_share)
        lines.append(
            f"lowest: request {_percent(lowest_request.request_share).strip()} ({lowest_request.operation_id}), "
            f"response {_percent(lowest_response.response_share).strip()} ({lowest_response.operation_id})"
        )
    if others:
        lines.append(f"not in OpenAI's API today ({len(others)}): " + ", ".join(others))
    return lines


def main(argv: list[str] | None = None) -> int:
    """Print the coverage table, or with `--refresh` write the reference from a local openai-openapi file."""
    parser = argparse.ArgumentParser(prog="python -m generator coverage", description=__doc__)
    add_arguments(parser)
    return run(parser.parse_args(argv))


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC, help="the OpenAPI 3.1 spec to read")
    parser.add_argument("--reference", type=Path, default=REFERENCE, help="OpenAI's extracted field paths")
    parser.add_argument("--missing", action="store_true", help="list the field paths the spec lacks")
    parser.add_argument("--refresh", type=Path, metavar="OPENAPI_YAML", help="rewrite the reference from this file")
    parser.add_argument("--commit", default="", help="with --refresh: the openai-openapi commit of that file")
    parser.add_argument("--date", default="", help="with --refresh: that commit's date, YYYY-MM-DD")


def run(args: argparse.Namespace) -> int:
    """The `coverage` command with its parsed arguments."""
    if args.refresh is not None:
        if not (re.fullmatch(r"[0-9a-f]{7,40}", args.commit) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", args.date)):
            print("--refresh needs --commit <sha> and --date YYYY-MM-DD of the openai-openapi file it reads")
            return 2
        extracted = extract(args.refresh, args.spec, args.commit, args.date)
        args.reference.write_text(json.dumps(extracted, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {args.reference.name}: {len(extracted['operations'])} operations at {args.commit[:7]}")
    known, results = coverage(args.spec, args.reference)
    print("\n".join(report(known, results, missing=args.missing, others=unmatched(args.spec, args.reference))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
