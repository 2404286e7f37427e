# Generated from openapi/wushuang.yaml (sha256 88378a605118ce8d) by generator/ — do not edit by hand.
"""Contains methods for accessing the API"""
