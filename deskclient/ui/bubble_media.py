"""Voice notes and videos inside their bubble (issue 15 item 10).

A voice note has a small play button, a progress line and its length in its bubble: a
click plays it right there (again: pause; another note: that one instead), with no
window. From the keyboard, Space on the current bubble (the arrows move through them)
does what the click does, as Space plays and pauses in a preview; a screen reader is
told so by the thread's description while the current bubble holds a voice note, and
hears what Space did. A video shows a frame of itself with its length over it; a click
opens its preview (previews/media.py). The length is Telegram's, filed with the file
(`AttachmentRow.duration`); a file without one (an agent's own, one filed before) shows
the player's once it has read the file.

The thread's bubbles are painted (thread_view.py), so the button is an image inside the
bubble's rich text, linked as "play:<attachment id>", and a bubble is laid out again
whenever what it shows changes (`key`). One QMediaPlayer per thread view plays, made at
the first play; another, muted and without a screen, takes each video's frame in turn.
Neither sees a file before its content was checked to be Ogg or MP4 (as the previews
check it), and Qt's and FFmpeg's logs are quiet before either loads (media_quiet.py).
"""

from __future__ import annotations

import asyncio
import html
import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRectF, QTimer, QUrl, Qt
from PySide6.QtGui import (
    QAccessible, QAccessibleAnnouncementEvent, QColor, QImage, QPainter, QPainterPath, QPalette, QPolygonF,
)
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer, QVideoSink
from PySide6.QtWidgets import QStyle

from ..domain.files import sniff
from ..errors import UserFacingError
from ..store.records import AttachmentRow, MessageRow
from .labels import file_kind
from .media_quiet import quiet_ffmpeg, quiet_qt_multimedia
from .place_tasks import in_background
from .previews import PreviewUnavailable, format_size
from .previews.base import read_head
from .previews.media import AudioPreview, format_time
from .thread_model import MessageRole

log = logging.getLogger("deskclient.ui")

KINDS = ("audio", "video")
CONTENT = {"audio": "ogg", "video": "mp4"}  # what sniff() must find before a player sees it
CELLS = 18  # steps of a voice note's progress line
ICON = 22
FRAME_WIDTH, FRAME_MAX_HEIGHT = 200, 200
GRAB_PATIENCE_MS = 8000  # a video whose first frame does not come by then keeps the placeholder
PLAYING, PAUSED = QMediaPlayer.PlaybackState.PlayingState, QMediaPlayer.PlaybackState.PausedState


def playable(path: Path, kind: str) -> bool:
    """Whether the file's bytes are what its kind allows (Ogg for audio, MP4 for video)."""
    try:
        head, _ = read_head(path)
    except PreviewUnavailable:
        return False
    return sniff(head) == CONTENT.get(kind)


