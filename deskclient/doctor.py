"""`deskclient doctor`: is this workstation ready to run the desk?

Each check returns findings; a problem (warning or error) carries one "Fix:" line an IT
technician can act on. The doctor only looks: it never creates or migrates a database,
never creates the data folder and never changes permissions (opening an existing SQLite
file through the store does what the app itself does at start, nothing more).

Qt is probed in this process on the offscreen platform, so the doctor runs over SSH
without a display. A check that crashes becomes an error finding, never a traceback.
"""

from __future__ import annotations

import enum
import errno
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterator, Mapping
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .config import Config
from .domain.clock import Clock, SystemClock
from .errors import StoreCorrupt, UserFacingError

TELEGRAM_DC2 = "149.154.167.50"  # Telegram's production data centre 2, port 443
CONNECT_TIMEOUT = 3.0
MIN_FREE_BYTES = 1024 ** 3
EARLIEST_PLAUSIBLE_YEAR = 2026  # this release was built in 2026: an earlier clock is wrong
LATEST_PLAUSIBLE_YEAR = 2100
SENSITIVE_FILES = ("deskclient.sqlite3", "deskclient.sqlite3-wal", "deskclient.sqlite3-shm")

# Shared objects Qt loads, and the Debian package that ships each (STACK.md).
DEBIAN_PACKAGES = {
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libEGL.so.1": "libegl1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libpulse.so.0": "libpulse0",
    "libXrandr.so.2": "libxrandr2",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libXext.so.6": "libxext6",
    "libXrender.so.1": "libxrender1",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libdrm.so.2": "libdrm2",  # FFmpeg's video frames
    "libgssapi_krb5.so.2": "libgssapi-krb5-2",  # QtNetwork, which QtPdf and the media plugin load
    "libbrotlidec.so.1": "libbrotli1",
    "libbrotlicommon.so.1": "libbrotli1",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
}


class Severity(enum.Enum):
    OK = "ok"
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True)
class Finding:
    check: str
    severity: Severity
    summary: str
    fix: str | None = None  # required for warnings and errors

    @property
    def is_problem(self) -> bool:
        return self.severity in (Severity.WARNING, Severity.ERROR)


def _ok(check: str, summary: str) -> Finding:
    return Finding(check, Severity.OK, summary)


def _info(check: str, summary: str) -> Finding:
    return Finding(check, Severity.INFO, summary)


def _warning(check: str, summary: str, fix: str) -> Finding:
    return Finding(check, Severity.WARNING, summary, fix)


