"""What the SimulatedTelegram keeps about people: users (citizens, the desk's accounts,
bots), the files a user can send, and per account its update log and messages."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from telethon.tl import types

DC_ID = 2  # the data centre every simulated file is on


@dataclass
class SimUser:
    id: int
    first_name: str
    last_name: str = ""
    username: str | None = None
    phone: str | None = None
    bot: bool = False

    def tl(self, access_hash: int, is_self: bool = False) -> types.User:
        """The user as one account sees it: `access_hash` is that account's own."""
        return types.User(id=self.id, is_self=is_self, access_hash=access_hash,
                          first_name=self.first_name, last_name=self.last_name or None,
                          username=self.username, phone=self.phone if is_self else None,
                          bot=self.bot, bot_info_version=1 if self.bot else None)

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass
class SimFile:
    """Bytes a user can send, as a document or a photo."""

    data: bytes
    name: str
    mime: str
    declared_size: int | None = None  # a lying client may announce another size
    voice: bool = False
    photo: bool = False
    duration: int = 0


@dataclass
class Account:
    """What the server keeps per account: its update log and its messages."""

    user: SimUser
    password: str | None = None
    pts: int = 100  # never 0: Telethon reads a saved pts of 0 as "no state"
    log: list[tuple[int, int, object]] = field(default_factory=list)  # (pts, pts_count, update)
    messages: dict[int, object] = field(default_factory=dict)  # id -> Message as the account sees it
    random_ids: dict[int, int] = field(default_factory=dict)  # random_id -> message id
    delivered_to: dict[int, list[object]] = field(default_factory=lambda: defaultdict(list))
    # (time.monotonic() of delivery, user id, text): the same clock in every process on
    # this machine, so a benchmark can time a citizen's message to the answer it got.
    deliveries: list[tuple[float, int, str]] = field(default_factory=list)
