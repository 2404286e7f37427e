# Generated from openapi/wushuang.yaml (sha256 773223c7fd142d8c) by generator/ — do not edit by hand.
"""Contains endpoint functions for accessing the API"""
