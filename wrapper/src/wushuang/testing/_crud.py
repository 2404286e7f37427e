"""Stateful create, retrieve, update, list and delete, driven by the spec: no handler per operation.

An operation whose `x-sdk` names a `store` (`x-sdk: {..., store: assistants}`) keeps its objects in that
collection of the emulator's state. What it does follows from its method and path:

- POST on a collection path (`/v1/assistants`) creates, GET lists in cursor pages;
- GET, POST and DELETE on an item path (`/v1/assistants/{assistant_id}`) retrieve, update and delete.

A nested collection (`/v1/threads/{thread_id}/messages`) keeps its objects apart per parent, and answers 404
when a parent that another stored operation serves (`/v1/threads/{thread_id}`) does not exist.

Ids take the prefix of the example id in the operations' answers (`asst_abc123`: `asst_`) unless
`x-sdk.id_prefix` names one. A created object is the request body over the response schema: `id`, `object`
and `created_at` from the emulator, parent ids from the path, absent fields from the schema's default, else
null (or an empty list) where the schema allows it, else left out. A hand-written handler for an operation
takes precedence over all of this.
"""

from __future__ import annotations

import hashlib
import re
import weakref
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

from starlette.responses import JSONResponse, Response

from ._call import Call, not_found, openai_error
from ._spec import Operation, SpecIndex
from ._state import EmulatorState

__all__ = ["Collection", "Crud", "CrudOperation", "new_id", "page"]

Kind = Literal["create", "list", "retrieve", "update", "delete"]
# (is the path an item path, method) -> what the operation does.
_KINDS: dict[tuple[bool, str], Kind] = {
    (False, "POST"): "create",
    (False, "GET"): "list",
    (True, "GET"): "retrieve",
    (True, "POST"): "update",
    (True, "DELETE"): "delete",
}
_SERVER_FIELDS = frozenset({"id", "object", "created_at"})
_PAGE_KEYS = ("object", "data", "first_id", "last_id", "has_more")
_PAGING = frozenset({"limit", "order", "after", "before"})
_DEFAULT_LIMIT = 20
_PARAM_RE = re.compile(r"^\{(.+)\}$")
_ID_PREFIX_RE = re.compile(r"^(.*[_-])[^_-]+$")
# The store operations of each spec, worked out once: the app and the handlers that delegate share them.
_OF_SPEC: weakref.WeakKeyDictionary[SpecIndex, Crud] = weakref.WeakKeyDictionary()


def new_id(state: EmulatorState, store: str, prefix: str) -> str:
    """A fresh id for an object of `store`: `prefix` and 24 hex digits, the same on every run."""
    return prefix + hashlib.sha256(f"{store}:{state.next_number()}".encode()).hexdigest()[:24]


@dataclass(frozen=True)
class Collection:
    """What the operations of one store share: what its objects are called and how their ids look."""

    name: str
    object: str
    id_prefix: str
    deleted_object: str
    schema: Any

    @property
    def thing(self) -> str:
        """The object's name in messages: `thread.message` -> `message`."""
        return self.object.rsplit(".", 1)[-1].replace("_", " ")


@dataclass(frozen=True)
class CrudOperation:
    """One stored operation: its kind, its collection, and where its path puts the ids."""

    kind: Kind
    collection: Collection
    id_param: str | None
    scope_params: tuple[str, ...]
    #: (store of a parent, its position in `scope_params`), for each parent another operation stores.
    parents: tuple[tuple[str, int], ...]
    status: int
    #: For a list: the keys its page schema has (`data` and `has_more` only, for some lists).
    page_keys: frozenset[str]


def _param(segment: str) -> str | None:
    found = _PARAM_RE.match(segment)
    return found.group(1) if found else None


def _shape(segments: list[str]) -> str:
    """A path template with its parameters unnamed, so `{thread_id}` and `{id}` compare equal."""
    return "/" + "/".join("{}" if _param(s) else s for s in segments)


def _segments(operation: Operation) -> list[str]:
    return operation.path.strip("/").split("/")


