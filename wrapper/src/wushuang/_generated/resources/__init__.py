# Generated from openapi/wushuang.yaml (sha256 37b389674feebb29) by generator/ — do not edit by hand.
"""The resource classes, one module per top-level resource (completions, chat, models, files, audio, embeddings, moderations, images, fine_tuning, beta, midjourney), each loaded when
a client first touches that resource (see ``roots.py``)."""
