# Generated from openapi/wushuang.yaml (sha256 64239a6b5896bcff) by generator/ — do not edit by hand.
"""Contains endpoint functions for accessing the API"""
