# Generated from openapi/wushuang.yaml (sha256 b0a391386b1832f7) by generator/ — do not edit by hand.
"""Contains methods for accessing the API"""
