# Generated from openapi/wushuang.yaml (sha256 14f3398b5a4bdf0a) by generator/ — do not edit by hand.
"""The modules of ``wushuang.types`` under the official SDK's names."""
