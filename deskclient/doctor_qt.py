"""The doctor's Qt checks: the platform plugin and the shared objects it loads, fonts,
and the media backend (voice notes, videos), with the Debian package behind each
missing library.

Qt is probed in this process on the offscreen platform, so the doctor runs over SSH
without a display.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Mapping

from .doctor_findings import Finding, error, info, ok, warning

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


def check_qt_platform(environ: Mapping[str, str]) -> list[Finding]:
    check = "Qt platform"
    try:
        import PySide6.QtGui  # noqa: F401  (links libGL, libEGL, fontconfig, xkbcommon…)
    except ImportError as exc:
        what, fix = _import_error_fix(exc)
        return [error(check, f"Qt cannot load: {what}", fix)]
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
        return [error(check, f"platform plugin '{name}' ({why}) not found in {where}",
                      f"set QT_QPA_PLATFORM to one of {', '.join(sorted(plugins)) or 'nothing'}, "
                      f"or {_REINSTALL}")]
    findings = []
    missing = missing_libraries(plugins[name])
    if missing:
        findings.append(error(check, f"platform plugin '{name}' cannot load: missing {', '.join(missing)}",
                              apt_fix(missing)))
    else:
        tail = "" if missing is not None else " (libraries not checked: no ldd)"
        offscreen = "; offscreen available" if "offscreen" in plugins and name != "offscreen" else ""
        findings.append(ok(check, f"plugin '{name}' ({why}) {plugins[name]}{tail}{offscreen}"))
    if name == "xcb" and not environ.get("DISPLAY"):
        findings.append(info(check, "no X display in this session (DISPLAY is unset): the window "
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
        return [error(check, "Qt finds no font at all: text would not render",
                      "sudo apt-get install fontconfig fonts-dejavu-core")]
    findings = [ok(check, f"{len(families)} font families (e.g. {families[0]})")]
    if not cjk:
        findings.append(info(check, "no CJK font: Chinese, Japanese or Korean text shows as boxes "
                                    "(Debian package fonts-noto-cjk adds one)"))
    return findings


def _fonts_by_fc_list() -> list[Finding]:
    fc_list = shutil.which("fc-list")
    if not fc_list:
        return [warning("Fonts", "cannot check fonts: Qt did not start and fc-list is absent",
                        "sudo apt-get install fontconfig, then run 'deskclient doctor' again")]
    result = subprocess.run([fc_list, ":", "family"], capture_output=True, text=True, timeout=30)
    count = len({line for line in result.stdout.splitlines() if line.strip()})
    if not count:
        return [error("Fonts", "fontconfig finds no font", "sudo apt-get install fonts-dejavu-core")]
    return [ok("Fonts", f"fontconfig finds {count} font families (Qt not started)")]


def check_media_backend() -> list[Finding]:
    check = "Media"
    try:
        with _qt_messages() as messages:  # loading the library already warns (pipewire)
            from PySide6 import QtMultimedia
    except ImportError as exc:
        what, fix = _import_error_fix(exc)
        return [error(check, f"QtMultimedia cannot load (voice notes and videos will not play): {what}",
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
        return [error(check, f"cannot start Qt to probe the media backend: {exc}",
                      "fix the Qt platform problem above first")]
    if not available or missing:
        said = next((m for m in messages if "backends found" in m), "no media backend loads")
        said = said.split(".")[0]
        if missing:
            return [error(check, f"{said}: missing {', '.join(missing)}", apt_fix(missing))]
        return [error(check, f"{said} (plugins: {', '.join(backends) or 'none'})",
                      "sudo apt-get install libxrandr2 libpulse0; if that does not help, run "
                      "QT_DEBUG_PLUGINS=1 deskclient doctor and read why the plugin fails")]
    version = next((m.split("FFmpeg version", 1)[1].split()[0] for m in messages
                    if "FFmpeg version" in m), None)
    names = ", ".join(n.removesuffix("mediaplugin") for n in backends) or "built in"
    return [ok(check, f"media backend {names}" + (f" (FFmpeg {version})" if version else ""))]
