# Generated from openapi/wushuang.yaml (sha256 239c8b8a96c6f748) by generator/ — do not edit by hand.
"""The release version of both distributions: openapi/wushuang.yaml's info.version."""

__version__ = "0.1.0"
