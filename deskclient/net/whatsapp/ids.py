"""WhatsApp's string ids as the store's int keys.

The store keys a message by an int (`channel_message_id`); WhatsApp names one by a string
("wamid.HBgL…"). One stable mapping, used for an inbound message, a reply's
`context.id`, a reaction's target and a status webhook alike, so each reaches the
same row; a redelivered webhook maps to the key already filed (the store's unique key
files it once). 63 bits so it fits a signed BIGINT; a collision needs ~3·10⁹ messages
in one conversation's account to be likely.
"""

from __future__ import annotations

import hashlib
import re

_MASK = (1 << 63) - 1
# E.164: a country code (never 0) and at most 15 digits in all. WhatsApp's wa_id is them
# without the '+'; a number written for people may carry it, spaces, dashes, dots or
# brackets, which say nothing.
_E164 = re.compile(r"[1-9][0-9]{0,14}")
_PUNCTUATION = str.maketrans("", "", "+ -.()\u00a0")


def message_key(wamid: str) -> int:
    """The store's int id of the message WhatsApp calls `wamid` (never 0)."""
    digest = hashlib.blake2b(wamid.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") & _MASK or 1


def wa_id_digits(number: object) -> str:
    """A webhook's `from`/`wa_id`/`recipient_id` as WhatsApp's wa_id: the digits of the
    E.164 number ("+34 622-000 002" → "34622000002"). TypeError or ValueError for anything
    else (no string, letters, more than 15 digits): no citizen can be addressed by it."""
    if not isinstance(number, str):
        raise TypeError("a WhatsApp id is a string")
    digits = number.translate(_PUNCTUATION)
    if not _E164.fullmatch(digits):
        raise ValueError("a WhatsApp id is the digits of a phone number")
    return digits


def address_of(number: object) -> int:
    """A citizen's WhatsApp id (normalised by wa_id_digits) as the int address the store
    keeps (CitizenIdentity.address, a BIGINT: 15 digits fit); `wa_id_of` gives the
    string back."""
    return int(wa_id_digits(number))


def wa_id_of(address: int) -> str:
    return str(address)
