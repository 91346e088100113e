"""What a simulated citizen does in their app besides writing: reading and typing.

As real Telegram does, as far as the desk relies on it:

- `user_reads`: the citizen opens the chat and reads what the account sent them, up to
  a message (the newest by default). The account gets `UpdateReadHistoryOutbox(peer,
  max_id)` in its update log with a pts of its own, pushed to its connected sessions
  and, for one that was away (or lost the push), in `updates.getDifference`'s
  other_updates. Reading up to where they had read already changes nothing and sends
  nothing.
- `user_types`: `UpdateShort(UpdateUserTyping(user_id, SendMessageTypingAction))` pushed
  to the account's connected sessions (`typing=False`: SendMessageCancelAction). It is
  in no update log: a session that was away never hears of it.

A mixin of `SimulatedTelegram` (uses `accounts`, `_senders`, `authorizations`,
`_log_and_push`, `_now`).
"""

from __future__ import annotations

from telethon.tl import types


class CitizenActivity:
    read_up_to: dict[tuple[int, int], int]  # (account id, user id) -> max_id read

    def _init_presence(self) -> None:
        self.read_up_to = {}

    def user_reads(self, user, account, max_id: int | None = None, push: bool = True) -> int:
        """`user` reads the account's messages to them up to `max_id` (default: the
        newest); `push=False` loses the push (a session gets it through getDifference).
        Returns the id read up to."""
        acct = self.accounts[account.id]
        sent = [m.id for m in acct.delivered_to[user.id]]
        wanted = max(sent, default=0) if max_id is None else max_id
        key = (account.id, user.id)
        if wanted <= self.read_up_to.get(key, 0):
            return self.read_up_to.get(key, 0)
        self.read_up_to[key] = wanted
        update = types.UpdateReadHistoryOutbox(peer=types.PeerUser(user.id), max_id=wanted, pts=0, pts_count=1)
        self._log_and_push(acct, update, [user], [], push)
        return wanted

    def user_types(self, user, account, typing: bool = True) -> None:
        """`user` types in their chat with the account (or stops: `typing=False`)."""
        action = types.SendMessageTypingAction() if typing else types.SendMessageCancelAction()
        envelope = types.UpdateShort(update=types.UpdateUserTyping(user_id=user.id, action=action),
                                     date=self._now())
        for sender in list(self._senders):
            if self.authorizations.get(sender.key_id) == account.id:
                sender.push(envelope)