class InlineMedia(QObject):
    """Plays voice notes in their bubbles and gives videos a frame; one per ThreadView,
    made after the view has its model (it stops playing when the model shows another
    ticket). `desk` gives `cached_file(attachment)` and `attachment_file(id)` (a fetch,
    in team mode). It takes plain Space on the view when the current bubble holds a
    voice note, and keeps the view's accessible description while it does."""

    def __init__(self, view, desk) -> None:
        super().__init__(view)
        self.view = view
        self.desk = desk
        self.player: QMediaPlayer | None = None
        self.current: int | None = None  # the attachment playing or paused
        self._shown = None  # what the playing bubble shows now (see `_state`)
        self._known: dict[int, tuple[int, AttachmentRow]] = {}  # attachment id -> (message id, row)
        self._learned: dict[int, int] = {}  # attachment id -> duration in ms, from a player
        self._frames: dict[int, QImage] = {}
        self._unplayable: set[int] = set()
        self._icons: dict[str, QImage] = {}
        self._tasks: set[asyncio.Task] = set()
        self._grabber = _FrameGrabber(self._frame_taken, self)
        view.bubbles.media = self
        view.linkActivated.connect(self.on_link)
        view.model().modelAboutToBeReset.connect(self.stop)
        self._plain_description = view.accessibleDescription()  # a bubble without a voice note
        self._announcing = False
        view.installEventFilter(self)
        view.selectionModel().currentChanged.connect(self._on_current)

    # -- what a bubble shows (thread_view.BubbleDelegate asks) -------------------------

    def key(self, message: MessageRow) -> tuple | None:
        """What of this message's media changes its bubble: the layout cache's key."""
        return tuple((a.id, self._state(a.id), a.id in self._frames, a.id in self._unplayable,
                      self._learned.get(a.id)) for a in message.attachments
                     if a.kept and a.kind in KINDS) or None

    def resources(self, attachment: AttachmentRow, message_id: int) -> list[tuple[str, QImage]]:
        """Images the bubble's rich text names: the button, or the video's frame."""
        self._known[attachment.id] = (message_id, attachment)
        if attachment.kind == "audio":
            return [(name, self._icon(name)) for name in ("media:play", "media:pause")]
        if attachment.kind == "video":
            if attachment.id not in self._frames:
                self._want_frame(attachment)
            return [(f"thumb:{attachment.id}", self._poster(attachment))]
        return []

    def html(self, attachment: AttachmentRow) -> str:
        e = html.escape
        label = (f"{e(file_kind(attachment.kind))} · <a href='file:{attachment.id}'>"
                 f"{e(attachment.file_name)} · {format_size(attachment.size)}</a>")
        if attachment.kind == "video":
            return f"<div><a href='file:{attachment.id}'><img src='thumb:{attachment.id}'></a><br>{label}</div>"
        if attachment.id in self._unplayable:
            why = AudioPreview.unplayable_sentence()
            return f"<div>{label}</div><div class='error' style='font-size:small'>{e(why)}</div>"
        state = self._state(attachment.id)
        duration = self._duration_ms(attachment)
        if state is None:
            cells, shown = 0, format_time(duration) if duration else "–:––"
        else:
            cells, shown = state[2], f"{format_time(state[1] * 1000)} / {format_time(duration) if duration else '–:––'}"
        button = "media:pause" if state and state[0] else "media:play"
        line = f"<span class='accent'>{'━' * cells}</span><span class='meta'>{'━' * (CELLS - cells)}</span>"
        return (f"<table cellspacing=0 cellpadding=0><tr>"
                f"<td valign=middle><a href='play:{attachment.id}'><img src='{button}'></a></td>"
                f"<td valign=middle style='padding-left:6px'>{line} {e(shown)}<br>"
                f"<span class='meta' style='font-size:small'>{label}</span></td></tr></table>")

    def _duration_ms(self, attachment: AttachmentRow) -> int:
        if attachment.duration:
            return attachment.duration * 1000
        learned = self._learned.get(attachment.id, 0)
        return learned + 500 if learned else 0  # the player's, to the nearest second

    def _state(self, attachment_id: int) -> tuple[bool, int, int] | None:
        """(playing, second reached, progress cells) of the note playing, else None."""
        if attachment_id != self.current or self.player is None:
            return None
        position = max(0, self.player.position())
        known = self._known.get(attachment_id)
        duration = self._duration_ms(known[1]) if known else 0
        cells = min(CELLS, int(CELLS * position / duration)) if duration else 0
        return self.player.playbackState() == PLAYING, position // 1000, cells

    # -- the keyboard and screen readers -------------------------------------------------

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        """Space on the current bubble plays or pauses its voice note (held down: once)."""
        if watched is self.view and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Space \
                and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            voice = self.current_voice()
            if voice is not None:
                if not event.isAutoRepeat():
                    self._announcing = True  # what Space did, said once the player took it
                    self.toggle(voice.id)
                    self._describe_current()
                return True
        return False

    def current_voice(self) -> AttachmentRow | None:
        """The voice note of the view's current bubble, if it shows a play button."""
        index = self.view.currentIndex()
        message = index.data(MessageRole.ROW) if index.isValid() else None
        if message is None:
            return None
        voice = next((a for a in message.attachments if a.kept and a.kind == "audio"
                      and a.state not in ("arriving", "failed")), None)
        if voice is not None:
            self._known[voice.id] = (message.id, voice)  # maybe not laid out yet
        return voice

    def spoken_state(self, voice: AttachmentRow) -> str:
        """What a screen reader is told of the current bubble's voice note and its key."""
        if voice.id in self._unplayable:
            return AudioPreview.unplayable_sentence()
        state = self._state(voice.id)
        if state is None:
            return self.tr("Voice note: Space plays it")
        return self.tr("Voice note playing: Space pauses it") if state[0] else \
            self.tr("Voice note paused: Space plays it")

    def _on_current(self, *_indexes) -> None:
        self._announcing = False  # a move is read by the screen reader itself
        self._describe_current()

    def _describe_current(self) -> None:
        """The view's description follows the current bubble's voice note; after Space, its
        new state is also announced (a description alone is read on the next move)."""
        voice = self.current_voice()
        described = self.spoken_state(voice) if voice is not None else self._plain_description
        if self.view.accessibleDescription() == described:
            return
        self.view.setAccessibleDescription(described)
        if self._announcing and voice is not None:
            self._announcing = False
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.view, described))

    # -- playing -------------------------------------------------------------------------

    def on_link(self, link: str) -> None:
        kind, _, value = link.partition(":")
        if kind == "play" and value.isdigit():
            self.toggle(int(value))

    @property
    def is_playing(self) -> bool:
        return self.player is not None and self.player.playbackState() == PLAYING

    def toggle(self, attachment_id: int) -> None:
        """Play that voice note in its bubble; pause it if it plays; resume it if paused."""
        if attachment_id == self.current and self.player is not None:
            self.player.pause() if self.is_playing else self.player.play()
            return
        self.stop()
        known = self._known.get(attachment_id)
        if known is None or known[1].kind != "audio":
            return
        path = self.desk.cached_file(known[1])
        if path is not None:
            self._play(attachment_id, path)
        else:  # team mode: this workstation has no copy yet
            self._spawn(self._fetch_and_play(attachment_id))

    async def _fetch_and_play(self, attachment_id: int) -> None:
        try:
            path = await self.desk.attachment_file(attachment_id)
        except UserFacingError as exc:
            log.info("voice note not fetched: %s", type(exc).__name__)
            self._unplayable.add(attachment_id)
            self._repaint(attachment_id, relayout=True)
            return
        if self.current is None:
            self._play(attachment_id, path)

    def _play(self, attachment_id: int, path: Path) -> None:
        if not playable(path, "audio"):
            self._unplayable.add(attachment_id)
            self._repaint(attachment_id, relayout=True)
            return
        player = self._player()
        self.current = attachment_id
        player.setSource(QUrl.fromLocalFile(str(path)))
        player.play()
        self._repaint(attachment_id, relayout=True)

    def stop(self) -> None:
        """Nothing plays any more (the thread shows another ticket, the note ended)."""
        playing, self.current = self.current, None
        if self.player is not None:
            self.player.stop()
            self.player.setSource(QUrl())  # the backend lets go of the file now
        if playing is not None:
            self._repaint(playing, relayout=True)

    def _player(self) -> QMediaPlayer:
        if self.player is None:
            quiet_qt_multimedia()  # before the backend loads: nothing of the file on stderr
            self.player = QMediaPlayer(self)
            quiet_ffmpeg()
            self.player.setAudioOutput(QAudioOutput(self.player))
            self.player.positionChanged.connect(lambda _ms: self._follow())
            self.player.playbackStateChanged.connect(lambda _state: self._follow(relayout=True))
            self.player.durationChanged.connect(self._on_duration)
            self.player.mediaStatusChanged.connect(self._on_status)
            self.player.errorOccurred.connect(self._on_error)
        return self.player

    def _follow(self, relayout: bool = False) -> None:
        """The playing bubble is drawn again when what it shows changed (a second, a step)."""
        if self.current is None:
            return
        state = self._state(self.current)
        if state != self._shown or relayout:
            self._shown = state
            self._repaint(self.current, relayout)

    def _on_duration(self, duration: int) -> None:
        if self.current is not None and duration > 0:
            self._learned[self.current] = duration

    def _on_status(self, status: QMediaPlayer.MediaStatus) -> None:
        if status == QMediaPlayer.MediaStatus.EndOfMedia:
            QTimer.singleShot(0, self, self.stop)  # back to its length, ready to play again

    def _on_error(self, error, _description: str) -> None:
        if error == QMediaPlayer.Error.NoError or self.current is None:
            return
        log.info("inline player error %s", error.name)
        self._unplayable.add(self.current)
        QTimer.singleShot(0, self, self.stop)

    # -- video frames --------------------------------------------------------------------

    def _want_frame(self, attachment: AttachmentRow) -> None:
        if attachment.id in self._grabber.asked:
            return
        self._grabber.asked.add(attachment.id)
        path = self.desk.cached_file(attachment)
        if path is not None:
            self._grabber.want(attachment.id, path)
        else:
            self._spawn(self._fetch_for_frame(attachment.id))

    async def _fetch_for_frame(self, attachment_id: int) -> None:
        try:
            path = await self.desk.attachment_file(attachment_id)
        except UserFacingError:
            return  # the placeholder stays
        self._grabber.want(attachment_id, path)

    def _frame_taken(self, attachment_id: int, image: QImage | None, duration: int) -> None:
        if duration > 0:
            self._learned[attachment_id] = duration
        if image is not None and not image.isNull():
            self._frames[attachment_id] = image.scaled(FRAME_WIDTH, FRAME_MAX_HEIGHT,
                                                       Qt.AspectRatioMode.KeepAspectRatio,
                                                       Qt.TransformationMode.SmoothTransformation)
        self._repaint(attachment_id, relayout=True)

    def _poster(self, attachment: AttachmentRow) -> QImage:
        """The video's frame (a grey box until it is taken) with a play mark and its length."""
        frame = self._frames.get(attachment.id)
        if frame is None:
            image = QImage(FRAME_WIDTH, FRAME_WIDTH * 9 // 16, QImage.Format.Format_RGB32)
            image.fill(self.view.palette().color(QPalette.ColorRole.Mid))
        else:
            image = frame.convertToFormat(QImage.Format.Format_RGB32)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        centre = QPointF(image.width() / 2, image.height() / 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 140))
        painter.drawEllipse(centre, 20, 20)
        painter.setBrush(QColor("white"))
        painter.drawPolygon(QPolygonF([centre + QPointF(-6, -10), centre + QPointF(-6, 10), centre + QPointF(11, 0)]))
        duration = self._duration_ms(attachment)
        if duration:
            text = format_time(duration)
            font = painter.font()
            font.setBold(True)
            painter.setFont(font)
            box = painter.fontMetrics().boundingRect(text).adjusted(-5, -2, 5, 2)
            box.moveBottomLeft(image.rect().bottomLeft() + QPoint(6, -6))
            path = QPainterPath()
            path.addRoundedRect(QRectF(box), 4, 4)
            painter.fillPath(path, QColor(0, 0, 0, 160))
            painter.setPen(QColor("white"))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        painter.end()
        return image

    # -- plumbing ------------------------------------------------------------------------

    def _icon(self, name: str) -> QImage:
        if name not in self._icons:
            which = QStyle.StandardPixmap.SP_MediaPause if name == "media:pause" else QStyle.StandardPixmap.SP_MediaPlay
            self._icons[name] = self.view.style().standardIcon(which).pixmap(ICON, ICON).toImage()
        return self._icons[name]

    def _repaint(self, attachment_id: int, relayout: bool = False) -> None:
        known = self._known.get(attachment_id)
        if known is None:
            return
        model = self.view.model()
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            if index.data(MessageRole.ID) == known[0]:
                self.view.update(index)
                break
        if relayout:
            self.view.scheduleDelayedItemsLayout()
            self._describe_current()  # playing, paused, ended, unplayable

    def _spawn(self, coro) -> None:
        task = in_background(coro)
        self._tasks.add(task)  # held until done
        task.add_done_callback(self._tasks.discard)


