# Generated from openapi/wushuang.yaml (sha256 a380b3bad5c311e5) by generator/ — do not edit by hand.
"""A client library for accessing 无双 AI relay API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
