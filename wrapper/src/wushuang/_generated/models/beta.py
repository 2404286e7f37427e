# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""Response, chunk and error models (msgspec Structs), one per component schema of the spec: those of the beta resource."""

from typing import TYPE_CHECKING, Annotated, Any, TypeAlias

from msgspec import Meta

from wushuang._core.model import ABSENT as _ABSENT
from wushuang._core.model import Model as _Model

from ._shared import (
    CompletionUsage,
    Error,
    FunctionDefinition,
    Metadata,
    ReasoningEffort,
    ResponseFormatJsonObject,
    ResponseFormatJsonSchema,
    ResponseFormatText,
)

if not TYPE_CHECKING:
    from wushuang._core.model import OpenLiteral as Literal
else:
    from typing import Literal


class AssistantToolsCode(_Model, kw_only=True, tag_field="type", tag="code_interpreter"):
    pass

    @property
    def type(self) -> Literal["code_interpreter"]:
        """Always ``code_interpreter`` (the tag that selects this type)."""
        return "code_interpreter"


class AssistantToolsRetrieval(_Model, kw_only=True, tag_field="type", tag="retrieval"):
    pass

    @property
    def type(self) -> Literal["retrieval"]:
        """Always ``retrieval`` (the tag that selects this type)."""
        return "retrieval"


class FileSearchRankingOptions(_Model, kw_only=True):
    score_threshold: Annotated[
        float, Meta(description="Results that score below this threshold (0 to 1) are left out.")
    ] = _ABSENT
    ranker: (
        Annotated[
            Literal["auto", "default_2024_08_21"],
            Meta(description="The ranker to use; the server's default is `auto`."),
        ]
        | None
    ) = None


class AssistantToolsFileSearchSettings(_Model, kw_only=True):
    max_num_results: (
        Annotated[
            int,
            Meta(
                description="The most results the tool hands the model, 1 to 50; the server's default is 20 (5 for gpt-3.5-turbo models)."
            ),
        ]
        | None
    ) = None
    ranking_options: FileSearchRankingOptions | None = None


class AssistantToolsFileSearch(_Model, kw_only=True, tag_field="type", tag="file_search"):
    file_search: AssistantToolsFileSearchSettings | None = None

    @property
    def type(self) -> Literal["file_search"]:
        """Always ``file_search`` (the tag that selects this type)."""
        return "file_search"


class AssistantToolsFileSearchTypeOnly(_Model, kw_only=True, tag_field="type", tag="file_search"):
    pass

    @property
    def type(self) -> Literal["file_search"]:
        """Always ``file_search`` (the tag that selects this type)."""
        return "file_search"


class AssistantToolsFunction(_Model, kw_only=True, tag_field="type", tag="function"):
    function: FunctionDefinition = _ABSENT

    @property
    def type(self) -> Literal["function"]:
        """Always ``function`` (the tag that selects this type)."""
        return "function"


AssistantToolDefinition: TypeAlias = Annotated[
    AssistantToolsCode | AssistantToolsRetrieval | AssistantToolsFileSearch | AssistantToolsFunction,
    Meta(description="A tool of an assistant or a run, by its `type`."),
]


class FileSearchRanking(_Model, kw_only=True):
    ranker: Annotated[str, Meta(description="The ranker: auto or default_2024_08_21.")] | None = None
    score_threshold: (
        Annotated[float, Meta(description="Results that score below this threshold (0 to 1) are left out.")] | None
    ) = None


class AssistantToolResourcesCodeInterpreter(_Model, kw_only=True):
    file_ids: (
        Annotated[list[str], Meta(description="The IDs of the files the code_interpreter tool can use.")] | None
    ) = None


class AssistantToolResourcesFileSearch(_Model, kw_only=True):
    vector_store_ids: (
        Annotated[list[str], Meta(description="The IDs of the vector stores the file_search tool searches.")] | None
    ) = None


class ToolResourcesCodeInterpreter(_Model, kw_only=True):
    file_ids: (
        Annotated[
            list[str],
            Meta(
                description="Up to 20 IDs of files (uploaded with purpose `assistants`) the code_interpreter tool can use. Server default: none."
            ),
        ]
        | None
    ) = None


class ToolResourcesFileSearch(_Model, kw_only=True):
    vector_store_ids: Annotated[list[str], Meta(description="The ID of the one vector store to search.")] | None = None


class ToolResources(_Model, kw_only=True):
    code_interpreter: ToolResourcesCodeInterpreter | None = None
    file_search: ToolResourcesFileSearch | None = None


class ChunkingStrategyAuto(_Model, kw_only=True, tag_field="type", tag="auto"):
    pass

    @property
    def type(self) -> Literal["auto"]:
        """Always ``auto`` (the tag that selects this type)."""
        return "auto"


class ChunkingStrategyStaticSettings(_Model, kw_only=True):
    max_chunk_size_tokens: Annotated[int, Meta(description="The most tokens in a chunk, 100 to 4096.")] = _ABSENT
    chunk_overlap_tokens: Annotated[
        int, Meta(description="How many tokens neighbouring chunks share, at most half of `max_chunk_size_tokens`.")
    ] = _ABSENT


class ChunkingStrategyStatic(_Model, kw_only=True, tag_field="type", tag="static"):
    static: ChunkingStrategyStaticSettings = _ABSENT

    @property
    def type(self) -> Literal["static"]:
        """Always ``static`` (the tag that selects this type)."""
        return "static"


ChunkingStrategy: TypeAlias = Annotated[
    ChunkingStrategyAuto | ChunkingStrategyStatic,
    Meta(description="How the files are cut into chunks, by its `type`; the server's default is `auto`."),
]


class NewVectorStore(_Model, kw_only=True):
    file_ids: Annotated[list[str], Meta(description="Up to 10,000 IDs of files to put in the vector store.")] | None = (
        None
    )
    chunking_strategy: ChunkingStrategy | None = None
    metadata: (
        Annotated[Metadata, Meta(description="Up to 16 key-value pairs of your own for the vector store.")] | None
    ) = None


class CreateToolResourcesFileSearch(_Model, kw_only=True):
    vector_store_ids: Annotated[list[str], Meta(description="The ID of the one vector store to search.")] | None = None
    vector_stores: (
        Annotated[
            list[NewVectorStore],
            Meta(description="One vector store to create from files and search (instead of `vector_store_ids`)."),
        ]
        | None
    ) = None


class CreateToolResources(_Model, kw_only=True):
    code_interpreter: ToolResourcesCodeInterpreter | None = None
    file_search: CreateToolResourcesFileSearch | None = None


AssistantsResponseFormat: TypeAlias = Annotated[
    ResponseFormatText | ResponseFormatJsonObject | ResponseFormatJsonSchema,
    Meta(
        description='`{"type": "text"}` (the server\'s default), `{"type": "json_object"}` or, in today\'s API, `{"type": "json_schema", "json_schema": {...}}`, by its `type`. `json_object` makes the model answer valid JSON (instruct it to in a message too, or it may produce whitespace until the token limit); with `json_object` only function tools are allowed in the run.'
    ),
]


AssistantsResponseFormatOption: TypeAlias = Annotated[
    Literal["none", "auto"] | AssistantsResponseFormat,
    Meta(
        description='The format the model must output: `none` or `auto` (the server\'s default), an object whose `type` is text or json_object (v1; for GPT-4 Turbo and GPT-3.5 Turbo models since gpt-3.5-turbo-1106), or `{"type": "json_schema", "json_schema": {...}}` (today\'s API: JSON that matches the schema given).'
    ),
]


class AssistantsNamedToolChoiceFunction(_Model, kw_only=True):
    name: Annotated[str, Meta(description="The name of the function to call.")] = _ABSENT


class AssistantsNamedToolChoice(_Model, kw_only=True):
    type: Annotated[
        Literal["function", "code_interpreter", "retrieval", "file_search"],
        Meta(
            description="The tool's type (file_search in today's API, retrieval in v1); `function` needs `function.name`."
        ),
    ] = _ABSENT
    function: AssistantsNamedToolChoiceFunction | None = None


