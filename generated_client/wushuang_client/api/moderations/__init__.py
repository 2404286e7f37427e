# Generated from openapi/wushuang.yaml (sha256 813f67cf58f9814a) by generator/ — do not edit by hand.
"""Contains endpoint functions for accessing the API"""
