"""Issue 13 items 2–3 in the window: a location, a contact and a sticker in the thread
(the map link opens OpenStreetMap, the sticker is its emoji), one line in the queue."""

import asyncio

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from deskclient.ui.queue_model import Column
from deskclient.ui.thread_model import MessageRole
from deskclient.ui.thread_view import THUMB_SIDE, bubble_html
from tests.ui.test_agent_desktop import anchor_point, open_desk, ticket_shown
from tests.waiting import until

pytestmark = pytest.mark.gui

JORDI = 1006


def test_location_contact_and_sticker_in_the_thread_and_the_queue(qtbot, qloop, config, clock):
    async def scenario():
        network, desk, window = await open_desk(config, clock, qtbot)
        server, account = network.server, network.account
        jordi = network.citizens[JORDI].user
        try:
            server.user_sends(jordi, account, "Soc aquí", media=server.location(41.38506, 2.17340))
            await ticket_shown(window, network, JORDI)
            server.user_sends(jordi, account, media=server.contact("Núria", "Vila", "34612345678"))
            server.user_sends(jordi, account, media=server.sticker("👍", "tgs"))
            model, view = window.thread_model, window.ticket.view
            await until(lambda: model.rowCount() >= 4 and model.index(model.rowCount() - 1).data(
                MessageRole.ROW).text == "👍 (animated sticker)")
            rows = [model.index(r).data(MessageRole.ROW) for r in range(model.rowCount())]
            location = next(n for n, m in enumerate(rows) if m.text.startswith("Soc aquí"))
            opened = []
            view.open_url = opened.append
            emitted = []
            view.linkActivated.connect(emitted.append)
            view.scrollTo(model.index(location))
            await asyncio.sleep(0.05)
            qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                             pos=anchor_point(view, location, "map:"))
            assert [u.toString() for u in opened] == [
                "https://www.openstreetmap.org/?mlat=41.38506&mlon=2.17340#map=17/41.38506/2.17340"]
            assert emitted == []
            sticker = bubble_html(rows[-1], "Jordi", desk.rules.calendar.tz)
            assert "font-size:xx-large'>👍</span>" in sticker
            contact = bubble_html(rows[-2], "Jordi", desk.rules.calendar.tz)
            assert "👤 Núria Vila · +34612345678" in contact
            queue = window.queue_model
            row = next(r for r in range(queue.rowCount()) if "Jordi" in queue.index(r, Column.CITIZEN).data())
            assert queue.index(row, Column.LAST_MESSAGE).data() == "👍 (animated sticker)"
        finally:
            window.shutdown()
            await desk.stop()

    qloop.run_until_complete(scenario())


def test_a_citizens_own_link_is_a_link_to_what_it_says_not_a_map(qtbot, qloop, config, clock):
    """Only the desk's own map links become maps; a web address a citizen typed is a link
    to exactly the address shown (issue 15 item 8), no other scheme is."""
    from dataclasses import replace
    from datetime import datetime, timezone

    from deskclient.store.records import MessageRow
    row = MessageRow(id=1, ticket_id=1, kind="in", notice=None, text="Mireu https://evil.example/?mlat=1",
                     created_at=datetime(2026, 11, 23, tzinfo=timezone.utc), author_login=None, channel_message_id=1,
                     reply_to_channel_message_id=None, reply_quote=None, forward_from=None, forward_date=None,
                     edited_at=None, deleted_at=None, delivery=None, failure=None)
    shown = bubble_html(row, "Jordi", timezone.utc)
    assert "map:" not in shown
    assert "<a href='https://evil.example/?mlat=1'>https://evil.example/?mlat=1</a>" in shown
    other = replace(row, text="javascript:alert(1) file:///etc/passwd tg://resolve?domain=x")
    assert "<a " not in bubble_html(other, "Jordi", timezone.utc)
    poll = replace(row, text="📊 Quin dia?\n• Dilluns\n• <b>Dimarts</b>")
    assert "&lt;b&gt;Dimarts&lt;/b&gt;" in bubble_html(poll, "Jordi", timezone.utc)


STICKER_YELLOW = QColor("#ffc83d")  # the sample sticker's face


def yellow_in(view, row) -> int:
    """How many pixels of the row's bubble, as painted, are the sample sticker's yellow."""
    image = view.viewport().grab().toImage()
    rect = view.visualRect(view.model().index(row))
    ratio = image.devicePixelRatio()
    count = 0
    for y in range(max(0, rect.top()), min(rect.bottom(), view.viewport().height()), 2):
        for x in range(rect.left(), rect.right(), 2):
            colour = image.pixelColor(int(x * ratio), int(y * ratio))
            if (abs(colour.red() - STICKER_YELLOW.red()) + abs(colour.green() - STICKER_YELLOW.green())
                    + abs(colour.blue() - STICKER_YELLOW.blue())) < 30:
                count += 1
    return count


def test_a_static_sticker_is_drawn_as_its_image_and_an_undrawable_one_as_its_emoji(qtbot, qloop, config, clock):
    """Issue 13 item 3: the .webp comes through the simulated Telegram and the real
    gateway, is kept, and its bubble paints the image with the emoji beside its kind; a
    sticker whose WebP cannot be decoded is its emoji, large, with no grey box."""
    async def scenario():
        network, desk, window = await open_desk(config, clock, qtbot)
        server, account = network.server, network.account
        jordi = network.citizens[JORDI].user
        try:
            server.user_sends(jordi, account, "Gràcies!")
            await ticket_shown(window, network, JORDI)
            server.user_sends(jordi, account, media=server.sticker("😀", "webp"))
            server.user_sends(jordi, account, media=server.sticker("🙃", "webp", b"RIFF\0\0\0\0WEBPVP8 broken"))
            model, view = window.thread_model, window.ticket.view
            rows = lambda: [model.index(r).data(MessageRole.ROW) for r in range(model.rowCount())]  # noqa: E731
            await until(lambda: [[a.state for a in m.attachments] for m in rows()
                                 if m.text.endswith("(sticker)")] == [["done"], ["done"]])
            drawn, broken = (n for n, m in enumerate(rows()) if m.text.endswith("(sticker)"))
            view.scrollToBottom()
            await asyncio.sleep(0.1)
            face = yellow_in(view, drawn)
            assert face > 1500  # the face, ~120 px across, sampled every other pixel
            assert yellow_in(view, broken) < face / 5  # a colour emoji's yellow at most, no image
            assert view.visualRect(model.index(broken)).height() < THUMB_SIDE  # nor a grey box
            width = 600
            shown = view.bubbles.document(rows()[drawn], width).toPlainText()
            assert "😀 sticker" in shown
            html = view.bubbles.document(rows()[broken], width).toHtml()
            assert "🙃" in html and "xx-large" in html and "<img" not in html
        finally:
            window.shutdown()
            await desk.stop()

    qloop.run_until_complete(scenario())