AssistantsToolChoiceOption: TypeAlias = Annotated[
    Literal["none", "auto", "required"] | AssistantsNamedToolChoice,
    Meta(
        description="Which tool, if any, the model calls. `none` generates a message without calling tools, `auto` (the server's default) lets the model choose, `required` (today's API) makes it call at least one tool, and a named tool forces that tool."
    ),
]


LastMessages: TypeAlias = Annotated[
    int, Meta(description="How many of the most recent messages make up the context of the run.")
]


class TruncationStrategy(_Model, kw_only=True):
    type: Annotated[
        Literal["auto", "last_messages"],
        Meta(
            description="`auto` (the server's default) drops messages from the middle of the thread to fit the context length of the model, `max_prompt_tokens`; `last_messages` keeps the `last_messages` most recent messages."
        ),
    ] = _ABSENT
    last_messages: (
        Annotated[
            LastMessages, Meta(description="How many of the most recent messages make up the context of the run.")
        ]
        | None
    ) = None


Name: TypeAlias = Annotated[str, Meta(description="The name of the assistant, up to 256 characters.")]


Description: TypeAlias = Annotated[str, Meta(description="The description of the assistant, up to 512 characters.")]


Instructions: TypeAlias = Annotated[
    str, Meta(description="The system instructions the assistant uses, up to 256,000 characters.")
]


Temperature2: TypeAlias = Annotated[
    float,
    Meta(
        description="Sampling temperature between 0 and 2; higher values make the output more random. Server default 1."
    ),
]


TopP2: TypeAlias = Annotated[
    float,
    Meta(
        description="Nucleus sampling mass between 0 and 1 (0.1 keeps the tokens of the top 10% probability mass); alter this or `temperature`, not both. Server default 1."
    ),
]


class CreateAssistantRequest(_Model, kw_only=True):
    model: Annotated[str, Meta(description="The ID of the model, e.g. `gpt-4-turbo`; see `GET /v1/models`.")] = _ABSENT
    name: Annotated[Name, Meta(description="The name of the assistant, up to 256 characters.")] | None = None
    description: (
        Annotated[Description, Meta(description="The description of the assistant, up to 512 characters.")] | None
    ) = None
    instructions: (
        Annotated[
            Instructions, Meta(description="The system instructions the assistant uses, up to 256,000 characters.")
        ]
        | None
    ) = None
    tools: (
        Annotated[
            list[AssistantToolDefinition],
            Meta(
                description="Up to 128 tools: code_interpreter, retrieval (v1), file_search (today's API) or function. Server default: none."
            ),
        ]
        | None
    ) = None
    file_ids: (
        Annotated[
            list[str],
            Meta(
                description="Up to 20 IDs of files (uploaded with purpose `assistants`) for the tools, ordered by their creation date (v1; today's API takes `tool_resources`). Server default: none."
            ),
        ]
        | None
    ) = None
    metadata: (
        Annotated[
            Metadata,
            Meta(description="Up to 16 key-value pairs of your own (keys up to 64, values up to 512 characters)."),
        ]
        | None
    ) = None
    temperature: (
        Annotated[
            Temperature2,
            Meta(
                description="Sampling temperature between 0 and 2; higher values make the output more random. Server default 1."
            ),
        ]
        | None
    ) = None
    top_p: (
        Annotated[
            TopP2,
            Meta(
                description="Nucleus sampling mass between 0 and 1 (0.1 keeps the tokens of the top 10% probability mass); alter this or `temperature`, not both. Server default 1."
            ),
        ]
        | None
    ) = None
    response_format: (
        Annotated[
            AssistantsResponseFormatOption,
            Meta(
                description='`none`, `auto` (the server\'s default), `{"type": "text"}`, `{"type": "json_object"}` (JSON mode) or `{"type": "json_schema", ...}` (JSON that matches a schema).'
            ),
        ]
        | None
    ) = None
    tool_resources: (
        Annotated[
            CreateToolResources,
            Meta(
                description="Resources for the tools, by tool: files for code_interpreter, a vector store for file_search (today's API; v1 uses `file_ids`)."
            ),
        ]
        | None
    ) = None
    reasoning_effort: (
        Annotated[
            ReasoningEffort,
            Meta(
                description="How much a reasoning model reasons before it answers (today's API; o-series and gpt-5 models). Server default `medium`."
            ),
        ]
        | None
    ) = None


class ModifyAssistantRequest(_Model, kw_only=True):
    model: Annotated[str, Meta(description="The ID of the model, e.g. `gpt-4-turbo`; see `GET /v1/models`.")] | None = (
        None
    )
    name: Annotated[Name, Meta(description="The name of the assistant, up to 256 characters.")] | None = None
    description: (
        Annotated[Description, Meta(description="The description of the assistant, up to 512 characters.")] | None
    ) = None
    instructions: (
        Annotated[
            Instructions, Meta(description="The system instructions the assistant uses, up to 256,000 characters.")
        ]
        | None
    ) = None
    tools: (
        Annotated[
            list[AssistantToolDefinition],
            Meta(
                description="Up to 128 tools: code_interpreter, retrieval (v1), file_search (today's API) or function; replaces the list."
            ),
        ]
        | None
    ) = None
    file_ids: (
        Annotated[
            list[str],
            Meta(
                description="Up to 20 IDs of files for the tools; replaces the list, and a file that was attached but is left out is detached from the assistant."
            ),
        ]
        | None
    ) = None
    metadata: (
        Annotated[
            Metadata,
            Meta(description="Up to 16 key-value pairs of your own (keys up to 64, values up to 512 characters)."),
        ]
        | None
    ) = None
    temperature: (
        Annotated[
            Temperature2,
            Meta(
                description="Sampling temperature between 0 and 2; higher values make the output more random. Server default 1."
            ),
        ]
        | None
    ) = None
    top_p: (
        Annotated[
            TopP2,
            Meta(
                description="Nucleus sampling mass between 0 and 1 (0.1 keeps the tokens of the top 10% probability mass); alter this or `temperature`, not both. Server default 1."
            ),
        ]
        | None
    ) = None
    response_format: (
        Annotated[
            AssistantsResponseFormatOption,
            Meta(
                description='`none`, `auto` (the server\'s default), `{"type": "text"}`, `{"type": "json_object"}` (JSON mode) or `{"type": "json_schema", ...}` (JSON that matches a schema).'
            ),
        ]
        | None
    ) = None
    tool_resources: (
        Annotated[
            ToolResources,
            Meta(
                description="Resources for the tools, by tool: files for code_interpreter, a vector store for file_search (today's API; v1 uses `file_ids`); replaces the resources of the tools named."
            ),
        ]
        | None
    ) = None
    reasoning_effort: (
        Annotated[
            ReasoningEffort,
            Meta(
                description="How much a reasoning model reasons before it answers (today's API; o-series and gpt-5 models). Server default `medium`."
            ),
        ]
        | None
    ) = None


class DeleteAssistantResponse(_Model, kw_only=True):
    id: str = _ABSENT
    deleted: bool = _ABSENT
    object: Annotated[str, Meta(description="Always `assistant.deleted`.")] | None = None


class CreateAssistantFileRequest(_Model, kw_only=True):
    file_id: Annotated[
        str,
        Meta(
            description="The ID of a file uploaded with purpose `assistants`, for the retrieval and code_interpreter tools."
        ),
    ] = _ABSENT


class AssistantFile(_Model, kw_only=True):
    id: str = _ABSENT
    object: Annotated[str, Meta(description="Always `assistant.file`.")] | None = None
    created_at: Annotated[int, Meta(description="Unix time (seconds) when the file was attached.")] | None = None
    assistant_id: Annotated[str, Meta(description="The ID of the assistant the file is attached to.")] | None = None


class ListAssistantFilesResponse(_Model, kw_only=True):
    data: list[AssistantFile] = _ABSENT
    has_more: bool = _ABSENT
    object: str | None = None
    first_id: str | None = None
    last_id: str | None = None


class DeleteAssistantFileResponse(_Model, kw_only=True):
    id: str = _ABSENT
    deleted: bool = _ABSENT
    object: Annotated[str, Meta(description="Always `assistant.file.deleted`.")] | None = None


