# Generated from openapi/wushuang.yaml (sha256 35ad5e4306fa839c) by generator/ — do not edit by hand.
"""The modules of ``wushuang.types`` under the official SDK's names."""
