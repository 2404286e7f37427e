# Generated from openapi/wushuang.yaml (sha256 64239a6b5896bcff) by generator/ — do not edit by hand.
"""The resource classes, one module per top-level resource (completions, chat, models, files, audio, embeddings, moderations, images, fine_tuning, beta, midjourney), each loaded when
a client first touches that resource (see ``roots.py``)."""
