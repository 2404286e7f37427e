"""The base of every response and chunk model: a msgspec Struct with attribute access and plain conversions.

Models read what servers send. A field a server adds that the spec does not know (``reasoning_content`` on a
DeepSeek message, a relay's own ``obfuscation``) stays readable as an attribute of the object it came with, and
goes back out in ``to_dict()`` / ``model_dump()``: ``decoder`` finds such fields with one scan of the body's keys, so
an answer without them costs nothing more to decode.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, Generic, Literal, TypeVar

import msgspec

__all__ = ["ABSENT", "TOO_DEEP", "DataList", "Model", "OpenLiteral", "decoder", "liberal", "loads"]

ItemT = TypeVar("ItemT")

# The default of every field the spec requires: a server that leaves such a field out (LiteLLM's last completion
# chunk has no `text`) is read, not refused; the field reads as None. Typed Any so that the field keeps the type the
# spec gives it (`text: str = ABSENT`), as openai-python's models do.
ABSENT: Any = None


class OpenLiteral:
    """``OpenLiteral["stop", "length"]``: what the generated models write for an enum of the spec. To a type checker
    it is ``Literal[...]`` (the models import ``typing.Literal`` under this name when type checking); at run time it
    is the values' own type, so that msgspec decodes a value the spec does not list (a newer model's
    ``finish_reason``) instead of refusing the whole answer."""

    def __class_getitem__(cls, values: object) -> Any:
        kinds = {type(value) for value in (values if isinstance(values, tuple) else (values,))}
        result: Any = kinds.pop()
        for kind in kinds:
            result = result | kind
        return result


class Model(msgspec.Struct, kw_only=True, omit_defaults=True, forbid_unknown_fields=True, dict=True, weakref=True):
    """A decoded response object. Absent fields read as ``None``; fields the spec does not know are attributes too.

    ``to_dict()`` / ``to_json()`` give the wire's field names and leave absent fields out; ``model_dump()`` /
    ``model_dump_json()`` are the same conversions under the names the official ``openai`` SDK (pydantic) uses.
    """

    def to_dict(self) -> dict[str, Any]:
        """The object as plain Python data, with the wire's field names; absent fields are left out."""
        result: dict[str, Any] = _plain(self, by_alias=True, exclude_none=True)
        return result

    def to_json(self, *, indent: int = 2) -> str:
        """The object as a JSON document, with the wire's field names."""
        raw = msgspec.json.encode(self.to_dict())
        return msgspec.json.format(raw, indent=indent).decode() if indent else raw.decode()

    def model_dump(
        self,
        *,
        mode: Literal["python", "json"] = "python",
        by_alias: bool = False,
        exclude_none: bool = False,
        exclude_unset: bool = False,
    ) -> dict[str, Any]:
        """The object as plain Python data, as pydantic's ``model_dump``: every field by its Python name (its wire
        name with ``by_alias=True``), ``None`` for absent ones unless ``exclude_none`` or ``exclude_unset`` (the
        two are one here: an absent field and a null one both read as ``None``). ``mode`` is accepted for
        compatibility: the values are JSON-ready either way."""
        del mode
        result: dict[str, Any] = _plain(self, by_alias=by_alias, exclude_none=exclude_none or exclude_unset)
        return result

    def model_dump_json(
        self,
        *,
        indent: int | None = None,
        by_alias: bool = False,
        exclude_none: bool = False,
        exclude_unset: bool = False,
    ) -> str:
        """``model_dump()`` as a JSON document (compact unless ``indent`` is given)."""
        raw = msgspec.json.encode(
            self.model_dump(by_alias=by_alias, exclude_none=exclude_none, exclude_unset=exclude_unset)
        )
        return msgspec.json.format(raw, indent=indent).decode() if indent else raw.decode()

    @classmethod
    def model_validate(cls: type[ModelT], obj: object) -> ModelT:
        """A model built from plain data with the wire's field names (or another model's attributes), read as
        liberally as an answer is; raises ``msgspec.ValidationError`` for data of the wrong shape."""
        if isinstance(obj, Model):
            obj = obj.to_dict()
        result: ModelT = liberal(obj, cls)
        return result

    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the server sent that the spec does not know, by their wire names."""
        return dict(self.__dict__)

    def __reduce__(self) -> tuple[Any, ...]:
        # msgspec's own pickles the fields only: the unknown fields kept as attributes would be lost (an error that
        # carries a completion crosses a process boundary by pickle).
        fields = {name: getattr(self, name) for name in self.__struct_fields__}
        return _restore, (type(self), fields, dict(self.__dict__))


def _restore(cls: type[Model], fields: dict[str, Any], extras: dict[str, Any]) -> Model:
    """A model as ``Model.__reduce__`` described it."""
    model = cls(**fields)
    model.__dict__.update(extras)
    return model


ModelT = TypeVar("ModelT", bound=Model)


class DataList(Model, Generic[ItemT], kw_only=True):
    """A list answer that is one whole page (``x-sdk-base: _model.DataList[Item]``): ``for item in answer`` walks
    its ``data``, as ``for model in client.models.list()`` does with the official SDK."""

    data: list[ItemT]

    def __iter__(self) -> Iterator[ItemT]:
        return iter(self.data or ())


def _plain(value: Any, *, by_alias: bool, exclude_none: bool) -> Any:
    if isinstance(value, Model):
        cls = type(value)
        out: dict[str, Any] = {}
        config = cls.__struct_config__
        if config.tag_field is not None:
            out[config.tag_field] = config.tag
        for name, wire in zip(cls.__struct_fields__, cls.__struct_encode_fields__, strict=True):
            item = getattr(value, name)
            if item is None and exclude_none:
                continue
            out[wire if by_alias else name] = _plain(item, by_alias=by_alias, exclude_none=exclude_none)
        out.update(value.__dict__)
        return out
    if isinstance(value, list):
        return [_plain(item, by_alias=by_alias, exclude_none=exclude_none) for item in value]
    if isinstance(value, dict):
        return {key: _plain(item, by_alias=by_alias, exclude_none=exclude_none) for key, item in value.items()}
    dump = getattr(value, "model_dump", None)
    if callable(dump):  # a pydantic model: a structured answer's ``parsed``
        return dump(mode="json")
    return value


def decoder(cls: Any) -> Callable[[bytes | str], Any]:
    """A decoder of JSON into ``cls`` (a model, or a union of models) that keeps the fields the spec does not know
    as attributes of the objects they came with.

    Models refuse unknown fields (``forbid_unknown_fields``), so an answer without any is decoded once, at full
    speed; one with some is decoded again: as plain data, stripped of those fields by the type's own shape,
    converted, and its objects given the stripped fields back.
    """
    typed = msgspec.json.Decoder(cls).decode
    info = msgspec.inspect.type_info(cls)

    def decode(data: bytes | str) -> Any:
        try:
            return typed(data)
        except msgspec.ValidationError:
            return liberal(loads(data), cls, info)
        except RecursionError:
            raise msgspec.DecodeError(TOO_DEEP) from None

    return decode


# What a body nested deeper than Python's recursion limit (``[[[[...]]]]`` 5,000 deep) is refused as.
TOO_DEEP = "JSON nested too deeply to decode"


def loads(data: bytes | str) -> Any:
    """Server JSON as plain data. Malformed JSON, JSON nested too deeply for the interpreter's stack and numbers out
    of range (``1e999``, an integer of 5,000 digits) raise ``msgspec.DecodeError`` (never ``RecursionError`` or
    ``msgspec.ValidationError``), so one ``except msgspec.DecodeError`` covers them all."""
    try:
        return msgspec.json.decode(data)
    except RecursionError:
        raise msgspec.DecodeError(TOO_DEEP) from None
    except msgspec.ValidationError as exc:  # untyped, this is only a number msgspec cannot hold
        raise msgspec.DecodeError(str(exc)) from None


def liberal(raw: Any, cls: Any, info: Any = None) -> Any:
    """``raw`` (plain data, wire names) as ``cls``, its fields unknown to the spec kept as attributes.

    Data nested too deeply to walk raises ``msgspec.DecodeError`` (as ``loads`` does for such text)."""
    try:
        result = msgspec.convert(_known(raw, info or msgspec.inspect.type_info(cls)), cls)
        _keep_extras(result, raw)
    except RecursionError:
        raise msgspec.DecodeError(TOO_DEEP) from None
    return result


def _known(raw: Any, info: Any) -> Any:
    """``raw`` without the object keys that ``info`` (a msgspec type) has no field for, however deep."""
    if isinstance(info, msgspec.inspect.Metadata):
        return _known(raw, info.type)
    if isinstance(info, msgspec.inspect.StructType) and isinstance(raw, dict):
        fields = {field.encode_name: field.type for field in info.fields}
        kept = {key: _known(value, fields[key]) for key, value in raw.items() if key in fields}
        if info.tag_field is not None and info.tag_field in raw:
            kept[info.tag_field] = raw[info.tag_field]
        return kept
    if isinstance(info, msgspec.inspect.UnionType):
        return _known(raw, _branch(raw, info.types))
    item = getattr(info, "item_type", None)
    if item is not None and isinstance(raw, list):
        return [_known(value, item) for value in raw]
    value_type = getattr(info, "value_type", None)
    if value_type is not None and isinstance(raw, dict):
        return {key: _known(value, value_type) for key, value in raw.items()}
    return raw


def _branch(raw: Any, types: tuple[Any, ...]) -> Any:
    """The branch of a union that ``raw`` decodes as: by its tag, else the one of its kind (object, array)."""
    unwrapped = [branch.type if isinstance(branch, msgspec.inspect.Metadata) else branch for branch in types]
    if isinstance(raw, dict):
        structs = [branch for branch in unwrapped if isinstance(branch, msgspec.inspect.StructType)]
        for branch in structs:
            if branch.tag_field is not None and raw.get(branch.tag_field) == branch.tag:
                return branch
        if len(structs) == 1:
            return structs[0]
    if isinstance(raw, list):
        arrays = [branch for branch in unwrapped if getattr(branch, "item_type", None) is not None]
        if len(arrays) == 1:
            return arrays[0]
    return None


def _keep_extras(value: Any, raw: Any) -> None:
    """Walk the decoded ``value`` beside its ``raw`` data: keys no field took become attributes."""
    if isinstance(value, Model) and isinstance(raw, dict):
        cls = type(value)
        for name, wire in zip(cls.__struct_fields__, cls.__struct_encode_fields__, strict=True):
            if wire in raw:
                _keep_extras(getattr(value, name), raw[wire])
        taken = set(cls.__struct_encode_fields__)
        tag = cls.__struct_config__.tag_field
        for key, item in raw.items():
            if key not in taken and key != tag and not hasattr(cls, key):
                value.__dict__[key] = item
    elif isinstance(value, list) and isinstance(raw, list):
        for item, raw_item in zip(value, raw, strict=False):
            _keep_extras(item, raw_item)