class MessageRequestImageFile(_Model, kw_only=True):
    file_id: Annotated[str, Meta(description="The ID of an image file uploaded with purpose `vision`.")] = _ABSENT
    detail: (
        Annotated[
            Literal["auto", "low", "high"],
            Meta(description="The detail the model sees the image in; `low` uses fewer tokens. Server default `auto`."),
        ]
        | None
    ) = None


class MessageRequestImageUrl(_Model, kw_only=True):
    url: Annotated[str, Meta(description="The URL of the image (jpeg, jpg, png, gif or webp).")] = _ABSENT
    detail: (
        Annotated[
            Literal["auto", "low", "high"],
            Meta(description="The detail the model sees the image in; `low` uses fewer tokens. Server default `auto`."),
        ]
        | None
    ) = None


class MessageRequestContentImageFile(_Model, kw_only=True, tag_field="type", tag="image_file"):
    image_file: MessageRequestImageFile = _ABSENT

    @property
    def type(self) -> Literal["image_file"]:
        """Always ``image_file`` (the tag that selects this type)."""
        return "image_file"


class MessageRequestContentImageUrl(_Model, kw_only=True, tag_field="type", tag="image_url"):
    image_url: MessageRequestImageUrl = _ABSENT

    @property
    def type(self) -> Literal["image_url"]:
        """Always ``image_url`` (the tag that selects this type)."""
        return "image_url"


class MessageRequestContentText(_Model, kw_only=True, tag_field="type", tag="text"):
    text: Annotated[str, Meta(description="The text.")] = _ABSENT

    @property
    def type(self) -> Literal["text"]:
        """Always ``text`` (the tag that selects this type)."""
        return "text"


MessageRequestContentPart: TypeAlias = Annotated[
    MessageRequestContentImageFile | MessageRequestContentImageUrl | MessageRequestContentText,
    Meta(description="One part of a message's content, by its `type`."),
]


MessageAttachmentTool: TypeAlias = Annotated[
    AssistantToolsCode | AssistantToolsFileSearchTypeOnly,
    Meta(description="A tool a message attachment is added to, by its `type`."),
]


class MessageAttachmentRequest(_Model, kw_only=True):
    file_id: Annotated[str, Meta(description="The ID of the file.")] | None = None
    tools: Annotated[list[MessageAttachmentTool], Meta(description="The tools to add the file to.")] | None = None


Content6: TypeAlias = Annotated[
    str,
    Meta(
        description="The text of the message, up to 256,000 characters, or (today's API) a list of text and image parts."
    ),
]


Content7: TypeAlias = Annotated[
    list[MessageRequestContentPart],
    Meta(
        description="The text of the message, up to 256,000 characters, or (today's API) a list of text and image parts."
    ),
]


class CreateMessageRequest(_Model, kw_only=True):
    role: Annotated[
        Literal["user", "assistant"],
        Meta(
            description="`user` for a message from the user (most cases), `assistant` to insert a message as if the assistant had written it."
        ),
    ] = _ABSENT
    content: Annotated[
        Content6 | Content7,
        Meta(
            description="The text of the message, up to 256,000 characters, or (today's API) a list of text and image parts."
        ),
    ] = _ABSENT
    file_ids: (
        Annotated[
            list[str],
            Meta(
                description="Up to 10 IDs of files the message uses, for the retrieval and code_interpreter tools (v1; today's API takes `attachments`). Server default: none."
            ),
        ]
        | None
    ) = None
    metadata: (
        Annotated[
            Metadata,
            Meta(description="Up to 16 key-value pairs of your own (keys up to 64, values up to 512 characters)."),
        ]
        | None
    ) = None
    attachments: (
        Annotated[
            list[MessageAttachmentRequest],
            Meta(
                description="Files attached to the message and the tools to add them to (today's API; v1 uses `file_ids`)."
            ),
        ]
        | None
    ) = None


class CreateThreadRequest(_Model, kw_only=True):
    messages: (
        Annotated[list[CreateMessageRequest], Meta(description="The messages to start the thread with.")] | None
    ) = None
    metadata: (
        Annotated[
            Metadata,
            Meta(description="Up to 16 key-value pairs of your own (keys up to 64, values up to 512 characters)."),
        ]
        | None
    ) = None
    tool_resources: (
        Annotated[
            CreateToolResources,
            Meta(
                description="Resources for the tools, by tool: files for code_interpreter, a vector store for file_search (today's API; v1 uses `file_ids`)."
            ),
        ]
        | None
    ) = None


class ModifyThreadRequest(_Model, kw_only=True):
    metadata: (
        Annotated[
            Metadata,
            Meta(description="Up to 16 key-value pairs of your own (keys up to 64, values up to 512 characters)."),
        ]
        | None
    ) = None
    tool_resources: (
        Annotated[
            ToolResources,
            Meta(
                description="Resources for the tools, by tool: files for code_interpreter, a vector store for file_search (today's API; v1 uses `file_ids`); replaces the resources of the tools named."
            ),
        ]
        | None
    ) = None


class DeleteThreadResponse(_Model, kw_only=True):
    id: str = _ABSENT
    deleted: bool = _ABSENT
    object: Annotated[str, Meta(description="Always `thread.deleted`.")] | None = None


class ModifyMessageRequest(_Model, kw_only=True):
    metadata: (
        Annotated[
            Metadata,
            Meta(description="Up to 16 key-value pairs of your own (keys up to 64, values up to 512 characters)."),
        ]
        | None
    ) = None


class MessageContentImageFile(_Model, kw_only=True):
    file_id: Annotated[str, Meta(description="The ID of the image file.")] = _ABSENT
    detail: Annotated[str, Meta(description="The detail the model sees the image in: auto, low or high.")] | None = None


class MessageContentImageUrl(_Model, kw_only=True):
    url: Annotated[str, Meta(description="The URL of the image.")] = _ABSENT
    detail: Annotated[str, Meta(description="The detail the model sees the image in: auto, low or high.")] | None = None


class MessageContentFileCitation(_Model, kw_only=True):
    file_id: Annotated[str, Meta(description="The ID of the file the citation is from.")] = _ABSENT
    quote: Annotated[str, Meta(description="The quoted text of the file.")] | None = None


class MessageContentFilePath(_Model, kw_only=True):
    file_id: Annotated[str, Meta(description="The ID of the file the code_interpreter tool generated.")] = _ABSENT


class MessageContentTextAnnotation(_Model, kw_only=True):
    type: Annotated[str, Meta(description="file_citation or file_path.")] = _ABSENT
    text: Annotated[str, Meta(description="The text in the message content that needs to be replaced.")] | None = None
    start_index: int | None = None
    end_index: int | None = None
    file_citation: MessageContentFileCitation | None = None
    file_path: MessageContentFilePath | None = None


class MessageContentText(_Model, kw_only=True):
    value: Annotated[str, Meta(description="The text.")] = _ABSENT
    annotations: list[MessageContentTextAnnotation] | None = None


class MessageContent(_Model, kw_only=True):
    type: Annotated[str, Meta(description="text, image_file, image_url or refusal.")] = _ABSENT
    text: MessageContentText | None = None
    image_file: MessageContentImageFile | None = None
    image_url: MessageContentImageUrl | None = None
    refusal: Annotated[str, Meta(description="The model's refusal to answer.")] | None = None


class MessageIncompleteDetails(_Model, kw_only=True):
    reason: (
        Annotated[str, Meta(description="content_filter, max_tokens, run_cancelled, run_expired or run_failed.")] | None
    ) = None


class MessageDeltaContentImageFile(_Model, kw_only=True):
    file_id: Annotated[str, Meta(description="The ID of the image file.")] | None = None
    detail: Annotated[str, Meta(description="The detail the model sees the image in: auto, low or high.")] | None = None


class MessageDeltaContentImageUrl(_Model, kw_only=True):
    url: Annotated[str, Meta(description="The URL of the image.")] | None = None
    detail: Annotated[str, Meta(description="The detail the model sees the image in: auto, low or high.")] | None = None


class MessageDeltaContentFileCitation(_Model, kw_only=True):
    file_id: Annotated[str, Meta(description="The ID of the file the citation is from.")] | None = None
    quote: Annotated[str, Meta(description="The quoted text of the file.")] | None = None


class MessageDeltaContentFilePath(_Model, kw_only=True):
    file_id: Annotated[str, Meta(description="The ID of the file the code_interpreter tool generated.")] | None = None


