"""The simulated Telegram's deletion of a private chat's history (messages.DeleteHistory).

What real Telegram does, as far as the desk relies on it: the account's messages of that
chat up to `max_id` (0: all) go from the account's side, and with `revoke` from the
other user's side too; the account's update log gets one UpdateDeleteMessages, and the
answer is `messages.AffectedHistory` with its pts. Bots may not call it
(BOT_METHOD_INVALID). Every call that deleted is recorded in `history_deletes`, so a
test can tell that a purge deleted a chat on Telegram, and how many times.

A mixin of `SimulatedTelegram` (uses `accounts`, `_account_of`, `_input_user`).
"""

from __future__ import annotations

from dataclasses import dataclass

from telethon.tl import types

from .sender import RpcFailure


@dataclass(frozen=True)
class HistoryDeleted:
    account: int
    user: int
    max_id: int
    revoke: bool
    message_ids: tuple[int, ...]


class PrivateChatHistory:
    history_deletes: list[HistoryDeleted]
    history_delete_failures: list[tuple[int, str]]

    def _init_chat_history(self) -> None:
        self.history_deletes = []
        self.history_delete_failures = []

    def fail_next_history_delete(self, times: int = 1, code: int = 500, message: str = "RPC_CALL_FAIL") -> None:
        """The next `times` DeleteHistory requests of private chats answer this RPC error."""
        self.history_delete_failures.extend([(code, message)] * times)

    def deleted_histories(self, account, user) -> list[HistoryDeleted]:
        """The deletions of this chat's history the account made, in order."""
        account_id = getattr(account, "id", account)
        user_id = getattr(user, "id", user)
        return [d for d in self.history_deletes if d.account == account_id and d.user == user_id]

    def chat_messages(self, account, user) -> list[int]:
        """Ids of the messages of this private chat still on the account's side."""
        acct = self.accounts[getattr(account, "id", account)]
        peer = types.PeerUser(getattr(user, "id", user))
        return sorted(mid for mid, m in acct.messages.items() if getattr(m, "peer_id", None) == peer)

    def _delete_private_history(self, sender, request):
        acct = self._account_of(sender)
        if acct.user.bot:
            raise RpcFailure(400, "BOT_METHOD_INVALID")
        user = self._input_user(acct, request.peer)
        if self.history_delete_failures:
            code, message = self.history_delete_failures.pop(0)
            raise RpcFailure(code, message)
        peer = types.PeerUser(user.id)
        gone = sorted(mid for mid, m in acct.messages.items()
                      if getattr(m, "peer_id", None) == peer and (not request.max_id or mid <= request.max_id))
        for mid in gone:
            acct.messages.pop(mid)
        if request.revoke:  # the citizen's side too
            acct.delivered_to[user.id] = [m for m in acct.delivered_to[user.id] if m.id not in gone]
        self.history_deletes.append(HistoryDeleted(acct.user.id, user.id, request.max_id,
                                                   bool(request.revoke), tuple(gone)))
        if gone:
            self._log(acct, types.UpdateDeleteMessages(gone, 0, len(gone)))
        return types.messages.AffectedHistory(pts=acct.pts, pts_count=len(gone), offset=0)
