# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_step_code_interpreter import RunStepCodeInterpreter
    from ..models.run_step_file_search import RunStepFileSearch
    from ..models.run_step_function import RunStepFunction
    from ..models.run_step_tool_call_retrieval import RunStepToolCallRetrieval


T = TypeVar("T", bound="RunStepToolCall")


@_attrs_define
class RunStepToolCall:
    """A tool call of a step, with the field named after its `type` set (`code_interpreter`, `retrieval` (v1, always an
    empty object), `file_search` (today's API) or `function`); tool calls of new types decode too.

        Attributes:
            type_ (str): code_interpreter, retrieval, file_search or function.
            index (int | Unset): The position of the tool call (in a delta).
            id (str | Unset): The ID of the tool call.
            code_interpreter (RunStepCodeInterpreter | Unset):
            retrieval (RunStepToolCallRetrieval | Unset):
            file_search (RunStepFileSearch | Unset): What the file_search tool did (an empty object when the server says
                nothing more).
            function (RunStepFunction | Unset):
    """

    type_: str
    index: int | Unset = UNSET
    id: str | Unset = UNSET
    code_interpreter: RunStepCodeInterpreter | Unset = UNSET
    retrieval: RunStepToolCallRetrieval | Unset = UNSET
    file_search: RunStepFileSearch | Unset = UNSET
    function: RunStepFunction | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        index = self.index

        id = self.id

        code_interpreter: dict[str, Any] | Unset = UNSET
        if not isinstance(self.code_interpreter, Unset):
            code_interpreter = self.code_interpreter.to_dict()

        retrieval: dict[str, Any] | Unset = UNSET
        if not isinstance(self.retrieval, Unset):
            retrieval = self.retrieval.to_dict()

        file_search: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file_search, Unset):
            file_search = self.file_search.to_dict()

        function: dict[str, Any] | Unset = UNSET
        if not isinstance(self.function, Unset):
            function = self.function.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if index is not UNSET:
            field_dict["index"] = index
        if id is not UNSET:
            field_dict["id"] = id
        if code_interpreter is not UNSET:
            field_dict["code_interpreter"] = code_interpreter
        if retrieval is not UNSET:
            field_dict["retrieval"] = retrieval
        if file_search is not UNSET:
            field_dict["file_search"] = file_search
        if function is not UNSET:
            field_dict["function"] = function

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.run_step_code_interpreter import RunStepCodeInterpreter  # noqa: PLC0415
        from ..models.run_step_file_search import RunStepFileSearch  # noqa: PLC0415
        from ..models.run_step_function import RunStepFunction  # noqa: PLC0415
        from ..models.run_step_tool_call_retrieval import RunStepToolCallRetrieval  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type")

        index = d.pop("index", UNSET)

        id = d.pop("id", UNSET)

        _code_interpreter = d.pop("code_interpreter", UNSET)
        code_interpreter: RunStepCodeInterpreter | Unset
        if isinstance(_code_interpreter, Unset):
            code_interpreter = UNSET
        else:
            code_interpreter = RunStepCodeInterpreter.from_dict(_code_interpreter)

        _retrieval = d.pop("retrieval", UNSET)
        retrieval: RunStepToolCallRetrieval | Unset
        if isinstance(_retrieval, Unset):
            retrieval = UNSET
        else:
            retrieval = RunStepToolCallRetrieval.from_dict(_retrieval)

        _file_search = d.pop("file_search", UNSET)
        file_search: RunStepFileSearch | Unset
        if isinstance(_file_search, Unset):
            file_search = UNSET
        else:
            file_search = RunStepFileSearch.from_dict(_file_search)

        _function = d.pop("function", UNSET)
        function: RunStepFunction | Unset
        if isinstance(_function, Unset):
            function = UNSET
        else:
            function = RunStepFunction.from_dict(_function)

        run_step_tool_call = cls(
            type_=type_,
            index=index,
            id=id,
            code_interpreter=code_interpreter,
            retrieval=retrieval,
            file_search=file_search,
            function=function,
        )

        run_step_tool_call.additional_properties = d
        return run_step_tool_call

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
