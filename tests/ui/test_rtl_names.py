"""A citizen's name with a right-to-left override (U+202E) reverses nothing after it on
screen: not the unread count in the queue, not the ticket number and status in the thread
header (issue 13 item 7; the PDF: tests/services/test_transcript_pdf_text.py)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QTextLayout

from deskclient.domain.bidi import CONTROLS
from deskclient.services.pdf_fonts import transcript_families
from deskclient.ui.queue_model import Column
from tests.ui.test_agent_desktop import open_desk, ticket_shown
from tests.waiting import until

pytestmark = pytest.mark.gui


def seen(text: str) -> str:
    """`text` as a reader sees it, left to right (Qt's own bidi layout), controls dropped.
    Laid out in one font that has every character here, the shipped Noto Sans: the order
    does not depend on the font, but glyph runs of several fonts lose their string indexes."""
    font = QFont()
    font.setFamilies(transcript_families()[:1])
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    flags = (QTextLayout.GlyphRunRetrievalFlag.RetrieveGlyphPositions
             | QTextLayout.GlyphRunRetrievalFlag.RetrieveStringIndexes)
    at = []
    for run in layout.glyphRuns(-1, -1, flags):
        for position, index in zip(run.positions(), run.stringIndexes()):
            at.append((position.x(), index))
    return "".join(text[i] for _, i in sorted(at) if text[i] not in CONTROLS)


def test_seen_reads_an_override_as_qt_draws_it(qapp):
    assert seen("ab \u202ecd ef") == "ab fe dc"


def test_a_right_to_left_override_in_a_name_stays_in_the_name(qtbot, qloop, config, clock):
    async def scenario():
        network, desk, window = await open_desk(config, clock, qtbot)
        server, account = network.server, network.account
        user = server.add_user("\u202eAnna", "Bot")
        try:
            server.user_sends(user, account, "Hola, tinc un problema")
            ticket = await ticket_shown(window, network, user.id)
            queue = window.queue_model
            row = next(r for r in range(queue.rowCount()) if queue.ticket_at(r).id == ticket.id)
            await until(lambda: "(" in queue.index(row, Column.CITIZEN).data())
            assert seen(queue.index(row, Column.CITIZEN).data()) == "toB annA (1)"
            header = seen(window.ticket.header.text())
            assert header.startswith(f"{ticket.number} · toB annA · ")
        finally:
            window.shutdown()
            await desk.stop()

    qloop.run_until_complete(scenario())
