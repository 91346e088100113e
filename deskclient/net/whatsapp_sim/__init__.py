"""A simulated WhatsApp Cloud API (issue 16): an in-process aiohttp server for tests and
`--demo`, with a citizen's side that sends the desk signed webhooks."""

from .server import Received, SimulatedCloudAPI

__all__ = ["Received", "SimulatedCloudAPI"]