class MessageDeltaContentTextAnnotation(_Model, kw_only=True):
    index: Annotated[int, Meta(description="The position of the annotation in the text part.")] = _ABSENT
    type: Annotated[str, Meta(description="file_citation or file_path.")] = _ABSENT
    text: Annotated[str, Meta(description="The text in the message content that needs to be replaced.")] | None = None
    start_index: int | None = None
    end_index: int | None = None
    file_citation: MessageDeltaContentFileCitation | None = None
    file_path: MessageDeltaContentFilePath | None = None


class MessageDeltaContentText(_Model, kw_only=True):
    value: Annotated[str, Meta(description="The text added.")] | None = None
    annotations: list[MessageDeltaContentTextAnnotation] | None = None


class MessageDeltaContent(_Model, kw_only=True):
    index: Annotated[int, Meta(description="The position of the part in the message's content.")] = _ABSENT
    type: Annotated[str, Meta(description="text, image_file, image_url or refusal.")] = _ABSENT
    text: MessageDeltaContentText | None = None
    image_file: MessageDeltaContentImageFile | None = None
    image_url: MessageDeltaContentImageUrl | None = None
    refusal: Annotated[str, Meta(description="The part of the refusal added.")] | None = None


class MessageDelta(_Model, kw_only=True):
    role: Annotated[str, Meta(description="user or assistant.")] | None = None
    content: list[MessageDeltaContent] | None = None
    file_ids: list[str] | None = None


class MessageDeltaObject(_Model, kw_only=True):
    id: Annotated[str, Meta(description="The ID of the message.")] = _ABSENT
    delta: MessageDelta = _ABSENT
    object: Annotated[str, Meta(description="Always `thread.message.delta`.")] | None = None


class MessageFile(_Model, kw_only=True):
    id: str = _ABSENT
    object: Annotated[str, Meta(description="Always `thread.message.file`.")] | None = None
    created_at: Annotated[int, Meta(description="Unix time (seconds) when the file was attached.")] | None = None
    message_id: Annotated[str, Meta(description="The ID of the message the file is attached to.")] | None = None


class ListMessageFilesResponse(_Model, kw_only=True):
    data: list[MessageFile] = _ABSENT
    has_more: bool = _ABSENT
    object: str | None = None
    first_id: str | None = None
    last_id: str | None = None


Tools1: TypeAlias = Annotated[
    list[AssistantToolDefinition], Meta(description="Up to 20 tools instead of the assistant's, for this run.")
]


MaxPromptTokens: TypeAlias = Annotated[
    int,
    Meta(
        description="At least 256. The most prompt tokens the run may use over all its turns (best effort); past it the run ends with status incomplete (see `incomplete_details`)."
    ),
]


MaxCompletionTokens1: TypeAlias = Annotated[
    int,
    Meta(
        description="At least 256. The most completion tokens the run may use over all its turns (best effort); past it the run ends with status incomplete (see `incomplete_details`)."
    ),
]


class CreateRunRequest(_Model, kw_only=True):
    assistant_id: Annotated[str, Meta(description="The ID of the assistant that executes the run.")] = _ABSENT
    model: (
        Annotated[str, Meta(description="The ID of the model, e.g. `gpt-4-turbo`, instead of the assistant's.")] | None
    ) = None
    instructions: Annotated[str, Meta(description="Instructions instead of the assistant's, for this run.")] | None = (
        None
    )
    additional_instructions: (
        Annotated[str, Meta(description="Instructions appended to the assistant's, for this run.")] | None
    ) = None
    additional_messages: (
        Annotated[
            list[CreateMessageRequest], Meta(description="Messages added to the thread before the run is created.")
        ]
        | None
    ) = None
    tools: Annotated[Tools1, Meta(description="Up to 20 tools instead of the assistant's, for this run.")] | None = None
    metadata: (
        Annotated[
            Metadata,
            Meta(description="Up to 16 key-value pairs of your own (keys up to 64, values up to 512 characters)."),
        ]
        | None
    ) = None
    temperature: (
        Annotated[
            Temperature2,
            Meta(
                description="Sampling temperature between 0 and 2; higher values make the output more random. Server default 1."
            ),
        ]
        | None
    ) = None
    top_p: (
        Annotated[
            TopP2,
            Meta(
                description="Nucleus sampling mass between 0 and 1 (0.1 keeps the tokens of the top 10% probability mass); alter this or `temperature`, not both. Server default 1."
            ),
        ]
        | None
    ) = None
    stream: (
        Annotated[
            bool,
            Meta(
                description="Stream the run's events as server-sent events, ending when the run reaches a terminal status with `data: [DONE]`. Server default false."
            ),
        ]
        | None
    ) = None
    max_prompt_tokens: (
        Annotated[
            MaxPromptTokens,
            Meta(
                description="At least 256. The most prompt tokens the run may use over all its turns (best effort); past it the run ends with status incomplete (see `incomplete_details`)."
            ),
        ]
        | None
    ) = None
    max_completion_tokens: (
        Annotated[
            MaxCompletionTokens1,
            Meta(
                description="At least 256. The most completion tokens the run may use over all its turns (best effort); past it the run ends with status incomplete (see `incomplete_details`)."
            ),
        ]
        | None
    ) = None
    truncation_strategy: (
        Annotated[
            TruncationStrategy,
            Meta(description="How the thread is truncated before the run; the server's default is `auto`."),
        ]
        | None
    ) = None
    tool_choice: (
        Annotated[
            AssistantsToolChoiceOption,
            Meta(
                description='`none`, `auto` (the server\'s default), or the tool the model must call, e.g. `{"type": "function", "function": {"name": "my_function"}}`.'
            ),
        ]
        | None
    ) = None
    response_format: (
        Annotated[
            AssistantsResponseFormatOption,
            Meta(
                description='`none`, `auto` (the server\'s default), `{"type": "text"}`, `{"type": "json_object"}` (JSON mode) or `{"type": "json_schema", ...}` (JSON that matches a schema).'
            ),
        ]
        | None
    ) = None
    parallel_tool_calls: (
        Annotated[
            bool,
            Meta(
                description="Whether the model may call several functions at once (today's API). Server default true."
            ),
        ]
        | None
    ) = None
    reasoning_effort: (
        Annotated[
            ReasoningEffort,
            Meta(
                description="How much a reasoning model reasons before it answers (today's API; o-series and gpt-5 models). Server default `medium`."
            ),
        ]
        | None
    ) = None


class CreateThreadAndRunRequest(_Model, kw_only=True):
    assistant_id: Annotated[str, Meta(description="The ID of the assistant that executes the run.")] = _ABSENT
    thread: (
        Annotated[CreateThreadRequest, Meta(description="The thread to create; an empty thread when left out.")] | None
    ) = None
    model: (
        Annotated[str, Meta(description="The ID of the model, e.g. `gpt-4-turbo`, instead of the assistant's.")] | None
    ) = None
    instructions: Annotated[str, Meta(description="Instructions instead of the assistant's, for this run.")] | None = (
        None
    )
    tools: Annotated[Tools1, Meta(description="Up to 20 tools instead of the assistant's, for this run.")] | None = None
    metadata: (
        Annotated[
            Metadata,
            Meta(description="Up to 16 key-value pairs of your own (keys up to 64, values up to 512 characters)."),
        ]
        | None
    ) = None
    temperature: (
        Annotated[
            Temperature2,
            Meta(
                description="Sampling temperature between 0 and 2; higher values make the output more random. Server default 1."
            ),
        ]
        | None
    ) = None
    top_p: (
        Annotated[
            TopP2,
            Meta(
                description="Nucleus sampling mass between 0 and 1 (0.1 keeps the tokens of the top 10% probability mass); alter this or `temperature`, not both. Server default 1."
            ),
        ]
        | None
    ) = None
    stream: (
        Annotated[
            bool,
            Meta(
                description="Stream the run's events as server-sent events, ending when the run reaches a terminal status with `data: [DONE]`. Server default false."
            ),
        ]
        | None
    ) = None
    max_prompt_tokens: (
        Annotated[
            MaxPromptTokens,
            Meta(
                description="At least 256. The most prompt tokens the run may use over all its turns (best effort); past it the run ends with status incomplete (see `incomplete_details`)."
            ),
        ]
        | None
    ) = None
    max_completion_tokens: (
        Annotated[
            MaxCompletionTokens1,
            Meta(
                description="At least 256. The most completion tokens the run may use over all its turns (best effort); past it the run ends with status incomplete (see `incomplete_details`)."
            ),
        ]
        | None
    ) = None
    truncation_strategy: (
        Annotated[
            TruncationStrategy,
            Meta(description="How the thread is truncated before the run; the server's default is `auto`."),
        ]
        | None
    ) = None
    tool_choice: (
        Annotated[
            AssistantsToolChoiceOption,
            Meta(
                description='`none`, `auto` (the server\'s default), or the tool the model must call, e.g. `{"type": "function", "function": {"name": "my_function"}}`.'
            ),
        ]
        | None
    ) = None
    response_format: (
        Annotated[
            AssistantsResponseFormatOption,
            Meta(
                description='`none`, `auto` (the server\'s default), `{"type": "text"}`, `{"type": "json_object"}` (JSON mode) or `{"type": "json_schema", ...}` (JSON that matches a schema).'
            ),
        ]
        | None
    ) = None
    tool_resources: (
        Annotated[
            ToolResources,
            Meta(
                description="Resources for the tools of this run, by tool: files for code_interpreter, a vector store for file_search (today's API)."
            ),
        ]
        | None
    ) = None
    parallel_tool_calls: (
        Annotated[
            bool,
            Meta(
                description="Whether the model may call several functions at once (today's API). Server default true."
            ),
        ]
        | None
    ) = None


