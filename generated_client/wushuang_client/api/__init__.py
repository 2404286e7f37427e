# Generated from openapi/wushuang.yaml (sha256 a380b3bad5c311e5) by generator/ — do not edit by hand.
"""Contains methods for accessing the API"""
