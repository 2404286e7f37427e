# Generated from openapi/wushuang.yaml (sha256 b0a391386b1832f7) by generator/ — do not edit by hand.
"""Contains endpoint functions for accessing the API"""
