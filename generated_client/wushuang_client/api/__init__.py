# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""Contains methods for accessing the API"""
