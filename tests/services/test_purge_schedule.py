"""The purge the duty holder runs by itself: daily at the purge hour (local time), and at
start when the last one was missed; it stops between chunks when the app closes, and a
failure is told, not fatal."""

from __future__ import annotations

import asyncio
import threading
from datetime import time, timedelta

import pytest

from deskclient.logs import log_dir
from deskclient.services.events import EventBus, Problem, PurgeProgressed
from deskclient.services.purge import PurgeReport
from deskclient.services.purge_schedule import COMPACTION_RETRY, PurgeSchedule, next_slot, read_last_run
from deskclient.services.runner import StoreRunner
from tests.conftest import MADRID, local
from tests.services.lead_helpers import sqlite_only, LeadDesk, citizen, closed_ticket
from tests.waiting import until


@pytest.fixture
def lead_desk(store, rules, clock, config):
    desk = LeadDesk(store, rules, clock, config, log_dir(), chunk=2)
    yield desk
    desk.close()


def purges(store) -> list[str]:
    return [d for _, action, _, d in store.audit_trail() if action == "purge"]


def old_tickets(store, rules, clock, n: int, first_user: int = 100) -> list[int]:
    ids = [closed_ticket(store, rules, clock, citizen(first_user + i), texts=(f"consulta {i}",)) for i in range(n)]
    clock.advance(timedelta(days=200))
    return ids


def test_purges_a_missed_run_at_start_then_daily_at_the_purge_hour(store, rules, clock, lead_desk):
    for i in range(3):
        closed_ticket(store, rules, clock, citizen(100 + i), texts=(f"consulta {i}",))
    clock.advance(timedelta(days=10))
    later = closed_ticket(store, rules, clock, citizen(200), texts=("una altra",))
    # The later ticket becomes due some hours before a 03:00; the app starts before that,
    # having never purged, so that morning's 03:00 run was missed and runs at start.
    due = lead_desk.policy.purge_date(store.m.Ticket.get_by_id(later).closed_at)
    purge_hour = next_slot(due, time(3, 0), MADRID)
    start = min(purge_hour - timedelta(hours=17), due - timedelta(hours=1))
    clock.advance(start - clock.now())

    async def scenario():
        bus = EventBus(asyncio.get_running_loop())
        events = []
        bus.subscribe(events.append)
        schedule = PurgeSchedule(lead_desk.purge, bus, clock, "the app, daily (workstation of anna)",
                                 at=time(3, 0), tz=MADRID, store=store, runner=StoreRunner(),
                                 check_every=0.01, first_delay=0)
        schedule.start()
        try:
            await until(lambda: any(isinstance(e, PurgeProgressed) and e.stage == "done" for e in events))
            progress = [(e.stage, e.done, e.total) for e in events if isinstance(e, PurgeProgressed)]
            assert progress[0] == ("tickets", 0, 3) and ("tickets", 3, 3) in progress
            assert progress[-1] == ("done", 3, 3)
            assert [t.id for t in store.m.Ticket.select()] == [later]
            [record] = purges(store)
            assert record.startswith("purged tickets=3 ") and record.endswith("by the app, daily (workstation of anna)")
            assert schedule.seconds_to_next() == (purge_hour - start).total_seconds()

            clock.advance(due - clock.now())  # the later ticket is due, the purge hour is not
            await asyncio.sleep(0.1)
            assert len(purges(store)) == 1 and store.m.Ticket.get_or_none(id=later) is not None
            clock.advance(purge_hour - timedelta(minutes=1) - clock.now())  # 02:59
            await asyncio.sleep(0.1)
            assert len(purges(store)) == 1
            clock.advance(timedelta(minutes=1))  # 03:00
            await until(lambda: len(purges(store)) == 2)
            assert store.m.Ticket.select().count() == 0
        finally:
            await schedule.stop()

    asyncio.run(scenario())


