"""The composition root: config → rules → store → gateway → services → windows.

Nothing else builds these objects or looks them up globally; tests build the same
`Desk` with their own clock, database and network.

One core, several modes (STYLE.md 10): `deskclient serve` starts a `Desk` with no window
(mode "serve"), the window starts the same `Desk` under Qt ("both" when it holds the
Telegram session, as a single desk does; "window" for a team workstation with
`telegram.session = none`, which never takes the duty since it cannot send). Whatever the
mode, the jobs only the duty holder runs (outbox sender, purge schedule, group-leave
retries, files left arriving) are started when the duty is taken and stopped when it is
lost, by `DutyJobs`.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import sys
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from . import heap
from .config import Config
from .domain.channels import WHATSAPP
from .domain.clock import Clock, SystemClock
from .domain.category_choice import CategoryQuestion
from .domain.files import FilePolicy
from .domain.language import warm_up
from .domain.notices import NoticeTemplates
from .domain.rules import DeskRules
from .domain.holiday_regions import resolve_holiday_calendar
from .domain.service_hours import ServiceCalendar
from .domain.tickets import ClosingPolicy
from .errors import ConfigError, StoreUnavailable
from .hours_config import service_hours
from .net.gateway import Gateway
from .net.late_gateway import LateGateway
from .net.login import LoginFlow
from .private_paths import private_dir
from .services.account import AccountService
from .services.desk import DeskService
from .services.events import EventBus, StoreChanged
from .services.file_intake import FileIntake
from .services.identity import audit_login, check_database_login, desk_agent, watch_access
from .services.file_store import FileStore
from .services.ingest import IngestService
from .services.node import DutyJobs, NodeHeartbeat, ServiceWatch, node_name
from .services.outbox import OutboxSender
from .services.runner import StoreRunner
from .store.database import open_database
from .store.repository import TicketStore

# Seconds after the start before the language detector's models are built (see start()).
WARM_UP_AFTER_S = 3.0

log = logging.getLogger("deskclient")


def build_rules(config: Config) -> DeskRules:
    try:
        hours = service_hours(config)
    except ValueError as exc:
        raise ConfigError(f"service hours: {exc}") from None
    try:
        resolve_holiday_calendar(hours.holiday_calendar)
    except ValueError as exc:
        raise ConfigError(f"option 'hours.holidays': {exc}") from None
    try:
        calendar = ServiceCalendar(hours)
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
        privacy_office=config["service.privacy_office"],
        number_prefix=config["tickets.number_prefix"],
        language_keywords={lang: tuple(words) for lang, words in config["languages.keywords"].items()},
        category_question=CategoryQuestion(tuple(config["tickets.categories"]), config["tickets.category_labels"],
                                           config["languages.default"])
        if config["tickets.category_choice"] else None,
    )


def open_store(config: Config, clock: Clock, mode: str | None = None) -> TicketStore:
    """The desk's store. With a `mode`, the database login is checked first (team mode:
    one in no group the mode needs is told so before the schema is touched)."""
    opened = open_database(config.database_url)
    if mode is not None:
        try:
            check_database_login(opened, mode)
        except BaseException:
            opened.db.close()
            raise
    return TicketStore(opened, clock)


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
    mode: str = "both"  # serve / window (no session) / both (a window holding the session)
    duty: object | None = None  # services.duty.DutyLease; None: never takes the duty
    duty_jobs: DutyJobs = field(default_factory=DutyJobs)
    heartbeat: NodeHeartbeat | None = None  # this process's ServiceNode row
    service_watch: ServiceWatch | None = None  # no session: the service's connection
    files: FileStore | None = None  # kept files' bytes: the shared store and this cache
    broadcasts: object | None = None  # services.broadcasts.BroadcastService (the lists)
    whatsapp: Gateway | None = None  # WhatsApp's gateway, inside `gateway` (a GatewayRouter)
    webhook: object | None = None  # net.webhook_server.WebhookServer answering WhatsApp's webhooks
    heap_settled: bool = False  # started: the collector set for bursts until stop (heap.py)

    @property
    def files_dir(self) -> Path:
        return self.config.data_dir / "files"

    @property
    def holds_duty(self) -> bool:
        return self.duty is not None and self.duty.held

    async def start(self) -> None:
        """Open for business: the store's listeners, the network, this node's row, then
        the duty (whose jobs start when it is taken, maybe much later)."""
        self.desk.start()
        if self.mode != "window":  # it files messages: the language detector's models, built in
            # their own process (domain/language.py) once the window has painted: the build
            # takes a core for 0.5-1.7 s, which the first paint should not share (issue 17 item 4)
            loop = asyncio.get_running_loop()
            loop.call_later(WARM_UP_AFTER_S, loop.run_in_executor, None, warm_up, self.rules.languages)
        if self.files is not None:
            self.files.start(self.bus)  # team mode: the cache pruned, older files shared
        if self.team_listener is not None:
            await asyncio.to_thread(self.team_listener.start)
        await self.gateway.start(self.ingest)
        if self.webhook is not None:  # Meta's webhooks reach the gateway, already listening
            await self.webhook.start()
        if self.heartbeat is not None:
            await self.heartbeat.start()
        if self.duty is not None:
            await self.duty.start()
        if self.service_watch is not None:
            self.service_watch.start()
        heap.settle()  # the collector set for bursts (heap.py)
        self.heap_settled = True

    async def stop(self) -> None:
        """Finish the chunk in hand and let go, in the reverse order: the duty's jobs stop
        before the duty is released (no other node sends while this one still does), the
        gateway saves the update state, this node's row goes last."""
        if self.lead is not None:  # any purge in progress (daily, a lead's) stops after its chunk
            self.lead.purge_job.stopping.set()
        if self.service_watch is not None:
            await self.service_watch.stop()
        await self.duty_jobs.close()
        if self.duty is not None:
            await self.duty.stop()
        await self.ingest.stop()  # a filing still waiting for the database raises, unsaved
        if self.webhook is not None:  # webhooks from now on: refused, and Meta redelivers them
            await self.webhook.stop()
        await self.gateway.stop()
        await self.desk.stop()
        if self.files is not None:
            await self.files.stop()
        if self.heartbeat is not None:
            await self.heartbeat.stop()
        if self.team_listener is not None:
            await asyncio.to_thread(self.team_listener.stop)
        self.runner.shutdown()
        self.store.close()
        if self.heap_settled:
            self.heap_settled = False
            heap.release()


