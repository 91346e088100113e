"""The README's prerequisites line names every Debian package Qt's window needs on this
machine (issue 15 item 16): the libraries the Qt modules deskclient imports and the X11
platform plugin link to, as `readelf` lists them, each mapped to its package by the
doctor's table; `.ci/run` installs the same list; the README links nowhere outside the
repository."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from deskclient.doctor import DEBIAN_PACKAGES

ROOT = Path(__file__).resolve().parent.parent
# Every Debian system has these (dpkg and apt need them): not listed.
RUNTIME = {"ld-linux-x86-64.so.2", "libc.so.6", "libm.so.6", "libdl.so.2", "libpthread.so.0", "libresolv.so.2",
           "librt.so.1", "libstdc++.so.6", "libgcc_s.so.1", "libz.so.1", "libzstd.so.1", "libbz2.so.1.0",
           "libbz2.so.1"}


def readme_packages() -> set[str]:
    text = (ROOT / "README.md").read_text()
    section = text.split("Prerequisites:", 1)[1].split("\n\n", 1)[0]
    [line] = re.findall(r"`sudo apt-get install ([^`]+)`", section)
    return set(line.split())


def ci_packages() -> set[str]:
    found: set[str] = set()
    for value in re.findall(r'^QT_DEBS="(?:\$QT_DEBS )?([^"]*)"', (ROOT / ".ci" / "run").read_text(), re.M):
        found.update(value.split())
    return found  # Qt's own list, and the tests' pdftotext (poppler-utils)


def test_ci_installs_what_the_readme_asks_for():
    assert readme_packages() == ci_packages()
    assert {"libxcb-icccm4", "libxcb-keysyms1"} <= readme_packages()  # a first --demo aborted without them


def _needed(path: Path) -> list[str]:
    out = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True, check=True).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[(.+?)\]", out)


@pytest.mark.skipif(shutil.which("readelf") is None, reason="readelf (binutils) is not installed")
def test_every_library_the_window_links_to_is_in_the_readme():
    import PySide6

    wheel = Path(PySide6.__file__).resolve().parent
    imported = set(re.findall(r"PySide6\.(Qt\w+)", "".join(p.read_text() for p in (ROOT / "deskclient").rglob("*.py"))))
    todo = [p for name in sorted(imported) for p in wheel.glob(f"{name}.*.so")]
    plugins = wheel / "Qt" / "plugins"
    todo += [plugins / "platforms" / "libqxcb.so", *(plugins / "xcbglintegrations").glob("*.so"),
             *(plugins / "multimedia").glob("*.so")]
    ours = {p.name: p for folder in (wheel, wheel.parent / "shiboken6")  # what the wheels ship
            for p in folder.rglob("*.so*")}
    seen: set[Path] = set()
    system: dict[str, str] = {}
    while todo:
        path = todo.pop()
        if path in seen or not path.exists():
            continue
        seen.add(path)
        for library in _needed(path):
            if library in ours:
                todo.append(ours[library])
            elif library not in RUNTIME:
                system.setdefault(library, path.name)
    assert "libxcb-icccm.so.4" in system and "libxcb-keysyms.so.1" in system  # the plugin was read
    unknown = {lib: by for lib, by in system.items() if lib not in DEBIAN_PACKAGES}
    assert unknown == {}, "add these to doctor.DEBIAN_PACKAGES (and the README)"
    missing = {DEBIAN_PACKAGES[lib] for lib in system} - readme_packages()
    assert missing == set(), f"the README's prerequisites line lacks {sorted(missing)}"


def test_the_readme_links_nowhere_outside_the_repository():
    text = (ROOT / "README.md").read_text()
    targets = re.findall(r"\]\(([^)\s]+)\)", text) + re.findall(r'(?:src|href)="([^"]+)"', text)
    outside = [t for t in targets if t.startswith(("http:", "https:", "/", "..")) or "://" in t]
    assert outside == []
    missing = [t for t in targets if not t.startswith("#") and not (ROOT / t.split("#")[0]).exists()]
    assert missing == []
    assert "../shared" not in text
