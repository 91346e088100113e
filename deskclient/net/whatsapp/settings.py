"""What the desk needs to speak for one WhatsApp business number (Cloud API).

The ids come from Meta's App Dashboard (WhatsApp > API Setup); the access token is a
system user's permanent token with whatsapp_business_messaging; the app secret signs
the webhooks Meta posts (X-Hub-Signature-256); the verify token is any string IT
chooses and types into the dashboard's webhook form (the GET handshake echoes it).
"""

from __future__ import annotations

from dataclasses import dataclass

from ...domain.channels import WHATSAPP_PREFIX

GRAPH_API = "https://graph.facebook.com/v21.0"
WEBHOOK_PATH = "/webhooks/whatsapp"


@dataclass(frozen=True)
class WhatsAppSettings:
    phone_number_id: str
    business_account_id: str
    access_token: str
    app_secret: str
    verify_token: str
    api_base_url: str = GRAPH_API  # the Graph API with its version; the simulator's in tests
    webhook_path: str = WEBHOOK_PATH  # where `serve` answers Meta (behind the HTTPS proxy)

    def __repr__(self) -> str:  # the secrets never reach a log or a traceback
        return (f"WhatsAppSettings(phone_number_id={self.phone_number_id!r}, "
                f"api_base_url={self.api_base_url!r}, webhook_path={self.webhook_path!r})")

    @property
    def account(self) -> str:
        """The desk's account string for this number (Gateway.account)."""
        return account_of(self.phone_number_id)


def account_of(phone_number_id: str) -> str:
    return WHATSAPP_PREFIX + phone_number_id
