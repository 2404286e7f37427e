# Generated from openapi/wushuang.yaml (sha256 14f3398b5a4bdf0a) by generator/ — do not edit by hand.
"""Contains endpoint functions for accessing the API"""
