"""WhatsApp's string ids as the store's int keys.

The store keys a message by an int (`telegram_id`); WhatsApp names one by a string
("wamid.HBgL…"). One stable mapping, used for an inbound message, a reply's
`context.id`, a reaction's target and a status webhook alike, so each reaches the
same row; a redelivered webhook maps to the key already filed (the store's unique key
files it once). 63 bits so it fits a signed BIGINT; a collision needs ~3·10⁹ messages
in one conversation's account to be likely.
"""

from __future__ import annotations

import hashlib

_MASK = (1 << 63) - 1


def message_key(wamid: str) -> int:
    """The store's int id of the message WhatsApp calls `wamid` (never 0)."""
    digest = hashlib.blake2b(wamid.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") & _MASK or 1


def citizen_address(wa_id: str) -> int:
    """A citizen's WhatsApp id (the digits of their E.164 number) as the int address the
    store keeps (CitizenIdentity.user_id); `wa_id_of` gives the string back."""
    digits = wa_id.lstrip("+")
    if not digits.isdigit():
        raise ValueError("a WhatsApp id is the digits of a phone number")
    return int(digits)


def wa_id_of(address: int) -> str:
    return str(address)
