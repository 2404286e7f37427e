# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""The resource classes, one module per resource (``beta_threads_runs``: ``client.beta.threads.runs``), each loaded
when a client first touches that resource (see ``roots.py``; a sub-resource by its parent's property).

Every method is written once per sync / async class; ``with_raw_response`` and ``with_streaming_response`` are
derived from it by the typed wrappers of ``wushuang._core.resource``. Nothing here sends a request by itself: each
method hands its arguments, written out by name, and its per-call options to the client with its entry of the
operation table (``wushuang._generated.operations``). Each ends in ``**unknown: Never``: type checkers still refuse
any other keyword, and at run time one is refused before anything is sent, with the nearest parameter's name
(``unexpected_keyword``).
"""
