"""Logs for the journal: `<N>` priorities on every line (sd-daemon(3)), no time stamp."""

from __future__ import annotations

import logging
import os
import sys

from deskclient.logs import JournalFormatter, stderr_is_journal


def record(level: int, message: str, exc_info=None) -> logging.LogRecord:
    return logging.LogRecord("deskclient.serve", level, __file__, 1, message, None, exc_info)


def test_every_line_carries_its_priority():
    formatter = JournalFormatter()
    assert formatter.format(record(logging.INFO, "ready")) == "<6>deskclient.serve: ready"
    assert formatter.format(record(logging.WARNING, "w")).startswith("<4>")
    assert formatter.format(record(logging.ERROR, "e")).startswith("<3>")
    assert formatter.format(record(logging.DEBUG, "d")).startswith("<7>")
    try:
        raise ValueError("boom")
    except ValueError:
        text = formatter.format(record(logging.ERROR, "failed", sys.exc_info()))
    lines = text.splitlines()
    assert len(lines) > 2 and all(line.startswith("<3>") for line in lines)
    assert lines[-1] == "<3>ValueError: boom"


def test_stderr_is_the_journal_only_when_journal_stream_names_it():
    stat = os.fstat(sys.stderr.fileno())
    assert stderr_is_journal({"JOURNAL_STREAM": f"{stat.st_dev}:{stat.st_ino}"})
    assert not stderr_is_journal({"JOURNAL_STREAM": f"{stat.st_dev}:{stat.st_ino + 1}"})
    assert not stderr_is_journal({})
