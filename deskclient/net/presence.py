"""Read receipts and typing: Telegram's updates about the citizen, as the desk's values.

- `UpdateReadHistoryOutbox(peer, max_id, pts)`: the citizen read the account's messages
  in their private chat up to `max_id`. It carries the account's pts like a message, so
  a session that was away gets it through getDifference (DeskMessageBox hands such
  updates on), and the saved update position passes it only once it is filed.
- `UpdateUserTyping(user_id, action)`: the citizen types (`SendMessageTypingAction`,
  repeated by their app about every 5 s while they do) or stopped
  (`SendMessageCancelAction`). It has no pts: a session that was away never hears of
  it, which is right for something that is over in seconds. Not stored.

The listener's `on_outbox_read(OutboxRead)` and `on_typing(CitizenTyping)` are optional
(services/ingest.py has both); groups and channels are none of the desk's business.
"""

from __future__ import annotations

from dataclasses import replace

from telethon import events
from telethon.tl import types

from ..domain.messages import CitizenTyping, OutboxRead

PRESENCE_UPDATES = (types.UpdateReadHistoryOutbox, types.UpdateUserTyping)


class CitizenPresence:
    """TelethonGateway mixin (uses `_me_known`, `_listener`, `account`)."""

    def _register_presence(self, client) -> None:
        client.add_event_handler(self._on_presence, events.Raw(types=list(PRESENCE_UPDATES)))

    async def _on_presence(self, update) -> None:
        event = presence_of(update)
        if event is None:
            return
        await self._me_known.wait()
        event = replace(event, account=self.account)
        name = "on_outbox_read" if isinstance(event, OutboxRead) else "on_typing"
        handler = getattr(self._listener, name, None)
        if handler is not None:
            await handler(event)


def presence_of(update) -> OutboxRead | CitizenTyping | None:
    """The update as a desk value (its account filled in by the gateway), or None when it
    is not about a citizen's private chat or is another kind of chat action."""
    if isinstance(update, types.UpdateReadHistoryOutbox):
        if isinstance(update.peer, types.PeerUser):
            return OutboxRead(account="", citizen_address=update.peer.user_id, max_id=update.max_id)
        return None
    if isinstance(update, types.UpdateUserTyping):
        if isinstance(update.action, types.SendMessageTypingAction):
            return CitizenTyping(account="", citizen_address=update.user_id, typing=True)
        if isinstance(update.action, types.SendMessageCancelAction):
            return CitizenTyping(account="", citizen_address=update.user_id, typing=False)
    return None
