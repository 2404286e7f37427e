# Generated from openapi/wushuang.yaml (sha256 ab06193a60437a47) by generator/ — do not edit by hand.
"""Contains endpoint functions for accessing the API"""