def desk_mode(config: Config, serve: bool = False) -> str:
    if serve:
        return "serve"
    return "window" if config["telegram.session"] == "none" else "both"


def build_duty(store: TicketStore, bus: EventBus, node: str, jobs: DutyJobs):
    """The duty lease: PostgreSQL's advisory lock or SQLite's file lock (services/duty.py).
    Its change handler is awaited before the lease tries again: the jobs have stopped
    before this process could take the duty back."""
    from .services.duty import DutyLease
    from .store.duty_lock import duty_lock_for
    return DutyLease(duty_lock_for(store.opened, node), bus, on_change=jobs.switch)


def build_desk(config: Config, gateway_factory, clock: Clock | None = None,
               store: TicketStore | None = None, mode: str | None = None, whatsapp_factory=None) -> Desk:
    """Wire a desk on the running asyncio loop. `gateway_factory(clock)` makes the network.

    `mode`: "serve", "window" or "both" (default: from `telegram.session`). A desk in
    mode "window" has no session: it never takes the duty, and shows the service's
    connection instead of its own. `whatsapp_factory(clock)` makes WhatsApp's gateway
    (default: from `[whatsapp]` when configured); a desk in another mode than "window"
    then routes between both channels and answers the webhooks."""
    mode = mode or desk_mode(config)
    clock = clock or SystemClock()
    rules = build_rules(config)
    try:  # 0700, with any parent it needs (mkdir's mode would reach the last folder only)
        private_dir(config.data_dir)
    except OSError as exc:  # a file in its place, a read-only or missing parent
        raise StoreUnavailable(f"Cannot create the data folder {config.data_dir}: {exc.strerror}") from None
    opened_here = store is None
    store = store or open_store(config, clock, mode)
    try:  # who is here, by the database login (team) or IT's system config (single desk)
        agent = desk_agent(store, config, mode)
    except BaseException:
        if opened_here:
            store.close()
        raise
    runner = StoreRunner()
    bus = EventBus(asyncio.get_running_loop())
    store.subscribe(lambda changes: bus.publish(*(StoreChanged(c) for c in changes)))
    watch_access(store, bus)  # removed while working: logged out at the next action
    audit_login(store, agent, mode)
    telegram = gateway = gateway_factory(clock) if gateway_factory is not None else None
    whatsapp = None
    if mode != "window":
        whatsapp_factory = whatsapp_factory or _configured_whatsapp(config)
    if mode != "window" and whatsapp_factory is not None:
        whatsapp = whatsapp_factory(clock)
        if telegram is None:  # a WhatsApp-only desk (seed 002's)
            gateway = whatsapp
        else:
            from .net.gateway_router import GatewayRouter
            gateway = GatewayRouter([telegram, whatsapp], functools.partial(runner.run, store.citizen_accounts))
    if gateway is None:  # telegram_network gives no factory only when WhatsApp is on
        raise ValueError("build_desk needs a gateway factory or WhatsApp")
    files = FileStore(store, runner, config.data_dir / "files")
    outbox = OutboxSender(store, runner, gateway, files, bus,
                          max_attempts=config["outbox.max_attempts"],
                          rate_global=config["outbox.rate_global"],
                          rate_per_chat=config["outbox.rate_per_chat"])
    outbox.templates = config["whatsapp.templates"]  # outside WhatsApp's window (whatsapp_templates.py)
    outbox.in_flight_wait = timedelta(seconds=config["whatsapp.in_flight_wait"])
    if rules.category_question is not None:  # a bot's opening message gets a button per category
        outbox.opening_buttons = functools.partial(store.with_category_buttons, question=rules.category_question)
    intake = FileIntake(rules.files, files.files_dir, gateway, files.in_flight)
    ingest = IngestService(store, runner, rules, clock, gateway, intake, outbox, bus)
    desk = DeskService(store, runner, rules, clock, agent, outbox, config["tickets.categories"],
                       gateway, intake, files)
    account = None
    if _logs_in(telegram):
        account = AccountService(LoginFlow(telegram), store, runner, agent)
    team_listener = None
    if store.opened.is_postgres:
        from .store.team import TeamListener
        team_listener = TeamListener(store)
    built = Desk(config, clock, rules, store, runner, bus, gateway, outbox, ingest, desk, team_listener,
                 account, mode=mode, files=files, whatsapp=whatsapp)
    if whatsapp is not None:
        built.webhook = _webhook_server(config, whatsapp)
    built.ingest.fetcher.files = files
    from .services.lead_tools import build_lead_tools  # log review, figures, audit, purge
    built.lead, built.citizens = build_lead_tools(config, store, runner, rules, clock, agent)
    built.citizens.files = files
    if config["retention.purge_in_app"]:  # whoever holds the duty: the desk's, not a lead's act
        from .services.purge_schedule import PurgeSchedule
        who = "the service" if mode == "serve" else f"workstation of {agent.login}"
        built.purge_schedule = PurgeSchedule(built.lead.purge_job, bus, clock,
                                             ran_by=f"the app, daily ({who})", at=config["retention.purge_hour"],
                                             tz=rules.calendar.tz, store=store, runner=runner)
    _wire_duty(built)
    _wire_lists(built)
    return built


