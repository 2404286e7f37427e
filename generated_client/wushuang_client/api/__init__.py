# Generated from openapi/wushuang.yaml (sha256 27c81346beef237d) by generator/ — do not edit by hand.
"""Contains methods for accessing the API"""
