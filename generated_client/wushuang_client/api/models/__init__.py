# Generated from openapi/wushuang.yaml (sha256 d51a368ee651aa33) by generator/ — do not edit by hand.
"""Contains endpoint functions for accessing the API"""
