"""`deskclient serve`: the desk with no window, for a server next to the team's database.

The same `Desk` core as the window (app.py: store, gateway, ingest, outbox, automatic
messages, purge schedule), on a plain asyncio loop, and no Qt import at all. Made to run
under systemd (packaging/deskclient.service, `Type=notify`):

- logs go to stderr in the journal's form (logs.py, `service=True`);
- systemd hears READY=1 once the store is open and the gateway started, a STATUS= line
  whenever the duty or the connection changes (`systemctl status deskclient` shows it),
  STOPPING=1 when it stops, and WATCHDOG=1 if the unit asks for a watchdog
  (`sdnotify` does nothing where `$NOTIFY_SOCKET` is unset: a plain terminal);
- SIGTERM or SIGINT stops it cleanly: `Desk.stop` lets the jobs finish the chunk in hand,
  releases the duty, saves Telegram's update state and removes this node's row; the
  process then exits 0.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal

from .config import Config
from .domain.channels import TELEGRAM, WHATSAPP, channel_name
from .errors import ConfigError
from .net.gateway import ConnectionState
from .services.events import ConnectionChanged, DutyChanged
from .services.wakeup import woken
from .store.faults import StoreFault

log = logging.getLogger("deskclient.serve")

# What IT does about a channel that is logged out: a Telegram session logs in again; a
# WhatsApp number's access token was refused, and only a new one helps (the doctor says how).
LOGGED_OUT_HINTS = {TELEGRAM: "log in with: deskclient login",
                    WHATSAPP: "access token refused: see deskclient doctor"}

MAX_STORE_WAIT = 30.0  # s between tries while the database does not answer at start


class SystemdStatus:
    """What systemd is told, through `sdnotify` (its socket is `$NOTIFY_SOCKET`)."""

    def __init__(self, desk) -> None:
        import sdnotify

        self.desk = desk
        self.notifier = sdnotify.SystemdNotifier()
        self.last = ""
        self.done = False
        self._watchdog: asyncio.Task | None = None

    def line(self) -> str:
        duty = "duty held" if self.desk.holds_duty else "duty not held (standing by)"
        parts = [duty]
        for channel, state in self.desk.gateway.channel_states():  # only the channels there are
            hint = LOGGED_OUT_HINTS.get(channel) if state is ConnectionState.LOGGED_OUT else None
            parts.append(f"{channel_name(channel)} {state.value}" + (f" ({hint})" if hint else ""))
        return "; ".join(parts)

    def notify(self, *fields: str) -> None:
        self.notifier.notify("\n".join(fields))

    def ready(self) -> None:
        self.last = self.line()
        self.notify("READY=1", f"STATUS={self.last}")
        log.info("ready: %s", self.last)
        usec = int(os.environ.get("WATCHDOG_USEC", "0") or 0)
        if usec and os.environ.get("WATCHDOG_PID", str(os.getpid())) == str(os.getpid()):
            self._watchdog = asyncio.ensure_future(self._keep_alive(usec / 2e6))

    def on_event(self, event) -> None:
        if self.done:
            return
        if isinstance(event, (ConnectionChanged, DutyChanged)):
            line = self.line()
            if line != self.last:
                self.last = line
                self.notify(f"STATUS={line}")
                log.info("%s", line)

    def stopping(self) -> None:
        self.done = True
        if self._watchdog is not None:
            self._watchdog.cancel()
        self.notify("STOPPING=1", "STATUS=stopping: finishing the work in hand")

    async def _keep_alive(self, every: float) -> None:
        while True:  # a loop that hangs stops these, and systemd restarts the service
            self.notify("WATCHDOG=1")
            await asyncio.sleep(every)


def service_network(config: Config):
    """(config, gateway_factory): the Telegram session this server holds."""
    if config["telegram.session"] == "none":
        raise ConfigError("`deskclient serve` holds the account's Telegram session: "
                          "set 'telegram.session' = file on the server")
    from .app import telegram_network
    settings, factory, _world = telegram_network(config)
    return settings, factory


async def serve(config: Config, stop: asyncio.Event | None = None) -> None:
    """Run until SIGTERM or SIGINT (or `stop` is set), then stop cleanly."""
    from .app import build_desk

    loop = asyncio.get_running_loop()
    stop = stop or asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    _warn_of_readable_secrets(config)
    settings, gateway_factory = service_network(config)
    desk = await _desk_once_the_store_answers(lambda: build_desk(settings, gateway_factory, mode="serve"),
                                              stop)
    if desk is None:  # stopped while waiting for the database
        return
    _warn_of_sampled_columns(desk.store)
    status = SystemdStatus(desk)
    desk.bus.subscribe(status.on_event)
    try:
        await desk.start()
        status.ready()
        await stop.wait()
        log.info("stopping")
    finally:
        status.stopping()
        await desk.stop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.remove_signal_handler(sig)
    log.info("stopped")


def _warn_of_readable_secrets(config: Config) -> None:
    """A config file holding a secret (WhatsApp's token and app secret, Telegram's API
    hash, a database password) that others can read: one journal line each, as the
    doctor says it (the service still starts: refusing would stop the desk answering)."""
    from .doctor_config import check_config_files
    for finding in check_config_files(config):
        if finding.is_problem:
            log.warning("%s (fix: %s)", finding.summary, finding.fix)


def _warn_of_sampled_columns(store) -> None:
    """A team upgraded without `team init` run again: the new version's columns holding
    what people wrote or their numbers are still sampled into pg_statistic, beyond the
    purge's reach. Said at each start until IT runs it (only IT may change them)."""
    if not store.opened.is_postgres:
        return
    from .store.team_roles import columns_left_sampled
    if left := columns_left_sampled(store.db):
        log.warning("ANALYZE still copies samples of %d columns holding what people wrote or their numbers "
                    "into pg_statistic (%s): run `deskclient team init` again as the database's administrator "
                    "(docs/deploy.md, Upgrading)", len(left), ", ".join(left))


async def _desk_once_the_store_answers(build, stop: asyncio.Event):
    """The desk, once its database answers: a server may start before PostgreSQL (boot
    order, a restart), or while a backup holds SQLite's lock. It waits, saying so in the
    journal, instead of exiting; None if told to stop meanwhile. A fault that waiting
    will not cure (a wrong password, a damaged file) still ends it with one line."""
    delay = 1.0
    while True:
        try:
            return build()
        except StoreFault as fault:
            log.warning("%s Trying again in %.0f s.", fault, delay)
        if await woken(stop, delay):
            return None
        delay = min(delay * 2, MAX_STORE_WAIT)


def run_serve(config: Config) -> int:
    asyncio.run(serve(config))
    return 0
