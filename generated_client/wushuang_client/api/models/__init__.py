# Generated from openapi/wushuang.yaml (sha256 082e4ab8d6ba1ca9) by generator/ — do not edit by hand.
"""Contains endpoint functions for accessing the API"""
