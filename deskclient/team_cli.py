"""`deskclient team`: IT sets up the team database and its people (issue 11).

    deskclient team init [--prefix P]          the schema, the group roles, their rights
    deskclient team add-agent NAME [--lead] [--service] [--password-prompt]
    deskclient team remove-agent NAME
    deskclient team list

Run as a PostgreSQL role that may create roles (the database's administrator), with
`--database-url` or `database.url` naming the team database. The password, when the
server asks for one, comes from libpq's own means (PGPASSWORD, ~/.pgpass) or a prompt on
a terminal. Whatever goes wrong is one line, never a traceback.
"""

from __future__ import annotations

import argparse
import getpass
import sys

import peewee as pw

from .config import Config
from .domain.clock import SystemClock
from .errors import StoreUnavailable, UserFacingError

HELP = {
    "init": "create or upgrade the team database: schema, group roles, rights (run again after an upgrade)",
    "add-agent": "make a database login an agent of this desk (or a lead, or the service's login)",
    "remove-agent": "take a login off this desk: its next action is refused",
    "list": "who is on this desk, and as what",
}


def add_team_parser(sub) -> None:
    team = sub.add_parser("team", help="set up the team database and its people (IT, as the database's "
                                       "administrator)")
    commands = team.add_subparsers(dest="team_command", required=True, metavar="COMMAND")
    init = commands.add_parser("init", help=HELP["init"])
    init.add_argument("--prefix", default=None,
                      help="group role names' prefix (default: deskclient, or what this database has)")
    add = commands.add_parser("add-agent", help=HELP["add-agent"])
    add.add_argument("name", help="the person's database login (created if missing)")
    add.add_argument("--lead", action="store_true", help="a team lead (review, figures, audit, erasure)")
    add.add_argument("--service", action="store_true",
                     help="the login `deskclient serve` uses (filing, sending, the purge)")
    add.add_argument("--password-prompt", action="store_true",
                     help="set the login's password (asked twice; where PostgreSQL checks passwords)")
    remove = commands.add_parser("remove-agent", help=HELP["remove-agent"])
    remove.add_argument("name")
    commands.add_parser("list", help=HELP["list"])


def _new_password(name: str) -> str:
    if not sys.stdin.isatty():  # a script: one line on standard input
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = getpass.getpass(f"New password for {name}: ")
        if getpass.getpass("Again: ") != password:
            raise UserFacingError("The two passwords differ: nothing was changed")
    if not password:
        raise UserFacingError("An empty password: nothing was changed")
    return password


def run_team(config: Config, args: argparse.Namespace) -> int:
    from .store import team_roles
    from .store.database import open_database

    if not config.database_url.startswith("postgres"):
        raise UserFacingError("`deskclient team` manages the roles of a team's PostgreSQL database: "
                              "give it with --database-url postgresql://… (or database.url)")
    password = _new_password(args.name) if getattr(args, "password_prompt", False) else None
    opened = open_database(config.database_url)
    db = opened.db
    now = SystemClock().now()
    try:
        by = db.execute_sql("SELECT current_user").fetchone()[0]
        if args.team_command == "init":
            prefix = args.prefix or team_roles.team_prefix(db) or team_roles.DEFAULT_PREFIX
            groups = team_roles.init_team(db, prefix)
            print(f"The team database is ready: group roles {', '.join(groups.all)}. "
                  f"Next: deskclient team add-agent NAME [--lead]")
        elif args.team_command == "add-agent":
            print(team_roles.add_agent(db, now, args.name, args.lead, args.service, password, by=by))
        elif args.team_command == "remove-agent":
            print(team_roles.remove_agent(db, now, args.name, by=by))
        elif args.team_command == "list":
            print(format_members(team_roles.members(db)))
    except pw.DatabaseError as exc:  # refused by PostgreSQL: its first line says why
        reason = (str(exc).strip().splitlines() or ["refused"])[0]
        raise StoreUnavailable(f"The database refused it: {reason}") from None
    finally:
        db.close()
    return 0


def format_members(members) -> str:
    if not members:
        return "Nobody yet: deskclient team add-agent NAME [--lead]"
    rows = [("login", "as", "on this desk")]
    for m in members:
        rows.append((m.login, " + ".join(m.groups) or "—",
                     "yes" if m.groups and m.active else "removed" if not m.groups else "not registered"))
    width = [max(len(r[i]) for r in rows) for i in range(2)]
    return "\n".join(f"{a:<{width[0]}}  {b:<{width[1]}}  {c}" for a, b, c in rows)
