# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""``client.beta.threads.runs``: its resource classes (sync and async, and their response variants)."""

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
from wushuang._generated.operations import beta_threads_runs as _ops

if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Never

    from wushuang._assistants.stream import AssistantEventStream, AsyncAssistantEventStream
    from wushuang._core.pagination import AsyncCursorPager, CursorPage
    from wushuang._generated import models, params
    from wushuang._generated.resources import beta_threads_runs_steps


class BetaThreadsRuns(SyncAPIResource):
    """``client.beta.threads.runs``."""

    @cached_property
    def steps(self) -> beta_threads_runs_steps.BetaThreadsRunsSteps:
        from wushuang._generated.resources.beta_threads_runs_steps import BetaThreadsRunsSteps

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

        The runs of a thread, newest first by default, one page at a time with `limit`, `order`, `after` and
        `before`.

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
        args: dict[str, object] = {
            "thread_id": thread_id,
            "limit": limit,
            "order": order,
            "after": after,
            "before": before,
        }
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("CursorPage[models.Run]", self._call(_ops.LIST_RUNS, args, options))

    @overload
    def create(
        self,
        thread_id: str,
        *,
        assistant_id: str,
        include: Sequence[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | NotGiven = NOT_GIVEN,
        model: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        additional_instructions: str | None | NotGiven = NOT_GIVEN,
        additional_messages: Sequence[params.CreateMessageRequest] | None | NotGiven = NOT_GIVEN,
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
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        reasoning_effort: Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"]
        | None
        | NotGiven = NOT_GIVEN,
        stream: Literal[False] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        stream_idle_timeout: float | None | NotGiven = NOT_GIVEN,
        first_chunk_timeout: float | None | NotGiven = NOT_GIVEN,
    ) -> models.Run: ...

    @overload
    def create(
        self,
        thread_id: str,
        *,
        assistant_id: str,
        include: Sequence[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | NotGiven = NOT_GIVEN,
        model: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        additional_instructions: str | None | NotGiven = NOT_GIVEN,
        additional_messages: Sequence[params.CreateMessageRequest] | None | NotGiven = NOT_GIVEN,
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
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        reasoning_effort: Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"]
        | None
        | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        stream_idle_timeout: float | None | NotGiven = NOT_GIVEN,
        first_chunk_timeout: float | None | NotGiven = NOT_GIVEN,
    ) -> AssistantEventStream[models.AssistantStreamEvent]: ...

    @overload
    def create(
        self,
        thread_id: str,
        *,
        assistant_id: str,
        include: Sequence[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | NotGiven = NOT_GIVEN,
        model: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        additional_instructions: str | None | NotGiven = NOT_GIVEN,
        additional_messages: Sequence[params.CreateMessageRequest] | None | NotGiven = NOT_GIVEN,
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
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        reasoning_effort: Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"]
        | None
        | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        stream_idle_timeout: float | None | NotGiven = NOT_GIVEN,
        first_chunk_timeout: float | None | NotGiven = NOT_GIVEN,
    ) -> models.Run | AssistantEventStream[models.AssistantStreamEvent]: ...

    def create(
        self,
        thread_id: str,
        *,
        assistant_id: str,
        include: Sequence[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | NotGiven = NOT_GIVEN,
        model: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        additional_instructions: str | None | NotGiven = NOT_GIVEN,
        additional_messages: Sequence[params.CreateMessageRequest] | None | NotGiven = NOT_GIVEN,
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
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        reasoning_effort: Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"]
        | None
        | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        stream_idle_timeout: float | None | NotGiven = NOT_GIVEN,
        first_chunk_timeout: float | None | NotGiven = NOT_GIVEN,
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
            raise unexpected_keyword(self.create, unknown)
        args: dict[str, object] = {
            "thread_id": thread_id,
            "assistant_id": assistant_id,
            "include": include,
            "model": model,
            "instructions": instructions,
            "additional_instructions": additional_instructions,
            "additional_messages": additional_messages,
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
            "parallel_tool_calls": parallel_tool_calls,
            "reasoning_effort": reasoning_effort,
        }
        options = RequestOptions(
            extra_headers, extra_query, extra_body, timeout, stream_idle_timeout, first_chunk_timeout
        )
        return cast(
            "models.Run | AssistantEventStream[models.AssistantStreamEvent]", self._call(_ops.CREATE_RUN, args, options)
        )

    def create_and_poll(
        self,
        thread_id: str,
        *,
        assistant_id: str,
        include: Sequence[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | NotGiven = NOT_GIVEN,
        model: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        additional_instructions: str | None | NotGiven = NOT_GIVEN,
        additional_messages: Sequence[params.CreateMessageRequest] | None | NotGiven = NOT_GIVEN,
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
        args: dict[str, object] = {
            "thread_id": thread_id,
            "assistant_id": assistant_id,
            "include": include,
            "model": model,
            "instructions": instructions,
            "additional_instructions": additional_instructions,
            "additional_messages": additional_messages,
            "tools": tools,
            "metadata": metadata,
            "temperature": temperature,
            "top_p": top_p,
            "max_prompt_tokens": max_prompt_tokens,
            "max_completion_tokens": max_completion_tokens,
            "truncation_strategy": truncation_strategy,
            "tool_choice": tool_choice,
            "response_format": response_format,
            "parallel_tool_calls": parallel_tool_calls,
            "reasoning_effort": reasoning_effort,
        }
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast(
            "models.Run",
            self._and_poll(
                _ops.CREATE_RUN,
                _ops.GET_RUN,
                args,
                options,
                timeout=poll_timeout,
                interval=poll_interval,
                on_progress=on_progress,
            ),
        )

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
        args: dict[str, object] = {"thread_id": thread_id, "run_id": run_id}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.Run", self._call(_ops.GET_RUN, args, options))

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
        return cast(
            "models.Run",
            self._poll_status(
                _ops.GET_RUN,
                run_id,
                {"thread_id": thread_id},
                timeout=timeout,
                interval=interval,
                on_progress=on_progress,
            ),
        )

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
        args: dict[str, object] = {"thread_id": thread_id, "run_id": run_id, "metadata": metadata}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.Run", self._call(_ops.MODIFY_RUN, args, options))

    @overload
    def submit_tool_outputs(
        self,
        run_id: str,
        *,
        thread_id: str,
        tool_outputs: Sequence[params.ToolOutput],
        stream: Literal[False] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        stream_idle_timeout: float | None | NotGiven = NOT_GIVEN,
        first_chunk_timeout: float | None | NotGiven = NOT_GIVEN,
    ) -> models.Run: ...

    @overload
    def submit_tool_outputs(
        self,
        run_id: str,
        *,
        thread_id: str,
        tool_outputs: Sequence[params.ToolOutput],
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        stream_idle_timeout: float | None | NotGiven = NOT_GIVEN,
        first_chunk_timeout: float | None | NotGiven = NOT_GIVEN,
    ) -> AssistantEventStream[models.AssistantStreamEvent]: ...

    @overload
    def submit_tool_outputs(
        self,
        run_id: str,
        *,
        thread_id: str,
        tool_outputs: Sequence[params.ToolOutput],
        stream: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        stream_idle_timeout: float | None | NotGiven = NOT_GIVEN,
        first_chunk_timeout: float | None | NotGiven = NOT_GIVEN,
    ) -> models.Run | AssistantEventStream[models.AssistantStreamEvent]: ...

    def submit_tool_outputs(
        self,
        run_id: str,
        *,
        thread_id: str,
        tool_outputs: Sequence[params.ToolOutput],
        stream: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        stream_idle_timeout: float | None | NotGiven = NOT_GIVEN,
        first_chunk_timeout: float | None | NotGiven = NOT_GIVEN,
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
            raise unexpected_keyword(self.submit_tool_outputs, unknown)
        args: dict[str, object] = {
            "thread_id": thread_id,
            "run_id": run_id,
            "tool_outputs": tool_outputs,
            "stream": stream,
        }
        options = RequestOptions(
            extra_headers, extra_query, extra_body, timeout, stream_idle_timeout, first_chunk_timeout
        )
        return cast(
            "models.Run | AssistantEventStream[models.AssistantStreamEvent]",
            self._call(_ops.SUBMIT_TOOL_OUTPUTS_TO_RUN, args, options),
        )

    def submit_tool_outputs_and_poll(
        self,
        run_id: str,
        *,
        thread_id: str,
        tool_outputs: Sequence[params.ToolOutput],
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
        args: dict[str, object] = {"thread_id": thread_id, "run_id": run_id, "tool_outputs": tool_outputs}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast(
            "models.Run",
            self._and_poll(
                _ops.SUBMIT_TOOL_OUTPUTS_TO_RUN,
                _ops.GET_RUN,
                args,
                options,
                timeout=poll_timeout,
                interval=poll_interval,
                on_progress=on_progress,
            ),
        )

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
        args: dict[str, object] = {"thread_id": thread_id, "run_id": run_id}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.Run", self._call(_ops.CANCEL_RUN, args, options))


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
    def steps(self) -> beta_threads_runs_steps.BetaThreadsRunsStepsWithRawResponse:
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
    def steps(self) -> beta_threads_runs_steps.BetaThreadsRunsStepsWithStreamingResponse:
        return self._resource.steps.with_streaming_response


class AsyncBetaThreadsRuns(AsyncAPIResource):
    """``client.beta.threads.runs`` (async)."""

    @cached_property
    def steps(self) -> beta_threads_runs_steps.AsyncBetaThreadsRunsSteps:
        from wushuang._generated.resources.beta_threads_runs_steps import AsyncBetaThreadsRunsSteps

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

        The runs of a thread, newest first by default, one page at a time with `limit`, `order`, `after` and
        `before`.

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
        args: dict[str, object] = {
            "thread_id": thread_id,
            "limit": limit,
            "order": order,
            "after": after,
            "before": before,
        }
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("AsyncCursorPager[models.Run]", self._pager(_ops.LIST_RUNS, args, options))

    @overload
    async def create(
        self,
        thread_id: str,
        *,
        assistant_id: str,
        include: Sequence[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | NotGiven = NOT_GIVEN,
        model: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        additional_instructions: str | None | NotGiven = NOT_GIVEN,
        additional_messages: Sequence[params.CreateMessageRequest] | None | NotGiven = NOT_GIVEN,
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
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        reasoning_effort: Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"]
        | None
        | NotGiven = NOT_GIVEN,
        stream: Literal[False] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        stream_idle_timeout: float | None | NotGiven = NOT_GIVEN,
        first_chunk_timeout: float | None | NotGiven = NOT_GIVEN,
    ) -> models.Run: ...

    @overload
    async def create(
        self,
        thread_id: str,
        *,
        assistant_id: str,
        include: Sequence[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | NotGiven = NOT_GIVEN,
        model: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        additional_instructions: str | None | NotGiven = NOT_GIVEN,
        additional_messages: Sequence[params.CreateMessageRequest] | None | NotGiven = NOT_GIVEN,
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
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        reasoning_effort: Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"]
        | None
        | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        stream_idle_timeout: float | None | NotGiven = NOT_GIVEN,
        first_chunk_timeout: float | None | NotGiven = NOT_GIVEN,
    ) -> AsyncAssistantEventStream[models.AssistantStreamEvent]: ...

    @overload
    async def create(
        self,
        thread_id: str,
        *,
        assistant_id: str,
        include: Sequence[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | NotGiven = NOT_GIVEN,
        model: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        additional_instructions: str | None | NotGiven = NOT_GIVEN,
        additional_messages: Sequence[params.CreateMessageRequest] | None | NotGiven = NOT_GIVEN,
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
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        reasoning_effort: Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"]
        | None
        | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        stream_idle_timeout: float | None | NotGiven = NOT_GIVEN,
        first_chunk_timeout: float | None | NotGiven = NOT_GIVEN,
    ) -> models.Run | AsyncAssistantEventStream[models.AssistantStreamEvent]: ...

    async def create(
        self,
        thread_id: str,
        *,
        assistant_id: str,
        include: Sequence[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | NotGiven = NOT_GIVEN,
        model: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        additional_instructions: str | None | NotGiven = NOT_GIVEN,
        additional_messages: Sequence[params.CreateMessageRequest] | None | NotGiven = NOT_GIVEN,
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
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        reasoning_effort: Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"]
        | None
        | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        stream_idle_timeout: float | None | NotGiven = NOT_GIVEN,
        first_chunk_timeout: float | None | NotGiven = NOT_GIVEN,
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
            raise unexpected_keyword(self.create, unknown)
        args: dict[str, object] = {
            "thread_id": thread_id,
            "assistant_id": assistant_id,
            "include": include,
            "model": model,
            "instructions": instructions,
            "additional_instructions": additional_instructions,
            "additional_messages": additional_messages,
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
            "parallel_tool_calls": parallel_tool_calls,
            "reasoning_effort": reasoning_effort,
        }
        options = RequestOptions(
            extra_headers, extra_query, extra_body, timeout, stream_idle_timeout, first_chunk_timeout
        )
        return cast(
            "models.Run | AsyncAssistantEventStream[models.AssistantStreamEvent]",
            await self._call(_ops.CREATE_RUN, args, options),
        )

    async def create_and_poll(
        self,
        thread_id: str,
        *,
        assistant_id: str,
        include: Sequence[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | NotGiven = NOT_GIVEN,
        model: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        additional_instructions: str | None | NotGiven = NOT_GIVEN,
        additional_messages: Sequence[params.CreateMessageRequest] | None | NotGiven = NOT_GIVEN,
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
        args: dict[str, object] = {
            "thread_id": thread_id,
            "assistant_id": assistant_id,
            "include": include,
            "model": model,
            "instructions": instructions,
            "additional_instructions": additional_instructions,
            "additional_messages": additional_messages,
            "tools": tools,
            "metadata": metadata,
            "temperature": temperature,
            "top_p": top_p,
            "max_prompt_tokens": max_prompt_tokens,
            "max_completion_tokens": max_completion_tokens,
            "truncation_strategy": truncation_strategy,
            "tool_choice": tool_choice,
            "response_format": response_format,
            "parallel_tool_calls": parallel_tool_calls,
            "reasoning_effort": reasoning_effort,
        }
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast(
            "models.Run",
            await self._and_poll(
                _ops.CREATE_RUN,
                _ops.GET_RUN,
                args,
                options,
                timeout=poll_timeout,
                interval=poll_interval,
                on_progress=on_progress,
            ),
        )

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
        args: dict[str, object] = {"thread_id": thread_id, "run_id": run_id}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.Run", await self._call(_ops.GET_RUN, args, options))

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
        return cast(
            "models.Run",
            await self._poll_status(
                _ops.GET_RUN,
                run_id,
                {"thread_id": thread_id},
                timeout=timeout,
                interval=interval,
                on_progress=on_progress,
            ),
        )

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
        args: dict[str, object] = {"thread_id": thread_id, "run_id": run_id, "metadata": metadata}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.Run", await self._call(_ops.MODIFY_RUN, args, options))

    @overload
    async def submit_tool_outputs(
        self,
        run_id: str,
        *,
        thread_id: str,
        tool_outputs: Sequence[params.ToolOutput],
        stream: Literal[False] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        stream_idle_timeout: float | None | NotGiven = NOT_GIVEN,
        first_chunk_timeout: float | None | NotGiven = NOT_GIVEN,
    ) -> models.Run: ...

    @overload
    async def submit_tool_outputs(
        self,
        run_id: str,
        *,
        thread_id: str,
        tool_outputs: Sequence[params.ToolOutput],
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        stream_idle_timeout: float | None | NotGiven = NOT_GIVEN,
        first_chunk_timeout: float | None | NotGiven = NOT_GIVEN,
    ) -> AsyncAssistantEventStream[models.AssistantStreamEvent]: ...

    @overload
    async def submit_tool_outputs(
        self,
        run_id: str,
        *,
        thread_id: str,
        tool_outputs: Sequence[params.ToolOutput],
        stream: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        stream_idle_timeout: float | None | NotGiven = NOT_GIVEN,
        first_chunk_timeout: float | None | NotGiven = NOT_GIVEN,
    ) -> models.Run | AsyncAssistantEventStream[models.AssistantStreamEvent]: ...

    async def submit_tool_outputs(
        self,
        run_id: str,
        *,
        thread_id: str,
        tool_outputs: Sequence[params.ToolOutput],
        stream: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        stream_idle_timeout: float | None | NotGiven = NOT_GIVEN,
        first_chunk_timeout: float | None | NotGiven = NOT_GIVEN,
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
            raise unexpected_keyword(self.submit_tool_outputs, unknown)
        args: dict[str, object] = {
            "thread_id": thread_id,
            "run_id": run_id,
            "tool_outputs": tool_outputs,
            "stream": stream,
        }
        options = RequestOptions(
            extra_headers, extra_query, extra_body, timeout, stream_idle_timeout, first_chunk_timeout
        )
        return cast(
            "models.Run | AsyncAssistantEventStream[models.AssistantStreamEvent]",
            await self._call(_ops.SUBMIT_TOOL_OUTPUTS_TO_RUN, args, options),
        )

    async def submit_tool_outputs_and_poll(
        self,
        run_id: str,
        *,
        thread_id: str,
        tool_outputs: Sequence[params.ToolOutput],
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
        args: dict[str, object] = {"thread_id": thread_id, "run_id": run_id, "tool_outputs": tool_outputs}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast(
            "models.Run",
            await self._and_poll(
                _ops.SUBMIT_TOOL_OUTPUTS_TO_RUN,
                _ops.GET_RUN,
                args,
                options,
                timeout=poll_timeout,
                interval=poll_interval,
                on_progress=on_progress,
            ),
        )

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
        args: dict[str, object] = {"thread_id": thread_id, "run_id": run_id}
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return cast("models.Run", await self._call(_ops.CANCEL_RUN, args, options))


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
    def steps(self) -> beta_threads_runs_steps.AsyncBetaThreadsRunsStepsWithRawResponse:
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
    def steps(self) -> beta_threads_runs_steps.AsyncBetaThreadsRunsStepsWithStreamingResponse:
        return self._resource.steps.with_streaming_response
