"""Canned replies: a lead's ready texts, one per title and language, and the shortcut
(the same for every language of a title) an agent types after "/" to insert one.

Every change (created, edited, renamed, deleted) is audited in the same transaction,
with the title and language, never the text; an agent's attempt is refused and
audited too."""

from __future__ import annotations

from ..domain.canned import CannedReply, normal_shortcut, shortcut_from_title
from ..domain.tickets import Role
from ..errors import NotAllowed, UserFacingError
from .records import AgentRecord


class CannedReplies:
    """TicketStore mixin (uses `self.m`, `self._retrying`, `self._audit`, `self.audit`)."""

    def _lead_only(self, by: AgentRecord) -> None:
        if by.role != Role.LEAD.value:
            self.audit("refused", by, "edit canned replies: not a team lead")
            raise NotAllowed("Only a team lead can edit canned responses.")

    def save_canned(self, title: str, language: str, body: str, by: AgentRecord,
                    shortcut: str | None = None) -> None:
        """One language's text of a title; `shortcut` (None: unchanged) is set on every
        language of the title, and must not be another title's."""
        self._lead_only(by)
        title = title.strip()
        if not title or not body.strip():
            raise UserFacingError("A canned reply needs a title and a text.")
        if shortcut is not None:
            shortcut = self._free_shortcut(shortcut, title)
        m = self.m

        def work():
            existed = m.CannedResponse.select().where(m.CannedResponse.title == title,
                                                      m.CannedResponse.language == language).exists()
            current = shortcut
            if current is None:  # the title's other languages say it, if it has any
                sibling = m.CannedResponse.get_or_none(m.CannedResponse.title == title)
                current = sibling.shortcut if sibling is not None else ""
            m.CannedResponse.insert(title=title, language=language, body=body, shortcut=current).on_conflict(
                conflict_target=[m.CannedResponse.title, m.CannedResponse.language],
                update={m.CannedResponse.body: body}).execute()
            if shortcut is not None:
                m.CannedResponse.update(shortcut=shortcut).where(m.CannedResponse.title == title).execute()
            self._audit("canned_edited" if existed else "canned_created", by.id, None,
                        f"{title!r} ({language})")

        self._retrying(work)

    def _free_shortcut(self, typed: str, title: str) -> str:
        shortcut = normal_shortcut(typed) if typed.strip() else ""
        if typed.strip() and not shortcut:
            raise UserFacingError("A shortcut is letters a-z, digits, '-' and '_', at most 40.")
        for reply in self.canned_replies():
            if reply.title != title and shortcut and reply.shortcut == shortcut:
                raise UserFacingError("The shortcut /{shortcut} is already the canned reply “{title}”'s.",
                                      shortcut=shortcut, title=reply.title)
        return shortcut

    def rename_canned(self, title: str, new_title: str, by: AgentRecord) -> None:
        """Every language of a canned reply under another title (not one in use)."""
        self._lead_only(by)
        new_title = new_title.strip()
        if not new_title:
            raise UserFacingError("A canned reply needs a title and a text.")
        m = self.m

        def work():
            if new_title != title and m.CannedResponse.select().where(
                    m.CannedResponse.title == new_title).exists():
                raise UserFacingError("There is already a canned reply called “{title}”.", title=new_title)
            renamed = m.CannedResponse.update(title=new_title).where(m.CannedResponse.title == title).execute()
            if renamed and new_title != title:
                self._audit("canned_edited", by.id, None, f"{title!r} renamed {new_title!r}")

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

    def canned_replies(self) -> list[CannedReply]:
        """Every canned reply by title, each with its shortcut (one derived from the title
        when the lead set none, unless another reply has it) and its texts by language."""
        rows: dict[str, CannedReply] = {}
        for c in self.m.CannedResponse.select().order_by(self.m.CannedResponse.title):
            reply = rows.setdefault(c.title, CannedReply(c.title, c.shortcut, {}))
            reply.bodies[c.language] = c.body
        taken = {r.shortcut for r in rows.values() if r.shortcut}
        out = []
        for reply in rows.values():
            shortcut = reply.shortcut
            if not shortcut:
                derived = shortcut_from_title(reply.title)
                shortcut = derived if derived and derived not in taken else ""
                taken.add(shortcut)
            out.append(CannedReply(reply.title, shortcut, reply.bodies))
        return out

    def canned(self) -> dict[str, dict[str, str]]:
        """title -> language -> body."""
        out: dict[str, dict[str, str]] = {}
        for c in self.m.CannedResponse.select().order_by(self.m.CannedResponse.title):
            out.setdefault(c.title, {})[c.language] = c.body
        return out