def test_a_restart_after_todays_run_waits_for_the_hour_and_one_that_missed_it_runs_at_once(store, clock):
    """The last run is kept in the database: the service restarted at noon after the 03:00
    run waits for tomorrow's; down from 02:00 to 05:00, it purges as it starts."""
    job = Recording()

    async def start_at(moment) -> int:
        clock.advance(moment - clock.now())
        bus = EventBus(asyncio.get_running_loop())
        schedule = PurgeSchedule(job, bus, clock, "the service", at=time(3, 0), tz=MADRID, store=store,
                                 runner=StoreRunner(), check_every=0.01, first_delay=0)
        before = job.runs
        schedule.start()
        await asyncio.sleep(0.15)
        await schedule.stop()
        return job.runs - before

    async def scenario():
        assert await start_at(local(2026, 11, 24, 3, 0)) == 1  # never purged: at start
        assert await start_at(local(2026, 11, 24, 12, 0)) == 0  # restarted after today's run
        assert await start_at(local(2026, 11, 25, 5, 0)) == 1  # down over 03:00: missed, at start
        assert await start_at(local(2026, 11, 25, 23, 0)) == 0

    asyncio.run(scenario())
    assert read_last_run(store) == local(2026, 11, 25, 5, 0)


@pytest.mark.parametrize("now, expected", [
    (local(2026, 3, 28, 12, 0), 14 * 3600),  # the night the clocks go forward: an hour less
    (local(2026, 10, 24, 12, 0), 16 * 3600),  # and back: an hour more
    (local(2026, 11, 24, 2, 59), 60),
])
def test_the_purge_hour_is_local_time(now, expected, clock):
    from deskclient.domain.clock import FrozenClock
    schedule = PurgeSchedule(Recording(), None, FrozenClock(now), "the service", at=time(3, 0), tz=MADRID)
    assert schedule.seconds_to_next() == expected


def test_the_purge_hour_option_is_checked(tmp_path):
    from deskclient.config import load_config
    from deskclient.errors import ConfigError
    assert load_config(overrides={"retention.purge_hour": "04:30"})["retention.purge_hour"] == time(4, 30)
    assert load_config()["retention.purge_hour"] == time(3, 0)
    with pytest.raises(ConfigError) as refused:
        load_config(overrides={"retention.purge_hour": "25:00"})
    assert str(refused.value) == "command line: option 'retention.purge_hour' must be time (HH:MM), got '25:00'"


class Recording:
    """A purge job that purges nothing and counts its runs."""

    def __init__(self) -> None:
        self.runs = 0
        self.stopping = threading.Event()

    def run(self, *args):
        from deskclient.services.purge import PurgeReport
        self.runs += 1
        return PurgeReport(False, None, "test")


@sqlite_only
def test_a_purge_stopped_between_chunks_keeps_the_rest_for_the_next_run(store, rules, clock, lead_desk):
    ids = old_tickets(store, rules, clock, 6)
    seen = []
    report = lead_desk.purge.run("the app", should_stop=lambda: len(seen) >= 3, progress=seen.append)
    assert report.stopped and report.counts.tickets == 4  # two chunks of two, then the app closed
    assert "stopped early" in report.describe()
    assert store.m.Ticket.select().count() == 2
    report = lead_desk.purge.run("the app")
    assert not report.stopped and report.counts.tickets == 2 and report.compacted
    assert {t.id for t in store.m.Ticket.select()} == set() and len(ids) == 6


@sqlite_only
def test_a_purge_stopped_before_compacting_compacts_at_the_next_run(store, rules, clock, lead_desk):
    for i in range(2):
        closed_ticket(store, rules, clock, citizen(600 + i, f"Zqxwv Ribes {i}"), texts=("zqxwv",))
    clock.advance(timedelta(days=200))
    asked = []
    report = lead_desk.purge.run("the app", should_stop=lambda: asked.append(1) or len(asked) > 1)
    assert report.counts.tickets == 2 and report.stopped and not report.compacted  # the app closed

    def in_indexes() -> bool:
        blocks = b"".join(b for table in ("ticket_search_data", "message_fts_data")
                          for (b,) in store.db.execute_sql(f"SELECT block FROM {table}") if b)
        return b"zqx" in blocks

    assert in_indexes()  # deleted rows, their index pages not yet merged
    report = lead_desk.purge.run("the app")  # the next day: nothing is due, the compaction is
    assert report.counts.tickets == 0 and report.compacted and not in_indexes()
    assert lead_desk.purge.run("the app").compacted is False  # and once only


