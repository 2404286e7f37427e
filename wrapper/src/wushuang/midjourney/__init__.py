"""Midjourney through the relay: every rule of the product in one place."""
