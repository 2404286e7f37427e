"""Request validators: every component schema compiled once by fastjsonschema, shared by the operations using it.

One schema holds each operation's arguments (path, query and body by wire name) under ``operations`` and every
component schema under ``definitions``. fastjsonschema compiles it into one function per schema reached by a
``$ref``, named after that reference (``validate___definitions_<component>``, ``validate___operations_<module>``);
wherever a component is used, its function is called, not inlined. The functions are then split into modules so
that an operation's first call loads only what it needs:

- ``validators/<operation>.py``: the operation's function, named ``validate``, and the functions of the
  components no other operation uses (``validate_<component>``);
- ``validators/_components.py``: the functions of the components two or more operations use.

A union whose branches can be told apart before checking them (by a tag such as a message's ``role``, or by
JSON type) checks only the branch a value means, so that its error is that branch's own (``_dispatch_unions``).
fastjsonschema's code is then made shorter, checking and raising exactly the same (``_Compact``): the schema a
raise names (``SchemaError.definition``) is written once per module as a constant, ``_S<n>``, whose parts that
other raises name are those constants; messages are f-strings; the counters of a nullable ``anyOf`` and the
re-tests of a type just checked go.
"""

from __future__ import annotations

import ast
import copy
import string
from pathlib import Path
from typing import Any

import fastjsonschema
from fastjsonschema.ref_resolver import RefResolver

from generator.operations import OperationInfo

__all__ = ["SHARED_MODULE", "validation_schema", "write_validators"]

SHARED_MODULE = "_components"

# Documentation only: nothing a caller could get wrong, and each would be repeated in the compiled messages.
_IGNORED_KEYS = frozenset({"description", "example", "examples", "x-sdk-name", "title"})


# What the generated code raises instead of fastjsonschema's exceptions (the same attributes).
RUNTIME_MODULE = "wushuang._core.validation"
RUNTIME_EXCEPTION = "SchemaError"


def validation_schema(operations: list[OperationInfo], components: dict[str, Any]) -> dict[str, Any]:
    """The one draft-7 schema fastjsonschema compiles: ``operations`` by validator module, ``definitions`` by name.

    Binary fields accept anything here (the request builder checks them), and so do unknown fields of objects
    closed with ``additionalProperties: false`` (relays pass fields through). The root refers to every operation,
    so that fastjsonschema compiles them all; the root's own function is not used.
    """

    def convert(node: Any) -> Any:
        if isinstance(node, list):
            return [convert(item) for item in node]
        if not isinstance(node, dict):
            return node
        if node.get("format") == "binary":
            return {}
        out: dict[str, Any] = {}
        for key, value in node.items():
            if key in _IGNORED_KEYS or (key == "additionalProperties" and value is False):
                continue
            out[key] = "#/definitions/" + value.rsplit("/", 1)[1] if key == "$ref" else convert(value)
        return out

    by_module = {info.validator_module: convert(info.validator_schema) for info in operations}
    return {
        "definitions": {name: convert(schema) for name, schema in sorted(components.items())},
        "operations": by_module,
        "allOf": [{"$ref": f"#/operations/{module}"} for module in by_module],
    }


