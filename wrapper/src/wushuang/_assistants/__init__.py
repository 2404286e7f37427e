"""The assistants' own rules: the run event stream and its end."""
