"""Broadcast lists for the windows: compose, preview, follow, report, export (issue 12).

The window's side of the lists. Subscriptions arrive by keyword (services/subscriptions.py,
hooked into the ingest); the duty holder sends (services/broadcast_sender.py). This
service only writes the store and reads it, so it works the same on a single desk and on
a team workstation without a Telegram session: the duty holder hears of a new broadcast
by the store's announcement (NOTIFY in team mode) and sends it.

API (`Desk.broadcasts`, a `BroadcastService`):

- `topics` (tuple of str: `lists.topics`), `languages` (`languages.available`),
  `default_language`, `may_compose` (bool: the agent is a lead), `urgent_topics`
  (`lists.urgent_topics`): a broadcast to one of them goes before the rest of any being
  sent (services/broadcast_sender.py); `urgent(topics)` says if those would be,
  `held_back(row)` if a broadcast being sent waits for an urgent one now.
- `formatted(markup) -> ComposedText(text, entities)`: Telegram's light markup
  (**bold**, __italic__, ~~strike~~, `code`, [link](https://…)) → plain text and entities
  (dicts `{"_": "MessageEntityBold", "offset": 0, "length": 4}`, UTF-16 units).
- `await preview(topics) -> BroadcastPreview(total, by_language)`: how many subscribers
  would get it now, per their language. `preview.gets(languages, default)` says how
  many get each of the texts given (a subscriber whose language has no text gets the
  default language's).
- `await compose(texts, topics, file=None, send_at=None, default_language=None,
  markup=True, channel=None) -> broadcast id`. `channel`: a channel's public name
  (gencat, @gencat, t.me/gencat) where it is posted too, at the same time, every
  language's text in one post (services/channel_posts.channel_text) with the file; with
  a channel the topics may be empty (the channel alone). Its post, link, edits and deletion: `channels` (services/channel_posts.py).
  `texts`: {language: str or ComposedText}; with `markup` a str is read as markup.
  Raises `UserFacingError` (a plain sentence) for anything the lead can fix: no text,
  a text too long (4,096; 1,024 under a file; the channel post's too), an unknown topic or language, a refused
  file type (the file policy's reason, before anything is stored or sent), a channel
  name that cannot be one; a time in the past is "now". `NotAllowed` for a non-lead.
- `await cancel(broadcast_id)`: a scheduled or sending broadcast stops; whoever was not
  sent yet is not (`TicketConflict` if it is done already).
- `broadcasts(limit=100, before_id=None) -> list[BroadcastRow]` (latest first),
  `broadcast(id) -> BroadcastRow`, `report(id) -> BroadcastReport(broadcast, failures,
  texts)`: quick indexed reads, fine on the GUI thread. `BroadcastRow.figures` is a
  `BroadcastFigures(total, queued, sent, failed, left, cancelled, unsubscribed)`;
  `failures` a list of `FailureCount(reason, count, unsubscribed)`; `texts` {language:
  (text, entities)}. Rows: store/broadcast_records.py.
- `await export_csv(broadcast_id, path) -> path`: one line per recipient (number,
  language, state, reason, unsubscribed, sent at, tries), never an address.
- `subscriber_counts() -> SubscriberCounts(total, by_language, by_topic)`.

Events on the bus (plain dataclasses below, for `ui/bridge.py`):
- `BroadcastProgressed(broadcast_id, state, figures)`: at most a few times a second per
  broadcast while it is sent, and when it is composed, expanded, cancelled or done;
  from any workstation (team mode: through the store's NOTIFY).
- `SubscribersChanged()`: someone subscribed or left (refresh the counts).
"""

from __future__ import annotations

import asyncio
import csv
import logging
import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Mapping, Sequence

from ..domain.clock import Clock
from ..domain.files import FilePolicy
from ..domain.formatting import checked_entities, parse_markup
from ..domain.limits import CAPTION_LIMIT, TEXT_LIMIT, telegram_length
from ..domain.subscriptions import ListRules
from ..domain.tickets import Role
from ..errors import NotAllowed, UserFacingError
from ..store.broadcast_records import (
    SENDING, BroadcastFigures, BroadcastFile, BroadcastRow, FailureCount, SubscriberCounts,
)
from ..store.records import AgentRecord
from .events import EventBus, StoreChanged
from .file_intake import FileIntake
from .runner import StoreRunner