def write_validators(spec: dict[str, Any], operations: list[OperationInfo], directory: Path, header: str) -> list[Path]:
    """Compile the validators of ``operations`` into ``directory``; returns the files written."""
    schema = validation_schema(operations, spec.get("components", {}).get("schemas", {}))
    code = fastjsonschema.compile_to_code(copy.deepcopy(schema), use_default=False)
    compiled = ast.parse(code)
    preamble = [statement for statement in compiled.body if not isinstance(statement, ast.FunctionDef)]
    functions: dict[str, ast.FunctionDef] = {}
    for function in compiled.body:
        if isinstance(function, ast.FunctionDef):
            if function.name in functions:  # fastjsonschema lowercases names: `ImageUrl` and `ImageURL` collide
                raise ValueError(f"two schemas compile to one validator function, {function.name}: rename one")
            functions[function.name] = function
    for function in functions.values():
        _dispatch_unions(function, schema["definitions"])
    calls = {name: _names(function) & functions.keys() - {name} for name, function in functions.items()}

    # Each function goes into the module of the one operation that reaches it, or else into the shared module.
    entries = _entry_functions(schema)
    users: dict[str, set[str]] = {}
    for module, entry in entries.items():
        for name in _reachable(entry, calls):
            users.setdefault(name, set()).add(module)
    home = {name: next(iter(used)) if len(used) == 1 else SHARED_MODULE for name, used in users.items()}
    # An operation's function is its module's `validate`; a component's is `validate_<component>`.
    renamed = {name: name.replace(_COMPONENT_PREFIX, "validate_", 1) for name in functions}
    renamed.update({entry: "validate" for entry in entries.values()})

    directory.mkdir(parents=True, exist_ok=True)
    init = directory / "__init__.py"
    init.write_text(
        f'{header}\n"""Request validators: one module per operation, whose ``validate`` checks its arguments; the\n'
        f'validators of component schemas that two or more operations use are shared in ``{SHARED_MODULE}``."""\n',
        encoding="utf-8",
    )
    written = [init]
    docstrings = {
        info.validator_module: f"Validates the arguments of {info.operation_id} (wire names)" for info in operations
    }
    docstrings[SHARED_MODULE] = "Validates the component schemas that two or more operations use"
    for module, docstring in docstrings.items():
        # The operation's own function first, then its components by name.
        names = sorted(
            (name for name, where in home.items() if where == module), key=lambda n: (n != entries.get(module), n)
        )
        if not names:  # no component is shared
            continue
        imported = sorted({called for name in names for called in calls[name] if home[called] != module})
        if any(home[name] != SHARED_MODULE for name in imported):  # cannot happen: reaching is transitive
            raise AssertionError(f"{module} would call into another operation's module: {imported}")
        schemas = _Schemas([functions[name] for name in names])
        compact = [_Compact(renamed, schemas).visit(functions[name]) for name in names]
        # Generated code is neither type-checked nor linted: fastjsonschema writes it, ruff only formats it.
        parts = [f'{header}\n# mypy: ignore-errors\n# ruff: noqa\n"""{docstring}; compiled by fastjsonschema."""']
        parts.append(_preamble(preamble, compact))
        if imported:
            parts.append(f"from .{SHARED_MODULE} import {', '.join(renamed[name] for name in imported)}")
        parts.append(schemas.source())
        parts += [ast.unparse(function) for function in compact]
        target = directory / f"{module}.py"
        target.write_text("\n\n\n".join(part for part in parts if part) + "\n", encoding="utf-8")
        written.append(target)
    return written


def _dispatch_unions(function: ast.FunctionDef, definitions: dict[str, Any]) -> None:
    """Each ``oneOf`` / ``anyOf`` of ``function`` whose branches a value can be matched with before it is checked
    checks that branch alone, so that a wrong value gets that branch's own error (``messages[0].content must be
    string``), not "cannot be validated by any definition"; and only one branch is tried.

    A union is dispatched by a tag when every branch is an object that requires one property with its own constant
    (chat messages by ``role``, content parts by ``type``): a dict without the tag raises ``required``, an unknown
    tag ``enum``, naming the tag's values. It is dispatched by type when its branches have distinct JSON types (a
    string or a list, an integer or None): a value of none of them raises the union's own error. In both cases at
    most one branch can accept a value, so the union accepts exactly what it accepted before. Any other union keeps
    fastjsonschema's test; its error no longer counts the branches matched."""
    for block in _blocks(function):
        index = 0
        while index < len(block):
            found = _union_at(block, index)
            if found is None:
                index += 1
                continue
            end, subject, branches, error = found
            rule = ast.literal_eval(_keyword(error, "rule"))
            union = ast.literal_eval(_keyword(error, "definition"))
            schemas = [_resolved(branch, definitions) for branch in union[rule]]
            # The union's own error, without the count of branches matched, which a dispatch does not keep.
            failure = "cannot be validated by any definition" if rule == "anyOf" else "must be valid by one definition"
            error.body = [_raise(_keyword(error, "name"), "", failure, _keyword(error, "value"), union, rule)]
            kinds = [_kind(schema, definitions) for schema in schemas]
            dispatch = _tag_dispatch(subject, schemas, kinds, branches, error) or _type_dispatch(
                subject, kinds, branches, error
            )
            if dispatch is None:
                index = end
                continue
            block[index:end] = dispatch
            index += len(dispatch)


# How a value of each JSON type is recognised (integer and number share one test: a union has at most one of them).
_TYPE_TESTS = {
    "string": "isinstance({0}, str)",
    "array": "isinstance({0}, (list, tuple))",
    "object": "isinstance({0}, dict)",
    "boolean": "isinstance({0}, bool)",
    "null": "{0} is None",
    "integer": "isinstance({0}, (int, float, Decimal)) and (not isinstance({0}, bool))",
    "number": "isinstance({0}, (int, float, Decimal)) and (not isinstance({0}, bool))",
}


