"""Which event handlers an update can reach, by its type, so only those builders run.

Telethon offers every update to every registered handler: each builder's `build()` is
called (and its event made) before most of them find the update is not theirs. The
gateway registers seven (messages, service messages, edits, deletions, group actions,
button presses, read receipts and typing); a citizen's message reaches three of them.
The update types each of Telethon 1.45's builders takes are read from their `build()`
methods (pinned in pyproject.toml); a builder not listed here is offered every update,
as Telethon does.
"""

from __future__ import annotations

from telethon import events
from telethon.tl import types

TAKES: dict[type, tuple[type, ...]] = {
    events.NewMessage: (types.UpdateNewMessage, types.UpdateNewChannelMessage, types.UpdateShortMessage,
                        types.UpdateShortChatMessage),
    events.MessageEdited: (types.UpdateEditMessage, types.UpdateEditChannelMessage),
    events.MessageDeleted: (types.UpdateDeleteMessages, types.UpdateDeleteChannelMessages),
    events.ChatAction: (types.UpdatePinnedChannelMessages, types.UpdatePinnedMessages,
                        types.UpdateChatParticipantAdd, types.UpdateChatParticipantDelete,
                        types.UpdateNewMessage, types.UpdateNewChannelMessage, types.UpdateChannelParticipant),
    events.CallbackQuery: (types.UpdateBotCallbackQuery, types.UpdateInlineBotCallbackQuery),
}


def takes(builder, update_type: type) -> bool:
    """Whether `builder` (an EventBuilder instance) can make an event of this update type."""
    if isinstance(builder, events.Raw):
        return not builder.types or issubclass(update_type, builder.types)
    for kind in type(builder).__mro__:
        if kind in TAKES:
            return issubclass(update_type, TAKES[kind])
    return True


class UpdateRoutes:
    """The (builder, callback) pairs of a client for each update type, in registration
    order; forgotten when a handler is added or removed."""

    def __init__(self) -> None:
        self._routes: dict[type, list] = {}

    def changed(self) -> None:
        self._routes.clear()

    def of(self, handlers: list, update_type: type) -> list:
        routes = self._routes.get(update_type)
        if routes is None:
            routes = self._routes[update_type] = [(builder, callback) for builder, callback in handlers
                                                  if takes(builder, update_type)]
        return routes
