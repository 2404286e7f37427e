# Generated from openapi/wushuang.yaml (sha256 bba38265216a6594) by generator/ — do not edit by hand.
"""Contains endpoint functions for accessing the API"""
