"""Opening the database named by a URL, with plain errors for what users can fix."""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit, urlunsplit

import peewee

from ..errors import DatabasePasswordNeeded, StoreCorrupt, StoreUnavailable
from ..private_paths import narrow_if_present, private_dir, private_file
from .faults import LOCKED, LOST, READ_PATIENCE, StoreFault, classify, wait_out

log = logging.getLogger("deskclient.store")

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": "normal",
    "foreign_keys": 1,
    # A writer waits this long for another's lock inside SQLite; the store then waits
    # more in short steps (faults.py) and the ingest keeps retrying past that.
    "busy_timeout": 5000,
    "secure_delete": 1,  # purged text must not linger in free pages
}


# libpq TCP keepalives: a server that vanished (power cut, cable) is noticed within
# about idle + interval * count seconds instead of the kernel's two hours.
PG_KEEPALIVES = {
    "keepalives": 1,
    "keepalives_idle": 5,
    "keepalives_interval": 2,
    "keepalives_count": 3,
    "tcp_user_timeout": 15000,  # ms: a write to a dead peer fails instead of hanging
}


class _WaitsOutFaults:
    """A statement outside a transaction (a read, on any thread) that fails because the
    connection is gone, or SQLite is busy, is run again once the fault passes, for up to
    READ_PATIENCE seconds; then a StoreFault with a plain sentence. Inside a transaction
    the error is left to `TicketStore._retrying`, which reruns the whole transaction.

    A statement the database refuses for want of a privilege (SQLSTATE 42501) raises
    what `permission_denied(error)` returns, when set (services/identity.py: the login was
    removed from the team, or its role may not do this); one naming a column or table
    that is not there (42703, 42P01) what `schema_changed(error)` returns (the database
    may have been upgraded under this process by a newer deskclient)."""

    permission_denied = None
    schema_changed = None

    def execute_sql(self, sql, params=None):
        try:  # the hot path (every statement of a group commit) pays for nothing more
            return super().execute_sql(sql, params)
        except (peewee.OperationalError, peewee.InterfaceError) as exc:
            if self.in_transaction():
                raise
            failure = exc
        except peewee.ProgrammingError as exc:
            state = _sqlstate(exc)
            if self.permission_denied is not None and state == "42501":
                raise self.permission_denied(exc) from None
            if self.schema_changed is not None and state in ("42703", "42P01"):
                raise self.schema_changed(exc) from None
            raise
        deadline = time.monotonic() + READ_PATIENCE
        delay = 0.05
        while True:
            reason = classify(failure, self)
            if reason is None:
                raise failure
            if reason not in (LOST, LOCKED):
                raise StoreFault(reason) from None
            log.warning("database %s; waiting", reason)
            delay = wait_out(self, reason, deadline, delay)
            try:
                return super().execute_sql(sql, params)
            except (peewee.OperationalError, peewee.InterfaceError) as exc:
                failure = exc


def _sqlstate(exc: Exception) -> str | None:
    """The driver error's SQLSTATE (peewee wraps psycopg's error as its first argument)."""
    for cause in (*exc.args[:1], exc.__cause__, exc.__context__):
        state = getattr(cause, "sqlstate", None)
        if state:
            return state
    return None


class ResilientSqliteDatabase(_WaitsOutFaults, peewee.SqliteDatabase):
    pass


class ResilientPostgresqlDatabase(_WaitsOutFaults, peewee.PostgresqlDatabase):
    pass


def redact_url(url: str) -> str:
    """The URL without its password, for messages and logs."""
    parts = urlsplit(url)
    if parts.password:
        netloc = parts.netloc.replace(f":{parts.password}@", ":****@")
        return urlunsplit(parts._replace(netloc=netloc))
    return url


@dataclass
class OpenedDatabase:
    db: peewee.Database
    url: str
    is_postgres: bool
    schema: str | None = None  # PostgreSQL schema (tests isolate themselves in one)

    @property
    def sqlite_path(self) -> Path | None:
        return None if self.is_postgres else Path(self.db.database)


