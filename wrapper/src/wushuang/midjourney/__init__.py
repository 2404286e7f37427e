"""Midjourney through the relay: every rule of the product in one place.

The generated ``client.midjourney.submit`` / ``client.midjourney.tasks`` resources gain their hand-written methods
here (buttons, modal steps, waits, downloads: ``_helpers``), and the product plugs its rules into the core by its
``x-sdk`` values: the submit envelope (``envelope: midjourney``, ``_envelope``). Its errors, the answer types of
its helpers, ``parse_task_notification`` and ``split_grid`` are exported here and by ``wushuang``; modules load
when a name is first used.
"""

import lazy_loader

__getattr__, __dir__, __all__ = lazy_loader.attach_stub(__name__, __file__)
