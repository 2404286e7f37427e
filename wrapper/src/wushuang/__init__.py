"""wushuang: the Python SDK for the 无双 AI relay."""