def _kinds(operations: list[Operation]) -> dict[str, Kind | None]:
    """What each stored operation does, by operationId; None for an action such as `.../{run_id}/cancel`.

    A path under an item of its own store (`/v1/widgets/{widget_id}/polish` with `store: widgets`) is an
    action on that item, not a nested collection: a collection cannot hold itself.
    """
    items: set[tuple[str, str]] = set()
    for op in operations:
        segments = _segments(op)
        if _param(segments[-1]):
            items.add((str(op.x_sdk["store"]), _shape(segments)))
    kinds: dict[str, Kind | None] = {}
    for op in operations:
        segments = _segments(op)
        is_item = _param(segments[-1]) is not None
        action = not is_item and (str(op.x_sdk["store"]), _shape(segments[:-1])) in items
        kinds[op.operation_id] = None if action else _KINDS.get((is_item, op.method))
    return kinds


def _json_answer(spec: SpecIndex, operation: Operation) -> tuple[int, Any, Any]:
    """Status, schema and example of the operation's first 2xx JSON answer."""
    responses = operation.definition.get("responses") or {}
    codes = sorted(c for c in responses if str(c).isdigit() and 200 <= int(c) < 300)
    for code in codes:
        media = ((spec.resolve(responses[code]) or {}).get("content") or {}).get("application/json")
        if isinstance(media, dict):
            schema = spec.resolve(media.get("schema") or {})
            example = media.get("example")
            if example is None and isinstance(media.get("examples"), dict) and media["examples"]:
                example = (spec.resolve(next(iter(media["examples"].values()))) or {}).get("value")
            if example is None and isinstance(schema, dict):
                example = schema.get("example")
            return int(code), schema, example
    return int(codes[0]) if codes else 200, {}, None


