"""Channel posts (issue 12 item 6): a broadcast posted to a Telegram channel, alone or with
the list, its link in the report, and a lead's edits and deletions.

The window composes through `BroadcastService.compose(..., channel="gencat")`; the post's
row is written with the broadcast (store/channel_posts.py), its text made by
`channel_text`: a broadcast written in several languages is posted in all of them, in
one post. Then:

- `ChannelPostService` (`Desk.broadcasts.channels`), the windows' API:
  `channel_post(broadcast_id) -> ChannelPostRow | None` (state, link, text, pending
  change, reason), `last_channel()`, `await edit(broadcast_id, markup)`, `await
  delete(broadcast_id)` (leads only; recorded at once, made by the duty holder).
- `ChannelPoster`, a duty job: posts what is due, makes the edits and deletions asked
  for, from whichever workstation asked (NOTIFY in team mode, or its rounds), with the
  channel's stored id and access hash. A flood wait waits; a refusal for good (not an
  admin of the channel, no such channel) fails the post with the reason; another
  refusal is tried again with a growing pause, `MAX_ATTEMPTS` times in all.

The report's window hears of each change as any broadcast's: `BroadcastProgressed`.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping, Sequence
from datetime import timedelta

from ..domain.language import LANGUAGE_NAMES
from ..domain.limits import telegram_length
from ..domain.tickets import Role
from ..errors import NotAllowed, UserFacingError
from ..net.gateway import (
    ChannelAddress, ConnectionState, Gateway, GatewayError, Offline, RateLimited, Undeliverable,
)
from ..store.channel_posts import ChannelJob, ChannelPostRow
from ..store.records import RESYNC
from .duty_rounds import DutyRounds

log = logging.getLogger("deskclient.services")

MAX_ATTEMPTS = 5
_USERNAME = re.compile(r"[A-Za-z][A-Za-z0-9_]{3,31}")
_LINK = re.compile(r"(?:https?://)?(?:t\.me|telegram\.me)/(?:s/)?", re.IGNORECASE)


def channel_username(text: str) -> str:
    """A channel's public name as a lead may write it (gencat, @gencat, t.me/gencat,
    https://t.me/gencat) → "gencat"; anything else is refused in a sentence."""
    name = _LINK.sub("", text.strip()).lstrip("@").strip("/")
    if not _USERNAME.fullmatch(name):
        raise UserFacingError("“{name}” is not a channel's public name (like @gencat: 5 to 32 letters, digits "
                              "or _, starting with a letter).", name=text.strip())
    return name


def channel_text(texts: Mapping[str, tuple[str, Sequence[dict]]], default_language: str,
                 languages: Sequence[str]) -> tuple[str, list[dict]]:
    """What a broadcast's channel post says: its one text as it is; texts in several
    languages all in one post, the default language's first, then the others in
    `languages` order (`languages.available`), each under its language's own name in
    bold, a blank line between them.

    A channel's followers choose no language (a list's subscribers do), so a post in one
    language leaves the others out: seed 004's town in the Aosta Valley publishes in
    Italian and French, a Catalan administration in Catalan and Spanish. One post, not
    one per language, keeps one link in the report and one edit or deletion for the
    lead; each text's formatting keeps its place (UTF-16 offsets, as Telegram counts)."""
    order = [default_language, *(lang for lang in languages if lang in texts and lang != default_language),
             *(lang for lang in texts if lang not in languages and lang != default_language)]
    if len(order) == 1:
        text, entities = texts[default_language]
        return text, list(entities)
    blocks, entities, offset = [], [], 0
    for language in order:
        text, own = texts[language]
        name = LANGUAGE_NAMES.get(language, language)
        heading = name[:1].upper() + name[1:]
        entities.append({"_": "MessageEntityBold", "offset": offset, "length": telegram_length(heading)})
        start = offset + telegram_length(heading) + 1  # the text, after the heading's line
        entities += [{**entity, "offset": entity["offset"] + start} for entity in own]
        blocks.append(f"{heading}\n{text}")
        offset = start + telegram_length(text) + 2  # the blank line before the next
    return "\n\n".join(blocks), entities


