"""Voice notes (Ogg) and videos (MP4): QMediaPlayer with play/pause, seek and time.

The player loads asynchronously (Qt's FFmpeg backend), so nothing here blocks the GUI.
The content is checked before FFmpeg sees it: a file whose bytes are not Ogg or MP4 is
refused, which keeps the decoder's attack surface to the two containers we accept.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QPalette
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QStyle, QToolButton, QWidget

from ...domain.files import sniff
from .base import PreviewWidget, not_what_it_says, read_head
from ..media_quiet import quiet_ffmpeg, quiet_qt_multimedia

log = logging.getLogger("deskclient.ui")


def format_time(ms: int) -> str:
    """`0:03`, `12:07`, `1:02:03` (whole seconds, rounded down)."""
    seconds = max(0, int(ms)) // 1000
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


class MediaPreview(PreviewWidget):
    """Play/pause (also Space), a seek slider and `position / duration`.

    Signals:
        durationKnown(int): the player found the duration, in milliseconds.
    """

    durationKnown = Signal(int)

    content_type = ""  # what sniff() must find
    description = ""  # "an Ogg audio file" (marked for translation, context "Previews")
    unplayable = ""  # sentence when the player gives up (likewise)

    @classmethod
    def unplayable_sentence(cls) -> str:
        """Why the player gave up, in the window's language (also the thread's inline player)."""
        return QCoreApplication.translate("Previews", cls.unplayable)

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(path, parent)
        quiet_qt_multimedia()  # before the backend loads: nothing of the file on stderr
        self.player = QMediaPlayer(self)
        quiet_ffmpeg()
        self.audio_output = QAudioOutput(self)
        self.player.setAudioOutput(self.audio_output)
        self.video_widget: QVideoWidget | None = None
        self._build_screen()

        controls = QWidget(self.body)
        controls.setObjectName("mediaControls")
        row = QHBoxLayout(controls)
        row.setContentsMargins(8, 6, 8, 6)
        self.play_button = QToolButton(controls)
        self.play_button.setObjectName("playButton")
        self.play_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.play_button.clicked.connect(self.toggle_play)
        row.addWidget(self.play_button)
        self.seek_slider = QSlider(Qt.Orientation.Horizontal, controls)
        self.seek_slider.setObjectName("seekSlider")
        self.seek_slider.setRange(0, 0)
        self.seek_slider.sliderMoved.connect(self.seek)
        self.seek_slider.valueChanged.connect(self._on_slider_value)
        row.addWidget(self.seek_slider, 1)
        self.time_label = QLabel(controls)
        self.time_label.setObjectName("timeLabel")
        self.time_label.setStyleSheet("padding-left:6px;")
        row.addWidget(self.time_label)
        if self.video_widget is None:  # a voice note: the controls, centred
            controls.setMaximumWidth(640)
            centred = QHBoxLayout()
            centred.addStretch(1)
            centred.addWidget(controls, 100)
            centred.addStretch(1)
            self.body_layout.addStretch(1)
            self.body_layout.addLayout(centred)
            self.body_layout.addStretch(1)
        else:
            self.body_layout.addWidget(controls)

        self.play_action = QAction(self.tr("Play"), self, shortcut=QKeySequence(Qt.Key.Key_Space),
                                   triggered=self.toggle_play)
        self.play_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.play_action)

        self.player.durationChanged.connect(self._on_duration)
        self.player.positionChanged.connect(self._on_position)
        self.player.playbackStateChanged.connect(self._update_play_button)
        self.player.errorOccurred.connect(self._on_error)
        self.player.mediaStatusChanged.connect(self._on_status)
        self._update_play_button()
        self._update_time()

    def _build_screen(self) -> None:
        """Video previews add their picture above the controls."""

    # -- what tests and callers read -----------------------------------------------------

    @property
    def duration_ms(self) -> int:
        """0 until the player has read the file's header."""
        return max(0, self.player.duration())

    @property
    def position_ms(self) -> int:
        return max(0, self.player.position())

    @property
    def time_text(self) -> str:
        return self.time_label.text()

    @property
    def is_playing(self) -> bool:
        return self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState

    # -- control -------------------------------------------------------------------------

    def load(self) -> None:
        head, _ = read_head(self.path)
        if sniff(head) != self.content_type:
            raise not_what_it_says(self.description, head)
        self.player.setSource(QUrl.fromLocalFile(str(self.path)))

    def release(self) -> None:
        self.player.stop()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().closeEvent(event)
        self.player.setSource(QUrl())  # let the FFmpeg backend close the file now

    def play(self) -> None:
        if not self.error:
            self.player.play()

    def pause(self) -> None:
        self.player.pause()

    def toggle_play(self) -> None:
        self.pause() if self.is_playing else self.play()

    def seek(self, position_ms: int) -> None:
        self.player.setPosition(max(0, min(position_ms, self.duration_ms)))

    # -- player events -------------------------------------------------------------------

    def _on_duration(self, duration: int) -> None:
        self.seek_slider.setRange(0, max(0, duration))
        self._update_time()
        if duration > 0:
            self.durationKnown.emit(duration)

    def _on_status(self, status: QMediaPlayer.MediaStatus) -> None:
        if status == QMediaPlayer.MediaStatus.LoadedMedia:
            self._on_loaded()

    def _on_loaded(self) -> None:
        """The header is read; video previews show their first frame."""

    def _on_position(self, position: int) -> None:
        if not self.seek_slider.isSliderDown():
            self.seek_slider.blockSignals(True)
            self.seek_slider.setValue(position)
            self.seek_slider.blockSignals(False)
        self._update_time()

    def _on_slider_value(self, value: int) -> None:
        # page-step clicks and keyboard moves on the slider (drags come through sliderMoved)
        if not self.seek_slider.isSliderDown():
            self.seek(value)

    def _on_error(self, error, description: str) -> None:
        if error == QMediaPlayer.Error.NoError or self.error:
            return
        log.info("preview: media player error %s", error.name)
        self.show_error(self.unplayable_sentence())

    def _update_play_button(self, *_args) -> None:
        style = self.style()
        if self.is_playing:
            self.play_button.setText(self.tr("Pause"))
            self.play_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_MediaPause))
        else:
            self.play_button.setText(self.tr("Play"))
            self.play_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_MediaPlay))

    def _update_time(self) -> None:
        duration = self.duration_ms
        # the duration rounds to the nearest second (a 2.98 s clip is "0:03", not "0:02")
        shown = format_time(duration + 500) if duration else "–:––"
        self.time_label.setText(f"{format_time(self.position_ms)} / {shown}")


