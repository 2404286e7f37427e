# Generated from openapi/wushuang.yaml (sha256 813f67cf58f9814a) by generator/ — do not edit by hand.
"""A client library for accessing 无双 AI relay API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
