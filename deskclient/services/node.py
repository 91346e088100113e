"""What one desk process does besides filing and answering: follow the duty, report
itself, and (on a workstation without a Telegram session) watch the service.

- `DutyJobs` starts the jobs only the duty holder runs (outbox sender, purge schedule,
  group-leave retries, fetching files left arriving) when the duty is taken, and stops
  them when it is lost. Transitions run one after the other: a duty lost and taken back
  at once stops the jobs, then starts them again, never both at the same time.
- `NodeHeartbeat` keeps this process's `ServiceNode` row (store/service_nodes.py) fresh:
  at start, on a connection or duty change, every `every` seconds; deleted at stop.
- `ServiceWatch` is the connection indicator of a window without a session: it reads the
  duty holder's row and publishes its state as a `ConnectionChanged`, OFFLINE when no
  holder has been seen for `stale_after` seconds.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import os
import socket
from datetime import timedelta

from ..domain.clock import Clock
from ..net.gateway import ConnectionState, Gateway
from .events import ConnectionChanged, DutyChanged, EventBus
from .runner import StoreRunner
from .wakeup import woken

log = logging.getLogger("deskclient.services")

HEARTBEAT_SECONDS = 15.0
STALE_AFTER = timedelta(minutes=1)  # a holder not seen for this long is gone (status exits 1)


def node_name(configured: str) -> str:
    """`service.node`, or `<host>:<pid>`."""
    return configured or f"{socket.gethostname()}:{os.getpid()}"


class DutyJobs:
    """Starts and stops the duty holder's jobs as the duty comes and goes.

    A job has `start()` and `async stop()` (contract of the issue-10 plan). Subscribe
    `on_event` to the bus before the lease starts."""

    def __init__(self, jobs=()) -> None:
        self.jobs = [job for job in jobs if job is not None]
        self.held = False
        self.closed = False
        self._transition: asyncio.Future | None = None

    def add(self, job) -> None:
        if job is not None and job not in self.jobs:
            self.jobs.append(job)

    def on_event(self, event) -> None:
        if isinstance(event, DutyChanged):
            self.follow(bool(event.held))

    def follow(self, held: bool) -> None:
        if held == self.held or (held and self.closed):
            return
        self.held = held
        log.info("duty %s: %s %d jobs", "taken" if held else "lost",
                 "starting" if held else "stopping", len(self.jobs))
        previous = self._transition
        self._transition = asyncio.ensure_future(self._switch(previous, held))

    async def _switch(self, previous, held: bool) -> None:
        if previous is not None:
            await asyncio.gather(previous, return_exceptions=True)
        if held:
            for job in self.jobs:
                try:
                    started = job.start()
                    if inspect.isawaitable(started):
                        await started
                except Exception:
                    log.exception("a duty job (%s) did not start", type(job).__name__)
        else:
            await self._stop_all()

    async def _stop_all(self) -> None:
        for result, job in zip(await asyncio.gather(*(job.stop() for job in self.jobs),
                                                    return_exceptions=True), self.jobs):
            if isinstance(result, Exception):
                log.warning("a duty job (%s) did not stop cleanly: %s", type(job).__name__,
                            type(result).__name__)

    async def switch(self, held: bool) -> None:
        """The lease's change handler: follow, and return once the jobs have switched."""
        self.follow(held)
        await self.wait()

    async def wait(self) -> None:
        """Until the last transition is done (tests, and stop)."""
        while self._transition is not None and not self._transition.done():
            await asyncio.gather(self._transition, return_exceptions=True)

    async def close(self) -> None:
        """Stop every job for good (at shutdown, before the lease is let go): a duty taken
        again meanwhile starts nothing."""
        self.closed = True
        self.follow(False)
        await self.wait()


class NodeHeartbeat:
    """This process's row for `deskclient status` and for windows without a session."""

    def __init__(self, store, runner: StoreRunner, bus: EventBus, clock: Clock, node: str,
                 mode: str, gateway: Gateway, duty=None, every: float = HEARTBEAT_SECONDS,
                 templates: dict[str, str] | None = None) -> None:
        self.store = store
        self.runner = runner
        self.clock = clock
        self.node = node
        self.mode = mode
        self.gateway = gateway
        self.duty = duty
        self.every = every
        # {use: template name} of its [whatsapp.templates], published for the team's
        # workstations, which have no WhatsApp config (services/customer_windows.py).
        self.templates = templates or None
        self.host = socket.gethostname()
        self.pid = os.getpid()
        self.started_at = clock.now()
        self._task: asyncio.Task | None = None
        self._dirty = asyncio.Event()
        bus.subscribe(self._on_event)

    @property
    def holds_duty(self) -> bool:
        return self.duty is not None and self.duty.held

    def _on_event(self, event) -> None:
        if isinstance(event, (ConnectionChanged, DutyChanged)):
            self._dirty.set()

    async def start(self) -> None:
        await self.beat()
        self._task = asyncio.ensure_future(self._run())

    async def beat(self) -> None:
        try:
            await self.runner.run(self.store.upsert_service_node, self.node, self.host, self.pid,
                                  self.mode, self.started_at, self.gateway.state.value, self.holds_duty,
                                  ",".join(f"{c}:{s.value}" for c, s in self.gateway.channel_states()),
                                  self.templates)
        except Exception as exc:  # the database is away: the next beat tries again
            log.warning("cannot report this node (%s)", type(exc).__name__)

    async def _run(self) -> None:
        while True:
            await woken(self._dirty, self.every)
            self._dirty.clear()
            await self.beat()

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
            self._task = None
        try:
            await self.runner.run(self.store.delete_service_node, self.node)
        except Exception as exc:
            log.warning("cannot remove this node's row (%s)", type(exc).__name__)


class ServiceWatch:
    """A window without a session shows the service's connection, read from the duty
    holder's row every `every` seconds (the rows change at most every few seconds)."""

    def __init__(self, store, runner: StoreRunner, bus: EventBus, clock: Clock,
                 every: float = 5.0, stale_after: timedelta = STALE_AFTER) -> None:
        self.store = store
        self.runner = runner
        self.bus = bus
        self.clock = clock
        self.every = every
        self.stale_after = stale_after
        self.state = ConnectionState.OFFLINE
        self._task: asyncio.Task | None = None

    def start(self) -> None:
        self._task = asyncio.ensure_future(self._run())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
            self._task = None

    async def check(self) -> ConnectionState:
        try:
            nodes = await self.runner.run(self.store.service_nodes)
        except Exception as exc:
            log.warning("cannot read the service's state (%s)", type(exc).__name__)
            nodes = []
        now = self.clock.now()
        holder = next((n for n in nodes if n.duty and now - n.seen_at <= self.stale_after), None)
        state = ConnectionState(holder.connection) if holder and holder.connection in \
            ConnectionState._value2member_map_ else ConnectionState.OFFLINE
        if state is not self.state:
            self.state = state
            self.bus.publish(ConnectionChanged(state))
        return state

    async def _run(self) -> None:
        self.bus.publish(ConnectionChanged(self.state))
        while True:
            await self.check()
            await asyncio.sleep(self.every)