class ModifyRunRequest(_Model, kw_only=True):
    metadata: (
        Annotated[
            Metadata,
            Meta(description="Up to 16 key-value pairs of your own (keys up to 64, values up to 512 characters)."),
        ]
        | None
    ) = None


class ToolOutput(_Model, kw_only=True):
    tool_call_id: (
        Annotated[str, Meta(description="The ID of the tool call (in the run's `required_action`) the output is for.")]
        | None
    ) = None
    output: Annotated[str, Meta(description="The output of the tool call.")] | None = None


class SubmitToolOutputsRunRequest(_Model, kw_only=True):
    tool_outputs: Annotated[
        list[ToolOutput], Meta(description="The outputs of all the run's tool calls, in one request.")
    ] = _ABSENT
    stream: (
        Annotated[
            bool,
            Meta(
                description="Stream the run's events as server-sent events, ending when the run reaches a terminal status with `data: [DONE]`. Server default false."
            ),
        ]
        | None
    ) = None


class RunToolCallFunction(_Model, kw_only=True):
    name: Annotated[str, Meta(description="The name of the function.")] = _ABSENT
    arguments: Annotated[str, Meta(description="The arguments the model wants to pass, as a JSON document.")] = _ABSENT


class RunToolCall(_Model, kw_only=True):
    id: Annotated[
        str, Meta(description="The ID of the tool call, to quote in `tool_call_id` when submitting its output.")
    ] = _ABSENT
    type: Annotated[str, Meta(description="Always `function`.")] = _ABSENT
    function: RunToolCallFunction = _ABSENT


class RunSubmitToolOutputs(_Model, kw_only=True):
    tool_calls: list[RunToolCall] = _ABSENT


class RunRequiredAction(_Model, kw_only=True):
    type: Annotated[str, Meta(description="Always `submit_tool_outputs` for now.")] = _ABSENT
    submit_tool_outputs: RunSubmitToolOutputs | None = None


class RunLastError(_Model, kw_only=True):
    message: Annotated[str, Meta(description="A description of the error.")] = _ABSENT
    code: (
        Annotated[str, Meta(description="server_error, rate_limit_exceeded or (runs only) invalid_prompt.")] | None
    ) = None


class RunIncompleteDetails(_Model, kw_only=True):
    reason: (
        Annotated[str, Meta(description="max_completion_tokens or max_prompt_tokens, the token limit the run reached.")]
        | None
    ) = None


class RunTruncationStrategy(_Model, kw_only=True):
    type: Annotated[str, Meta(description="auto or last_messages.")] = _ABSENT
    last_messages: int | None = None


class RunToolChoice(_Model, kw_only=True):
    type: Annotated[str, Meta(description="function, code_interpreter, file_search or retrieval.")] = _ABSENT
    function: AssistantsNamedToolChoiceFunction | None = None


class RunResponseFormatJsonSchema(_Model, kw_only=True):
    name: Annotated[str, Meta(description="The schema's name.")] | None = None
    description: Annotated[str, Meta(description="What the answer is for.")] | None = None
    schema: Annotated[dict[str, Any], Meta(description="The JSON Schema the answer follows.")] | None = None
    strict: Annotated[bool, Meta(description="Whether the answer follows the schema exactly.")] | None = None


class RunStepMessageCreation(_Model, kw_only=True):
    message_id: Annotated[str, Meta(description="The ID of the message the step created.")] | None = None


class RunStepCodeInterpreterImage(_Model, kw_only=True):
    file_id: Annotated[str, Meta(description="The ID of the image file.")] | None = None


class RunStepCodeInterpreterOutput(_Model, kw_only=True):
    type: Annotated[str, Meta(description="logs or image.")] = _ABSENT
    index: Annotated[int, Meta(description="The position of the output (in a delta).")] | None = None
    logs: Annotated[str, Meta(description="The text output.")] | None = None
    image: RunStepCodeInterpreterImage | None = None


class RunStepCodeInterpreter(_Model, kw_only=True):
    input: Annotated[str, Meta(description="The code the tool ran.")] | None = None
    outputs: list[RunStepCodeInterpreterOutput] | None = None


class RunStepFunction(_Model, kw_only=True):
    name: Annotated[str, Meta(description="The name of the function.")] | None = None
    arguments: Annotated[str, Meta(description="The arguments passed to the function.")] | None = None
    output: Annotated[str, Meta(description="The output of the function; null until it has been submitted.")] | None = (
        None
    )


class RunStepFileSearchResultContent(_Model, kw_only=True):
    type: Annotated[str, Meta(description="Always `text` for now.")] | None = None
    text: Annotated[str, Meta(description="The text found.")] | None = None


class RunStepFileSearchResult(_Model, kw_only=True):
    file_id: Annotated[str, Meta(description="The ID of the file the result is from.")] | None = None
    file_name: Annotated[str, Meta(description="The name of that file.")] | None = None
    score: Annotated[float, Meta(description="The result's score")] | None = None
    content: (
        Annotated[
            list[RunStepFileSearchResultContent],
            Meta(description="The content found; only when asked for with `include[]`."),
        ]
        | None
    ) = None


class RunStepFileSearch(_Model, kw_only=True):
    ranking_options: FileSearchRanking | None = None
    results: Annotated[list[RunStepFileSearchResult], Meta(description="The results found.")] | None = None


class RunStepToolCall(_Model, kw_only=True):
    type: Annotated[str, Meta(description="code_interpreter, retrieval, file_search or function.")] = _ABSENT
    index: Annotated[int, Meta(description="The position of the tool call (in a delta).")] | None = None
    id: Annotated[str, Meta(description="The ID of the tool call.")] | None = None
    code_interpreter: RunStepCodeInterpreter | None = None
    retrieval: dict[str, Any] | None = None
    file_search: RunStepFileSearch | None = None
    function: RunStepFunction | None = None


class RunStepDetails(_Model, kw_only=True):
    type: Annotated[str, Meta(description="message_creation or tool_calls.")] = _ABSENT
    message_creation: RunStepMessageCreation | None = None
    tool_calls: list[RunStepToolCall] | None = None


class RunStepDelta(_Model, kw_only=True):
    step_details: RunStepDetails | None = None


class RunStepDeltaObject(_Model, kw_only=True):
    id: Annotated[str, Meta(description="The ID of the run step.")] = _ABSENT
    delta: RunStepDelta = _ABSENT
    object: Annotated[str, Meta(description="Always `thread.run.step.delta`.")] | None = None


class ThreadRunStepDeltaEvent(_Model, kw_only=True, tag_field="event", tag="thread.run.step.delta"):
    data: RunStepDeltaObject = _ABSENT

    @property
    def event(self) -> Literal["thread.run.step.delta"]:
        """Always ``thread.run.step.delta`` (the tag that selects this type)."""
        return "thread.run.step.delta"