@sqlite_only
def test_closing_the_app_waits_for_the_purge_in_progress(store, rules, clock, lead_desk):
    old_tickets(store, rules, clock, 40)

    async def scenario():
        bus = EventBus(asyncio.get_running_loop())
        started = asyncio.Event()
        bus.subscribe(lambda e: isinstance(e, PurgeProgressed) and e.stage == "tickets" and started.set())
        schedule = PurgeSchedule(lead_desk.purge, bus, clock, "the app", first_delay=0)
        schedule.start()
        await started.wait()
        await schedule.stop()
        # Whether it got through every chunk or stopped early, it finished and said so
        # before the app went on closing (the store closes right after).
        [record] = purges(store)
        assert record.startswith("purged tickets=")

    asyncio.run(scenario())


class FullDisk:
    """A purge job on a disk with no room left: what `sqlite3` raises there."""

    runs = 0
    stopping = threading.Event()

    def run(self, *args):
        self.runs += 1
        raise OSError(28, "No space left on device")


def test_a_failed_purge_is_told_and_tried_again_later(clock):
    async def scenario():
        bus = EventBus(asyncio.get_running_loop())
        events = []
        bus.subscribe(events.append)
        job = FullDisk()
        schedule = PurgeSchedule(job, bus, clock, "the app", check_every=0.01, first_delay=0)
        schedule.start()
        try:
            await until(lambda: job.runs >= 2)  # not given up after one failure
        finally:
            await schedule.stop()
        problems = [e.text for e in events if isinstance(e, Problem)]
        assert problems[0] == "The retention purge could not run now; it will try again within the hour."
        assert ("failed", 0, 0) in [(e.stage, e.done, e.total) for e in events if isinstance(e, PurgeProgressed)]

    asyncio.run(scenario())


@sqlite_only
def test_a_leads_purge_in_progress_stops_when_the_app_closes(store, rules, clock, lead_desk):
    old_tickets(store, rules, clock, 4)
    seen = []

    def progress(p):
        seen.append(p)
        if p.stage == "tickets" and p.done == 2:  # the app closes after the first chunk
            lead_desk.purge.stopping.set()

    report = asyncio.run(lead_desk.lead.purge(progress=progress))
    assert report.stopped and report.counts.tickets == 2 and store.m.Ticket.select().count() == 2


class NoLull:
    """A PostgreSQL purge whose rewrite found no lull in filing twice, then one."""

    def __init__(self) -> None:
        self.calls: list[str] = []
        self.stopping = threading.Event()

    def run(self, *args):
        self.calls.append("run")
        return PurgeReport(False, None, "the app", compaction_deferred=True, problems=["Messages kept arriving."])

    def compact_owed(self, ran_by):
        self.calls.append("compact_owed")
        deferred = self.calls.count("compact_owed") < 2
        return PurgeReport(False, None, ran_by, compacted=not deferred, compaction_deferred=deferred,
                           problems=["Messages kept arriving."] if deferred else [])


def test_a_compaction_deferred_for_a_lull_is_tried_again_alone_until_done(clock):
    """Every COMPACTION_RETRY after the daily run, only the compaction (nothing deleted
    again); the deferral is said once, and the tries stop once it is done."""
    async def scenario():
        bus = EventBus(asyncio.get_running_loop())
        events = []
        bus.subscribe(events.append)
        job = NoLull()
        schedule = PurgeSchedule(job, bus, clock, "the app", check_every=0.01, first_delay=0)
        schedule.start()
        try:
            await until(lambda: job.calls == ["run"])
            await asyncio.sleep(0.05)
            assert job.calls == ["run"]  # not before the retry's time
            for tries in (2, 3):
                clock.advance(timedelta(seconds=COMPACTION_RETRY))
                await until(lambda n=tries: len(job.calls) == n)
            assert schedule.compaction_retry_at is None
            clock.advance(timedelta(seconds=COMPACTION_RETRY))
            await asyncio.sleep(0.05)
        finally:
            await schedule.stop()
        assert job.calls == ["run", "compact_owed", "compact_owed"]
        assert [e.text for e in events if isinstance(e, Problem)] == ["Messages kept arriving."]

    asyncio.run(scenario())
