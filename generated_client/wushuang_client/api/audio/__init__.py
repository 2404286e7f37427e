# Generated from openapi/wushuang.yaml (sha256 88378a605118ce8d) by generator/ — do not edit by hand.
"""Contains endpoint functions for accessing the API"""