class _FrameGrabber(QObject):
    """One muted player without a screen that takes the first frame of each video in
    turn and reports (attachment id, image or None, duration in ms)."""

    def __init__(self, report, parent: QObject) -> None:
        super().__init__(parent)
        self._report = report
        self.asked: set[int] = set()
        self._queue: list[tuple[int, Path]] = []
        self._current: int | None = None
        self._player: QMediaPlayer | None = None
        self._sink: QVideoSink | None = None
        self._patience = QTimer(self, singleShot=True, interval=GRAB_PATIENCE_MS)
        self._patience.timeout.connect(lambda: self._finish(None))

    def want(self, attachment_id: int, path: Path) -> None:
        self._queue.append((attachment_id, path))
        if self._current is None:
            QTimer.singleShot(0, self, self._next)

    def _next(self) -> None:
        while self._current is None and self._queue:
            attachment_id, path = self._queue.pop(0)
            if not playable(path, "video"):
                self._report(attachment_id, None, 0)
                continue
            self._current = attachment_id
            player = self._ensure_player()
            player.setSource(QUrl.fromLocalFile(str(path)))
            self._patience.start()

    def _ensure_player(self) -> QMediaPlayer:
        if self._player is None:
            quiet_qt_multimedia()
            self._player = QMediaPlayer(self)
            quiet_ffmpeg()
            self._sink = QVideoSink(self)
            self._player.setVideoSink(self._sink)  # no audio output: it never sounds
            self._sink.videoFrameChanged.connect(self._on_frame)
            self._player.mediaStatusChanged.connect(self._on_status)
        return self._player

    def _on_status(self, status: QMediaPlayer.MediaStatus) -> None:
        if self._current is None:
            return
        if status == QMediaPlayer.MediaStatus.LoadedMedia:
            self._player.pause()  # decodes the first frame, plays nothing
        elif status == QMediaPlayer.MediaStatus.InvalidMedia:
            QTimer.singleShot(0, self, lambda: self._finish(None))

    def _on_frame(self, frame) -> None:
        if self._current is not None and frame.isValid():
            image = frame.toImage()
            QTimer.singleShot(0, self, lambda: self._finish(image))

    def _finish(self, image: QImage | None) -> None:
        attachment_id, self._current = self._current, None
        if attachment_id is None:
            return
        self._patience.stop()
        duration = max(0, self._player.duration()) if self._player is not None else 0
        if self._player is not None:
            self._player.stop()
            self._player.setSource(QUrl())
        self._report(attachment_id, image, duration)
        QTimer.singleShot(0, self, self._next)
