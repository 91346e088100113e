"""`deskclient doctor`: is this workstation ready to run the desk?

Each check returns findings; a problem (warning or error) carries one "Fix:" line an IT
technician can act on. The doctor only looks: it never creates or migrates a database,
never creates the data folder and never changes permissions (opening an existing SQLite
file through the store does what the app itself does at start, nothing more).

Qt is probed in this process on the offscreen platform, so the doctor runs over SSH
without a display. A check that crashes becomes an error finding, never a traceback.

Here: running the checks, printing them, and the checks of the config, the clock and the
automatic messages' texts. The others: doctor_qt.py (display, fonts, media),
doctor_files.py (data folder, database, disk, logs), doctor_telegram.py,
doctor_whatsapp.py, doctor_config.py (the config files themselves).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import datetime, timezone
from typing import Callable, Mapping
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .config import Config
from .domain.clock import Clock, SystemClock
from .doctor_files import MIN_FREE_BYTES, check_data_dir, check_database, check_disk_space, check_log_dir
from .doctor_findings import Finding, Severity, error, info, ok, warning
from .doctor_qt import DEBIAN_PACKAGES, apt_fix, check_fonts, check_media_backend, check_qt_platform, parse_ldd
from .doctor_telegram import CONNECT_TIMEOUT, check_telegram_server, telegram_address
from .errors import UserFacingError

# The doctor's names, wherever each check lives (doctor_findings, doctor_qt, doctor_files,
# doctor_telegram): cli.py, doctor_config.py, doctor_whatsapp.py and the tests import them here.
__all__ = ["DEBIAN_PACKAGES", "Finding", "Severity", "apt_fix", "check_clock", "check_data_dir", "check_database",
           "check_disk_space", "check_fonts", "check_log_dir", "check_media_backend", "check_qt_platform",
           "check_telegram_server", "check_templates", "exit_code", "format_findings", "parse_ldd", "run_doctor",
           "telegram_address", "template_warnings"]

EARLIEST_PLAUSIBLE_YEAR = 2026  # this release was built in 2026: an earlier clock is wrong
LATEST_PLAUSIBLE_YEAR = 2100


# --- running and printing -------------------------------------------------------------


def run_doctor(config: Config, *, offline: bool = False,
               connect_timeout: float = CONNECT_TIMEOUT,
               min_free_bytes: int = MIN_FREE_BYTES,
               environ: Mapping[str, str] | None = None,
               clock: Clock | None = None) -> list[Finding]:
    """Run every check. `offline`: the Telegram server and the Graph API are not contacted."""
    from .doctor_whatsapp import check_whatsapp  # it imports Finding from here
    environ = os.environ if environ is None else environ
    clock = clock or SystemClock()
    checks: list[tuple[str, Callable[[], list[Finding]]]] = [
        ("Config", lambda: check_config_sources(config)),
        ("Config", lambda: _check_config_files(config)),
        ("Qt platform", lambda: check_qt_platform(environ)),
        ("Fonts", check_fonts),
        ("Media", check_media_backend),
        # The folder first: opening an existing SQLite file sets its mode to 0600.
        ("Data folder", lambda: check_data_dir(config)),
        ("Database", lambda: check_database(config)),
        ("Disk space", lambda: check_disk_space(config.data_dir, min_free_bytes)),
        ("Telegram", lambda: check_telegram_server(config, connect_timeout, offline)),
        ("WhatsApp", lambda: check_whatsapp(config, connect_timeout, offline)),
        ("Clock", lambda: check_clock(config, clock.now())),
        ("Templates", lambda: check_templates(config)),
        ("Logs", check_log_dir),
    ]
    findings: list[Finding] = []
    for name, check in checks:
        try:
            findings.extend(check())
        except Exception as exc:  # a broken check must not hide the others
            findings.append(error(name, f"the check itself failed: {type(exc).__name__}: {exc}",
                                  "Report this as a bug, with the output of 'deskclient doctor'."))
    return findings


_LABELS = {Severity.OK: "ok", Severity.INFO: "info", Severity.WARNING: "WARN", Severity.ERROR: "FAIL"}


def format_findings(findings: list[Finding]) -> str:
    """One line per finding, a "Fix:" line under each problem, and a verdict."""
    width = max((len(f.check) for f in findings), default=0)
    lines = []
    for finding in findings:
        lines.append(f"{_LABELS[finding.severity]:<4}  {finding.check:<{width}}  {finding.summary}")
        if finding.fix:
            lines.append(f"{'':<4}  {'':<{width}}  Fix: {finding.fix}")
    problems = sum(f.is_problem for f in findings)
    lines.append("")
    lines.append("No problems found." if not problems else
                 f"{problems} problem{'s' if problems > 1 else ''} found: see the Fix lines above.")
    return "\n".join(lines)


def exit_code(findings: list[Finding]) -> int:
    return 1 if any(f.is_problem for f in findings) else 0

# --- the checks -----------------------------------------------------------------------


def check_config_sources(config: Config) -> list[Finding]:
    origins = []
    for _option, setting in config.items():
        if setting.origin not in origins:
            origins.append(setting.origin)
    return [info("Config", "settings from: " + ", ".join(origins))]


def _check_config_files(config: Config) -> list[Finding]:
    from .doctor_config import check_config_files  # it builds on this module's findings
    return check_config_files(config)


def check_clock(config: Config, now: datetime | None = None) -> list[Finding]:
    check = "Clock"
    now = now or datetime.now(timezone.utc)
    name = config["hours.timezone"]
    try:
        zone = ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return [error(check, f"hours.timezone '{name}' is not a known time zone",
                      "set hours.timezone to an IANA name such as Europe/Madrid "
                      "(pip install tzdata if none is known)")]
    findings = []
    if not EARLIEST_PLAUSIBLE_YEAR <= now.year <= LATEST_PLAUSIBLE_YEAR:
        findings.append(error(check, f"the system clock says {now:%Y-%m-%d %H:%M} UTC: SLA deadlines "
                                     "and Telegram's message ids would be wrong",
                              "set the date and time, and turn on time sync: sudo timedatectl set-ntp true"))
    if _ntp_synchronised() is False:
        findings.append(warning(check, "the system clock is not synchronised (NTP)",
                                "sudo timedatectl set-ntp true"))
    rules = None
    try:
        from .app import build_rules
        rules = build_rules(config)
    except UserFacingError as exc:
        findings.append(error(check, str(exc), "fix hours.* in the config file "
                                               "(deskclient config show lists the values)"))
    if not findings and rules is not None:
        local = now.astimezone(zone)
        calendar = rules.calendar
        findings.append(ok(check, f"{now:%Y-%m-%d %H:%M} UTC is {local:%H:%M} in {name}; "
                                  f"hours {calendar.hours.describe()}; "
                                  f"holidays {calendar.holiday_calendar.code or 'none'}"))
    return findings


def template_warnings(config: Config) -> list[str]:
    """Lines for each automatic message whose text writes out a number the config
    contradicts ("de 8 a 22 h" with hours 09:00-15:00); none when the hours cannot be
    read at all (the Clock check says why)."""
    from .app import build_rules
    from .domain.notices import stated_contradictions
    try:
        rules = build_rules(config)
    except UserFacingError:
        return []
    return stated_contradictions(rules.notices.templates, rules.calendar.hours,
                                 rules.closing.grace, rules.first_response)


def check_templates(config: Config) -> list[Finding]:
    lines = template_warnings(config)
    if not lines:
        return [ok("Templates", "the automatic messages state no hour or duration the config contradicts")]
    return [warning("Templates", line, "edit that text in [templates] of the config file; "
                                       "placeholders keep it true when the config changes")
            for line in lines]


def _ntp_synchronised() -> bool | None:
    """What systemd-timedated says; None where it cannot tell (no systemd, containers)."""
    timedatectl = shutil.which("timedatectl")
    if not timedatectl:
        return None
    try:
        result = subprocess.run([timedatectl, "show", "--property=NTPSynchronized", "--value"],
                                capture_output=True, text=True, timeout=5)
    except (OSError, subprocess.TimeoutExpired):
        return None
    value = result.stdout.strip()
    return {"yes": True, "no": False}.get(value) if result.returncode == 0 else None