def _error(check: str, summary: str, fix: str) -> Finding:
    return Finding(check, Severity.ERROR, summary, fix)


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
            findings.append(_error(name, f"the check itself failed: {type(exc).__name__}: {exc}",
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


# --- shared helpers -------------------------------------------------------------------


_LDD_NOT_FOUND = re.compile(r"^\s*(\S+) => not found", re.MULTILINE)
_LDD_BROKEN = re.compile(r"error while loading shared libraries: ([^:\s]+):", re.MULTILINE)
# "libEGL.so.1: cannot open shared object file", "/x/libpulse.so.0: file too short"…
_DLOPEN_MISSING = re.compile(r"(?:^|[/\s])(lib[\w.+-]*\.so(?:\.\d+)*):")


def missing_libraries(path: Path) -> list[str] | None:
    """Shared objects `path` needs that the system cannot load; None if `ldd` is unavailable."""
    ldd = shutil.which("ldd")
    if not ldd or not sys.platform.startswith("linux"):
        return None
    try:
        result = subprocess.run([ldd, str(path)], capture_output=True, text=True, timeout=15)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return parse_ldd(result.stdout + result.stderr)


def parse_ldd(text: str) -> list[str]:
    names = _LDD_NOT_FOUND.findall(text) + [Path(p).name for p in _LDD_BROKEN.findall(text)]
    return sorted(set(names))


def apt_fix(libraries: list[str]) -> str:
    """'sudo apt-get install …' for the Debian packages that ship these libraries."""
    packages = sorted({DEBIAN_PACKAGES[lib] for lib in libraries if lib in DEBIAN_PACKAGES})
    unknown = [lib for lib in libraries if lib not in DEBIAN_PACKAGES]
    parts = []
    if packages:
        parts.append(f"sudo apt-get install {' '.join(packages)}")
    if unknown:
        parts.append(f"install the package that ships {', '.join(unknown)} "
                     f"(apt-file search {unknown[0]})")
    return "; ".join(parts)


def _import_error_fix(exc: ImportError) -> tuple[str, str]:
    """(what is missing, fix) for a PySide6 module that failed to import."""
    found = sorted(set(_DLOPEN_MISSING.findall(str(exc))))
    if found:
        return f"missing {', '.join(found)}", apt_fix(found)
    return str(exc), _REINSTALL


_REINSTALL = ("unpack the deskclient bundle again" if getattr(sys, "frozen", False) else
              "reinstall the Qt wheels: pip install --force-reinstall "
              "'PySide6-Essentials==6.11.3' 'PySide6-Addons==6.11.3'")


def qt_plugin_dirs() -> list[Path]:
    """Where Qt looks for plugins: QT_PLUGIN_PATH, then the PySide6 install (or bundle)."""
    dirs = [Path(p) for p in os.environ.get("QT_PLUGIN_PATH", "").split(os.pathsep) if p]
    try:
        from PySide6.QtCore import QLibraryInfo
        dirs.append(Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)))
    except ImportError:
        pass
    try:
        import PySide6
        dirs.append(Path(PySide6.__file__).resolve().parent / "Qt" / "plugins")
    except ImportError:
        pass
    unique: list[Path] = []
    for d in dirs:
        if d.is_dir() and d not in unique:
            unique.append(d)
    return unique


def _find_plugins(kind: str) -> dict[str, Path]:
    """Plugin name ('xcb', 'offscreen', 'ffmpegmediaplugin'…) → file, first found wins."""
    found: dict[str, Path] = {}
    for base in qt_plugin_dirs():
        for path in sorted((base / kind).glob("*")):
            if path.suffix not in (".so", ".dll", ".dylib"):
                continue
            name = path.stem[3:] if path.stem.startswith("lib") else path.stem
            name = name[1:] if kind == "platforms" and name.startswith("q") else name
            found.setdefault(name, path)
    return found


_APP = None  # the QApplication the doctor made, kept alive for the process


def _qt_app():
    """The running Q(Gui)Application, or a new offscreen QApplication.

    A QApplication rather than a bare QGuiApplication, so that widgets can still be
    made in the same process afterwards (tests do).
    """
    global _APP
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    app = QCoreApplication.instance()
    if app is None:
        _APP = app = QApplication(["deskclient-doctor", "-platform", "offscreen"])
    return app


@contextmanager
def _qt_messages() -> Iterator[list[str]]:
    """Collect Qt's warnings (instead of printing them) while probing."""
    from PySide6.QtCore import qInstallMessageHandler

    captured: list[str] = []
    previous = qInstallMessageHandler(lambda mode, context, message: captured.append(message))
    try:
        yield captured
    finally:
        qInstallMessageHandler(previous)


def _nearest_existing(path: Path) -> Path:
    path = path.absolute()
    while not path.exists() and path != path.parent:
        path = path.parent
    return path


def _mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


# --- the checks -----------------------------------------------------------------------


def check_config_sources(config: Config) -> list[Finding]:
    origins = []
    for _option, setting in config.items():
        if setting.origin not in origins:
            origins.append(setting.origin)
    return [_info("Config", "settings from: " + ", ".join(origins))]


def _check_config_files(config: Config) -> list[Finding]:
    from .doctor_config import check_config_files  # it builds on this module's findings
    return check_config_files(config)


