# Generated from openapi/wushuang.yaml (sha256 37b389674feebb29) by generator/ — do not edit by hand.
"""Request validators: one module per operation, whose ``validate`` checks its arguments; the
validators of component schemas that two or more operations use are shared in ``_components``."""
