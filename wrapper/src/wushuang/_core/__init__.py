"""The core every operation goes through: the clients, the request, the send loop and its middleware, results,
streams, errors."""