def _union_at(block: list[ast.stmt], index: int) -> tuple[int, str, list[list[ast.stmt]], ast.If] | None:
    """fastjsonschema's union at ``block[index]``: ``<subject>_one_of_count<n> = 0`` (or ``_any_of_``), one ``if``
    per branch (``try: <checks>; count += 1 except ...: pass``), and the ``if`` raising the union's error. Returns
    the index past it, the subject's name, each branch's checks and that last ``if``; None where there is none."""
    start = block[index]
    if not (
        isinstance(start, ast.Assign)
        and isinstance(start.targets[0], ast.Name)
        and ("_one_of_count" in start.targets[0].id or "_any_of_count" in start.targets[0].id)
    ):
        return None
    count = start.targets[0].id
    subject = count.rsplit("_one_of_count" if "_one_of_count" in count else "_any_of_count", 1)[0]
    branches: list[list[ast.stmt]] = []
    position = index + 1
    while position < len(block):
        statement = block[position]
        body = statement.body if isinstance(statement, ast.If) else []
        if len(body) == 1 and isinstance(body[0], ast.Raise):
            break
        if len(body) != 1 or not isinstance(body[0], ast.Try) or ast.unparse(body[0].body[-1]) != f"{count} += 1":
            return None
        branches.append(body[0].body[:-1])
        position += 1
    if position == len(block) or not branches:
        return None
    error = block[position]
    assert isinstance(error, ast.If)
    if ast.unparse(_keyword(error, "value")) != subject:
        return None
    return position + 1, subject, branches, error


def _keyword(statement: ast.stmt | ast.If, name: str) -> ast.expr:
    """The ``name=`` argument of the exception a ``raise`` (or an ``if`` whose body is one) raises."""
    raised = statement.body[0] if isinstance(statement, ast.If) else statement
    assert isinstance(raised, ast.Raise) and isinstance(raised.exc, ast.Call)
    return next(keyword.value for keyword in raised.exc.keywords if keyword.arg == name)


def _resolved(schema: Any, definitions: dict[str, Any]) -> Any:
    """``schema`` with its ``$ref`` followed, as often as it takes."""
    while isinstance(schema, dict) and "$ref" in schema:
        schema = definitions[str(schema["$ref"]).rsplit("/", 1)[1]]
    return schema


def _kind(schema: Any, definitions: dict[str, Any]) -> str | None:
    """The one JSON type ``schema`` accepts (through ``$ref`` and unions of one type), or None."""
    schema = _resolved(schema, definitions)
    if not isinstance(schema, dict):
        return None
    if isinstance(schema.get("type"), str):
        return str(schema["type"])
    for key in ("oneOf", "anyOf"):
        if key in schema:
            kinds = {_kind(branch, definitions) for branch in schema[key]}
            return kinds.pop() if len(kinds) == 1 else None
    return None


def _raise(name: ast.expr, suffix: str, failure: str, value: ast.expr, definition: Any, rule: str) -> ast.Raise:
    """``raise JsonSchemaValueException(...)`` as fastjsonschema writes it, at ``name`` + ``suffix``."""
    where = ast.BinOp(copy.deepcopy(name), ast.Add(), ast.Constant(suffix)) if suffix else copy.deepcopy(name)
    message = ast.BinOp(copy.deepcopy(where), ast.Add(), ast.Constant(" " + failure))
    schema = ast.parse(repr(definition), mode="eval").body
    keywords = {"value": value, "name": where, "definition": schema, "rule": ast.Constant(rule)}
    call = ast.Call(ast.Name("JsonSchemaValueException", ast.Load()), [message], [])
    call.keywords = [ast.keyword(key, item) for key, item in keywords.items()]
    return ast.Raise(call, None)


def _tag_dispatch(
    subject: str, schemas: list[Any], kinds: list[str | None], branches: list[list[ast.stmt]], error: ast.If
) -> list[ast.stmt] | None:
    """``if not isinstance(x, dict): <the union's error>``, ``if "tag" not in x: raise required``, then the branch
    of ``x["tag"]``, else ``raise enum``: where every branch is an object requiring the tag, with its own constant."""
    if any(kind != "object" or not isinstance(schema, dict) for kind, schema in zip(kinds, schemas, strict=True)):
        return None
    for tag in schemas[0].get("required", []):
        values = [_constant((schema.get("properties") or {}).get(tag)) for schema in schemas]
        if all(tag in schema.get("required", []) for schema in schemas) and None not in values:
            if len(set(values)) == len(values):
                break
    else:
        return None
    name = _keyword(error, "name")
    value = ast.Name(subject, ast.Load())
    found = ast.Name(f"{subject}_tag", ast.Store())
    tag_schema = {"type": "string", "enum": values}
    union = {"type": "object", "required": [tag], "properties": {tag: tag_schema}}
    missing = _raise(name, "", f"must contain [{tag!r}] properties", value, union, "required")
    unknown = _raise(
        name, f".{tag}", f"must be one of {values!r}", ast.Name(f"{subject}_tag", ast.Load()), tag_schema, "enum"
    )
    chain: list[ast.stmt] = [unknown]
    for constant, checks in reversed(list(zip(values, branches, strict=True))):
        test = ast.Compare(ast.Name(f"{subject}_tag", ast.Load()), [ast.Eq()], [ast.Constant(constant)])
        chain = [ast.If(test, checks, chain)]
    return [
        ast.If(ast.parse(f"not isinstance({subject}, dict)", mode="eval").body, copy.deepcopy(error.body), []),
        ast.If(ast.parse(f"{tag!r} not in {subject}", mode="eval").body, [missing], []),
        ast.Assign([found], ast.Subscript(value, ast.Constant(tag), ast.Load()), lineno=0),
        *chain,
    ]


