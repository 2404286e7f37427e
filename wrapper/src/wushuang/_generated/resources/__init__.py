# Generated from openapi/wushuang.yaml (sha256 bba38265216a6594) by generator/ — do not edit by hand.
"""The resource classes, one module per top-level resource (completions, chat, models, files, audio, beta, midjourney), each loaded when
a client first touches that resource (see ``roots.py``)."""