log = logging.getLogger("deskclient.services")

BROADCASTS_DIR_NAME = "broadcasts"  # <data dir>/broadcasts: broadcast files (not the files cache)
PROGRESS_EVERY = 0.25  # s: progress events per broadcast at most this often


@dataclass(frozen=True)
class ComposedText:
    """A broadcast's text in one language and its formatting entities."""

    text: str
    entities: tuple[dict, ...] = ()


@dataclass(frozen=True)
class BroadcastPreview:
    """Who a broadcast to some topics would reach now."""

    total: int
    by_language: dict[str, int]  # subscribers per their own language

    def gets(self, languages: Sequence[str], default_language: str) -> dict[str, int]:
        """Recipients per text they would get, given texts in `languages`."""
        out = {lang: 0 for lang in languages}
        for lang, count in self.by_language.items():
            key = lang if lang in out else default_language
            out[key] = out.get(key, 0) + count
        return out


@dataclass(frozen=True)
class BroadcastReport:
    broadcast: BroadcastRow
    failures: list[FailureCount]
    texts: dict[str, tuple[str, list[dict]]] = field(default_factory=dict)


@dataclass(frozen=True)
class BroadcastProgressed:
    """A broadcast moved: composed, started, a batch sent, done, cancelled."""

    broadcast_id: int
    state: str
    figures: BroadcastFigures


@dataclass(frozen=True)
class SubscribersChanged:
    """Someone subscribed, changed topics or left."""


