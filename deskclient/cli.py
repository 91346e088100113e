"""`deskclient`: the command line. Errors a user can fix print one line, never a traceback."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import __version__
from .config import Config, load_config, mask
from .errors import DatabasePasswordNeeded, UserFacingError
from .logs import setup_logging


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="deskclient", description=__doc__)
    parser.add_argument("--version", action="version", version=f"deskclient {__version__}")
    parser.add_argument("--demo", action="store_true",
                        help="run on the built-in demo network with simulated citizens")
    parser.add_argument("--config", type=Path, help="config file instead of the user's own")
    parser.add_argument("--database-url", help="same as database.url")
    parser.add_argument("--data-dir", help="same as paths.data_dir")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                        help="set any option, e.g. --set hours.holidays=ES-PV (repeatable)")
    parser.add_argument("--quit-after", type=float, metavar="SECONDS",
                        help="close the window after this long (smoke tests)")
    parser.add_argument("--tray", "--minimized", dest="tray", action="store_true",
                        help="start hidden in the system tray (single desk; the autostart entry uses it)")
    sub = parser.add_subparsers(dest="command")
    config_cmd = sub.add_parser("config", help="show the effective configuration")
    config_cmd.add_argument("action", choices=["show"])
    doctor_cmd = sub.add_parser(
        "doctor", help="check this workstation: Qt, fonts, media, database, files, disk, network, clock")
    doctor_cmd.add_argument("--offline", action="store_true",
                            help="do not contact the Telegram server (machines without internet)")
    purge_cmd = sub.add_parser("purge", help="delete conversations past the retention window now")
    purge_cmd.add_argument("--dry-run", action="store_true", help="only count what would be deleted")
    sub.add_parser("serve", help="run the desk with no window (a server beside the team's PostgreSQL; "
                                 "systemd: packaging/deskclient.service)")
    sub.add_parser("login", help="log the service account in from a terminal (a server running "
                                 "`serve`; stop the service first)")
    sub.add_parser("status", help="who holds the duty, each node's connection, the outbox, the last "
                                  "message filed (exit 1 when no duty holder is seen)")
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


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        config = load_config(args.config, _overrides(args))
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
            for option, setting in config.items():
                print(f"{option.key} = {mask(option, setting.value)}    # {setting.origin}")
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
