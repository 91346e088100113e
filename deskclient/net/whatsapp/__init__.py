"""WhatsApp Business Platform (Cloud API) as a channel of the desk (issue 16).

`WhatsAppGateway(settings, clock)` implements net/gateway.py's Gateway; `webhook_app`
is the aiohttp application `serve` mounts for Meta's webhooks.
"""

from .gateway import WhatsAppGateway
from .ids import message_key
from .settings import WhatsAppSettings
from .webhook import ENDPOINT, webhook_app

__all__ = ["ENDPOINT", "WhatsAppGateway", "WhatsAppSettings", "message_key", "webhook_app"]
