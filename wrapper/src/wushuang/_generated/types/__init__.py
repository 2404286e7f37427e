# Generated from openapi/wushuang.yaml (sha256 308ae75e90aed858) by generator/ — do not edit by hand.
"""The modules of ``wushuang.types`` under the official SDK's names."""
