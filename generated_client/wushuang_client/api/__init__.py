# Generated from openapi/wushuang.yaml (sha256 308ae75e90aed858) by generator/ — do not edit by hand.
"""Contains methods for accessing the API"""
