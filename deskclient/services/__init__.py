"""Use cases: what the desk does, on top of the store and the gateway."""