def check_qt_platform(environ: Mapping[str, str]) -> list[Finding]:
    check = "Qt platform"
    try:
        import PySide6.QtGui  # noqa: F401  (links libGL, libEGL, fontconfig, xkbcommon…)
    except ImportError as exc:
        what, fix = _import_error_fix(exc)
        return [_error(check, f"Qt cannot load: {what}", fix)]
    plugins = _find_plugins("platforms")
    requested = environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if requested:
        name, why = requested, "QT_QPA_PLATFORM"
    elif environ.get("WAYLAND_DISPLAY") and "wayland" in plugins:
        name, why = "wayland", "WAYLAND_DISPLAY is set"
    else:
        name, why = "xcb", "default on Linux"
    if name not in plugins and name.split("-")[0] in plugins:  # wayland-egl is in libqwayland
        name = name.split("-")[0]
    if name not in plugins:
        where = ", ".join(str(d / "platforms") for d in qt_plugin_dirs()) or "no plugin folder"
        return [_error(check, f"platform plugin '{name}' ({why}) not found in {where}",
                       f"set QT_QPA_PLATFORM to one of {', '.join(sorted(plugins)) or 'nothing'}, "
                       f"or {_REINSTALL}")]
    findings = []
    missing = missing_libraries(plugins[name])
    if missing:
        findings.append(_error(check, f"platform plugin '{name}' cannot load: missing {', '.join(missing)}",
                               apt_fix(missing)))
    else:
        tail = "" if missing is not None else " (libraries not checked: no ldd)"
        offscreen = "; offscreen available" if "offscreen" in plugins and name != "offscreen" else ""
        findings.append(_ok(check, f"plugin '{name}' ({why}) {plugins[name]}{tail}{offscreen}"))
    if name == "xcb" and not environ.get("DISPLAY"):
        findings.append(_info(check, "no X display in this session (DISPLAY is unset): the window "
                                     "opens only in a desktop session"))
    return findings


def check_fonts() -> list[Finding]:
    check = "Fonts"
    try:
        from PySide6.QtGui import QFontDatabase, QGuiApplication
        with _qt_messages():
            app = _qt_app()
        if not isinstance(app, QGuiApplication):
            raise ImportError("a non-GUI QCoreApplication is running")
    except ImportError:
        return _fonts_by_fc_list()
    with _qt_messages():
        families = QFontDatabase.families()
        cjk = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    if not families:
        return [_error(check, "Qt finds no font at all: text would not render",
                       "sudo apt-get install fontconfig fonts-dejavu-core")]
    findings = [_ok(check, f"{len(families)} font families (e.g. {families[0]})")]
    if not cjk:
        findings.append(_info(check, "no CJK font: Chinese, Japanese or Korean text shows as boxes "
                                     "(Debian package fonts-noto-cjk adds one)"))
    return findings


def _fonts_by_fc_list() -> list[Finding]:
    fc_list = shutil.which("fc-list")
    if not fc_list:
        return [_warning("Fonts", "cannot check fonts: Qt did not start and fc-list is absent",
                         "sudo apt-get install fontconfig, then run 'deskclient doctor' again")]
    result = subprocess.run([fc_list, ":", "family"], capture_output=True, text=True, timeout=30)
    count = len({line for line in result.stdout.splitlines() if line.strip()})
    if not count:
        return [_error("Fonts", "fontconfig finds no font", "sudo apt-get install fonts-dejavu-core")]
    return [_ok("Fonts", f"fontconfig finds {count} font families (Qt not started)")]


