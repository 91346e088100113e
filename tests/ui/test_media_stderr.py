"""Nothing private on stderr while a voice note or a video plays (issue 15 item 6): Qt
Multimedia and FFmpeg printed the stored path, the citizen's file name and the file's
metadata (FFmpeg's "Input #0 … from '<path>'" dump) on fd 2, past any Python logging."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap

import pytest

from deskclient.resources import sample_file

pytestmark = pytest.mark.gui

FOLDER = "Marta Puig Ferrer"
FILES = {"DNI de Marta Puig.mp4": ("video.mp4", "video"), "Nota de Marta Puig.oga": ("nota-veu.oga", "audio")}
# What the files themselves say (their container's metadata): never on stderr either.
METADATA = ("Nota de veu", "Lavc libx264", "VideoHandler", "SoundHandler", "major_brand")

PLAY_BOTH = textwrap.dedent("""
    import sys
    from pathlib import Path
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication
    app = QApplication(["deskclient"])
    from deskclient.ui.preview_window import PreviewWindow

    def wait(ms):
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    for path, kind in zip(sys.argv[1::2], sys.argv[2::2]):
        window = PreviewWindow(Path(path), kind, Path(path).name)
        window.show()
        window.preview.play()
        for _ in range(200):
            wait(20)
            if window.preview.position_ms > 300:
                break
        assert window.preview.position_ms > 300, "did not play"
        window.close()
        wait(100)
    print("played both", file=sys.stderr)
""")


def private_copies(tmp_path):
    folder = tmp_path / FOLDER
    folder.mkdir()
    for name, (sample, kind) in FILES.items():
        shutil.copy(sample_file(sample), folder / name)
    return [(folder / name, kind) for name, (_sample, kind) in FILES.items()]


def assert_nothing_private(stderr: str, tmp_path) -> None:
    for private in (FOLDER, str(tmp_path), *FILES, *METADATA, "Input #0", "Metadata:"):
        assert private not in stderr, f"{private!r} on stderr"


def test_a_playing_preview_writes_nothing_private_to_stderr(tmp_path, capfd):
    """The window's own process (no pytest-qt message handler in the way): Qt's messages
    and FFmpeg's reach fd 2 as they would on an agent's terminal or journal."""
    files = private_copies(tmp_path)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("QT_LOGGING_RULES", None)
    env.pop("QT_FFMPEG_DEBUG", None)
    args = [str(a) for path, kind in files for a in (path, kind)]
    result = subprocess.run([sys.executable, "-c", PLAY_BOTH, *args], env=env, timeout=120)
    out, err = capfd.readouterr()
    assert result.returncode == 0, err[-2000:]
    assert "played both" in err
    assert_nothing_private(out + err, tmp_path)


@pytest.mark.no_qt_log  # Qt's own messages go to stderr, as in the app
def test_in_this_process_too(qtbot, tmp_path, capfd):
    from deskclient.ui.preview_window import PreviewWindow

    for path, kind in private_copies(tmp_path):
        window = PreviewWindow(path, kind, path.name)
        qtbot.addWidget(window)
        window.show()
        window.preview.play()
        qtbot.waitUntil(lambda: window.preview.position_ms > 300, timeout=10_000)
        window.close()
    out, err = capfd.readouterr()
    assert_nothing_private(out + err, tmp_path)
