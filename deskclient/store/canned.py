"""Canned replies: a lead's ready texts, one per title and language.

Every change (created, edited, deleted) is audited in the same transaction, with the
title and language, never the text; an agent's attempt is refused and audited too."""

from __future__ import annotations

from ..domain.tickets import Role
from ..errors import NotAllowed
from .records import AgentRecord


class CannedReplies:
    """TicketStore mixin (uses `self.m`, `self._retrying`, `self._audit`, `self.audit`)."""

    def _lead_only(self, by: AgentRecord) -> None:
        if by.role != Role.LEAD.value:
            self.audit("refused", by, "edit canned replies: not a team lead")
            raise NotAllowed("Only a team lead can edit canned responses.")

    def save_canned(self, title: str, language: str, body: str, by: AgentRecord) -> None:
        self._lead_only(by)
        m = self.m

        def work():
            existed = m.CannedResponse.select().where(m.CannedResponse.title == title,
                                                      m.CannedResponse.language == language).exists()
            m.CannedResponse.insert(title=title, language=language, body=body).on_conflict(
                conflict_target=[m.CannedResponse.title, m.CannedResponse.language],
                update={m.CannedResponse.body: body}).execute()
            self._audit("canned_edited" if existed else "canned_created", by.id, None,
                        f"{title!r} ({language})")

        self._retrying(work)

    def delete_canned(self, title: str, language: str | None, by: AgentRecord) -> int:
        """One language of a canned reply, or all of them (`language` None); how many went."""
        self._lead_only(by)
        m = self.m

        def work():
            query = m.CannedResponse.delete().where(m.CannedResponse.title == title)
            if language is not None:
                query = query.where(m.CannedResponse.language == language)
            gone = query.execute()
            if gone:
                self._audit("canned_deleted", by.id, None, f"{title!r} ({language or 'every language'})")
            return gone

        return self._retrying(work)

    def canned(self) -> dict[str, dict[str, str]]:
        """title -> language -> body."""
        out: dict[str, dict[str, str]] = {}
        for c in self.m.CannedResponse.select().order_by(self.m.CannedResponse.title):
            out.setdefault(c.title, {})[c.language] = c.body
        return out
