# Generated from openapi/wushuang.yaml (sha256 239c8b8a96c6f748) by generator/ — do not edit by hand.
"""Contains endpoint functions for accessing the API"""
