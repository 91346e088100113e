"""Team mode's people and rights as PostgreSQL roles (issue 11): the database is the wall.

`deskclient team init` (IT, as a superuser or a role that may create roles) migrates the
schema, creates three group roles and grants each what it may do:

- `{prefix}_agent`: reads the working tables, writes where the window writes, may only
  append to the audit log (INSERT, no SELECT), and reads none of the lead's review data
  (audit log, figures, exports); deletes no conversation (no purge, no erasure).
- `{prefix}_lead`: a member of the agent role, plus the review data and the deletes a
  data-subject erasure needs.
- `{prefix}_service`: what `deskclient serve` does (filing, outbox, purge). It owns the
  tables holding conversation text and bytes, because only an owner may `VACUUM FULL`
  them after a purge (PostgreSQL 15).

Nobody but the owner (the IT role that ran init) may DELETE an audit row or change what
it says; the purge (service) and an erasure (lead) may only mark the rows of the tickets
they delete, which a trigger holds them to (AUDIT_APPEND_ONLY).
Grants are table-driven: a table added by a later version gets SELECT for every group
and full rights for the service by default, and one line below for anything more. Run
`team init` again after an upgrade: it migrates and grants again (idempotent).

People are login roles, members of a group: `add_agent`, `remove_agent`. The `team`
table records the prefix, so that a workstation knows which groups to ask about. A
password given to `add_agent` reaches the server only as a SCRAM-SHA-256 verifier made
here, never in clear (a statement log or `pg_stat_activity` would show it).

`pg_statistic`: ANALYZE copies samples of column values into that catalog, where the
purge cannot reach them. The columns in UNSAMPLED keep no statistics, and `team init` as
a superuser deletes the samples taken before.

The service is not made a member of `pg_read_all_stats`: that would show it every
session's query text and client address on the whole server, other databases' too. The
purge does not need it: every role sees each session's snapshot (`backend_xmin`) and
user, which is what it waits on (store/pg_compaction.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import peewee as pw

from ..errors import UserFacingError
from .migrations import migrate
from .models import bind_models

DEFAULT_PREFIX = "deskclient"

# Tables whose rows hold what citizens and agents wrote or sent: owned by the service.
CONVERSATION_TABLES = ("citizen", "ticket", "message", "message_edit", "attachment", "file_chunk")
# Read by all, written by IT only.
IT_TABLES = ("team", "schema_version", "agent")

# Beyond SELECT on every table but AGENT_UNREADABLE.
AGENT_WRITES = {
    "ticket": "UPDATE",  # claim, category, close, reopen, read marks
    "message": "INSERT, UPDATE",  # replies, notes, closing messages, own edits
    "message_edit": "INSERT",
    "attachment": "INSERT, UPDATE",  # file replies
    "file_chunk": "INSERT",  # a file reply's bytes
    "audit_event": "INSERT",  # append only: not even SELECT
    "ticket_stat": "INSERT",  # a ticket closed for good by the closing sweep
    "service_node": "INSERT, UPDATE, DELETE",  # this workstation's row for `status`
    "queue_tally": "INSERT, DELETE",  # the tab counts: a trigger's deltas, folded by the reader (v9)
}
AGENT_UNREADABLE = ("audit_event", "ticket_stat", "export_file", "export_ticket")
# Column reads an agent's INSERT … RETURNING needs on a table it may not read.
AGENT_COLUMNS = {"ticket_stat": "SELECT (id, ticket_id)"}

# Beyond the agent's, which a lead inherits.
LEAD_WRITES = {
    # Reading; and, for an erasure, what the purge does to the audit rows of the tickets it
    # deletes (the trigger below allows nothing else: see AUDIT_APPEND_ONLY).
    "audit_event": "SELECT, UPDATE (ticket_id, detail)",
    "ticket_stat": "SELECT",
    "export_file": "SELECT, INSERT, DELETE",
    "export_ticket": "SELECT, INSERT, DELETE",
    "canned_response": "INSERT, UPDATE, DELETE",
    "citizen": "UPDATE, DELETE",  # rectification, erasure
    "ticket": "DELETE",
    "message": "DELETE",
    "message_edit": "DELETE",
    "attachment": "DELETE",
    "file_chunk": "DELETE",
    "history_delete": "SELECT, INSERT, UPDATE",  # an erasure queues the chat's deletion on Telegram
}

# Broadcast lists (issue 12): a lead composes and cancels broadcasts.
LEAD_WRITES.update({"broadcast": "INSERT, UPDATE", "broadcast_text": "INSERT", "broadcast_chunk": "INSERT",
                    "broadcast_recipient": "UPDATE", "subscriber": "DELETE"})  # + a citizen's erasure
# Channel posts (issue 12 item 6): a lead posts with a broadcast, asks for an edit or a deletion.
LEAD_WRITES.update({"channel_post": "INSERT, UPDATE"})
# The service: everything on every table, except these.
SERVICE_LIMITED = {"audit_event": "INSERT, SELECT (ticket_id, detail), UPDATE (ticket_id, detail)",
                   "team": "SELECT", "schema_version": "SELECT", "agent": "SELECT"}

# The purge and the erasure mark the audit rows of the tickets they delete ("… (purged
# ticket 2026-000123)") and unlink them. Whoever is not the owner may do exactly that
# to an audit row and nothing else: keep every column, unlink the ticket, add to the
# end of the detail. Anything else is refused as a missing privilege (42501).
AUDIT_APPEND_ONLY = """
CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_user = (SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = TG_RELID)
       OR (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        RETURN NEW;
    END IF;
    IF NEW.id IS DISTINCT FROM OLD.id OR NEW.at IS DISTINCT FROM OLD.at
       OR NEW.agent_id IS DISTINCT FROM OLD.agent_id OR NEW.action IS DISTINCT FROM OLD.action
       OR NEW.ticket_id IS NOT NULL OR left(NEW.detail, length(OLD.detail)) IS DISTINCT FROM OLD.detail THEN
        RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS audit_event_append_only ON audit_event;
CREATE TRIGGER audit_event_append_only BEFORE UPDATE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
"""
SERVICE_ALL = "SELECT, INSERT, UPDATE, DELETE"

# Columns holding what people wrote or sent, or who they are: ANALYZE keeps no sample of
# them in pg_statistic. The planner falls back to default estimates for them, which
# favour the indexes the desk's lookups use (the full-text search's GIN index too).
# A citizen's `address` is their WhatsApp number on WhatsApp (the wa_id), and a WhatsApp
# message id (`external_id`, a wamid) spells the number too. Left sampled on purpose:
# the administration's own texts (broadcasts, channel posts, canned replies), the audit
# detail (no message content) and agents' names, which no purge removes anyway.
UNSAMPLED = {
    "message": ("text", "reply_quote", "forward_from", "entities", "search_vector", "external_id"),
    "message_edit": ("previous_text",),
    "attachment": ("file_name", "stored_path", "sha256", "fetch_ref"),
    "file_chunk": ("data",),
    "ticket": ("last_preview", "hold_reason"),
    "citizen": ("name", "search_name", "username", "phone", "address", "access_hash"),
    # Lists (issue 12): who subscribed, the keyword they wrote, who got a copy or a notice.
    "subscriber": ("address", "access_hash", "consent_keyword", "consent_note"),
    "broadcast_recipient": ("address", "access_hash"),
    "list_notice": ("address", "access_hash", "text"),
    # A purged chat's citizen until its history is deleted; groups' names, chosen by people.
    "history_delete": ("address", "access_hash"),
    "group_leave": ("title",),
    "group_left": ("title",),
}

_PREFIX = re.compile(r"^[a-z_][a-z0-9_]{0,40}$")
_LOGIN = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.@-]{0,62}$")


class TeamError(UserFacingError):
    """A team command that cannot be done, in one sentence."""


@dataclass(frozen=True)
class TeamGroups:
    prefix: str

    @property
    def agent(self) -> str:
        return f"{self.prefix}_agent"

    @property
    def lead(self) -> str:
        return f"{self.prefix}_lead"

    @property
    def service(self) -> str:
        return f"{self.prefix}_service"

    @property
    def all(self) -> tuple[str, str, str]:
        return self.agent, self.lead, self.service


@dataclass(frozen=True)
class Member:
    login: str
    groups: tuple[str, ...]  # "agent", "lead", "service"
    active: bool  # the agent row's flag (False: removed)
    can_login: bool


def quote(name: str) -> str:
    """A role or table name as an SQL identifier (names are checked first anyway)."""
    return '"' + name.replace('"', '""') + '"'


def _literal(text: str) -> str:
    """A string literal for utility statements (CREATE ROLE takes no bind parameters)."""
    return "'" + text.replace("'", "''") + "'"


def check_login(name: str) -> str:
    if not _LOGIN.match(name):
        raise TeamError(f"'{name}' is not a usable login name: letters, digits and _ . @ - "
                        "(63 at most, not starting with . @ or -)")
    if name.startswith("pg_"):
        raise TeamError(f"'{name}': names starting with pg_ are PostgreSQL's own")
    return name


def _rows(db: pw.Database, sql: str, params=()) -> list[tuple]:
    return list(db.execute_sql(sql, params).fetchall())


def _role_exists(db: pw.Database, name: str) -> bool:
    return bool(_rows(db, "SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)))


def _direct_member(db: pw.Database, group: str, name: str) -> bool:
    return bool(_rows(db, "SELECT 1 FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
                          "JOIN pg_roles m ON m.oid = a.member WHERE g.rolname = %s AND m.rolname = %s",
                      (group, name)))


def team_prefix(db: pw.Database) -> str | None:
    """The prefix `team init` recorded in this schema, or None (not a team database)."""
    if _rows(db, "SELECT to_regclass('team')")[0][0] is None:
        return None
    rows = _rows(db, "SELECT prefix FROM team")
    return rows[0][0] if rows else None


def _may_create_roles(db: pw.Database) -> bool:
    row = _rows(db, "SELECT rolsuper, rolcreaterole FROM pg_roles WHERE rolname = current_user")
    return bool(row and (row[0][0] or row[0][1]))


def _is_superuser(db: pw.Database) -> bool:
    return bool(_rows(db, "SELECT rolsuper FROM pg_roles WHERE rolname = current_user")[0][0])


def _require_admin(db: pw.Database) -> None:
    if not _may_create_roles(db):
        raise TeamError("This needs a PostgreSQL role that may create roles (a superuser, or one with "
                        "CREATEROLE that owns the database): connect as the database's administrator")


def _tables(db: pw.Database) -> dict[str, str]:
    """The schema's tables and their owners (the schema of the connection's search_path)."""
    return dict(_rows(db, "SELECT c.relname, pg_get_userbyid(c.relowner) FROM pg_class c "
                          "WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) "
                          "AND c.relkind IN ('r', 'p')"))


def init_team(db: pw.Database, prefix: str = DEFAULT_PREFIX) -> TeamGroups:
    """Migrate, create the groups, record the prefix, own and grant: one transaction,
    idempotent (run again after an upgrade)."""
    if not _PREFIX.match(prefix):
        raise TeamError(f"'{prefix}' is not a usable prefix: lower-case letters, digits and _")
    _require_admin(db)
    recorded = team_prefix(db)
    if recorded is not None and recorded != prefix:
        raise TeamError(f"This database's team uses the prefix '{recorded}': run it with --prefix {recorded}")
    groups = TeamGroups(prefix)
    migrate(bind_models(db), is_postgres=True)
    with db.atomic():
        for group in groups.all:
            if not _role_exists(db, group):
                db.execute_sql(f"CREATE ROLE {quote(group)} NOLOGIN")
        db.execute_sql(f"GRANT {quote(groups.agent)} TO {quote(groups.lead)}")
        db.execute_sql("CREATE TABLE IF NOT EXISTS team (id INTEGER PRIMARY KEY DEFAULT 1 CHECK (id = 1), "
                       "prefix VARCHAR(41) NOT NULL)")
        db.execute_sql("INSERT INTO team (id, prefix) VALUES (1, %s) ON CONFLICT (id) DO NOTHING", (prefix,))
        if not _is_superuser(db):  # ALTER … OWNER TO needs membership of the new owner
            db.execute_sql(f"GRANT {quote(groups.service)} TO CURRENT_USER")
        tables = _tables(db)
        for table in CONVERSATION_TABLES:
            if table in tables and tables[table] != groups.service:
                db.execute_sql(f"ALTER TABLE {quote(table)} OWNER TO {quote(groups.service)}")
        db.execute_sql(AUDIT_APPEND_ONLY)
        grant(db, groups)
        sampled = keep_no_samples(db)
    if sampled:  # the deleted samples' bytes go from the catalog's file too
        db.execute_sql("VACUUM FULL pg_statistic")
    return groups


def keep_no_samples(db: pw.Database) -> int:
    """UNSAMPLED columns get no statistics from now on (their owner's or IT's right);
    a superuser also deletes the samples taken so far. Returns how many were deleted."""
    present = set(_unsampled_columns(db))
    for table, columns in UNSAMPLED.items():
        alters = [f"ALTER COLUMN {quote(c)} SET STATISTICS 0" for c in columns if (table, c) in present]
        if alters:
            db.execute_sql(f"ALTER TABLE {quote(table)} {', '.join(alters)}")
    if not _is_superuser(db):  # pg_statistic is the superuser's: `team init` as one clears it
        return 0
    cursor = db.execute_sql(
        "DELETE FROM pg_statistic s USING pg_attribute a WHERE a.attrelid = s.starelid "
        "AND a.attnum = s.staattnum AND a.attstattarget = 0 AND s.starelid = ANY(%s::regclass[])",
        (sorted({table for table, _ in present}),))
    return cursor.rowcount


def _unsampled_columns(db: pw.Database, still_sampled: bool = False) -> list[tuple[str, str]]:
    """(table, column) of UNSAMPLED present in this schema; `still_sampled`: only those
    ANALYZE may still sample (a target other than 0; NULL or -1 is the default)."""
    rows = _rows(db, "SELECT c.relname, a.attname FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
                     "WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) "
                     "AND a.attnum > 0 AND NOT a.attisdropped AND c.relname = ANY(%s) "
                     "AND (NOT %s OR a.attstattarget IS DISTINCT FROM 0)", (list(UNSAMPLED), still_sampled))
    return sorted((table, column) for table, column in rows if column in UNSAMPLED[table])


def columns_left_sampled(db: pw.Database) -> list[str]:
    """"table.column" of the UNSAMPLED columns of a team database that ANALYZE still
    samples: a team set up by an earlier version, upgraded without `team init` run again.
    Empty for a database without a team (nothing was promised there)."""
    if team_prefix(db) is None:
        return []
    return [f"{table}.{column}" for table, column in _unsampled_columns(db, still_sampled=True)]


def grant(db: pw.Database, groups: TeamGroups) -> None:
    """Every group's rights on every table of the schema, from the tables above."""
    tables = _tables(db)
    schema = quote(_rows(db, "SELECT current_schema()")[0][0])
    agent, lead, service = (quote(g) for g in groups.all)
    db.execute_sql(f"GRANT USAGE ON SCHEMA {schema} TO {agent}, {service}")
    db.execute_sql(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {agent}, {service}")
    for table, owner in tables.items():
        name = quote(table)
        # From scratch each time, so that a right taken away in a new version goes.
        db.execute_sql(f"REVOKE ALL ON {name} FROM {agent}, {lead}")
        if owner != groups.service:  # an owner keeps its own rights
            db.execute_sql(f"REVOKE ALL ON {name} FROM {service}")
        if table not in AGENT_UNREADABLE:
            db.execute_sql(f"GRANT SELECT ON {name} TO {agent}")
        for role, privileges in ((agent, AGENT_WRITES.get(table)), (agent, AGENT_COLUMNS.get(table)),
                                 (lead, LEAD_WRITES.get(table))):
            if privileges:
                db.execute_sql(f"GRANT {privileges} ON {name} TO {role}")
        if owner != groups.service:
            db.execute_sql(f"GRANT {SERVICE_LIMITED.get(table, SERVICE_ALL)} ON {name} TO {service}")


def _groups_or_fail(db: pw.Database) -> TeamGroups:
    prefix = team_prefix(db)
    if prefix is None:
        raise TeamError("This database has no team yet: run `deskclient team init` first")
    return TeamGroups(prefix)


def _row_role(lead: bool, service: bool) -> str:
    return "lead" if lead else "service" if service else "agent"


def add_agent(db: pw.Database, now, name: str, lead: bool = False, service: bool = False,
              password: str | None = None, by: str | None = None) -> str:
    """Make `name` an agent (or a lead, or the service's login): the login role if it is
    missing, its groups set to exactly that, its agent row active with that role; a
    changed role is audited. Returns what was done, in one sentence."""
    check_login(name)
    _require_admin(db)
    groups = _groups_or_fail(db)
    with db.atomic():
        created = not _role_exists(db, name)
        secret = f" PASSWORD {_literal(scram_verifier(db, name, password))}" if password else ""
        if created:
            db.execute_sql(f"CREATE ROLE {quote(name)} LOGIN{secret}")
        elif password:
            db.execute_sql(f"ALTER ROLE {quote(name)}{secret}")
        wanted = {groups.lead: lead, groups.agent: not lead and not service, groups.service: service}
        for group, member in wanted.items():
            if member != _direct_member(db, group, name):
                verb = "GRANT {g} TO {n}" if member else "REVOKE {g} FROM {n}"
                db.execute_sql(verb.format(g=quote(group), n=quote(name)))
        role = _row_role(lead, service)
        rows = _rows(db, "SELECT id, role, active FROM agent WHERE login = %s", (name,))
        if not rows:
            agent_id = _rows(db, "INSERT INTO agent (login, display_name, role, active, created_at) "
                                 "VALUES (%s, %s, %s, TRUE, %s) RETURNING id", (name, name, role, _naive(now)))[0][0]
            before = None
        else:
            agent_id, before, active = rows[0]
            before = before if active else None
            db.execute_sql("UPDATE agent SET role = %s, active = TRUE WHERE id = %s", (role, agent_id))
        if before != role:
            detail = f"{name}: {before or 'none'} → {role}" + (f" (by {by})" if by else "")
            _audit(db, now, "role_changed", agent_id, detail)
    what = {"lead": "a team lead", "agent": "an agent", "service": "the service's login"}[role]
    return f"{name} is {what}" + (" (new login role)" if created else "")


def scram_verifier(db: pw.Database, name: str, password: str) -> str:
    """What the server keeps for `password` (SCRAM-SHA-256: salt, iterations, keys),
    computed by libpq here: the password itself never goes over the wire."""
    verifier = db.connection().pgconn.encrypt_password(password.encode(), name.encode(), b"scram-sha-256")
    return verifier.decode("ascii")


def remove_agent(db: pw.Database, now, name: str, by: str | None = None) -> str:
    """Take `name` out of every group (their next statement is refused by the database)
    and mark their agent row inactive; audited. The login role itself stays: it may be
    used elsewhere, and its past actions keep its name in the audit log."""
    check_login(name)
    _require_admin(db)
    groups = _groups_or_fail(db)
    with db.atomic():
        if not _role_exists(db, name):
            raise TeamError(f"There is no login role '{name}'")
        for group in groups.all:
            if _direct_member(db, group, name):
                db.execute_sql(f"REVOKE {quote(group)} FROM {quote(name)}")
        rows = _rows(db, "SELECT id, role FROM agent WHERE login = %s AND active", (name,))
        if rows:
            db.execute_sql("UPDATE agent SET active = FALSE WHERE id = %s", (rows[0][0],))
            _audit(db, now, "role_changed", rows[0][0],
                   f"{name}: {rows[0][1]} → removed" + (f" (by {by})" if by else ""))
    return f"{name} is no longer on this desk"


def members(db: pw.Database) -> list[Member]:
    """Everyone in a group of this team, and every agent row (removed ones too)."""
    groups = _groups_or_fail(db)
    short = {groups.agent: "agent", groups.lead: "lead", groups.service: "service"}
    direct: dict[str, list[str]] = {}
    can_login: dict[str, bool] = {}
    for login, group, login_ok in _rows(
            db, "SELECT m.rolname, g.rolname, m.rolcanlogin FROM pg_auth_members a "
                "JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles m ON m.oid = a.member "
                "WHERE g.rolname = ANY(%s) AND m.rolname <> ALL(%s)", (list(groups.all), list(groups.all))):
        direct.setdefault(login, []).append(short[group])
        can_login[login] = login_ok
    active = dict(_rows(db, "SELECT login, active FROM agent"))
    names = sorted(set(direct) | set(active))
    return [Member(n, tuple(sorted(direct.get(n, ()))), bool(active.get(n, False)), can_login.get(n, False))
            for n in names]


@dataclass(frozen=True)
class DatabaseIdentity:
    """Who the connection is, by the database: `current_user` and its groups."""

    login: str
    superuser: bool
    agent: bool
    lead: bool
    service: bool
    team: bool  # False: `team init` never ran here (only a superuser may go on)


def database_identity(db: pw.Database) -> DatabaseIdentity:
    """`current_user` and its memberships (inherited ones too: a lead is an agent)."""
    login, superuser, schema = _rows(db, "SELECT current_user, rolsuper, current_schema() FROM pg_roles "
                                         "WHERE rolname = current_user")[0]
    prefix = team_prefix(db) if schema is not None else None  # None: no rights on any schema
    if prefix is None:
        return DatabaseIdentity(login, superuser, superuser, superuser, superuser, team=False)
    groups = TeamGroups(prefix)
    member = dict(_rows(db, "SELECT rolname, pg_has_role(current_user, oid, 'MEMBER') FROM pg_roles "
                            "WHERE rolname = ANY(%s)", (list(groups.all),)))
    return DatabaseIdentity(login, superuser, superuser or bool(member.get(groups.agent)),
                            superuser or bool(member.get(groups.lead)),
                            superuser or bool(member.get(groups.service)), team=True)


def still_member(db: pw.Database) -> bool:
    """After a refusal: is this login still in any group of the team?"""
    who = database_identity(db)
    return who.agent or who.lead or who.service


def _audit(db: pw.Database, now, action: str, agent_id: int | None, detail: str) -> None:
    # No RETURNING: most roles may append to the audit log, not read it.
    db.execute_sql("INSERT INTO audit_event (at, agent_id, action, ticket_id, detail) "
                   "VALUES (%s, %s, %s, NULL, %s)", (_naive(now), agent_id, action, detail))


def _naive(moment):
    from ..domain.clock import UTC
    return moment.astimezone(UTC).replace(tzinfo=None)
