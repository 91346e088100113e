"""bench/retention's filing beside the purge: citizens keep writing while the daily purge
runs on the big store, and each message's filing time is what they (and the agents
watching the queue) wait for.

The desk is the composition root's (build_desk over the store, the gateway never
started: this measures filing, not Telegram), its clock frozen at the bench's "now".
Messages arrive at a steady rate, each handed to IngestService in its own task as the
gateway does; a message's filing time runs from its arrival to its result (ticket and
message committed). First for `baseline` seconds without a purge (the in-run
baseline), then a burst of `burst` messages at once with the purge started in the
middle of it (the case that failed with OperationalError), and once the burst is
filed the steady rate again until the purge ends. The purge runs as the app's daily run does: RetentionPurge on a
thread of its own. A filing or a purge that raises is a failure, counted and named.
On PostgreSQL the purge's rewrite of its tables waits for a lull in filing, which the
steady rate never leaves (and a filing that comes during a rewrite cancels it):
deferred, it is then run as the schedule retries it (`compact_owed`), the filing
stopped, and timed.
Imported by bench/retention (its folder is first on sys.path).
"""

from __future__ import annotations

import asyncio
import statistics
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from deskclient.app import build_desk
from deskclient.config import load_config
from deskclient.domain.clock import FrozenClock
from deskclient.domain.messages import CitizenIdentity, InboundMessage
from deskclient.net.demo import DemoNetwork

ACCOUNT = "bench"  # the account bench/retention's citizens wrote to
ACTIVE = 400  # citizens writing meanwhile, besides those coming back to a purged ticket
WARM_UP = 50  # messages filed first, unmeasured (the language detector loads, caches fill)


@dataclass
class TrafficOutcome:
    baseline: list[float] = field(default_factory=list)  # seconds per filing, no purge
    beside: list[float] = field(default_factory=list)  # steady filings while the purge ran
    burst: list[float] = field(default_factory=list)  # the burst the purge started in
    failures: list[str] = field(default_factory=list)
    purge_seconds: float = 0.0
    purge_report: object = None
    resumed_seconds: float | None = None  # the deferred compaction, run again in the lull after
    resumed_report: object = None
    filed: int = 0
    found: int = 0  # of the filed messages, how many the store holds afterwards


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values) or [0.0]
    return ordered[min(len(ordered) - 1, max(0, int(round(fraction * len(ordered))) - 1))]


