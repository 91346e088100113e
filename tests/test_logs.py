"""The log file: private, rotating, and never holding a phone number."""

from __future__ import annotations

import logging
import stat
import sys

import pytest

from deskclient import logs
from deskclient.config import load_config
from deskclient.errors import ConfigError


@pytest.fixture
def installed(config, tmp_path):
    path = logs.setup_logging(config, directory=tmp_path / "log", console=False)
    yield path
    logs.close_logging()


def _file_handler() -> logs.PrivateRotatingFileHandler:
    (handler,) = [h for h in logging.getLogger().handlers
                  if isinstance(h, logs.PrivateRotatingFileHandler)]
    return handler


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_filter_redacts_phone_numbers_in_the_formatted_line():
    record = logging.LogRecord("deskclient.net", logging.WARNING, __file__, 1,
                               "login failed for %s (account %s, id %d)",
                               ("+34 600 111 222", "+34600111222", 612345678), None)
    assert logs.PhoneRedactingFilter().filter(record)
    line = logging.Formatter("%(name)s: %(message)s").format(record)
    assert "600" not in line and "612345678" not in line
    assert line.count(logs.REDACTED) == 3
    assert "login failed for <phone> (account <phone>, id <phone>)" in line


def test_short_numbers_and_dates_are_kept():
    text = "ticket CAU-2026-000123 sent 3 of 12 at 2026-11-23 10:00:05 in 84 ms"
    assert logs.redact_phones(text) == text


def test_traceback_text_is_redacted():
    try:
        raise ValueError("PHONE_NUMBER_INVALID +34600111222")
    except ValueError:
        record = logging.LogRecord("deskclient", logging.ERROR, __file__, 1, "send failed",
                                   None, sys.exc_info())
    logs.PhoneRedactingFilter().filter(record)
    assert "+34600111222" not in logging.Formatter().format(record)


def test_log_file_is_private_and_redacted(installed):
    logging.getLogger("deskclient.net").info("citizen %s wrote", "+34600111222")
    _file_handler().flush()
    assert installed.name == "deskclient.log"
    assert _mode(installed) == 0o600
    assert _mode(installed.parent) == 0o700
    text = installed.read_text(encoding="utf-8")
    assert "INFO deskclient.net: citizen <phone> wrote" in text
    assert "600111222" not in text


def test_rotation_is_configured_and_rotated_files_stay_private(installed):
    handler = _file_handler()
    assert handler.maxBytes == logs.MAX_BYTES > 0
    assert handler.backupCount == logs.BACKUP_COUNT > 0
    logging.getLogger("deskclient").warning("before rollover")
    handler.doRollover()
    logging.getLogger("deskclient").warning("after rollover")
    handler.flush()
    rotated = installed.with_name("deskclient.log.1")
    assert "before rollover" in rotated.read_text(encoding="utf-8")
    assert _mode(rotated) == 0o600 and _mode(installed) == 0o600


def test_an_existing_wider_file_is_made_private(config, tmp_path):
    (tmp_path / "log").mkdir()
    old = tmp_path / "log" / "deskclient.log"
    old.write_text("old line\n")
    old.chmod(0o644)
    try:
        logs.setup_logging(config, directory=tmp_path / "log", console=False)
        assert _mode(old) == 0o600
    finally:
        logs.close_logging()


def test_level_comes_from_config_and_setup_can_be_repeated(tmp_path):
    config = load_config(overrides={"paths.data_dir": str(tmp_path / "d"), "log.level": "warning"})
    try:
        logs.setup_logging(config, directory=tmp_path / "log")
        logs.setup_logging(config, directory=tmp_path / "log")
        ours = [h for h in logging.getLogger().handlers if getattr(h, "_deskclient_handler", False)]
        assert len(ours) == 2  # one file, one stderr: not doubled
        assert logging.getLogger().level == logging.WARNING
    finally:
        logs.close_logging()


def test_bad_level_is_a_config_error(tmp_path):
    config = load_config(overrides={"paths.data_dir": str(tmp_path / "d"), "log.level": "LOUD"})
    with pytest.raises(ConfigError, match="log.level"):
        logs.setup_logging(config, directory=tmp_path / "log")


def test_default_log_dir_follows_xdg_state_home(tmp_path):
    assert logs.log_dir() == tmp_path / "xdg-state" / "deskclient" / "log"


def test_unwritable_log_dir_falls_back_to_stderr(config, tmp_path):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("")
    try:
        assert logs.setup_logging(config, directory=blocker / "log") is None
    finally:
        logs.close_logging()
