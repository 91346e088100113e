"""The doctor's checks of what the desk keeps on this machine: the data folder (private
to this user), the database (reachable, its schema version, an SQLite file read whole
for damage), the free disk space and the log folder.

They only look: no database is created or migrated, no folder created, no permission
changed (opening an existing SQLite file through the store does what the app itself
does at start, nothing more).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from .config import Config
from .doctor_findings import Finding, error, info, ok, warning
from .errors import StoreCorrupt, UserFacingError

MIN_FREE_BYTES = 1024 ** 3
SENSITIVE_FILES = ("deskclient.sqlite3", "deskclient.sqlite3-wal", "deskclient.sqlite3-shm")


def _nearest_existing(path: Path) -> Path:
    path = path.absolute()
    while not path.exists() and path != path.parent:
        path = path.parent
    return path


def _mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def check_database(config: Config) -> list[Finding]:
    from .store.database import check_sqlite_integrity, check_url, open_database, redact_url, sqlite_path as path_of
    from .store.migrations import LATEST, current_version
    from .store.models import bind_models

    check = "Database"
    url = config.database_url
    try:
        check_url(url)
    except UserFacingError as exc:
        return [error(check, str(exc), "correct database.url")]
    sqlite_path = path_of(url)
    if sqlite_path is not None and not sqlite_path.exists():
        return [info(check, f"no database yet at {sqlite_path}: it is created at first start")]
    where = str(sqlite_path) if sqlite_path else redact_url(url)
    # The start reads only the header and the schema: here every page, before opening
    # (which would switch a damaged file to WAL).
    damage = check_sqlite_integrity(sqlite_path) if sqlite_path else None
    if damage is not None:
        return [_damaged(check, damage, where)]
    try:
        opened = open_database(url)
    except StoreCorrupt as exc:
        return [_damaged(check, exc, where)]
    except UserFacingError as exc:
        fix = ("check the file's owner and permissions" if sqlite_path else
               "check database.url, that the server is up and that pg_hba.conf lets this "
               "workstation in (try: psql with the same URL)")
        return [error(check, str(exc), fix)]
    try:
        version = current_version(bind_models(opened.db))
    finally:
        opened.db.close()
    kind = "SQLite" if sqlite_path else "PostgreSQL"
    if version > LATEST:
        return [error(check, f"{kind} {where} has schema version {version}; this deskclient knows "
                             f"up to {LATEST}",
                      "upgrade deskclient on this workstation to the version the database was migrated by")]
    if version == 0:
        return [info(check, f"{kind} {where} reachable, no tables yet: created at first start")]
    if version < LATEST:
        return [info(check, f"{kind} {where} at schema version {version}: migrated to {LATEST} "
                            "at next start")]
    return [ok(check, f"{kind} {where} reachable, schema version {version} (latest)")]


def _damaged(check: str, exc: StoreCorrupt, where: str) -> Finding:
    return error(check, str(exc).split(". It was left")[0],
                 f"restore {where} from a backup, or move it aside to start afresh")


def check_data_dir(config: Config) -> list[Finding]:
    check = "Data folder"
    data_dir = config.data_dir
    if not data_dir.exists():
        parent = _nearest_existing(data_dir)
        if not os.access(parent, os.W_OK | os.X_OK):
            return [error(check, f"{data_dir} does not exist and {parent} is not writable",
                          f"set paths.data_dir to a folder this user can write, or create {data_dir} "
                          "owned by this user with mode 700")]
        return [info(check, f"{data_dir} does not exist yet: created (mode 700) at first start")]
    if not data_dir.is_dir():
        return [error(check, f"{data_dir} is not a folder",
                      "move that file aside or set paths.data_dir elsewhere")]
    findings = []
    folder = data_dir.stat()
    if hasattr(os, "geteuid") and folder.st_uid != os.geteuid():
        findings.append(error(check, f"{data_dir} belongs to uid {folder.st_uid}, not to this user",
                              f"sudo chown -R $(id -un): {data_dir}"))
    if not os.access(data_dir, os.W_OK | os.X_OK):
        findings.append(error(check, f"{data_dir} is not writable by this user",
                              f"chmod u+rwx {data_dir}"))
    if _mode(data_dir) & 0o077:
        findings.append(error(check, f"{data_dir} is open to other users (mode {_mode(data_dir):03o}); "
                                     "it holds citizens' messages and the Telegram session",
                              f"chmod 700 {data_dir}"))
    from .net.client_factory import session_path

    session = session_path(data_dir)
    for path in [session, *(data_dir / name for name in SENSITIVE_FILES)]:
        if path.exists() and _mode(path) & 0o077:
            findings.append(error(check, f"{path} is readable by other users (mode {_mode(path):03o})",
                                  f"chmod 600 {path}"))
    if not findings:
        note = "Telegram session present" if session.exists() else "no Telegram session yet"
        findings.append(ok(check, f"{data_dir} private (mode {_mode(data_dir):03o}); {note}"))
    return findings


def _size(n: float) -> str:
    for unit in ("bytes", "KB", "MB", "GB", "TB"):
        if n < 1024 or unit == "TB":
            return f"{n:.0f} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    raise AssertionError


def check_disk_space(data_dir: Path, min_free_bytes: int = MIN_FREE_BYTES) -> list[Finding]:
    where = _nearest_existing(data_dir)
    free = shutil.disk_usage(where).free
    if free < min_free_bytes:
        return [warning("Disk space", f"only {_size(free)} free on the disk of {where} "
                                      f"(received files need room; under {_size(min_free_bytes)})",
                        "free some space, or move paths.data_dir to a larger disk")]
    return [ok("Disk space", f"{_size(free)} free for {data_dir}")]


def check_log_dir() -> list[Finding]:
    from .logs import LOG_FILE_NAME, log_dir

    directory = log_dir()
    parent = _nearest_existing(directory)
    if not os.access(parent, os.W_OK | os.X_OK):
        return [warning("Logs", f"{parent} is not writable: the app logs to stderr only",
                        f"make {directory} writable by this user")]
    return [info("Logs", f"log file {directory / LOG_FILE_NAME}")]