class ThreadMessageDeltaEvent(_Model, kw_only=True, tag_field="event", tag="thread.message.delta"):
    data: MessageDeltaObject = _ABSENT

    @property
    def event(self) -> Literal["thread.message.delta"]:
        """Always ``thread.message.delta`` (the tag that selects this type)."""
        return "thread.message.delta"


class ErrorEvent(_Model, kw_only=True, tag_field="event", tag="error"):
    data: Error = _ABSENT

    @property
    def event(self) -> Literal["error"]:
        """Always ``error`` (the tag that selects this type)."""
        return "error"


class DoneEvent(_Model, kw_only=True, tag_field="event", tag="done"):
    data: Literal["[DONE]"] = _ABSENT

    @property
    def event(self) -> Literal["done"]:
        """Always ``done`` (the tag that selects this type)."""
        return "done"


class AssistantToolFileSearchSettings(_Model, kw_only=True):
    max_num_results: Annotated[int, Meta(description="The most results the tool hands the model.")] | None = None
    ranking_options: FileSearchRanking | None = None


class AssistantToolResources(_Model, kw_only=True):
    code_interpreter: AssistantToolResourcesCodeInterpreter | None = None
    file_search: AssistantToolResourcesFileSearch | None = None


class Thread(_Model, kw_only=True):
    id: str = _ABSENT
    object: Annotated[str, Meta(description="Always `thread`.")] | None = None
    created_at: Annotated[int, Meta(description="Unix time (seconds) of creation.")] | None = None
    metadata: Annotated[dict[str, str], Meta(description="Up to 16 key-value pairs of your own.")] | None = None
    tool_resources: (
        Annotated[
            AssistantToolResources,
            Meta(description="The resources of the tools, by tool (today's API; v1 reports `file_ids`)."),
        ]
        | None
    ) = None


class RunResponseFormat(_Model, kw_only=True):
    type: Annotated[str, Meta(description="text, json_object or json_schema.")] | None = None
    json_schema: RunResponseFormatJsonSchema | None = None


class RunStep(_Model, kw_only=True):
    id: str = _ABSENT
    object: Annotated[str, Meta(description="Always `thread.run.step`.")] | None = None
    created_at: Annotated[int, Meta(description="Unix time (seconds) of creation.")] | None = None
    assistant_id: Annotated[str, Meta(description="The ID of the assistant of the run.")] | None = None
    thread_id: Annotated[str, Meta(description="The ID of the thread that was run.")] | None = None
    run_id: Annotated[str, Meta(description="The ID of the run the step is part of.")] | None = None
    type: Annotated[str, Meta(description="message_creation or tool_calls.")] | None = None
    status: Annotated[str, Meta(description="in_progress, cancelled, failed, completed or expired.")] | None = None
    step_details: RunStepDetails | None = None
    last_error: (
        Annotated[
            RunLastError, Meta(description="The last error of the step (code server_error or rate_limit_exceeded).")
        ]
        | None
    ) = None
    expired_at: Annotated[int, Meta(description="Unix time (seconds) when the step expired (with its run).")] | None = (
        None
    )
    cancelled_at: Annotated[int, Meta(description="Unix time (seconds) when the step was cancelled.")] | None = None
    failed_at: Annotated[int, Meta(description="Unix time (seconds) when the step failed.")] | None = None
    completed_at: Annotated[int, Meta(description="Unix time (seconds) when the step completed.")] | None = None
    metadata: Annotated[dict[str, str], Meta(description="Up to 16 key-value pairs.")] | None = None
    usage: (
        Annotated[CompletionUsage, Meta(description="Token usage of the step; null while it is in progress.")] | None
    ) = None


class ListRunStepsResponse(_Model, kw_only=True):
    data: list[RunStep] = _ABSENT
    has_more: bool = _ABSENT
    object: str | None = None
    first_id: str | None = None
    last_id: str | None = None


class ThreadCreatedEvent(_Model, kw_only=True, tag_field="event", tag="thread.created"):
    data: Thread = _ABSENT

    @property
    def event(self) -> Literal["thread.created"]:
        """Always ``thread.created`` (the tag that selects this type)."""
        return "thread.created"


class ThreadRunStepCreatedEvent(_Model, kw_only=True, tag_field="event", tag="thread.run.step.created"):
    data: RunStep = _ABSENT

    @property
    def event(self) -> Literal["thread.run.step.created"]:
        """Always ``thread.run.step.created`` (the tag that selects this type)."""
        return "thread.run.step.created"


class ThreadRunStepInProgressEvent(_Model, kw_only=True, tag_field="event", tag="thread.run.step.in_progress"):
    data: RunStep = _ABSENT

    @property
    def event(self) -> Literal["thread.run.step.in_progress"]:
        """Always ``thread.run.step.in_progress`` (the tag that selects this type)."""
        return "thread.run.step.in_progress"


class ThreadRunStepCompletedEvent(_Model, kw_only=True, tag_field="event", tag="thread.run.step.completed"):
    data: RunStep = _ABSENT

    @property
    def event(self) -> Literal["thread.run.step.completed"]:
        """Always ``thread.run.step.completed`` (the tag that selects this type)."""
        return "thread.run.step.completed"


class ThreadRunStepFailedEvent(_Model, kw_only=True, tag_field="event", tag="thread.run.step.failed"):
    data: RunStep = _ABSENT

    @property
    def event(self) -> Literal["thread.run.step.failed"]:
        """Always ``thread.run.step.failed`` (the tag that selects this type)."""
        return "thread.run.step.failed"


class ThreadRunStepCancelledEvent(_Model, kw_only=True, tag_field="event", tag="thread.run.step.cancelled"):
    data: RunStep = _ABSENT

    @property
    def event(self) -> Literal["thread.run.step.cancelled"]:
        """Always ``thread.run.step.cancelled`` (the tag that selects this type)."""
        return "thread.run.step.cancelled"


class ThreadRunStepExpiredEvent(_Model, kw_only=True, tag_field="event", tag="thread.run.step.expired"):
    data: RunStep = _ABSENT

    @property
    def event(self) -> Literal["thread.run.step.expired"]:
        """Always ``thread.run.step.expired`` (the tag that selects this type)."""
        return "thread.run.step.expired"


class AssistantTool(_Model, kw_only=True):
    type: Annotated[str, Meta(description="code_interpreter, retrieval, file_search or function.")] = _ABSENT
    function: FunctionDefinition | None = None
    file_search: AssistantToolFileSearchSettings | None = None


class Assistant(_Model, kw_only=True):
    id: str = _ABSENT
    object: Annotated[str, Meta(description="Always `assistant`.")] | None = None
    created_at: Annotated[int, Meta(description="Unix time (seconds) of creation.")] | None = None
    name: Annotated[str, Meta(description="The name, up to 256 characters.")] | None = None
    description: Annotated[str, Meta(description="The description, up to 512 characters.")] | None = None
    model: Annotated[str, Meta(description="The ID of the model.")] | None = None
    instructions: Annotated[str, Meta(description="The system instructions, up to 256,000 characters.")] | None = None
    tools: (
        Annotated[
            list[AssistantTool],
            Meta(description="Up to 128 tools of type code_interpreter, retrieval, file_search or function."),
        ]
        | None
    ) = None
    file_ids: (
        Annotated[list[str], Meta(description="Up to 20 IDs of attached files, ordered by their creation date.")] | None
    ) = None
    metadata: Annotated[dict[str, str], Meta(description="Up to 16 key-value pairs of your own.")] | None = None
    temperature: Annotated[float, Meta(description="The sampling temperature, when the server reports it.")] | None = (
        None
    )
    top_p: Annotated[float, Meta(description="The nucleus sampling mass, when the server reports it.")] | None = None
    response_format: (
        Annotated[
            str | RunResponseFormat,
            Meta(description="`none`, `auto` or an object with the format's `type`, when the server reports it."),
        ]
        | None
    ) = None
    tool_resources: (
        Annotated[
            AssistantToolResources,
            Meta(description="The resources of the tools, by tool (today's API; v1 reports `file_ids`)."),
        ]
        | None
    ) = None
    reasoning_effort: (
        Annotated[str, Meta(description="How much a reasoning model reasons, when the server reports it.")] | None
    ) = None


