# Generated from openapi/wushuang.yaml (sha256 b862e4e3a484270d) by generator/ — do not edit by hand.
"""The release version of both distributions: openapi/wushuang.yaml's info.version."""

__version__ = "0.1.0"
