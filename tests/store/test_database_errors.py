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


def damaged_store(tmp_path, pages: slice):
    """A SQLite file whose bytes in `pages` are trashed; its sha256."""
    import sqlite3
    path = tmp_path / "deskclient.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x TEXT)")
    con.executemany("INSERT INTO t VALUES (?)", [("x" * 500,)] * 200)
    con.commit()
    con.close()
    data = bytearray(path.read_bytes())
    data[pages] = b"\xde\xad\xbe\xef" * ((pages.stop - pages.start) // 4)
    path.write_bytes(bytes(data))
    return path, hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_damaged_schema_is_refused_at_start_and_left_unchanged(tmp_path):
    path, before = damaged_store(tmp_path, slice(100, 4096))  # page 1 past the header: the schema
    with pytest.raises(StoreCorrupt, match="is damaged"):
        open_database(f"sqlite:///{path}")
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_damaged_pages_are_found_by_the_whole_check_not_at_every_start(tmp_path):
    """The start reads the header and the schema only (a 400 MB store was read whole,
    twice, at every start); `doctor` and the window's background check read every page."""
    from deskclient.store.database import check_sqlite_integrity
    path, before = damaged_store(tmp_path, slice(4096, 12288))  # a table's pages
    damage = check_sqlite_integrity(path)
    assert isinstance(damage, StoreCorrupt) and "is damaged" in damage.english
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before  # the check writes nothing
    result = cli("--data-dir", str(tmp_path), "doctor")
    assert f"database {path} is damaged" in result.stdout and "Traceback" not in result.stderr
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    open_database(f"sqlite:///{path}").db.close()  # the start goes on


def test_a_sound_store_passes_the_whole_check(tmp_path):
    from deskclient.store.database import check_sqlite_integrity
    opened = open_database(f"sqlite:///{tmp_path / 'deskclient.sqlite3'}")
    opened.db.execute_sql("CREATE TABLE t (x TEXT)")
    opened.db.close()
    assert check_sqlite_integrity(tmp_path / "deskclient.sqlite3") is None


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


@pytest.mark.parametrize("url", ["postgresql://desk:s3cret@[badhost/desk", "postgresql://desk:s3cret/desk"])
def test_a_database_url_that_cannot_be_read_is_one_line_without_its_password(tmp_path, url):
    """An unclosed bracket; a forgotten @, which makes the password a port: serve and
    status say so in one line, not a traceback, and never show the password."""
    for command in ("serve", "status"):
        result = cli("--data-dir", str(tmp_path), "--database-url", url, "--set", "telegram.api_id=1",
                     "--set", "telegram.api_hash=x", command)
        assert result.returncode == 2, result.stderr
        assert result.stderr == ("deskclient: The database URL cannot be read (an unclosed [ or a port that is "
                                 "not a number?): use sqlite:///PATH or postgresql://user@host:5432/database\n")
