"""`deskclient`: the command line. Errors a user can fix print one line, never a traceback;
`--help` is written for the people who run it (agents, leads, IT), not for developers."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import __version__
from .config import SYSTEM_ONLY, Config, load_config, system_config_paths
from .errors import ConfigError, DatabasePasswordNeeded, UserFacingError
from .logs import setup_logging


DESCRIPTION = """\
deskclient answers citizens who write to your service on Telegram or WhatsApp: every
conversation becomes a ticket your team reads, answers and closes in one window.

With no command, deskclient opens the window."""

EPILOG = """\
examples:
  deskclient --demo               try it with simulated citizens; nothing leaves this computer
  deskclient doctor               check this computer, with a fix for each problem found
  deskclient config show          the settings in effect, as a config file you can edit
  deskclient purge --dry-run      count what the retention period would delete today

settings are read from (later ones win):
  /etc/xdg/deskclient/config.toml     IT's file, for every user of this computer
  ~/.config/deskclient/config.toml    your own file (or the one --config names)
  DESKCLIENT_SECTION_KEY variables, then --set, --data-dir and --database-url
docs/config.example.toml in the source describes every option.
a mistake in the settings stops any command with one line saying which option and where."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="deskclient", description=DESCRIPTION, epilog=EPILOG,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"deskclient {__version__}")
    parser.add_argument("--demo", action="store_true",
                        help="open the window on a simulated Telegram and WhatsApp with simulated citizens, to try "
                             "deskclient or to train agents")
    parser.add_argument("--config", type=Path, metavar="FILE",
                        help="read your settings from FILE instead of ~/.config/deskclient/config.toml")
    parser.add_argument("--database-url", metavar="URL",
                        help="the team's database, e.g. postgresql://anna@db.example.org/desk "
                             "(the option database.url)")
    parser.add_argument("--data-dir", metavar="FOLDER",
                        help="where this computer keeps the desk's database, files and Telegram session "
                             "(the option paths.data_dir)")
    parser.add_argument("--set", action="append", default=[], metavar="OPTION=VALUE",
                        help="change one setting for this run, e.g. --set hours.holidays=ES-PV "
                             "(repeatable; `deskclient config show` lists them)")
    parser.add_argument("--quit-after", type=float, metavar="SECONDS",
                        help="close the window after SECONDS (to check that it starts)")
    parser.add_argument("--tray", "--minimized", dest="tray", action="store_true",
                        help="start in the system tray, without showing the window (how it starts at login)")
    sub = parser.add_subparsers(dest="command", title="commands", metavar="COMMAND")
    config_cmd = sub.add_parser("config", help="print the settings in effect as a config file (config show)",
                                description="Print the settings in effect as TOML you can paste into a "
                                            "config file; after each value, where it came from.")
    config_cmd.add_argument("action", choices=["show"], help="show: print them")
    doctor_cmd = sub.add_parser(
        "doctor", help="check this computer (display, fonts, sound, database, folders, disk, Telegram, "
                       "WhatsApp, clock) and say how to fix each problem",
        description="Check that this computer can run the desk. Each problem comes with a Fix line; "
                    "the exit status is 1 when there is one.")
    doctor_cmd.add_argument("--offline", action="store_true",
                            help="do not try to reach Telegram or WhatsApp's API (computers without internet access)")
    purge_cmd = sub.add_parser("purge", help="delete now the conversations past the retention period",
                               description="Delete for good the conversations closed longer ago than the "
                                           "retention period (retention.months), as the daily purge does.")
    purge_cmd.add_argument("--dry-run", action="store_true", help="only count what would be deleted")
    sub.add_parser("serve", help="run the desk without a window, always on, on a server beside the team's "
                                 "database (packaging/deskclient.service starts it)")
    sub.add_parser("login", help="log the service's Telegram account in from a terminal, on the server "
                                 "that runs `serve` (stop the service first)")
    sub.add_parser("status", help="is the desk answering: who holds the duty, each computer's connection, "
                                  "messages waiting to go, the last message filed (exit status 1 if nobody "
                                  "holds the duty)")
    from .team_cli import add_team_parser
    add_team_parser(sub)
    return parser


def _overrides(args: argparse.Namespace) -> dict[str, str]:
    overrides: dict[str, str] = {}
    for item in args.set:
        key, sep, value = item.partition("=")
        if not sep:
            raise UserFacingError(f"--set needs KEY=VALUE, got '{item}'")
        overrides[key.strip()] = value
    if args.database_url:
        overrides["database.url"] = args.database_url
    if args.data_dir:
        overrides["paths.data_dir"] = args.data_dir
    return overrides


