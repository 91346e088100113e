#!/usr/bin/env bash
# Build the one-folder bundle dist/deskclient/ with PyInstaller and smoke-test it offscreen.
#
#   packaging/build_bundle.sh                 # fresh build venv in build/bundle-venv
#   PYTHON=/path/to/venv/bin/python packaging/build_bundle.sh
#                                             # an environment where deskclient is installed
#   packaging/build_bundle.sh --archive       # also dist/deskclient-VERSION-linux-ARCH.tar.gz
#
# With PYTHON set, only PyInstaller is added to that environment (deskclient must already
# be importable there, editable or not); otherwise a venv is made and '.[postgres]' is
# installed in it. Prints the build time and the bundle size. Needs the Debian packages
# listed in docs/deploy.md for the smoke test.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
PYINSTALLER_VERSION=6.22.3
ARCHIVE=0
[ "${1:-}" = "--archive" ] && ARCHIVE=1

if [ -n "${PYTHON:-}" ]; then
  py=$PYTHON
  "$py" -c "import deskclient" 2>/dev/null || {
    echo "build_bundle: deskclient is not installed for $py (pip install -e '.[postgres]')" >&2
    exit 2
  }
else
  venv="$ROOT/build/bundle-venv"
  [ -x "$venv/bin/python" ] || python3 -m venv "$venv"
  py="$venv/bin/python"
  "$py" -m pip install -q --upgrade pip
  "$py" -m pip install -q ".[postgres]"
fi
if [ "$("$py" -c 'import PyInstaller; print(PyInstaller.__version__)' 2>/dev/null)" != "$PYINSTALLER_VERSION" ]; then
  "$py" -m pip install -q "pyinstaller==$PYINSTALLER_VERSION"
fi

echo "== building with $("$py" -m PyInstaller --version 2>/dev/null | sed 's/^/PyInstaller /') on $("$py" -V)"
rm -rf dist/deskclient
started=$(date +%s.%N)
"$py" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" packaging/deskclient.spec
finished=$(date +%s.%N)
build_seconds=$(awk -v a="$started" -v b="$finished" 'BEGIN { printf "%.1f", b - a }')

bundle="$ROOT/dist/deskclient"
exe="$bundle/deskclient"
echo "== smoke test (offscreen, in a scratch home: the builder's config and data are not used)"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$scratch/config" XDG_CONFIG_DIRS="$scratch/xdg"
export XDG_DATA_HOME="$scratch/data" XDG_STATE_HOME="$scratch/state" XDG_CACHE_HOME="$scratch/cache"
timeout 60 "$exe" --version
if timeout 60 "$exe" doctor --help >/dev/null 2>&1; then
  # Exit code 1 means the doctor found something to fix on this machine: report, go on.
  timeout 120 "$exe" doctor --offline || echo "(doctor exit code $?: see the Fix lines above)"
else
  timeout 60 "$exe" config show >/dev/null && echo "config show: ok (no doctor in this build yet)"
fi
timeout 90 "$exe" --demo --data-dir "$scratch/demo-data" --set demo.pace=0.2 --quit-after 8 \
  >"$scratch/demo.log" 2>&1 \
  || { echo "demo window FAILED:" >&2; cat "$scratch/demo.log" >&2; exit 1; }
# The demo's citizens wrote through the bundled Telethon and store: count their tickets.
tickets=$(python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("select count(*) from ticket").fetchone()[0])' \
  "$scratch/demo-data/demo/deskclient.sqlite3")
[ "$tickets" -ge 1 ] || { echo "demo FAILED: no ticket was opened" >&2; cat "$scratch/demo.log" >&2; exit 1; }
echo "demo: $tickets tickets opened by simulated citizens, window closed cleanly"

size_mb=$(du -sm "$bundle" | cut -f1)
files=$(find "$bundle" -type f | wc -l)
echo "== built $bundle in ${build_seconds} s: ${size_mb} MB, ${files} files"

if [ "$ARCHIVE" = 1 ]; then
  version=$("$exe" --version | awk '{print $2}')
  tarball="$ROOT/dist/deskclient-$version-linux-$(uname -m).tar.gz"
  tar -C "$ROOT/dist" -czf "$tarball" deskclient
  echo "== archive $tarball: $(du -sm "$tarball" | cut -f1) MB"
fi
