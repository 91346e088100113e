"""Broadcasts posted to a Telegram channel (issue 12 item 6): the @gencat kind (seed 000).

A lead composes a broadcast for its list, for a channel, or for both: the channel's row
is created in the broadcast's own transaction (`_add_channel_post`, called by
`create_broadcast`), with its random_id fixed there, and the duty holder's ChannelPoster
(services/channel_posts.py) posts it once the broadcast is due. Any workstation, with a
session or not, only writes rows; the duty holder alone talks to Telegram:

- queued → posted (the channel's id, the account's access hash for it, the post's id:
  its link is https://t.me/<username>/<post id>), or failed with the reason (not an
  admin, no such channel) — a refusal that may pass is tried again later;
- a lead's edit or deletion of a posted one is `pending` until made: the window shows it
  asked for, then made (or refused, with the reason, the post unchanged);
- a queued post whose broadcast is cancelled, or deleted before it went, is `cancelled`.

A mixin of TicketStore (uses `self.m`, `self.clock`, `self._retrying`, `self._audit`,
`self._announce`). Changes announced (ticket id 0, message id = the broadcast's id):
"channel_post_queued" (something for the duty holder) and "broadcast_changed" (windows
showing the broadcast refresh its report).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from ..errors import TicketConflict
from .outbox_queue import new_random_id

QUEUED, POSTED, FAILED, DELETED, CANCELLED = "queued", "posted", "failed", "deleted", "cancelled"
EDIT, DELETE = "edit", "delete"


@dataclass(frozen=True)
class ChannelPostRow:
    """A broadcast's channel post as the report shows it."""

    broadcast_id: int
    username: str
    state: str  # QUEUED, POSTED, FAILED, DELETED, CANCELLED
    language: str
    text: str
    post_id: int | None
    posted_at: datetime | None
    pending: str | None  # EDIT or DELETE asked for, not made yet
    edited_at: datetime | None
    deleted_at: datetime | None
    reason: str | None
    entities: tuple[dict, ...] = ()  # the text's formatting

    @property
    def link(self) -> str | None:
        if self.post_id is None or self.state not in (POSTED,):
            return None
        return f"https://t.me/{self.username}/{self.post_id}"


@dataclass(frozen=True)
class ChannelJob:
    """What the duty holder does next for one channel post: POST, EDIT or DELETE."""

    id: int
    broadcast_id: int
    action: str  # "post", EDIT, DELETE
    username: str
    channel_id: int | None
    access_hash: int | None
    text: str
    entities: list[dict]
    random_id: int
    post_id: int | None
    attempts: int


