"""The doctor's look at the configuration itself: a config file that holds a secret and
others can read, and a config that cannot be loaded at all.

A config error stops every other command with one line (config_checks.py); the doctor
reports the same line as a failure with its fix, and still runs the checks that need no
config (Qt, fonts, media, logs), so one visit to the workstation fixes everything.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

from .config import Config, system_config_paths
from .doctor import Finding, Severity, check_fonts, check_log_dir, check_media_backend, check_qt_platform


def _secrets_in(config: Config, path: str) -> list[str]:
    """The secret options this file sets: the API hash, a database URL with a password."""
    held = []
    for option, setting in config.items():
        if setting.origin != path or not setting.value:
            continue
        if option.secret or (option.key == "database.url" and urlsplit(setting.value).password):
            held.append(option.key)
    return held


def check_config_files(config: Config) -> list[Finding]:
    """A file holding a secret must not be readable by everyone: by nobody else (a
    user's file) or by the desk users' group only (IT's system file)."""
    check = "Config"
    system = {str(p) for p in system_config_paths()}
    findings = []
    for path in dict.fromkeys(setting.origin for _, setting in config.items()):
        file = Path(path)
        if not file.is_absolute() or not file.is_file():
            continue  # "default", "command line", "environment …"
        secrets = _secrets_in(config, path)
        if not secrets:
            continue
        mode = file.stat().st_mode & 0o777
        held = " and ".join(secrets)
        if path in system and mode & 0o004:
            findings.append(Finding(check, Severity.WARNING,
                                    f"{path} holds {held} and every user of this computer can read it "
                                    f"(mode {mode:03o})",
                                    f"sudo chmod 640 {path} && sudo chgrp <the desk users' group> {path}; or "
                                    "move the secret to each user's own ~/.config/deskclient/config.toml "
                                    "(mode 600)"))
        elif path not in system and mode & 0o044:
            findings.append(Finding(check, Severity.WARNING,
                                    f"{path} holds {held} and other users can read it (mode {mode:03o})",
                                    f"chmod 600 {path}"))
        else:
            findings.append(Finding(check, Severity.OK, f"{path} holds {held}, readable only by whom it should "
                                                        f"(mode {mode:03o})"))
    return findings


_WHERE = re.compile(r"^(?P<origin>.+?): option '(?P<key>[\w.]+)'|option '(?P<bare>[\w.]+)'")


def config_error_fix(message: str) -> str:
    """Where to correct the option a config error names."""
    found = _WHERE.search(message)
    key = (found.group("key") or found.group("bare")) if found else None
    origin = found.group("origin") if found else None
    what = f"option {key}" if key else "the value"
    if origin == "command line":
        where = f"correct --set {key}=… on the command line"
    elif origin and origin.startswith("environment "):
        where = f"correct or unset {origin.removeprefix('environment ')}"
    elif origin:
        where = f"correct {what} in {origin}"
    else:
        where = f"correct {what} in the config file (deskclient --help says which files are read)"
    return f"{where}; docs/config.example.toml describes every option"


def run_doctor_without_config(message: str) -> list[Finding]:
    """The config cannot be loaded: that failure first, then the checks that need none."""
    import os

    findings = [Finding("Config", Severity.ERROR, message, config_error_fix(message))]
    for name, check in (("Qt platform", lambda: check_qt_platform(os.environ)), ("Fonts", check_fonts),
                        ("Media", check_media_backend), ("Logs", check_log_dir)):
        try:
            findings.extend(check())
        except Exception as exc:  # a broken check must not hide the others
            findings.append(Finding(name, Severity.ERROR, f"the check itself failed: {type(exc).__name__}",
                                    "Report this as a bug, with the output of 'deskclient doctor'."))
    return findings
