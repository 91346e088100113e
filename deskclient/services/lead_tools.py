"""Building the lead's services from config, for the composition root and the CLI."""

from __future__ import annotations

from ..config import Config
from ..domain.clock import Clock
from ..domain.retention import RetentionPolicy
from ..domain.rules import DeskRules
from ..errors import ConfigError, NotAllowed
from ..store.records import AgentRecord
from ..store.team_roles import database_identity
from .citizen_requests import CitizenRequests
from .lead import LeadService
from .purge import RetentionPurge
from .runner import StoreRunner


def retention_policy(config: Config) -> RetentionPolicy:
    try:
        return RetentionPolicy(config["retention.months"])
    except ValueError as exc:
        raise ConfigError("option 'retention.months': {problem}", problem=str(exc)) from None


def purge_from_config(config: Config, store, rules: DeskRules, clock: Clock) -> RetentionPurge:
    """The purge over this workstation's data dir, platform log dir and session file."""
    from ..logs import log_dir
    from ..net.session_file import session_path

    return RetentionPurge(store, rules, retention_policy(config), clock, config.data_dir,
                          log_dir=log_dir(), session_file=session_path(config.data_dir))


def build_lead_tools(config: Config, store, runner: StoreRunner, rules: DeskRules, clock: Clock,
                     agent: AgentRecord) -> tuple[LeadService, CitizenRequests]:
    lead = LeadService(store, runner, rules, clock, agent, retention_policy(config), config.data_dir,
                       purge_from_config(config, store, rules, clock), config["retention.purge_hour"])
    return lead, CitizenRequests(lead, config.data_dir / "files")


def run_purge_command(config: Config, dry_run: bool = False, clock: Clock | None = None) -> int:
    """`deskclient purge [--dry-run]`, for IT or a scheduled job: no role (it is not an
    agent's action); audited as run from the command line. Prints the counts. On a team
    database it deletes only as the service's login (or a superuser): the purge is the
    service's, and only the tables' owner rewrites them afterwards."""
    from ..app import build_rules, open_store
    from ..domain.clock import SystemClock
    from .purge import command_line_actor

    rules = build_rules(config)
    missing = _no_database_yet(config)
    if dry_run and missing is not None:  # opening it would make the file (and its folder)
        print(f"dry run: no database at {missing}: nothing to purge")
        return 0
    clock = clock or SystemClock()
    store = open_store(config, clock)
    try:
        if not dry_run and store.opened.is_postgres and not database_identity(store.db).service:
            raise NotAllowed("`deskclient purge` deletes as the desk's service: run it with the service's login "
                             "in database.url, or let `deskclient serve` purge daily at {hour}.",
                             hour=f"{config['retention.purge_hour']:%H:%M}")
        purge = purge_from_config(config, store, rules, clock)
        report = purge.run(command_line_actor(), None, dry_run=dry_run,
                           progress=None if dry_run else _print_progress)
    finally:
        store.close()
    print(report.describe())
    for problem in report.problems:
        print(f"warning: {problem}")
    return 0


def _no_database_yet(config: Config):
    """The SQLite file the config names when it does not exist yet, else None."""
    from ..store.database import sqlite_path
    path = sqlite_path(config.database_url)
    return path if path is not None and not path.exists() else None


def _print_progress(progress) -> None:
    if progress.stage == "tickets" and progress.total:
        print(f"\rtickets {progress.done}/{progress.total}", end="" if progress.done < progress.total else "\n",
              flush=True)
