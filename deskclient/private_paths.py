"""Folders and files only their owner may open: the data dir and every folder in it 0700,
the database and what SQLite keeps beside it 0600.

`Path.mkdir(parents=True, mode=0o700)` gives the mode to the last folder only: the
parents it makes get the umask's (0755 by default), which is how `--demo` left the data
dir readable by every user. Here each folder made gets 0700 itself. The command line also
sets a umask of 0o077 (cli.py), so that what any library writes there is private too;
these helpers do not rely on it (tests, benches and other callers build desks directly).
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600


def private_dir(path: Path) -> Path:
    """`path` as a folder, made with any missing parent, each 0700. An existing `path`
    of this user's with a wider mode (an older version's) is narrowed to 0700 where the
    disk allows; existing parents are left alone. OSError (a file in the way, a read-only disk) for the caller
    to put in a sentence."""
    missing: list[Path] = []
    level = path
    while not os.path.lexists(level):
        missing.append(level)
        if level.parent == level:
            break
        level = level.parent
    for folder in reversed(missing):
        try:
            os.mkdir(folder, PRIVATE_DIR)
        except FileExistsError:  # made meanwhile by another process
            continue
        os.chmod(folder, PRIVATE_DIR)  # mkdir's mode passes through the umask
    if not path.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(path))
    try:
        _narrow(path, PRIVATE_DIR)
    except OSError:  # a read-only disk: what needs writing there says so itself
        pass
    return path


def private_file(path: Path) -> Path:
    """`path` made empty and 0600 if missing, or narrowed to 0600 if it is this user's
    and wider. SQLite gives a database's -wal and -shm the database file's own mode: a
    file made 0600 before SQLite first opens it keeps them private while the desk runs."""
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE))
    except FileExistsError:
        pass
    _narrow(path, PRIVATE_FILE)
    return path


def narrow_if_present(path: Path, mode: int = PRIVATE_FILE) -> None:
    """An existing file (a database's -wal or -shm left by an older version) narrowed."""
    try:
        _narrow(path, mode)
    except FileNotFoundError:
        pass


def _narrow(path: Path, mode: int) -> None:
    info = os.stat(path)
    if info.st_uid == os.geteuid() and stat.S_IMODE(info.st_mode) & ~mode:
        os.chmod(path, mode)
