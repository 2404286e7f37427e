# Generated from openapi/wushuang.yaml (sha256 620f13c06073a0bb) by generator/ — do not edit by hand.
"""Contains endpoint functions for accessing the API"""
