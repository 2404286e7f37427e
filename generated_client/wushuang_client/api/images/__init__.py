# Generated from openapi/wushuang.yaml (sha256 aaf82aa2d7833e61) by generator/ — do not edit by hand.
"""Contains endpoint functions for accessing the API"""
