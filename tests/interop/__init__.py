"""Interop suite (nox -s interop): wushuang and openai against servers others wrote."""
