# Generated from openapi/wushuang.yaml (sha256 cba2f3448cb2d318) by generator/ — do not edit by hand.
"""Contains methods for accessing the API"""
