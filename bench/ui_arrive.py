"""bench/ui's arrival stall through Telegram: N messages from M citizens pushed through
the simulated Telegram (bench/telegram_feed.py: the pushes' bytes made beforehand, handed
to the client as its socket would, 100 at a time) to the desk's real DeskTelegramClient
with its SQLite session, the real TelethonGateway, ingest and the store, while the real
MainWindow is open on a store of B tickets with the first citizen's ticket shown (its
thread growing as they write). A 5 ms precise QTimer ticks on the same loop; the stall
is the longest gap minus 5 ms. The outbox is stopped (sending the opening notices is
bench/outbox's), as is the in-app purge."""

from __future__ import annotations

import asyncio
import shutil
import statistics
import time
from datetime import datetime
from pathlib import Path

from app_harness import MachineNoise, StallMeter, StallSampler, close_window, open_window
from figures import spread
from telegram_feed import Pushes, authorised_session, citizens

from deskclient.domain.clock import FrozenClock
from deskclient.net.client_factory import simulated_client_factory
from deskclient.net.simulated import SimulatedTelegram
from deskclient.net.telethon_gateway import TelethonGateway


class _Filed:
    """Counts messages filed (from the store's thread, after each commit); `reached(k)`
    resolves once k are; `first_ticket` is the first ticket opened."""

    def __init__(self, loop) -> None:
        self.count = 0
        self.first_ticket = None
        self.loop = loop
        self.waiting: list[tuple[int, asyncio.Future]] = []

    def __call__(self, changes) -> None:
        for change in changes:
            if change.kind == "ticket_opened" and self.first_ticket is None:
                self.first_ticket = change.ticket_id
        self.count += sum(1 for c in changes if c.kind in ("ticket_opened", "message_added"))
        self.loop.call_soon_threadsafe(self._wake)

    def _wake(self) -> None:
        for k, future in self.waiting:
            if self.count >= k and not future.done():
                future.set_result(None)

    async def reached(self, k: int, timeout: float) -> None:
        future = self.loop.create_future()
        self.waiting.append((k, future))
        self._wake()
        await asyncio.wait_for(future, timeout)


async def measure_arrive_telegram(config, start: datetime, n: int, m: int, profiler=None,
                                  sampled: bool = False) -> dict:
    """One run: the longest stall and its neighbours while n messages arrive; `sampled`:
    with what the loop ran in its longest stalls (StallSampler), under "stalls"."""
    clock = FrozenClock(start)
    server = SimulatedTelegram(clock=clock)
    account = server.add_account("+34600000000", "012 Bench")
    people = citizens(server, m)
    authorised_session(server, account, config.data_dir)

    def gateway(gateway_clock):
        made = TelethonGateway(simulated_client_factory(server, config), gateway_clock)
        made.reconnect_delay = 0.2
        return made

    desk, bridge, window = await open_window(config, clock, gateway)
    meter = StallMeter()
    noise = MachineNoise()
    sampler = StallSampler() if sampled else None
    filed = _Filed(asyncio.get_running_loop())
    try:
        await desk.start()
        await desk.gateway.wait_online()
        await desk.outbox.stop()
        desk.store.subscribe(filed)
        # The agent has the first citizen's ticket open: the thread grows while they read.
        await Pushes.make(server, account, people[:1], 1).feed(desk.gateway.client)
        await filed.reached(1, 60)
        await asyncio.sleep(0.1)
        if not window.select_ticket(filed.first_ticket):  # not on the first page of a big queue
            window.ticket.show_ticket(filed.first_ticket)
        pushes = Pushes.make(server, account, people, n - 1)
        await asyncio.sleep(0.2)
        meter.start()
        noise.start()
        if sampler:
            sampler.start()
        await asyncio.sleep(0.1)
        started = time.perf_counter()
        if profiler:
            profiler.enable()
        await pushes.feed(desk.gateway.client)
        await filed.reached(n, 900)
        took = time.perf_counter() - started
        await asyncio.sleep(0.6)  # the last changes and counts reach the window
        if profiler:
            profiler.disable()
        stalls = meter.stop()
        machine = noise.stop()
        if sampler:
            sampler.stop()
    finally:
        await close_window(desk, bridge, window)
    return {"max": max(stalls), "p99": statistics.quantiles(stalls, n=100)[98],
            "over40": sum(s > 0.04 for s in stalls), "busy": sum(stalls), "filed": took,
            "cpu_max": max(meter.cpu), "machine": machine,
            "stalls": sampler.report(meter.ticks, meter.cpu) if sampler else []}


def arrive_rows(runs: list[dict], direct: list[dict], n: int, m: int, where: str) -> tuple[list, list]:
    """Table rows and notes: through Telegram (the figure) and straight into the services
    (the second line), min / median / max over the runs."""
    rows, notes = [], []
    for label, rs in ((f"through Telegram ({where})", runs), (f"direct to services ({where})", direct)):
        if not rs:
            continue
        worst = [r["max"] for r in rs]
        rows.append((f"longest stall, {n:,} msgs {label}", f"{statistics.median(worst) * 1000:.1f} ms", "< 40 ms",
                     statistics.median(worst) < 0.04))
        notes.append(f"arrive {label}: longest stall min/median/max {_ms(worst)} over {len(rs)} runs; "
                     f"p99 gap {_ms([r['p99'] for r in rs])}; stalls over 40 ms per run "
                     f"{', '.join(str(r['over40']) for r in rs)}; {n:,} messages from {m} citizens filed in "
                     f"{', '.join(format(r['filed'], '.1f') for r in rs)} s")
        if all("cpu_max" in r for r in rs):
            notes[-1] += (f"; the loop thread's own CPU time in its busiest gap (the loop's work, without "
                          f"the machine's other load) {_ms([r['cpu_max'] for r in rs])}")
        if all("machine" in r for r in rs):
            notes[-1] += (f"; in-run baseline, the machine alone (a separate idle process waking every 5 ms "
                          f"meanwhile), its longest lateness {_ms([r['machine'] for r in rs])}")
    return rows, notes


def fresh_copy(db: Path, to: Path) -> Path:
    """A run's own copy of a built store (each run files into it)."""
    shutil.copyfile(db, to)
    return to


def _ms(values: list[float]) -> str:
    return spread(values, ".1f", "ms", 1000)
