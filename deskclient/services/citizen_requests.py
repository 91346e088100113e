"""Data-subject requests (PRODUCT.md: access, rectification, erasure), for team leads.

- Access: everything held about one citizen as a ZIP (records as JSON, a PDF
  transcript, the files they sent or were sent), written under the exports dir and
  registered, so the purge or the citizen's erasure removes the app's copy too.
  Citizens a lead linked to them (the same person on another channel) are in it too.
- Rectification: the stored name or phone, audited by field (never the values).
  Telegram reports a name with every message, so a corrected name lasts until the
  citizen changes theirs on Telegram; the phone is never overwritten by ingest.
- Erasure: every ticket of the citizen and of the citizens linked to them, and their
  records, now, through the retention purge's own path (files, thumbnails, exports,
  session cache, compaction). Refused while any of those tickets is on legal hold.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Callable

from ..errors import UserFacingError, sentence
from ..store.lead_records import AuditFilter, CitizenRecord
from ..store.retention import RetentionStore
from . import exports
from .file_store import FileStore, FileUnavailable
from .lead import LeadService
from .purge import PurgeProgress, PurgeReport
from .transcript_labels import transcript_language


class CitizenRequests:
    """Built on a LeadService: the same role check, audit, runner and purge."""

    def __init__(self, lead: LeadService, files_dir: Path, files: FileStore | None = None) -> None:
        self.lead = lead
        self.files_dir = files_dir
        # The desk's FileStore (set by the composition root); this default serves the CLI.
        self.files = files or FileStore(lead.store, lead.runner, files_dir)
        self.retention: RetentionStore = lead.retention

    async def find(self, text: str, limit: int = 50) -> list[CitizenRecord]:
        lead = self.lead
        await lead._lead(sentence("look up citizens' records"))
        found = await lead.runner.run(lead.review.find_citizens, text, limit)
        await lead._audit("find_citizen", f"{len(found)} found")
        return found

    async def export(self, citizen_id: int) -> Path:
        """Access request: a ZIP with everything held about the citizen."""
        lead = self.lead
        await lead._lead(sentence("export a citizen's records"))
        review = lead.review

        def gather():
            citizen, linked = review.citizen(citizen_id), review.linked_citizens(citizen_id)
            ids = review.citizen_tickets(citizen_id)
            transcripts = lead._transcripts(ids)
            access = []
            for ticket_id in ids:
                access.extend({"ticket": e.ticket_number, "at": e.at, "action": e.action,
                               "agent": e.agent_login}
                              for e in review.iter_audit_events(AuditFilter(ticket_id=ticket_id)))
            return citizen, linked, ids, transcripts, access

        citizen, linked, ids, transcripts, access = await asyncio.to_thread(lead._in_own_connection, gather)
        now = lead.clock.now()
        # The citizen reads it: their latest ticket's language (an agent may have corrected
        # it), else the one stored for them, else the desk's.
        language = transcript_language(*(t.language for t in reversed(transcripts)), citizen.language,
                                       lead.rules.notices.default_language)
        path = exports.new_export_path(lead.exports_dir, "citizen", "zip", now)
        files = await asyncio.to_thread(lead._in_own_connection, exports.write_citizen_zip, path, citizen,
                                        transcripts, access, self._file_of, lead.tz, lead.policy.months, now,
                                        language, linked)
        also = f" (with linked citizens {', '.join(str(c.id) for c in linked)})" if linked else ""
        await lead._register(path, "citizen", ids, "citizen_export",
                             f"citizen {citizen_id}{also}: {path.name}, {len(ids)} tickets, {files} files")
        return path

    def _file_of(self, attachment) -> Path | None:
        """A kept file's local path for the export (fetched from the shared store if need
        be), or None if this workstation cannot have it: the records still list it."""
        try:
            return self.files.local_path_blocking(attachment.id)
        except FileUnavailable:
            return None

    async def correct(self, citizen_id: int, name: str | None = None, phone: str | None = None) -> list[str]:
        """Rectification; returns the fields that changed."""
        lead = self.lead
        await lead._lead(sentence("correct a citizen's records"))
        if name is not None and not name.strip():
            raise UserFacingError("The name cannot be empty.")
        return await lead.runner.run(lead.review.correct_citizen, citizen_id, lead.agent,
                                     name.strip() if name is not None else None,
                                     phone.strip() if phone is not None else None)

    async def erase(self, citizen_id: int,
                    progress: Callable[[PurgeProgress], None] | None = None) -> PurgeReport:
        """Erasure: the citizen's tickets, messages, files and cache entries, now."""
        lead = self.lead
        await lead._lead(sentence("erase a citizen's records"))
        await lead.runner.run(lead.review.citizen, citizen_id)  # plain error if already gone
        person = await lead.runner.run(lead.store.person_of, citizen_id)
        ids, held = [], []
        for one in person:  # the citizens a lead linked to them go too (one person)
            tickets, on_hold = await lead.runner.run(self.retention.citizen_ticket_ids, one)
            ids, held = ids + tickets, held + on_hold
        if held:
            raise UserFacingError("Ticket {numbers} is on legal hold: release the hold before erasing this "
                                  "citizen's records.", numbers=", ".join(held))
        others = [one for one in person if one != citizen_id]
        for other in others:  # off the lists; their record goes with their last ticket
            await lead.runner.run(lead.store.erase_subscription_of_citizen, other)
        if others:
            await lead._audit("erase_linked_citizens", f"citizens {', '.join(map(str, others))} "
                                                       f"with citizen {citizen_id}")
        return await asyncio.to_thread(
            lead.purge_job.erase_citizen, citizen_id, sorted(ids), f"lead {lead.agent.login}", lead.agent,
            progress)
