"""What the SimulatedTelegram does for broadcasts: recipients who blocked the account or
deleted their own, and a file sent again by reference.

- `user_blocks(user, account)`: the user blocked the account; every send to them is
  answered 400 USER_IS_BLOCKED, as Telegram does.
- `user_deactivated(user)`: the user deleted their Telegram account; every send to them
  is answered 400 INPUT_USER_DEACTIVATED.
- `messages.sendMedia` with `InputMediaDocument` (a document already on the server,
  by id and access hash): the way a broadcast sends its file to thousands after
  uploading it once.
"""

from __future__ import annotations

from telethon.tl import types

from .sender import RpcFailure


class BroadcastRecipients:
    def _blocked(self) -> set[tuple[int, int]]:
        return self.__dict__.setdefault("_blocked_by", set())  # (account id, user id)

    def _deactivated(self) -> set[int]:
        return self.__dict__.setdefault("_deactivated_users", set())

    def user_blocks(self, user, account) -> None:
        self._blocked().add((account.id, user.id))

    def user_deactivated(self, user) -> None:
        self._deactivated().add(user.id)

    def _check_recipient(self, acct, user) -> None:
        """Before a send is counted: a recipient who cannot receive it."""
        if user.id in self._deactivated():
            raise RpcFailure(400, "INPUT_USER_DEACTIVATED")
        if (acct.user.id, user.id) in self._blocked():
            raise RpcFailure(400, "USER_IS_BLOCKED")

    def _known_document(self, media) -> types.MessageMediaDocument:
        """An `InputMediaDocument` naming a document the server has (any account's sent file)."""
        ref = media.id
        known = self.documents.get(getattr(ref, "id", None))
        if known is None or not isinstance(known[0], types.Document) or known[0].access_hash != ref.access_hash:
            raise RpcFailure(400, "MEDIA_INVALID")
        self.__dict__.setdefault("documents_reused", [0])[0] += 1
        document = known[0]
        return types.MessageMediaDocument(document=types.Document(
            id=document.id, access_hash=document.access_hash, file_reference=document.file_reference,
            date=document.date, mime_type=document.mime_type, size=document.size, dc_id=document.dc_id,
            attributes=document.attributes))
