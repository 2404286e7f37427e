# Generated from openapi/wushuang.yaml (sha256 32816c9b4b322899) by generator/ — do not edit by hand.
"""Contains endpoint functions for accessing the API"""
