# Generated from openapi/wushuang.yaml (sha256 639021e0ed21a694) by generator/ — do not edit by hand.
"""Contains methods for accessing the API"""
