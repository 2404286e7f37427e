# Generated from openapi/wushuang.yaml (sha256 27c81346beef237d) by generator/ — do not edit by hand.
"""The modules of ``wushuang.types`` under the official SDK's names."""
