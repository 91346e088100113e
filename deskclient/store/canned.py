"""Canned replies: a lead's ready texts, one per title and language."""

from __future__ import annotations

from ..domain.tickets import Role
from ..errors import NotAllowed
from .records import AgentRecord


class CannedReplies:
    """TicketStore mixin (uses `self.m`, `self._retrying`)."""

    def save_canned(self, title: str, language: str, body: str, by: AgentRecord) -> None:
        if by.role != Role.LEAD.value:
            raise NotAllowed("Only a team lead can edit canned responses.")
        m = self.m

        def work():
            m.CannedResponse.insert(title=title, language=language, body=body).on_conflict(
                conflict_target=[m.CannedResponse.title, m.CannedResponse.language],
                update={m.CannedResponse.body: body}).execute()

        self._retrying(work)

    def canned(self) -> dict[str, dict[str, str]]:
        """title -> language -> body."""
        out: dict[str, dict[str, str]] = {}
        for c in self.m.CannedResponse.select().order_by(self.m.CannedResponse.title):
            out.setdefault(c.title, {})[c.language] = c.body
        return out
