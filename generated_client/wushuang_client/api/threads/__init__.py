# Generated from openapi/wushuang.yaml (sha256 3854e09bb91a9171) by generator/ — do not edit by hand.
"""Contains endpoint functions for accessing the API"""
