"""Nothing private on stderr when a voice note or a video plays.

Qt's FFmpeg backend and FFmpeg itself write to stderr by default: the stored path (which
holds the citizen's file name), the container's metadata (title, encoder, tags the
citizen's phone wrote) and Qt's own multimedia chatter. Two switches, both in-process:

- `quiet_qt_multimedia()`: Qt's logging rules turn the `qt.multimedia*` categories off
  (they decide, among other things, whether the backend dumps a file's format). Set
  before the backend first loads; a `QT_LOGGING_RULES` in the environment still wins,
  for whoever debugs on purpose.
- `quiet_ffmpeg()`: `av_log_set_level(AV_LOG_QUIET)` on the libavutil the backend loaded
  (found in the process's own mappings, so it is the bundled one, wherever the package
  or the frozen app put it). FFmpeg's default log callback writes straight to fd 2,
  past any Qt message handler, so only FFmpeg's level silences it. The environment
  variable `QT_FFMPEG_DEBUG` is never set: Qt turns FFmpeg's debug output on when it is
  set at all, whatever its value.

A Qt message handler was not chosen: it would not see FFmpeg's lines, and it would
replace pytest-qt's in the tests.
"""

from __future__ import annotations

import ctypes
import logging
import os
import sys

from PySide6.QtCore import QLoggingCategory

log = logging.getLogger("deskclient.ui")

AV_LOG_QUIET = -8
QT_RULES = "qt.multimedia*=false"
_silenced: set[str] = set()  # libavutil files already set quiet


def quiet_qt_multimedia() -> None:
    QLoggingCategory.setFilterRules(QT_RULES)


def quiet_ffmpeg() -> None:
    """FFmpeg's logging off, once the backend has loaded it (after a QMediaPlayer exists)."""
    if not sys.platform.startswith("linux"):
        return
    for path in _loaded_libavutil() - _silenced:
        try:
            library = ctypes.CDLL(path, mode=os.RTLD_NOLOAD)  # the copy already loaded, never another
            library.av_log_set_level(AV_LOG_QUIET)
        except (OSError, AttributeError) as exc:
            log.info("FFmpeg's log level not set: %s", type(exc).__name__)
            continue
        _silenced.add(path)


def _loaded_libavutil() -> set[str]:
    try:
        with open("/proc/self/maps", encoding="utf-8", errors="replace") as maps:
            return {line.split(None, 5)[5].strip() for line in maps
                    if "libavutil" in line and len(line.split(None, 5)) == 6}
    except OSError:
        return set()
