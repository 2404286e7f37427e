# Generated from openapi/wushuang.yaml (sha256 cba2f3448cb2d318) by generator/ — do not edit by hand.
"""A client library for accessing 无双 AI relay API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
