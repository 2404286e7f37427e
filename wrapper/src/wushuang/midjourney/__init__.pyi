"""The public names of ``wushuang.midjourney``, listed once: type checkers read them here, and ``__init__.py`` loads
each on first use from the module named here (``lazy_loader.attach_stub``)."""

from ._errors import (
    MidjourneyError as MidjourneyError,
    MidjourneyModalRequiredError as MidjourneyModalRequiredError,
    MidjourneyTaskFailedError as MidjourneyTaskFailedError,
    MidjourneyTimeoutError as MidjourneyTimeoutError,
)
from ._grid import split_grid as split_grid
from ._helpers import (
    ButtonPress as ButtonPress,
    ImagineOutcome as ImagineOutcome,
    parse_task_notification as parse_task_notification,
)
from ._mode import MIDJOURNEY_MODES as MIDJOURNEY_MODES
