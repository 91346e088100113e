"""The data dir (issue 15 items 4 and 5): a read-only or uncreatable one is one line, never
called damaged; a dry run on a path with no database makes nothing; everything deskclient
makes there is its user's alone (folders 0700, made with their parents too, the database
and its -wal and -shm 0600 while it runs)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys

import pytest

from deskclient.cli import main
from deskclient.errors import StoreUnavailable
from deskclient.private_paths import private_dir
from deskclient.store.database import open_database


def mode(path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


def cli(*args, env_extra=None, prefix=()):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **(env_extra or {}))
    return subprocess.run([*prefix, sys.executable, "-m", "deskclient", *args], capture_output=True, text=True,
                          env=env, timeout=120)


def read_only_prefix(folder) -> tuple[str, ...]:
    """A command run with `folder` read-only: its permissions for a normal user; root
    ignores those, so for root a private mount namespace makes it a read-only mount."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        return ()
    if shutil.which("unshare") is None or subprocess.run(["unshare", "-m", "true"], capture_output=True).returncode:
        pytest.skip("running as root without mount namespaces: no way to make a folder read-only")
    return ("unshare", "-m", "sh", "-c",
            'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" && exec "$@"', str(folder))


WINDOW = ("--set", "telegram.api_id=1234567", "--set", "telegram.api_hash=0123456789abcdef0123456789abcdef",
          "--quit-after", "1")


def assert_one_plain_line(result, *expected):
    """One line of ours (Qt's offscreen platform may add its own warnings about the box)."""
    lines = [line for line in result.stderr.strip().splitlines() if "propagateSizeHints" not in line]
    assert result.returncode == 2, result.stderr
    assert len(lines) == 1 and lines[0].startswith("deskclient: "), result.stderr
    assert "Traceback" not in result.stderr
    for words in ("damaged", "move it aside", "restore a backup", "cannot be read"):
        assert words not in result.stderr
    for words in expected:
        assert words in lines[0]


@pytest.fixture
def existing_database(tmp_path):
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "purge"]) == 0  # made by a first run, then left
    return data


@pytest.mark.parametrize("command", [["purge", "--dry-run"], ["purge"], WINDOW])
def test_a_read_only_data_dir_is_one_line_not_damage(tmp_path, existing_database, command):
    prefix = read_only_prefix(existing_database)
    try:
        result = cli("--data-dir", str(existing_database), *command, prefix=prefix)
    finally:
        existing_database.chmod(0o700)
    assert_one_plain_line(result, f"Cannot write the database {existing_database / 'deskclient.sqlite3'}")