class Crud:
    """The stored operations of a spec, answered from the emulator's stores."""

    @classmethod
    def of(cls, spec: SpecIndex) -> Crud:
        """The store operations of `spec`, worked out on first use; handlers delegate to the app's through it."""
        crud = _OF_SPEC.get(spec)
        if crud is None:
            crud = _OF_SPEC[spec] = cls(spec)
        return crud

    def __init__(self, spec: SpecIndex) -> None:
        self.spec = spec
        stored = [op for op in spec if isinstance(op.x_sdk.get("store"), str)]
        kinds = _kinds(stored)
        #: Stored operations whose method and path are no create/list/retrieve/update/delete: they need a handler.
        self.unshaped: list[str] = [op_id for op_id, kind in kinds.items() if kind is None]
        shaped = [op for op in stored if kinds[op.operation_id] is not None]
        self._kinds = {op_id: kind for op_id, kind in kinds.items() if kind is not None}
        names = {str(op.x_sdk["store"]) for op in shaped}
        self.collections = {name: self._collection(name, shaped) for name in sorted(names)}
        # Item path shape -> the store holding those items, to find the parents of nested collections.
        item_paths: dict[str, str] = {}
        for op in shaped:
            segments = _segments(op)
            item = segments if _param(segments[-1]) else [*segments, "{}"]
            item_paths.setdefault(_shape(item), str(op.x_sdk["store"]))
        self.operations = {op.operation_id: self._operation(op, item_paths) for op in shaped}

    def _of_kind(self, name: str, shaped: list[Operation], *kinds: Kind) -> Iterator[tuple[Kind, Operation]]:
        for kind in kinds:
            for op in shaped:
                if op.x_sdk["store"] == name and self._kinds[op.operation_id] == kind:
                    yield kind, op

    def _collection(self, name: str, shaped: list[Operation]) -> Collection:
        schemas: list[Any] = []
        examples: list[Any] = []
        for kind, op in self._of_kind(name, shaped, "create", "retrieve", "update", "list"):
            _, schema, example = _json_answer(self.spec, op)
            if kind == "list":
                schema = self.spec.items_of(self.spec.properties_of(schema).get("data") or {})
                data = example.get("data") if isinstance(example, dict) else None
                example = data[0] if isinstance(data, list) and data else None
            schemas.append(self.spec.resolve(schema))
            examples.append(example)
        object_name = name
        for schema, example in zip(schemas, examples, strict=True):
            found_name = _object_name(self.spec, schema, example)
            if found_name:
                object_name = found_name
                break
        prefixes = [op.x_sdk["id_prefix"] for op in shaped if op.x_sdk["store"] == name and "id_prefix" in op.x_sdk]
        for example in examples:
            found = _ID_PREFIX_RE.match(str(example.get("id"))) if isinstance(example, dict) else None
            if found:
                prefixes.append(found.group(1))
        deleted = f"{object_name}.deleted"
        for _, op in self._of_kind(name, shaped, "delete"):
            example = _json_answer(self.spec, op)[2]
            if isinstance(example, dict) and isinstance(example.get("object"), str):
                deleted = example["object"]
        return Collection(
            name=name,
            object=object_name,
            id_prefix=str(prefixes[0]) if prefixes else object_name.rsplit(".", 1)[-1] + "_",
            deleted_object=deleted,
            schema=next((s for s in schemas if isinstance(s, dict) and s), {}),
        )

    def _operation(self, op: Operation, item_paths: dict[str, str]) -> CrudOperation:
        segments = _segments(op)
        id_param = _param(segments[-1])
        scope: list[str] = []
        parents: list[tuple[str, int]] = []
        for index, segment in enumerate(segments[:-1] if id_param else segments):
            name = _param(segment)
            if name is None:
                continue
            parent = item_paths.get(_shape(segments[: index + 1]))
            if parent is not None:
                parents.append((parent, len(scope)))
            scope.append(name)
        status, schema, _ = _json_answer(self.spec, op)
        kind = self._kinds[op.operation_id]
        page_keys = (
            frozenset(self.spec.properties_of(schema) or _PAGE_KEYS) | {"data"} if kind == "list" else frozenset()
        )
        return CrudOperation(
            kind=kind,
            collection=self.collections[str(op.x_sdk["store"])],
            id_param=id_param,
            scope_params=tuple(scope),
            parents=tuple(parents),
            status=status,
            page_keys=page_keys,
        )

    # ---------------------------------------------------------------- answering
    def answer(self, call: Call) -> Response:
        """The answer to a request for a stored operation (one of `self.operations`)."""
        missing = self.missing_parent(call)
        if missing is not None:
            return missing
        op = self.operations[call.operation.operation_id]
        scope = tuple(call.path_params[name] for name in op.scope_params)
        store = call.state.store(op.collection.name)
        if op.kind == "create":
            created = self._new_object(call, op)
            store.add(created, scope)
            return JSONResponse(created, status_code=op.status)
        if op.kind == "list":
            return self._list(call, op, scope)
        assert op.id_param is not None
        item_id = call.path_params[op.id_param]
        if op.kind == "retrieve":
            record = store.get(item_id, scope)
            found = None if record is None else record.object
        elif op.kind == "update":
            found = store.update(item_id, self._fields(call, op), scope)
        else:
            gone = store.remove(item_id, scope)
            found = None if gone is None else {"id": item_id, "object": op.collection.deleted_object, "deleted": True}
        if found is None:
            return not_found(op.collection.thing, item_id)
        return JSONResponse(found, status_code=op.status)

    def missing_parent(self, call: Call) -> Response | None:
        """The 404 for the first parent in the path of a stored operation that is not stored, else None."""
        op = self.operations[call.operation.operation_id]
        scope = tuple(call.path_params[name] for name in op.scope_params)
        for parent, position in op.parents:
            if call.state.store(parent).get(scope[position], scope[:position]) is None:
                return not_found(self.collections[parent].thing, scope[position])
        return None

    def _fields(self, call: Call, op: CrudOperation) -> dict[str, Any]:
        """The body's fields the object has; the server's own fields and the path's ids are not the body's."""
        known = self.spec.properties_of(op.collection.schema)
        return {
            k: v
            for k, v in call.params.items()
            if (k in known or not known) and k not in _SERVER_FIELDS and k not in call.path_params
        }

    def _new_object(self, call: Call, op: CrudOperation) -> dict[str, Any]:
        collection = op.collection
        created: dict[str, Any] = {
            "id": new_id(call.state, collection.name, collection.id_prefix),
            "object": collection.object,
            "created_at": int(call.state.clock.now()),
        }
        schema = self.spec.resolve(collection.schema)
        required = set(schema.get("required") or []) if isinstance(schema, dict) else set()
        given = self._fields(call, op)
        for name, prop in self.spec.properties_of(schema).items():
            if name in _SERVER_FIELDS:
                continue
            if name in given:
                created[name] = given[name]
            elif name in call.path_params:
                created[name] = call.path_params[name]
            else:
                self._absent(created, name, prop, name in required)
        for name, value in given.items():
            created.setdefault(name, value)  # a schema without properties keeps the whole body
        return created

    def _absent(self, target: dict[str, Any], name: str, schema: Any, required: bool) -> None:
        """Fill a field the request left out: the schema's default, null, an empty list, or nothing."""
        schema = self.spec.resolve(schema)
        types = self.spec.types_of(schema)
        if isinstance(schema, dict) and "default" in schema:
            target[name] = schema["default"]
        elif "null" in types:
            target[name] = None
        elif "array" in types:
            target[name] = []
        elif required:
            target[name] = self.spec.minimal(schema)

    def _list(self, call: Call, op: CrudOperation, scope: tuple[str, ...]) -> Response:
        """One page of the objects under `scope`, only those whose fields equal the query's (`run_id=...`)."""
        known = self.spec.properties_of(op.collection.schema)
        filters = {k: v for k, v in call.query.items() if k not in _PAGING and k in known}
        items = [
            r.object
            for r in call.state.store(op.collection.name).records(scope)
            if all(r.object.get(k) == v for k, v in filters.items())
        ]
        return page(call, items, op.collection.thing, op.page_keys, op.status)


