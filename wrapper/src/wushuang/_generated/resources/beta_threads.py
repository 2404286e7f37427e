# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""``client.beta.threads``: its resource classes (sync and async, and their response variants)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Literal, cast, overload

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
from wushuang._generated.operations import beta_threads as _ops
from wushuang._generated.operations import beta_threads_runs as _beta_threads_runs_ops

if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Never

    from wushuang._assistants.stream import AssistantEventStream, AsyncAssistantEventStream
    from wushuang._generated import models, params
    from wushuang._generated.resources import beta_threads_messages, beta_threads_runs


class BetaThreads(SyncAPIResource):
    """``client.beta.threads``."""

    @cached_property
    def messages(self) -> beta_threads_messages.BetaThreadsMessages:
        from wushuang._generated.resources.beta_threads_messages import BetaThreadsMessages

        return BetaThreadsMessages(self._client)

    @cached_property
    def runs(self) -> beta_threads_runs.BetaThreadsRuns:
        from wushuang._generated.resources.beta_threads_runs import BetaThreadsRuns

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
        messages: Sequence[params.CreateMessageRequest] | NotGiven = NOT_GIVEN,
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
        args: dict[str, object] = {"messages": messages, "metadata": metadata, "tool_resources": tool_resources}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.Thread", self._call(_ops.CREATE_THREAD, args, options))

    @overload
    def create_and_run(
        self,
        *,
        assistant_id: str,
        thread: params.CreateThreadRequest | NotGiven = NOT_GIVEN,
        model: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        tools: Sequence[
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
        stream_idle_timeout: float | None | NotGiven = NOT_GIVEN,
        first_chunk_timeout: float | None | NotGiven = NOT_GIVEN,
    ) -> models.Run: ...

    @overload
    def create_and_run(
        self,
        *,
        assistant_id: str,
        thread: params.CreateThreadRequest | NotGiven = NOT_GIVEN,
        model: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        tools: Sequence[
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
        stream_idle_timeout: float | None | NotGiven = NOT_GIVEN,
        first_chunk_timeout: float | None | NotGiven = NOT_GIVEN,
    ) -> AssistantEventStream[models.AssistantStreamEvent]: ...

    @overload
    def create_and_run(
        self,
        *,
        assistant_id: str,
        thread: params.CreateThreadRequest | NotGiven = NOT_GIVEN,
        model: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        tools: Sequence[
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
        stream_idle_timeout: float | None | NotGiven = NOT_GIVEN,
        first_chunk_timeout: float | None | NotGiven = NOT_GIVEN,
    ) -> models.Run | AssistantEventStream[models.AssistantStreamEvent]: ...

    def create_and_run(
        self,
        *,
        assistant_id: str,
        thread: params.CreateThreadRequest | NotGiven = NOT_GIVEN,
        model: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        tools: Sequence[
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
        stream_idle_timeout: float | None | NotGiven = NOT_GIVEN,
        first_chunk_timeout: float | None | NotGiven = NOT_GIVEN,
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
            stream_idle_timeout (float | None): With ``stream=True``: the most seconds of silence once the answer has begun (``APITimeoutError`` past it); the client's by default.
            first_chunk_timeout (float | None): With ``stream=True``: the most seconds to wait for the answer, and then for its first chunk (``APITimeoutError`` past it); the client's by default.

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
        args: dict[str, object] = {
            "assistant_id": assistant_id,
            "thread": thread,
            "model": model,
            "instructions": instructions,
            "tools": tools,
            "metadata": metadata,
            "temperature": temperature,
            "top_p": top_p,
            "stream": stream,
            "max_prompt_tokens": max_prompt_tokens,
            "max_completion_tokens": max_completion_tokens,
            "truncation_strategy": truncation_strategy,
            "tool_choice": tool_choice,
            "response_format": response_format,
            "tool_resources": tool_resources,
            "parallel_tool_calls": parallel_tool_calls,
        }
        options = RequestOptions(
            extra_headers, extra_query, extra_body, timeout, stream_idle_timeout, first_chunk_timeout
        )
        return cast(
            "models.Run | AssistantEventStream[models.AssistantStreamEvent]",
            self._call(_ops.CREATE_THREAD_AND_RUN, args, options),
        )

    def create_and_run_poll(
        self,
        *,
        assistant_id: str,
        thread: params.CreateThreadRequest | NotGiven = NOT_GIVEN,
        model: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        tools: Sequence[
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
        args: dict[str, object] = {
            "assistant_id": assistant_id,
            "thread": thread,
            "model": model,
            "instructions": instructions,
            "tools": tools,
            "metadata": metadata,
            "temperature": temperature,
            "top_p": top_p,
            "max_prompt_tokens": max_prompt_tokens,
            "max_completion_tokens": max_completion_tokens,
            "truncation_strategy": truncation_strategy,
            "tool_choice": tool_choice,
            "response_format": response_format,
            "tool_resources": tool_resources,
            "parallel_tool_calls": parallel_tool_calls,
        }
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast(
            "models.Run",
            self._and_poll(
                _ops.CREATE_THREAD_AND_RUN,
                _beta_threads_runs_ops.GET_RUN,
                args,
                options,
                timeout=poll_timeout,
                interval=poll_interval,
                on_progress=on_progress,
            ),
        )

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

        One thread by its ID, with its metadata (its messages are listed by `GET
        /v1/threads/{thread_id}/messages`).

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
        args: dict[str, object] = {"thread_id": thread_id}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.Thread", self._call(_ops.GET_THREAD, args, options))

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
        args: dict[str, object] = {"thread_id": thread_id, "metadata": metadata, "tool_resources": tool_resources}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.Thread", self._call(_ops.MODIFY_THREAD, args, options))

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

        Deletes a thread and its messages. The answer says whether it was deleted.

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
        args: dict[str, object] = {"thread_id": thread_id}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.DeleteThreadResponse", self._call(_ops.DELETE_THREAD, args, options))


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
    def messages(self) -> beta_threads_messages.BetaThreadsMessagesWithRawResponse:
        return self._resource.messages.with_raw_response

    @cached_property
    def runs(self) -> beta_threads_runs.BetaThreadsRunsWithRawResponse:
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
    def messages(self) -> beta_threads_messages.BetaThreadsMessagesWithStreamingResponse:
        return self._resource.messages.with_streaming_response

    @cached_property
    def runs(self) -> beta_threads_runs.BetaThreadsRunsWithStreamingResponse:
        return self._resource.runs.with_streaming_response


class AsyncBetaThreads(AsyncAPIResource):
    """``client.beta.threads`` (async)."""

    @cached_property
    def messages(self) -> beta_threads_messages.AsyncBetaThreadsMessages:
        from wushuang._generated.resources.beta_threads_messages import AsyncBetaThreadsMessages

        return AsyncBetaThreadsMessages(self._client)

    @cached_property
    def runs(self) -> beta_threads_runs.AsyncBetaThreadsRuns:
        from wushuang._generated.resources.beta_threads_runs import AsyncBetaThreadsRuns

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
        messages: Sequence[params.CreateMessageRequest] | NotGiven = NOT_GIVEN,
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
        args: dict[str, object] = {"messages": messages, "metadata": metadata, "tool_resources": tool_resources}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.Thread", await self._call(_ops.CREATE_THREAD, args, options))

    @overload
    async def create_and_run(
        self,
        *,
        assistant_id: str,
        thread: params.CreateThreadRequest | NotGiven = NOT_GIVEN,
        model: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        tools: Sequence[
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
        stream_idle_timeout: float | None | NotGiven = NOT_GIVEN,
        first_chunk_timeout: float | None | NotGiven = NOT_GIVEN,
    ) -> models.Run: ...

    @overload
    async def create_and_run(
        self,
        *,
        assistant_id: str,
        thread: params.CreateThreadRequest | NotGiven = NOT_GIVEN,
        model: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        tools: Sequence[
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
        stream_idle_timeout: float | None | NotGiven = NOT_GIVEN,
        first_chunk_timeout: float | None | NotGiven = NOT_GIVEN,
    ) -> AsyncAssistantEventStream[models.AssistantStreamEvent]: ...

    @overload
    async def create_and_run(
        self,
        *,
        assistant_id: str,
        thread: params.CreateThreadRequest | NotGiven = NOT_GIVEN,
        model: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        tools: Sequence[
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
        stream_idle_timeout: float | None | NotGiven = NOT_GIVEN,
        first_chunk_timeout: float | None | NotGiven = NOT_GIVEN,
    ) -> models.Run | AsyncAssistantEventStream[models.AssistantStreamEvent]: ...

    async def create_and_run(
        self,
        *,
        assistant_id: str,
        thread: params.CreateThreadRequest | NotGiven = NOT_GIVEN,
        model: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        tools: Sequence[
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
        stream_idle_timeout: float | None | NotGiven = NOT_GIVEN,
        first_chunk_timeout: float | None | NotGiven = NOT_GIVEN,
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
            stream_idle_timeout (float | None): With ``stream=True``: the most seconds of silence once the answer has begun (``APITimeoutError`` past it); the client's by default.
            first_chunk_timeout (float | None): With ``stream=True``: the most seconds to wait for the answer, and then for its first chunk (``APITimeoutError`` past it); the client's by default.

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
        args: dict[str, object] = {
            "assistant_id": assistant_id,
            "thread": thread,
            "model": model,
            "instructions": instructions,
            "tools": tools,
            "metadata": metadata,
            "temperature": temperature,
            "top_p": top_p,
            "stream": stream,
            "max_prompt_tokens": max_prompt_tokens,
            "max_completion_tokens": max_completion_tokens,
            "truncation_strategy": truncation_strategy,
            "tool_choice": tool_choice,
            "response_format": response_format,
            "tool_resources": tool_resources,
            "parallel_tool_calls": parallel_tool_calls,
        }
        options = RequestOptions(
            extra_headers, extra_query, extra_body, timeout, stream_idle_timeout, first_chunk_timeout
        )
        return cast(
            "models.Run | AsyncAssistantEventStream[models.AssistantStreamEvent]",
            await self._call(_ops.CREATE_THREAD_AND_RUN, args, options),
        )

    async def create_and_run_poll(
        self,
        *,
        assistant_id: str,
        thread: params.CreateThreadRequest | NotGiven = NOT_GIVEN,
        model: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        tools: Sequence[
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
        args: dict[str, object] = {
            "assistant_id": assistant_id,
            "thread": thread,
            "model": model,
            "instructions": instructions,
            "tools": tools,
            "metadata": metadata,
            "temperature": temperature,
            "top_p": top_p,
            "max_prompt_tokens": max_prompt_tokens,
            "max_completion_tokens": max_completion_tokens,
            "truncation_strategy": truncation_strategy,
            "tool_choice": tool_choice,
            "response_format": response_format,
            "tool_resources": tool_resources,
            "parallel_tool_calls": parallel_tool_calls,
        }
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast(
            "models.Run",
            await self._and_poll(
                _ops.CREATE_THREAD_AND_RUN,
                _beta_threads_runs_ops.GET_RUN,
                args,
                options,
                timeout=poll_timeout,
                interval=poll_interval,
                on_progress=on_progress,
            ),
        )

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

        One thread by its ID, with its metadata (its messages are listed by `GET
        /v1/threads/{thread_id}/messages`).

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
        args: dict[str, object] = {"thread_id": thread_id}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.Thread", await self._call(_ops.GET_THREAD, args, options))

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
        args: dict[str, object] = {"thread_id": thread_id, "metadata": metadata, "tool_resources": tool_resources}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.Thread", await self._call(_ops.MODIFY_THREAD, args, options))

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

        Deletes a thread and its messages. The answer says whether it was deleted.

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
        args: dict[str, object] = {"thread_id": thread_id}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.DeleteThreadResponse", await self._call(_ops.DELETE_THREAD, args, options))


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
    def messages(self) -> beta_threads_messages.AsyncBetaThreadsMessagesWithRawResponse:
        return self._resource.messages.with_raw_response

    @cached_property
    def runs(self) -> beta_threads_runs.AsyncBetaThreadsRunsWithRawResponse:
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
    def messages(self) -> beta_threads_messages.AsyncBetaThreadsMessagesWithStreamingResponse:
        return self._resource.messages.with_streaming_response

    @cached_property
    def runs(self) -> beta_threads_runs.AsyncBetaThreadsRunsWithStreamingResponse:
        return self._resource.runs.with_streaming_response