def _constant(schema: Any) -> str | None:
    """The one string a property schema allows (``const``, or a one-value ``enum``), or None."""
    if not isinstance(schema, dict):
        return None
    values = [schema["const"]] if "const" in schema else schema.get("enum", [])
    return values[0] if len(values) == 1 and isinstance(values[0], str) else None


def _type_dispatch(
    subject: str, kinds: list[str | None], branches: list[list[ast.stmt]], error: ast.If
) -> list[ast.stmt] | None:
    """``if <x is of the first branch's type>: <its checks> elif ...: ... else: <the union's error>``: where the
    branches have distinct JSON types (at most one numeric)."""
    tests = [_TYPE_TESTS.get(kind) if kind else None for kind in kinds]
    if None in tests or len(set(tests)) != len(tests):
        return None
    chain: list[ast.stmt] = copy.deepcopy(error.body)
    for test, checks in reversed(list(zip(tests, branches, strict=True))):
        assert test is not None
        chain = [ast.If(ast.parse(test.format(subject), mode="eval").body, checks, chain)]
    return chain


_COMPONENT_PREFIX = "validate___definitions_"
# fastjsonschema's `"" + (name_prefix or "data") + ".x[{data__x_x}]".format(**locals()) + " must be string"`
# becomes f"{path}.x[{data__x_x}] must be string".
_PREFIX = "name_prefix"
_PATH = "path"
_FORMATS = "custom_formats"


class _Schemas:
    """The schemas one module's raises name (``definition=``), each as one constant, ``_S1``, ``_S2``, ...: smaller
    ones first, and a schema inside another that a raise names too is written as that constant's name."""

    def __init__(self, functions: list[ast.FunctionDef]) -> None:
        found = {
            repr(value): value
            for function in functions
            for node in ast.walk(function)
            if isinstance(node, ast.keyword) and node.arg == "definition"
            for value in [ast.literal_eval(node.value)]
        }
        self._values = {key: found[key] for key in sorted(found, key=lambda key: (len(key), key))}
        self._names = {key: f"_S{index}" for index, key in enumerate(self._values, 1)}

    def name(self, value: Any) -> str:
        return self._names[repr(value)]

    def source(self) -> str:
        return "\n".join(f"{self._names[key]} = {self._render(value, top=True)}" for key, value in self._values.items())

    def _render(self, value: Any, *, top: bool = False) -> str:
        if not top and repr(value) in self._names:
            return self._names[repr(value)]
        if isinstance(value, dict):
            return "{" + ", ".join(f"{key!r}: {self._render(item)}" for key, item in value.items()) + "}"
        if isinstance(value, list):
            return "[" + ", ".join(self._render(item) for item in value) + "]"
        return repr(value)


