# Generated from openapi/wushuang.yaml (sha256 6d7010e44c23942e) by generator/ — do not edit by hand.
"""Contains endpoint functions for accessing the API"""
