"""The composition root: config → rules → store → gateway → services → windows.

Nothing else builds these objects or looks them up globally; tests build the same
`Desk` with their own clock, database and network.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from .config import Config
from .domain.clock import Clock, SystemClock
from .domain.files import FilePolicy
from .domain.notices import NoticeTemplates
from .domain.rules import DeskRules
from .domain.service_hours import ServiceCalendar, ServiceHours
from .domain.tickets import ClosingPolicy, Role
from .errors import ConfigError
from .net.gateway import Gateway
from .net.login import LoginFlow
from .net.telethon_gateway import TelethonGateway
from .services.account import AccountService
from .services.desk import DeskService
from .services.events import EventBus, StoreChanged
from .services.file_intake import FileIntake
from .services.ingest import IngestService
from .services.outbox import OutboxSender
from .services.runner import StoreRunner
from .store.database import open_database
from .store.repository import TicketStore

log = logging.getLogger("deskclient")


def build_rules(config: Config) -> DeskRules:
    try:
        calendar = ServiceCalendar(ServiceHours(
            opens=config["hours.opens"], closes=config["hours.closes"],
            weekdays=frozenset(d - 1 for d in config["hours.weekdays"]),
            timezone=config["hours.timezone"], holiday_calendar=config["hours.holidays"],
        ))
    except (ValueError, KeyError, NotImplementedError) as exc:
        raise ConfigError(f"service hours: {exc}") from None
    return DeskRules(
        calendar=calendar,
        closing=ClosingPolicy(timedelta(minutes=config["tickets.grace_minutes"])),
        first_response=timedelta(hours=config["sla.first_response_hours"]),
        notices=NoticeTemplates(config["templates"], config["languages.default"]),
        languages=tuple(config["languages.available"]),
        files=FilePolicy(frozenset(e.lower() for e in config["files.accepted"]),
                         int(config["files.max_mb"] * 1024 * 1024)),
        service_name=config["service.name"],
        privacy_url=config["service.privacy_url"],
        number_prefix=config["tickets.number_prefix"],
    )


def open_store(config: Config, clock: Clock) -> TicketStore:
    return TicketStore(open_database(config.database_url), clock)


@dataclass
class Desk:
    """Everything a window needs, built and wired once."""

    config: Config
    clock: Clock
    rules: DeskRules
    store: TicketStore
    runner: StoreRunner
    bus: EventBus
    gateway: Gateway
    outbox: OutboxSender
    ingest: IngestService
    desk: DeskService
    team_listener: object | None = None
    account: AccountService | None = None
    lead: object | None = None  # services.lead.LeadService (every call checks the role)
    citizens: object | None = None  # services.citizen_requests.CitizenRequests
    purge_schedule: object | None = None  # services.purge_schedule.PurgeSchedule

    @property
    def files_dir(self) -> Path:
        return self.config.data_dir / "files"

    async def start(self) -> None:
        self.outbox.start()
        self.desk.start()
        if self.team_listener is not None:
            await asyncio.to_thread(self.team_listener.start)
        await self.gateway.start(self.ingest)
        if self.purge_schedule is not None:
            self.purge_schedule.start()

    async def stop(self) -> None:
        if self.lead is not None:  # any purge in progress (daily, a lead's) stops after its chunk
            self.lead.purge_job.stopping.set()
        if self.purge_schedule is not None:
            await self.purge_schedule.stop()
        await self.gateway.stop()
        await self.outbox.stop()
        await self.desk.stop()
        if self.team_listener is not None:
            await asyncio.to_thread(self.team_listener.stop)
        self.runner.shutdown()
        self.store.close()


def build_desk(config: Config, gateway_factory, clock: Clock | None = None,
               store: TicketStore | None = None) -> Desk:
    """Wire a desk on the running asyncio loop. `gateway_factory(clock)` makes the network."""
    clock = clock or SystemClock()
    rules = build_rules(config)
    config.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    store = store or open_store(config, clock)
    runner = StoreRunner()
    bus = EventBus(asyncio.get_running_loop())
    store.subscribe(lambda changes: bus.publish(*(StoreChanged(c) for c in changes)))
    gateway = gateway_factory(clock)
    files_dir = config.data_dir / "files"
    outbox = OutboxSender(store, runner, gateway, files_dir, bus)
    intake = FileIntake(rules.files, files_dir, gateway)
    ingest = IngestService(store, runner, rules, clock, gateway, intake, outbox, bus)
    agent = store.ensure_agent(config["agent.name"], config["agent.name"], Role(config["agent.role"]))
    desk = DeskService(store, runner, rules, clock, agent, outbox, config["tickets.categories"],
                       gateway, intake)
    account = None
    if isinstance(gateway, TelethonGateway):
        account = AccountService(LoginFlow(gateway), store, runner, agent)
    team_listener = None
    if store.opened.is_postgres:
        from .store.team import TeamListener
        team_listener = TeamListener(store)
    built = Desk(config, clock, rules, store, runner, bus, gateway, outbox, ingest, desk, team_listener, account)
    from .services.lead_tools import build_lead_tools  # log review, figures, audit, purge
    built.lead, built.citizens = build_lead_tools(config, store, runner, rules, clock, agent)
    if config["retention.purge_in_app"]:  # whoever is logged in: the desk's duty, not a lead's act
        from .services.purge_schedule import PurgeSchedule
        built.purge_schedule = PurgeSchedule(built.lead.purge_job, bus, clock,
                                             ran_by=f"the app, daily (workstation of {agent.login})")
    return built


def demo_network(config: Config):
    """(config, gateway_factory, world) for `--demo`: simulated citizens on a simulated
    Telegram, in a fresh <data dir>/demo, with its own SQLite file even in team mode —
    demo citizens never reach a real database."""
    import shutil

    from .net.demo import DemoNetwork
    demo_dir = config.data_dir / "demo"
    shutil.rmtree(demo_dir, ignore_errors=True)
    config = config.with_values({"paths.data_dir": str(demo_dir), "database.url": ""})
    network = DemoNetwork(pace=config["demo.pace"], answer_delay=config["demo.pace"],
                          templates=config["templates"])
    return config, lambda clock: network.gateway(config, clock), network


def telegram_network(config: Config):
    """(config, gateway_factory, None) for the real Telegram (or the configured test server)."""
    from .net.client_factory import telegram_client_factory
    factory = telegram_client_factory(config)
    return config, lambda clock: TelethonGateway(factory, clock, label="Telegram"), None


def has_telegram_credentials(config: Config) -> bool:
    return bool(config["telegram.api_id"] and config["telegram.api_hash"])