class _Compact(ast.NodeTransformer):
    """fastjsonschema's code of one function, shorter and checking the same: ``definition=`` names a constant of
    ``schemas``; messages and names are f-strings of ``path`` (``name_prefix``, whose default is now ``"data"``,
    what ``name_prefix or "data"`` made of None); ``raise SchemaError.at(name, failure, ...)`` where the message is
    the name and the failure; functions are ``renamed``; the unused ``custom_formats`` argument, the ``<data>_keys``
    sets fastjsonschema keeps for ``additionalProperties`` where nothing reads them, the counters of a nullable
    ``anyOf`` and the re-tests of a type just checked go."""

    def __init__(self, renamed: dict[str, str], schemas: _Schemas) -> None:
        self.renamed = renamed
        self.schemas = schemas
        self.unread: set[str] = set()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> ast.FunctionDef:
        node.name = self.renamed.get(node.name, node.name)
        if node.args.args[-1].arg != _PREFIX or len(node.args.defaults) != len(node.args.args) - 1:
            raise ValueError(f"fastjsonschema wrote {node.name} with arguments this generator does not know")
        node.args.defaults[-1] = ast.Constant("data")
        node.args.args[-1].arg = _PATH
        # `x_keys = set(x.keys())`, for additionalProperties, and read only by `"k" in x_keys` and
        # `x_keys.remove("k")` when no additionalProperties is checked: `x` itself answers the first.
        self.unread = {
            target.id
            for statement in ast.walk(node)
            if isinstance(statement, ast.Assign) and len(statement.targets) == 1
            for target in statement.targets
            if isinstance(target, ast.Name)
            and ast.unparse(statement.value) == f"set({target.id.removesuffix('_keys')}.keys())"
            and not _other_reads(node, target.id)
        }
        # No custom format is declared: the argument that would carry them goes.
        if node.args.args[1].arg != _FORMATS:
            raise ValueError(f"fastjsonschema wrote {node.name} with arguments this generator does not know")
        del node.args.args[1], node.args.defaults[0]
        self.generic_visit(node)
        if _FORMATS in _names(node):
            raise ValueError(f"fastjsonschema's {node.name} uses custom formats: keep its `{_FORMATS}` argument")
        _prune(node)
        for block in _blocks(node):
            block[:] = _checked_type_inlined(_nullable_any_of(block))
            for statement in block:
                _dead_type_check_dropped(statement)
        return node

    def visit_Call(self, node: ast.Call) -> ast.Call:
        # validate_x(data__x, custom_formats, path): custom_formats is gone.
        if len(node.args) == 3 and isinstance(node.args[1], ast.Name) and node.args[1].id == _FORMATS:
            del node.args[1]
        return self.generic_visit(node)  # type: ignore[return-value]

    def visit_Assign(self, node: ast.Assign) -> ast.AST | None:
        if len(node.targets) == 1 and isinstance(node.targets[0], ast.Name) and node.targets[0].id in self.unread:
            return None
        return self.generic_visit(node)

    def visit_Expr(self, node: ast.Expr) -> ast.AST | None:
        call = node.value
        if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr == "remove":
            if isinstance(call.func.value, ast.Name) and call.func.value.id in self.unread:
                return None
        return self.generic_visit(node)

    def visit_Compare(self, node: ast.Compare) -> ast.AST:
        right = node.comparators[0]
        if isinstance(right, ast.Name) and right.id in self.unread:
            # `"x" in data_keys` where data_keys = set(data.keys()): `"x" in data`.
            node.comparators[0] = ast.Name(right.id.removesuffix("_keys"), ast.Load())
        return self.generic_visit(node)

    def visit_Name(self, node: ast.Name) -> ast.Name:
        if node.id in ("JsonSchemaValueException", "JsonSchemaValuesException"):
            node.id = RUNTIME_EXCEPTION
        if node.id == _PREFIX:
            raise ValueError("fastjsonschema used name_prefix other than as `name_prefix or 'data'`")
        node.id = self.renamed.get(node.id, node.id)
        return node

    def visit_ExceptHandler(self, node: ast.ExceptHandler) -> ast.ExceptHandler:
        if isinstance(node.type, ast.Tuple):  # (JsonSchemaValueException, JsonSchemaValuesException): one class
            node.type = ast.Name(RUNTIME_EXCEPTION, ast.Load())
        return self.generic_visit(node)  # type: ignore[return-value]

    def visit_keyword(self, node: ast.keyword) -> ast.keyword:
        if node.arg == "definition":
            node.value = ast.Name(self.schemas.name(ast.literal_eval(node.value)), ast.Load())
            return node
        return self.generic_visit(node)  # type: ignore[return-value]

    def visit_Raise(self, node: ast.Raise) -> ast.Raise:
        """``raise SchemaError(<name> <failure>, value=v, name=<name>, definition=d, rule=r)``, whose message is its
        name, a space and the failure: ``raise SchemaError.at(<name>, <failure>, v, d, r)``."""
        self.generic_visit(node)
        call = node.exc
        if not (isinstance(call, ast.Call) and len(call.args) == 1):
            return node
        keywords = {keyword.arg: keyword.value for keyword in call.keywords}
        if list(keywords) != ["value", "name", "definition", "rule"]:
            return node
        name, message = keywords["name"], _parts(call.args[0])
        named = _parts(name)
        failure = _after(message, named) if message is not None and named is not None else None
        if failure is None:
            return node
        at = ast.Attribute(ast.Name(RUNTIME_EXCEPTION, ast.Load()), "at", ast.Load())
        args = [name, _fstring(failure), keywords["value"], keywords["definition"], keywords["rule"]]
        node.exc = ast.Call(at, args, [])
        return node

    def visit_BinOp(self, node: ast.BinOp) -> ast.AST:
        parts = _concatenated(node)
        if parts is None:
            return self.generic_visit(node)
        return _fstring([self.visit(part) if not isinstance(part, str) else part for part in parts])


