# Generated from openapi/wushuang.yaml (sha256 308ae75e90aed858) by generator/ — do not edit by hand.
"""Contains endpoint functions for accessing the API"""
