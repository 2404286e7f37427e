# Generated from openapi/wushuang.yaml (sha256 b862e4e3a484270d) by generator/ — do not edit by hand.
"""Contains endpoint functions for accessing the API"""