class BroadcastService:
    def __init__(self, store, runner: StoreRunner, clock: Clock, agent: AgentRecord, rules: ListRules,
                 files: FilePolicy, data_dir: Path, bus: EventBus, sender=None,
                 urgent_topics: Sequence[str] = ()) -> None:
        self.store = store
        self.runner = runner
        self.clock = clock
        self.agent = agent
        self.rules = rules
        self.files = files
        self.files_dir = data_dir / BROADCASTS_DIR_NAME
        self.bus = bus
        self.sender = sender  # the BroadcastSender of this process (kicked after a change), or None
        self.urgent_topics = tuple(urgent_topics)
        self.channels = None  # services.channel_posts.ChannelPostService (wired by app.py)
        self._dirty: set[int] = set()
        self._flush: asyncio.TimerHandle | None = None
        bus.subscribe(self._on_event)

    # -- what the composer offers --------------------------------------------------------

    @property
    def topics(self) -> tuple[str, ...]:
        return self.rules.topics

    @property
    def languages(self) -> tuple[str, ...]:
        return self.rules.languages

    @property
    def default_language(self) -> str:
        return self.rules.default_language

    @property
    def may_compose(self) -> bool:
        return self.agent.role == Role.LEAD.value

    def urgent(self, topics: Sequence[str]) -> bool:
        return any(topic in self.urgent_topics for topic in topics)

    def held_back(self, row: BroadcastRow) -> bool:
        """Being sent, and waiting while an urgent broadcast goes first (a quick read of
        the broadcasts being sent)."""
        if row.state != SENDING or self.urgent(row.topics):
            return False
        return any(urgent for _, urgent in self.store.sending_order(self.urgent_topics))

    @staticmethod
    def formatted(markup: str) -> ComposedText:
        text, entities = parse_markup(markup)
        return ComposedText(text, tuple(entities))

    async def preview(self, topics: Sequence[str]) -> BroadcastPreview:
        by_language = await self.runner.run(self.store.subscribers_for, tuple(self._topics(topics)))
        return BroadcastPreview(sum(by_language.values()), by_language)

    def subscriber_counts(self) -> SubscriberCounts:
        return self.store.subscriber_counts()

    # -- composing -------------------------------------------------------------------------

    async def compose(self, texts: Mapping[str, str | ComposedText], topics: Sequence[str], *,
                      file: Path | None = None, send_at: datetime | None = None,
                      default_language: str | None = None, markup: bool = True, channel: str | None = None) -> int:
        """A new broadcast, sent at `send_at` (now when None or past). Checked in full
        before anything is stored."""
        if not self.may_compose:
            raise NotAllowed("Only a team lead can send broadcasts.")
        if channel is not None:
            from .channel_posts import channel_username
            channel = channel_username(channel)
        chosen = self._topics(topics) if topics or channel is None else []
        composed = self._texts(texts, markup, caption=file is not None)
        default_language = default_language or next(iter(composed))
        if default_language not in composed:
            raise UserFacingError("The default language must be one of the broadcast's texts.")
        now = self.clock.now()
        if send_at is not None and send_at.tzinfo is None:
            raise UserFacingError("The time to send needs a time zone.")
        due = max(send_at or now, now)
        post = self._channel_text(composed, default_language, caption=file is not None) if channel else None
        kept = await self.runner.run(self._keep_file, file) if file is not None else None
        try:
            broadcast_id = await self.runner.run(
                self.store.create_broadcast, {lang: (c.text, list(c.entities)) for lang, c in composed.items()},
                default_language, tuple(chosen), due, self.agent.id, kept,
                self.files_dir / kept.path if kept and self.store.opened.is_postgres else None, channel=channel,
                channel_text=post)
        except BaseException:
            if kept is not None:
                (self.files_dir / kept.path).unlink(missing_ok=True)
            raise
        log.info("broadcast %d composed (%d languages, %d topics%s%s)", broadcast_id, len(composed), len(chosen),
                 ", a file" if kept else "", ", a channel post" if channel else "")
        self._kick()
        return broadcast_id

    def _topics(self, topics: Sequence[str]) -> list[str]:
        chosen = [t for t in self.rules.topics if t in set(topics)]
        unknown = [t for t in topics if t not in self.rules.topics]
        if unknown:
            raise UserFacingError("Unknown topic: {topics}.", topics=", ".join(unknown))
        if not chosen:
            raise UserFacingError("Choose at least one topic.")
        return chosen

    def _texts(self, texts: Mapping[str, str | ComposedText], markup: bool, caption: bool) -> dict[str, ComposedText]:
        composed: dict[str, ComposedText] = {}
        limit = CAPTION_LIMIT if caption else TEXT_LIMIT
        for language, value in texts.items():
            if language not in self.rules.languages:
                raise UserFacingError("Unknown language: {language}.", language=language)
            if isinstance(value, ComposedText):
                item = ComposedText(value.text.strip(), tuple(checked_entities(value.entities)))
            elif markup:
                item = self.formatted(value.strip())
            else:
                item = ComposedText(value.strip())
            if not item.text and not caption:
                continue  # an empty language is no text
            length = telegram_length(item.text)
            if length > limit:
                if caption:
                    raise UserFacingError("The {language} text is {length} characters long; Telegram takes at most "
                                          "{limit} under a file in one message.", language=language, length=length,
                                          limit=limit)
                raise UserFacingError("The {language} text is {length} characters long; Telegram takes at most "
                                      "{limit} in one message.", language=language, length=length, limit=limit)
            composed[language] = item
        if not composed:
            raise UserFacingError("The broadcast has no text.")
        return composed

    def _channel_text(self, composed: dict[str, ComposedText], default_language: str,
                      caption: bool) -> tuple[str, list[dict]]:
        """The channel post: every language's text in one (channel_posts.channel_text),
        which Telegram must take in one message."""
        from .channel_posts import channel_text
        text, entities = channel_text({lang: (c.text, c.entities) for lang, c in composed.items()},
                                      default_language, self.rules.languages)
        length, limit = telegram_length(text), CAPTION_LIMIT if caption else TEXT_LIMIT
        if length > limit:
            if caption:
                raise UserFacingError("With every language's text, the channel post is {length} characters long; "
                                      "Telegram takes at most {limit} under a file in one post.",
                                      length=length, limit=limit)
            raise UserFacingError("With every language's text, the channel post is {length} characters long; "
                                  "Telegram takes at most {limit} in one post.", length=length, limit=limit)
        return text, entities

    def _keep_file(self, source: Path) -> BroadcastFile:
        """The file checked by the desk's file policy (type by name and by content,
        size) as an agent's file reply is, then copied under <data dir>/broadcasts
        (0600). Runs off the loop."""
        kept = FileIntake(self.files, self.files_dir, None).keep_outgoing(source, f"{self.clock.now():%Y-%m}")
        return BroadcastFile(kept.file_name, kept.kind, kept.size, kept.sha256, kept.stored_path)

    async def cancel(self, broadcast_id: int) -> None:
        if not self.may_compose:
            raise NotAllowed("Only a team lead can cancel a broadcast.")
        await self.runner.run(self.store.cancel_broadcast, broadcast_id, self.agent.id)
        self._kick()

    def _kick(self) -> None:
        if self.sender is not None:
            self.sender.kick()

    # -- following and reporting -------------------------------------------------------------

    def broadcasts(self, limit: int = 100, before_id: int | None = None) -> list[BroadcastRow]:
        return self.store.broadcasts(limit, before_id)

    def broadcast(self, broadcast_id: int) -> BroadcastRow:
        return self.store.broadcast(broadcast_id)

    def report(self, broadcast_id: int) -> BroadcastReport:
        return BroadcastReport(self.store.broadcast(broadcast_id), self.store.broadcast_failures(broadcast_id),
                               self.store.broadcast_texts(broadcast_id))

    async def export_csv(self, broadcast_id: int, path: Path) -> Path:
        """One line per recipient; no address, no name. Refused, in a sentence, once
        the recipients were purged (the figures stay in the report)."""
        return await self.runner.run(self._write_csv, broadcast_id, Path(path))

    def _write_csv(self, broadcast_id: int, path: Path) -> Path:
        row = self.store.broadcast(broadcast_id)
        if row.recipients_purged:
            raise UserFacingError("This broadcast's recipients were deleted after the retention period; "
                                  "its figures are in the report.")
        partial = path.with_name(f".{path.name}.part")
        try:
            with partial.open("w", newline="", encoding="utf-8") as fh:
                out = csv.writer(fh)
                out.writerow(["recipient", "language", "state", "reason", "unsubscribed", "sent_at", "tries"])
                after, number = 0, 0
                while rows := self.store.recipient_rows(broadcast_id, after):
                    for r in rows:
                        number += 1
                        out.writerow([number, r.language, r.state, r.reason or "", "yes" if r.unsubscribed else "",
                                      r.sent_at.isoformat() if r.sent_at else "", r.attempts])
                    after = rows[-1].id
            os.replace(partial, path)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise UserFacingError("Cannot write {name}: {problem}.", name=path.name, problem=exc.strerror) from None
        return path

    # -- events --------------------------------------------------------------------------------

    def _on_event(self, event) -> None:
        if not isinstance(event, StoreChanged):
            return
        change = event.change
        if change.kind == "list_changed":
            self.bus.publish(SubscribersChanged())
        elif change.kind in ("broadcast_changed", "broadcast_queued") and change.message_id:
            self._dirty.add(change.message_id)
            if self._flush is None:
                self._flush = asyncio.get_running_loop().call_later(PROGRESS_EVERY, self._publish_soon)

    def _publish_soon(self) -> None:
        self._flush = None
        ids, self._dirty = sorted(self._dirty), set()
        asyncio.ensure_future(self._publish(ids))

    async def _publish(self, ids: list[int]) -> None:
        for broadcast_id in ids:
            try:
                row = await self.runner.run(self.store.broadcast, broadcast_id)
            except Exception as exc:  # gone, or the database away: the next change tells again
                log.debug("broadcast progress not read (%s)", type(exc).__name__)
                continue
            self.bus.publish(BroadcastProgressed(broadcast_id, row.state, row.figures))
