# Generated from openapi/wushuang.yaml (sha256 a380b3bad5c311e5) by generator/ — do not edit by hand.
"""The resource classes, one module per top-level resource (completions, chat, models, files, audio, beta, midjourney), each loaded when
a client first touches that resource (see ``roots.py``)."""
