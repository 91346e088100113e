"""Subscriptions to the broadcast lists in the store (see store/broadcasts.py).

A keyword message changes the subscription and queues its confirmation in one
transaction, once per message however many processes file it (`list_notice.key`). A
subscriber who leaves is erased at once: their row goes, and their recipient rows lose
the address (queued ones become `left`, never sent). Subscribers are not linked to
citizens or tickets: the purge of a citizen's tickets does not unsubscribe them.

A mixin of TicketStore: it uses `self.m`, `self.clock`, `self._retrying` and
`self._announce` ("list_changed", ticket id 0).
"""

from __future__ import annotations

import hashlib
from typing import Callable

import peewee as pw

from ..domain.subscriptions import KeywordMessage, ListAction, topics_of, topics_text
from .broadcast_records import LEFT, QUEUED, ListOutcome, SubscriberCounts
from .outbox_queue import new_random_id

INSERT_BATCH = 500


def notice_key(account: str, address: int, what: str) -> str:
    """The once-only key of a notice: not the citizen's id in clear (it outlives the send)."""
    return hashlib.sha256(f"{account}:{address}:{what}".encode()).hexdigest()


class SubscriptionStore:
    """Who is on the list, and the notices they are owed."""

    def apply_list_keyword(self, account: str, address: int, access_hash: int | None,
                           keyword: KeywordMessage, all_topics: tuple[str, ...], written: str,
                           source_channel_message_id: int, render: Callable[[str, tuple[str, ...]], str]) -> ListOutcome:
        """Subscribe or unsubscribe a citizen after their keyword message, and queue what
        they are told (`render(kind, topics)`): once per message."""
        m = self.m
        now = self.clock.now()
        key = notice_key(account, address, f"message:{source_channel_message_id}")

        def work() -> ListOutcome:
            if m.ListNotice.select().where(m.ListNotice.key == key).exists():
                return ListOutcome(duplicate=True)
            current = m.Subscriber.get_or_none(m.Subscriber.account == account,
                                               m.Subscriber.address == address)
            have = topics_of(current.topics) if current else ()
            if keyword.action is ListAction.SUBSCRIBE:
                wanted = set(keyword.topics or all_topics) | set(have)
                topics = tuple(t for t in all_topics if t in wanted)
                kind = "subscribed"
                text = render(kind, topics)
                values = dict(access_hash=access_hash, language=keyword.language, topics=topics_text(topics),
                              consented_at=now, consent_keyword=written[:200], consent_note=text)
                if current is None:
                    m.Subscriber.insert(account=account, address=address, **values) \
                        .on_conflict_ignore().execute()
                m.Subscriber.update(**values).where(m.Subscriber.account == account,
                                                    m.Subscriber.address == address).execute()
            else:
                remaining = tuple(t for t in have if keyword.topics and t not in keyword.topics)
                if remaining:
                    topics, kind = remaining, "changed"
                    m.Subscriber.update(topics=topics_text(topics), language=keyword.language) \
                        .where(m.Subscriber.id == current.id).execute()
                else:
                    topics, kind = (), "unsubscribed"
                    self._erase_subscriber(account, address)
                text = render(kind, topics)
            notice = m.ListNotice.insert(key=key, account=account, address=address,
                                         access_hash=access_hash, text=text, random_id=new_random_id(),
                                         state=QUEUED, created_at=now).on_conflict_ignore().execute()
            self._announce("list_changed", 0, None)
            return ListOutcome(False, kind, topics, notice)

        return self._retrying(work)

    def queue_daily_notice(self, account: str, address: int, access_hash: int | None, day: str,
                           text: str) -> bool:
        """A broadcast-only account's notice, at most once a day per citizen: True if
        queued now."""
        m = self.m
        now = self.clock.now()

        def work() -> bool:
            inserted = m.ListNotice.insert(
                key=notice_key(account, address, f"day:{day}"), account=account, address=address,
                access_hash=access_hash, text=text, random_id=new_random_id(), state=QUEUED,
                created_at=now).on_conflict_ignore().as_rowcount().execute()
            if inserted:
                self._announce("list_changed", 0, None)
            return bool(inserted)

        return self._retrying(work)

    def _erase_subscriber(self, account: str, address: int, gone_from: int | None = None) -> None:
        """Inside a transaction: the subscription goes, and every trace of the citizen in
        recipient rows (queued copies are not sent: `left`)."""
        m = self.m
        m.Subscriber.delete().where(m.Subscriber.account == account,
                                    m.Subscriber.address == address).execute()
        of_account = m.Broadcast.select(m.Broadcast.id).where(m.Broadcast.account == account)
        rows = m.BroadcastRecipient.address == address
        m.BroadcastRecipient.update(state=LEFT).where(rows, m.BroadcastRecipient.state == QUEUED,
                                                      m.BroadcastRecipient.broadcast.in_(of_account)).execute()
        m.BroadcastRecipient.update(address=None, access_hash=None) \
            .where(rows, m.BroadcastRecipient.broadcast.in_(of_account)).execute()
        self._announce("list_changed", 0, None)

    def erase_subscription_of_citizen(self, citizen_id: int) -> bool:
        """A citizen's erasure (a data-subject request): their subscription, if any, goes
        with their record. True if they were on the list."""
        m = self.m
        citizen = m.Citizen.get_or_none(m.Citizen.id == citizen_id)
        if citizen is None:
            return False

        def work() -> bool:
            on_list = self.subscriber(citizen.account, citizen.address) is not None
            self._erase_subscriber(citizen.account, citizen.address)
            return on_list

        return self._retrying(work)

    def subscriber(self, account: str, address: int):
        """The subscriber's row (a Peewee row: tests and the store only), or None."""
        m = self.m
        return m.Subscriber.get_or_none(m.Subscriber.account == account, m.Subscriber.address == address)

    def subscriber_language(self, account: str, address: int) -> str | None:
        """A subscriber's language (their keyword's), or None for anyone else."""
        m = self.m
        return (m.Subscriber.select(m.Subscriber.language)
                .where(m.Subscriber.account == account, m.Subscriber.address == address).scalar())

    def add_subscribers(self, account: str, people: list[tuple[int, int | None, str]], topics: tuple[str, ...],
                        note: str = "") -> int:
        """Subscribe many at once (a migration from another list, tests, the demo):
        (user id, access hash, language) each. Returns how many were new."""
        m = self.m
        now = self.clock.now()

        def work() -> int:
            added = 0
            for start in range(0, len(people), INSERT_BATCH):
                rows = [dict(account=account, address=u, access_hash=h, language=lang,
                             topics=topics_text(topics), consented_at=now, consent_keyword="(imported)",
                             consent_note=note) for u, h, lang in people[start:start + INSERT_BATCH]]
                added += m.Subscriber.insert_many(rows).on_conflict_ignore().as_rowcount().execute()
            self._announce("list_changed", 0, None)
            return added

        return self._retrying(work)

    def subscriber_counts(self) -> SubscriberCounts:
        m = self.m
        by_language: dict[str, int] = {}
        by_topic: dict[str, int] = {}
        total = 0
        for language, topics, count in (m.Subscriber.select(m.Subscriber.language, m.Subscriber.topics,
                                                            pw.fn.COUNT(m.Subscriber.id))
                                        .group_by(m.Subscriber.language, m.Subscriber.topics).tuples()):
            total += count
            by_language[language] = by_language.get(language, 0) + count
            for topic in topics_of(topics):
                by_topic[topic] = by_topic.get(topic, 0) + count
        return SubscriberCounts(total, by_language, by_topic)

    def subscribers_for(self, topics: tuple[str, ...]) -> dict[str, int]:
        """Subscribers who would get a broadcast to these topics, per their language."""
        m = self.m
        query = (m.Subscriber.select(m.Subscriber.language, pw.fn.COUNT(m.Subscriber.id))
                 .where(self._any_topic(topics)).group_by(m.Subscriber.language))
        return {language: count for language, count in query.tuples()}

    def _any_topic(self, topics):
        m = self.m
        condition = None
        for topic in topics:
            term = m.Subscriber.topics.contains(f"|{topic}|")
            condition = term if condition is None else condition | term
        return condition if condition is not None else (m.Subscriber.id < 0)