def check_media_backend() -> list[Finding]:
    check = "Media"
    try:
        with _qt_messages() as messages:  # loading the library already warns (pipewire)
            from PySide6 import QtMultimedia
    except ImportError as exc:
        what, fix = _import_error_fix(exc)
        return [_error(check, f"QtMultimedia cannot load (voice notes and videos will not play): {what}",
                       fix)]
    backends = _find_plugins("multimedia")
    missing = sorted({lib for path in backends.values() for lib in (missing_libraries(path) or [])})
    try:
        with _qt_messages() as more:
            _qt_app()
            player = QtMultimedia.QMediaPlayer()
            available = player.isAvailable()
            del player
        messages += more
    except ImportError as exc:  # QtWidgets/QtGui could not load: reported under Qt platform
        return [_error(check, f"cannot start Qt to probe the media backend: {exc}",
                       "fix the Qt platform problem above first")]
    if not available or missing:
        said = next((m for m in messages if "backends found" in m), "no media backend loads")
        said = said.split(".")[0]
        if missing:
            return [_error(check, f"{said}: missing {', '.join(missing)}", apt_fix(missing))]
        return [_error(check, f"{said} (plugins: {', '.join(backends) or 'none'})",
                       "sudo apt-get install libxrandr2 libpulse0; if that does not help, run "
                       "QT_DEBUG_PLUGINS=1 deskclient doctor and read why the plugin fails")]
    version = next((m.split("FFmpeg version", 1)[1].split()[0] for m in messages
                    if "FFmpeg version" in m), None)
    names = ", ".join(n.removesuffix("mediaplugin") for n in backends) or "built in"
    return [_ok(check, f"media backend {names}" + (f" (FFmpeg {version})" if version else ""))]


def _sqlite_path(url: str) -> Path | None:
    parts = urlsplit(url)
    if parts.scheme.split("+")[0] != "sqlite":
        return None
    path = parts.netloc + parts.path
    return Path("/" + path.lstrip("/")) if path.startswith("/") else Path(path)


def check_database(config: Config) -> list[Finding]:
    from .store.database import check_sqlite_integrity, open_database, redact_url
    from .store.migrations import LATEST, current_version
    from .store.models import bind_models

    check = "Database"
    url = config.database_url
    sqlite_path = _sqlite_path(url)
    if sqlite_path is not None and not sqlite_path.exists():
        return [_info(check, f"no database yet at {sqlite_path}: it is created at first start")]
    where = str(sqlite_path) if sqlite_path else redact_url(url)
    # The start reads only the header and the schema: here every page, before opening
    # (which would switch a damaged file to WAL).
    damage = check_sqlite_integrity(sqlite_path) if sqlite_path else None
    if damage is not None:
        return [_damaged(check, damage, where)]
    try:
        opened = open_database(url)
    except StoreCorrupt as exc:
        return [_damaged(check, exc, where)]
    except UserFacingError as exc:
        fix = ("check the file's owner and permissions" if sqlite_path else
               "check database.url, that the server is up and that pg_hba.conf lets this "
               "workstation in (try: psql with the same URL)")
        return [_error(check, str(exc), fix)]
    try:
        version = current_version(bind_models(opened.db))
    finally:
        opened.db.close()
    kind = "SQLite" if sqlite_path else "PostgreSQL"
    if version > LATEST:
        return [_error(check, f"{kind} {where} has schema version {version}; this deskclient knows "
                              f"up to {LATEST}",
                       "upgrade deskclient on this workstation to the version the database was migrated by")]
    if version == 0:
        return [_info(check, f"{kind} {where} reachable, no tables yet: created at first start")]
    if version < LATEST:
        return [_info(check, f"{kind} {where} at schema version {version}: migrated to {LATEST} "
                             "at next start")]
    return [_ok(check, f"{kind} {where} reachable, schema version {version} (latest)")]


def _damaged(check: str, exc: StoreCorrupt, where: str) -> Finding:
    return _error(check, str(exc).split(". It was left")[0],
                  f"restore {where} from a backup, or move it aside to start afresh")


