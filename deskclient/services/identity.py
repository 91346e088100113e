"""Who is at this desk, and whether a lead: never from a setting the person can change.

Team mode (PostgreSQL): the agent is the database login (`current_user`); agent, lead or
service comes from its membership of the team's group roles (store/team_roles.py), and a
superuser counts as all three. A login in none of the groups the mode needs is told so
and the desk does not start. Single desk (SQLite): the agent is the OS user, or IT's
`agent.name`; the role is IT's `agent.role`; both from the system config file only
(config.py refuses them anywhere else).

While working, the database stays the wall: an agent removed by IT (`deskclient team
remove-agent`) gets "permission denied" at their next statement. `watch_access` turns
that into one plain sentence and a `LoggedOut` event, on which the window closes.
"""

from __future__ import annotations

import logging
import socket
from dataclasses import dataclass, replace
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from ..config import Config
from ..errors import AccessRevoked, NotAllowed, UserFacingError, sentence
from ..store.migrations import LATEST
from ..store.records import AgentRecord
from ..store.team_roles import DatabaseIdentity, TeamGroups, database_identity, team_prefix

log = logging.getLogger("deskclient.services")

NO_LONGER = sentence("You are no longer an agent of this desk (ask IT).")
UPGRADED = sentence("The database was upgraded by a newer deskclient: upgrade deskclient on this workstation "
                    "and start it again.")


class NotOnThisDesk(UserFacingError):
    """The login may not work here (in no group the mode needs, or never registered)."""


@dataclass(frozen=True)
class LoggedOut:
    """The database no longer lets this login work here: the window closes, saying `text`."""

    text: str


def desk_agent(store, config: Config, mode: str) -> AgentRecord:
    """The agent this desk acts as, after checking they may start in this mode."""
    if not store.opened.is_postgres:
        return store.set_agent_role(config["agent.name"], config["agent.role"], "system config")
    who = database_identity(store.db)
    _check_may_start(who, mode)
    role = "lead" if who.lead else "agent" if who.agent else "service"
    if who.superuser:  # the database's administrator: may (and does) keep the row right
        return store.set_agent_role(who.login, role, "database superuser")
    found = store.agent_named(who.login)
    if found is None or not found[1]:
        raise NotOnThisDesk("The database login {login} is not registered on this desk: ask IT to run "
                            "`deskclient team add-agent {login}`.", login=who.login)
    agent = found[0]
    if agent.role != role:  # granted by hand, not with `team add-agent`: the groups decide
        log.warning("agent row says %s, the database groups say %s: the groups decide", agent.role, role)
    return replace(agent, role=role)


def check_database_login(opened, mode: str) -> None:
    """Before the store touches the schema: may this database login start in this mode?"""
    if opened.is_postgres:
        _check_may_start(database_identity(opened.db), mode)


def _check_may_start(who: DatabaseIdentity, mode: str) -> None:
    if not who.team and not who.superuser:
        raise NotOnThisDesk("This database has no team for this login (no rights on it, or `deskclient team "
                            "init` never ran): {login} is neither an agent nor a team lead of this desk, "
                            "so the desk does not start: ask IT.", login=who.login)
    if mode == "serve":
        if not who.service:
            raise NotOnThisDesk("`deskclient serve` connects as {login}, which is not the desk's service login: "
                                "ask IT (`deskclient team add-agent NAME --service`).", login=who.login)
        return
    if not (who.agent or who.lead):
        raise NotOnThisDesk("The database login {login} is neither an agent nor a team lead of this desk, "
                            "so the desk does not start: ask IT.", login=who.login)
    if mode == "both" and not who.service:
        raise NotOnThisDesk("This workstation holds the Telegram session, which files citizens' messages: "
                            "its database login {login} needs the desk's service role too (ask IT), or "
                            "set telegram.session = none and let `deskclient serve` hold it.", login=who.login)


def audit_login(store, agent: AgentRecord, mode: str) -> None:
    """A login to the desk is audited (no personal data: the host and the mode)."""
    how = "database login" if store.opened.is_postgres else "OS user"
    store.audit("login", agent, f"{mode} on {socket.gethostname()} ({how})")