def check_url(url: str) -> None:
    """Raises StoreUnavailable, in a sentence that never shows the URL (its password),
    for one that cannot be read: an unclosed [ or a port that is not a number."""
    try:
        _ = urlsplit(url).port
    except ValueError:  # its words may quote the URL, password and all: not shown
        raise StoreUnavailable("The database URL cannot be read (an unclosed [ or a port that is not a number?): "
                               "use sqlite:///PATH or postgresql://user@host:5432/database") from None


def open_database(url: str) -> OpenedDatabase:
    """Connect and check the database is usable, without writing anything to it."""
    check_url(url)
    path = sqlite_path(url)
    if path is not None:
        return _open_sqlite(path)
    scheme = urlsplit(url).scheme.split("+")[0]
    if scheme in ("postgresql", "postgres", "psycopg3"):
        return _open_postgres(url)
    raise StoreUnavailable(f"Unsupported database URL '{redact_url(url)}': use sqlite:///PATH or postgresql://…")


def sqlite_path(url: str) -> Path | None:
    """The file a sqlite:// URL names, or None for another database."""
    parts = urlsplit(url)
    if parts.scheme.split("+")[0] != "sqlite":
        return None
    # sqlite:///relative/or/absolute and sqlite:////absolute both name a file path.
    path = parts.netloc + parts.path
    return Path("/" + path.lstrip("/") if path.startswith("/") else path)


# What SQLite says when the file itself is damaged; anything else (a folder or a disk
# that cannot be written, a file this user may not open) is not the database's fault.
_DAMAGED = ("SQLITE_CORRUPT", "SQLITE_NOTADB")


def _is_damage(exc: BaseException) -> bool:
    for cause in (exc, *exc.args[:1], exc.__cause__, exc.__context__):
        name = getattr(cause, "sqlite_errorname", None)
        if name:
            return name.startswith(_DAMAGED)
    return False


def _open_sqlite(path: Path) -> OpenedDatabase:
    if path.is_file() and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        raise StoreUnavailable(_cannot_write(path, None))  # said before SQLite fails to open it
    if path.exists() and path.is_file() and path.stat().st_size > 0:
        _check_sqlite_header(path)
    try:
        private_dir(path.parent)
    except OSError as exc:
        raise StoreUnavailable(f"Cannot create the folder for the database {path.parent}: {exc.strerror}") from None
    try:
        private_file(path)  # before SQLite opens it: its -wal and -shm take this mode
    except OSError as exc:
        raise StoreUnavailable(_cannot_write(path, exc.strerror)) from None
    if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        raise StoreUnavailable(_cannot_write(path, None))
    for sidecar in ("-wal", "-shm"):  # left wider by an older version
        narrow_if_present(path.with_name(path.name + sidecar))
    if path.stat().st_size == 0:
        _new_sqlite(path)
    # IMMEDIATE: a write transaction takes the lock up front, so two writers queue on
    # busy_timeout instead of one failing with "database is locked" halfway through.
    db = ResilientSqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS, lock_type="IMMEDIATE")
    try:
        db.connect()  # its pragmas read the header and the schema
    except peewee.DatabaseError as exc:
        db.close()
        if _is_damage(exc):
            raise _damaged(path, str(exc)) from None
        raise StoreUnavailable(f"Cannot open the database {path}: {exc}") from None
    return OpenedDatabase(db=db, url=f"sqlite:///{path}", is_postgres=False)


def _new_sqlite(path: Path) -> None:
    """A new store gives free pages back in steps (the purge's incremental vacuum, not
    a VACUUM holding the write lock; store/retention.py). auto_vacuum is written with
    the file's first page, which switching to WAL writes; an older store switches at
    its next VACUUM. (Set at every connection, the pragma would rewrite that page.)"""
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute("PRAGMA auto_vacuum = 2")
        con.execute("PRAGMA journal_mode = wal")
    finally:
        con.close()


def _cannot_write(path: Path, reason: str | None) -> str:
    """One line for a database this user cannot write: a read-only disk, or permissions."""
    read_only = False
    for place in (path, path.parent):
        try:
            read_only = read_only or bool(os.statvfs(place).f_flag & os.ST_RDONLY)
        except OSError:
            pass
    why = "its disk is read-only" if read_only else (reason or "no permission to write it and its folder")
    return f"Cannot write the database {path}: {why[0].lower()}{why[1:]}"


