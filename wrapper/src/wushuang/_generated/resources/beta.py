# Generated from openapi/wushuang.yaml (sha256 37b389674feebb29) by generator/ — do not edit by hand.
"""``client.beta``: the resource classes of that part of the API, one method per operation.

Every method is written once per sync / async class; ``with_raw_response`` and ``with_streaming_response`` are
derived from it by the typed wrappers of ``wushuang._resource``. Nothing here sends a request by itself: each
method hands its arguments (``locals()``: exactly its parameters) to the client with its entry of the operation
table. Each ends in ``**unknown: Never``: type checkers still refuse any other keyword, and at run time one is
refused before anything is sent, with the nearest parameter's name (``unexpected_keyword``). This module is loaded
when ``client.beta`` is first touched.
"""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING, Literal, cast, overload

from wushuang._generated import operations as _ops
from wushuang._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_response,
    async_to_streamed_response,
    to_raw_response,
    to_streamed_response,
    unexpected_keyword,
)
from wushuang._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout

if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Never

    from wushuang._assistant_stream import AssistantEventStream, AsyncAssistantEventStream
    from wushuang._generated import models, params
    from wushuang._pagination import AsyncCursorPager, CursorPage

__all__ = [
    "BetaAssistantsFiles",
    "BetaAssistantsFilesWithRawResponse",
    "BetaAssistantsFilesWithStreamingResponse",
    "AsyncBetaAssistantsFiles",
    "AsyncBetaAssistantsFilesWithRawResponse",
    "AsyncBetaAssistantsFilesWithStreamingResponse",
    "BetaAssistants",
    "BetaAssistantsWithRawResponse",
    "BetaAssistantsWithStreamingResponse",
    "AsyncBetaAssistants",
    "AsyncBetaAssistantsWithRawResponse",
    "AsyncBetaAssistantsWithStreamingResponse",
    "BetaThreadsMessagesFiles",
    "BetaThreadsMessagesFilesWithRawResponse",
    "BetaThreadsMessagesFilesWithStreamingResponse",
    "AsyncBetaThreadsMessagesFiles",
    "AsyncBetaThreadsMessagesFilesWithRawResponse",
    "AsyncBetaThreadsMessagesFilesWithStreamingResponse",
    "BetaThreadsMessages",
    "BetaThreadsMessagesWithRawResponse",
    "BetaThreadsMessagesWithStreamingResponse",
    "AsyncBetaThreadsMessages",
    "AsyncBetaThreadsMessagesWithRawResponse",
    "AsyncBetaThreadsMessagesWithStreamingResponse",
    "BetaThreadsRunsSteps",
    "BetaThreadsRunsStepsWithRawResponse",
    "BetaThreadsRunsStepsWithStreamingResponse",
    "AsyncBetaThreadsRunsSteps",
    "AsyncBetaThreadsRunsStepsWithRawResponse",
    "AsyncBetaThreadsRunsStepsWithStreamingResponse",
    "BetaThreadsRuns",
    "BetaThreadsRunsWithRawResponse",
    "BetaThreadsRunsWithStreamingResponse",
    "AsyncBetaThreadsRuns",
    "AsyncBetaThreadsRunsWithRawResponse",
    "AsyncBetaThreadsRunsWithStreamingResponse",
    "BetaThreads",
    "BetaThreadsWithRawResponse",
    "BetaThreadsWithStreamingResponse",
    "AsyncBetaThreads",
    "AsyncBetaThreadsWithRawResponse",
    "AsyncBetaThreadsWithStreamingResponse",
    "Beta",
    "BetaWithRawResponse",
    "BetaWithStreamingResponse",
    "AsyncBeta",
    "AsyncBetaWithRawResponse",
    "AsyncBetaWithStreamingResponse",
]


class BetaAssistantsFiles(SyncAPIResource):
    """``client.beta.assistants.files``."""

    @cached_property
    def with_raw_response(self) -> BetaAssistantsFilesWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return BetaAssistantsFilesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaAssistantsFilesWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return BetaAssistantsFilesWithStreamingResponse(self)

    def list(
        self,
        assistant_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> CursorPage[models.AssistantFile]:
        """List an assistant's files.

        ``GET /v1/assistants/{assistant_id}/files``

        Iterate over the result (``for`` / ``async for``) to get every item across pages.

        Args:
            assistant_id (str): The ID of the assistant the files belong to.
            limit (int, optional): How many objects to return, 1 to 100; the server's default is 20.
            order (Literal['asc', 'desc'], optional): Sort order by `created_at`; the server's default is `desc`.
            after (str, optional): The ID of the object after which the page starts (a cursor).
            before (str, optional): The ID of the object before which the page ends (a cursor).
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            CursorPage[models.AssistantFile].

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.list, unknown)
        return cast("CursorPage[models.AssistantFile]", self._call(_ops.LIST_ASSISTANT_FILES, locals()))

    def create(
        self,
        assistant_id: str,
        *,
        file_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.AssistantFile:
        """Attach a file to an assistant.

        Attaches a file uploaded with purpose `assistants` (`POST /v1/files`) to the assistant, for the retrieval and code_interpreter tools; the assistant file's ID is the file's ID.

        ``POST /v1/assistants/{assistant_id}/files``

        Args:
            assistant_id (str): The ID of the assistant the files belong to.
            file_id (str): The ID of a file uploaded with purpose `assistants`, for the retrieval and code_interpreter tools.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.AssistantFile.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.create, unknown)
        return cast("models.AssistantFile", self._call(_ops.CREATE_ASSISTANT_FILE, locals()))

    def retrieve(
        self,
        file_id: str,
        *,
        assistant_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.AssistantFile:
        """Retrieve an assistant file.

        ``GET /v1/assistants/{assistant_id}/files/{file_id}``

        Args:
            assistant_id (str): The ID of the assistant the file belongs to.
            file_id (str): The ID of the file.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.AssistantFile.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.retrieve, unknown)
        return cast("models.AssistantFile", self._call(_ops.GET_ASSISTANT_FILE, locals()))

    def delete(
        self,
        file_id: str,
        *,
        assistant_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.DeleteAssistantFileResponse:
        """Detach a file from an assistant.

        Deletes the association between the assistant and the file, not the file itself.

        ``DELETE /v1/assistants/{assistant_id}/files/{file_id}``

        Args:
            assistant_id (str): The ID of the assistant the file belongs to.
            file_id (str): The ID of the file.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.DeleteAssistantFileResponse.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.delete, unknown)
        return cast("models.DeleteAssistantFileResponse", self._call(_ops.DELETE_ASSISTANT_FILE, locals()))


class BetaAssistantsFilesWithRawResponse:
    """``client.beta.assistants.files.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: BetaAssistantsFiles) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.retrieve = to_raw_response(resource.retrieve)
        self.delete = to_raw_response(resource.delete)


class BetaAssistantsFilesWithStreamingResponse:
    """``client.beta.assistants.files.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: BetaAssistantsFiles) -> None:
        self._resource = resource
        self.list = to_streamed_response(resource.list)
        self.create = to_streamed_response(resource.create)
        self.retrieve = to_streamed_response(resource.retrieve)
        self.delete = to_streamed_response(resource.delete)


