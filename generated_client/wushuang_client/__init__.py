# Generated from openapi/wushuang.yaml (sha256 766d121b461e4647) by generator/ — do not edit by hand.
"""A client library for accessing 无双 AI relay API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