def check_data_dir(config: Config) -> list[Finding]:
    check = "Data folder"
    data_dir = config.data_dir
    if not data_dir.exists():
        parent = _nearest_existing(data_dir)
        if not os.access(parent, os.W_OK | os.X_OK):
            return [_error(check, f"{data_dir} does not exist and {parent} is not writable",
                           f"set paths.data_dir to a folder this user can write, or create {data_dir} "
                           "owned by this user with mode 700")]
        return [_info(check, f"{data_dir} does not exist yet: created (mode 700) at first start")]
    if not data_dir.is_dir():
        return [_error(check, f"{data_dir} is not a folder",
                       "move that file aside or set paths.data_dir elsewhere")]
    findings = []
    info = data_dir.stat()
    if hasattr(os, "geteuid") and info.st_uid != os.geteuid():
        findings.append(_error(check, f"{data_dir} belongs to uid {info.st_uid}, not to this user",
                               f"sudo chown -R $(id -un): {data_dir}"))
    if not os.access(data_dir, os.W_OK | os.X_OK):
        findings.append(_error(check, f"{data_dir} is not writable by this user",
                               f"chmod u+rwx {data_dir}"))
    if _mode(data_dir) & 0o077:
        findings.append(_error(check, f"{data_dir} is open to other users (mode {_mode(data_dir):03o}); "
                                      "it holds citizens' messages and the Telegram session",
                               f"chmod 700 {data_dir}"))
    from .net.client_factory import session_path

    session = session_path(data_dir)
    for path in [session, *(data_dir / name for name in SENSITIVE_FILES)]:
        if path.exists() and _mode(path) & 0o077:
            findings.append(_error(check, f"{path} is readable by other users (mode {_mode(path):03o})",
                                   f"chmod 600 {path}"))
    if not findings:
        note = "Telegram session present" if session.exists() else "no Telegram session yet"
        findings.append(_ok(check, f"{data_dir} private (mode {_mode(data_dir):03o}); {note}"))
    return findings


def _size(n: float) -> str:
    for unit in ("bytes", "KB", "MB", "GB", "TB"):
        if n < 1024 or unit == "TB":
            return f"{n:.0f} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    raise AssertionError


def check_disk_space(data_dir: Path, min_free_bytes: int = MIN_FREE_BYTES) -> list[Finding]:
    where = _nearest_existing(data_dir)
    free = shutil.disk_usage(where).free
    if free < min_free_bytes:
        return [_warning("Disk space", f"only {_size(free)} free on the disk of {where} "
                                       f"(received files need room; under {_size(min_free_bytes)})",
                         "free some space, or move paths.data_dir to a larger disk")]
    return [_ok("Disk space", f"{_size(free)} free for {data_dir}")]


def telegram_address(config: Config) -> tuple[str, int, bool]:
    """(host, port, is_custom): the configured MTProto server or Telegram's DC2."""
    server = config["telegram.server"].strip()
    return (server or TELEGRAM_DC2), config["telegram.port"], bool(server)


def check_telegram_server(config: Config, timeout: float = CONNECT_TIMEOUT,
                          offline: bool = False) -> list[Finding]:
    check = "Telegram"
    host, port, custom = telegram_address(config)
    label = f"MTProto server {host}:{port} (telegram.server)" if custom else f"Telegram DC2 {host}:{port}"
    findings = []
    if custom:
        key_file = config["telegram.rsa_key_file"]
        if not key_file:
            findings.append(_warning(check, "telegram.server is set without telegram.rsa_key_file",
                                     "set telegram.rsa_key_file to the PEM file with that "
                                     "server's public key"))
        elif not Path(key_file).is_file():
            findings.append(_error(check, f"telegram.rsa_key_file {key_file} does not exist",
                                   "copy the server's PEM public key there or fix the path"))
    if config["telegram.session"] == "none":  # a team workstation: the service talks to Telegram
        return [_info(check, "no Telegram session here (telegram.session = none): the service "
                             "(deskclient serve) holds it; not contacted")]
    if not custom and (not config["telegram.api_id"] or not config["telegram.api_hash"]):
        if config["whatsapp.phone_number_id"]:  # seed 002's desk: WhatsApp alone
            return [*findings, _info(check, "Telegram is not configured: this desk answers WhatsApp only")]
        # A machine for the demo (or not set up yet) is not broken: it says what it can do.
        return [*findings, _info(check, "no telegram.api_id and telegram.api_hash: this computer runs the "
                                        "demo only (deskclient --demo); to answer citizens, put the service's "
                                        "API id and hash from my.telegram.org in the config file")]
    if not config["telegram.api_id"] or not config["telegram.api_hash"]:
        findings.append(_warning(check, "telegram.api_id and telegram.api_hash are not both set: "
                                        "only 'deskclient --demo' can start",
                                 "put the API id and hash from my.telegram.org in the config file "
                                 "([telegram] api_id = …, api_hash = \"…\")"))
    if offline:  # no packet leaves the machine
        findings.append(_info(check, f"{label}: not checked (--offline)"))
        return findings
    started = time.monotonic()
    try:
        with socket.create_connection((host, port), timeout=timeout):
            elapsed = time.monotonic() - started
    except OSError as exc:
        problem, fix = _connect_failure(exc, host, port, timeout, custom)
        findings.append(_error(check, f"{label}: {problem}", fix))
        return findings
    findings.append(_ok(check, f"{label} accepts TCP connections ({elapsed * 1000:.0f} ms)"))
    return findings


