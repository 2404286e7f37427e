# Generated from openapi/wushuang.yaml (sha256 639021e0ed21a694) by generator/ — do not edit by hand.
"""The release version of both distributions: openapi/wushuang.yaml's info.version."""

__version__ = "0.1.0"