def _prune(function: ast.FunctionDef) -> None:
    """Drop what the removals left idle: an ``if`` with nothing in it, then ``x_is_dict = isinstance(x, dict)``
    that no test reads any more, until nothing changes."""
    while True:
        loaded = {
            node.id for node in ast.walk(function) if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load)
        }
        changed = False
        for parent in ast.walk(function):
            for attribute in ("body", "orelse"):
                block = getattr(parent, attribute, None)
                if not isinstance(block, list) or not block or not isinstance(block[0], ast.stmt):
                    continue
                kept = [statement for statement in block if not _idle(statement, loaded)]
                if len(kept) != len(block):
                    changed = True
                    setattr(parent, attribute, kept or ([] if attribute == "orelse" else [ast.Pass()]))
        if not changed:
            return


def _idle(statement: ast.stmt, loaded: set[str]) -> bool:
    if isinstance(statement, ast.If):
        return not statement.orelse and all(isinstance(inner, ast.Pass) for inner in statement.body)
    if isinstance(statement, ast.Assign) and len(statement.targets) == 1:
        target, value = statement.targets[0], statement.value
        pure = isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id == "isinstance"
        return isinstance(target, ast.Name) and target.id not in loaded and pure
    return False


def _blocks(function: ast.FunctionDef) -> list[list[ast.stmt]]:
    """Every statement list in ``function``, inner ones first."""
    found = [
        block
        for node in ast.walk(function)
        for block in (getattr(node, "body", None), getattr(node, "orelse", None))
        if isinstance(block, list) and block and isinstance(block[0], ast.stmt)
    ]
    return found[::-1]


def _is_not_instance(test: ast.expr) -> ast.Call | None:
    """The ``isinstance(x, T)`` of ``not isinstance(x, T)``."""
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not) and isinstance(test.operand, ast.Call):
        call = test.operand
        if isinstance(call.func, ast.Name) and call.func.id == "isinstance":
            return call
    return None


def _checked_type_inlined(block: list[ast.stmt]) -> list[ast.stmt]:
    """``if not isinstance(x, T): raise ...``, ``x_is_T = isinstance(x, T)``, ``if x_is_T: <body>``: the last two
    are ``<body>`` (the raise has made the test true)."""
    out: list[ast.stmt] = []
    for statement in block:
        if (
            len(out) >= 2
            and isinstance(statement, ast.If)
            and not statement.orelse
            and isinstance(statement.test, ast.Name)
            and isinstance(out[-1], ast.Assign)
            and isinstance(out[-2], ast.If)
        ):
            assign, check = out[-1], out[-2]
            checked = _is_not_instance(check.test)
            target = assign.targets[0]
            if (
                checked is not None
                and isinstance(target, ast.Name)
                and target.id == statement.test.id
                and ast.dump(assign.value) == ast.dump(checked)
                and len(check.body) == 1
                and isinstance(check.body[0], ast.Raise)
            ):
                out.pop()
                out += statement.body
                continue
        out.append(statement)
    return out


def _dead_type_check_dropped(statement: ast.stmt) -> None:
    """``if isinstance(x, T): if not isinstance(x, T): raise ...; <rest>`` (a union's branch chosen by its type) is
    ``if isinstance(x, T): <rest>``."""
    if not isinstance(statement, ast.If) or not statement.body:
        return
    first = statement.body[0]
    if (
        isinstance(first, ast.If)
        and not first.orelse
        and isinstance(first.test, ast.UnaryOp)
        and isinstance(first.test.op, ast.Not)
        and ast.dump(first.test.operand) == ast.dump(statement.test)
    ):
        statement.body = statement.body[1:] or [ast.Pass()]


def _nullable_any_of(block: list[ast.stmt]) -> list[ast.stmt]:
    """fastjsonschema's ``anyOf: [<schema>, {type: null}]`` (either order), which counts the branches that pass::

        count = 0
        if not count:
            try: <schema's checks>; count += 1
            except SchemaError: pass
        if not count:
            try: if not isinstance(x, NoneType): raise ...; count += 1
            except SchemaError: pass
        if not count: raise <anyOf error>

    is ``if x is not None: try: <schema's checks> except SchemaError: raise <anyOf error>``: None passes the null
    branch, and anything else passes the anyOf exactly when it passes the schema."""
    out = list(block)
    index = 0
    while index + 4 <= len(out):
        window = out[index : index + 4]
        found = _nullable_parts(window)
        if found is None:
            index += 1
            continue
        value, checks, error = found
        handler = ast.ExceptHandler(ast.Name(RUNTIME_EXCEPTION, ast.Load()), None, [error])
        test = ast.Compare(value, [ast.IsNot()], [ast.Constant(None)])
        out[index : index + 4] = [ast.If(test, [ast.Try(checks, [handler], [], [])], [])]
        index += 1
    return out


