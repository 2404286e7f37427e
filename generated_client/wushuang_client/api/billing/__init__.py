# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""Contains endpoint functions for accessing the API"""