class ListAssistantsResponse(_Model, kw_only=True):
    data: list[Assistant] = _ABSENT
    has_more: bool = _ABSENT
    object: str | None = None
    first_id: str | None = None
    last_id: str | None = None


class MessageAttachment(_Model, kw_only=True):
    file_id: Annotated[str, Meta(description="The ID of the file.")] | None = None
    tools: (
        Annotated[
            list[AssistantTool], Meta(description="The tools the file was added to (code_interpreter or file_search).")
        ]
        | None
    ) = None


class Message(_Model, kw_only=True):
    id: str = _ABSENT
    object: Annotated[str, Meta(description="Always `thread.message`.")] | None = None
    created_at: Annotated[int, Meta(description="Unix time (seconds) of creation.")] | None = None
    thread_id: Annotated[str, Meta(description="The ID of the thread the message belongs to.")] | None = None
    status: Annotated[str, Meta(description="in_progress, incomplete or completed.")] | None = None
    incomplete_details: (
        Annotated[MessageIncompleteDetails, Meta(description="Why an incomplete message is incomplete.")] | None
    ) = None
    completed_at: Annotated[int, Meta(description="Unix time (seconds) of completion.")] | None = None
    incomplete_at: (
        Annotated[int, Meta(description="Unix time (seconds) when the message was marked incomplete.")] | None
    ) = None
    role: Annotated[str, Meta(description="user or assistant.")] | None = None
    content: Annotated[list[MessageContent], Meta(description="The content, as text and image parts.")] | None = None
    assistant_id: (
        Annotated[str, Meta(description="The ID of the assistant that wrote the message, if one did.")] | None
    ) = None
    run_id: (
        Annotated[
            str, Meta(description="The ID of the run that created the message; null for messages created by hand.")
        ]
        | None
    ) = None
    file_ids: (
        Annotated[
            list[str],
            Meta(description="Up to 10 IDs of files the message uses (v1; today's API reports `attachments`)."),
        ]
        | None
    ) = None
    attachments: (
        Annotated[
            list[MessageAttachment],
            Meta(description="Files attached to the message and the tools they were added to (today's API)."),
        ]
        | None
    ) = None
    metadata: Annotated[dict[str, str], Meta(description="Up to 16 key-value pairs of your own.")] | None = None


class ListMessagesResponse(_Model, kw_only=True):
    data: list[Message] = _ABSENT
    has_more: bool = _ABSENT
    object: str | None = None
    first_id: str | None = None
    last_id: str | None = None


class Run(_Model, kw_only=True):
    id: str = _ABSENT
    object: Annotated[str, Meta(description="Always `thread.run`.")] | None = None
    created_at: Annotated[int, Meta(description="Unix time (seconds) of creation.")] | None = None
    thread_id: Annotated[str, Meta(description="The ID of the thread the run executes on.")] | None = None
    assistant_id: Annotated[str, Meta(description="The ID of the assistant that executes the run.")] | None = None
    status: (
        Annotated[
            str,
            Meta(
                description="queued, in_progress, requires_action, cancelling, cancelled, failed, completed or expired."
            ),
        ]
        | None
    ) = None
    required_action: (
        Annotated[
            RunRequiredAction,
            Meta(description="What the run needs to continue (tool outputs), when its status is requires_action."),
        ]
        | None
    ) = None
    last_error: Annotated[RunLastError, Meta(description="The last error of the run, if any.")] | None = None
    expires_at: Annotated[int, Meta(description="Unix time (seconds) when the run expires.")] | None = None
    started_at: Annotated[int, Meta(description="Unix time (seconds) when the run started.")] | None = None
    cancelled_at: Annotated[int, Meta(description="Unix time (seconds) when the run was cancelled.")] | None = None
    failed_at: Annotated[int, Meta(description="Unix time (seconds) when the run failed.")] | None = None
    completed_at: Annotated[int, Meta(description="Unix time (seconds) when the run completed.")] | None = None
    incomplete_details: (
        Annotated[RunIncompleteDetails, Meta(description="Why the run is incomplete, if it is.")] | None
    ) = None
    model: Annotated[str, Meta(description="The model the run used.")] | None = None
    instructions: Annotated[str, Meta(description="The instructions the run used.")] | None = None
    tools: Annotated[list[AssistantTool], Meta(description="The tools the run used.")] | None = None
    file_ids: Annotated[list[str], Meta(description="The IDs of the files the run used.")] | None = None
    metadata: Annotated[dict[str, str], Meta(description="Up to 16 key-value pairs of your own.")] | None = None
    usage: (
        Annotated[CompletionUsage, Meta(description="Token usage of the run; null until it reaches a terminal status.")]
        | None
    ) = None
    temperature: (
        Annotated[float, Meta(description="The sampling temperature the run used (1 when not set).")] | None
    ) = None
    top_p: Annotated[float, Meta(description="The nucleus sampling mass the run used (1 when not set).")] | None = None
    max_prompt_tokens: Annotated[int, Meta(description="The most prompt tokens the run may use.")] | None = None
    max_completion_tokens: Annotated[int, Meta(description="The most completion tokens the run may use.")] | None = None
    truncation_strategy: (
        Annotated[RunTruncationStrategy, Meta(description="How the thread was truncated before the run.")] | None
    ) = None
    parallel_tool_calls: (
        Annotated[bool, Meta(description="Whether the model may call several functions at once (today's API).")] | None
    ) = None
    tool_choice: (
        Annotated[str | RunToolChoice, Meta(description="`none`, `auto`, `required`, or the tool the model must use.")]
        | None
    ) = None
    response_format: (
        Annotated[str | RunResponseFormat, Meta(description="`none`, `auto`, or an object with the format's `type`.")]
        | None
    ) = None


class ListRunsResponse(_Model, kw_only=True):
    data: list[Run] = _ABSENT
    has_more: bool = _ABSENT
    object: str | None = None
    first_id: str | None = None
    last_id: str | None = None


class ThreadRunCreatedEvent(_Model, kw_only=True, tag_field="event", tag="thread.run.created"):
    data: Run = _ABSENT

    @property
    def event(self) -> Literal["thread.run.created"]:
        """Always ``thread.run.created`` (the tag that selects this type)."""
        return "thread.run.created"


class ThreadRunQueuedEvent(_Model, kw_only=True, tag_field="event", tag="thread.run.queued"):
    data: Run = _ABSENT

    @property
    def event(self) -> Literal["thread.run.queued"]:
        """Always ``thread.run.queued`` (the tag that selects this type)."""
        return "thread.run.queued"


class ThreadRunInProgressEvent(_Model, kw_only=True, tag_field="event", tag="thread.run.in_progress"):
    data: Run = _ABSENT

    @property
    def event(self) -> Literal["thread.run.in_progress"]:
        """Always ``thread.run.in_progress`` (the tag that selects this type)."""
        return "thread.run.in_progress"


class ThreadRunRequiresActionEvent(_Model, kw_only=True, tag_field="event", tag="thread.run.requires_action"):
    data: Run = _ABSENT

    @property
    def event(self) -> Literal["thread.run.requires_action"]:
        """Always ``thread.run.requires_action`` (the tag that selects this type)."""
        return "thread.run.requires_action"


class ThreadRunCompletedEvent(_Model, kw_only=True, tag_field="event", tag="thread.run.completed"):
    data: Run = _ABSENT

    @property
    def event(self) -> Literal["thread.run.completed"]:
        """Always ``thread.run.completed`` (the tag that selects this type)."""
        return "thread.run.completed"


class ThreadRunFailedEvent(_Model, kw_only=True, tag_field="event", tag="thread.run.failed"):
    data: Run = _ABSENT

    @property
    def event(self) -> Literal["thread.run.failed"]:
        """Always ``thread.run.failed`` (the tag that selects this type)."""
        return "thread.run.failed"


class ThreadRunCancellingEvent(_Model, kw_only=True, tag_field="event", tag="thread.run.cancelling"):
    data: Run = _ABSENT

    @property
    def event(self) -> Literal["thread.run.cancelling"]:
        """Always ``thread.run.cancelling`` (the tag that selects this type)."""
        return "thread.run.cancelling"


