# Generated from openapi/wushuang.yaml (sha256 64239a6b5896bcff) by generator/ — do not edit by hand.
"""A client library for accessing 无双 AI relay API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
