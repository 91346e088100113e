"""Inline buttons on a bot's messages, and their presses, in the simulated Telegram.

A bot sends a message with `reply_markup=ReplyInlineMarkup(...)`: the message keeps it,
as the citizen sees it. A citizen presses a callback button, either played by the
operator (`user_presses`) or sent by a user's own client (messages.getBotCallbackAnswer):
the bot account gets UpdateBotCallbackQuery (no pts: Telegram sends it outside the
update sequence), answers with messages.setBotCallbackAnswer, and the answer is kept in
`callback_answers` (and returned to a client that asked). A press of a button the
message does not have is DATA_INVALID; a user account cannot answer (a bot's method).

A mixin of `SimulatedTelegram` (uses `accounts`, `users`, `_account_of`, `_input_user`,
`_seen`, `_senders`, `authorizations`, `_now`).
"""

from __future__ import annotations

import asyncio
import itertools

from telethon.tl import functions, types

from .sender import RpcFailure

ANSWER_WAIT = 5.0  # how long a user's client waits for the bot's answer


class BotButtons:
    callback_answers: dict[int, str | None]

    def _init_bot_buttons(self) -> None:
        self.callback_answers = {}
        self._query_ids = itertools.count(7_000_000_000)
        self._answer_waiters: dict[int, asyncio.Future] = {}
        self._handlers[functions.messages.SetBotCallbackAnswerRequest] = self._set_callback_answer
        self._handlers[functions.messages.GetBotCallbackAnswerRequest] = self._get_callback_answer

    def buttons_of(self, account, user) -> list[list[tuple[str, bytes]]]:
        """The inline buttons under the bot's last message to `user` that has any, by row."""
        acct = self.accounts[getattr(account, "id", account)]
        peer = types.PeerUser(getattr(user, "id", user))
        for message in sorted(acct.messages.values(), key=lambda m: m.id, reverse=True):
            markup = getattr(message, "reply_markup", None)
            if getattr(message, "peer_id", None) == peer and isinstance(markup, types.ReplyInlineMarkup):
                return [[(b.text, bytes(b.type.data)) for b in row.buttons if _is_callback(b)]
                        for row in markup.rows]
        return []

    def user_presses(self, user, account, message_id: int, data: bytes) -> int:
        """`user` presses the button with `data` under the bot's message `message_id`;
        the bot is told. Returns the query id (its answer: `callback_answers[id]`)."""
        acct = self.accounts[getattr(account, "id", account)]
        user = self.users[getattr(user, "id", user)]
        self._check_button(acct, user, message_id, data)
        query_id = next(self._query_ids)
        update = types.UpdateBotCallbackQuery(query_id=query_id, user_id=user.id, peer=types.PeerUser(user.id),
                                              msg_id=message_id, chat_instance=user.id ^ acct.user.id, data=data)
        envelope = types.Updates(updates=[update], users=[self._seen(acct, user), self._seen(acct, acct.user)],
                                 chats=[], date=self._now(), seq=0)
        for sender in list(self._senders):
            if self.authorizations.get(sender.key_id) == acct.user.id:
                sender.push(envelope)
        return query_id

    def _check_button(self, acct, user, message_id: int, data: bytes) -> None:
        message = acct.messages.get(message_id)
        markup = getattr(message, "reply_markup", None)
        if message is None or message.peer_id != types.PeerUser(user.id) or \
                not isinstance(markup, types.ReplyInlineMarkup):
            raise RpcFailure(400, "MESSAGE_ID_INVALID")
        if not any(_is_callback(b) and bytes(b.type.data) == bytes(data)
                   for row in markup.rows for b in row.buttons):
            raise RpcFailure(400, "DATA_INVALID")

    def _set_callback_answer(self, sender, request):
        acct = self._account_of(sender)
        if not acct.user.bot:
            raise RpcFailure(400, "BOT_METHOD_INVALID")
        if request.query_id in self.callback_answers:
            raise RpcFailure(400, "QUERY_ID_INVALID")  # answered once already
        self.callback_answers[request.query_id] = request.message
        waiter = self._answer_waiters.pop(request.query_id, None)
        if waiter is not None and not waiter.done():
            waiter.set_result(request.message)
        return True

    async def _get_callback_answer(self, sender, request):
        """A user's own client presses a button under a bot's message (the bot's message
        as that user sees it: the simulation keeps one copy, the bot's)."""
        me = self._account_of(sender).user
        bot = self._input_user(self._account_of(sender), request.peer)
        if bot.id not in self.accounts or not bot.bot:
            raise RpcFailure(400, "BOT_RESPONSE_TIMEOUT")
        query_id = self.user_presses(me, bot, request.msg_id, request.data or b"")
        waiter = asyncio.get_running_loop().create_future()
        self._answer_waiters[query_id] = waiter
        try:
            message = await asyncio.wait_for(waiter, ANSWER_WAIT)
        except asyncio.TimeoutError:
            raise RpcFailure(400, "BOT_RESPONSE_TIMEOUT") from None
        finally:
            self._answer_waiters.pop(query_id, None)
        return types.messages.BotCallbackAnswer(cache_time=0, message=message)


def _is_callback(button) -> bool:
    return isinstance(getattr(button, "type", None), types.InlineButtonTypeCallback)