def page(
    call: Call,
    items: list[dict[str, Any]],
    thing: str,
    keys: frozenset[str] = frozenset(_PAGE_KEYS),
    status: int = 200,
) -> Response:
    """One cursor page of `items`: `limit` (default 20), `order` (default desc), `after`, `before`.

    The page has the `keys` of its schema (`object`, `data`, `first_id`, `last_id`, `has_more`); a cursor that
    names none of the items is a 400 naming `thing`.
    """
    query = call.query
    declared = {p.name for p in call.operation.parameters if p.location == "query"}
    # Oldest first, ties in the order they were stored; desc reverses both.
    items = sorted(items, key=lambda item: item.get("created_at") or 0)
    if query.get("order", "desc") == "desc":
        items.reverse()
    ids = [item["id"] for item in items]
    after, before = query.get("after"), query.get("before")
    for param, cursor in (("after", after), ("before", before)):
        if cursor is not None and cursor not in ids:
            return openai_error(400, f"No {thing} found with id '{cursor}'.", param=param)
    start = ids.index(after) + 1 if after is not None else 0
    stop = ids.index(before) if before is not None else len(items)
    window = items[start:stop]
    limit = query.get("limit", _DEFAULT_LIMIT if "limit" in declared else len(window))
    # Paging back (`before` alone) gives the items just before the cursor.
    data = window[-limit:] if before is not None and after is None and limit else window[:limit]
    body = {
        "object": "list",
        "data": data,
        "first_id": data[0]["id"] if data else None,
        "last_id": data[-1]["id"] if data else None,
        "has_more": len(window) > len(data),
    }
    return JSONResponse({k: v for k, v in body.items() if k in keys}, status_code=status)


def _object_name(spec: SpecIndex, schema: Any, example: Any) -> str | None:
    """What the schema (a const, a single enum value, an example) or the example calls the object."""
    prop = spec.resolve(spec.properties_of(schema).get("object") or {})
    if isinstance(prop, dict):
        enum = prop.get("enum")
        for value in (prop.get("const"), enum[0] if isinstance(enum, list) and len(enum) == 1 else None):
            if isinstance(value, str):
                return value
        if isinstance(prop.get("example"), str):
            return str(prop["example"])
    if isinstance(example, dict) and isinstance(example.get("object"), str):
        return str(example["object"])
    return None