def _nullable_parts(window: list[ast.stmt]) -> tuple[ast.expr, list[ast.stmt], ast.stmt] | None:
    """(x, the other branch's checks, the anyOf raise) if ``window`` is a nullable anyOf, else None."""
    start, first, second, end = window
    if not (
        isinstance(start, ast.Assign)
        and isinstance(start.targets[0], ast.Name)
        and "_any_of_count" in start.targets[0].id
        and isinstance(start.value, ast.Constant)
        and start.value.value == 0
    ):
        return None
    count = start.targets[0].id
    branches = [_branch(statement, count) for statement in (first, second)]
    if any(branch is None for branch in branches):
        return None
    if not (isinstance(end, ast.If) and ast.unparse(end.test) == f"not {count}" and not end.orelse):
        return None
    if len(end.body) != 1 or not isinstance(end.body[0], ast.Raise):
        return None
    for null, other in ((branches[0], branches[1]), (branches[1], branches[0])):
        assert null is not None and other is not None
        if len(null) == 1 and isinstance(null[0], ast.If) and len(null[0].body) == 1:
            checked = _is_not_instance(null[0].test)
            if checked is not None and ast.unparse(checked.args[1]) == "NoneType" and not null[0].orelse:
                return checked.args[0], other, end.body[0]
    return None


def _branch(statement: ast.stmt, count: str) -> list[ast.stmt] | None:
    """The checks of ``if not count: try: <checks>; count += 1 except SchemaError: pass``, else None."""
    if not (isinstance(statement, ast.If) and ast.unparse(statement.test) == f"not {count}" and not statement.orelse):
        return None
    if len(statement.body) != 1 or not isinstance(statement.body[0], ast.Try):
        return None
    attempt = statement.body[0]
    if attempt.orelse or attempt.finalbody or len(attempt.handlers) != 1:
        return None
    handler = attempt.handlers[0]
    if ast.unparse(handler).split("\n")[0] != f"except {RUNTIME_EXCEPTION}:" or ast.unparse(handler.body[0]) != "pass":
        return None
    *checks, counted = attempt.body
    if ast.unparse(counted) != f"{count} += 1" or not checks:
        return None
    return checks


def _other_reads(function: ast.FunctionDef, name: str) -> bool:
    """Whether ``name`` is read other than by ``"x" in name`` or ``name.remove("x")``."""
    allowed: set[int] = set()
    for node in ast.walk(function):
        if isinstance(node, ast.Compare) and isinstance(node.ops[0], ast.In):
            allowed.update(id(c) for c in node.comparators if isinstance(c, ast.Name) and c.id == name)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "remove":
            if isinstance(node.func.value, ast.Name) and node.func.value.id == name:
                allowed.add(id(node.func.value))
    return any(
        isinstance(node, ast.Name) and node.id == name and isinstance(node.ctx, ast.Load) and id(node) not in allowed
        for node in ast.walk(function)
    )


def _concatenated(node: ast.BinOp) -> list[str | ast.expr] | None:
    """The parts of a message or name as fastjsonschema builds it, ``"" + (name_prefix or "data") + ...``: text
    and expressions, or None for any other ``+``."""
    operands: list[ast.expr] = []
    pending: list[ast.expr] = [node]
    while pending:
        item = pending.pop()
        if isinstance(item, ast.BinOp) and isinstance(item.op, ast.Add):
            pending += [item.right, item.left]
        else:
            operands.append(item)
    prefix = ast.BoolOp(ast.Or(), [ast.Name(_PREFIX, ast.Load()), ast.Constant("data")])
    if not any(ast.dump(operand) == ast.dump(prefix) for operand in operands):
        return None
    parts: list[str | ast.expr] = []
    for operand in operands:
        if ast.dump(operand) == ast.dump(prefix):
            parts.append(ast.Name(_PATH, ast.Load()))
        elif isinstance(operand, ast.Constant) and isinstance(operand.value, str):
            parts.append(operand.value)
        elif (
            isinstance(operand, ast.Call)
            and isinstance(operand.func, ast.Attribute)
            and operand.func.attr == "format"
            and isinstance(operand.func.value, ast.Constant)
        ):
            # "[{data__x_x}]".format(**locals()): the same text as an f-string of those names.
            for text, field, spec, conversion in string.Formatter().parse(str(operand.func.value.value)):
                parts.append(text)
                if field is not None:
                    if spec or conversion or not field.isidentifier():
                        raise ValueError(f"fastjsonschema wrote a format field this generator does not know: {field}")
                    parts.append(ast.Name(field, ast.Load()))
        else:
            parts.append(operand)
    return parts


def _parts(text: ast.expr) -> list[str | ast.expr] | None:
    """What ``_fstring`` made ``text`` of, or None for another expression."""
    if isinstance(text, ast.JoinedStr):
        return [
            value.value if isinstance(value, ast.FormattedValue) else str(getattr(value, "value", ""))
            for value in text.values
        ]
    if isinstance(text, ast.Constant) and isinstance(text.value, str):
        return [text.value]
    return [text] if isinstance(text, ast.Name) else None


