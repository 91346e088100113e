"""Citizens' messages pushed through the simulated Telegram to a real TelegramClient, for
benches that measure the desk end to end (bench/ingest; bench/ui may share it).

The server's own work (building and serialising each push) is done before the clock
starts: `Pushes.make` logs the messages on the server (so getDifference would find them,
as on Telegram) and keeps each push's bytes. `Pushes.feed` then hands them to a client
as its socket would: parsed from bytes (the client's side of the wire), 100 at a time,
the loop getting a turn in between. Make the pushes after the client is online: a push
older than the client's first state would be dropped as already applied.
"""

from __future__ import annotations

import asyncio
from datetime import datetime
from pathlib import Path
from types import SimpleNamespace

from telethon.extensions import BinaryReader
from telethon.tl import types

from deskclient.net.simulated import SimulatedTelegram, SimUser, prepare_session

CHUNK = 100


def authorised_session(server: SimulatedTelegram, account: SimUser, data_dir: Path) -> str:
    """A logged-in SQLite session file `<data_dir>/telegram.session` (0600), as the desk
    keeps one; returns its path without the suffix (what SQLiteSession takes)."""
    prepare_session(data_dir, SimpleNamespace(authorize_key=server.authorize), account)
    return str(data_dir / "telegram")


def citizens(server: SimulatedTelegram, m: int) -> list[SimUser]:
    return [server.add_user(f"Citizen{k}", "Bench", phone=f"+3460{k:07d}", user_id=700_000 + k)
            for k in range(m)]


class Pushes:
    """N private messages from M citizens, round robin, as serialised pushes."""

    def __init__(self, data: list[bytes]) -> None:
        self.data = data

    @classmethod
    def make(cls, server: SimulatedTelegram, account: SimUser, people: list[SimUser], n: int) -> "Pushes":
        acct = server.accounts[account.id]
        me = account.tl(server.access_hash_for(account, account), True)
        data = []
        for i in range(n):
            user = people[i % len(people)]
            server.user_sends(user, account, f"Bon dia, missatge número {i} sobre el meu tràmit de pagament",
                              push=False)
            update = acct.log[-1][2]
            envelope = types.Updates(updates=[update], users=[user.tl(server.access_hash_for(account, user)), me],
                                     chats=[], date=update.message.date or datetime.now(), seq=0)
            data.append(bytes(envelope))
        return cls(data)

    async def feed(self, client) -> None:
        """Into the client's update queue, as its sender puts what the socket brought."""
        queue = client._updates_queue
        for start in range(0, len(self.data), CHUNK):
            for raw in self.data[start:start + CHUNK]:
                queue.put_nowait(BinaryReader(raw).tgread_object())
            await asyncio.sleep(0)
