# Generated from openapi/wushuang.yaml (sha256 773223c7fd142d8c) by generator/ — do not edit by hand.
"""The modules of ``wushuang.types`` under the official SDK's names."""
