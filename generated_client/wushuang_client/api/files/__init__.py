# Generated from openapi/wushuang.yaml (sha256 cba2f3448cb2d318) by generator/ — do not edit by hand.
"""Contains endpoint functions for accessing the API"""