def test_a_read_only_data_dir_without_a_database_yet_is_one_line(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    prefix = read_only_prefix(data)
    try:
        result = cli("--data-dir", str(data), "purge", prefix=prefix)
    finally:
        data.chmod(0o700)
    assert_one_plain_line(result, "Cannot write the database")
    assert list(data.iterdir()) == []


@pytest.mark.parametrize("command", [["purge"], ["--demo", "--quit-after", "1"], WINDOW])
def test_an_uncreatable_data_dir_is_one_line(tmp_path, command):
    (tmp_path / "a-file").write_text("in the way")
    result = cli("--data-dir", str(tmp_path / "a-file" / "data"), *command)
    assert_one_plain_line(result, "Cannot create the", "Not a directory")


def test_purge_dry_run_with_no_database_makes_nothing(tmp_path, capsys):
    data = tmp_path / "nothing" / "here"
    assert main(["--data-dir", str(data), "purge", "--dry-run"]) == 0
    assert "no database at" in capsys.readouterr().out
    assert not (tmp_path / "nothing").exists()


def test_folders_made_with_their_parents_are_private_whatever_the_umask(tmp_path):
    previous = os.umask(0o022)
    try:
        made = private_dir(tmp_path / "a" / "b" / "data")
    finally:
        os.umask(previous)
    assert [mode(p) for p in (tmp_path / "a", tmp_path / "a" / "b", made)] == [0o700] * 3
    (tmp_path / "wide").mkdir(mode=0o755)
    (tmp_path / "wide").chmod(0o755)
    assert mode(private_dir(tmp_path / "wide")) == 0o700  # an older version's data dir, narrowed


def test_the_database_and_its_wal_and_shm_are_private_while_open(tmp_path):
    previous = os.umask(0o022)  # SQLite makes -wal and -shm with the database file's mode
    try:
        opened = open_database(f"sqlite:///{tmp_path / 'new' / 'desk.sqlite3'}")
        opened.db.execute_sql("CREATE TABLE t (x TEXT)")
        opened.db.execute_sql("INSERT INTO t VALUES ('hola')")
        folder = tmp_path / "new"
        assert {p.name: mode(p) for p in folder.iterdir()} == {
            "desk.sqlite3": 0o600, "desk.sqlite3-wal": 0o600, "desk.sqlite3-shm": 0o600}
        assert mode(folder) == 0o700
        opened.db.close()

        # A database an older version left readable by others, its -wal and -shm too.
        old = tmp_path / "old.sqlite3"
        con = sqlite3.connect(old)
        con.execute("PRAGMA journal_mode=wal")
        con.execute("CREATE TABLE t (x TEXT)")
        con.commit()
        for path in tmp_path.glob("old.sqlite3*"):
            path.chmod(0o644)
        opened = open_database(f"sqlite:///{old}")
        opened.db.execute_sql("INSERT INTO t VALUES ('adeu')")
        assert {p.name: mode(p) for p in tmp_path.glob("old.sqlite3*")} == {
            "old.sqlite3": 0o600, "old.sqlite3-wal": 0o600, "old.sqlite3-shm": 0o600}
        opened.db.close()
        con.close()
    finally:
        os.umask(previous)


def test_a_database_folder_that_is_a_file_is_one_sentence(tmp_path):
    (tmp_path / "a-file").write_text("in the way")
    with pytest.raises(StoreUnavailable, match="Not a directory"):
        open_database(f"sqlite:///{tmp_path / 'a-file' / 'desk.sqlite3'}")


def test_demo_leaves_the_data_dir_and_every_folder_in_it_private(tmp_path):
    """`--demo` under a data dir made with its parents, with the usual umask of 022:
    every folder from the first one made down is 0700, no file there is readable by others."""
    data = tmp_path / "made" / "with" / "parents"
    result = cli("--data-dir", str(data), "--demo", "--quit-after", "3",
                 prefix=("sh", "-c", 'umask 022 && exec "$@"', "sh"))
    assert result.returncode == 0, result.stderr[-2000:]
    folders = [tmp_path / "made", tmp_path / "made" / "with", data]
    folders += [p for p in data.rglob("*") if p.is_dir()]
    assert data / "demo" in folders
    assert {str(p): oct(mode(p)) for p in folders if mode(p) != 0o700} == {}
    files = [p for p in data.rglob("*") if p.is_file()]
    assert files and {str(p): oct(mode(p)) for p in files if mode(p) & 0o077} == {}


def test_a_desk_built_without_the_command_line_makes_its_folders_private(tmp_path, config):
    """Tests, benches and other callers of build_desk do not get the command's umask."""
    import asyncio

    from deskclient.app import build_desk, demo_network

    async def build():
        settings, factory, world = demo_network(config.with_values(
            {"paths.data_dir": str(tmp_path / "made" / "with" / "parents")}))
        desk = build_desk(settings, factory)
        await desk.stop()
        await world.stop()

    previous = os.umask(0o022)
    try:
        asyncio.run(build())
    finally:
        os.umask(previous)
    made = tmp_path / "made"
    folders = [made, *(p for p in made.rglob("*") if p.is_dir())]
    assert made / "with" / "parents" / "demo" in folders
    assert {str(p): oct(mode(p)) for p in folders if mode(p) != 0o700} == {}
    assert {str(p): oct(mode(p)) for p in made.rglob("*") if p.is_file() and mode(p) & 0o077} == {}