def _configured_whatsapp(config: Config):
    """`[whatsapp]`'s gateway factory, or None when WhatsApp is off."""
    from .whatsapp_config import whatsapp_configured, whatsapp_settings
    if not whatsapp_configured(config):
        return None
    settings = whatsapp_settings(config)
    from .net.whatsapp import WhatsAppGateway
    return lambda clock: WhatsAppGateway(settings, clock)


def _webhook_server(config: Config, whatsapp: Gateway):
    from .net.webhook_server import WebhookServer
    from .net.whatsapp import webhook_app
    from .whatsapp_config import split_address
    host, port = split_address(config["whatsapp.listen"])
    return WebhookServer(webhook_app(whatsapp), host, port)


def _wire_duty(built: Desk) -> None:
    """The duty holder's jobs, the lease that starts and stops them, this node's row."""
    config, store, bus = built.config, built.store, built.bus
    node = node_name(config["service.node"])
    from .services.arriving_files import ArrivingFiles
    from .services.group_leaves import GroupLeaveRetries
    from .services.history_deletes import HistoryDeleter
    from .services.sent_changes import SentChangesSender
    built.ingest.group_leaves = GroupLeaveRetries(store, built.runner, built.gateway, built.clock)
    sent_changes = SentChangesSender(store, built.runner, built.gateway, built.clock)
    history = HistoryDeleter(store, built.runner, built.gateway, built.clock,
                             revoke=config["retention.telegram_revoke"])
    jobs = built.duty_jobs
    for job in (built.outbox, built.purge_schedule, built.ingest.group_leaves,
                ArrivingFiles(store, built.runner, built.ingest.fetcher), sent_changes, history):
        jobs.add(job)
    bus.subscribe(jobs.on_event)
    bus.subscribe(history.on_event)  # purged chats go from the account's chats on Telegram
    bus.subscribe(sent_changes.on_event)  # edits and deletions queued by workstations without a session
    if built.mode != "window":
        # (Another workstation's reply wakes the outbox through NOTIFY: OutboxSender.)
        built.duty = build_duty(store, bus, node, jobs)
    else:
        built.service_watch = ServiceWatch(store, built.runner, bus, built.clock)
    # A node that sends on WhatsApp publishes its template uses for the team's windows.
    sends_whatsapp = built.mode != "window" and any(channel == WHATSAPP
                                                    for channel, _ in built.gateway.channel_states())
    built.heartbeat = NodeHeartbeat(store, built.runner, bus, built.clock, node, built.mode,
                                    built.gateway, built.duty,
                                    templates={use: choice.name for use, choice in config["whatsapp.templates"].items()}
                                    if sends_whatsapp else None)


