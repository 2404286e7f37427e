# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""``client.beta.assistants``: its resource classes (sync and async, and their response variants)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Literal, cast

from wushuang._core.resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_response,
    async_to_streamed_response,
    to_raw_response,
    to_streamed_response,
    unexpected_keyword,
)
from wushuang._core.types import (
    NOT_GIVEN,
    Body,
    Headers,
    NotGiven,
    Query,
    RequestOptions,
    Timeout,
)
from wushuang._generated.operations import beta_assistants as _ops

if TYPE_CHECKING:
    from typing import Never

    from wushuang._core.pagination import AsyncCursorPager, CursorPage
    from wushuang._generated import models, params
    from wushuang._generated.resources import beta_assistants_files


class BetaAssistants(SyncAPIResource):
    """``client.beta.assistants``."""

    @cached_property
    def files(self) -> beta_assistants_files.BetaAssistantsFiles:
        from wushuang._generated.resources.beta_assistants_files import BetaAssistantsFiles

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

        The assistants of the organization, one page at a time: `limit` (1 to 100), `order` by creation time
        (desc by default), and the cursors `after` / `before` (an assistant ID). Assistants v1: sent with
        `OpenAI-Beta: assistants=v1`; stock new-api builds answer 501 `api_not_implemented` for the Assistants
        operations.

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
        args: dict[str, object] = {"limit": limit, "order": order, "after": after, "before": before}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("CursorPage[models.Assistant]", self._call(_ops.LIST_ASSISTANTS, args, options))

    def create(
        self,
        *,
        model: str,
        name: str | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        tools: Sequence[
            params.AssistantToolsCode
            | params.AssistantToolsRetrieval
            | params.AssistantToolsFileSearch
            | params.AssistantToolsFunction
        ]
        | NotGiven = NOT_GIVEN,
        file_ids: Sequence[str] | NotGiven = NOT_GIVEN,
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
        args: dict[str, object] = {
            "model": model,
            "name": name,
            "description": description,
            "instructions": instructions,
            "tools": tools,
            "file_ids": file_ids,
            "metadata": metadata,
            "temperature": temperature,
            "top_p": top_p,
            "response_format": response_format,
            "tool_resources": tool_resources,
            "reasoning_effort": reasoning_effort,
        }
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.Assistant", self._call(_ops.CREATE_ASSISTANT, args, options))

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

        One assistant by its ID: its model, instructions, tools, attached file IDs and metadata.

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
        args: dict[str, object] = {"assistant_id": assistant_id}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.Assistant", self._call(_ops.GET_ASSISTANT, args, options))

    def update(
        self,
        assistant_id: str,
        *,
        model: str | NotGiven = NOT_GIVEN,
        name: str | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        tools: Sequence[
            params.AssistantToolsCode
            | params.AssistantToolsRetrieval
            | params.AssistantToolsFileSearch
            | params.AssistantToolsFunction
        ]
        | NotGiven = NOT_GIVEN,
        file_ids: Sequence[str] | NotGiven = NOT_GIVEN,
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
        args: dict[str, object] = {
            "assistant_id": assistant_id,
            "model": model,
            "name": name,
            "description": description,
            "instructions": instructions,
            "tools": tools,
            "file_ids": file_ids,
            "metadata": metadata,
            "temperature": temperature,
            "top_p": top_p,
            "response_format": response_format,
            "tool_resources": tool_resources,
            "reasoning_effort": reasoning_effort,
        }
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.Assistant", self._call(_ops.MODIFY_ASSISTANT, args, options))

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

        Deletes an assistant; its threads and the files attached to it stay. The answer says whether it was
        deleted.

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
        args: dict[str, object] = {"assistant_id": assistant_id}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.DeleteAssistantResponse", self._call(_ops.DELETE_ASSISTANT, args, options))


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
    def files(self) -> beta_assistants_files.BetaAssistantsFilesWithRawResponse:
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
    def files(self) -> beta_assistants_files.BetaAssistantsFilesWithStreamingResponse:
        return self._resource.files.with_streaming_response


class AsyncBetaAssistants(AsyncAPIResource):
    """``client.beta.assistants`` (async)."""

    @cached_property
    def files(self) -> beta_assistants_files.AsyncBetaAssistantsFiles:
        from wushuang._generated.resources.beta_assistants_files import AsyncBetaAssistantsFiles

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

        The assistants of the organization, one page at a time: `limit` (1 to 100), `order` by creation time
        (desc by default), and the cursors `after` / `before` (an assistant ID). Assistants v1: sent with
        `OpenAI-Beta: assistants=v1`; stock new-api builds answer 501 `api_not_implemented` for the Assistants
        operations.

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
        args: dict[str, object] = {"limit": limit, "order": order, "after": after, "before": before}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("AsyncCursorPager[models.Assistant]", self._pager(_ops.LIST_ASSISTANTS, args, options))

    async def create(
        self,
        *,
        model: str,
        name: str | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        tools: Sequence[
            params.AssistantToolsCode
            | params.AssistantToolsRetrieval
            | params.AssistantToolsFileSearch
            | params.AssistantToolsFunction
        ]
        | NotGiven = NOT_GIVEN,
        file_ids: Sequence[str] | NotGiven = NOT_GIVEN,
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
        args: dict[str, object] = {
            "model": model,
            "name": name,
            "description": description,
            "instructions": instructions,
            "tools": tools,
            "file_ids": file_ids,
            "metadata": metadata,
            "temperature": temperature,
            "top_p": top_p,
            "response_format": response_format,
            "tool_resources": tool_resources,
            "reasoning_effort": reasoning_effort,
        }
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.Assistant", await self._call(_ops.CREATE_ASSISTANT, args, options))

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

        One assistant by its ID: its model, instructions, tools, attached file IDs and metadata.

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
        args: dict[str, object] = {"assistant_id": assistant_id}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.Assistant", await self._call(_ops.GET_ASSISTANT, args, options))

    async def update(
        self,
        assistant_id: str,
        *,
        model: str | NotGiven = NOT_GIVEN,
        name: str | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        tools: Sequence[
            params.AssistantToolsCode
            | params.AssistantToolsRetrieval
            | params.AssistantToolsFileSearch
            | params.AssistantToolsFunction
        ]
        | NotGiven = NOT_GIVEN,
        file_ids: Sequence[str] | NotGiven = NOT_GIVEN,
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
        args: dict[str, object] = {
            "assistant_id": assistant_id,
            "model": model,
            "name": name,
            "description": description,
            "instructions": instructions,
            "tools": tools,
            "file_ids": file_ids,
            "metadata": metadata,
            "temperature": temperature,
            "top_p": top_p,
            "response_format": response_format,
            "tool_resources": tool_resources,
            "reasoning_effort": reasoning_effort,
        }
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.Assistant", await self._call(_ops.MODIFY_ASSISTANT, args, options))

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

        Deletes an assistant; its threads and the files attached to it stay. The answer says whether it was
        deleted.

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
        args: dict[str, object] = {"assistant_id": assistant_id}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.DeleteAssistantResponse", await self._call(_ops.DELETE_ASSISTANT, args, options))


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
    def files(self) -> beta_assistants_files.AsyncBetaAssistantsFilesWithRawResponse:
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
    def files(self) -> beta_assistants_files.AsyncBetaAssistantsFilesWithStreamingResponse:
        return self._resource.files.with_streaming_response