PASSWORD_TRIES = 3


def database_password(config: Config) -> Config:
    """The config, with the database password when the server asks for one and libpq's
    own means (PGPASSWORD, ~/.pgpass) gave none: asked on a terminal, never echoed, for
    this process only. A server that does not answer is left to the command (`serve`
    waits for it)."""
    if not config.database_url.startswith("postgres"):
        return config
    from .services.identity import with_password
    from .store.database import open_database
    from .store.faults import StoreFault
    for _ in range(PASSWORD_TRIES):
        try:
            open_database(config.database_url).db.close()
            return config
        except StoreFault:
            return config
        except DatabasePasswordNeeded as needed:
            if not sys.stdin.isatty():
                raise UserFacingError(f"{needed} (give the password with PGPASSWORD or a ~/.pgpass line, "
                                      "or run this from a terminal)") from None
            if needed.wrong:
                print("That password was not accepted; try again.", file=sys.stderr)
            import getpass
            password = getpass.getpass(f"Database password for {needed.user}: ")
            config = config.with_values({"database.url": with_password(config.database_url, password,
                                                                       needed.user or None)})
    raise UserFacingError(f"The database refused the password {PASSWORD_TRIES} times; giving up")


# Whatever this process makes (the data dir with its parents, a database's -wal and -shm,
# exports, logs, what Qt or Telethon write) is its user's alone, whatever the login's
# umask: conversations must not be readable by other users of the workstation. The
# helpers in private_paths.py make the data dir's folders and the database private
# themselves; this covers every other writer, the libraries' included.
PRIVATE_UMASK = 0o077


def main(argv: list[str] | None = None) -> int:
    os.umask(PRIVATE_UMASK)
    args = _parser().parse_args(argv)
    try:
        try:
            config = load_config(args.config, _overrides(args))
        except ConfigError as exc:
            if args.command != "doctor":
                raise
            from .doctor import exit_code, format_findings  # the same line, with its fix, and the
            from .doctor_config import run_doctor_without_config  # checks that need no config
            findings = run_doctor_without_config(str(exc))
            print(format_findings(findings))
            return exit_code(findings)
        if args.command in ("serve", "status", "purge", "team"):  # the window asks in a dialog
            config = database_password(config)
        if args.command == "team":
            from .team_cli import run_team
            return run_team(config, args)
        if args.command == "serve":  # no Qt: the service's own module, logs for the journal
            setup_logging(config, service=True)
            from .app import build_rules
            build_rules(config)
            from .serve import run_serve
            return run_serve(config)
        if args.command == "status":
            from .status import run_status
            return run_status(config)
        if args.command == "login":
            setup_logging(config, service=True)
            from .login_cli import run_login
            return run_login(config)
        setup_logging(config)
        if args.command == "doctor":
            from .doctor import exit_code, format_findings, run_doctor
            findings = run_doctor(config, offline=args.offline)
            print(format_findings(findings))
            return exit_code(findings)
        if args.command == "purge":
            from .services.lead_tools import run_purge_command
            return run_purge_command(config, dry_run=args.dry_run)
        if args.command == "config":
            from .config_toml import render_config
            print(render_config(config, SYSTEM_ONLY, system_config_paths()[-1]), end="")
            from .doctor import template_warnings
            for line in template_warnings(config):
                print(f"deskclient: warning: {line}", file=sys.stderr)
            return 0
        from .app import build_rules  # validate the rules before any window opens
        build_rules(config)
        from .ui.run import run_gui
        return run_gui(config, demo=args.demo, quit_after=args.quit_after,
                       reload_config=lambda: load_config(args.config, _overrides(args)),
                       start_in_tray=args.tray)
    except UserFacingError as exc:
        print(f"deskclient: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:
        refusal = _privilege_refused(exc)
        if refusal is None:
            raise
        print(f"deskclient: The database refused it for this login ({refusal}): ask IT", file=sys.stderr)
        return 2


def _privilege_refused(exc: Exception) -> str | None:
    """PostgreSQL's first line when it refused a statement for want of a privilege
    (a command run with a login whose role may not do it), else None."""
    import peewee
    if not isinstance(exc, peewee.ProgrammingError):
        return None
    from .store.database import _sqlstate
    if _sqlstate(exc) != "42501":
        return None
    return (str(exc).strip().splitlines() or ["permission denied"])[0]


if __name__ == "__main__":
    sys.exit(main())