def _wire_lists(built: Desk) -> None:
    """Broadcast lists (issue 12): keyword messages before the ticket rules, the service
    the windows compose with, and the duty holder's sender (sharing the outbox's pacing)."""
    from .domain.subscriptions import ListRules
    from .services.broadcast_sender import BroadcastSender
    from .services.broadcasts import BroadcastService
    from .services.subscriptions import ListIntake
    from .whatsapp_templates import TIERS
    config = built.config
    rules = ListRules(config["lists.keywords"], tuple(config["lists.topics"]), config["lists.topic_words"],
                      config["lists.texts"], tuple(config["languages.available"]), config["languages.default"],
                      config["lists.broadcast_only"], config["service.name"], config["service.privacy_url"])
    sender = None
    if built.mode != "window":  # a workstation without a session never holds the duty
        sender = BroadcastSender(built.store, built.runner, built.gateway, built.outbox, built.bus,
                                 config.data_dir, rate=config["lists.rate"],
                                 max_attempts=config["outbox.max_attempts"],
                                 urgent_topics=tuple(config["lists.urgent_topics"]))
        sender.use_whatsapp(config["whatsapp.templates"], config["whatsapp.broadcast_rate"],  # whatsapp_templates.py
                            TIERS[config["whatsapp.tier"]], timedelta(seconds=config["whatsapp.in_flight_wait"]))
        built.duty_jobs.add(sender)
    built.ingest.lists = ListIntake(built.store, built.runner, rules, built.rules, built.ingest.steady,
                                    sender.kick if sender else (lambda: None))
    built.broadcasts = BroadcastService(built.store, built.runner, built.clock, built.desk.agent, rules,
                                        built.rules.files, config.data_dir, built.bus, sender,
                                        urgent_topics=config["lists.urgent_topics"])
    from .services.channel_posts import wire_channel_posts
    wire_channel_posts(built, sender)  # a broadcast posted to a channel, its edits and deletion


