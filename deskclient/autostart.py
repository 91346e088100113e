"""The single desk starts at login: an XDG autostart entry (freedesktop Desktop
Application Autostart Specification), `$XDG_CONFIG_HOME/autostart/deskclient.desktop`.

A single desk (SQLite on one PC, holding the Telegram session) is service and window at
once: it answers citizens only while it runs. With `app.autostart` on (the default) the
entry is written at its first start, starting it hidden in the tray (`--tray`); turned
off, the entry is removed. Never for `--demo`, nor for team workstations (the server's
`deskclient serve` answers for them). An entry the user changed (say, disabled in the
desktop's startup settings) is kept as it is: only a missing one is written.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
from pathlib import Path

from .config import Config

log = logging.getLogger("deskclient")

ENTRY_NAME = "deskclient.desktop"
MARK = "X-deskclient-Autostart=true"  # ours to remove when the option is turned off


def is_single_desk(config: Config) -> bool:
    """SQLite on this PC and the Telegram session here: the app is service and window."""
    return not config.database_url.startswith("postgres") and config["telegram.session"] == "file"


def autostart_path(environ=None) -> Path:
    environ = os.environ if environ is None else environ
    base = environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "autostart" / ENTRY_NAME


def launch_command() -> list[str]:
    """How this installation is started: the bundle's program, the `deskclient` script
    beside this Python, or on PATH, else `python -m deskclient`."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    beside = Path(sys.executable).parent / "deskclient"
    if beside.is_file() and os.access(beside, os.X_OK):
        return [str(beside)]
    found = shutil.which("deskclient")
    return [found] if found else [sys.executable, "-m", "deskclient"]


def _exec_quote(argument: str) -> str:
    """Desktop Entry `Exec` quoting: plain words as they are, others in double quotes."""
    if argument and all(c.isalnum() or c in "/._-+:=@" for c in argument):
        return argument
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in argument)
    return f'"{escaped}"'.replace("%", "%%")


def entry_text(command: list[str]) -> str:
    exec_line = " ".join(_exec_quote(a) for a in [*command, "--tray"])
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        "Name=deskclient",
        "Comment=Citizen-service desk: answers citizens on Telegram while this computer is on",
        f"Exec={exec_line}",
        "Icon=deskclient",
        "Terminal=false",
        "X-GNOME-Autostart-enabled=true",
        MARK,
        "",
    ])


def sync_autostart(config: Config, demo: bool = False, path: Path | None = None,
                   command: list[str] | None = None) -> str:
    """Write or remove the entry as the config says. Returns what was done: "written",
    "removed", "kept" (already there) or "none"."""
    if demo:
        return "none"
    path = path or autostart_path()
    if config["app.autostart"] and is_single_desk(config):
        if path.exists():
            return "kept"
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(entry_text(command or launch_command()), encoding="utf-8")
        except OSError as exc:
            log.warning("cannot write the autostart entry (%s)", exc.strerror)
            return "none"
        log.info("autostart entry written: the desk starts at login, in the tray")
        return "written"
    try:
        if path.exists() and MARK in path.read_text(encoding="utf-8", errors="replace"):
            path.unlink()
            log.info("autostart entry removed")
            return "removed"
    except OSError as exc:
        log.warning("cannot remove the autostart entry (%s)", exc.strerror)
    return "none"
