# Generated from openapi/wushuang.yaml (sha256 37b389674feebb29) by generator/ — do not edit by hand.
"""The modules of ``wushuang.types`` under the official SDK's names."""
