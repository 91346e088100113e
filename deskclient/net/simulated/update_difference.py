"""The SimulatedTelegram's update state and getDifference: what a client missed while
away, in pages of DIFFERENCE_LIMIT updates, as Telegram puts it (messages in their
current state, edits of older messages once each, every deletion).

A mixin of SimulatedTelegram: it uses `self.users`, `self.chats`, `self._now()`,
`self._seen()` and `self._account_of()`.
"""

from __future__ import annotations

from telethon.tl import types

from .accounts import Account

DIFFERENCE_LIMIT = 100


class UpdateDifference:
    """updates.getState and updates.getDifference, for one account's update log."""

    def _state(self, acct: Account) -> types.updates.State:
        return types.updates.State(pts=acct.pts, qts=0, date=self._now(), seq=0, unread_count=0)

    def _get_state(self, sender, request):
        return self._state(self._account_of(sender))

    def _get_difference(self, sender, request):
        acct = self._account_of(sender)
        missing = [(pts, update) for pts, _, update in acct.log if pts > request.pts]
        if not missing:
            return types.updates.DifferenceEmpty(date=self._now(), seq=0)
        part = missing[:DIFFERENCE_LIMIT]
        new_messages, other = self._as_difference(acct, [u for _, u in part])
        users, chats = self._entities_of(acct, [types.UpdateNewMessage(m, 0, 0) for m in new_messages] + other)
        if len(missing) > DIFFERENCE_LIMIT:
            state = types.updates.State(pts=part[-1][0], qts=0, date=self._now(), seq=0, unread_count=0)
            return types.updates.DifferenceSlice(new_messages=new_messages, new_encrypted_messages=[],
                                                 other_updates=other, chats=chats, users=users,
                                                 intermediate_state=state)
        return types.updates.Difference(new_messages=new_messages, new_encrypted_messages=[],
                                        other_updates=other, chats=chats, users=users,
                                        state=self._state(acct))

    def _as_difference(self, acct: Account, updates: list) -> tuple[list, list]:
        """What Telegram puts in a difference: the messages created in the range in their
        current state (edited text, absent once deleted), and in other_updates the edits
        of older messages (their current state, once each) and every deletion."""
        created = [u.message.id for u in updates if isinstance(u, types.UpdateNewMessage)]
        new_messages = [acct.messages[i] for i in created if i in acct.messages]
        other, edited = [], set()
        for update in reversed(updates):
            if isinstance(update, types.UpdateNewMessage):
                continue
            if isinstance(update, types.UpdateEditMessage):
                mid = update.message.id
                if mid in created or mid in edited or mid not in acct.messages:
                    continue
                edited.add(mid)
                update = types.UpdateEditMessage(acct.messages[mid], update.pts, update.pts_count)
            other.append(update)
        other.reverse()
        return new_messages, other

    def _entities_of(self, acct: Account, updates: list) -> tuple[list, list]:
        user_ids, chat_ids = {acct.user.id}, set()
        for update in updates:
            message = getattr(update, "message", None)
            for peer in (getattr(message, "peer_id", None), getattr(message, "from_id", None),
                         getattr(getattr(message, "fwd_from", None), "from_id", None)):
                if isinstance(peer, types.PeerUser):
                    user_ids.add(peer.user_id)
                elif isinstance(peer, types.PeerChat):
                    chat_ids.add(peer.chat_id)
        users = [self._seen(acct, self.users[u]) for u in user_ids if u in self.users]
        return users, [self.chats[c] for c in chat_ids if c in self.chats]
