# Generated from openapi/wushuang.yaml (sha256 37b389674feebb29) by generator/ — do not edit by hand.
"""Contains endpoint functions for accessing the API"""