def _check_sqlite_header(path: Path) -> None:
    """Refuse a file that is not SQLite, or whose header or schema is damaged, before
    SQLite (or WAL mode) writes to it. Only those pages are read: the whole file's check
    (`check_sqlite_integrity`) reads every page, 1.5 s per 400 MB, which `doctor` runs
    and the window runs in the background once it shows (ui/startup.py)."""
    try:
        with path.open("rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise StoreUnavailable(f"Cannot read the database {path}: {exc.strerror}") from None
    if header != b"SQLite format 3\x00":
        raise StoreCorrupt(
            f"The database {path} is not a SQLite database (damaged or the wrong file). "
            "It was left untouched: restore a backup or move it aside to start afresh."
        )
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:  # preparing a statement parses every CREATE of the schema
            con.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        if not _is_damage(exc):  # e.g. a read-only folder without the WAL's -shm file
            raise StoreUnavailable(f"Cannot open the database {path}: {exc}") from None
        raise _damaged(path, str(exc)) from None


def check_sqlite_integrity(path: Path) -> StoreCorrupt | None:
    """The whole file checked (`PRAGMA quick_check`: every page and index entry, read
    only; about 1.5 s per 400 MB); the damage found, or None. A file that cannot be read
    for another reason (a permission), or an empty one (a store made at next start), is
    not called damaged here."""
    if not path.is_file() or path.stat().st_size == 0:
        return None
    try:
        _check_sqlite_header(path)  # not SQLite at all: said as such
    except StoreCorrupt as exc:
        return exc
    except StoreUnavailable:
        return None
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            result = con.execute("PRAGMA quick_check").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        return _damaged(path, str(exc)) if _is_damage(exc) else None
    return None if not result or result[0] == "ok" else _damaged(path, result[0])


def _damaged(path: Path, reason: str) -> StoreCorrupt:
    return StoreCorrupt("The database {path} is damaged ({reason}). It was left untouched: "
                        "restore a backup or move it aside to start afresh.", path=path, reason=reason)


def _open_postgres(url: str) -> OpenedDatabase:
    try:
        import psycopg  # noqa: F401  (the optional dependency for team mode)
    except ImportError:
        raise StoreUnavailable(
            "Team mode needs PostgreSQL support: pip install 'deskclient[postgres]'"
        ) from None
    parts = urlsplit(url)
    query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
    schema = query.pop("schema", None)
    kwargs: dict = dict(
        host=parts.hostname or None,
        port=parts.port or 5432,
        user=parts.username or None,
        password=unquote(parts.password) if parts.password else None,
        connect_timeout=int(query.pop("connect_timeout", 5)),
        **{**PG_KEEPALIVES, **query},
    )
    if schema:
        kwargs["options"] = f"-c search_path={schema}"
    db = ResilientPostgresqlDatabase(parts.path.lstrip("/") or None, prefer_psycopg3=True, **kwargs)
    try:
        db.connect()
    except peewee.OperationalError as exc:
        # libpq's last line is often an indented hint ("\tIs the server running…?"): keep
        # the cause ("Connection refused") that comes before it.
        lines = [line for line in str(exc).strip().splitlines() if line and not line[0].isspace()]
        reason = lines[-1] if lines else "no answer"
        sentence = f"Cannot reach the database at {redact_url(url)}: {reason}"
        if "no password supplied" in reason or "password authentication failed" in reason:
            import getpass
            user = unquote(parts.username or "") or getpass.getuser()  # libpq's default
            where = redact_url(url).partition("?")[0]
            wrong = "password authentication failed" in reason  # one was given (URL, PGPASSWORD, .pgpass)
            said = "did not accept the password of" if wrong else "asks for the password of"
            raise DatabasePasswordNeeded(f"The database at {where} {said} {user}.", user, wrong) from None
        if any(word in reason.lower() for word in ("authentication", "does not exist", "permission")):
            raise StoreUnavailable(sentence) from None  # waiting will not cure it
        raise StoreFault(LOST, sentence) from None  # down, restarting, or not up yet
    return OpenedDatabase(db=db, url=url, is_postgres=True, schema=schema)