class BetaAssistants(SyncAPIResource):
    """``client.beta.assistants``."""

    @cached_property
    def files(self) -> BetaAssistantsFiles:
        return BetaAssistantsFiles(self._client)

    @cached_property
    def with_raw_response(self) -> BetaAssistantsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return BetaAssistantsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaAssistantsWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return BetaAssistantsWithStreamingResponse(self)

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> CursorPage[models.Assistant]:
        """List assistants.

        ``GET /v1/assistants``

        Iterate over the result (``for`` / ``async for``) to get every item across pages.

        Args:
            limit (int, optional): How many objects to return, 1 to 100; the server's default is 20.
            order (Literal['asc', 'desc'], optional): Sort order by `created_at`; the server's default is `desc`.
            after (str, optional): The ID of the object after which the page starts (a cursor).
            before (str, optional): The ID of the object before which the page ends (a cursor).
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            CursorPage[models.Assistant].

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.list, unknown)
        return cast("CursorPage[models.Assistant]", self._call(_ops.LIST_ASSISTANTS, locals()))

    def create(
        self,
        *,
        model: str,
        name: str | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        tools: builtins.list[
            params.AssistantToolsCode
            | params.AssistantToolsRetrieval
            | params.AssistantToolsFileSearch
            | params.AssistantToolsFunction
        ]
        | NotGiven = NOT_GIVEN,
        file_ids: builtins.list[str] | NotGiven = NOT_GIVEN,
        metadata: dict[str, str] | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        response_format: Literal["none", "auto"]
        | params.ResponseFormatText
        | params.ResponseFormatJsonObject
        | params.ResponseFormatJsonSchema
        | None
        | NotGiven = NOT_GIVEN,
        tool_resources: params.CreateToolResources | None | NotGiven = NOT_GIVEN,
        reasoning_effort: Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"]
        | None
        | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.Assistant:
        """Create an assistant.

        Create an assistant with a model and instructions.

        ``POST /v1/assistants``

        Args:
            model (str): The ID of the model, e.g. `gpt-4-turbo`; see `GET /v1/models`.
            name (str | None, optional): The name of the assistant, up to 256 characters.
            description (str | None, optional): The description of the assistant, up to 512 characters.
            instructions (str | None, optional): The system instructions the assistant uses, up to 256,000 characters.
            tools (list[AssistantToolsCode | AssistantToolsRetrieval | AssistantToolsFileSearch | AssistantToolsFunction], optional): Up to 128 tools: code_interpreter, retrieval (v1), file_search (today's API) or function. Server default: none.

                - ``AssistantToolsCode``: a dict (The code_interpreter tool), keys:

                  - ``type`` (Literal['code_interpreter'], required)

                - ``AssistantToolsRetrieval``: a dict (The retrieval tool (searches the files of the assistant and of the messages)), keys:

                  - ``type`` (Literal['retrieval'], required)

                - ``AssistantToolsFileSearch``: a dict (The file_search tool (searches the vector stores of the assistant and of the thread), the successor of retrieval in today's API), keys:

                  - ``type`` (Literal['file_search'], required)
                  - ``file_search`` (AssistantToolsFileSearchSettings): Settings of the file_search tool.

                - ``AssistantToolsFunction``: a dict (A function tool; the model asks for its outputs through the run's `required_action`), keys:

                  - ``type`` (Literal['function'], required)
                  - ``function`` (FunctionDefinition, required)

                - ``AssistantToolsFileSearchSettings``: a dict (Settings of the file_search tool), keys:

                  - ``max_num_results`` (int): The most results the tool hands the model, 1 to 50; the server's default is 20 (5 for gpt-3.5-turbo models).
                  - ``ranking_options`` (FileSearchRankingOptions): How the file_search tool ranks what it finds; left out, the server chooses.

                - ``FunctionDefinition``: a dict, keys:

                  - ``name`` (str, required)
                  - ``description`` (str)
                  - ``parameters`` (dict[str, Any]): The function's parameters as a JSON Schema object.
                  - ``strict`` (bool | None): When true, the model's arguments follow `parameters` exactly (a subset of JSON Schema is supported). Server default false.

                - ``FileSearchRankingOptions``: a dict (How the file_search tool ranks what it finds; left out, the server chooses), keys:

                  - ``ranker`` (Literal['auto', 'default_2024_08_21']): The ranker to use; the server's default is `auto`.
                  - ``score_threshold`` (float, required): Results that score below this threshold (0 to 1) are left out.

            file_ids (list[str], optional): Up to 20 IDs of files (uploaded with purpose `assistants`) for the tools, ordered by their creation date (v1; today's API takes `tool_resources`). Server default: none.
            metadata (dict[str, str] | None, optional): Up to 16 key-value pairs of your own (keys up to 64, values up to 512 characters).
            temperature (float | None, optional): Sampling temperature between 0 and 2; higher values make the output more random. Server default 1.
            top_p (float | None, optional): Nucleus sampling mass between 0 and 1 (0.1 keeps the tokens of the top 10% probability mass); alter this or `temperature`, not both. Server default 1.
            response_format (Literal['none', 'auto'] | ResponseFormatText | ResponseFormatJsonObject | ResponseFormatJsonSchema | None, optional): `none`, `auto` (the server's default), `{"type": "text"}`, `{"type": "json_object"}` (JSON mode) or `{"type": "json_schema", ...}` (JSON that matches a schema).

                - ``ResponseFormatText``: a dict, keys:

                  - ``type`` (Literal['text'], required)

                - ``ResponseFormatJsonObject``: a dict, keys:

                  - ``type`` (Literal['json_object'], required)

                - ``ResponseFormatJsonSchema``: a dict, keys:

                  - ``type`` (Literal['json_schema'], required)
                  - ``json_schema`` (dict with ``name`` (str), ``description`` (str), ``schema`` (dict[str, Any]), ``strict`` (bool | None), required)

            tool_resources (CreateToolResources | None, optional): Resources for the tools, by tool: files for code_interpreter, a vector store for file_search (today's API; v1 uses `file_ids`).

                - ``CreateToolResources``: a dict (Resources for the tools (today's API; v1 uses `file_ids`), by tool), keys:

                  - ``code_interpreter`` (ToolResourcesCodeInterpreter): Files for the code_interpreter tool.
                  - ``file_search`` (CreateToolResourcesFileSearch): The vector store the file_search tool searches, an existing one or one made from files.

                - ``ToolResourcesCodeInterpreter``: a dict (Files for the code_interpreter tool), keys:

                  - ``file_ids`` (list[str]): Up to 20 IDs of files (uploaded with purpose `assistants`) the code_interpreter tool can use. Server default: none.

                - ``CreateToolResourcesFileSearch``: a dict (The vector store the file_search tool searches, an existing one or one made from files), keys:

                  - ``vector_store_ids`` (list[str]): The ID of the one vector store to search.
                  - ``vector_stores`` (list[NewVectorStore]): One vector store to create from files and search (instead of `vector_store_ids`).

                - ``NewVectorStore``: a dict (A vector store to create from files, for the file_search tool), keys:

                  - ``file_ids`` (list[str]): Up to 10,000 IDs of files to put in the vector store.
                  - ``chunking_strategy`` (ChunkingStrategyAuto | ChunkingStrategyStatic): How the files are cut into chunks, by its `type`; the server's default is `auto`.
                  - ``metadata`` (dict[str, str] | None): Up to 16 key-value pairs of your own for the vector store.

            reasoning_effort (Literal['none', 'minimal', 'low', 'medium', 'high', 'xhigh', 'max'] | None, optional): How much a reasoning model reasons before it answers. Server default `medium`.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.Assistant.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.create, unknown)
        return cast("models.Assistant", self._call(_ops.CREATE_ASSISTANT, locals()))

    def retrieve(
        self,
        assistant_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.Assistant:
        """Retrieve an assistant.

        ``GET /v1/assistants/{assistant_id}``

        Args:
            assistant_id (str): The ID of the assistant.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.Assistant.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.retrieve, unknown)
        return cast("models.Assistant", self._call(_ops.GET_ASSISTANT, locals()))

    def update(
        self,
        assistant_id: str,
        *,
        model: str | NotGiven = NOT_GIVEN,
        name: str | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        tools: builtins.list[
            params.AssistantToolsCode
            | params.AssistantToolsRetrieval
            | params.AssistantToolsFileSearch
            | params.AssistantToolsFunction
        ]
        | NotGiven = NOT_GIVEN,
        file_ids: builtins.list[str] | NotGiven = NOT_GIVEN,
        metadata: dict[str, str] | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        response_format: Literal["none", "auto"]
        | params.ResponseFormatText
        | params.ResponseFormatJsonObject
        | params.ResponseFormatJsonSchema
        | None
        | NotGiven = NOT_GIVEN,
        tool_resources: params.ToolResources | None | NotGiven = NOT_GIVEN,
        reasoning_effort: Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"]
        | None
        | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.Assistant:
        """Modify an assistant.

        Changes the fields given; `file_ids` replaces the list (a file left out is detached).

        ``POST /v1/assistants/{assistant_id}``

        Args:
            assistant_id (str): The ID of the assistant.
            model (str, optional): The ID of the model, e.g. `gpt-4-turbo`; see `GET /v1/models`.
            name (str | None, optional): The name of the assistant, up to 256 characters.
            description (str | None, optional): The description of the assistant, up to 512 characters.
            instructions (str | None, optional): The system instructions the assistant uses, up to 256,000 characters.
            tools (list[AssistantToolsCode | AssistantToolsRetrieval | AssistantToolsFileSearch | AssistantToolsFunction], optional): Up to 128 tools: code_interpreter, retrieval (v1), file_search (today's API) or function; replaces the list.

                - ``AssistantToolsCode``: a dict (The code_interpreter tool), keys:

                  - ``type`` (Literal['code_interpreter'], required)

                - ``AssistantToolsRetrieval``: a dict (The retrieval tool (searches the files of the assistant and of the messages)), keys:

                  - ``type`` (Literal['retrieval'], required)

                - ``AssistantToolsFileSearch``: a dict (The file_search tool (searches the vector stores of the assistant and of the thread), the successor of retrieval in today's API), keys:

                  - ``type`` (Literal['file_search'], required)
                  - ``file_search`` (AssistantToolsFileSearchSettings): Settings of the file_search tool.

                - ``AssistantToolsFunction``: a dict (A function tool; the model asks for its outputs through the run's `required_action`), keys:

                  - ``type`` (Literal['function'], required)
                  - ``function`` (FunctionDefinition, required)

                - ``AssistantToolsFileSearchSettings``: a dict (Settings of the file_search tool), keys:

                  - ``max_num_results`` (int): The most results the tool hands the model, 1 to 50; the server's default is 20 (5 for gpt-3.5-turbo models).
                  - ``ranking_options`` (FileSearchRankingOptions): How the file_search tool ranks what it finds; left out, the server chooses.

                - ``FunctionDefinition``: a dict, keys:

                  - ``name`` (str, required)
                  - ``description`` (str)
                  - ``parameters`` (dict[str, Any]): The function's parameters as a JSON Schema object.
                  - ``strict`` (bool | None): When true, the model's arguments follow `parameters` exactly (a subset of JSON Schema is supported). Server default false.

                - ``FileSearchRankingOptions``: a dict (How the file_search tool ranks what it finds; left out, the server chooses), keys:

                  - ``ranker`` (Literal['auto', 'default_2024_08_21']): The ranker to use; the server's default is `auto`.
                  - ``score_threshold`` (float, required): Results that score below this threshold (0 to 1) are left out.

            file_ids (list[str], optional): Up to 20 IDs of files for the tools; replaces the list, and a file that was attached but is left out is detached from the assistant.
            metadata (dict[str, str] | None, optional): Up to 16 key-value pairs of your own (keys up to 64, values up to 512 characters).
            temperature (float | None, optional): Sampling temperature between 0 and 2; higher values make the output more random. Server default 1.
            top_p (float | None, optional): Nucleus sampling mass between 0 and 1 (0.1 keeps the tokens of the top 10% probability mass); alter this or `temperature`, not both. Server default 1.
            response_format (Literal['none', 'auto'] | ResponseFormatText | ResponseFormatJsonObject | ResponseFormatJsonSchema | None, optional): `none`, `auto` (the server's default), `{"type": "text"}`, `{"type": "json_object"}` (JSON mode) or `{"type": "json_schema", ...}` (JSON that matches a schema).

                - ``ResponseFormatText``: a dict, keys:

                  - ``type`` (Literal['text'], required)

                - ``ResponseFormatJsonObject``: a dict, keys:

                  - ``type`` (Literal['json_object'], required)

                - ``ResponseFormatJsonSchema``: a dict, keys:

                  - ``type`` (Literal['json_schema'], required)
                  - ``json_schema`` (dict with ``name`` (str), ``description`` (str), ``schema`` (dict[str, Any]), ``strict`` (bool | None), required)

            tool_resources (ToolResources | None, optional): Resources for the tools, by tool: files for code_interpreter, a vector store for file_search (today's API; v1 uses `file_ids`); replaces the resources of the tools named.

                - ``ToolResources``: a dict (Resources for the tools (today's API; v1 uses `file_ids`), by tool), keys:

                  - ``code_interpreter`` (ToolResourcesCodeInterpreter): Files for the code_interpreter tool.
                  - ``file_search`` (ToolResourcesFileSearch): The vector store the file_search tool searches.

                - ``ToolResourcesCodeInterpreter``: a dict (Files for the code_interpreter tool), keys:

                  - ``file_ids`` (list[str]): Up to 20 IDs of files (uploaded with purpose `assistants`) the code_interpreter tool can use. Server default: none.

                - ``ToolResourcesFileSearch``: a dict (The vector store the file_search tool searches), keys:

                  - ``vector_store_ids`` (list[str]): The ID of the one vector store to search.

            reasoning_effort (Literal['none', 'minimal', 'low', 'medium', 'high', 'xhigh', 'max'] | None, optional): How much a reasoning model reasons before it answers. Server default `medium`.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.Assistant.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.update, unknown)
        return cast("models.Assistant", self._call(_ops.MODIFY_ASSISTANT, locals()))

    def delete(
        self,
        assistant_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.DeleteAssistantResponse:
        """Delete an assistant.

        ``DELETE /v1/assistants/{assistant_id}``

        Args:
            assistant_id (str): The ID of the assistant.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.DeleteAssistantResponse.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.delete, unknown)
        return cast("models.DeleteAssistantResponse", self._call(_ops.DELETE_ASSISTANT, locals()))


class BetaAssistantsWithRawResponse:
    """``client.beta.assistants.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: BetaAssistants) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)
        self.delete = to_raw_response(resource.delete)

    @cached_property
    def files(self) -> BetaAssistantsFilesWithRawResponse:
        return self._resource.files.with_raw_response


class BetaAssistantsWithStreamingResponse:
    """``client.beta.assistants.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: BetaAssistants) -> None:
        self._resource = resource
        self.list = to_streamed_response(resource.list)
        self.create = to_streamed_response(resource.create)
        self.retrieve = to_streamed_response(resource.retrieve)
        self.update = to_streamed_response(resource.update)
        self.delete = to_streamed_response(resource.delete)

    @cached_property
    def files(self) -> BetaAssistantsFilesWithStreamingResponse:
        return self._resource.files.with_streaming_response


class BetaThreadsMessagesFiles(SyncAPIResource):
    """``client.beta.threads.messages.files``."""

    @cached_property
    def with_raw_response(self) -> BetaThreadsMessagesFilesWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return BetaThreadsMessagesFilesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaThreadsMessagesFilesWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return BetaThreadsMessagesFilesWithStreamingResponse(self)

    def list(
        self,
        message_id: str,
        *,
        thread_id: str,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> CursorPage[models.MessageFile]:
        """List the files of a message.

        ``GET /v1/threads/{thread_id}/messages/{message_id}/files``

        Iterate over the result (``for`` / ``async for``) to get every item across pages.

        Args:
            thread_id (str): The ID of the thread the message belongs to.
            message_id (str): The ID of the message the files belong to.
            limit (int, optional): How many objects to return, 1 to 100; the server's default is 20.
            order (Literal['asc', 'desc'], optional): Sort order by `created_at`; the server's default is `desc`.
            after (str, optional): The ID of the object after which the page starts (a cursor).
            before (str, optional): The ID of the object before which the page ends (a cursor).
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            CursorPage[models.MessageFile].

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.list, unknown)
        return cast("CursorPage[models.MessageFile]", self._call(_ops.LIST_MESSAGE_FILES, locals()))

    def retrieve(
        self,
        file_id: str,
        *,
        thread_id: str,
        message_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.MessageFile:
        """Retrieve a message file.

        ``GET /v1/threads/{thread_id}/messages/{message_id}/files/{file_id}``

        Args:
            thread_id (str): The ID of the thread the message belongs to.
            message_id (str): The ID of the message the file belongs to.
            file_id (str): The ID of the file.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.MessageFile.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.retrieve, unknown)
        return cast("models.MessageFile", self._call(_ops.GET_MESSAGE_FILE, locals()))


class BetaThreadsMessagesFilesWithRawResponse:
    """``client.beta.threads.messages.files.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: BetaThreadsMessagesFiles) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)


class BetaThreadsMessagesFilesWithStreamingResponse:
    """``client.beta.threads.messages.files.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: BetaThreadsMessagesFiles) -> None:
        self._resource = resource
        self.list = to_streamed_response(resource.list)
        self.retrieve = to_streamed_response(resource.retrieve)


class BetaThreadsMessages(SyncAPIResource):
    """``client.beta.threads.messages``."""

    @cached_property
    def files(self) -> BetaThreadsMessagesFiles:
        return BetaThreadsMessagesFiles(self._client)

    @cached_property
    def with_raw_response(self) -> BetaThreadsMessagesWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return BetaThreadsMessagesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaThreadsMessagesWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return BetaThreadsMessagesWithStreamingResponse(self)

    def list(
        self,
        thread_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        run_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> CursorPage[models.Message]:
        """List the messages of a thread.

        ``GET /v1/threads/{thread_id}/messages``

        Iterate over the result (``for`` / ``async for``) to get every item across pages.

        Args:
            thread_id (str): The ID of the thread the messages belong to.
            limit (int, optional): How many objects to return, 1 to 100; the server's default is 20.
            order (Literal['asc', 'desc'], optional): Sort order by `created_at`; the server's default is `desc`.
            after (str, optional): The ID of the object after which the page starts (a cursor).
            before (str, optional): The ID of the object before which the page ends (a cursor).
            run_id (str, optional): Only the messages the run with this ID created.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            CursorPage[models.Message].

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.list, unknown)
        return cast("CursorPage[models.Message]", self._call(_ops.LIST_MESSAGES, locals()))

    def create(
        self,
        thread_id: str,
        *,
        role: Literal["user", "assistant"],
        content: str
        | builtins.list[
            params.MessageRequestContentImageFile
            | params.MessageRequestContentImageUrl
            | params.MessageRequestContentText
        ],
        file_ids: builtins.list[str] | NotGiven = NOT_GIVEN,
        metadata: dict[str, str] | None | NotGiven = NOT_GIVEN,
        attachments: builtins.list[params.MessageAttachmentRequest] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.Message:
        """Create a message.

        ``POST /v1/threads/{thread_id}/messages``

        Args:
            thread_id (str): The ID of the thread the messages belong to.
            role (Literal['user', 'assistant']): `user` for a message from the user (most cases), `assistant` to insert a message as if the assistant had written it.
            content (str | list[MessageRequestContentImageFile | MessageRequestContentImageUrl | MessageRequestContentText]): The text of the message, up to 256,000 characters, or (today's API) a list of text and image parts.

                - ``MessageRequestContentImageFile``: a dict (An image part, from an uploaded file), keys:

                  - ``type`` (Literal['image_file'], required)
                  - ``image_file`` (MessageRequestImageFile, required)

                - ``MessageRequestContentImageUrl``: a dict (An image part, from a URL), keys:

                  - ``type`` (Literal['image_url'], required)
                  - ``image_url`` (MessageRequestImageUrl, required)

                - ``MessageRequestContentText``: a dict (A text part), keys:

                  - ``type`` (Literal['text'], required)
                  - ``text`` (str, required): The text.

                - ``MessageRequestImageFile``: a dict, keys:

                  - ``file_id`` (str, required): The ID of an image file uploaded with purpose `vision`.
                  - ``detail`` (Literal['auto', 'low', 'high']): The detail the model sees the image in; `low` uses fewer tokens. Server default `auto`.

                - ``MessageRequestImageUrl``: a dict, keys:

                  - ``url`` (str, required): The URL of the image (jpeg, jpg, png, gif or webp).
                  - ``detail`` (Literal['auto', 'low', 'high']): The detail the model sees the image in; `low` uses fewer tokens. Server default `auto`.

            file_ids (list[str], optional): Up to 10 IDs of files the message uses, for the retrieval and code_interpreter tools (v1; today's API takes `attachments`). Server default: none.
            metadata (dict[str, str] | None, optional): Up to 16 key-value pairs of your own (keys up to 64, values up to 512 characters).
            attachments (list[MessageAttachmentRequest] | None, optional): Files attached to the message and the tools to add them to (today's API; v1 uses `file_ids`).

                - ``MessageAttachmentRequest``: a dict (A file attached to a message), keys:

                  - ``file_id`` (str): The ID of the file.
                  - ``tools`` (list[AssistantToolsCode | AssistantToolsFileSearchTypeOnly]): The tools to add the file to.

                - ``AssistantToolsCode``: a dict (The code_interpreter tool), keys:

                  - ``type`` (Literal['code_interpreter'], required)

                - ``AssistantToolsFileSearchTypeOnly``: a dict (The file_search tool, named without settings (for a message attachment)), keys:

                  - ``type`` (Literal['file_search'], required)

            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.Message.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.create, unknown)
        return cast("models.Message", self._call(_ops.CREATE_MESSAGE, locals()))

    def retrieve(
        self,
        message_id: str,
        *,
        thread_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.Message:
        """Retrieve a message.

        ``GET /v1/threads/{thread_id}/messages/{message_id}``

        Args:
            thread_id (str): The ID of the thread the message belongs to.
            message_id (str): The ID of the message.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.Message.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.retrieve, unknown)
        return cast("models.Message", self._call(_ops.GET_MESSAGE, locals()))

    def update(
        self,
        message_id: str,
        *,
        thread_id: str,
        metadata: dict[str, str] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.Message:
        """Modify a message.

        Only the `metadata` can be modified.

        ``POST /v1/threads/{thread_id}/messages/{message_id}``

        Args:
            thread_id (str): The ID of the thread the message belongs to.
            message_id (str): The ID of the message.
            metadata (dict[str, str] | None, optional): Up to 16 key-value pairs of your own (keys up to 64, values up to 512 characters).
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.Message.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.update, unknown)
        return cast("models.Message", self._call(_ops.MODIFY_MESSAGE, locals()))


class BetaThreadsMessagesWithRawResponse:
    """``client.beta.threads.messages.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: BetaThreadsMessages) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)

    @cached_property
    def files(self) -> BetaThreadsMessagesFilesWithRawResponse:
        return self._resource.files.with_raw_response


class BetaThreadsMessagesWithStreamingResponse:
    """``client.beta.threads.messages.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: BetaThreadsMessages) -> None:
        self._resource = resource
        self.list = to_streamed_response(resource.list)
        self.create = to_streamed_response(resource.create)
        self.retrieve = to_streamed_response(resource.retrieve)
        self.update = to_streamed_response(resource.update)

    @cached_property
    def files(self) -> BetaThreadsMessagesFilesWithStreamingResponse:
        return self._resource.files.with_streaming_response


class BetaThreadsRunsSteps(SyncAPIResource):
    """``client.beta.threads.runs.steps``."""

    @cached_property
    def with_raw_response(self) -> BetaThreadsRunsStepsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return BetaThreadsRunsStepsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaThreadsRunsStepsWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return BetaThreadsRunsStepsWithStreamingResponse(self)

    def list(
        self,
        run_id: str,
        *,
        thread_id: str,
        include: builtins.list[Literal["step_details.tool_calls[*].file_search.results[*].content"]]
        | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> CursorPage[models.RunStep]:
        """List the steps of a run.

        ``GET /v1/threads/{thread_id}/runs/{run_id}/steps``

        Iterate over the result (``for`` / ``async for``) to get every item across pages.

        Args:
            thread_id (str): The ID of the thread the run and its steps belong to.
            run_id (str): The ID of the run the steps belong to.
            include (list[Literal['step_details.tool_calls[*].file_search.results[*].content']], optional): Extra fields to fill in the run steps: `step_details.tool_calls[*].file_search.results[*].content` adds the content of the file_search results. (sent as ``include[]``)
            limit (int, optional): How many objects to return, 1 to 100; the server's default is 20.
            order (Literal['asc', 'desc'], optional): Sort order by `created_at`; the server's default is `desc`.
            after (str, optional): The ID of the object after which the page starts (a cursor).
            before (str, optional): The ID of the object before which the page ends (a cursor).
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            CursorPage[models.RunStep].

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.list, unknown)
        return cast("CursorPage[models.RunStep]", self._call(_ops.LIST_RUN_STEPS, locals()))

    def retrieve(
        self,
        step_id: str,
        *,
        thread_id: str,
        run_id: str,
        include: builtins.list[Literal["step_details.tool_calls[*].file_search.results[*].content"]]
        | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.RunStep:
        """Retrieve a run step.

        ``GET /v1/threads/{thread_id}/runs/{run_id}/steps/{step_id}``

        Args:
            thread_id (str): The ID of the thread the run and its step belong to.
            run_id (str): The ID of the run the step belongs to.
            step_id (str): The ID of the run step.
            include (list[Literal['step_details.tool_calls[*].file_search.results[*].content']], optional): Extra fields to fill in the run steps: `step_details.tool_calls[*].file_search.results[*].content` adds the content of the file_search results. (sent as ``include[]``)
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.RunStep.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.retrieve, unknown)
        return cast("models.RunStep", self._call(_ops.GET_RUN_STEP, locals()))


class BetaThreadsRunsStepsWithRawResponse:
    """``client.beta.threads.runs.steps.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: BetaThreadsRunsSteps) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)


class BetaThreadsRunsStepsWithStreamingResponse:
    """``client.beta.threads.runs.steps.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: BetaThreadsRunsSteps) -> None:
        self._resource = resource
        self.list = to_streamed_response(resource.list)
        self.retrieve = to_streamed_response(resource.retrieve)


class BetaThreadsRuns(SyncAPIResource):
    """``client.beta.threads.runs``."""

    @cached_property
    def steps(self) -> BetaThreadsRunsSteps:
        return BetaThreadsRunsSteps(self._client)

    @cached_property
    def with_raw_response(self) -> BetaThreadsRunsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return BetaThreadsRunsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaThreadsRunsWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return BetaThreadsRunsWithStreamingResponse(self)

    def list(
        self,
        thread_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> CursorPage[models.Run]:
        """List the runs of a thread.

        ``GET /v1/threads/{thread_id}/runs``

        Iterate over the result (``for`` / ``async for``) to get every item across pages.

        Args:
            thread_id (str): The ID of the thread to run.
            limit (int, optional): How many objects to return, 1 to 100; the server's default is 20.
            order (Literal['asc', 'desc'], optional): Sort order by `created_at`; the server's default is `desc`.
            after (str, optional): The ID of the object after which the page starts (a cursor).
            before (str, optional): The ID of the object before which the page ends (a cursor).
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            CursorPage[models.Run].

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.list, unknown)
        return cast("CursorPage[models.Run]", self._call(_ops.LIST_RUNS, locals()))

    @overload
    def create(
        self,
        thread_id: str,
        *,
        assistant_id: str,
        include: builtins.list[Literal["step_details.tool_calls[*].file_search.results[*].content"]]
        | NotGiven = NOT_GIVEN,
        model: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        additional_instructions: str | None | NotGiven = NOT_GIVEN,
        additional_messages: builtins.list[params.CreateMessageRequest] | None | NotGiven = NOT_GIVEN,
        tools: builtins.list[
            params.AssistantToolsCode
            | params.AssistantToolsRetrieval
            | params.AssistantToolsFileSearch
            | params.AssistantToolsFunction
        ]
        | None
        | NotGiven = NOT_GIVEN,
        metadata: dict[str, str] | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        max_prompt_tokens: int | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        truncation_strategy: params.TruncationStrategy | None | NotGiven = NOT_GIVEN,
        tool_choice: Literal["none", "auto", "required"]
        | params.AssistantsNamedToolChoice
        | None
        | NotGiven = NOT_GIVEN,
        response_format: Literal["none", "auto"]
        | params.ResponseFormatText
        | params.ResponseFormatJsonObject
        | params.ResponseFormatJsonSchema
        | None
        | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        reasoning_effort: Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"]
        | None
        | NotGiven = NOT_GIVEN,
        stream: Literal[False] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.Run: ...

    @overload
    def create(
        self,
        thread_id: str,
        *,
        assistant_id: str,
        include: builtins.list[Literal["step_details.tool_calls[*].file_search.results[*].content"]]
        | NotGiven = NOT_GIVEN,
        model: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        additional_instructions: str | None | NotGiven = NOT_GIVEN,
        additional_messages: builtins.list[params.CreateMessageRequest] | None | NotGiven = NOT_GIVEN,
        tools: builtins.list[
            params.AssistantToolsCode
            | params.AssistantToolsRetrieval
            | params.AssistantToolsFileSearch
            | params.AssistantToolsFunction
        ]
        | None
        | NotGiven = NOT_GIVEN,
        metadata: dict[str, str] | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        max_prompt_tokens: int | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        truncation_strategy: params.TruncationStrategy | None | NotGiven = NOT_GIVEN,
        tool_choice: Literal["none", "auto", "required"]
        | params.AssistantsNamedToolChoice
        | None
        | NotGiven = NOT_GIVEN,
        response_format: Literal["none", "auto"]
        | params.ResponseFormatText
        | params.ResponseFormatJsonObject
        | params.ResponseFormatJsonSchema
        | None
        | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        reasoning_effort: Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"]
        | None
        | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AssistantEventStream[models.AssistantStreamEvent]: ...

    @overload
    def create(
        self,
        thread_id: str,
        *,
        assistant_id: str,
        include: builtins.list[Literal["step_details.tool_calls[*].file_search.results[*].content"]]
        | NotGiven = NOT_GIVEN,
        model: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        additional_instructions: str | None | NotGiven = NOT_GIVEN,
        additional_messages: builtins.list[params.CreateMessageRequest] | None | NotGiven = NOT_GIVEN,
        tools: builtins.list[
            params.AssistantToolsCode
            | params.AssistantToolsRetrieval
            | params.AssistantToolsFileSearch
            | params.AssistantToolsFunction
        ]
        | None
        | NotGiven = NOT_GIVEN,
        metadata: dict[str, str] | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        max_prompt_tokens: int | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        truncation_strategy: params.TruncationStrategy | None | NotGiven = NOT_GIVEN,
        tool_choice: Literal["none", "auto", "required"]
        | params.AssistantsNamedToolChoice
        | None
        | NotGiven = NOT_GIVEN,
        response_format: Literal["none", "auto"]
        | params.ResponseFormatText
        | params.ResponseFormatJsonObject
        | params.ResponseFormatJsonSchema
        | None
        | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        reasoning_effort: Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"]
        | None
        | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.Run | AssistantEventStream[models.AssistantStreamEvent]: ...

    def create(
        self,
        thread_id: str,
        *,
        assistant_id: str,
        include: builtins.list[Literal["step_details.tool_calls[*].file_search.results[*].content"]]
        | NotGiven = NOT_GIVEN,
        model: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        additional_instructions: str | None | NotGiven = NOT_GIVEN,
        additional_messages: builtins.list[params.CreateMessageRequest] | None | NotGiven = NOT_GIVEN,
        tools: builtins.list[
            params.AssistantToolsCode
            | params.AssistantToolsRetrieval
            | params.AssistantToolsFileSearch
            | params.AssistantToolsFunction
        ]
        | None
        | NotGiven = NOT_GIVEN,
        metadata: dict[str, str] | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        max_prompt_tokens: int | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        truncation_strategy: params.TruncationStrategy | None | NotGiven = NOT_GIVEN,
        tool_choice: Literal["none", "auto", "required"]
        | params.AssistantsNamedToolChoice
        | None
        | NotGiven = NOT_GIVEN,
        response_format: Literal["none", "auto"]
        | params.ResponseFormatText
        | params.ResponseFormatJsonObject
        | params.ResponseFormatJsonSchema
        | None
        | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        reasoning_effort: Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"]
        | None
        | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.Run | AssistantEventStream[models.AssistantStreamEvent]:
        """Create a run.

        Answers the run, to be polled until it leaves `queued` / `in_progress`; with `stream` true, an event stream of the run's events ending with `event: done` / `data: [DONE]`.

        ``POST /v1/threads/{thread_id}/runs``

        Args:
            thread_id (str): The ID of the thread to run.
            assistant_id (str): The ID of the assistant that executes the run.
            include (list[Literal['step_details.tool_calls[*].file_search.results[*].content']], optional): Extra fields to fill in the run steps: `step_details.tool_calls[*].file_search.results[*].content` adds the content of the file_search results. (sent as ``include[]``)
            model (str | None, optional): The ID of the model, e.g. `gpt-4-turbo`, instead of the assistant's.
            instructions (str | None, optional): Instructions instead of the assistant's, for this run.
            additional_instructions (str | None, optional): Instructions appended to the assistant's, for this run.
            additional_messages (list[CreateMessageRequest] | None, optional): Messages added to the thread before the run is created.

                - ``CreateMessageRequest``: a dict, keys:

                  - ``role`` (Literal['user', 'assistant'], required): `user` for a message from the user (most cases), `assistant` to insert a message as if the assistant had written it.
                  - ``content`` (str | list[MessageRequestContentImageFile | MessageRequestContentImageUrl | MessageRequestContentText], required): The text of the message, up to 256,000 characters, or (today's API) a list of text and image parts.
                  - ``file_ids`` (list[str]): Up to 10 IDs of files the message uses, for the retrieval and code_interpreter tools (v1; today's API takes `attachments`). Server default: none.
                  - ``metadata`` (dict[str, str] | None): Up to 16 key-value pairs of your own (keys up to 64, values up to 512 characters).
                  - ``attachments`` (list[MessageAttachmentRequest] | None): Files attached to the message and the tools to add them to (today's API; v1 uses `file_ids`).

                - ``MessageRequestContentImageFile``: a dict (An image part, from an uploaded file), keys:

                  - ``type`` (Literal['image_file'], required)
                  - ``image_file`` (MessageRequestImageFile, required)

                - ``MessageRequestContentImageUrl``: a dict (An image part, from a URL), keys:

                  - ``type`` (Literal['image_url'], required)
                  - ``image_url`` (MessageRequestImageUrl, required)

                - ``MessageRequestContentText``: a dict (A text part), keys:

                  - ``type`` (Literal['text'], required)
                  - ``text`` (str, required): The text.

                - ``MessageAttachmentRequest``: a dict (A file attached to a message), keys:

                  - ``file_id`` (str): The ID of the file.
                  - ``tools`` (list[AssistantToolsCode | AssistantToolsFileSearchTypeOnly]): The tools to add the file to.

                - ``MessageRequestImageFile``: a dict, keys:

                  - ``file_id`` (str, required): The ID of an image file uploaded with purpose `vision`.
                  - ``detail`` (Literal['auto', 'low', 'high']): The detail the model sees the image in; `low` uses fewer tokens. Server default `auto`.

                - ``MessageRequestImageUrl``: a dict, keys:

                  - ``url`` (str, required): The URL of the image (jpeg, jpg, png, gif or webp).
                  - ``detail`` (Literal['auto', 'low', 'high']): The detail the model sees the image in; `low` uses fewer tokens. Server default `auto`.

                - ``AssistantToolsCode``: a dict (The code_interpreter tool), keys:

                  - ``type`` (Literal['code_interpreter'], required)

                - ``AssistantToolsFileSearchTypeOnly``: a dict (The file_search tool, named without settings (for a message attachment)), keys:

                  - ``type`` (Literal['file_search'], required)

            tools (list[AssistantToolsCode | AssistantToolsRetrieval | AssistantToolsFileSearch | AssistantToolsFunction] | None, optional): Up to 20 tools instead of the assistant's, for this run.

                - ``AssistantToolsRetrieval``: a dict (The retrieval tool (searches the files of the assistant and of the messages)), keys:

                  - ``type`` (Literal['retrieval'], required)

                - ``AssistantToolsFileSearch``: a dict (The file_search tool (searches the vector stores of the assistant and of the thread), the successor of retrieval in today's API), keys:

                  - ``type`` (Literal['file_search'], required)
                  - ``file_search`` (AssistantToolsFileSearchSettings): Settings of the file_search tool.

                - ``AssistantToolsFunction``: a dict (A function tool; the model asks for its outputs through the run's `required_action`), keys:

                  - ``type`` (Literal['function'], required)
                  - ``function`` (FunctionDefinition, required)

                - ``AssistantToolsFileSearchSettings``: a dict (Settings of the file_search tool), keys:

                  - ``max_num_results`` (int): The most results the tool hands the model, 1 to 50; the server's default is 20 (5 for gpt-3.5-turbo models).
                  - ``ranking_options`` (FileSearchRankingOptions): How the file_search tool ranks what it finds; left out, the server chooses.

                - ``FunctionDefinition``: a dict, keys:

                  - ``name`` (str, required)
                  - ``description`` (str)
                  - ``parameters`` (dict[str, Any]): The function's parameters as a JSON Schema object.
                  - ``strict`` (bool | None): When true, the model's arguments follow `parameters` exactly (a subset of JSON Schema is supported). Server default false.

                - ``FileSearchRankingOptions``: a dict (How the file_search tool ranks what it finds; left out, the server chooses), keys:

                  - ``ranker`` (Literal['auto', 'default_2024_08_21']): The ranker to use; the server's default is `auto`.
                  - ``score_threshold`` (float, required): Results that score below this threshold (0 to 1) are left out.

            metadata (dict[str, str] | None, optional): Up to 16 key-value pairs of your own (keys up to 64, values up to 512 characters).
            temperature (float | None, optional): Sampling temperature between 0 and 2; higher values make the output more random. Server default 1.
            top_p (float | None, optional): Nucleus sampling mass between 0 and 1 (0.1 keeps the tokens of the top 10% probability mass); alter this or `temperature`, not both. Server default 1.
            stream (bool | None, optional): Stream the run's events as server-sent events, ending when the run reaches a terminal status with `data: [DONE]`. Server default false. ``True``: the answer as an event stream, iterated as it arrives (use it in a ``with`` block, or close it).
            max_prompt_tokens (int | None, optional): At least 256. The most prompt tokens the run may use over all its turns (best effort); past it the run ends with status incomplete (see `incomplete_details`).
            max_completion_tokens (int | None, optional): At least 256. The most completion tokens the run may use over all its turns (best effort); past it the run ends with status incomplete (see `incomplete_details`).
            truncation_strategy (TruncationStrategy | None, optional): How the thread is truncated before the run; the server's default is `auto`.

                - ``TruncationStrategy``: a dict (How the thread is truncated before the run), keys:

                  - ``type`` (Literal['auto', 'last_messages'], required): `auto` (the server's default) drops messages from the middle of the thread to fit the context length of the model, `max_prompt_tokens`; `last_messages` keeps the `last_messages` most recent messages.
                  - ``last_messages`` (int | None): How many of the most recent messages make up the context of the run.

            tool_choice (Literal['none', 'auto', 'required'] | AssistantsNamedToolChoice | None, optional): `none`, `auto` (the server's default), or the tool the model must call, e.g. `{"type": "function", "function": {"name": "my_function"}}`.

                - ``AssistantsNamedToolChoice``: a dict (A tool the model must use), keys:

                  - ``type`` (Literal['function', 'code_interpreter', 'retrieval', 'file_search'], required): The tool's type (file_search in today's API, retrieval in v1); `function` needs `function.name`.
                  - ``function`` (AssistantsNamedToolChoiceFunction)

                - ``AssistantsNamedToolChoiceFunction``: a dict, keys:

                  - ``name`` (str, required): The name of the function to call.

            response_format (Literal['none', 'auto'] | ResponseFormatText | ResponseFormatJsonObject | ResponseFormatJsonSchema | None, optional): `none`, `auto` (the server's default), `{"type": "text"}`, `{"type": "json_object"}` (JSON mode) or `{"type": "json_schema", ...}` (JSON that matches a schema).

                - ``ResponseFormatText``: a dict, keys:

                  - ``type`` (Literal['text'], required)

                - ``ResponseFormatJsonObject``: a dict, keys:

                  - ``type`` (Literal['json_object'], required)

                - ``ResponseFormatJsonSchema``: a dict, keys:

                  - ``type`` (Literal['json_schema'], required)
                  - ``json_schema`` (dict with ``name`` (str), ``description`` (str), ``schema`` (dict[str, Any]), ``strict`` (bool | None), required)

            parallel_tool_calls (bool | None, optional): Whether the model may call several functions at once (today's API). Server default true.
            reasoning_effort (Literal['none', 'minimal', 'low', 'medium', 'high', 'xhigh', 'max'] | None, optional): How much a reasoning model reasons before it answers. Server default `medium`.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.Run; with ``stream=True``, AssistantEventStream[models.AssistantStreamEvent].

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.create, unknown)
        return cast(
            "models.Run | AssistantEventStream[models.AssistantStreamEvent]", self._call(_ops.CREATE_RUN, locals())
        )

    def create_and_poll(
        self,
        thread_id: str,
        *,
        assistant_id: str,
        include: builtins.list[Literal["step_details.tool_calls[*].file_search.results[*].content"]]
        | NotGiven = NOT_GIVEN,
        model: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        additional_instructions: str | None | NotGiven = NOT_GIVEN,
        additional_messages: builtins.list[params.CreateMessageRequest] | None | NotGiven = NOT_GIVEN,
        tools: builtins.list[
            params.AssistantToolsCode
            | params.AssistantToolsRetrieval
            | params.AssistantToolsFileSearch
            | params.AssistantToolsFunction
        ]
        | None
        | NotGiven = NOT_GIVEN,
        metadata: dict[str, str] | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        max_prompt_tokens: int | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        truncation_strategy: params.TruncationStrategy | None | NotGiven = NOT_GIVEN,
        tool_choice: Literal["none", "auto", "required"]
        | params.AssistantsNamedToolChoice
        | None
        | NotGiven = NOT_GIVEN,
        response_format: Literal["none", "auto"]
        | params.ResponseFormatText
        | params.ResponseFormatJsonObject
        | params.ResponseFormatJsonSchema
        | None
        | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        reasoning_effort: Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"]
        | None
        | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        poll_interval: float = 1.0,
        poll_timeout: float | None = 600.0,
        on_progress: Callable[[models.Run], object] | None = None,
        **unknown: Never,
    ) -> models.Run:
        """``create``, then ``poll`` the result until its status is requires_action, cancelled, failed, completed, expired.

        ``POST /v1/threads/{thread_id}/runs``

        Args:
            thread_id (str): The ID of the thread to run.
            assistant_id (str): The ID of the assistant that executes the run.
            include (list[Literal['step_details.tool_calls[*].file_search.results[*].content']], optional): Extra fields to fill in the run steps: `step_details.tool_calls[*].file_search.results[*].content` adds the content of the file_search results. (sent as ``include[]``)
            model (str | None, optional): The ID of the model, e.g. `gpt-4-turbo`, instead of the assistant's.
            instructions (str | None, optional): Instructions instead of the assistant's, for this run.
            additional_instructions (str | None, optional): Instructions appended to the assistant's, for this run.
            additional_messages (list[CreateMessageRequest] | None, optional): Messages added to the thread before the run is created.

                - ``CreateMessageRequest``: a dict, keys:

                  - ``role`` (Literal['user', 'assistant'], required): `user` for a message from the user (most cases), `assistant` to insert a message as if the assistant had written it.
                  - ``content`` (str | list[MessageRequestContentImageFile | MessageRequestContentImageUrl | MessageRequestContentText], required): The text of the message, up to 256,000 characters, or (today's API) a list of text and image parts.
                  - ``file_ids`` (list[str]): Up to 10 IDs of files the message uses, for the retrieval and code_interpreter tools (v1; today's API takes `attachments`). Server default: none.
                  - ``metadata`` (dict[str, str] | None): Up to 16 key-value pairs of your own (keys up to 64, values up to 512 characters).
                  - ``attachments`` (list[MessageAttachmentRequest] | None): Files attached to the message and the tools to add them to (today's API; v1 uses `file_ids`).

                - ``MessageRequestContentImageFile``: a dict (An image part, from an uploaded file), keys:

                  - ``type`` (Literal['image_file'], required)
                  - ``image_file`` (MessageRequestImageFile, required)

                - ``MessageRequestContentImageUrl``: a dict (An image part, from a URL), keys:

                  - ``type`` (Literal['image_url'], required)
                  - ``image_url`` (MessageRequestImageUrl, required)

                - ``MessageRequestContentText``: a dict (A text part), keys:

                  - ``type`` (Literal['text'], required)
                  - ``text`` (str, required): The text.

                - ``MessageAttachmentRequest``: a dict (A file attached to a message), keys:

                  - ``file_id`` (str): The ID of the file.
                  - ``tools`` (list[AssistantToolsCode | AssistantToolsFileSearchTypeOnly]): The tools to add the file to.

                - ``MessageRequestImageFile``: a dict, keys:

                  - ``file_id`` (str, required): The ID of an image file uploaded with purpose `vision`.
                  - ``detail`` (Literal['auto', 'low', 'high']): The detail the model sees the image in; `low` uses fewer tokens. Server default `auto`.

                - ``MessageRequestImageUrl``: a dict, keys:

                  - ``url`` (str, required): The URL of the image (jpeg, jpg, png, gif or webp).
                  - ``detail`` (Literal['auto', 'low', 'high']): The detail the model sees the image in; `low` uses fewer tokens. Server default `auto`.

                - ``AssistantToolsCode``: a dict (The code_interpreter tool), keys:

                  - ``type`` (Literal['code_interpreter'], required)

                - ``AssistantToolsFileSearchTypeOnly``: a dict (The file_search tool, named without settings (for a message attachment)), keys:

                  - ``type`` (Literal['file_search'], required)

            tools (list[AssistantToolsCode | AssistantToolsRetrieval | AssistantToolsFileSearch | AssistantToolsFunction] | None, optional): Up to 20 tools instead of the assistant's, for this run.

                - ``AssistantToolsRetrieval``: a dict (The retrieval tool (searches the files of the assistant and of the messages)), keys:

                  - ``type`` (Literal['retrieval'], required)

                - ``AssistantToolsFileSearch``: a dict (The file_search tool (searches the vector stores of the assistant and of the thread), the successor of retrieval in today's API), keys:

                  - ``type`` (Literal['file_search'], required)
                  - ``file_search`` (AssistantToolsFileSearchSettings): Settings of the file_search tool.

                - ``AssistantToolsFunction``: a dict (A function tool; the model asks for its outputs through the run's `required_action`), keys:

                  - ``type`` (Literal['function'], required)
                  - ``function`` (FunctionDefinition, required)

                - ``AssistantToolsFileSearchSettings``: a dict (Settings of the file_search tool), keys:

                  - ``max_num_results`` (int): The most results the tool hands the model, 1 to 50; the server's default is 20 (5 for gpt-3.5-turbo models).
                  - ``ranking_options`` (FileSearchRankingOptions): How the file_search tool ranks what it finds; left out, the server chooses.

                - ``FunctionDefinition``: a dict, keys:

                  - ``name`` (str, required)
                  - ``description`` (str)
                  - ``parameters`` (dict[str, Any]): The function's parameters as a JSON Schema object.
                  - ``strict`` (bool | None): When true, the model's arguments follow `parameters` exactly (a subset of JSON Schema is supported). Server default false.

                - ``FileSearchRankingOptions``: a dict (How the file_search tool ranks what it finds; left out, the server chooses), keys:

                  - ``ranker`` (Literal['auto', 'default_2024_08_21']): The ranker to use; the server's default is `auto`.
                  - ``score_threshold`` (float, required): Results that score below this threshold (0 to 1) are left out.

            metadata (dict[str, str] | None, optional): Up to 16 key-value pairs of your own (keys up to 64, values up to 512 characters).
            temperature (float | None, optional): Sampling temperature between 0 and 2; higher values make the output more random. Server default 1.
            top_p (float | None, optional): Nucleus sampling mass between 0 and 1 (0.1 keeps the tokens of the top 10% probability mass); alter this or `temperature`, not both. Server default 1.
            max_prompt_tokens (int | None, optional): At least 256. The most prompt tokens the run may use over all its turns (best effort); past it the run ends with status incomplete (see `incomplete_details`).
            max_completion_tokens (int | None, optional): At least 256. The most completion tokens the run may use over all its turns (best effort); past it the run ends with status incomplete (see `incomplete_details`).
            truncation_strategy (TruncationStrategy | None, optional): How the thread is truncated before the run; the server's default is `auto`.

                - ``TruncationStrategy``: a dict (How the thread is truncated before the run), keys:

                  - ``type`` (Literal['auto', 'last_messages'], required): `auto` (the server's default) drops messages from the middle of the thread to fit the context length of the model, `max_prompt_tokens`; `last_messages` keeps the `last_messages` most recent messages.
                  - ``last_messages`` (int | None): How many of the most recent messages make up the context of the run.

            tool_choice (Literal['none', 'auto', 'required'] | AssistantsNamedToolChoice | None, optional): `none`, `auto` (the server's default), or the tool the model must call, e.g. `{"type": "function", "function": {"name": "my_function"}}`.

                - ``AssistantsNamedToolChoice``: a dict (A tool the model must use), keys:

                  - ``type`` (Literal['function', 'code_interpreter', 'retrieval', 'file_search'], required): The tool's type (file_search in today's API, retrieval in v1); `function` needs `function.name`.
                  - ``function`` (AssistantsNamedToolChoiceFunction)

                - ``AssistantsNamedToolChoiceFunction``: a dict, keys:

                  - ``name`` (str, required): The name of the function to call.

            response_format (Literal['none', 'auto'] | ResponseFormatText | ResponseFormatJsonObject | ResponseFormatJsonSchema | None, optional): `none`, `auto` (the server's default), `{"type": "text"}`, `{"type": "json_object"}` (JSON mode) or `{"type": "json_schema", ...}` (JSON that matches a schema).

                - ``ResponseFormatText``: a dict, keys:

                  - ``type`` (Literal['text'], required)

                - ``ResponseFormatJsonObject``: a dict, keys:

                  - ``type`` (Literal['json_object'], required)

                - ``ResponseFormatJsonSchema``: a dict, keys:

                  - ``type`` (Literal['json_schema'], required)
                  - ``json_schema`` (dict with ``name`` (str), ``description`` (str), ``schema`` (dict[str, Any]), ``strict`` (bool | None), required)

            parallel_tool_calls (bool | None, optional): Whether the model may call several functions at once (today's API). Server default true.
            reasoning_effort (Literal['none', 'minimal', 'low', 'medium', 'high', 'xhigh', 'max'] | None, optional): How much a reasoning model reasons before it answers. Server default `medium`.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.
            poll_interval (float): Seconds between two polls.
            poll_timeout (float | None): Seconds the polling may take in all (``None``: no limit).
            on_progress (Callable | None): Called with the object whenever its status changes.

        Returns:
            models.Run: the object once its status is final.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
            PollTimeoutError: ``poll_timeout`` passed before the status was final.
        """
        if unknown:
            raise unexpected_keyword(self.create_and_poll, unknown)
        return cast("models.Run", self._and_poll(_ops.CREATE_RUN, _ops.GET_RUN, locals()))

    def retrieve(
        self,
        run_id: str,
        *,
        thread_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.Run:
        """Retrieve a run.

        The polling target of a run: its `status` moves from queued / in_progress to requires_action (submit tool outputs) or a terminal status.

        ``GET /v1/threads/{thread_id}/runs/{run_id}``

        Args:
            thread_id (str): The ID of the thread that was run.
            run_id (str): The ID of the run.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.Run.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.retrieve, unknown)
        return cast("models.Run", self._call(_ops.GET_RUN, locals()))

    def poll(
        self,
        run_id: str | models.Run,
        *,
        thread_id: str | None = None,
        timeout: float | None = 600.0,
        interval: float = 1.0,
        on_progress: Callable[[models.Run], object] | None = None,
        **unknown: Never,
    ) -> models.Run:
        """Poll ``retrieve`` every ``interval`` seconds until the status is requires_action, cancelled, failed, completed, expired.

        Give an ID, or the object itself (the other IDs are then taken from it; one already finished is returned
        at once).

        Args:
            run_id (str | models.Run): The ID, or the object.
            thread_id (str | None): The ID of the thread that was run. Taken from the object when one is given.
            timeout (float | None): Seconds the polling may take in all (``None``: no limit).
            interval (float): Seconds between two polls.
            on_progress (Callable | None): Called with the object whenever its status changes.

        Returns:
            models.Run: the object once its status is final.

        Raises:
            PollTimeoutError: ``timeout`` seconds passed first (``.last`` is the object as last seen).
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
        """
        if unknown:
            raise unexpected_keyword(self.poll, unknown)
        return cast("models.Run", self._poll_status(_ops.GET_RUN, locals()))

    def update(
        self,
        run_id: str,
        *,
        thread_id: str,
        metadata: dict[str, str] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.Run:
        """Modify a run.

        Only the `metadata` can be modified.

        ``POST /v1/threads/{thread_id}/runs/{run_id}``

        Args:
            thread_id (str): The ID of the thread that was run.
            run_id (str): The ID of the run.
            metadata (dict[str, str] | None, optional): Up to 16 key-value pairs of your own (keys up to 64, values up to 512 characters).
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.Run.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.update, unknown)
        return cast("models.Run", self._call(_ops.MODIFY_RUN, locals()))

    @overload
    def submit_tool_outputs(
        self,
        run_id: str,
        *,
        thread_id: str,
        tool_outputs: builtins.list[params.ToolOutput],
        stream: Literal[False] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.Run: ...

    @overload
    def submit_tool_outputs(
        self,
        run_id: str,
        *,
        thread_id: str,
        tool_outputs: builtins.list[params.ToolOutput],
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AssistantEventStream[models.AssistantStreamEvent]: ...

    @overload
    def submit_tool_outputs(
        self,
        run_id: str,
        *,
        thread_id: str,
        tool_outputs: builtins.list[params.ToolOutput],
        stream: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.Run | AssistantEventStream[models.AssistantStreamEvent]: ...

    def submit_tool_outputs(
        self,
        run_id: str,
        *,
        thread_id: str,
        tool_outputs: builtins.list[params.ToolOutput],
        stream: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.Run | AssistantEventStream[models.AssistantStreamEvent]:
        """Submit tool outputs to a run.

        When a run has `status` requires_action and `required_action.type` submit_tool_outputs, sends the outputs of all its tool calls at once. With `stream` true, answers an event stream of the run's events ending with `event: done` / `data: [DONE]`.

        ``POST /v1/threads/{thread_id}/runs/{run_id}/submit_tool_outputs``

        Args:
            thread_id (str): The ID of the thread the run belongs to.
            run_id (str): The ID of the run that requires the tool outputs.
            tool_outputs (list[ToolOutput]): The outputs of all the run's tool calls, in one request.

                - ``ToolOutput``: a dict, keys:

                  - ``tool_call_id`` (str): The ID of the tool call (in the run's `required_action`) the output is for.
                  - ``output`` (str): The output of the tool call.

            stream (bool | None, optional): Stream the run's events as server-sent events, ending when the run reaches a terminal status with `data: [DONE]`. Server default false. ``True``: the answer as an event stream, iterated as it arrives (use it in a ``with`` block, or close it).
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.Run; with ``stream=True``, AssistantEventStream[models.AssistantStreamEvent].

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.submit_tool_outputs, unknown)
        return cast(
            "models.Run | AssistantEventStream[models.AssistantStreamEvent]",
            self._call(_ops.SUBMIT_TOOL_OUTPUTS_TO_RUN, locals()),
        )

    def submit_tool_outputs_and_poll(
        self,
        run_id: str,
        *,
        thread_id: str,
        tool_outputs: builtins.list[params.ToolOutput],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        poll_interval: float = 1.0,
        poll_timeout: float | None = 600.0,
        on_progress: Callable[[models.Run], object] | None = None,
        **unknown: Never,
    ) -> models.Run:
        """``submit_tool_outputs``, then ``poll`` the result until its status is requires_action, cancelled, failed, completed, expired.

        ``POST /v1/threads/{thread_id}/runs/{run_id}/submit_tool_outputs``

        Args:
            thread_id (str): The ID of the thread the run belongs to.
            run_id (str): The ID of the run that requires the tool outputs.
            tool_outputs (list[ToolOutput]): The outputs of all the run's tool calls, in one request.

                - ``ToolOutput``: a dict, keys:

                  - ``tool_call_id`` (str): The ID of the tool call (in the run's `required_action`) the output is for.
                  - ``output`` (str): The output of the tool call.

            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.
            poll_interval (float): Seconds between two polls.
            poll_timeout (float | None): Seconds the polling may take in all (``None``: no limit).
            on_progress (Callable | None): Called with the object whenever its status changes.

        Returns:
            models.Run: the object once its status is final.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
            PollTimeoutError: ``poll_timeout`` passed before the status was final.
        """
        if unknown:
            raise unexpected_keyword(self.submit_tool_outputs_and_poll, unknown)
        return cast("models.Run", self._and_poll(_ops.SUBMIT_TOOL_OUTPUTS_TO_RUN, _ops.GET_RUN, locals()))

    def cancel(
        self,
        run_id: str,
        *,
        thread_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.Run:
        """Cancel a run.

        Cancels a run that is `in_progress`: its status becomes cancelling, then cancelled.

        ``POST /v1/threads/{thread_id}/runs/{run_id}/cancel``

        Args:
            thread_id (str): The ID of the thread the run belongs to.
            run_id (str): The ID of the run to cancel.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.Run.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.cancel, unknown)
        return cast("models.Run", self._call(_ops.CANCEL_RUN, locals()))


class BetaThreadsRunsWithRawResponse:
    """``client.beta.threads.runs.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: BetaThreadsRuns) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)
        self.submit_tool_outputs = to_raw_response(resource.submit_tool_outputs)
        self.cancel = to_raw_response(resource.cancel)

    @cached_property
    def steps(self) -> BetaThreadsRunsStepsWithRawResponse:
        return self._resource.steps.with_raw_response


class BetaThreadsRunsWithStreamingResponse:
    """``client.beta.threads.runs.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: BetaThreadsRuns) -> None:
        self._resource = resource
        self.list = to_streamed_response(resource.list)
        self.create = to_streamed_response(resource.create)
        self.retrieve = to_streamed_response(resource.retrieve)
        self.update = to_streamed_response(resource.update)
        self.submit_tool_outputs = to_streamed_response(resource.submit_tool_outputs)
        self.cancel = to_streamed_response(resource.cancel)

    @cached_property
    def steps(self) -> BetaThreadsRunsStepsWithStreamingResponse:
        return self._resource.steps.with_streaming_response


class BetaThreads(SyncAPIResource):
    """``client.beta.threads``."""

    @cached_property
    def messages(self) -> BetaThreadsMessages:
        return BetaThreadsMessages(self._client)

    @cached_property
    def runs(self) -> BetaThreadsRuns:
        return BetaThreadsRuns(self._client)

    @cached_property
    def with_raw_response(self) -> BetaThreadsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return BetaThreadsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaThreadsWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return BetaThreadsWithStreamingResponse(self)

    def create(
        self,
        *,
        messages: builtins.list[params.CreateMessageRequest] | NotGiven = NOT_GIVEN,
        metadata: dict[str, str] | None | NotGiven = NOT_GIVEN,
        tool_resources: params.CreateToolResources | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.Thread:
        """Create a thread.

        The body is optional: an empty thread is created without one.

        ``POST /v1/threads``

        Args:
            messages (list[CreateMessageRequest], optional): The messages to start the thread with.

                - ``CreateMessageRequest``: a dict, keys:

                  - ``role`` (Literal['user', 'assistant'], required): `user` for a message from the user (most cases), `assistant` to insert a message as if the assistant had written it.
                  - ``content`` (str | list[MessageRequestContentImageFile | MessageRequestContentImageUrl | MessageRequestContentText], required): The text of the message, up to 256,000 characters, or (today's API) a list of text and image parts.
                  - ``file_ids`` (list[str]): Up to 10 IDs of files the message uses, for the retrieval and code_interpreter tools (v1; today's API takes `attachments`). Server default: none.
                  - ``metadata`` (dict[str, str] | None): Up to 16 key-value pairs of your own (keys up to 64, values up to 512 characters).
                  - ``attachments`` (list[MessageAttachmentRequest] | None): Files attached to the message and the tools to add them to (today's API; v1 uses `file_ids`).

                - ``MessageRequestContentImageFile``: a dict (An image part, from an uploaded file), keys:

                  - ``type`` (Literal['image_file'], required)
                  - ``image_file`` (MessageRequestImageFile, required)

                - ``MessageRequestContentImageUrl``: a dict (An image part, from a URL), keys:

                  - ``type`` (Literal['image_url'], required)
                  - ``image_url`` (MessageRequestImageUrl, required)

                - ``MessageRequestContentText``: a dict (A text part), keys:

                  - ``type`` (Literal['text'], required)
                  - ``text`` (str, required): The text.

                - ``MessageAttachmentRequest``: a dict (A file attached to a message), keys:

                  - ``file_id`` (str): The ID of the file.
                  - ``tools`` (list[AssistantToolsCode | AssistantToolsFileSearchTypeOnly]): The tools to add the file to.

                - ``MessageRequestImageFile``: a dict, keys:

                  - ``file_id`` (str, required): The ID of an image file uploaded with purpose `vision`.
                  - ``detail`` (Literal['auto', 'low', 'high']): The detail the model sees the image in; `low` uses fewer tokens. Server default `auto`.

                - ``MessageRequestImageUrl``: a dict, keys:

                  - ``url`` (str, required): The URL of the image (jpeg, jpg, png, gif or webp).
                  - ``detail`` (Literal['auto', 'low', 'high']): The detail the model sees the image in; `low` uses fewer tokens. Server default `auto`.

                - ``AssistantToolsCode``: a dict (The code_interpreter tool), keys:

                  - ``type`` (Literal['code_interpreter'], required)

                - ``AssistantToolsFileSearchTypeOnly``: a dict (The file_search tool, named without settings (for a message attachment)), keys:

                  - ``type`` (Literal['file_search'], required)

            metadata (dict[str, str] | None, optional): Up to 16 key-value pairs of your own (keys up to 64, values up to 512 characters).
            tool_resources (CreateToolResources | None, optional): Resources for the tools, by tool: files for code_interpreter, a vector store for file_search (today's API; v1 uses `file_ids`).

                - ``CreateToolResources``: a dict (Resources for the tools (today's API; v1 uses `file_ids`), by tool), keys:

                  - ``code_interpreter`` (ToolResourcesCodeInterpreter): Files for the code_interpreter tool.
                  - ``file_search`` (CreateToolResourcesFileSearch): The vector store the file_search tool searches, an existing one or one made from files.

                - ``ToolResourcesCodeInterpreter``: a dict (Files for the code_interpreter tool), keys:

                  - ``file_ids`` (list[str]): Up to 20 IDs of files (uploaded with purpose `assistants`) the code_interpreter tool can use. Server default: none.

                - ``CreateToolResourcesFileSearch``: a dict (The vector store the file_search tool searches, an existing one or one made from files), keys:

                  - ``vector_store_ids`` (list[str]): The ID of the one vector store to search.
                  - ``vector_stores`` (list[NewVectorStore]): One vector store to create from files and search (instead of `vector_store_ids`).

                - ``NewVectorStore``: a dict (A vector store to create from files, for the file_search tool), keys:

                  - ``file_ids`` (list[str]): Up to 10,000 IDs of files to put in the vector store.
                  - ``chunking_strategy`` (ChunkingStrategyAuto | ChunkingStrategyStatic): How the files are cut into chunks, by its `type`; the server's default is `auto`.
                  - ``metadata`` (dict[str, str] | None): Up to 16 key-value pairs of your own for the vector store.

            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.Thread.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.create, unknown)
        return cast("models.Thread", self._call(_ops.CREATE_THREAD, locals()))

    @overload
    def create_and_run(
        self,
        *,
        assistant_id: str,
        thread: params.CreateThreadRequest | NotGiven = NOT_GIVEN,
        model: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        tools: builtins.list[
            params.AssistantToolsCode
            | params.AssistantToolsRetrieval
            | params.AssistantToolsFileSearch
            | params.AssistantToolsFunction
        ]
        | None
        | NotGiven = NOT_GIVEN,
        metadata: dict[str, str] | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        max_prompt_tokens: int | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        truncation_strategy: params.TruncationStrategy | None | NotGiven = NOT_GIVEN,
        tool_choice: Literal["none", "auto", "required"]
        | params.AssistantsNamedToolChoice
        | None
        | NotGiven = NOT_GIVEN,
        response_format: Literal["none", "auto"]
        | params.ResponseFormatText
        | params.ResponseFormatJsonObject
        | params.ResponseFormatJsonSchema
        | None
        | NotGiven = NOT_GIVEN,
        tool_resources: params.ToolResources | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        stream: Literal[False] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.Run: ...

    @overload
    def create_and_run(
        self,
        *,
        assistant_id: str,
        thread: params.CreateThreadRequest | NotGiven = NOT_GIVEN,
        model: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        tools: builtins.list[
            params.AssistantToolsCode
            | params.AssistantToolsRetrieval
            | params.AssistantToolsFileSearch
            | params.AssistantToolsFunction
        ]
        | None
        | NotGiven = NOT_GIVEN,
        metadata: dict[str, str] | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        max_prompt_tokens: int | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        truncation_strategy: params.TruncationStrategy | None | NotGiven = NOT_GIVEN,
        tool_choice: Literal["none", "auto", "required"]
        | params.AssistantsNamedToolChoice
        | None
        | NotGiven = NOT_GIVEN,
        response_format: Literal["none", "auto"]
        | params.ResponseFormatText
        | params.ResponseFormatJsonObject
        | params.ResponseFormatJsonSchema
        | None
        | NotGiven = NOT_GIVEN,
        tool_resources: params.ToolResources | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AssistantEventStream[models.AssistantStreamEvent]: ...

    @overload
    def create_and_run(
        self,
        *,
        assistant_id: str,
        thread: params.CreateThreadRequest | NotGiven = NOT_GIVEN,
        model: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        tools: builtins.list[
            params.AssistantToolsCode
            | params.AssistantToolsRetrieval
            | params.AssistantToolsFileSearch
            | params.AssistantToolsFunction
        ]
        | None
        | NotGiven = NOT_GIVEN,
        metadata: dict[str, str] | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        max_prompt_tokens: int | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        truncation_strategy: params.TruncationStrategy | None | NotGiven = NOT_GIVEN,
        tool_choice: Literal["none", "auto", "required"]
        | params.AssistantsNamedToolChoice
        | None
        | NotGiven = NOT_GIVEN,
        response_format: Literal["none", "auto"]
        | params.ResponseFormatText
        | params.ResponseFormatJsonObject
        | params.ResponseFormatJsonSchema
        | None
        | NotGiven = NOT_GIVEN,
        tool_resources: params.ToolResources | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.Run | AssistantEventStream[models.AssistantStreamEvent]: ...

    def create_and_run(
        self,
        *,
        assistant_id: str,
        thread: params.CreateThreadRequest | NotGiven = NOT_GIVEN,
        model: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        tools: builtins.list[
            params.AssistantToolsCode
            | params.AssistantToolsRetrieval
            | params.AssistantToolsFileSearch
            | params.AssistantToolsFunction
        ]
        | None
        | NotGiven = NOT_GIVEN,
        metadata: dict[str, str] | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        max_prompt_tokens: int | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        truncation_strategy: params.TruncationStrategy | None | NotGiven = NOT_GIVEN,
        tool_choice: Literal["none", "auto", "required"]
        | params.AssistantsNamedToolChoice
        | None
        | NotGiven = NOT_GIVEN,
        response_format: Literal["none", "auto"]
        | params.ResponseFormatText
        | params.ResponseFormatJsonObject
        | params.ResponseFormatJsonSchema
        | None
        | NotGiven = NOT_GIVEN,
        tool_resources: params.ToolResources | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.Run | AssistantEventStream[models.AssistantStreamEvent]:
        """Create a thread and run it in one request.

        Answers the run; with `stream` true, an event stream of the run's events (`event:` names such as `thread.run.created`, the object as `data:`) ending with `event: done` / `data: [DONE]`.

        ``POST /v1/threads/runs``

        Args:
            assistant_id (str): The ID of the assistant that executes the run.
            thread (CreateThreadRequest, optional): The thread to create; an empty thread when left out.

                - ``CreateThreadRequest``: a dict, keys:

                  - ``messages`` (list[CreateMessageRequest]): The messages to start the thread with.
                  - ``metadata`` (dict[str, str] | None): Up to 16 key-value pairs of your own (keys up to 64, values up to 512 characters).
                  - ``tool_resources`` (CreateToolResources | None): Resources for the tools, by tool: files for code_interpreter, a vector store for file_search (today's API; v1 uses `file_ids`).

                - ``CreateMessageRequest``: a dict, keys:

                  - ``role`` (Literal['user', 'assistant'], required): `user` for a message from the user (most cases), `assistant` to insert a message as if the assistant had written it.
                  - ``content`` (str | list[MessageRequestContentImageFile | MessageRequestContentImageUrl | MessageRequestContentText], required): The text of the message, up to 256,000 characters, or (today's API) a list of text and image parts.
                  - ``file_ids`` (list[str]): Up to 10 IDs of files the message uses, for the retrieval and code_interpreter tools (v1; today's API takes `attachments`). Server default: none.
                  - ``metadata`` (dict[str, str] | None): Up to 16 key-value pairs of your own (keys up to 64, values up to 512 characters).
                  - ``attachments`` (list[MessageAttachmentRequest] | None): Files attached to the message and the tools to add them to (today's API; v1 uses `file_ids`).

                - ``CreateToolResources``: a dict (Resources for the tools (today's API; v1 uses `file_ids`), by tool), keys:

                  - ``code_interpreter`` (ToolResourcesCodeInterpreter): Files for the code_interpreter tool.
                  - ``file_search`` (CreateToolResourcesFileSearch): The vector store the file_search tool searches, an existing one or one made from files.

                - ``MessageRequestContentImageFile``: a dict (An image part, from an uploaded file), keys:

                  - ``type`` (Literal['image_file'], required)
                  - ``image_file`` (MessageRequestImageFile, required)

                - ``MessageRequestContentImageUrl``: a dict (An image part, from a URL), keys:

                  - ``type`` (Literal['image_url'], required)
                  - ``image_url`` (MessageRequestImageUrl, required)

                - ``MessageRequestContentText``: a dict (A text part), keys:

                  - ``type`` (Literal['text'], required)
                  - ``text`` (str, required): The text.

                - ``MessageAttachmentRequest``: a dict (A file attached to a message), keys:

                  - ``file_id`` (str): The ID of the file.
                  - ``tools`` (list[AssistantToolsCode | AssistantToolsFileSearchTypeOnly]): The tools to add the file to.

                - ``ToolResourcesCodeInterpreter``: a dict (Files for the code_interpreter tool), keys:

                  - ``file_ids`` (list[str]): Up to 20 IDs of files (uploaded with purpose `assistants`) the code_interpreter tool can use. Server default: none.

                - ``CreateToolResourcesFileSearch``: a dict (The vector store the file_search tool searches, an existing one or one made from files), keys:

                  - ``vector_store_ids`` (list[str]): The ID of the one vector store to search.
                  - ``vector_stores`` (list[NewVectorStore]): One vector store to create from files and search (instead of `vector_store_ids`).

            model (str | None, optional): The ID of the model, e.g. `gpt-4-turbo`, instead of the assistant's.
            instructions (str | None, optional): Instructions instead of the assistant's, for this run.
            tools (list[AssistantToolsCode | AssistantToolsRetrieval | AssistantToolsFileSearch | AssistantToolsFunction] | None, optional): Up to 20 tools instead of the assistant's, for this run.

                - ``AssistantToolsCode``: a dict (The code_interpreter tool), keys:

                  - ``type`` (Literal['code_interpreter'], required)

                - ``AssistantToolsRetrieval``: a dict (The retrieval tool (searches the files of the assistant and of the messages)), keys:

                  - ``type`` (Literal['retrieval'], required)

                - ``AssistantToolsFileSearch``: a dict (The file_search tool (searches the vector stores of the assistant and of the thread), the successor of retrieval in today's API), keys:

                  - ``type`` (Literal['file_search'], required)
                  - ``file_search`` (AssistantToolsFileSearchSettings): Settings of the file_search tool.

                - ``AssistantToolsFunction``: a dict (A function tool; the model asks for its outputs through the run's `required_action`), keys:

                  - ``type`` (Literal['function'], required)
                  - ``function`` (FunctionDefinition, required)

                - ``AssistantToolsFileSearchSettings``: a dict (Settings of the file_search tool), keys:

                  - ``max_num_results`` (int): The most results the tool hands the model, 1 to 50; the server's default is 20 (5 for gpt-3.5-turbo models).
                  - ``ranking_options`` (FileSearchRankingOptions): How the file_search tool ranks what it finds; left out, the server chooses.

                - ``FunctionDefinition``: a dict, keys:

                  - ``name`` (str, required)
                  - ``description`` (str)
                  - ``parameters`` (dict[str, Any]): The function's parameters as a JSON Schema object.
                  - ``strict`` (bool | None): When true, the model's arguments follow `parameters` exactly (a subset of JSON Schema is supported). Server default false.

                - ``FileSearchRankingOptions``: a dict (How the file_search tool ranks what it finds; left out, the server chooses), keys:

                  - ``ranker`` (Literal['auto', 'default_2024_08_21']): The ranker to use; the server's default is `auto`.
                  - ``score_threshold`` (float, required): Results that score below this threshold (0 to 1) are left out.

            metadata (dict[str, str] | None, optional): Up to 16 key-value pairs of your own (keys up to 64, values up to 512 characters).
            temperature (float | None, optional): Sampling temperature between 0 and 2; higher values make the output more random. Server default 1.
            top_p (float | None, optional): Nucleus sampling mass between 0 and 1 (0.1 keeps the tokens of the top 10% probability mass); alter this or `temperature`, not both. Server default 1.
            stream (bool | None, optional): Stream the run's events as server-sent events, ending when the run reaches a terminal status with `data: [DONE]`. Server default false. ``True``: the answer as an event stream, iterated as it arrives (use it in a ``with`` block, or close it).
            max_prompt_tokens (int | None, optional): At least 256. The most prompt tokens the run may use over all its turns (best effort); past it the run ends with status incomplete (see `incomplete_details`).
            max_completion_tokens (int | None, optional): At least 256. The most completion tokens the run may use over all its turns (best effort); past it the run ends with status incomplete (see `incomplete_details`).
            truncation_strategy (TruncationStrategy | None, optional): How the thread is truncated before the run; the server's default is `auto`.

                - ``TruncationStrategy``: a dict (How the thread is truncated before the run), keys:

                  - ``type`` (Literal['auto', 'last_messages'], required): `auto` (the server's default) drops messages from the middle of the thread to fit the context length of the model, `max_prompt_tokens`; `last_messages` keeps the `last_messages` most recent messages.
                  - ``last_messages`` (int | None): How many of the most recent messages make up the context of the run.

            tool_choice (Literal['none', 'auto', 'required'] | AssistantsNamedToolChoice | None, optional): `none`, `auto` (the server's default), or the tool the model must call, e.g. `{"type": "function", "function": {"name": "my_function"}}`.

                - ``AssistantsNamedToolChoice``: a dict (A tool the model must use), keys:

                  - ``type`` (Literal['function', 'code_interpreter', 'retrieval', 'file_search'], required): The tool's type (file_search in today's API, retrieval in v1); `function` needs `function.name`.
                  - ``function`` (AssistantsNamedToolChoiceFunction)

                - ``AssistantsNamedToolChoiceFunction``: a dict, keys:

                  - ``name`` (str, required): The name of the function to call.

            response_format (Literal['none', 'auto'] | ResponseFormatText | ResponseFormatJsonObject | ResponseFormatJsonSchema | None, optional): `none`, `auto` (the server's default), `{"type": "text"}`, `{"type": "json_object"}` (JSON mode) or `{"type": "json_schema", ...}` (JSON that matches a schema).

                - ``ResponseFormatText``: a dict, keys:

                  - ``type`` (Literal['text'], required)

                - ``ResponseFormatJsonObject``: a dict, keys:

                  - ``type`` (Literal['json_object'], required)

                - ``ResponseFormatJsonSchema``: a dict, keys:

                  - ``type`` (Literal['json_schema'], required)
                  - ``json_schema`` (dict with ``name`` (str), ``description`` (str), ``schema`` (dict[str, Any]), ``strict`` (bool | None), required)

            tool_resources (ToolResources | None, optional): Resources for the tools of this run, by tool: files for code_interpreter, a vector store for file_search (today's API).

                - ``ToolResources``: a dict (Resources for the tools (today's API; v1 uses `file_ids`), by tool), keys:

                  - ``code_interpreter`` (ToolResourcesCodeInterpreter): Files for the code_interpreter tool.
                  - ``file_search`` (ToolResourcesFileSearch): The vector store the file_search tool searches.

                - ``ToolResourcesFileSearch``: a dict (The vector store the file_search tool searches), keys:

                  - ``vector_store_ids`` (list[str]): The ID of the one vector store to search.

            parallel_tool_calls (bool | None, optional): Whether the model may call several functions at once (today's API). Server default true.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.Run; with ``stream=True``, AssistantEventStream[models.AssistantStreamEvent].

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.create_and_run, unknown)
        return cast(
            "models.Run | AssistantEventStream[models.AssistantStreamEvent]",
            self._call(_ops.CREATE_THREAD_AND_RUN, locals()),
        )

    def create_and_run_poll(
        self,
        *,
        assistant_id: str,
        thread: params.CreateThreadRequest | NotGiven = NOT_GIVEN,
        model: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        tools: builtins.list[
            params.AssistantToolsCode
            | params.AssistantToolsRetrieval
            | params.AssistantToolsFileSearch
            | params.AssistantToolsFunction
        ]
        | None
        | NotGiven = NOT_GIVEN,
        metadata: dict[str, str] | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        max_prompt_tokens: int | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        truncation_strategy: params.TruncationStrategy | None | NotGiven = NOT_GIVEN,
        tool_choice: Literal["none", "auto", "required"]
        | params.AssistantsNamedToolChoice
        | None
        | NotGiven = NOT_GIVEN,
        response_format: Literal["none", "auto"]
        | params.ResponseFormatText
        | params.ResponseFormatJsonObject
        | params.ResponseFormatJsonSchema
        | None
        | NotGiven = NOT_GIVEN,
        tool_resources: params.ToolResources | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        poll_interval: float = 1.0,
        poll_timeout: float | None = 600.0,
        on_progress: Callable[[models.Run], object] | None = None,
        **unknown: Never,
    ) -> models.Run:
        """``create_and_run``, then ``poll`` the result until its status is requires_action, cancelled, failed, completed, expired.

        ``POST /v1/threads/runs``

        Args:
            assistant_id (str): The ID of the assistant that executes the run.
            thread (CreateThreadRequest, optional): The thread to create; an empty thread when left out.

                - ``CreateThreadRequest``: a dict, keys:

                  - ``messages`` (list[CreateMessageRequest]): The messages to start the thread with.
                  - ``metadata`` (dict[str, str] | None): Up to 16 key-value pairs of your own (keys up to 64, values up to 512 characters).
                  - ``tool_resources`` (CreateToolResources | None): Resources for the tools, by tool: files for code_interpreter, a vector store for file_search (today's API; v1 uses `file_ids`).

                - ``CreateMessageRequest``: a dict, keys:

                  - ``role`` (Literal['user', 'assistant'], required): `user` for a message from the user (most cases), `assistant` to insert a message as if the assistant had written it.
                  - ``content`` (str | list[MessageRequestContentImageFile | MessageRequestContentImageUrl | MessageRequestContentText], required): The text of the message, up to 256,000 characters, or (today's API) a list of text and image parts.
                  - ``file_ids`` (list[str]): Up to 10 IDs of files the message uses, for the retrieval and code_interpreter tools (v1; today's API takes `attachments`). Server default: none.
                  - ``metadata`` (dict[str, str] | None): Up to 16 key-value pairs of your own (keys up to 64, values up to 512 characters).
                  - ``attachments`` (list[MessageAttachmentRequest] | None): Files attached to the message and the tools to add them to (today's API; v1 uses `file_ids`).

                - ``CreateToolResources``: a dict (Resources for the tools (today's API; v1 uses `file_ids`), by tool), keys:

                  - ``code_interpreter`` (ToolResourcesCodeInterpreter): Files for the code_interpreter tool.
                  - ``file_search`` (CreateToolResourcesFileSearch): The vector store the file_search tool searches, an existing one or one made from files.

                - ``MessageRequestContentImageFile``: a dict (An image part, from an uploaded file), keys:

                  - ``type`` (Literal['image_file'], required)
                  - ``image_file`` (MessageRequestImageFile, required)

                - ``MessageRequestContentImageUrl``: a dict (An image part, from a URL), keys:

                  - ``type`` (Literal['image_url'], required)
                  - ``image_url`` (MessageRequestImageUrl, required)

                - ``MessageRequestContentText``: a dict (A text part), keys:

                  - ``type`` (Literal['text'], required)
                  - ``text`` (str, required): The text.

                - ``MessageAttachmentRequest``: a dict (A file attached to a message), keys:

                  - ``file_id`` (str): The ID of the file.
                  - ``tools`` (list[AssistantToolsCode | AssistantToolsFileSearchTypeOnly]): The tools to add the file to.

                - ``ToolResourcesCodeInterpreter``: a dict (Files for the code_interpreter tool), keys:

                  - ``file_ids`` (list[str]): Up to 20 IDs of files (uploaded with purpose `assistants`) the code_interpreter tool can use. Server default: none.

                - ``CreateToolResourcesFileSearch``: a dict (The vector store the file_search tool searches, an existing one or one made from files), keys:

                  - ``vector_store_ids`` (list[str]): The ID of the one vector store to search.
                  - ``vector_stores`` (list[NewVectorStore]): One vector store to create from files and search (instead of `vector_store_ids`).

            model (str | None, optional): The ID of the model, e.g. `gpt-4-turbo`, instead of the assistant's.
            instructions (str | None, optional): Instructions instead of the assistant's, for this run.
            tools (list[AssistantToolsCode | AssistantToolsRetrieval | AssistantToolsFileSearch | AssistantToolsFunction] | None, optional): Up to 20 tools instead of the assistant's, for this run.

                - ``AssistantToolsCode``: a dict (The code_interpreter tool), keys:

                  - ``type`` (Literal['code_interpreter'], required)

                - ``AssistantToolsRetrieval``: a dict (The retrieval tool (searches the files of the assistant and of the messages)), keys:

                  - ``type`` (Literal['retrieval'], required)

                - ``AssistantToolsFileSearch``: a dict (The file_search tool (searches the vector stores of the assistant and of the thread), the successor of retrieval in today's API), keys:

                  - ``type`` (Literal['file_search'], required)
                  - ``file_search`` (AssistantToolsFileSearchSettings): Settings of the file_search tool.

                - ``AssistantToolsFunction``: a dict (A function tool; the model asks for its outputs through the run's `required_action`), keys:

                  - ``type`` (Literal['function'], required)
                  - ``function`` (FunctionDefinition, required)

                - ``AssistantToolsFileSearchSettings``: a dict (Settings of the file_search tool), keys:

                  - ``max_num_results`` (int): The most results the tool hands the model, 1 to 50; the server's default is 20 (5 for gpt-3.5-turbo models).
                  - ``ranking_options`` (FileSearchRankingOptions): How the file_search tool ranks what it finds; left out, the server chooses.

                - ``FunctionDefinition``: a dict, keys:

                  - ``name`` (str, required)
                  - ``description`` (str)
                  - ``parameters`` (dict[str, Any]): The function's parameters as a JSON Schema object.
                  - ``strict`` (bool | None): When true, the model's arguments follow `parameters` exactly (a subset of JSON Schema is supported). Server default false.

                - ``FileSearchRankingOptions``: a dict (How the file_search tool ranks what it finds; left out, the server chooses), keys:

                  - ``ranker`` (Literal['auto', 'default_2024_08_21']): The ranker to use; the server's default is `auto`.
                  - ``score_threshold`` (float, required): Results that score below this threshold (0 to 1) are left out.

            metadata (dict[str, str] | None, optional): Up to 16 key-value pairs of your own (keys up to 64, values up to 512 characters).
            temperature (float | None, optional): Sampling temperature between 0 and 2; higher values make the output more random. Server default 1.
            top_p (float | None, optional): Nucleus sampling mass between 0 and 1 (0.1 keeps the tokens of the top 10% probability mass); alter this or `temperature`, not both. Server default 1.
            max_prompt_tokens (int | None, optional): At least 256. The most prompt tokens the run may use over all its turns (best effort); past it the run ends with status incomplete (see `incomplete_details`).
            max_completion_tokens (int | None, optional): At least 256. The most completion tokens the run may use over all its turns (best effort); past it the run ends with status incomplete (see `incomplete_details`).
            truncation_strategy (TruncationStrategy | None, optional): How the thread is truncated before the run; the server's default is `auto`.

                - ``TruncationStrategy``: a dict (How the thread is truncated before the run), keys:

                  - ``type`` (Literal['auto', 'last_messages'], required): `auto` (the server's default) drops messages from the middle of the thread to fit the context length of the model, `max_prompt_tokens`; `last_messages` keeps the `last_messages` most recent messages.
                  - ``last_messages`` (int | None): How many of the most recent messages make up the context of the run.

            tool_choice (Literal['none', 'auto', 'required'] | AssistantsNamedToolChoice | None, optional): `none`, `auto` (the server's default), or the tool the model must call, e.g. `{"type": "function", "function": {"name": "my_function"}}`.

                - ``AssistantsNamedToolChoice``: a dict (A tool the model must use), keys:

                  - ``type`` (Literal['function', 'code_interpreter', 'retrieval', 'file_search'], required): The tool's type (file_search in today's API, retrieval in v1); `function` needs `function.name`.
                  - ``function`` (AssistantsNamedToolChoiceFunction)

                - ``AssistantsNamedToolChoiceFunction``: a dict, keys:

                  - ``name`` (str, required): The name of the function to call.

            response_format (Literal['none', 'auto'] | ResponseFormatText | ResponseFormatJsonObject | ResponseFormatJsonSchema | None, optional): `none`, `auto` (the server's default), `{"type": "text"}`, `{"type": "json_object"}` (JSON mode) or `{"type": "json_schema", ...}` (JSON that matches a schema).

                - ``ResponseFormatText``: a dict, keys:

                  - ``type`` (Literal['text'], required)

                - ``ResponseFormatJsonObject``: a dict, keys:

                  - ``type`` (Literal['json_object'], required)

                - ``ResponseFormatJsonSchema``: a dict, keys:

                  - ``type`` (Literal['json_schema'], required)
                  - ``json_schema`` (dict with ``name`` (str), ``description`` (str), ``schema`` (dict[str, Any]), ``strict`` (bool | None), required)

            tool_resources (ToolResources | None, optional): Resources for the tools of this run, by tool: files for code_interpreter, a vector store for file_search (today's API).

                - ``ToolResources``: a dict (Resources for the tools (today's API; v1 uses `file_ids`), by tool), keys:

                  - ``code_interpreter`` (ToolResourcesCodeInterpreter): Files for the code_interpreter tool.
                  - ``file_search`` (ToolResourcesFileSearch): The vector store the file_search tool searches.

                - ``ToolResourcesFileSearch``: a dict (The vector store the file_search tool searches), keys:

                  - ``vector_store_ids`` (list[str]): The ID of the one vector store to search.

            parallel_tool_calls (bool | None, optional): Whether the model may call several functions at once (today's API). Server default true.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.
            poll_interval (float): Seconds between two polls.
            poll_timeout (float | None): Seconds the polling may take in all (``None``: no limit).
            on_progress (Callable | None): Called with the object whenever its status changes.

        Returns:
            models.Run: the object once its status is final.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
            PollTimeoutError: ``poll_timeout`` passed before the status was final.
        """
        if unknown:
            raise unexpected_keyword(self.create_and_run_poll, unknown)
        return cast("models.Run", self._and_poll(_ops.CREATE_THREAD_AND_RUN, _ops.GET_RUN, locals()))

    def retrieve(
        self,
        thread_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.Thread:
        """Retrieve a thread.

        ``GET /v1/threads/{thread_id}``

        Args:
            thread_id (str): The ID of the thread.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.Thread.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.retrieve, unknown)
        return cast("models.Thread", self._call(_ops.GET_THREAD, locals()))

    def update(
        self,
        thread_id: str,
        *,
        metadata: dict[str, str] | None | NotGiven = NOT_GIVEN,
        tool_resources: params.ToolResources | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.Thread:
        """Modify a thread.

        Only the `metadata` can be modified.

        ``POST /v1/threads/{thread_id}``

        Args:
            thread_id (str): The ID of the thread.
            metadata (dict[str, str] | None, optional): Up to 16 key-value pairs of your own (keys up to 64, values up to 512 characters).
            tool_resources (ToolResources | None, optional): Resources for the tools, by tool: files for code_interpreter, a vector store for file_search (today's API; v1 uses `file_ids`); replaces the resources of the tools named.

                - ``ToolResources``: a dict (Resources for the tools (today's API; v1 uses `file_ids`), by tool), keys:

                  - ``code_interpreter`` (ToolResourcesCodeInterpreter): Files for the code_interpreter tool.
                  - ``file_search`` (ToolResourcesFileSearch): The vector store the file_search tool searches.

                - ``ToolResourcesCodeInterpreter``: a dict (Files for the code_interpreter tool), keys:

                  - ``file_ids`` (list[str]): Up to 20 IDs of files (uploaded with purpose `assistants`) the code_interpreter tool can use. Server default: none.

                - ``ToolResourcesFileSearch``: a dict (The vector store the file_search tool searches), keys:

                  - ``vector_store_ids`` (list[str]): The ID of the one vector store to search.

            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.Thread.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.update, unknown)
        return cast("models.Thread", self._call(_ops.MODIFY_THREAD, locals()))

    def delete(
        self,
        thread_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.DeleteThreadResponse:
        """Delete a thread.

        ``DELETE /v1/threads/{thread_id}``

        Args:
            thread_id (str): The ID of the thread.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.DeleteThreadResponse.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.delete, unknown)
        return cast("models.DeleteThreadResponse", self._call(_ops.DELETE_THREAD, locals()))


class BetaThreadsWithRawResponse:
    """``client.beta.threads.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: BetaThreads) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)
        self.create_and_run = to_raw_response(resource.create_and_run)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)
        self.delete = to_raw_response(resource.delete)

    @cached_property
    def messages(self) -> BetaThreadsMessagesWithRawResponse:
        return self._resource.messages.with_raw_response

    @cached_property
    def runs(self) -> BetaThreadsRunsWithRawResponse:
        return self._resource.runs.with_raw_response


class BetaThreadsWithStreamingResponse:
    """``client.beta.threads.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: BetaThreads) -> None:
        self._resource = resource
        self.create = to_streamed_response(resource.create)
        self.create_and_run = to_streamed_response(resource.create_and_run)
        self.retrieve = to_streamed_response(resource.retrieve)
        self.update = to_streamed_response(resource.update)
        self.delete = to_streamed_response(resource.delete)

    @cached_property
    def messages(self) -> BetaThreadsMessagesWithStreamingResponse:
        return self._resource.messages.with_streaming_response

    @cached_property
    def runs(self) -> BetaThreadsRunsWithStreamingResponse:
        return self._resource.runs.with_streaming_response


class Beta(SyncAPIResource):
    """``client.beta``."""

    @cached_property
    def assistants(self) -> BetaAssistants:
        return BetaAssistants(self._client)

    @cached_property
    def threads(self) -> BetaThreads:
        return BetaThreads(self._client)

    @cached_property
    def with_raw_response(self) -> BetaWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return BetaWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return BetaWithStreamingResponse(self)


class BetaWithRawResponse:
    """``client.beta.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: Beta) -> None:
        self._resource = resource

    @cached_property
    def assistants(self) -> BetaAssistantsWithRawResponse:
        return self._resource.assistants.with_raw_response

    @cached_property
    def threads(self) -> BetaThreadsWithRawResponse:
        return self._resource.threads.with_raw_response


class BetaWithStreamingResponse:
    """``client.beta.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: Beta) -> None:
        self._resource = resource

    @cached_property
    def assistants(self) -> BetaAssistantsWithStreamingResponse:
        return self._resource.assistants.with_streaming_response

    @cached_property
    def threads(self) -> BetaThreadsWithStreamingResponse:
        return self._resource.threads.with_streaming_response


class AsyncBetaAssistantsFiles(AsyncAPIResource):
    """``client.beta.assistants.files`` (async)."""

    @cached_property
    def with_raw_response(self) -> AsyncBetaAssistantsFilesWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return AsyncBetaAssistantsFilesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaAssistantsFilesWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return AsyncBetaAssistantsFilesWithStreamingResponse(self)

    def list(
        self,
        assistant_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> AsyncCursorPager[models.AssistantFile]:
        """List an assistant's files.

        ``GET /v1/assistants/{assistant_id}/files``

        Iterate over the result (``for`` / ``async for``) to get every item across pages.

        Args:
            assistant_id (str): The ID of the assistant the files belong to.
            limit (int, optional): How many objects to return, 1 to 100; the server's default is 20.
            order (Literal['asc', 'desc'], optional): Sort order by `created_at`; the server's default is `desc`.
            after (str, optional): The ID of the object after which the page starts (a cursor).
            before (str, optional): The ID of the object before which the page ends (a cursor).
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            AsyncCursorPager[models.AssistantFile].

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.list, unknown)
        arguments = locals()
        return cast(
            "AsyncCursorPager[models.AssistantFile]",
            self._pager(lambda: self._call(_ops.LIST_ASSISTANT_FILES, arguments)),
        )

    async def create(
        self,
        assistant_id: str,
        *,
        file_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.AssistantFile:
        """Attach a file to an assistant.

        Attaches a file uploaded with purpose `assistants` (`POST /v1/files`) to the assistant, for the retrieval and code_interpreter tools; the assistant file's ID is the file's ID.

        ``POST /v1/assistants/{assistant_id}/files``

        Args:
            assistant_id (str): The ID of the assistant the files belong to.
            file_id (str): The ID of a file uploaded with purpose `assistants`, for the retrieval and code_interpreter tools.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.AssistantFile.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.create, unknown)
        return cast("models.AssistantFile", await self._call(_ops.CREATE_ASSISTANT_FILE, locals()))

    async def retrieve(
        self,
        file_id: str,
        *,
        assistant_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.AssistantFile:
        """Retrieve an assistant file.

        ``GET /v1/assistants/{assistant_id}/files/{file_id}``

        Args:
            assistant_id (str): The ID of the assistant the file belongs to.
            file_id (str): The ID of the file.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.AssistantFile.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.retrieve, unknown)
        return cast("models.AssistantFile", await self._call(_ops.GET_ASSISTANT_FILE, locals()))

    async def delete(
        self,
        file_id: str,
        *,
        assistant_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.DeleteAssistantFileResponse:
        """Detach a file from an assistant.

        Deletes the association between the assistant and the file, not the file itself.

        ``DELETE /v1/assistants/{assistant_id}/files/{file_id}``

        Args:
            assistant_id (str): The ID of the assistant the file belongs to.
            file_id (str): The ID of the file.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.DeleteAssistantFileResponse.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.delete, unknown)
        return cast("models.DeleteAssistantFileResponse", await self._call(_ops.DELETE_ASSISTANT_FILE, locals()))


class AsyncBetaAssistantsFilesWithRawResponse:
    """``client.beta.assistants.files.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncBetaAssistantsFiles) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.delete = async_to_raw_response(resource.delete)


class AsyncBetaAssistantsFilesWithStreamingResponse:
    """``client.beta.assistants.files.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: AsyncBetaAssistantsFiles) -> None:
        self._resource = resource
        self.list = async_to_streamed_response(resource.list)
        self.create = async_to_streamed_response(resource.create)
        self.retrieve = async_to_streamed_response(resource.retrieve)
        self.delete = async_to_streamed_response(resource.delete)


class AsyncBetaAssistants(AsyncAPIResource):
    """``client.beta.assistants`` (async)."""

    @cached_property
    def files(self) -> AsyncBetaAssistantsFiles:
        return AsyncBetaAssistantsFiles(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncBetaAssistantsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return AsyncBetaAssistantsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaAssistantsWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return AsyncBetaAssistantsWithStreamingResponse(self)

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> AsyncCursorPager[models.Assistant]:
        """List assistants.

        ``GET /v1/assistants``

        Iterate over the result (``for`` / ``async for``) to get every item across pages.

        Args:
            limit (int, optional): How many objects to return, 1 to 100; the server's default is 20.
            order (Literal['asc', 'desc'], optional): Sort order by `created_at`; the server's default is `desc`.
            after (str, optional): The ID of the object after which the page starts (a cursor).
            before (str, optional): The ID of the object before which the page ends (a cursor).
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            AsyncCursorPager[models.Assistant].

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.list, unknown)
        arguments = locals()
        return cast(
            "AsyncCursorPager[models.Assistant]", self._pager(lambda: self._call(_ops.LIST_ASSISTANTS, arguments))
        )

    async def create(
        self,
        *,
        model: str,
        name: str | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        tools: builtins.list[
            params.AssistantToolsCode
            | params.AssistantToolsRetrieval
            | params.AssistantToolsFileSearch
            | params.AssistantToolsFunction
        ]
        | NotGiven = NOT_GIVEN,
        file_ids: builtins.list[str] | NotGiven = NOT_GIVEN,
        metadata: dict[str, str] | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        response_format: Literal["none", "auto"]
        | params.ResponseFormatText
        | params.ResponseFormatJsonObject
        | params.ResponseFormatJsonSchema
        | None
        | NotGiven = NOT_GIVEN,
        tool_resources: params.CreateToolResources | None | NotGiven = NOT_GIVEN,
        reasoning_effort: Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"]
        | None
        | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.Assistant:
        """Create an assistant.

        Create an assistant with a model and instructions.

        ``POST /v1/assistants``

        Args:
            model (str): The ID of the model, e.g. `gpt-4-turbo`; see `GET /v1/models`.
            name (str | None, optional): The name of the assistant, up to 256 characters.
            description (str | None, optional): The description of the assistant, up to 512 characters.
            instructions (str | None, optional): The system instructions the assistant uses, up to 256,000 characters.
            tools (list[AssistantToolsCode | AssistantToolsRetrieval | AssistantToolsFileSearch | AssistantToolsFunction], optional): Up to 128 tools: code_interpreter, retrieval (v1), file_search (today's API) or function. Server default: none.

                - ``AssistantToolsCode``: a dict (The code_interpreter tool), keys:

                  - ``type`` (Literal['code_interpreter'], required)

                - ``AssistantToolsRetrieval``: a dict (The retrieval tool (searches the files of the assistant and of the messages)), keys:

                  - ``type`` (Literal['retrieval'], required)

                - ``AssistantToolsFileSearch``: a dict (The file_search tool (searches the vector stores of the assistant and of the thread), the successor of retrieval in today's API), keys:

                  - ``type`` (Literal['file_search'], required)
                  - ``file_search`` (AssistantToolsFileSearchSettings): Settings of the file_search tool.

                - ``AssistantToolsFunction``: a dict (A function tool; the model asks for its outputs through the run's `required_action`), keys:

                  - ``type`` (Literal['function'], required)
                  - ``function`` (FunctionDefinition, required)

                - ``AssistantToolsFileSearchSettings``: a dict (Settings of the file_search tool), keys:

                  - ``max_num_results`` (int): The most results the tool hands the model, 1 to 50; the server's default is 20 (5 for gpt-3.5-turbo models).
                  - ``ranking_options`` (FileSearchRankingOptions): How the file_search tool ranks what it finds; left out, the server chooses.

                - ``FunctionDefinition``: a dict, keys:

                  - ``name`` (str, required)
                  - ``description`` (str)
                  - ``parameters`` (dict[str, Any]): The function's parameters as a JSON Schema object.
                  - ``strict`` (bool | None): When true, the model's arguments follow `parameters` exactly (a subset of JSON Schema is supported). Server default false.

                - ``FileSearchRankingOptions``: a dict (How the file_search tool ranks what it finds; left out, the server chooses), keys:

                  - ``ranker`` (Literal['auto', 'default_2024_08_21']): The ranker to use; the server's default is `auto`.
                  - ``score_threshold`` (float, required): Results that score below this threshold (0 to 1) are left out.

            file_ids (list[str], optional): Up to 20 IDs of files (uploaded with purpose `assistants`) for the tools, ordered by their creation date (v1; today's API takes `tool_resources`). Server default: none.
            metadata (dict[str, str] | None, optional): Up to 16 key-value pairs of your own (keys up to 64, values up to 512 characters).
            temperature (float | None, optional): Sampling temperature between 0 and 2; higher values make the output more random. Server default 1.
            top_p (float | None, optional): Nucleus sampling mass between 0 and 1 (0.1 keeps the tokens of the top 10% probability mass); alter this or `temperature`, not both. Server default 1.
            response_format (Literal['none', 'auto'] | ResponseFormatText | ResponseFormatJsonObject | ResponseFormatJsonSchema | None, optional): `none`, `auto` (the server's default), `{"type": "text"}`, `{"type": "json_object"}` (JSON mode) or `{"type": "json_schema", ...}` (JSON that matches a schema).

                - ``ResponseFormatText``: a dict, keys:

                  - ``type`` (Literal['text'], required)

                - ``ResponseFormatJsonObject``: a dict, keys:

                  - ``type`` (Literal['json_object'], required)

                - ``ResponseFormatJsonSchema``: a dict, keys:

                  - ``type`` (Literal['json_schema'], required)
                  - ``json_schema`` (dict with ``name`` (str), ``description`` (str), ``schema`` (dict[str, Any]), ``strict`` (bool | None), required)

            tool_resources (CreateToolResources | None, optional): Resources for the tools, by tool: files for code_interpreter, a vector store for file_search (today's API; v1 uses `file_ids`).

                - ``CreateToolResources``: a dict (Resources for the tools (today's API; v1 uses `file_ids`), by tool), keys:

                  - ``code_interpreter`` (ToolResourcesCodeInterpreter): Files for the code_interpreter tool.
                  - ``file_search`` (CreateToolResourcesFileSearch): The vector store the file_search tool searches, an existing one or one made from files.

                - ``ToolResourcesCodeInterpreter``: a dict (Files for the code_interpreter tool), keys:

                  - ``file_ids`` (list[str]): Up to 20 IDs of files (uploaded with purpose `assistants`) the code_interpreter tool can use. Server default: none.

                - ``CreateToolResourcesFileSearch``: a dict (The vector store the file_search tool searches, an existing one or one made from files), keys:

                  - ``vector_store_ids`` (list[str]): The ID of the one vector store to search.
                  - ``vector_stores`` (list[NewVectorStore]): One vector store to create from files and search (instead of `vector_store_ids`).

                - ``NewVectorStore``: a dict (A vector store to create from files, for the file_search tool), keys:

                  - ``file_ids`` (list[str]): Up to 10,000 IDs of files to put in the vector store.
                  - ``chunking_strategy`` (ChunkingStrategyAuto | ChunkingStrategyStatic): How the files are cut into chunks, by its `type`; the server's default is `auto`.
                  - ``metadata`` (dict[str, str] | None): Up to 16 key-value pairs of your own for the vector store.

            reasoning_effort (Literal['none', 'minimal', 'low', 'medium', 'high', 'xhigh', 'max'] | None, optional): How much a reasoning model reasons before it answers. Server default `medium`.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.Assistant.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.create, unknown)
        return cast("models.Assistant", await self._call(_ops.CREATE_ASSISTANT, locals()))

    async def retrieve(
        self,
        assistant_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.Assistant:
        """Retrieve an assistant.

        ``GET /v1/assistants/{assistant_id}``

        Args:
            assistant_id (str): The ID of the assistant.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.Assistant.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.retrieve, unknown)
        return cast("models.Assistant", await self._call(_ops.GET_ASSISTANT, locals()))

    async def update(
        self,
        assistant_id: str,
        *,
        model: str | NotGiven = NOT_GIVEN,
        name: str | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        tools: builtins.list[
            params.AssistantToolsCode
            | params.AssistantToolsRetrieval
            | params.AssistantToolsFileSearch
            | params.AssistantToolsFunction
        ]
        | NotGiven = NOT_GIVEN,
        file_ids: builtins.list[str] | NotGiven = NOT_GIVEN,
        metadata: dict[str, str] | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        response_format: Literal["none", "auto"]
        | params.ResponseFormatText
        | params.ResponseFormatJsonObject
        | params.ResponseFormatJsonSchema
        | None
        | NotGiven = NOT_GIVEN,
        tool_resources: params.ToolResources | None | NotGiven = NOT_GIVEN,
        reasoning_effort: Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"]
        | None
        | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.Assistant:
        """Modify an assistant.

        Changes the fields given; `file_ids` replaces the list (a file left out is detached).

        ``POST /v1/assistants/{assistant_id}``

        Args:
            assistant_id (str): The ID of the assistant.
            model (str, optional): The ID of the model, e.g. `gpt-4-turbo`; see `GET /v1/models`.
            name (str | None, optional): The name of the assistant, up to 256 characters.
            description (str | None, optional): The description of the assistant, up to 512 characters.
            instructions (str | None, optional): The system instructions the assistant uses, up to 256,000 characters.
            tools (list[AssistantToolsCode | AssistantToolsRetrieval | AssistantToolsFileSearch | AssistantToolsFunction], optional): Up to 128 tools: code_interpreter, retrieval (v1), file_search (today's API) or function; replaces the list.

                - ``AssistantToolsCode``: a dict (The code_interpreter tool), keys:

                  - ``type`` (Literal['code_interpreter'], required)

                - ``AssistantToolsRetrieval``: a dict (The retrieval tool (searches the files of the assistant and of the messages)), keys:

                  - ``type`` (Literal['retrieval'], required)

                - ``AssistantToolsFileSearch``: a dict (The file_search tool (searches the vector stores of the assistant and of the thread), the successor of retrieval in today's API), keys:

                  - ``type`` (Literal['file_search'], required)
                  - ``file_search`` (AssistantToolsFileSearchSettings): Settings of the file_search tool.

                - ``AssistantToolsFunction``: a dict (A function tool; the model asks for its outputs through the run's `required_action`), keys:

                  - ``type`` (Literal['function'], required)
                  - ``function`` (FunctionDefinition, required)

                - ``AssistantToolsFileSearchSettings``: a dict (Settings of the file_search tool), keys:

                  - ``max_num_results`` (int): The most results the tool hands the model, 1 to 50; the server's default is 20 (5 for gpt-3.5-turbo models).
                  - ``ranking_options`` (FileSearchRankingOptions): How the file_search tool ranks what it finds; left out, the server chooses.

                - ``FunctionDefinition``: a dict, keys:

                  - ``name`` (str, required)
                  - ``description`` (str)
                  - ``parameters`` (dict[str, Any]): The function's parameters as a JSON Schema object.
                  - ``strict`` (bool | None): When true, the model's arguments follow `parameters` exactly (a subset of JSON Schema is supported). Server default false.

                - ``FileSearchRankingOptions``: a dict (How the file_search tool ranks what it finds; left out, the server chooses), keys:

                  - ``ranker`` (Literal['auto', 'default_2024_08_21']): The ranker to use; the server's default is `auto`.
                  - ``score_threshold`` (float, required): Results that score below this threshold (0 to 1) are left out.

            file_ids (list[str], optional): Up to 20 IDs of files for the tools; replaces the list, and a file that was attached but is left out is detached from the assistant.
            metadata (dict[str, str] | None, optional): Up to 16 key-value pairs of your own (keys up to 64, values up to 512 characters).
            temperature (float | None, optional): Sampling temperature between 0 and 2; higher values make the output more random. Server default 1.
            top_p (float | None, optional): Nucleus sampling mass between 0 and 1 (0.1 keeps the tokens of the top 10% probability mass); alter this or `temperature`, not both. Server default 1.
            response_format (Literal['none', 'auto'] | ResponseFormatText | ResponseFormatJsonObject | ResponseFormatJsonSchema | None, optional): `none`, `auto` (the server's default), `{"type": "text"}`, `{"type": "json_object"}` (JSON mode) or `{"type": "json_schema", ...}` (JSON that matches a schema).

                - ``ResponseFormatText``: a dict, keys:

                  - ``type`` (Literal['text'], required)

                - ``ResponseFormatJsonObject``: a dict, keys:

                  - ``type`` (Literal['json_object'], required)

                - ``ResponseFormatJsonSchema``: a dict, keys:

                  - ``type`` (Literal['json_schema'], required)
                  - ``json_schema`` (dict with ``name`` (str), ``description`` (str), ``schema`` (dict[str, Any]), ``strict`` (bool | None), required)

            tool_resources (ToolResources | None, optional): Resources for the tools, by tool: files for code_interpreter, a vector store for file_search (today's API; v1 uses `file_ids`); replaces the resources of the tools named.

                - ``ToolResources``: a dict (Resources for the tools (today's API; v1 uses `file_ids`), by tool), keys:

                  - ``code_interpreter`` (ToolResourcesCodeInterpreter): Files for the code_interpreter tool.
                  - ``file_search`` (ToolResourcesFileSearch): The vector store the file_search tool searches.

                - ``ToolResourcesCodeInterpreter``: a dict (Files for the code_interpreter tool), keys:

                  - ``file_ids`` (list[str]): Up to 20 IDs of files (uploaded with purpose `assistants`) the code_interpreter tool can use. Server default: none.

                - ``ToolResourcesFileSearch``: a dict (The vector store the file_search tool searches), keys:

                  - ``vector_store_ids`` (list[str]): The ID of the one vector store to search.

            reasoning_effort (Literal['none', 'minimal', 'low', 'medium', 'high', 'xhigh', 'max'] | None, optional): How much a reasoning model reasons before it answers. Server default `medium`.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.Assistant.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.update, unknown)
        return cast("models.Assistant", await self._call(_ops.MODIFY_ASSISTANT, locals()))

    async def delete(
        self,
        assistant_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.DeleteAssistantResponse:
        """Delete an assistant.

        ``DELETE /v1/assistants/{assistant_id}``

        Args:
            assistant_id (str): The ID of the assistant.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.DeleteAssistantResponse.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.delete, unknown)
        return cast("models.DeleteAssistantResponse", await self._call(_ops.DELETE_ASSISTANT, locals()))


class AsyncBetaAssistantsWithRawResponse:
    """``client.beta.assistants.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncBetaAssistants) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.update = async_to_raw_response(resource.update)
        self.delete = async_to_raw_response(resource.delete)

    @cached_property
    def files(self) -> AsyncBetaAssistantsFilesWithRawResponse:
        return self._resource.files.with_raw_response


class AsyncBetaAssistantsWithStreamingResponse:
    """``client.beta.assistants.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: AsyncBetaAssistants) -> None:
        self._resource = resource
        self.list = async_to_streamed_response(resource.list)
        self.create = async_to_streamed_response(resource.create)
        self.retrieve = async_to_streamed_response(resource.retrieve)
        self.update = async_to_streamed_response(resource.update)
        self.delete = async_to_streamed_response(resource.delete)

    @cached_property
    def files(self) -> AsyncBetaAssistantsFilesWithStreamingResponse:
        return self._resource.files.with_streaming_response


class AsyncBetaThreadsMessagesFiles(AsyncAPIResource):
    """``client.beta.threads.messages.files`` (async)."""

    @cached_property
    def with_raw_response(self) -> AsyncBetaThreadsMessagesFilesWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return AsyncBetaThreadsMessagesFilesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaThreadsMessagesFilesWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return AsyncBetaThreadsMessagesFilesWithStreamingResponse(self)

    def list(
        self,
        message_id: str,
        *,
        thread_id: str,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> AsyncCursorPager[models.MessageFile]:
        """List the files of a message.

        ``GET /v1/threads/{thread_id}/messages/{message_id}/files``

        Iterate over the result (``for`` / ``async for``) to get every item across pages.

        Args:
            thread_id (str): The ID of the thread the message belongs to.
            message_id (str): The ID of the message the files belong to.
            limit (int, optional): How many objects to return, 1 to 100; the server's default is 20.
            order (Literal['asc', 'desc'], optional): Sort order by `created_at`; the server's default is `desc`.
            after (str, optional): The ID of the object after which the page starts (a cursor).
            before (str, optional): The ID of the object before which the page ends (a cursor).
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            AsyncCursorPager[models.MessageFile].

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.list, unknown)
        arguments = locals()
        return cast(
            "AsyncCursorPager[models.MessageFile]", self._pager(lambda: self._call(_ops.LIST_MESSAGE_FILES, arguments))
        )

    async def retrieve(
        self,
        file_id: str,
        *,
        thread_id: str,
        message_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.MessageFile:
        """Retrieve a message file.

        ``GET /v1/threads/{thread_id}/messages/{message_id}/files/{file_id}``

        Args:
            thread_id (str): The ID of the thread the message belongs to.
            message_id (str): The ID of the message the file belongs to.
            file_id (str): The ID of the file.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.MessageFile.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.retrieve, unknown)
        return cast("models.MessageFile", await self._call(_ops.GET_MESSAGE_FILE, locals()))


class AsyncBetaThreadsMessagesFilesWithRawResponse:
    """``client.beta.threads.messages.files.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncBetaThreadsMessagesFiles) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.retrieve = async_to_raw_response(resource.retrieve)


class AsyncBetaThreadsMessagesFilesWithStreamingResponse:
    """``client.beta.threads.messages.files.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: AsyncBetaThreadsMessagesFiles) -> None:
        self._resource = resource
        self.list = async_to_streamed_response(resource.list)
        self.retrieve = async_to_streamed_response(resource.retrieve)


class AsyncBetaThreadsMessages(AsyncAPIResource):
    """``client.beta.threads.messages`` (async)."""

    @cached_property
    def files(self) -> AsyncBetaThreadsMessagesFiles:
        return AsyncBetaThreadsMessagesFiles(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncBetaThreadsMessagesWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return AsyncBetaThreadsMessagesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaThreadsMessagesWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return AsyncBetaThreadsMessagesWithStreamingResponse(self)

    def list(
        self,
        thread_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        run_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> AsyncCursorPager[models.Message]:
        """List the messages of a thread.

        ``GET /v1/threads/{thread_id}/messages``

        Iterate over the result (``for`` / ``async for``) to get every item across pages.

        Args:
            thread_id (str): The ID of the thread the messages belong to.
            limit (int, optional): How many objects to return, 1 to 100; the server's default is 20.
            order (Literal['asc', 'desc'], optional): Sort order by `created_at`; the server's default is `desc`.
            after (str, optional): The ID of the object after which the page starts (a cursor).
            before (str, optional): The ID of the object before which the page ends (a cursor).
            run_id (str, optional): Only the messages the run with this ID created.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            AsyncCursorPager[models.Message].

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.list, unknown)
        arguments = locals()
        return cast("AsyncCursorPager[models.Message]", self._pager(lambda: self._call(_ops.LIST_MESSAGES, arguments)))

    async def create(
        self,
        thread_id: str,
        *,
        role: Literal["user", "assistant"],
        content: str
        | builtins.list[
            params.MessageRequestContentImageFile
            | params.MessageRequestContentImageUrl
            | params.MessageRequestContentText
        ],
        file_ids: builtins.list[str] | NotGiven = NOT_GIVEN,
        metadata: dict[str, str] | None | NotGiven = NOT_GIVEN,
        attachments: builtins.list[params.MessageAttachmentRequest] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.Message:
        """Create a message.

        ``POST /v1/threads/{thread_id}/messages``

        Args:
            thread_id (str): The ID of the thread the messages belong to.
            role (Literal['user', 'assistant']): `user` for a message from the user (most cases), `assistant` to insert a message as if the assistant had written it.
            content (str | list[MessageRequestContentImageFile | MessageRequestContentImageUrl | MessageRequestContentText]): The text of the message, up to 256,000 characters, or (today's API) a list of text and image parts.

                - ``MessageRequestContentImageFile``: a dict (An image part, from an uploaded file), keys:

                  - ``type`` (Literal['image_file'], required)
                  - ``image_file`` (MessageRequestImageFile, required)

                - ``MessageRequestContentImageUrl``: a dict (An image part, from a URL), keys:

                  - ``type`` (Literal['image_url'], required)
                  - ``image_url`` (MessageRequestImageUrl, required)

                - ``MessageRequestContentText``: a dict (A text part), keys:

                  - ``type`` (Literal['text'], required)
                  - ``text`` (str, required): The text.

                - ``MessageRequestImageFile``: a dict, keys:

                  - ``file_id`` (str, required): The ID of an image file uploaded with purpose `vision`.
                  - ``detail`` (Literal['auto', 'low', 'high']): The detail the model sees the image in; `low` uses fewer tokens. Server default `auto`.

                - ``MessageRequestImageUrl``: a dict, keys:

                  - ``url`` (str, required): The URL of the image (jpeg, jpg, png, gif or webp).
                  - ``detail`` (Literal['auto', 'low', 'high']): The detail the model sees the image in; `low` uses fewer tokens. Server default `auto`.

            file_ids (list[str], optional): Up to 10 IDs of files the message uses, for the retrieval and code_interpreter tools (v1; today's API takes `attachments`). Server default: none.
            metadata (dict[str, str] | None, optional): Up to 16 key-value pairs of your own (keys up to 64, values up to 512 characters).
            attachments (list[MessageAttachmentRequest] | None, optional): Files attached to the message and the tools to add them to (today's API; v1 uses `file_ids`).

                - ``MessageAttachmentRequest``: a dict (A file attached to a message), keys:

                  - ``file_id`` (str): The ID of the file.
                  - ``tools`` (list[AssistantToolsCode | AssistantToolsFileSearchTypeOnly]): The tools to add the file to.

                - ``AssistantToolsCode``: a dict (The code_interpreter tool), keys:

                  - ``type`` (Literal['code_interpreter'], required)

                - ``AssistantToolsFileSearchTypeOnly``: a dict (The file_search tool, named without settings (for a message attachment)), keys:

                  - ``type`` (Literal['file_search'], required)

            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.Message.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.create, unknown)
        return cast("models.Message", await self._call(_ops.CREATE_MESSAGE, locals()))

    async def retrieve(
        self,
        message_id: str,
        *,
        thread_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.Message:
        """Retrieve a message.

        ``GET /v1/threads/{thread_id}/messages/{message_id}``

        Args:
            thread_id (str): The ID of the thread the message belongs to.
            message_id (str): The ID of the message.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.Message.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.retrieve, unknown)
        return cast("models.Message", await self._call(_ops.GET_MESSAGE, locals()))

    async def update(
        self,
        message_id: str,
        *,
        thread_id: str,
        metadata: dict[str, str] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.Message:
        """Modify a message.

        Only the `metadata` can be modified.

        ``POST /v1/threads/{thread_id}/messages/{message_id}``

        Args:
            thread_id (str): The ID of the thread the message belongs to.
            message_id (str): The ID of the message.
            metadata (dict[str, str] | None, optional): Up to 16 key-value pairs of your own (keys up to 64, values up to 512 characters).
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.Message.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.update, unknown)
        return cast("models.Message", await self._call(_ops.MODIFY_MESSAGE, locals()))


class AsyncBetaThreadsMessagesWithRawResponse:
    """``client.beta.threads.messages.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncBetaThreadsMessages) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.update = async_to_raw_response(resource.update)

    @cached_property
    def files(self) -> AsyncBetaThreadsMessagesFilesWithRawResponse:
        return self._resource.files.with_raw_response


class AsyncBetaThreadsMessagesWithStreamingResponse:
    """``client.beta.threads.messages.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: AsyncBetaThreadsMessages) -> None:
        self._resource = resource
        self.list = async_to_streamed_response(resource.list)
        self.create = async_to_streamed_response(resource.create)
        self.retrieve = async_to_streamed_response(resource.retrieve)
        self.update = async_to_streamed_response(resource.update)

    @cached_property
    def files(self) -> AsyncBetaThreadsMessagesFilesWithStreamingResponse:
        return self._resource.files.with_streaming_response


class AsyncBetaThreadsRunsSteps(AsyncAPIResource):
    """``client.beta.threads.runs.steps`` (async)."""

    @cached_property
    def with_raw_response(self) -> AsyncBetaThreadsRunsStepsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return AsyncBetaThreadsRunsStepsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaThreadsRunsStepsWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return AsyncBetaThreadsRunsStepsWithStreamingResponse(self)

    def list(
        self,
        run_id: str,
        *,
        thread_id: str,
        include: builtins.list[Literal["step_details.tool_calls[*].file_search.results[*].content"]]
        | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> AsyncCursorPager[models.RunStep]:
        """List the steps of a run.

        ``GET /v1/threads/{thread_id}/runs/{run_id}/steps``

        Iterate over the result (``for`` / ``async for``) to get every item across pages.

        Args:
            thread_id (str): The ID of the thread the run and its steps belong to.
            run_id (str): The ID of the run the steps belong to.
            include (list[Literal['step_details.tool_calls[*].file_search.results[*].content']], optional): Extra fields to fill in the run steps: `step_details.tool_calls[*].file_search.results[*].content` adds the content of the file_search results. (sent as ``include[]``)
            limit (int, optional): How many objects to return, 1 to 100; the server's default is 20.
            order (Literal['asc', 'desc'], optional): Sort order by `created_at`; the server's default is `desc`.
            after (str, optional): The ID of the object after which the page starts (a cursor).
            before (str, optional): The ID of the object before which the page ends (a cursor).
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            AsyncCursorPager[models.RunStep].

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.list, unknown)
        arguments = locals()
        return cast("AsyncCursorPager[models.RunStep]", self._pager(lambda: self._call(_ops.LIST_RUN_STEPS, arguments)))

    async def retrieve(
        self,
        step_id: str,
        *,
        thread_id: str,
        run_id: str,
        include: builtins.list[Literal["step_details.tool_calls[*].file_search.results[*].content"]]
        | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.RunStep:
        """Retrieve a run step.

        ``GET /v1/threads/{thread_id}/runs/{run_id}/steps/{step_id}``

        Args:
            thread_id (str): The ID of the thread the run and its step belong to.
            run_id (str): The ID of the run the step belongs to.
            step_id (str): The ID of the run step.
            include (list[Literal['step_details.tool_calls[*].file_search.results[*].content']], optional): Extra fields to fill in the run steps: `step_details.tool_calls[*].file_search.results[*].content` adds the content of the file_search results. (sent as ``include[]``)
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.RunStep.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.retrieve, unknown)
        return cast("models.RunStep", await self._call(_ops.GET_RUN_STEP, locals()))


class AsyncBetaThreadsRunsStepsWithRawResponse:
    """``client.beta.threads.runs.steps.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncBetaThreadsRunsSteps) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.retrieve = async_to_raw_response(resource.retrieve)


class AsyncBetaThreadsRunsStepsWithStreamingResponse:
    """``client.beta.threads.runs.steps.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: AsyncBetaThreadsRunsSteps) -> None:
        self._resource = resource
        self.list = async_to_streamed_response(resource.list)
        self.retrieve = async_to_streamed_response(resource.retrieve)


class AsyncBetaThreadsRuns(AsyncAPIResource):
    """``client.beta.threads.runs`` (async)."""

    @cached_property
    def steps(self) -> AsyncBetaThreadsRunsSteps:
        return AsyncBetaThreadsRunsSteps(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncBetaThreadsRunsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return AsyncBetaThreadsRunsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaThreadsRunsWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return AsyncBetaThreadsRunsWithStreamingResponse(self)

    def list(
        self,
        thread_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> AsyncCursorPager[models.Run]:
        """List the runs of a thread.

        ``GET /v1/threads/{thread_id}/runs``

        Iterate over the result (``for`` / ``async for``) to get every item across pages.

        Args:
            thread_id (str): The ID of the thread to run.
            limit (int, optional): How many objects to return, 1 to 100; the server's default is 20.
            order (Literal['asc', 'desc'], optional): Sort order by `created_at`; the server's default is `desc`.
            after (str, optional): The ID of the object after which the page starts (a cursor).
            before (str, optional): The ID of the object before which the page ends (a cursor).
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            AsyncCursorPager[models.Run].

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.list, unknown)
        arguments = locals()
        return cast("AsyncCursorPager[models.Run]", self._pager(lambda: self._call(_ops.LIST_RUNS, arguments)))

    @overload
    async def create(
        self,
        thread_id: str,
        *,
        assistant_id: str,
        include: builtins.list[Literal["step_details.tool_calls[*].file_search.results[*].content"]]
        | NotGiven = NOT_GIVEN,
        model: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        additional_instructions: str | None | NotGiven = NOT_GIVEN,
        additional_messages: builtins.list[params.CreateMessageRequest] | None | NotGiven = NOT_GIVEN,
        tools: builtins.list[
            params.AssistantToolsCode
            | params.AssistantToolsRetrieval
            | params.AssistantToolsFileSearch
            | params.AssistantToolsFunction
        ]
        | None
        | NotGiven = NOT_GIVEN,
        metadata: dict[str, str] | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        max_prompt_tokens: int | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        truncation_strategy: params.TruncationStrategy | None | NotGiven = NOT_GIVEN,
        tool_choice: Literal["none", "auto", "required"]
        | params.AssistantsNamedToolChoice
        | None
        | NotGiven = NOT_GIVEN,
        response_format: Literal["none", "auto"]
        | params.ResponseFormatText
        | params.ResponseFormatJsonObject
        | params.ResponseFormatJsonSchema
        | None
        | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        reasoning_effort: Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"]
        | None
        | NotGiven = NOT_GIVEN,
        stream: Literal[False] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.Run: ...

    @overload
    async def create(
        self,
        thread_id: str,
        *,
        assistant_id: str,
        include: builtins.list[Literal["step_details.tool_calls[*].file_search.results[*].content"]]
        | NotGiven = NOT_GIVEN,
        model: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        additional_instructions: str | None | NotGiven = NOT_GIVEN,
        additional_messages: builtins.list[params.CreateMessageRequest] | None | NotGiven = NOT_GIVEN,
        tools: builtins.list[
            params.AssistantToolsCode
            | params.AssistantToolsRetrieval
            | params.AssistantToolsFileSearch
            | params.AssistantToolsFunction
        ]
        | None
        | NotGiven = NOT_GIVEN,
        metadata: dict[str, str] | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        max_prompt_tokens: int | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        truncation_strategy: params.TruncationStrategy | None | NotGiven = NOT_GIVEN,
        tool_choice: Literal["none", "auto", "required"]
        | params.AssistantsNamedToolChoice
        | None
        | NotGiven = NOT_GIVEN,
        response_format: Literal["none", "auto"]
        | params.ResponseFormatText
        | params.ResponseFormatJsonObject
        | params.ResponseFormatJsonSchema
        | None
        | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        reasoning_effort: Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"]
        | None
        | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncAssistantEventStream[models.AssistantStreamEvent]: ...

    @overload
    async def create(
        self,
        thread_id: str,
        *,
        assistant_id: str,
        include: builtins.list[Literal["step_details.tool_calls[*].file_search.results[*].content"]]
        | NotGiven = NOT_GIVEN,
        model: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        additional_instructions: str | None | NotGiven = NOT_GIVEN,
        additional_messages: builtins.list[params.CreateMessageRequest] | None | NotGiven = NOT_GIVEN,
        tools: builtins.list[
            params.AssistantToolsCode
            | params.AssistantToolsRetrieval
            | params.AssistantToolsFileSearch
            | params.AssistantToolsFunction
        ]
        | None
        | NotGiven = NOT_GIVEN,
        metadata: dict[str, str] | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        max_prompt_tokens: int | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        truncation_strategy: params.TruncationStrategy | None | NotGiven = NOT_GIVEN,
        tool_choice: Literal["none", "auto", "required"]
        | params.AssistantsNamedToolChoice
        | None
        | NotGiven = NOT_GIVEN,
        response_format: Literal["none", "auto"]
        | params.ResponseFormatText
        | params.ResponseFormatJsonObject
        | params.ResponseFormatJsonSchema
        | None
        | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        reasoning_effort: Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"]
        | None
        | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.Run | AsyncAssistantEventStream[models.AssistantStreamEvent]: ...

    async def create(
        self,
        thread_id: str,
        *,
        assistant_id: str,
        include: builtins.list[Literal["step_details.tool_calls[*].file_search.results[*].content"]]
        | NotGiven = NOT_GIVEN,
        model: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        additional_instructions: str | None | NotGiven = NOT_GIVEN,
        additional_messages: builtins.list[params.CreateMessageRequest] | None | NotGiven = NOT_GIVEN,
        tools: builtins.list[
            params.AssistantToolsCode
            | params.AssistantToolsRetrieval
            | params.AssistantToolsFileSearch
            | params.AssistantToolsFunction
        ]
        | None
        | NotGiven = NOT_GIVEN,
        metadata: dict[str, str] | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        max_prompt_tokens: int | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        truncation_strategy: params.TruncationStrategy | None | NotGiven = NOT_GIVEN,
        tool_choice: Literal["none", "auto", "required"]
        | params.AssistantsNamedToolChoice
        | None
        | NotGiven = NOT_GIVEN,
        response_format: Literal["none", "auto"]
        | params.ResponseFormatText
        | params.ResponseFormatJsonObject
        | params.ResponseFormatJsonSchema
        | None
        | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        reasoning_effort: Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"]
        | None
        | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.Run | AsyncAssistantEventStream[models.AssistantStreamEvent]:
        """Create a run.

        Answers the run, to be polled until it leaves `queued` / `in_progress`; with `stream` true, an event stream of the run's events ending with `event: done` / `data: [DONE]`.

        ``POST /v1/threads/{thread_id}/runs``

        Args:
            thread_id (str): The ID of the thread to run.
            assistant_id (str): The ID of the assistant that executes the run.
            include (list[Literal['step_details.tool_calls[*].file_search.results[*].content']], optional): Extra fields to fill in the run steps: `step_details.tool_calls[*].file_search.results[*].content` adds the content of the file_search results. (sent as ``include[]``)
            model (str | None, optional): The ID of the model, e.g. `gpt-4-turbo`, instead of the assistant's.
            instructions (str | None, optional): Instructions instead of the assistant's, for this run.
            additional_instructions (str | None, optional): Instructions appended to the assistant's, for this run.
            additional_messages (list[CreateMessageRequest] | None, optional): Messages added to the thread before the run is created.

                - ``CreateMessageRequest``: a dict, keys:

                  - ``role`` (Literal['user', 'assistant'], required): `user` for a message from the user (most cases), `assistant` to insert a message as if the assistant had written it.
                  - ``content`` (str | list[MessageRequestContentImageFile | MessageRequestContentImageUrl | MessageRequestContentText], required): The text of the message, up to 256,000 characters, or (today's API) a list of text and image parts.
                  - ``file_ids`` (list[str]): Up to 10 IDs of files the message uses, for the retrieval and code_interpreter tools (v1; today's API takes `attachments`). Server default: none.
                  - ``metadata`` (dict[str, str] | None): Up to 16 key-value pairs of your own (keys up to 64, values up to 512 characters).
                  - ``attachments`` (list[MessageAttachmentRequest] | None): Files attached to the message and the tools to add them to (today's API; v1 uses `file_ids`).

                - ``MessageRequestContentImageFile``: a dict (An image part, from an uploaded file), keys:

                  - ``type`` (Literal['image_file'], required)
                  - ``image_file`` (MessageRequestImageFile, required)

                - ``MessageRequestContentImageUrl``: a dict (An image part, from a URL), keys:

                  - ``type`` (Literal['image_url'], required)
                  - ``image_url`` (MessageRequestImageUrl, required)

                - ``MessageRequestContentText``: a dict (A text part), keys:

                  - ``type`` (Literal['text'], required)
                  - ``text`` (str, required): The text.

                - ``MessageAttachmentRequest``: a dict (A file attached to a message), keys:

                  - ``file_id`` (str): The ID of the file.
                  - ``tools`` (list[AssistantToolsCode | AssistantToolsFileSearchTypeOnly]): The tools to add the file to.

                - ``MessageRequestImageFile``: a dict, keys:

                  - ``file_id`` (str, required): The ID of an image file uploaded with purpose `vision`.
                  - ``detail`` (Literal['auto', 'low', 'high']): The detail the model sees the image in; `low` uses fewer tokens. Server default `auto`.

                - ``MessageRequestImageUrl``: a dict, keys:

                  - ``url`` (str, required): The URL of the image (jpeg, jpg, png, gif or webp).
                  - ``detail`` (Literal['auto', 'low', 'high']): The detail the model sees the image in; `low` uses fewer tokens. Server default `auto`.

                - ``AssistantToolsCode``: a dict (The code_interpreter tool), keys:

                  - ``type`` (Literal['code_interpreter'], required)

                - ``AssistantToolsFileSearchTypeOnly``: a dict (The file_search tool, named without settings (for a message attachment)), keys:

                  - ``type`` (Literal['file_search'], required)

            tools (list[AssistantToolsCode | AssistantToolsRetrieval | AssistantToolsFileSearch | AssistantToolsFunction] | None, optional): Up to 20 tools instead of the assistant's, for this run.

                - ``AssistantToolsRetrieval``: a dict (The retrieval tool (searches the files of the assistant and of the messages)), keys:

                  - ``type`` (Literal['retrieval'], required)

                - ``AssistantToolsFileSearch``: a dict (The file_search tool (searches the vector stores of the assistant and of the thread), the successor of retrieval in today's API), keys:

                  - ``type`` (Literal['file_search'], required)
                  - ``file_search`` (AssistantToolsFileSearchSettings): Settings of the file_search tool.

                - ``AssistantToolsFunction``: a dict (A function tool; the model asks for its outputs through the run's `required_action`), keys:

                  - ``type`` (Literal['function'], required)
                  - ``function`` (FunctionDefinition, required)

                - ``AssistantToolsFileSearchSettings``: a dict (Settings of the file_search tool), keys:

                  - ``max_num_results`` (int): The most results the tool hands the model, 1 to 50; the server's default is 20 (5 for gpt-3.5-turbo models).
                  - ``ranking_options`` (FileSearchRankingOptions): How the file_search tool ranks what it finds; left out, the server chooses.

                - ``FunctionDefinition``: a dict, keys:

                  - ``name`` (str, required)
                  - ``description`` (str)
                  - ``parameters`` (dict[str, Any]): The function's parameters as a JSON Schema object.
                  - ``strict`` (bool | None): When true, the model's arguments follow `parameters` exactly (a subset of JSON Schema is supported). Server default false.

                - ``FileSearchRankingOptions``: a dict (How the file_search tool ranks what it finds; left out, the server chooses), keys:

                  - ``ranker`` (Literal['auto', 'default_2024_08_21']): The ranker to use; the server's default is `auto`.
                  - ``score_threshold`` (float, required): Results that score below this threshold (0 to 1) are left out.

            metadata (dict[str, str] | None, optional): Up to 16 key-value pairs of your own (keys up to 64, values up to 512 characters).
            temperature (float | None, optional): Sampling temperature between 0 and 2; higher values make the output more random. Server default 1.
            top_p (float | None, optional): Nucleus sampling mass between 0 and 1 (0.1 keeps the tokens of the top 10% probability mass); alter this or `temperature`, not both. Server default 1.
            stream (bool | None, optional): Stream the run's events as server-sent events, ending when the run reaches a terminal status with `data: [DONE]`. Server default false. ``True``: the answer as an event stream, iterated as it arrives (use it in a ``with`` block, or close it).
            max_prompt_tokens (int | None, optional): At least 256. The most prompt tokens the run may use over all its turns (best effort); past it the run ends with status incomplete (see `incomplete_details`).
            max_completion_tokens (int | None, optional): At least 256. The most completion tokens the run may use over all its turns (best effort); past it the run ends with status incomplete (see `incomplete_details`).
            truncation_strategy (TruncationStrategy | None, optional): How the thread is truncated before the run; the server's default is `auto`.

                - ``TruncationStrategy``: a dict (How the thread is truncated before the run), keys:

                  - ``type`` (Literal['auto', 'last_messages'], required): `auto` (the server's default) drops messages from the middle of the thread to fit the context length of the model, `max_prompt_tokens`; `last_messages` keeps the `last_messages` most recent messages.
                  - ``last_messages`` (int | None): How many of the most recent messages make up the context of the run.

            tool_choice (Literal['none', 'auto', 'required'] | AssistantsNamedToolChoice | None, optional): `none`, `auto` (the server's default), or the tool the model must call, e.g. `{"type": "function", "function": {"name": "my_function"}}`.

                - ``AssistantsNamedToolChoice``: a dict (A tool the model must use), keys:

                  - ``type`` (Literal['function', 'code_interpreter', 'retrieval', 'file_search'], required): The tool's type (file_search in today's API, retrieval in v1); `function` needs `function.name`.
                  - ``function`` (AssistantsNamedToolChoiceFunction)

                - ``AssistantsNamedToolChoiceFunction``: a dict, keys:

                  - ``name`` (str, required): The name of the function to call.

            response_format (Literal['none', 'auto'] | ResponseFormatText | ResponseFormatJsonObject | ResponseFormatJsonSchema | None, optional): `none`, `auto` (the server's default), `{"type": "text"}`, `{"type": "json_object"}` (JSON mode) or `{"type": "json_schema", ...}` (JSON that matches a schema).

                - ``ResponseFormatText``: a dict, keys:

                  - ``type`` (Literal['text'], required)

                - ``ResponseFormatJsonObject``: a dict, keys:

                  - ``type`` (Literal['json_object'], required)

                - ``ResponseFormatJsonSchema``: a dict, keys:

                  - ``type`` (Literal['json_schema'], required)
                  - ``json_schema`` (dict with ``name`` (str), ``description`` (str), ``schema`` (dict[str, Any]), ``strict`` (bool | None), required)

            parallel_tool_calls (bool | None, optional): Whether the model may call several functions at once (today's API). Server default true.
            reasoning_effort (Literal['none', 'minimal', 'low', 'medium', 'high', 'xhigh', 'max'] | None, optional): How much a reasoning model reasons before it answers. Server default `medium`.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.Run; with ``stream=True``, AsyncAssistantEventStream[models.AssistantStreamEvent].

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.create, unknown)
        return cast(
            "models.Run | AsyncAssistantEventStream[models.AssistantStreamEvent]",
            await self._call(_ops.CREATE_RUN, locals()),
        )

    async def create_and_poll(
        self,
        thread_id: str,
        *,
        assistant_id: str,
        include: builtins.list[Literal["step_details.tool_calls[*].file_search.results[*].content"]]
        | NotGiven = NOT_GIVEN,
        model: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        additional_instructions: str | None | NotGiven = NOT_GIVEN,
        additional_messages: builtins.list[params.CreateMessageRequest] | None | NotGiven = NOT_GIVEN,
        tools: builtins.list[
            params.AssistantToolsCode
            | params.AssistantToolsRetrieval
            | params.AssistantToolsFileSearch
            | params.AssistantToolsFunction
        ]
        | None
        | NotGiven = NOT_GIVEN,
        metadata: dict[str, str] | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        max_prompt_tokens: int | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        truncation_strategy: params.TruncationStrategy | None | NotGiven = NOT_GIVEN,
        tool_choice: Literal["none", "auto", "required"]
        | params.AssistantsNamedToolChoice
        | None
        | NotGiven = NOT_GIVEN,
        response_format: Literal["none", "auto"]
        | params.ResponseFormatText
        | params.ResponseFormatJsonObject
        | params.ResponseFormatJsonSchema
        | None
        | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        reasoning_effort: Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"]
        | None
        | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        poll_interval: float = 1.0,
        poll_timeout: float | None = 600.0,
        on_progress: Callable[[models.Run], object] | None = None,
        **unknown: Never,
    ) -> models.Run:
        """``create``, then ``poll`` the result until its status is requires_action, cancelled, failed, completed, expired.

        ``POST /v1/threads/{thread_id}/runs``

        Args:
            thread_id (str): The ID of the thread to run.
            assistant_id (str): The ID of the assistant that executes the run.
            include (list[Literal['step_details.tool_calls[*].file_search.results[*].content']], optional): Extra fields to fill in the run steps: `step_details.tool_calls[*].file_search.results[*].content` adds the content of the file_search results. (sent as ``include[]``)
            model (str | None, optional): The ID of the model, e.g. `gpt-4-turbo`, instead of the assistant's.
            instructions (str | None, optional): Instructions instead of the assistant's, for this run.
            additional_instructions (str | None, optional): Instructions appended to the assistant's, for this run.
            additional_messages (list[CreateMessageRequest] | None, optional): Messages added to the thread before the run is created.

                - ``CreateMessageRequest``: a dict, keys:

                  - ``role`` (Literal['user', 'assistant'], required): `user` for a message from the user (most cases), `assistant` to insert a message as if the assistant had written it.
                  - ``content`` (str | list[MessageRequestContentImageFile | MessageRequestContentImageUrl | MessageRequestContentText], required): The text of the message, up to 256,000 characters, or (today's API) a list of text and image parts.
                  - ``file_ids`` (list[str]): Up to 10 IDs of files the message uses, for the retrieval and code_interpreter tools (v1; today's API takes `attachments`). Server default: none.
                  - ``metadata`` (dict[str, str] | None): Up to 16 key-value pairs of your own (keys up to 64, values up to 512 characters).
                  - ``attachments`` (list[MessageAttachmentRequest] | None): Files attached to the message and the tools to add them to (today's API; v1 uses `file_ids`).

                - ``MessageRequestContentImageFile``: a dict (An image part, from an uploaded file), keys:

                  - ``type`` (Literal['image_file'], required)
                  - ``image_file`` (MessageRequestImageFile, required)

                - ``MessageRequestContentImageUrl``: a dict (An image part, from a URL), keys:

                  - ``type`` (Literal['image_url'], required)
                  - ``image_url`` (MessageRequestImageUrl, required)

                - ``MessageRequestContentText``: a dict (A text part), keys:

                  - ``type`` (Literal['text'], required)
                  - ``text`` (str, required): The text.

                - ``MessageAttachmentRequest``: a dict (A file attached to a message), keys:

                  - ``file_id`` (str): The ID of the file.
                  - ``tools`` (list[AssistantToolsCode | AssistantToolsFileSearchTypeOnly]): The tools to add the file to.

                - ``MessageRequestImageFile``: a dict, keys:

                  - ``file_id`` (str, required): The ID of an image file uploaded with purpose `vision`.
                  - ``detail`` (Literal['auto', 'low', 'high']): The detail the model sees the image in; `low` uses fewer tokens. Server default `auto`.

                - ``MessageRequestImageUrl``: a dict, keys:

                  - ``url`` (str, required): The URL of the image (jpeg, jpg, png, gif or webp).
                  - ``detail`` (Literal['auto', 'low', 'high']): The detail the model sees the image in; `low` uses fewer tokens. Server default `auto`.

                - ``AssistantToolsCode``: a dict (The code_interpreter tool), keys:

                  - ``type`` (Literal['code_interpreter'], required)

                - ``AssistantToolsFileSearchTypeOnly``: a dict (The file_search tool, named without settings (for a message attachment)), keys:

                  - ``type`` (Literal['file_search'], required)

            tools (list[AssistantToolsCode | AssistantToolsRetrieval | AssistantToolsFileSearch | AssistantToolsFunction] | None, optional): Up to 20 tools instead of the assistant's, for this run.

                - ``AssistantToolsRetrieval``: a dict (The retrieval tool (searches the files of the assistant and of the messages)), keys:

                  - ``type`` (Literal['retrieval'], required)

                - ``AssistantToolsFileSearch``: a dict (The file_search tool (searches the vector stores of the assistant and of the thread), the successor of retrieval in today's API), keys:

                  - ``type`` (Literal['file_search'], required)
                  - ``file_search`` (AssistantToolsFileSearchSettings): Settings of the file_search tool.

                - ``AssistantToolsFunction``: a dict (A function tool; the model asks for its outputs through the run's `required_action`), keys:

                  - ``type`` (Literal['function'], required)
                  - ``function`` (FunctionDefinition, required)

                - ``AssistantToolsFileSearchSettings``: a dict (Settings of the file_search tool), keys:

                  - ``max_num_results`` (int): The most results the tool hands the model, 1 to 50; the server's default is 20 (5 for gpt-3.5-turbo models).
                  - ``ranking_options`` (FileSearchRankingOptions): How the file_search tool ranks what it finds; left out, the server chooses.

                - ``FunctionDefinition``: a dict, keys:

                  - ``name`` (str, required)
                  - ``description`` (str)
                  - ``parameters`` (dict[str, Any]): The function's parameters as a JSON Schema object.
                  - ``strict`` (bool | None): When true, the model's arguments follow `parameters` exactly (a subset of JSON Schema is supported). Server default false.

                - ``FileSearchRankingOptions``: a dict (How the file_search tool ranks what it finds; left out, the server chooses), keys:

                  - ``ranker`` (Literal['auto', 'default_2024_08_21']): The ranker to use; the server's default is `auto`.
                  - ``score_threshold`` (float, required): Results that score below this threshold (0 to 1) are left out.

            metadata (dict[str, str] | None, optional): Up to 16 key-value pairs of your own (keys up to 64, values up to 512 characters).
            temperature (float | None, optional): Sampling temperature between 0 and 2; higher values make the output more random. Server default 1.
            top_p (float | None, optional): Nucleus sampling mass between 0 and 1 (0.1 keeps the tokens of the top 10% probability mass); alter this or `temperature`, not both. Server default 1.
            max_prompt_tokens (int | None, optional): At least 256. The most prompt tokens the run may use over all its turns (best effort); past it the run ends with status incomplete (see `incomplete_details`).
            max_completion_tokens (int | None, optional): At least 256. The most completion tokens the run may use over all its turns (best effort); past it the run ends with status incomplete (see `incomplete_details`).
            truncation_strategy (TruncationStrategy | None, optional): How the thread is truncated before the run; the server's default is `auto`.

                - ``TruncationStrategy``: a dict (How the thread is truncated before the run), keys:

                  - ``type`` (Literal['auto', 'last_messages'], required): `auto` (the server's default) drops messages from the middle of the thread to fit the context length of the model, `max_prompt_tokens`; `last_messages` keeps the `last_messages` most recent messages.
                  - ``last_messages`` (int | None): How many of the most recent messages make up the context of the run.

            tool_choice (Literal['none', 'auto', 'required'] | AssistantsNamedToolChoice | None, optional): `none`, `auto` (the server's default), or the tool the model must call, e.g. `{"type": "function", "function": {"name": "my_function"}}`.

                - ``AssistantsNamedToolChoice``: a dict (A tool the model must use), keys:

                  - ``type`` (Literal['function', 'code_interpreter', 'retrieval', 'file_search'], required): The tool's type (file_search in today's API, retrieval in v1); `function` needs `function.name`.
                  - ``function`` (AssistantsNamedToolChoiceFunction)

                - ``AssistantsNamedToolChoiceFunction``: a dict, keys:

                  - ``name`` (str, required): The name of the function to call.

            response_format (Literal['none', 'auto'] | ResponseFormatText | ResponseFormatJsonObject | ResponseFormatJsonSchema | None, optional): `none`, `auto` (the server's default), `{"type": "text"}`, `{"type": "json_object"}` (JSON mode) or `{"type": "json_schema", ...}` (JSON that matches a schema).

                - ``ResponseFormatText``: a dict, keys:

                  - ``type`` (Literal['text'], required)

                - ``ResponseFormatJsonObject``: a dict, keys:

                  - ``type`` (Literal['json_object'], required)

                - ``ResponseFormatJsonSchema``: a dict, keys:

                  - ``type`` (Literal['json_schema'], required)
                  - ``json_schema`` (dict with ``name`` (str), ``description`` (str), ``schema`` (dict[str, Any]), ``strict`` (bool | None), required)

            parallel_tool_calls (bool | None, optional): Whether the model may call several functions at once (today's API). Server default true.
            reasoning_effort (Literal['none', 'minimal', 'low', 'medium', 'high', 'xhigh', 'max'] | None, optional): How much a reasoning model reasons before it answers. Server default `medium`.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.
            poll_interval (float): Seconds between two polls.
            poll_timeout (float | None): Seconds the polling may take in all (``None``: no limit).
            on_progress (Callable | None): Called with the object whenever its status changes.

        Returns:
            models.Run: the object once its status is final.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
            PollTimeoutError: ``poll_timeout`` passed before the status was final.
        """
        if unknown:
            raise unexpected_keyword(self.create_and_poll, unknown)
        return cast("models.Run", await self._and_poll(_ops.CREATE_RUN, _ops.GET_RUN, locals()))

    async def retrieve(
        self,
        run_id: str,
        *,
        thread_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.Run:
        """Retrieve a run.

        The polling target of a run: its `status` moves from queued / in_progress to requires_action (submit tool outputs) or a terminal status.

        ``GET /v1/threads/{thread_id}/runs/{run_id}``

        Args:
            thread_id (str): The ID of the thread that was run.
            run_id (str): The ID of the run.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.Run.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.retrieve, unknown)
        return cast("models.Run", await self._call(_ops.GET_RUN, locals()))

    async def poll(
        self,
        run_id: str | models.Run,
        *,
        thread_id: str | None = None,
        timeout: float | None = 600.0,
        interval: float = 1.0,
        on_progress: Callable[[models.Run], object] | None = None,
        **unknown: Never,
    ) -> models.Run:
        """Poll ``retrieve`` every ``interval`` seconds until the status is requires_action, cancelled, failed, completed, expired.

        Give an ID, or the object itself (the other IDs are then taken from it; one already finished is returned
        at once).

        Args:
            run_id (str | models.Run): The ID, or the object.
            thread_id (str | None): The ID of the thread that was run. Taken from the object when one is given.
            timeout (float | None): Seconds the polling may take in all (``None``: no limit).
            interval (float): Seconds between two polls.
            on_progress (Callable | None): Called with the object whenever its status changes.

        Returns:
            models.Run: the object once its status is final.

        Raises:
            PollTimeoutError: ``timeout`` seconds passed first (``.last`` is the object as last seen).
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
        """
        if unknown:
            raise unexpected_keyword(self.poll, unknown)
        return cast("models.Run", await self._poll_status(_ops.GET_RUN, locals()))

    async def update(
        self,
        run_id: str,
        *,
        thread_id: str,
        metadata: dict[str, str] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.Run:
        """Modify a run.

        Only the `metadata` can be modified.

        ``POST /v1/threads/{thread_id}/runs/{run_id}``

        Args:
            thread_id (str): The ID of the thread that was run.
            run_id (str): The ID of the run.
            metadata (dict[str, str] | None, optional): Up to 16 key-value pairs of your own (keys up to 64, values up to 512 characters).
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.Run.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.update, unknown)
        return cast("models.Run", await self._call(_ops.MODIFY_RUN, locals()))

    @overload
    async def submit_tool_outputs(
        self,
        run_id: str,
        *,
        thread_id: str,
        tool_outputs: builtins.list[params.ToolOutput],
        stream: Literal[False] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.Run: ...

    @overload
    async def submit_tool_outputs(
        self,
        run_id: str,
        *,
        thread_id: str,
        tool_outputs: builtins.list[params.ToolOutput],
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncAssistantEventStream[models.AssistantStreamEvent]: ...

    @overload
    async def submit_tool_outputs(
        self,
        run_id: str,
        *,
        thread_id: str,
        tool_outputs: builtins.list[params.ToolOutput],
        stream: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.Run | AsyncAssistantEventStream[models.AssistantStreamEvent]: ...

    async def submit_tool_outputs(
        self,
        run_id: str,
        *,
        thread_id: str,
        tool_outputs: builtins.list[params.ToolOutput],
        stream: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.Run | AsyncAssistantEventStream[models.AssistantStreamEvent]:
        """Submit tool outputs to a run.

        When a run has `status` requires_action and `required_action.type` submit_tool_outputs, sends the outputs of all its tool calls at once. With `stream` true, answers an event stream of the run's events ending with `event: done` / `data: [DONE]`.

        ``POST /v1/threads/{thread_id}/runs/{run_id}/submit_tool_outputs``

        Args:
            thread_id (str): The ID of the thread the run belongs to.
            run_id (str): The ID of the run that requires the tool outputs.
            tool_outputs (list[ToolOutput]): The outputs of all the run's tool calls, in one request.

                - ``ToolOutput``: a dict, keys:

                  - ``tool_call_id`` (str): The ID of the tool call (in the run's `required_action`) the output is for.
                  - ``output`` (str): The output of the tool call.

            stream (bool | None, optional): Stream the run's events as server-sent events, ending when the run reaches a terminal status with `data: [DONE]`. Server default false. ``True``: the answer as an event stream, iterated as it arrives (use it in a ``with`` block, or close it).
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.Run; with ``stream=True``, AsyncAssistantEventStream[models.AssistantStreamEvent].

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.submit_tool_outputs, unknown)
        return cast(
            "models.Run | AsyncAssistantEventStream[models.AssistantStreamEvent]",
            await self._call(_ops.SUBMIT_TOOL_OUTPUTS_TO_RUN, locals()),
        )

    async def submit_tool_outputs_and_poll(
        self,
        run_id: str,
        *,
        thread_id: str,
        tool_outputs: builtins.list[params.ToolOutput],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        poll_interval: float = 1.0,
        poll_timeout: float | None = 600.0,
        on_progress: Callable[[models.Run], object] | None = None,
        **unknown: Never,
    ) -> models.Run:
        """``submit_tool_outputs``, then ``poll`` the result until its status is requires_action, cancelled, failed, completed, expired.

        ``POST /v1/threads/{thread_id}/runs/{run_id}/submit_tool_outputs``

        Args:
            thread_id (str): The ID of the thread the run belongs to.
            run_id (str): The ID of the run that requires the tool outputs.
            tool_outputs (list[ToolOutput]): The outputs of all the run's tool calls, in one request.

                - ``ToolOutput``: a dict, keys:

                  - ``tool_call_id`` (str): The ID of the tool call (in the run's `required_action`) the output is for.
                  - ``output`` (str): The output of the tool call.

            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.
            poll_interval (float): Seconds between two polls.
            poll_timeout (float | None): Seconds the polling may take in all (``None``: no limit).
            on_progress (Callable | None): Called with the object whenever its status changes.

        Returns:
            models.Run: the object once its status is final.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
            PollTimeoutError: ``poll_timeout`` passed before the status was final.
        """
        if unknown:
            raise unexpected_keyword(self.submit_tool_outputs_and_poll, unknown)
        return cast("models.Run", await self._and_poll(_ops.SUBMIT_TOOL_OUTPUTS_TO_RUN, _ops.GET_RUN, locals()))

    async def cancel(
        self,
        run_id: str,
        *,
        thread_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.Run:
        """Cancel a run.

        Cancels a run that is `in_progress`: its status becomes cancelling, then cancelled.

        ``POST /v1/threads/{thread_id}/runs/{run_id}/cancel``

        Args:
            thread_id (str): The ID of the thread the run belongs to.
            run_id (str): The ID of the run to cancel.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.Run.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.cancel, unknown)
        return cast("models.Run", await self._call(_ops.CANCEL_RUN, locals()))


class AsyncBetaThreadsRunsWithRawResponse:
    """``client.beta.threads.runs.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncBetaThreadsRuns) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.update = async_to_raw_response(resource.update)
        self.submit_tool_outputs = async_to_raw_response(resource.submit_tool_outputs)
        self.cancel = async_to_raw_response(resource.cancel)

    @cached_property
    def steps(self) -> AsyncBetaThreadsRunsStepsWithRawResponse:
        return self._resource.steps.with_raw_response


class AsyncBetaThreadsRunsWithStreamingResponse:
    """``client.beta.threads.runs.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: AsyncBetaThreadsRuns) -> None:
        self._resource = resource
        self.list = async_to_streamed_response(resource.list)
        self.create = async_to_streamed_response(resource.create)
        self.retrieve = async_to_streamed_response(resource.retrieve)
        self.update = async_to_streamed_response(resource.update)
        self.submit_tool_outputs = async_to_streamed_response(resource.submit_tool_outputs)
        self.cancel = async_to_streamed_response(resource.cancel)

    @cached_property
    def steps(self) -> AsyncBetaThreadsRunsStepsWithStreamingResponse:
        return self._resource.steps.with_streaming_response


class AsyncBetaThreads(AsyncAPIResource):
    """``client.beta.threads`` (async)."""

    @cached_property
    def messages(self) -> AsyncBetaThreadsMessages:
        return AsyncBetaThreadsMessages(self._client)

    @cached_property
    def runs(self) -> AsyncBetaThreadsRuns:
        return AsyncBetaThreadsRuns(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncBetaThreadsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return AsyncBetaThreadsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaThreadsWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return AsyncBetaThreadsWithStreamingResponse(self)

    async def create(
        self,
        *,
        messages: builtins.list[params.CreateMessageRequest] | NotGiven = NOT_GIVEN,
        metadata: dict[str, str] | None | NotGiven = NOT_GIVEN,
        tool_resources: params.CreateToolResources | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.Thread:
        """Create a thread.

        The body is optional: an empty thread is created without one.

        ``POST /v1/threads``

        Args:
            messages (list[CreateMessageRequest], optional): The messages to start the thread with.

                - ``CreateMessageRequest``: a dict, keys:

                  - ``role`` (Literal['user', 'assistant'], required): `user` for a message from the user (most cases), `assistant` to insert a message as if the assistant had written it.
                  - ``content`` (str | list[MessageRequestContentImageFile | MessageRequestContentImageUrl | MessageRequestContentText], required): The text of the message, up to 256,000 characters, or (today's API) a list of text and image parts.
                  - ``file_ids`` (list[str]): Up to 10 IDs of files the message uses, for the retrieval and code_interpreter tools (v1; today's API takes `attachments`). Server default: none.
                  - ``metadata`` (dict[str, str] | None): Up to 16 key-value pairs of your own (keys up to 64, values up to 512 characters).
                  - ``attachments`` (list[MessageAttachmentRequest] | None): Files attached to the message and the tools to add them to (today's API; v1 uses `file_ids`).

                - ``MessageRequestContentImageFile``: a dict (An image part, from an uploaded file), keys:

                  - ``type`` (Literal['image_file'], required)
                  - ``image_file`` (MessageRequestImageFile, required)

                - ``MessageRequestContentImageUrl``: a dict (An image part, from a URL), keys:

                  - ``type`` (Literal['image_url'], required)
                  - ``image_url`` (MessageRequestImageUrl, required)

                - ``MessageRequestContentText``: a dict (A text part), keys:

                  - ``type`` (Literal['text'], required)
                  - ``text`` (str, required): The text.

                - ``MessageAttachmentRequest``: a dict (A file attached to a message), keys:

                  - ``file_id`` (str): The ID of the file.
                  - ``tools`` (list[AssistantToolsCode | AssistantToolsFileSearchTypeOnly]): The tools to add the file to.

                - ``MessageRequestImageFile``: a dict, keys:

                  - ``file_id`` (str, required): The ID of an image file uploaded with purpose `vision`.
                  - ``detail`` (Literal['auto', 'low', 'high']): The detail the model sees the image in; `low` uses fewer tokens. Server default `auto`.

                - ``MessageRequestImageUrl``: a dict, keys:

                  - ``url`` (str, required): The URL of the image (jpeg, jpg, png, gif or webp).
                  - ``detail`` (Literal['auto', 'low', 'high']): The detail the model sees the image in; `low` uses fewer tokens. Server default `auto`.

                - ``AssistantToolsCode``: a dict (The code_interpreter tool), keys:

                  - ``type`` (Literal['code_interpreter'], required)

                - ``AssistantToolsFileSearchTypeOnly``: a dict (The file_search tool, named without settings (for a message attachment)), keys:

                  - ``type`` (Literal['file_search'], required)

            metadata (dict[str, str] | None, optional): Up to 16 key-value pairs of your own (keys up to 64, values up to 512 characters).
            tool_resources (CreateToolResources | None, optional): Resources for the tools, by tool: files for code_interpreter, a vector store for file_search (today's API; v1 uses `file_ids`).

                - ``CreateToolResources``: a dict (Resources for the tools (today's API; v1 uses `file_ids`), by tool), keys:

                  - ``code_interpreter`` (ToolResourcesCodeInterpreter): Files for the code_interpreter tool.
                  - ``file_search`` (CreateToolResourcesFileSearch): The vector store the file_search tool searches, an existing one or one made from files.

                - ``ToolResourcesCodeInterpreter``: a dict (Files for the code_interpreter tool), keys:

                  - ``file_ids`` (list[str]): Up to 20 IDs of files (uploaded with purpose `assistants`) the code_interpreter tool can use. Server default: none.

                - ``CreateToolResourcesFileSearch``: a dict (The vector store the file_search tool searches, an existing one or one made from files), keys:

                  - ``vector_store_ids`` (list[str]): The ID of the one vector store to search.
                  - ``vector_stores`` (list[NewVectorStore]): One vector store to create from files and search (instead of `vector_store_ids`).

                - ``NewVectorStore``: a dict (A vector store to create from files, for the file_search tool), keys:

                  - ``file_ids`` (list[str]): Up to 10,000 IDs of files to put in the vector store.
                  - ``chunking_strategy`` (ChunkingStrategyAuto | ChunkingStrategyStatic): How the files are cut into chunks, by its `type`; the server's default is `auto`.
                  - ``metadata`` (dict[str, str] | None): Up to 16 key-value pairs of your own for the vector store.

            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.Thread.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.create, unknown)
        return cast("models.Thread", await self._call(_ops.CREATE_THREAD, locals()))

    @overload
    async def create_and_run(
        self,
        *,
        assistant_id: str,
        thread: params.CreateThreadRequest | NotGiven = NOT_GIVEN,
        model: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        tools: builtins.list[
            params.AssistantToolsCode
            | params.AssistantToolsRetrieval
            | params.AssistantToolsFileSearch
            | params.AssistantToolsFunction
        ]
        | None
        | NotGiven = NOT_GIVEN,
        metadata: dict[str, str] | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        max_prompt_tokens: int | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        truncation_strategy: params.TruncationStrategy | None | NotGiven = NOT_GIVEN,
        tool_choice: Literal["none", "auto", "required"]
        | params.AssistantsNamedToolChoice
        | None
        | NotGiven = NOT_GIVEN,
        response_format: Literal["none", "auto"]
        | params.ResponseFormatText
        | params.ResponseFormatJsonObject
        | params.ResponseFormatJsonSchema
        | None
        | NotGiven = NOT_GIVEN,
        tool_resources: params.ToolResources | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        stream: Literal[False] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.Run: ...

    @overload
    async def create_and_run(
        self,
        *,
        assistant_id: str,
        thread: params.CreateThreadRequest | NotGiven = NOT_GIVEN,
        model: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        tools: builtins.list[
            params.AssistantToolsCode
            | params.AssistantToolsRetrieval
            | params.AssistantToolsFileSearch
            | params.AssistantToolsFunction
        ]
        | None
        | NotGiven = NOT_GIVEN,
        metadata: dict[str, str] | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        max_prompt_tokens: int | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        truncation_strategy: params.TruncationStrategy | None | NotGiven = NOT_GIVEN,
        tool_choice: Literal["none", "auto", "required"]
        | params.AssistantsNamedToolChoice
        | None
        | NotGiven = NOT_GIVEN,
        response_format: Literal["none", "auto"]
        | params.ResponseFormatText
        | params.ResponseFormatJsonObject
        | params.ResponseFormatJsonSchema
        | None
        | NotGiven = NOT_GIVEN,
        tool_resources: params.ToolResources | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncAssistantEventStream[models.AssistantStreamEvent]: ...

    @overload
    async def create_and_run(
        self,
        *,
        assistant_id: str,
        thread: params.CreateThreadRequest | NotGiven = NOT_GIVEN,
        model: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        tools: builtins.list[
            params.AssistantToolsCode
            | params.AssistantToolsRetrieval
            | params.AssistantToolsFileSearch
            | params.AssistantToolsFunction
        ]
        | None
        | NotGiven = NOT_GIVEN,
        metadata: dict[str, str] | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        max_prompt_tokens: int | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        truncation_strategy: params.TruncationStrategy | None | NotGiven = NOT_GIVEN,
        tool_choice: Literal["none", "auto", "required"]
        | params.AssistantsNamedToolChoice
        | None
        | NotGiven = NOT_GIVEN,
        response_format: Literal["none", "auto"]
        | params.ResponseFormatText
        | params.ResponseFormatJsonObject
        | params.ResponseFormatJsonSchema
        | None
        | NotGiven = NOT_GIVEN,
        tool_resources: params.ToolResources | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> models.Run | AsyncAssistantEventStream[models.AssistantStreamEvent]: ...

    async def create_and_run(
        self,
        *,
        assistant_id: str,
        thread: params.CreateThreadRequest | NotGiven = NOT_GIVEN,
        model: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        tools: builtins.list[
            params.AssistantToolsCode
            | params.AssistantToolsRetrieval
            | params.AssistantToolsFileSearch
            | params.AssistantToolsFunction
        ]
        | None
        | NotGiven = NOT_GIVEN,
        metadata: dict[str, str] | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        max_prompt_tokens: int | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        truncation_strategy: params.TruncationStrategy | None | NotGiven = NOT_GIVEN,
        tool_choice: Literal["none", "auto", "required"]
        | params.AssistantsNamedToolChoice
        | None
        | NotGiven = NOT_GIVEN,
        response_format: Literal["none", "auto"]
        | params.ResponseFormatText
        | params.ResponseFormatJsonObject
        | params.ResponseFormatJsonSchema
        | None
        | NotGiven = NOT_GIVEN,
        tool_resources: params.ToolResources | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.Run | AsyncAssistantEventStream[models.AssistantStreamEvent]:
        """Create a thread and run it in one request.

        Answers the run; with `stream` true, an event stream of the run's events (`event:` names such as `thread.run.created`, the object as `data:`) ending with `event: done` / `data: [DONE]`.

        ``POST /v1/threads/runs``

        Args:
            assistant_id (str): The ID of the assistant that executes the run.
            thread (CreateThreadRequest, optional): The thread to create; an empty thread when left out.

                - ``CreateThreadRequest``: a dict, keys:

                  - ``messages`` (list[CreateMessageRequest]): The messages to start the thread with.
                  - ``metadata`` (dict[str, str] | None): Up to 16 key-value pairs of your own (keys up to 64, values up to 512 characters).
                  - ``tool_resources`` (CreateToolResources | None): Resources for the tools, by tool: files for code_interpreter, a vector store for file_search (today's API; v1 uses `file_ids`).

                - ``CreateMessageRequest``: a dict, keys:

                  - ``role`` (Literal['user', 'assistant'], required): `user` for a message from the user (most cases), `assistant` to insert a message as if the assistant had written it.
                  - ``content`` (str | list[MessageRequestContentImageFile | MessageRequestContentImageUrl | MessageRequestContentText], required): The text of the message, up to 256,000 characters, or (today's API) a list of text and image parts.
                  - ``file_ids`` (list[str]): Up to 10 IDs of files the message uses, for the retrieval and code_interpreter tools (v1; today's API takes `attachments`). Server default: none.
                  - ``metadata`` (dict[str, str] | None): Up to 16 key-value pairs of your own (keys up to 64, values up to 512 characters).
                  - ``attachments`` (list[MessageAttachmentRequest] | None): Files attached to the message and the tools to add them to (today's API; v1 uses `file_ids`).

                - ``CreateToolResources``: a dict (Resources for the tools (today's API; v1 uses `file_ids`), by tool), keys:

                  - ``code_interpreter`` (ToolResourcesCodeInterpreter): Files for the code_interpreter tool.
                  - ``file_search`` (CreateToolResourcesFileSearch): The vector store the file_search tool searches, an existing one or one made from files.

                - ``MessageRequestContentImageFile``: a dict (An image part, from an uploaded file), keys:

                  - ``type`` (Literal['image_file'], required)
                  - ``image_file`` (MessageRequestImageFile, required)

                - ``MessageRequestContentImageUrl``: a dict (An image part, from a URL), keys:

                  - ``type`` (Literal['image_url'], required)
                  - ``image_url`` (MessageRequestImageUrl, required)

                - ``MessageRequestContentText``: a dict (A text part), keys:

                  - ``type`` (Literal['text'], required)
                  - ``text`` (str, required): The text.

                - ``MessageAttachmentRequest``: a dict (A file attached to a message), keys:

                  - ``file_id`` (str): The ID of the file.
                  - ``tools`` (list[AssistantToolsCode | AssistantToolsFileSearchTypeOnly]): The tools to add the file to.

                - ``ToolResourcesCodeInterpreter``: a dict (Files for the code_interpreter tool), keys:

                  - ``file_ids`` (list[str]): Up to 20 IDs of files (uploaded with purpose `assistants`) the code_interpreter tool can use. Server default: none.

                - ``CreateToolResourcesFileSearch``: a dict (The vector store the file_search tool searches, an existing one or one made from files), keys:

                  - ``vector_store_ids`` (list[str]): The ID of the one vector store to search.
                  - ``vector_stores`` (list[NewVectorStore]): One vector store to create from files and search (instead of `vector_store_ids`).

            model (str | None, optional): The ID of the model, e.g. `gpt-4-turbo`, instead of the assistant's.
            instructions (str | None, optional): Instructions instead of the assistant's, for this run.
            tools (list[AssistantToolsCode | AssistantToolsRetrieval | AssistantToolsFileSearch | AssistantToolsFunction] | None, optional): Up to 20 tools instead of the assistant's, for this run.

                - ``AssistantToolsCode``: a dict (The code_interpreter tool), keys:

                  - ``type`` (Literal['code_interpreter'], required)

                - ``AssistantToolsRetrieval``: a dict (The retrieval tool (searches the files of the assistant and of the messages)), keys:

                  - ``type`` (Literal['retrieval'], required)

                - ``AssistantToolsFileSearch``: a dict (The file_search tool (searches the vector stores of the assistant and of the thread), the successor of retrieval in today's API), keys:

                  - ``type`` (Literal['file_search'], required)
                  - ``file_search`` (AssistantToolsFileSearchSettings): Settings of the file_search tool.

                - ``AssistantToolsFunction``: a dict (A function tool; the model asks for its outputs through the run's `required_action`), keys:

                  - ``type`` (Literal['function'], required)
                  - ``function`` (FunctionDefinition, required)

                - ``AssistantToolsFileSearchSettings``: a dict (Settings of the file_search tool), keys:

                  - ``max_num_results`` (int): The most results the tool hands the model, 1 to 50; the server's default is 20 (5 for gpt-3.5-turbo models).
                  - ``ranking_options`` (FileSearchRankingOptions): How the file_search tool ranks what it finds; left out, the server chooses.

                - ``FunctionDefinition``: a dict, keys:

                  - ``name`` (str, required)
                  - ``description`` (str)
                  - ``parameters`` (dict[str, Any]): The function's parameters as a JSON Schema object.
                  - ``strict`` (bool | None): When true, the model's arguments follow `parameters` exactly (a subset of JSON Schema is supported). Server default false.

                - ``FileSearchRankingOptions``: a dict (How the file_search tool ranks what it finds; left out, the server chooses), keys:

                  - ``ranker`` (Literal['auto', 'default_2024_08_21']): The ranker to use; the server's default is `auto`.
                  - ``score_threshold`` (float, required): Results that score below this threshold (0 to 1) are left out.

            metadata (dict[str, str] | None, optional): Up to 16 key-value pairs of your own (keys up to 64, values up to 512 characters).
            temperature (float | None, optional): Sampling temperature between 0 and 2; higher values make the output more random. Server default 1.
            top_p (float | None, optional): Nucleus sampling mass between 0 and 1 (0.1 keeps the tokens of the top 10% probability mass); alter this or `temperature`, not both. Server default 1.
            stream (bool | None, optional): Stream the run's events as server-sent events, ending when the run reaches a terminal status with `data: [DONE]`. Server default false. ``True``: the answer as an event stream, iterated as it arrives (use it in a ``with`` block, or close it).
            max_prompt_tokens (int | None, optional): At least 256. The most prompt tokens the run may use over all its turns (best effort); past it the run ends with status incomplete (see `incomplete_details`).
            max_completion_tokens (int | None, optional): At least 256. The most completion tokens the run may use over all its turns (best effort); past it the run ends with status incomplete (see `incomplete_details`).
            truncation_strategy (TruncationStrategy | None, optional): How the thread is truncated before the run; the server's default is `auto`.

                - ``TruncationStrategy``: a dict (How the thread is truncated before the run), keys:

                  - ``type`` (Literal['auto', 'last_messages'], required): `auto` (the server's default) drops messages from the middle of the thread to fit the context length of the model, `max_prompt_tokens`; `last_messages` keeps the `last_messages` most recent messages.
                  - ``last_messages`` (int | None): How many of the most recent messages make up the context of the run.

            tool_choice (Literal['none', 'auto', 'required'] | AssistantsNamedToolChoice | None, optional): `none`, `auto` (the server's default), or the tool the model must call, e.g. `{"type": "function", "function": {"name": "my_function"}}`.

                - ``AssistantsNamedToolChoice``: a dict (A tool the model must use), keys:

                  - ``type`` (Literal['function', 'code_interpreter', 'retrieval', 'file_search'], required): The tool's type (file_search in today's API, retrieval in v1); `function` needs `function.name`.
                  - ``function`` (AssistantsNamedToolChoiceFunction)

                - ``AssistantsNamedToolChoiceFunction``: a dict, keys:

                  - ``name`` (str, required): The name of the function to call.

            response_format (Literal['none', 'auto'] | ResponseFormatText | ResponseFormatJsonObject | ResponseFormatJsonSchema | None, optional): `none`, `auto` (the server's default), `{"type": "text"}`, `{"type": "json_object"}` (JSON mode) or `{"type": "json_schema", ...}` (JSON that matches a schema).

                - ``ResponseFormatText``: a dict, keys:

                  - ``type`` (Literal['text'], required)

                - ``ResponseFormatJsonObject``: a dict, keys:

                  - ``type`` (Literal['json_object'], required)

                - ``ResponseFormatJsonSchema``: a dict, keys:

                  - ``type`` (Literal['json_schema'], required)
                  - ``json_schema`` (dict with ``name`` (str), ``description`` (str), ``schema`` (dict[str, Any]), ``strict`` (bool | None), required)

            tool_resources (ToolResources | None, optional): Resources for the tools of this run, by tool: files for code_interpreter, a vector store for file_search (today's API).

                - ``ToolResources``: a dict (Resources for the tools (today's API; v1 uses `file_ids`), by tool), keys:

                  - ``code_interpreter`` (ToolResourcesCodeInterpreter): Files for the code_interpreter tool.
                  - ``file_search`` (ToolResourcesFileSearch): The vector store the file_search tool searches.

                - ``ToolResourcesFileSearch``: a dict (The vector store the file_search tool searches), keys:

                  - ``vector_store_ids`` (list[str]): The ID of the one vector store to search.

            parallel_tool_calls (bool | None, optional): Whether the model may call several functions at once (today's API). Server default true.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.Run; with ``stream=True``, AsyncAssistantEventStream[models.AssistantStreamEvent].

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.create_and_run, unknown)
        return cast(
            "models.Run | AsyncAssistantEventStream[models.AssistantStreamEvent]",
            await self._call(_ops.CREATE_THREAD_AND_RUN, locals()),
        )

    async def create_and_run_poll(
        self,
        *,
        assistant_id: str,
        thread: params.CreateThreadRequest | NotGiven = NOT_GIVEN,
        model: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        tools: builtins.list[
            params.AssistantToolsCode
            | params.AssistantToolsRetrieval
            | params.AssistantToolsFileSearch
            | params.AssistantToolsFunction
        ]
        | None
        | NotGiven = NOT_GIVEN,
        metadata: dict[str, str] | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        max_prompt_tokens: int | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        truncation_strategy: params.TruncationStrategy | None | NotGiven = NOT_GIVEN,
        tool_choice: Literal["none", "auto", "required"]
        | params.AssistantsNamedToolChoice
        | None
        | NotGiven = NOT_GIVEN,
        response_format: Literal["none", "auto"]
        | params.ResponseFormatText
        | params.ResponseFormatJsonObject
        | params.ResponseFormatJsonSchema
        | None
        | NotGiven = NOT_GIVEN,
        tool_resources: params.ToolResources | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        poll_interval: float = 1.0,
        poll_timeout: float | None = 600.0,
        on_progress: Callable[[models.Run], object] | None = None,
        **unknown: Never,
    ) -> models.Run:
        """``create_and_run``, then ``poll`` the result until its status is requires_action, cancelled, failed, completed, expired.

        ``POST /v1/threads/runs``

        Args:
            assistant_id (str): The ID of the assistant that executes the run.
            thread (CreateThreadRequest, optional): The thread to create; an empty thread when left out.

                - ``CreateThreadRequest``: a dict, keys:

                  - ``messages`` (list[CreateMessageRequest]): The messages to start the thread with.
                  - ``metadata`` (dict[str, str] | None): Up to 16 key-value pairs of your own (keys up to 64, values up to 512 characters).
                  - ``tool_resources`` (CreateToolResources | None): Resources for the tools, by tool: files for code_interpreter, a vector store for file_search (today's API; v1 uses `file_ids`).

                - ``CreateMessageRequest``: a dict, keys:

                  - ``role`` (Literal['user', 'assistant'], required): `user` for a message from the user (most cases), `assistant` to insert a message as if the assistant had written it.
                  - ``content`` (str | list[MessageRequestContentImageFile | MessageRequestContentImageUrl | MessageRequestContentText], required): The text of the message, up to 256,000 characters, or (today's API) a list of text and image parts.
                  - ``file_ids`` (list[str]): Up to 10 IDs of files the message uses, for the retrieval and code_interpreter tools (v1; today's API takes `attachments`). Server default: none.
                  - ``metadata`` (dict[str, str] | None): Up to 16 key-value pairs of your own (keys up to 64, values up to 512 characters).
                  - ``attachments`` (list[MessageAttachmentRequest] | None): Files attached to the message and the tools to add them to (today's API; v1 uses `file_ids`).

                - ``CreateToolResources``: a dict (Resources for the tools (today's API; v1 uses `file_ids`), by tool), keys:

                  - ``code_interpreter`` (ToolResourcesCodeInterpreter): Files for the code_interpreter tool.
                  - ``file_search`` (CreateToolResourcesFileSearch): The vector store the file_search tool searches, an existing one or one made from files.

                - ``MessageRequestContentImageFile``: a dict (An image part, from an uploaded file), keys:

                  - ``type`` (Literal['image_file'], required)
                  - ``image_file`` (MessageRequestImageFile, required)

                - ``MessageRequestContentImageUrl``: a dict (An image part, from a URL), keys:

                  - ``type`` (Literal['image_url'], required)
                  - ``image_url`` (MessageRequestImageUrl, required)

                - ``MessageRequestContentText``: a dict (A text part), keys:

                  - ``type`` (Literal['text'], required)
                  - ``text`` (str, required): The text.

                - ``MessageAttachmentRequest``: a dict (A file attached to a message), keys:

                  - ``file_id`` (str): The ID of the file.
                  - ``tools`` (list[AssistantToolsCode | AssistantToolsFileSearchTypeOnly]): The tools to add the file to.

                - ``ToolResourcesCodeInterpreter``: a dict (Files for the code_interpreter tool), keys:

                  - ``file_ids`` (list[str]): Up to 20 IDs of files (uploaded with purpose `assistants`) the code_interpreter tool can use. Server default: none.

                - ``CreateToolResourcesFileSearch``: a dict (The vector store the file_search tool searches, an existing one or one made from files), keys:

                  - ``vector_store_ids`` (list[str]): The ID of the one vector store to search.
                  - ``vector_stores`` (list[NewVectorStore]): One vector store to create from files and search (instead of `vector_store_ids`).

            model (str | None, optional): The ID of the model, e.g. `gpt-4-turbo`, instead of the assistant's.
            instructions (str | None, optional): Instructions instead of the assistant's, for this run.
            tools (list[AssistantToolsCode | AssistantToolsRetrieval | AssistantToolsFileSearch | AssistantToolsFunction] | None, optional): Up to 20 tools instead of the assistant's, for this run.

                - ``AssistantToolsCode``: a dict (The code_interpreter tool), keys:

                  - ``type`` (Literal['code_interpreter'], required)

                - ``AssistantToolsRetrieval``: a dict (The retrieval tool (searches the files of the assistant and of the messages)), keys:

                  - ``type`` (Literal['retrieval'], required)

                - ``AssistantToolsFileSearch``: a dict (The file_search tool (searches the vector stores of the assistant and of the thread), the successor of retrieval in today's API), keys:

                  - ``type`` (Literal['file_search'], required)
                  - ``file_search`` (AssistantToolsFileSearchSettings): Settings of the file_search tool.

                - ``AssistantToolsFunction``: a dict (A function tool; the model asks for its outputs through the run's `required_action`), keys:

                  - ``type`` (Literal['function'], required)
                  - ``function`` (FunctionDefinition, required)

                - ``AssistantToolsFileSearchSettings``: a dict (Settings of the file_search tool), keys:

                  - ``max_num_results`` (int): The most results the tool hands the model, 1 to 50; the server's default is 20 (5 for gpt-3.5-turbo models).
                  - ``ranking_options`` (FileSearchRankingOptions): How the file_search tool ranks what it finds; left out, the server chooses.

                - ``FunctionDefinition``: a dict, keys:

                  - ``name`` (str, required)
                  - ``description`` (str)
                  - ``parameters`` (dict[str, Any]): The function's parameters as a JSON Schema object.
                  - ``strict`` (bool | None): When true, the model's arguments follow `parameters` exactly (a subset of JSON Schema is supported). Server default false.

                - ``FileSearchRankingOptions``: a dict (How the file_search tool ranks what it finds; left out, the server chooses), keys:

                  - ``ranker`` (Literal['auto', 'default_2024_08_21']): The ranker to use; the server's default is `auto`.
                  - ``score_threshold`` (float, required): Results that score below this threshold (0 to 1) are left out.

            metadata (dict[str, str] | None, optional): Up to 16 key-value pairs of your own (keys up to 64, values up to 512 characters).
            temperature (float | None, optional): Sampling temperature between 0 and 2; higher values make the output more random. Server default 1.
            top_p (float | None, optional): Nucleus sampling mass between 0 and 1 (0.1 keeps the tokens of the top 10% probability mass); alter this or `temperature`, not both. Server default 1.
            max_prompt_tokens (int | None, optional): At least 256. The most prompt tokens the run may use over all its turns (best effort); past it the run ends with status incomplete (see `incomplete_details`).
            max_completion_tokens (int | None, optional): At least 256. The most completion tokens the run may use over all its turns (best effort); past it the run ends with status incomplete (see `incomplete_details`).
            truncation_strategy (TruncationStrategy | None, optional): How the thread is truncated before the run; the server's default is `auto`.

                - ``TruncationStrategy``: a dict (How the thread is truncated before the run), keys:

                  - ``type`` (Literal['auto', 'last_messages'], required): `auto` (the server's default) drops messages from the middle of the thread to fit the context length of the model, `max_prompt_tokens`; `last_messages` keeps the `last_messages` most recent messages.
                  - ``last_messages`` (int | None): How many of the most recent messages make up the context of the run.

            tool_choice (Literal['none', 'auto', 'required'] | AssistantsNamedToolChoice | None, optional): `none`, `auto` (the server's default), or the tool the model must call, e.g. `{"type": "function", "function": {"name": "my_function"}}`.

                - ``AssistantsNamedToolChoice``: a dict (A tool the model must use), keys:

                  - ``type`` (Literal['function', 'code_interpreter', 'retrieval', 'file_search'], required): The tool's type (file_search in today's API, retrieval in v1); `function` needs `function.name`.
                  - ``function`` (AssistantsNamedToolChoiceFunction)

                - ``AssistantsNamedToolChoiceFunction``: a dict, keys:

                  - ``name`` (str, required): The name of the function to call.

            response_format (Literal['none', 'auto'] | ResponseFormatText | ResponseFormatJsonObject | ResponseFormatJsonSchema | None, optional): `none`, `auto` (the server's default), `{"type": "text"}`, `{"type": "json_object"}` (JSON mode) or `{"type": "json_schema", ...}` (JSON that matches a schema).

                - ``ResponseFormatText``: a dict, keys:

                  - ``type`` (Literal['text'], required)

                - ``ResponseFormatJsonObject``: a dict, keys:

                  - ``type`` (Literal['json_object'], required)

                - ``ResponseFormatJsonSchema``: a dict, keys:

                  - ``type`` (Literal['json_schema'], required)
                  - ``json_schema`` (dict with ``name`` (str), ``description`` (str), ``schema`` (dict[str, Any]), ``strict`` (bool | None), required)

            tool_resources (ToolResources | None, optional): Resources for the tools of this run, by tool: files for code_interpreter, a vector store for file_search (today's API).

                - ``ToolResources``: a dict (Resources for the tools (today's API; v1 uses `file_ids`), by tool), keys:

                  - ``code_interpreter`` (ToolResourcesCodeInterpreter): Files for the code_interpreter tool.
                  - ``file_search`` (ToolResourcesFileSearch): The vector store the file_search tool searches.

                - ``ToolResourcesFileSearch``: a dict (The vector store the file_search tool searches), keys:

                  - ``vector_store_ids`` (list[str]): The ID of the one vector store to search.

            parallel_tool_calls (bool | None, optional): Whether the model may call several functions at once (today's API). Server default true.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.
            poll_interval (float): Seconds between two polls.
            poll_timeout (float | None): Seconds the polling may take in all (``None``: no limit).
            on_progress (Callable | None): Called with the object whenever its status changes.

        Returns:
            models.Run: the object once its status is final.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
            PollTimeoutError: ``poll_timeout`` passed before the status was final.
        """
        if unknown:
            raise unexpected_keyword(self.create_and_run_poll, unknown)
        return cast("models.Run", await self._and_poll(_ops.CREATE_THREAD_AND_RUN, _ops.GET_RUN, locals()))

    async def retrieve(
        self,
        thread_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.Thread:
        """Retrieve a thread.

        ``GET /v1/threads/{thread_id}``

        Args:
            thread_id (str): The ID of the thread.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.Thread.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.retrieve, unknown)
        return cast("models.Thread", await self._call(_ops.GET_THREAD, locals()))

    async def update(
        self,
        thread_id: str,
        *,
        metadata: dict[str, str] | None | NotGiven = NOT_GIVEN,
        tool_resources: params.ToolResources | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.Thread:
        """Modify a thread.

        Only the `metadata` can be modified.

        ``POST /v1/threads/{thread_id}``

        Args:
            thread_id (str): The ID of the thread.
            metadata (dict[str, str] | None, optional): Up to 16 key-value pairs of your own (keys up to 64, values up to 512 characters).
            tool_resources (ToolResources | None, optional): Resources for the tools, by tool: files for code_interpreter, a vector store for file_search (today's API; v1 uses `file_ids`); replaces the resources of the tools named.

                - ``ToolResources``: a dict (Resources for the tools (today's API; v1 uses `file_ids`), by tool), keys:

                  - ``code_interpreter`` (ToolResourcesCodeInterpreter): Files for the code_interpreter tool.
                  - ``file_search`` (ToolResourcesFileSearch): The vector store the file_search tool searches.

                - ``ToolResourcesCodeInterpreter``: a dict (Files for the code_interpreter tool), keys:

                  - ``file_ids`` (list[str]): Up to 20 IDs of files (uploaded with purpose `assistants`) the code_interpreter tool can use. Server default: none.

                - ``ToolResourcesFileSearch``: a dict (The vector store the file_search tool searches), keys:

                  - ``vector_store_ids`` (list[str]): The ID of the one vector store to search.

            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.Thread.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.update, unknown)
        return cast("models.Thread", await self._call(_ops.MODIFY_THREAD, locals()))

    async def delete(
        self,
        thread_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        **unknown: Never,
    ) -> models.DeleteThreadResponse:
        """Delete a thread.

        ``DELETE /v1/threads/{thread_id}``

        Args:
            thread_id (str): The ID of the thread.
            extra_headers (Headers | None): Headers sent with this call only, on top of the client's.
            extra_query (Query | None): Query parameters added to this call's URL.
            extra_body (Body | None): Fields added to the request body as they are (ones the spec does not know).
            timeout (Timeout): This call's timeout: seconds, an ``httpx.Timeout`` or ``None``; the client's by default.

        Returns:
            models.DeleteThreadResponse.

        Raises:
            InvalidParameterError: An argument breaks the spec; refused before anything is sent.
            TypeError: An unknown keyword argument; the message suggests the nearest parameter.
            APIStatusError: The relay answered with an error status (a subclass per status, e.g. ``RateLimitError``).
            APIConnectionError: The relay could not be reached, or the connection broke (``APITimeoutError``).
        """
        if unknown:
            raise unexpected_keyword(self.delete, unknown)
        return cast("models.DeleteThreadResponse", await self._call(_ops.DELETE_THREAD, locals()))


class AsyncBetaThreadsWithRawResponse:
    """``client.beta.threads.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncBetaThreads) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
        self.create_and_run = async_to_raw_response(resource.create_and_run)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.update = async_to_raw_response(resource.update)
        self.delete = async_to_raw_response(resource.delete)

    @cached_property
    def messages(self) -> AsyncBetaThreadsMessagesWithRawResponse:
        return self._resource.messages.with_raw_response

    @cached_property
    def runs(self) -> AsyncBetaThreadsRunsWithRawResponse:
        return self._resource.runs.with_raw_response


class AsyncBetaThreadsWithStreamingResponse:
    """``client.beta.threads.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: AsyncBetaThreads) -> None:
        self._resource = resource
        self.create = async_to_streamed_response(resource.create)
        self.create_and_run = async_to_streamed_response(resource.create_and_run)
        self.retrieve = async_to_streamed_response(resource.retrieve)
        self.update = async_to_streamed_response(resource.update)
        self.delete = async_to_streamed_response(resource.delete)

    @cached_property
    def messages(self) -> AsyncBetaThreadsMessagesWithStreamingResponse:
        return self._resource.messages.with_streaming_response

    @cached_property
    def runs(self) -> AsyncBetaThreadsRunsWithStreamingResponse:
        return self._resource.runs.with_streaming_response


class AsyncBeta(AsyncAPIResource):
    """``client.beta`` (async)."""

    @cached_property
    def assistants(self) -> AsyncBetaAssistants:
        return AsyncBetaAssistants(self._client)

    @cached_property
    def threads(self) -> AsyncBetaThreads:
        return AsyncBetaThreads(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncBetaWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return AsyncBetaWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaWithStreamingResponse:
        """The same methods, as context managers giving the unread response (closed on exit)."""
        return AsyncBetaWithStreamingResponse(self)


class AsyncBetaWithRawResponse:
    """``client.beta.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncBeta) -> None:
        self._resource = resource

    @cached_property
    def assistants(self) -> AsyncBetaAssistantsWithRawResponse:
        return self._resource.assistants.with_raw_response

    @cached_property
    def threads(self) -> AsyncBetaThreadsWithRawResponse:
        return self._resource.threads.with_raw_response


class AsyncBetaWithStreamingResponse:
    """``client.beta.with_streaming_response``: every method returns a context manager of the unread response."""

    def __init__(self, resource: AsyncBeta) -> None:
        self._resource = resource

    @cached_property
    def assistants(self) -> AsyncBetaAssistantsWithStreamingResponse:
        return self._resource.assistants.with_streaming_response

    @cached_property
    def threads(self) -> AsyncBetaThreadsWithStreamingResponse:
        return self._resource.threads.with_streaming_response
