"""A voice note in its bubble, from the keyboard: the arrows make its bubble the current
one, Space plays it, pauses it and plays it on (as Space does in a preview), and a
screen reader is told, through the thread's description, that Space does so and what
the note is doing. Space on a bubble without a voice note leaves the note alone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest

from deskclient.ui.thread_model import MessageRole
from tests.ui.test_agent_desktop import open_desk, ticket_shown
from tests.waiting import until

pytestmark = pytest.mark.gui

IKER = 1005


def current(view):
    return view.currentIndex().data(MessageRole.ROW)


def heard(view) -> str:
    """The thread's description, as a screen reader gets it."""
    return QAccessible.queryAccessibleInterface(view).text(QAccessible.Text.Description)


def is_voice(message) -> bool:
    return message is not None and any(a.kind == "audio" for a in message.attachments)


def test_space_plays_and_pauses_the_current_bubbles_voice_note(qtbot, qloop, config, clock):
    async def scenario():
        network, desk, window = await open_desk(config, clock, qtbot)
        try:
            network.says(IKER, "", file="nota-veu.oga")
            network.says(IKER, "Entzun al duzu?")
            await ticket_shown(window, network, IKER)
            model, view, media = window.thread_model, window.ticket.view, window.ticket.media
            await until(lambda: any(is_voice(m) and m.attachments[0].state == "done" for m in
                                    (model.index(r).data(MessageRole.ROW) for r in range(model.rowCount()))),
                        timeout=10)

            QTest.keyClick(view, Qt.Key.Key_End)  # the newest bubble, then up to the voice note
            for _ in range(model.rowCount()):
                if is_voice(current(view)):
                    break
                QTest.keyClick(view, Qt.Key.Key_Up)
            voice = current(view)
            assert is_voice(voice)
            note = voice.attachments[0]
            assert heard(view) == "Voice note: Space plays it"
            assert not media.is_playing

            QTest.keyClick(view, Qt.Key.Key_Space)
            await until(lambda: media.is_playing, timeout=5)
            assert media.current == note.id
            assert heard(view) == "Voice note playing: Space pauses it"
            await until(lambda: "/ 0:03" in view.bubbles.document(voice, 400).toPlainText(), timeout=5)

            QTest.keyClick(view, Qt.Key.Key_Space)
            await until(lambda: not media.is_playing)
            assert media.current == note.id  # paused where it was, not stopped
            assert heard(view) == "Voice note paused: Space plays it"

            QTest.keyClick(view, Qt.Key.Key_Space)
            await until(lambda: media.is_playing)
            assert heard(view) == "Voice note playing: Space pauses it"

            # Another bubble: no voice note, nothing said of one; Space leaves the note playing.
            QTest.keyClick(view, Qt.Key.Key_Down)
            assert not is_voice(current(view))
            assert heard(view) == ""
            QTest.keyClick(view, Qt.Key.Key_Space)
            assert media.is_playing and media.current == note.id

            QTest.keyClick(view, Qt.Key.Key_Up)
            assert current(view).id == voice.id
            assert heard(view) == "Voice note playing: Space pauses it"
            await until(lambda: media.current is None, timeout=10)  # played to the end, ready again
            assert heard(view) == "Voice note: Space plays it"
        finally:
            window.shutdown()
            await desk.stop()

    qloop.run_until_complete(scenario())
