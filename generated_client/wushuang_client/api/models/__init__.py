# Generated from openapi/wushuang.yaml (sha256 27c81346beef237d) by generator/ — do not edit by hand.
"""Contains endpoint functions for accessing the API"""
