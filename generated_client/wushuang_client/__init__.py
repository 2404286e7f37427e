# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""A client library for accessing 无双 AI relay API"""

from .client import AuthenticatedClient, Client

__version__ = "0.1.0"

__all__ = (
    "AuthenticatedClient",
    "Client",
    "__version__",
)