class AudioPreview(MediaPreview):
    kind = "audio"
    content_type = "ogg"
    description = QT_TRANSLATE_NOOP("Previews", "an Ogg audio file")
    unplayable = QT_TRANSLATE_NOOP("Previews", "This audio file is damaged or in a format that cannot be played.")


class VideoPreview(MediaPreview):
    kind = "video"
    content_type = "mp4"
    description = QT_TRANSLATE_NOOP("Previews", "an MP4 video")
    unplayable = QT_TRANSLATE_NOOP("Previews", "This video is damaged or in a format that cannot be played.")

    def _build_screen(self) -> None:
        self._frame_size = QSize()
        self._poster_shown = False
        self.video_widget = QVideoWidget(self.body)
        self.video_widget.setObjectName("videoWidget")
        self.video_widget.setMinimumSize(320, 180)
        palette = self.video_widget.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("black"))
        self.video_widget.setPalette(palette)
        self.video_widget.setAutoFillBackground(True)
        self.player.setVideoOutput(self.video_widget)
        self.video_widget.videoSink().videoFrameChanged.connect(self._on_frame)
        self.body_layout.addWidget(self.video_widget, 1)

    @property
    def frame_size(self) -> QSize:
        """The size of the last frame shown; empty until the first one arrives."""
        return self._frame_size

    def _on_frame(self, frame) -> None:
        if frame.isValid():
            self._frame_size = frame.size()

    def _on_loaded(self) -> None:
        if not self._poster_shown and self.player.playbackState() == (
                QMediaPlayer.PlaybackState.StoppedState):
            self._poster_shown = True
            self.player.pause()  # decodes and shows the first frame, plays nothing