def _after(message: list[str | ast.expr], name: list[str | ast.expr]) -> list[str | ast.expr] | None:
    """What follows ``name`` and a space in ``message``, or None if ``message`` does not start so."""

    def key(part: str | ast.expr) -> str:
        return part if isinstance(part, str) else ast.dump(part)

    if not name or len(message) < len(name) or [*map(key, message[: len(name) - 1])] != [*map(key, name[:-1])]:
        return None
    last, rest = name[-1], message[len(name) - 1 :]
    if isinstance(last, str):
        head = rest[0]
        return [head[len(last) + 1 :], *rest[1:]] if isinstance(head, str) and head.startswith(last + " ") else None
    if len(rest) > 1 and key(rest[0]) == key(last) and isinstance(rest[1], str) and rest[1].startswith(" "):
        return [rest[1][1:], *rest[2:]]
    return None


def _fstring(parts: list[str | ast.expr]) -> ast.expr:
    """The f-string of ``parts``: a plain string without expressions, the expression alone without text."""
    merged: list[str | ast.expr] = []
    for part in parts:
        if isinstance(part, str) and merged and isinstance(merged[-1], str):
            merged[-1] += part
        elif part != "":
            merged.append(part)
    if all(isinstance(part, str) for part in merged):
        return ast.Constant("".join(part for part in merged if isinstance(part, str)))
    if len(merged) == 1 and isinstance(merged[0], ast.Name):
        return merged[0]
    return ast.JoinedStr(
        [ast.Constant(part) if isinstance(part, str) else ast.FormattedValue(part, -1, None) for part in merged]
    )


def _entry_functions(schema: dict[str, Any]) -> dict[str, str]:
    """Validator module -> the name of its operation's function, as fastjsonschema names the target of a ``$ref``."""
    resolver = RefResolver.from_schema(copy.deepcopy(schema), store={})  # a copy: the resolver rewrites $refs
    names: dict[str, str] = {}
    for module in schema["operations"]:
        with resolver.in_scope(f"#/operations/{module}"):
            names[module] = resolver.get_scope_name()
    return names


def _names(node: ast.AST) -> set[str]:
    """Every name ``node`` reads or binds."""
    return {child.id for child in ast.walk(node) if isinstance(child, ast.Name)}


def _reachable(start: str, calls: dict[str, set[str]]) -> set[str]:
    """``start`` and every function it calls, directly or through others."""
    seen = {start}
    pending = [start]
    while pending:
        for called in calls[pending.pop()] - seen:
            seen.add(called)
            pending.append(called)
    return seen


def _preamble(statements: list[ast.stmt], functions: list[ast.FunctionDef]) -> str:
    """The module-level statements (imports, compiled patterns) that ``functions`` need, and no others.

    ``REGEX_PATTERNS`` keeps only the patterns these functions look up, so each pattern is compiled in one module.
    """
    used = set().union(*(_names(function) for function in functions))
    patterns = {
        node.slice.value
        for function in functions
        for node in ast.walk(function)
        if isinstance(node, ast.Subscript)
        and isinstance(node.value, ast.Name)
        and node.value.id == "REGEX_PATTERNS"
        and isinstance(node.slice, ast.Constant)
    }
    kept: list[ast.stmt] = []
    for statement in reversed(statements):  # walk back, so a kept statement's own needs (`re`) are seen first
        if isinstance(statement, ast.ImportFrom) and statement.module == "fastjsonschema":
            # Its exception classes, re-declared in the wrapper: validating never imports fastjsonschema.
            statement = ast.ImportFrom(RUNTIME_MODULE, [ast.alias(RUNTIME_EXCEPTION)], 0)
        if isinstance(statement, ast.Import | ast.ImportFrom):
            bound = {alias.asname or alias.name for alias in statement.names}
        elif isinstance(statement, ast.Assign):
            bound = {target.id for target in statement.targets if isinstance(target, ast.Name)}
        else:
            bound = set()
        if not bound & used:
            continue
        if isinstance(statement, ast.Assign) and isinstance(statement.value, ast.Dict) and "REGEX_PATTERNS" in bound:
            table = statement.value
            pairs = [
                (k, v) for k, v in zip(table.keys, table.values, strict=True) if getattr(k, "value", None) in patterns
            ]
            statement = copy.copy(statement)
            statement.value = ast.Dict([k for k, _ in pairs], [v for _, v in pairs])
        used |= _names(statement)
        kept.append(statement)
    return "\n".join(ast.unparse(statement) for statement in reversed(kept))
