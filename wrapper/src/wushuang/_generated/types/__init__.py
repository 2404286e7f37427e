# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""The modules of ``wushuang.types`` under the official SDK's names."""
