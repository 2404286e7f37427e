# Generated from openapi/wushuang.yaml (sha256 a4ad3bbfb4540721) by generator/ — do not edit by hand.
"""Contains endpoint functions for accessing the API"""