class _Citizens:
    """Who writes: mostly new citizens, some whose old tickets the purge is deleting
    (their citizen row goes unless a new ticket keeps it), some already writing."""

    def __init__(self, old_citizens: int, now: datetime) -> None:
        self.old = old_citizens
        self.now = now
        self.sent = 0

    def next(self) -> InboundMessage:
        self.sent += 1
        n = self.sent
        if n % 10 == 0:  # a citizen of the purged half comes back
            user_id = 100_000 + 1 + (n * 7919) % max(1, self.old // 2)
        else:
            user_id = 5_000_000 + n % ACTIVE  # in conversation: most messages follow up
        return InboundMessage(account=ACCOUNT, citizen=CitizenIdentity(user_id, f"Citizen {user_id}"),
                              channel_message_id=900_000_000 + n, date=self.now + timedelta(milliseconds=n),
                              text=f"Bon dia, missatge {n} sobre el meu tràmit de pagament")


async def measure(url: str, data_dir: Path, now: datetime, old_citizens: int, rate: float,
                  baseline: float, burst: int) -> TrafficOutcome:
    config = load_config(overrides={"database.url": url, "paths.data_dir": str(data_dir),
                                    "retention.purge_in_app": False})
    network = DemoNetwork()
    desk = build_desk(config, lambda c: network.gateway(config, c), clock=FrozenClock(now))
    outcome = TrafficOutcome()
    citizens = _Citizens(old_citizens, now)
    filed: list[InboundMessage] = []
    tasks: set[asyncio.Task] = set()

    async def file(message: InboundMessage, into: list[float]) -> None:
        started = time.perf_counter()
        try:
            await desk.ingest.on_message(message)
        except Exception as exc:  # a filing that fails is what this bench looks for
            outcome.failures.append(f"filing: {type(exc).__name__}: {exc}")
            return
        into.append(time.perf_counter() - started)
        filed.append(message)

    def arrive(into: list[float]) -> None:
        task = asyncio.ensure_future(file(citizens.next(), into))
        tasks.add(task)
        task.add_done_callback(tasks.discard)

    async def steady(into: list[float], until) -> None:
        interval = 1.0 / rate
        next_at = time.perf_counter()
        while not until():
            arrive(into)
            next_at += interval
            await asyncio.sleep(max(0.0, next_at - time.perf_counter()))

    try:
        await asyncio.gather(*(file(citizens.next(), []) for _ in range(WARM_UP)))
        ends = time.perf_counter() + baseline
        await steady(outcome.baseline, lambda: time.perf_counter() >= ends)
        await asyncio.gather(*tasks)
        for _ in range(burst // 2):
            arrive(outcome.burst)
        started = time.perf_counter()
        purge = asyncio.ensure_future(asyncio.to_thread(desk.lead.purge_job.run, "bench/retention", None))
        for _ in range(burst - burst // 2):
            arrive(outcome.burst)
        await asyncio.gather(*tasks)  # the burst filed, the steady rate resumes beside the purge
        await steady(outcome.beside, purge.done)
        try:
            outcome.purge_report = await purge
        except Exception as exc:
            outcome.failures.append(f"purge: {type(exc).__name__}: {exc}")
        outcome.purge_seconds = time.perf_counter() - started
        await asyncio.gather(*tasks)
        if outcome.purge_report is not None and outcome.purge_report.compaction_deferred:
            started = time.perf_counter()
            outcome.resumed_report = await asyncio.to_thread(desk.lead.purge_job.compact_owed, "bench/retention")
            outcome.resumed_seconds = time.perf_counter() - started
        outcome.filed = len(filed)
        outcome.found = await desk.runner.run(_count_found, desk.store, filed)
    finally:
        await desk.stop()
    return outcome


def _count_found(store, messages: list[InboundMessage]) -> int:
    p = store.db.param
    found = 0
    ids = [m.channel_message_id for m in messages]
    for start in range(0, len(ids), 500):
        part = ids[start:start + 500]
        found += store.db.execute_sql(
            f"SELECT COUNT(*) FROM message m JOIN citizen c ON c.id = m.citizen_id WHERE c.account = {p} "
            f"AND m.channel_message_id IN ({', '.join([p] * len(part))})", [ACCOUNT] + part).fetchone()[0]
    return found


def print_rounds(rounds: list[TrafficOutcome], rate: float, burst: int) -> None:
    """min / median / max over the rounds of each figure, with its target."""

    def spread(values: list[float], scale: float = 1e3) -> str:
        return (f"{min(values) * scale:8.1f} {statistics.median(values) * scale:8.1f} "
                f"{max(values) * scale:8.1f}")

    print(f"\nfiling beside the purge: {rate:.0f} messages/s steady, a burst of {burst:,} with the purge "
          f"started in it; {len(rounds)} rounds (min / median / max)")
    print(f"{'figure':40} {'min':>8} {'median':>8} {'max':>8}   target")
    print(f"{'-' * 40} {'-' * 8} {'-' * 8} {'-' * 8}   {'-' * 16}")
    print(f"{'filing p50, no purge (baseline) ms':40} {spread([percentile(r.baseline, .5) for r in rounds])}")
    print(f"{'filing p99, no purge (baseline) ms':40} {spread([percentile(r.baseline, .99) for r in rounds])}")
    print(f"{'filing p50 beside the purge ms':40} {spread([percentile(r.beside, .5) for r in rounds])}")
    p99 = [percentile(r.beside, .99) for r in rounds]
    print(f"{'filing p99 beside the purge ms':40} {spread(p99)}   < 100 ms: "
          f"{'met' if max(p99) < 0.1 else 'MISSED'}")
    print(f"{'filing max beside the purge ms':40} {spread([max(r.beside or [0.0]) for r in rounds])}")
    print(f"{'filings beside the purge (samples)':40} {spread([len(r.beside) for r in rounds], 1)}")
    print(f"{'burst: slowest filing ms':40} {spread([max(r.burst) if r.burst else 0.0 for r in rounds])}")
    print(f"{'purge duration s':40} {spread([r.purge_seconds for r in rounds], 1)}   < 60 s")
    failures = [f for r in rounds for f in r.failures]
    lost = sum(r.filed - r.found for r in rounds)
    print(f"{'failures (filing or purge)':40} {len(failures):8d}   none: {'met' if not failures else 'MISSED'}")
    print(f"{'filed messages missing afterwards':40} {lost:8d}   none: {'met' if not lost else 'MISSED'}")
    for text in sorted(set(failures))[:5]:
        print(f"  {text[:160]}")
    resumed = [r for r in rounds if r.resumed_seconds is not None]
    if resumed:
        print(f"{'rewrite deferred (no lull), rounds':40} {len(resumed):8d}")
        print(f"{'deferred rewrite, in the lull after s':40} {spread([r.resumed_seconds for r in resumed], 1)}")
        print(f"{'  of which the message table s':40} "
              f"{spread([r.resumed_report.compaction_seconds.get('message', 0.0) for r in resumed], 1)}")
        done = sum(bool(r.resumed_report.compacted) for r in resumed)
        print(f"{'deferred rewrite completed':40} {done:8d}   all: {'met' if done == len(resumed) else 'MISSED'}")
    for r in rounds:
        if r.purge_report is not None:
            print(f"  {r.purge_report.describe()}"
                  + (f"; problems: {' '.join(r.purge_report.problems)}" if r.purge_report.problems else ""))
