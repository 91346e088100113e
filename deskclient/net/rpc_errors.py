"""Telegram's refusals → the gateway errors the outbox understands.

The outbox never blocks on one message: what can never go as it is (`Undeliverable`)
is marked failed at once with a plain reason the agent can act on; what may go later
(`GatewayError`, retry=True) is tried again and marked failed after outbox.max_attempts;
a flood wait (`RateLimited`) pauses the whole account; no connection is `Offline`.
"""

from __future__ import annotations

from telethon import errors

from ..errors import NOT_SENT_WITH_CODE, REFUSED_WITH_CODE, sentence
from .gateway import GatewayError, Offline, RateLimited, RecipientGone, Undeliverable

# PEER_FLOOD says the account wrote to too many people who never wrote first, with no
# time to wait given. Telegram lifts it only after a while (minutes to hours); sending
# on at once deepens the limit, so the whole account pauses for five minutes and tries
# again (the agents see the pause in the status bar).
PEER_FLOOD_PAUSE = 300

# The citizen can receive nothing any more (RecipientGone: a broadcast list drops them).
_GONE = (
    (errors.UserIsBlockedError, sentence("the citizen has blocked the service account")),
    (errors.InputUserDeactivatedError, sentence("the citizen's Telegram account was deleted")),
    (errors.UserDeactivatedError, sentence("the citizen's Telegram account was deleted")),
)
_PLAIN = (
    (errors.MediaCaptionTooLongError, sentence("the caption is longer than Telegram allows (1,024 characters)")),
    (errors.MessageTooLongError, sentence("the text is longer than Telegram allows (4,096 characters)")),
    (errors.MessageEmptyError, sentence("Telegram refuses an empty message")),
    (errors.UserIsBlockedError, sentence("the citizen has blocked the service account")),
    (errors.InputUserDeactivatedError, sentence("the citizen's Telegram account was deleted")),
    (errors.UserDeactivatedError, sentence("the citizen's Telegram account was deleted")),
    (errors.PeerIdInvalidError, sentence("Telegram does not know this citizen for the service account")),
    (errors.UserIdInvalidError, sentence("Telegram does not know this citizen for the service account")),
    (errors.FilePartsInvalidError, sentence("Telegram refused the file")),
    (errors.FilePartTooBigError, sentence("the file is too big for Telegram")),
)
_PLAIN_BY_NAME = {
    "YOU_BLOCKED_USER": sentence("the service account has blocked this citizen"),
    "PRIVACY_PREMIUM_REQUIRED": sentence("the citizen accepts messages from Premium accounts only"),
    "CHAT_WRITE_FORBIDDEN": sentence("the service account may not write in this chat"),
}


def gateway_error(exc: BaseException) -> GatewayError:
    """The gateway error for a failure while sending (or editing, deleting)."""
    if isinstance(exc, GatewayError):
        return exc
    if isinstance(exc, errors.FloodWaitError):
        return RateLimited(exc.seconds)
    if isinstance(exc, errors.PeerFloodError) or getattr(exc, "message", "") == "PEER_FLOOD":
        return RateLimited(PEER_FLOOD_PAUSE)
    if isinstance(exc, FileNotFoundError):
        return Undeliverable(sentence("the file to send is no longer on disk"))
    for kind, reason in _GONE:
        if isinstance(exc, kind):
            return RecipientGone(reason)
    for kind, reason in _PLAIN:
        if isinstance(exc, kind):
            return Undeliverable(reason)
    if isinstance(exc, errors.RPCError):
        name = exc.message or type(exc).__name__
        if name in _PLAIN_BY_NAME:
            return Undeliverable(_PLAIN_BY_NAME[name])
        if name.endswith("_FORBIDDEN"):  # a rule of the chat or the citizen's privacy
            return Undeliverable(REFUSED_WITH_CODE.format(code=name))
        return GatewayError(REFUSED_WITH_CODE.format(code=name))
    if isinstance(exc, (OSError, ConnectionError, TimeoutError)):
        return Offline(sentence("not connected to Telegram"))
    if isinstance(exc, ValueError):  # Telethon: "Cannot send requests while disconnected", unknown entity
        return GatewayError(sentence("the message could not be sent"))
    return GatewayError(NOT_SENT_WITH_CODE.format(code=type(exc).__name__))


def call_error(exc: BaseException, refused: type[GatewayError], what: str) -> GatewayError:
    """The gateway error for a failure of a call other than a send (reading a message
    again, a file's bytes, leaving a group): a flood wait, a refusal of kind `refused`
    saying `what`, or Offline."""
    if isinstance(exc, errors.FloodWaitError):
        return RateLimited(exc.seconds)
    if isinstance(exc, errors.RPCError):
        return refused(f"{what} ({exc.message})")
    return Offline(str(exc))