class ChannelPostService:
    def __init__(self, store, runner, agent, formatted) -> None:
        self.store = store
        self.runner = runner
        self.agent = agent
        self._formatted = formatted  # BroadcastService.formatted: markup → (text, entities)

    @property
    def may_change(self) -> bool:
        return self.agent.role == Role.LEAD.value

    def channel_post(self, broadcast_id: int) -> ChannelPostRow | None:
        return self.store.channel_post(broadcast_id)

    def last_channel(self) -> str | None:
        return self.store.last_channel()

    async def edit(self, broadcast_id: int, markup: str) -> None:
        """The post's new text (light markup, as composed); made on Telegram by the duty holder."""
        if not self.may_change:
            raise NotAllowed("Only a team lead can change a channel post.")
        composed = self._formatted(markup.strip())
        if not composed.text:
            raise UserFacingError("A channel post needs a text; delete it instead.")
        await self.runner.run(self.store.request_channel_edit, broadcast_id, composed.text,
                              list(composed.entities), self.agent.id)

    async def delete(self, broadcast_id: int) -> None:
        if not self.may_change:
            raise NotAllowed("Only a team lead can delete a channel post.")
        await self.runner.run(self.store.request_channel_delete, broadcast_id, self.agent.id)


class ChannelPoster(DutyRounds):
    """The duty holder's channel posts, edits and deletions."""

    what = "channel posts"

    def __init__(self, store, runner, gateway: Gateway, clock, broadcast_sender=None) -> None:
        super().__init__(runner, clock)
        self.store = store
        self.gateway = gateway
        self.files = broadcast_sender  # the BroadcastSender: a broadcast's file at hand, fetched once

    def next_due(self):
        return self.store.next_channel_job_at()

    def wakes_on(self, change) -> bool:
        return change.kind in ("channel_post_queued", "broadcast_queued", RESYNC)

    async def run_once(self) -> int:
        if self.gateway.state is not ConnectionState.ONLINE:
            return 0
        done = 0
        for job in await self.runner.run(self.store.channel_jobs_due, self.clock.now()):
            try:
                await self._make(job)
            except Offline:
                return done
            except RateLimited as exc:
                log.warning("channel posts: flood wait of %s s", exc.seconds)
                await self._again(job, str(exc), max(exc.seconds, 1), counts=False)
                return done
            except Undeliverable as exc:
                log.info("a channel %s was refused (%s)", job.action, type(exc).__name__)
                await self.runner.run(self.store.channel_job_refused, job, str(exc), None)
                continue
            except GatewayError as exc:
                log.warning("a channel %s failed (try %d, %s)", job.action, job.attempts + 1, type(exc).__name__)
                await self._again(job, str(exc), self.pause_after(job.attempts + 1))
                continue
            done += 1
        return done

    async def _make(self, job: ChannelJob) -> None:
        channel = ChannelAddress(job.username, job.channel_id, job.access_hash)
        if job.action == "post":
            path, name = await self._file(job.broadcast_id)
            receipt = await self.gateway.post_to_channel(channel, job.text, tuple(job.entities),
                                                         random_id=job.random_id, file_path=path, file_name=name)
            log.info("broadcast %d posted to its channel", job.broadcast_id)
            await self.runner.run(lambda: self.store.channel_job_done(
                job, channel_id=receipt.channel.channel_id, access_hash=receipt.channel.access_hash,
                username=receipt.channel.username, post_id=receipt.post_id, at=receipt.date))
        elif job.action == "edit":
            await self.gateway.edit_channel_post(channel, job.post_id, job.text, tuple(job.entities))
            await self.runner.run(self.store.channel_job_done, job)
        else:
            await self.gateway.delete_channel_post(channel, job.post_id)
            await self.runner.run(self.store.channel_job_done, job)

    async def _file(self, broadcast_id: int):
        """The broadcast's file (path, name) on this server, or (None, None)."""
        if self.files is None:
            return None, None
        from .broadcast_sender import FileNotHere
        _, file, in_store = await self.files._content(broadcast_id)
        if file is None:
            return None, None
        try:
            await self.files._file_at_hand(broadcast_id, file, in_store)
        except FileNotHere as exc:
            raise Undeliverable(str(exc)) from None
        return self.files.files_dir / file.path, file.name

    async def _again(self, job: ChannelJob, reason: str, pause: float, counts: bool = True) -> None:
        give_up = counts and job.attempts + 1 >= MAX_ATTEMPTS
        retry_at = None if give_up else self.clock.now() + timedelta(seconds=pause)
        await self.runner.run(self.store.channel_job_refused, job, reason, retry_at)


def wire_channel_posts(built, sender) -> None:
    """The composition root's part (app.py `_wire_lists`): the windows' API on
    `built.broadcasts.channels`, the poster among the duty holder's jobs."""
    broadcasts = built.broadcasts
    broadcasts.channels = ChannelPostService(built.store, built.runner, built.desk.agent, broadcasts.formatted)
    if built.mode != "window":  # a workstation without a session never holds the duty
        poster = ChannelPoster(built.store, built.runner, built.gateway, built.clock, sender)
        built.duty_jobs.add(poster)
        built.bus.subscribe(poster.on_event)