class ChannelPosts:
    # -- composing (inside create_broadcast's transaction) and a lead's changes -----------

    def _add_channel_post(self, broadcast_id: int, username: str, language: str, text: str,
                          entities: list[dict] | None) -> None:
        self.m.ChannelPost.create(broadcast=broadcast_id, username=username, language=language, text=text,
                                  entities=json.dumps(entities) if entities else None,
                                  random_id=new_random_id(), state=QUEUED)
        self._announce("channel_post_queued", 0, broadcast_id)

    def _cancel_channel_post(self, broadcast_id: int) -> None:
        """Its broadcast was cancelled: a post not made yet is not."""
        self.m.ChannelPost.update(state=CANCELLED, next_try_at=None) \
            .where(self.m.ChannelPost.broadcast == broadcast_id, self.m.ChannelPost.state == QUEUED).execute()

    def channel_post(self, broadcast_id: int) -> ChannelPostRow | None:
        p = self.m.ChannelPost.get_or_none(self.m.ChannelPost.broadcast == broadcast_id)
        if p is None:
            return None
        return ChannelPostRow(broadcast_id, p.username, p.state, p.language, p.text, p.post_id, p.posted_at,
                              p.pending, p.edited_at, p.deleted_at, p.reason,
                              tuple(json.loads(p.entities)) if p.entities else ())

    def last_channel(self) -> str | None:
        """The channel posted to last (the composer offers it again)."""
        m = self.m
        row = m.ChannelPost.select(m.ChannelPost.username).order_by(m.ChannelPost.id.desc()).first()
        return row.username if row else None

    def request_channel_edit(self, broadcast_id: int, text: str, entities: list[dict] | None, by: int | None) -> None:
        """The post's new text: made at once on a post not made yet, else by the duty
        holder (a second edit before the first was made replaces it)."""
        m = self.m

        def work():
            p = m.ChannelPost.get_or_none(m.ChannelPost.broadcast == broadcast_id)
            if p is None or p.state not in (QUEUED, POSTED) or p.pending == DELETE:
                raise TicketConflict("Only a post that is waiting or in the channel can be edited.")
            encoded = json.dumps(entities) if entities else None
            if p.state == QUEUED:
                m.ChannelPost.update(text=text, entities=encoded).where(m.ChannelPost.id == p.id).execute()
            else:
                m.ChannelPost.update(pending=EDIT, pending_text=text, pending_entities=encoded, attempts=0,
                                     next_try_at=None, reason=None).where(m.ChannelPost.id == p.id).execute()
            self._audit("channel_post_edit", by, None, f"broadcast {broadcast_id} on @{p.username}")
            self._announce("channel_post_queued", 0, broadcast_id)
            self._announce("broadcast_changed", 0, broadcast_id)

        self._retrying(work)

    def request_channel_delete(self, broadcast_id: int, by: int | None) -> None:
        """Take the post off the channel (the duty holder does); one not made yet is not made."""
        m = self.m

        def work():
            p = m.ChannelPost.get_or_none(m.ChannelPost.broadcast == broadcast_id)
            if p is None or p.state not in (QUEUED, POSTED):
                raise TicketConflict("Only a post that is waiting or in the channel can be deleted.")
            if p.state == QUEUED:
                m.ChannelPost.update(state=CANCELLED).where(m.ChannelPost.id == p.id).execute()
            else:
                m.ChannelPost.update(pending=DELETE, pending_text=None, pending_entities=None, attempts=0,
                                     next_try_at=None, reason=None).where(m.ChannelPost.id == p.id).execute()
            self._audit("channel_post_delete", by, None, f"broadcast {broadcast_id} on @{p.username}")
            self._announce("channel_post_queued", 0, broadcast_id)
            self._announce("broadcast_changed", 0, broadcast_id)

        self._retrying(work)

    # -- the duty holder ------------------------------------------------------------------------

    def _channel_work(self, now: datetime):
        m = self.m
        p, b = m.ChannelPost, m.Broadcast
        retry_due = p.next_try_at.is_null() | (p.next_try_at <= now)
        to_post = (p.state == QUEUED) & (b.send_at <= now) & (b.state != "cancelled")
        to_change = (p.state == POSTED) & p.pending.is_null(False)
        return p.select(p).join(b, on=(p.broadcast == b.id)).where((to_post | to_change) & retry_due)

    def channel_jobs_due(self, now: datetime, limit: int = 50) -> list[ChannelJob]:
        jobs = []
        for p in self._channel_work(now).order_by(self.m.ChannelPost.id).limit(limit):
            action = "post" if p.state == QUEUED else p.pending
            text = p.pending_text if action == EDIT else p.text
            entities = p.pending_entities if action == EDIT else p.entities
            jobs.append(ChannelJob(p.id, p.broadcast_id, action, p.username, p.channel_id, p.access_hash,
                                   text or "", json.loads(entities) if entities else [], p.random_id, p.post_id,
                                   p.attempts))
        return jobs

    def next_channel_job_at(self) -> datetime | None:
        """When the next channel post (or a retry) is due."""
        m = self.m
        p, b = m.ChannelPost, m.Broadcast
        waiting = ((p.state == QUEUED) & (b.state != "cancelled")) | ((p.state == POSTED) & p.pending.is_null(False))
        query = p.select(p.next_try_at, b.send_at).join(b, on=(p.broadcast == b.id)).where(waiting)
        times = [retry or due for retry, due in query.order_by(p.id).limit(200).tuples()]
        return min(times) if times else None

    def channel_job_done(self, job: ChannelJob, *, channel_id: int | None = None, access_hash: int | None = None,
                         username: str | None = None, post_id: int | None = None,
                         at: datetime | None = None) -> None:
        """Telegram made it: the post (its channel and id kept), the edit or the deletion."""
        m = self.m
        now = at or self.clock.now()

        def work():
            p = m.ChannelPost
            row = p.get_by_id(job.id)
            if job.action == "post":
                p.update(state=POSTED, channel_id=channel_id, access_hash=access_hash,
                         username=username or row.username, post_id=post_id, posted_at=now, reason=None,
                         attempts=0, next_try_at=None).where(p.id == job.id, p.state == QUEUED).execute()
                self._audit("channel_posted", None, None, f"broadcast {job.broadcast_id} on @{row.username}")
            elif job.action == EDIT:
                changed = p.update(text=row.pending_text or "", entities=row.pending_entities, pending=None,
                                   pending_text=None, pending_entities=None, edited_at=now, reason=None,
                                   attempts=0, next_try_at=None) \
                    .where(p.id == job.id, p.pending == EDIT, p.pending_text == job.text).execute()
                if not changed:  # edited again meanwhile: the newer text goes next
                    return
            else:
                p.update(state=DELETED, pending=None, deleted_at=now, reason=None, attempts=0, next_try_at=None) \
                    .where(p.id == job.id).execute()
            self._announce("broadcast_changed", 0, job.broadcast_id)

        self._retrying(work)

    def channel_job_refused(self, job: ChannelJob, reason: str, retry_at: datetime | None) -> None:
        """Telegram refused: tried again at `retry_at`, or given up (None) with the reason:
        a post fails, an edit or deletion is dropped and the post stays as it is."""
        m = self.m

        def work():
            p = m.ChannelPost
            if retry_at is not None:
                p.update(attempts=job.attempts + 1, next_try_at=retry_at, reason=reason[:300]) \
                    .where(p.id == job.id).execute()
            elif job.action == "post":
                p.update(state=FAILED, reason=reason[:300], attempts=job.attempts + 1, next_try_at=None) \
                    .where(p.id == job.id).execute()
                self._audit("channel_post_refused", None, None, f"broadcast {job.broadcast_id}: {reason}"[:500])
            else:
                p.update(pending=None, pending_text=None, pending_entities=None, next_try_at=None,
                         reason=reason[:300]).where(p.id == job.id).execute()
                self._audit("channel_post_refused", None, None,
                            f"broadcast {job.broadcast_id}, {job.action}: {reason}"[:500])
            self._announce("broadcast_changed", 0, job.broadcast_id)

        self._retrying(work)