def demo_network(config: Config):
    """(config, gateway_factory, world) for `--demo`: simulated citizens on a simulated
    Telegram and a simulated WhatsApp Cloud API, in a fresh <data dir>/demo, with its own
    SQLite file even in team mode — demo citizens never reach a real database."""
    import shutil

    from .net.demo import DemoNetwork
    from .net.whatsapp_sim.demo import WhatsAppDemo
    demo_dir = config.data_dir / "demo"
    shutil.rmtree(demo_dir, ignore_errors=True)
    config = config.with_values({"paths.data_dir": str(demo_dir), "database.url": ""})
    network = DemoNetwork(pace=config["demo.pace"], answer_delay=config["demo.pace"],
                          templates=config["templates"])
    network.whatsapp = WhatsAppDemo(SystemClock(), pace=config["demo.pace"], answer_delay=config["demo.pace"],
                                    templates=config["templates"])
    return config, lambda clock: network.gateway(config, clock), network


async def start_demo_whatsapp(config: Config, network) -> Config:
    """`--demo`'s WhatsApp number started (its simulated Cloud API), and the config that
    makes the desk serve it as it would a configured one: `[whatsapp]` set to the
    simulator, the webhooks on a free local port it posts to."""
    demo = network.whatsapp
    await demo.start()
    settings = demo.settings()
    port = _free_local_port()
    demo.deliver_to(f"http://127.0.0.1:{port}{settings.webhook_path}")
    return config.with_values({
        "whatsapp.phone_number_id": settings.phone_number_id,
        "whatsapp.business_account_id": settings.business_account_id,
        "whatsapp.access_token": settings.access_token, "whatsapp.app_secret": settings.app_secret,
        "whatsapp.verify_token": settings.verify_token, "whatsapp.api_base_url": settings.api_base_url,
        "whatsapp.webhook_url": "", "whatsapp.listen": f"127.0.0.1:{port}"})


def _free_local_port() -> int:
    """A port on 127.0.0.1 nobody listens on now (the demo's webhooks)."""
    import socket
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def telegram_network(config: Config, late: bool = False):
    """(config, gateway_factory, None) for the real Telegram (or the configured test server);
    with `telegram.session = none`, a gateway that never connects (the service sends); a
    factory of None when Telegram is not configured but WhatsApp is (a WhatsApp-only desk).
    `late` (the window): the gateway, Telethon's import and the settings' check with it,
    are made when the desk starts, after the window's first paint (net/late_gateway.py)."""
    if config["telegram.session"] == "none":
        from .net.no_session import NullGateway
        return config, lambda clock: NullGateway(), None
    if not telegram_configured(config) and _whatsapp_on(config):
        return config, None, None
    if late:
        return config, lambda clock: LateGateway(lambda: _telethon_gateway(_client_factory(config), clock),
                                                 "Telegram"), None
    return config, functools.partial(_telethon_gateway, _client_factory(config)), None


def _client_factory(config: Config):
    """Telethon's client factory; a ConfigError names a wrong Telegram option."""
    from .net.client_factory import telegram_client_factory
    return telegram_client_factory(config)


def _telethon_gateway(factory, clock: Clock) -> Gateway:
    from .net.telethon_gateway import TelethonGateway
    return TelethonGateway(factory, clock, label="Telegram")


def _logs_in(gateway: Gateway | None) -> bool:
    """A Telegram session's gateway, which the login dialog logs in (asked without
    importing Telethon: an instance of TelethonGateway means its module is loaded)."""
    if isinstance(gateway, LateGateway):
        return True
    module = sys.modules.get("deskclient.net.telethon_gateway")
    return module is not None and isinstance(gateway, module.TelethonGateway)


def has_telegram_credentials(config: Config) -> bool:
    """False: the first start asks for them (a workstation without a session needs none,
    nor a WhatsApp-only desk)."""
    return config["telegram.session"] == "none" or telegram_configured(config) or _whatsapp_on(config)


def telegram_configured(config: Config) -> bool:
    return bool(config["telegram.simulator"]) or bool(config["telegram.api_id"] and config["telegram.api_hash"])


def _whatsapp_on(config: Config) -> bool:
    from .whatsapp_config import whatsapp_configured
    return whatsapp_configured(config)
