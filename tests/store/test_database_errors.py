"""A database the app cannot use gets one plain sentence, and a damaged file is never touched."""

import hashlib
import os
import subprocess
import sys

import pytest

from deskclient.errors import StoreCorrupt, StoreUnavailable
from deskclient.store.database import open_database


def cli(*args):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "deskclient", *args], capture_output=True, text=True,
                          env=env, timeout=60)


def test_file_that_is_not_sqlite_is_refused_and_left_unchanged(tmp_path):
    path = tmp_path / "deskclient.sqlite3"
    path.write_bytes(b"PK\x03\x04 this is a zip, not a database" * 100)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(StoreCorrupt, match="left untouched"):
        open_database(f"sqlite:///{path}")
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert not (tmp_path / "deskclient.sqlite3-wal").exists()


def test_damaged_sqlite_file_is_refused_and_left_unchanged(tmp_path):
    import sqlite3
    path = tmp_path / "deskclient.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x TEXT)")
    con.executemany("INSERT INTO t VALUES (?)", [("x" * 500,)] * 200)
    con.commit()
    con.close()
    data = bytearray(path.read_bytes())
    data[4096:12288] = b"\xde\xad\xbe\xef" * 2048  # trash pages past the header
    path.write_bytes(bytes(data))
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(StoreCorrupt):
        open_database(f"sqlite:///{path}")
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_cli_reports_corrupt_database_plainly(tmp_path):
    (tmp_path / "deskclient.sqlite3").write_bytes(b"garbage" * 1000)
    result = cli("--data-dir", str(tmp_path), "--set", "telegram.api_id=1", "--set", "telegram.api_hash=x",
                 "--quit-after", "1")
    assert result.returncode == 2
    assert "is not a SQLite database" in result.stderr and "Traceback" not in result.stderr
    assert (tmp_path / "deskclient.sqlite3").read_bytes() == b"garbage" * 1000


def test_unreachable_postgresql_says_so(tmp_path):
    with pytest.raises(StoreUnavailable, match=r"Cannot reach the database at postgresql://desk:\*\*\*\*@127.0.0.1:1/"):
        open_database("postgresql://desk:secret@127.0.0.1:1/desk")
    result = cli("--data-dir", str(tmp_path), "--database-url", "postgresql://desk:secret@127.0.0.1:1/desk",
                 "--set", "telegram.api_id=1", "--set", "telegram.api_hash=x", "--quit-after", "1")
    assert result.returncode == 2
    assert "Cannot reach the database" in result.stderr
    assert "Connection refused" in result.stderr  # the cause, not only libpq's hint line
    assert "secret" not in result.stderr and "Traceback" not in result.stderr
