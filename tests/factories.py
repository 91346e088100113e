"""Small builders for inbound messages, so tests read like the conversation they play."""

from __future__ import annotations

import itertools
from datetime import datetime

from deskclient.domain.messages import CitizenIdentity, ForwardOrigin, InboundMessage, IncomingFile

_ids = itertools.count(1)


def citizen(address: int = 501, name: str = "Marta Puig", language: str | None = None) -> CitizenIdentity:
    return CitizenIdentity(address=address, name=name, phone="+34600111222", language=language)


def inbound(who: CitizenIdentity, date: datetime, text: str = "Bon dia, no puc signar el tràmit",
            channel_message_id: int | None = None, **extra) -> InboundMessage:
    return InboundMessage(account="acct", citizen=who, channel_message_id=channel_message_id or next(_ids),
                          date=date, text=text, **extra)


__all__ = ["citizen", "inbound", "ForwardOrigin", "IncomingFile"]
