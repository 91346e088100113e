"""Builders for the team lead's tests: closed tickets with files, a LeadService on a real
store (SQLite or PostgreSQL), and a way to run its coroutines."""

from __future__ import annotations

import asyncio
import hashlib
from datetime import timedelta
from pathlib import Path

import pytest

from deskclient.domain.retention import RetentionPolicy
from deskclient.domain.tickets import Role
from deskclient.services.citizen_requests import CitizenRequests
from deskclient.services.lead import LeadService
from deskclient.services.purge import RetentionPurge
from deskclient.services.runner import StoreRunner
from deskclient.store.records import StoredFile
from tests.factories import citizen, inbound


# For tests whose SQL is the same on both engines (covered elsewhere on PostgreSQL):
# PostgreSQL schemas cost about half a second each to build.
sqlite_only = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


def run(coro):
    return asyncio.run(coro)


def stored_file(files_dir: Path, name: str, data: bytes, month: str = "2026-11") -> StoredFile:
    folder = files_dir / month
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"a1b2c3_{name}"
    path.write_bytes(data)
    return StoredFile("document", name, "application/pdf", len(data), hashlib.sha256(data).hexdigest(),
                      f"{month}/a1b2c3_{name}")


def closed_ticket(store, rules, clock, who, texts=("Bon dia, no puc signar el tràmit",), agent=None,
                  category=None, reply="Ja està resolt.", file=None, reply_after=timedelta(minutes=10)):
    """A ticket opened now, answered, categorised, closed and finalised (31 minutes on).
    Returns its id; the clock ends past the closing grace."""
    agent = agent or store.ensure_agent("anna", "Anna", Role.AGENT)
    first = store.ingest(inbound(who, clock.now(), texts[0]), rules, file)
    for text in texts[1:]:
        store.ingest(inbound(who, clock.now(), text), rules)
    clock.advance(reply_after)
    store.claim(first.ticket_id, agent)
    if category:
        store.set_category(first.ticket_id, category, agent)
    if reply:
        store.add_reply(first.ticket_id, reply, agent)
    store.close_ticket(first.ticket_id, agent, rules)
    clock.advance(timedelta(minutes=31))
    store.finalize_expired(rules)
    return first.ticket_id


class LeadDesk:
    """A LeadService and CitizenRequests for one agent, on the test's store and clock."""

    def __init__(self, store, rules, clock, config, log_dir: Path, login="lia", role=Role.LEAD,
                 chunk=500, months=6):
        self.store = store
        self.clock = clock
        self.data_dir = config.data_dir
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.runner = StoreRunner()
        self.agent = store.ensure_agent(login, login.title(), role)
        self.policy = RetentionPolicy(months)
        self.purge = RetentionPurge(store, rules, self.policy, clock, self.data_dir, log_dir=log_dir,
                                    session_file=self.data_dir / "telegram.session", chunk=chunk)
        self.lead = LeadService(store, self.runner, rules, clock, self.agent, self.policy,
                                self.data_dir, self.purge)
        self.citizens = CitizenRequests(self.lead, self.data_dir / "files")

    @property
    def files_dir(self) -> Path:
        return self.data_dir / "files"

    def close(self) -> None:
        self.runner.shutdown()


__all__ = ["sqlite_only", "run", "stored_file", "closed_ticket", "LeadDesk", "citizen", "inbound"]
