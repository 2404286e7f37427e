# Generated from openapi/wushuang.yaml (sha256 6eda92a40ada6104) by generator/ — do not edit by hand.
"""Contains endpoint functions for accessing the API"""
