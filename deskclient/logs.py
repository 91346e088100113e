"""Where the log goes and what it may contain.

`setup_logging(config)` writes a rotating log in the platform log directory
(`~/.local/state/deskclient/log/deskclient.log` on Linux), readable by its owner only,
at the level of the option `log.level`. Warnings and errors also go to stderr.

What is logged: the code never puts message text, file names, citizens' names or phone
numbers in a log line; it logs ids, counts, states and timings (STYLE.md). Because a
library or a future change could still slip one in (an exception message quoting a
phone number, say), every handler installed here carries `PhoneRedactingFilter`, which
replaces anything that looks like a phone number (`+34 600 111 222`, a run of nine or
more digits) before the line is written. It is a safety net, not a licence: a nine-digit
Telegram user id or a large byte count is redacted too.

`deskclient serve` logs to stderr only, every line at `log.level`, in the form journald
reads (sd-daemon(3)): a `<N>` syslog priority first, no time stamp (the journal adds
its own). The window uses that form too for its stderr lines when stderr is the journal
(`$JOURNAL_STREAM` names it, as systemd sets it for services and many desktops for apps),
and keeps its private rotating file.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
import sys
from pathlib import Path

import platformdirs

from .config import APP_NAME, Config
from .errors import ConfigError

LOG_FILE_NAME = "deskclient.log"
MAX_BYTES = 5 * 1024 * 1024  # per file
BACKUP_COUNT = 5  # deskclient.log.1 … .5: at most 30 MB in all
LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
JOURNAL_FORMAT = "%(name)s: %(message)s"
# sd-daemon(3): <3> error, <4> warning, <6> info, <7> debug (syslog priorities).
PRIORITIES = ((logging.CRITICAL, 2), (logging.ERROR, 3), (logging.WARNING, 4), (logging.INFO, 6))
REDACTED = "<phone>"

# "+" then 7 to 15 digits, allowing the separators people type (E.164 is at most 15).
_INTERNATIONAL = r"\+[0-9](?:[ .\-()]{0,2}[0-9]){6,14}"
# Nine or more digits in a row: a national number without "+", or a prefix-less E.164.
_DIGIT_RUN = r"[0-9]{9,}"
PHONE_PATTERN = re.compile(f"{_INTERNATIONAL}|{_DIGIT_RUN}", re.ASCII)

_MARK = "_deskclient_handler"  # set on the handlers we install, so setup can be repeated


def redact_phones(text: str) -> str:
    return PHONE_PATTERN.sub(REDACTED, text)


class OwnDebugOnly(logging.Filter):
    """DEBUG lines only from deskclient's own loggers. Libraries' debug output can carry
    content: Peewee logs every SQL statement with its parameters (message texts), Telethon
    every request and update."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno >= logging.INFO or record.name.split(".")[0] == "deskclient"


class PhoneRedactingFilter(logging.Filter):
    """Rewrites a record so that its message, traceback and stack hold no phone number.

    The record is formatted here (`msg % args`) and replaced by the redacted text, so the
    handler's formatter and every later handler see only the redacted version.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = redact_phones(message)
        if redacted != message or record.args:
            record.msg, record.args = redacted, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact_phones(record.exc_text)
        if record.stack_info:
            record.stack_info = redact_phones(record.stack_info)
        return True


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A `RotatingFileHandler` whose files are created 0600, whatever the umask.

    `_open` is where the base class creates the current file, at start and after each
    rollover, so every file of the set is private from its first byte.
    """

    def _open(self):
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.fchmod(fd, 0o600)  # a file left by an older version with a wider mode
        return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)


class JournalFormatter(logging.Formatter):
    """`<N>name: message`, every line of a traceback with the same prefix, so that the
    journal files the whole record at its priority."""

    def __init__(self) -> None:
        super().__init__(JOURNAL_FORMAT)

    @staticmethod
    def priority(levelno: int) -> int:
        return next((p for level, p in PRIORITIES if levelno >= level), 7)

    def format(self, record: logging.LogRecord) -> str:
        prefix = f"<{self.priority(record.levelno)}>"
        return "\n".join(prefix + line for line in super().format(record).splitlines() or [""])


def stderr_is_journal(environ=None) -> bool:
    """True when stderr is connected to the journal: `$JOURNAL_STREAM` holds the device
    and inode of that stream (systemd.exec(5)), compared with stderr's own."""
    value = (os.environ if environ is None else environ).get("JOURNAL_STREAM", "")
    device, _, inode = value.partition(":")
    try:
        stat = os.fstat(sys.stderr.fileno())
        return bool(inode) and (stat.st_dev, stat.st_ino) == (int(device), int(inode))
    except (OSError, ValueError, AttributeError):
        return False


def log_dir() -> Path:
    """The platform's per-user log directory: `$XDG_STATE_HOME/deskclient/log` on Linux."""
    return Path(platformdirs.user_log_dir(APP_NAME))


def parse_level(value: str) -> int:
    name = str(value).strip().upper()
    if name not in LEVELS:
        raise ConfigError(f"option 'log.level' must be one of {', '.join(LEVELS)}, got {value!r}")
    return logging.getLevelName(name)


def setup_logging(config: Config, directory: Path | None = None, console: bool = True,
                  service: bool = False) -> Path | None:
    """Install the file log (and a stderr log for warnings); return the log file's path.

    Safe to call again (the previous handlers are replaced). If the log directory cannot
    be created, the app still runs with stderr logging only and None is returned.
    A bad `log.level` raises `ConfigError`. `service` (for `deskclient serve`): stderr
    only, at the configured level, in the journal's form; no file (None is returned).
    """
    level = parse_level(config["log.level"])
    root = logging.getLogger()
    close_logging()
    root.setLevel(level)
    # Libraries at DEBUG log every request and statement: not even built (OwnDebugOnly
    # drops them at the handlers anyway).
    for library in ("telethon", "peewee", "psycopg", "asyncio", "qasync"):
        logging.getLogger(library).setLevel(max(level, logging.INFO))
    formatter = logging.Formatter(FORMAT)

    if service:
        stderr = logging.StreamHandler(sys.stderr)
        stderr.setLevel(level)
        _install(root, stderr, JournalFormatter())
        return None
    if console:
        stderr = logging.StreamHandler(sys.stderr)
        stderr.setLevel(max(level, logging.WARNING))
        _install(root, stderr, JournalFormatter() if stderr_is_journal() else formatter)

    directory = directory or log_dir()
    path = directory / LOG_FILE_NAME
    try:
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler = PrivateRotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
    except OSError as exc:
        logging.getLogger("deskclient").warning(
            "cannot write the log in %s (%s): logging to stderr only", directory, exc.strerror)
        return None
    handler.setLevel(level)
    _install(root, handler, formatter)
    return path


def close_logging() -> None:
    """Remove and close the handlers `setup_logging` installed."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, _MARK, False)]:
        root.removeHandler(handler)
        handler.close()


def _install(root: logging.Logger, handler: logging.Handler, formatter: logging.Formatter) -> None:
    handler.setFormatter(formatter)
    handler.addFilter(OwnDebugOnly())
    handler.addFilter(PhoneRedactingFilter())
    setattr(handler, _MARK, True)
    root.addHandler(handler)
