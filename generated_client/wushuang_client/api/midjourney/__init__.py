# Generated from openapi/wushuang.yaml (sha256 766d121b461e4647) by generator/ — do not edit by hand.
"""Contains endpoint functions for accessing the API"""