class ThreadRunCancelledEvent(_Model, kw_only=True, tag_field="event", tag="thread.run.cancelled"):
    data: Run = _ABSENT

    @property
    def event(self) -> Literal["thread.run.cancelled"]:
        """Always ``thread.run.cancelled`` (the tag that selects this type)."""
        return "thread.run.cancelled"


class ThreadRunExpiredEvent(_Model, kw_only=True, tag_field="event", tag="thread.run.expired"):
    data: Run = _ABSENT

    @property
    def event(self) -> Literal["thread.run.expired"]:
        """Always ``thread.run.expired`` (the tag that selects this type)."""
        return "thread.run.expired"


class ThreadMessageCreatedEvent(_Model, kw_only=True, tag_field="event", tag="thread.message.created"):
    data: Message = _ABSENT

    @property
    def event(self) -> Literal["thread.message.created"]:
        """Always ``thread.message.created`` (the tag that selects this type)."""
        return "thread.message.created"


class ThreadMessageInProgressEvent(_Model, kw_only=True, tag_field="event", tag="thread.message.in_progress"):
    data: Message = _ABSENT

    @property
    def event(self) -> Literal["thread.message.in_progress"]:
        """Always ``thread.message.in_progress`` (the tag that selects this type)."""
        return "thread.message.in_progress"


class ThreadMessageCompletedEvent(_Model, kw_only=True, tag_field="event", tag="thread.message.completed"):
    data: Message = _ABSENT

    @property
    def event(self) -> Literal["thread.message.completed"]:
        """Always ``thread.message.completed`` (the tag that selects this type)."""
        return "thread.message.completed"


class ThreadMessageIncompleteEvent(_Model, kw_only=True, tag_field="event", tag="thread.message.incomplete"):
    data: Message = _ABSENT

    @property
    def event(self) -> Literal["thread.message.incomplete"]:
        """Always ``thread.message.incomplete`` (the tag that selects this type)."""
        return "thread.message.incomplete"


AssistantStreamEvent: TypeAlias = Annotated[
    ThreadCreatedEvent
    | ThreadRunCreatedEvent
    | ThreadRunQueuedEvent
    | ThreadRunInProgressEvent
    | ThreadRunRequiresActionEvent
    | ThreadRunCompletedEvent
    | ThreadRunFailedEvent
    | ThreadRunCancellingEvent
    | ThreadRunCancelledEvent
    | ThreadRunExpiredEvent
    | ThreadRunStepCreatedEvent
    | ThreadRunStepInProgressEvent
    | ThreadRunStepDeltaEvent
    | ThreadRunStepCompletedEvent
    | ThreadRunStepFailedEvent
    | ThreadRunStepCancelledEvent
    | ThreadRunStepExpiredEvent
    | ThreadMessageCreatedEvent
    | ThreadMessageInProgressEvent
    | ThreadMessageDeltaEvent
    | ThreadMessageCompletedEvent
    | ThreadMessageIncompleteEvent
    | ErrorEvent
    | DoneEvent,
    Meta(
        description='One event of a streamed run (`stream` true on createRun, createThreadAndRun and submitToolOutputsToRun).\nOn the wire each is a server-sent event whose `event:` field is the event\'s name and whose `data:` field\nis the object, e.g. `event: thread.run.created` / `data: {"id": "run_123", "object": "thread.run", ...}`;\nhere the two are one object, `{"event": <name>, "data": <object>}`. The stream ends with\n`event: done` / `data: [DONE]`. New event names may appear: skip those you do not know.\n'
    ),
]


__all__ = [
    "Assistant",
    "AssistantFile",
    "AssistantTool",
    "AssistantToolFileSearchSettings",
    "AssistantToolResources",
    "AssistantToolResourcesCodeInterpreter",
    "AssistantToolResourcesFileSearch",
    "AssistantToolsCode",
    "AssistantToolsFileSearch",
    "AssistantToolsFileSearchSettings",
    "AssistantToolsFileSearchTypeOnly",
    "AssistantToolsFunction",
    "AssistantToolsRetrieval",
    "AssistantsNamedToolChoice",
    "AssistantsNamedToolChoiceFunction",
    "ChunkingStrategyAuto",
    "ChunkingStrategyStatic",
    "ChunkingStrategyStaticSettings",
    "CreateAssistantFileRequest",
    "CreateAssistantRequest",
    "CreateMessageRequest",
    "CreateRunRequest",
    "CreateThreadAndRunRequest",
    "CreateThreadRequest",
    "CreateToolResources",
    "CreateToolResourcesFileSearch",
    "DeleteAssistantFileResponse",
    "DeleteAssistantResponse",
    "DeleteThreadResponse",
    "DoneEvent",
    "ErrorEvent",
    "FileSearchRanking",
    "FileSearchRankingOptions",
    "ListAssistantFilesResponse",
    "ListAssistantsResponse",
    "ListMessageFilesResponse",
    "ListMessagesResponse",
    "ListRunStepsResponse",
    "ListRunsResponse",
    "Message",
    "MessageAttachment",
    "MessageAttachmentRequest",
    "MessageContent",
    "MessageContentFileCitation",
    "MessageContentFilePath",
    "MessageContentImageFile",
    "MessageContentImageUrl",
    "MessageContentText",
    "MessageContentTextAnnotation",
    "MessageDelta",
    "MessageDeltaContent",
    "MessageDeltaContentFileCitation",
    "MessageDeltaContentFilePath",
    "MessageDeltaContentImageFile",
    "MessageDeltaContentImageUrl",
    "MessageDeltaContentText",
    "MessageDeltaContentTextAnnotation",
    "MessageDeltaObject",
    "MessageFile",
    "MessageIncompleteDetails",
    "MessageRequestContentImageFile",
    "MessageRequestContentImageUrl",
    "MessageRequestContentText",
    "MessageRequestImageFile",
    "MessageRequestImageUrl",
    "ModifyAssistantRequest",
    "ModifyMessageRequest",
    "ModifyRunRequest",
    "ModifyThreadRequest",
    "NewVectorStore",
    "Run",
    "RunIncompleteDetails",
    "RunLastError",
    "RunRequiredAction",
    "RunResponseFormat",
    "RunResponseFormatJsonSchema",
    "RunStep",
    "RunStepCodeInterpreter",
    "RunStepCodeInterpreterImage",
    "RunStepCodeInterpreterOutput",
    "RunStepDelta",
    "RunStepDeltaObject",
    "RunStepDetails",
    "RunStepFileSearch",
    "RunStepFileSearchResult",
    "RunStepFileSearchResultContent",
    "RunStepFunction",
    "RunStepMessageCreation",
    "RunStepToolCall",
    "RunSubmitToolOutputs",
    "RunToolCall",
    "RunToolCallFunction",
    "RunToolChoice",
    "RunTruncationStrategy",
    "SubmitToolOutputsRunRequest",
    "Thread",
    "ThreadCreatedEvent",
    "ThreadMessageCompletedEvent",
    "ThreadMessageCreatedEvent",
    "ThreadMessageDeltaEvent",
    "ThreadMessageInProgressEvent",
    "ThreadMessageIncompleteEvent",
    "ThreadRunCancelledEvent",
    "ThreadRunCancellingEvent",
    "ThreadRunCompletedEvent",
    "ThreadRunCreatedEvent",
    "ThreadRunExpiredEvent",
    "ThreadRunFailedEvent",
    "ThreadRunInProgressEvent",
    "ThreadRunQueuedEvent",
    "ThreadRunRequiresActionEvent",
    "ThreadRunStepCancelledEvent",
    "ThreadRunStepCompletedEvent",
    "ThreadRunStepCreatedEvent",
    "ThreadRunStepDeltaEvent",
    "ThreadRunStepExpiredEvent",
    "ThreadRunStepFailedEvent",
    "ThreadRunStepInProgressEvent",
    "ToolOutput",
    "ToolResources",
    "ToolResourcesCodeInterpreter",
    "ToolResourcesFileSearch",
    "TruncationStrategy",
]


for _name in __all__:
    globals()[_name].__module__ = "wushuang.types"
