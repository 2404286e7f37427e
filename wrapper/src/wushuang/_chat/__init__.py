"""Chat's own rules: structured outputs (parse), the chat stream helper and its events, the chat stream's end."""
