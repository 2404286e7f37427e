# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""The commands of ``wushuang api`` for ``client.rerank`` (see ``wushuang._generated.cli``)."""

from __future__ import annotations

COMMANDS: dict[str, tuple[str, str, str, bool, bool, tuple[tuple[str, str, bool, str, tuple[str, ...]], ...]]] = {
    "rerank.create": (
        "createRerank",
        "Rerank documents",
        "The documents ordered by their relevance to the query, in the Jina / Cohere shape the relay routes to its rerank channels (new-api `dto/rerank.go`).",
        False,
        False,
        (
            ("model", "str", True, "The rerank model.", ()),
            ("query", "str", True, "What the documents are ranked against.", ()),
            ("documents", "json", True, "The documents, as strings.", ()),
            ("top_n", "int", False, "How many results to return (default: all).", ()),
            ("return_documents", "bool", False, "Whether each result carries its document.", ()),
        ),
    ),
}
