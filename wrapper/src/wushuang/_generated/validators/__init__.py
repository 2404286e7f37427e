# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""Request validators: one module per operation, whose ``validate`` checks its arguments; the
validators of component schemas that two or more operations use are shared in ``_components``."""
