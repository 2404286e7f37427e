# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""The release version of both distributions: openapi/wushuang.yaml's info.version."""

__version__ = "0.1.0"