def _connect_failure(exc: OSError, host: str, port: int, timeout: float,
                     custom: bool) -> tuple[str, str]:
    firewall = f"allow outgoing TCP to {host}:{port} in the firewall or proxy"
    if isinstance(exc, socket.gaierror):
        return (f"the name {host} cannot be resolved",
                "check telegram.server and this machine's DNS settings")
    if isinstance(exc, (socket.timeout, TimeoutError)):
        return f"no answer within {timeout:g} s", firewall
    if isinstance(exc, ConnectionRefusedError):
        return ("connection refused",
                "check that the server is running and telegram.port is right" if custom else firewall)
    if exc.errno in (errno.ENETUNREACH, errno.EHOSTUNREACH):
        return ("no route to it: this machine has no internet connection",
                "connect this workstation to the network (or use --offline to skip this check)")
    return str(exc.strerror or exc), firewall


def check_clock(config: Config, now: datetime | None = None) -> list[Finding]:
    check = "Clock"
    now = now or datetime.now(timezone.utc)
    name = config["hours.timezone"]
    try:
        zone = ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return [_error(check, f"hours.timezone '{name}' is not a known time zone",
                       "set hours.timezone to an IANA name such as Europe/Madrid "
                       "(pip install tzdata if none is known)")]
    findings = []
    if not EARLIEST_PLAUSIBLE_YEAR <= now.year <= LATEST_PLAUSIBLE_YEAR:
        findings.append(_error(check, f"the system clock says {now:%Y-%m-%d %H:%M} UTC: SLA deadlines "
                                      "and Telegram's message ids would be wrong",
                               "set the date and time, and turn on time sync: sudo timedatectl set-ntp true"))
    if _ntp_synchronised() is False:
        findings.append(_warning(check, "the system clock is not synchronised (NTP)",
                                 "sudo timedatectl set-ntp true"))
    rules = None
    try:
        from .app import build_rules
        rules = build_rules(config)
    except UserFacingError as exc:
        findings.append(_error(check, str(exc), "fix hours.* in the config file "
                                                "(deskclient config show lists the values)"))
    if not findings and rules is not None:
        local = now.astimezone(zone)
        calendar = rules.calendar
        findings.append(_ok(check, f"{now:%Y-%m-%d %H:%M} UTC is {local:%H:%M} in {name}; "
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
        return [_ok("Templates", "the automatic messages state no hour or duration the config contradicts")]
    return [_warning("Templates", line, "edit that text in [templates] of the config file; "
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


def check_log_dir() -> list[Finding]:
    from .logs import LOG_FILE_NAME, log_dir

    directory = log_dir()
    parent = _nearest_existing(directory)
    if not os.access(parent, os.W_OK | os.X_OK):
        return [_warning("Logs", f"{parent} is not writable: the app logs to stderr only",
                         f"make {directory} writable by this user")]
    return [_info("Logs", f"log file {directory / LOG_FILE_NAME}")]