def watch_access(store, bus) -> None:
    """Turn the database's "permission denied" into plain sentences: a login removed
    from the team gets NO_LONGER (and the window is told to close); one still in it was
    refused something its role may not do."""
    if not store.opened.is_postgres:
        return
    prefix = team_prefix(store.db)

    def refused(exc: Exception) -> Exception:
        log.warning("the database refused a statement: %s", (str(exc).strip().splitlines() or [""])[0])
        if prefix is not None and _still_in_team(store.opened.url, TeamGroups(prefix)) is False:
            log.warning("this login was removed from the team: logging out")
            bus.publish(LoggedOut(NO_LONGER))
            return AccessRevoked(NO_LONGER)
        return NotAllowed("The database does not let your role do this.")

    def changed(exc: Exception) -> Exception:
        # A newer release's migration renamed or dropped what this one reads (schema v17
        # renamed columns): say so once and close, instead of an error at every change.
        newer = _schema_version(store.opened.url, store.opened.schema)
        if newer is None or newer <= LATEST:
            return exc
        log.warning("the database is at schema %d, newer than this deskclient's %d: logging out", newer, LATEST)
        bus.publish(LoggedOut(UPGRADED))
        return AccessRevoked(UPGRADED)

    store.db.permission_denied = refused
    store.db.schema_changed = changed


def _still_in_team(url: str, groups: TeamGroups) -> bool | None:
    """None when that cannot be told (the server away)."""
    row = _asked_aside(url, "SELECT bool_or(pg_has_role(current_user, oid, 'MEMBER')) "
                            "OR (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) "
                            "FROM pg_roles WHERE rolname = ANY(%s)", (list(groups.all),))
    return None if row is None else bool(row[0])


def _schema_version(url: str, schema: str | None) -> int | None:
    """The database's schema version; None if unknown."""
    row = _asked_aside(url, "SELECT max(version) FROM schema_version", schema=schema)
    return None if row is None else row[0]


def _asked_aside(url: str, sql: str, params: tuple = (), schema: str | None = None) -> tuple | None:
    """One row, asked on a connection of its own (the refused one may be in an aborted
    transaction), in the URL's `schema=` as store/database.py applies it; None when the
    server cannot be asked."""
    import psycopg

    from ..store.duty_lock import pg_connect_args
    args = pg_connect_args(url, "deskclient identity")
    if schema:
        args["options"] = f"-c search_path={schema}"
    try:
        with psycopg.connect(**args) as conn:
            return conn.execute(sql, params).fetchone() or (None,)
    except psycopg.Error:
        return None


def with_password(url: str, password: str, user: str | None = None) -> str:
    """The database URL carrying a password (for this process only: never saved)."""
    parts = urlsplit(url)
    user = parts.username or user
    if user is None:
        import getpass
        user = getpass.getuser()  # libpq's own default
    host = parts.netloc.rpartition("@")[2]
    netloc = f"{quote(unquote(user), safe='')}:{quote(password, safe='')}@{host}"
    return urlunsplit(parts._replace(netloc=netloc))


def database_user(url: str) -> str:
    import getpass
    return unquote(urlsplit(url).username or "") or getpass.getuser()


# -- the window's remembered password (the OS keyring, where there is one) -----------

KEYRING_SERVICE = "deskclient database"


def _keyring():
    """The `keyring` module when a real backend is there; None otherwise (a server, a
    desktop without a secret service): the password is then asked at every start."""
    try:
        import keyring
        from keyring.backends import fail
        if isinstance(keyring.get_keyring(), fail.Keyring):
            return None
        return keyring
    except Exception:  # not installed, or a backend that breaks on import
        return None


def _keyring_name(url: str) -> str:
    parts = urlsplit(url)
    return f"{database_user(url)}@{parts.hostname or 'local'}:{parts.port or 5432}{parts.path}"


def can_remember() -> bool:
    return _keyring() is not None


def remembered_password(url: str) -> str | None:
    ring = _keyring()
    try:
        return ring.get_password(KEYRING_SERVICE, _keyring_name(url)) if ring else None
    except Exception:  # a locked or broken keyring: ask instead
        log.warning("the keyring could not be read")
        return None


def remember_password(url: str, password: str) -> bool:
    ring = _keyring()
    try:
        if ring:
            ring.set_password(KEYRING_SERVICE, _keyring_name(url), password)
            return True
    except Exception:
        log.warning("the keyring could not keep the password")
    return False


def forget_password(url: str) -> None:
    ring = _keyring()
    try:
        if ring and ring.get_password(KEYRING_SERVICE, _keyring_name(url)) is not None:
            ring.delete_password(KEYRING_SERVICE, _keyring_name(url))
    except Exception:
        log.warning("the keyring could not forget the password")
