"""EN 301 549 for the agent's and the lead's windows (issue 15 item 17): every control a
screen reader reaches has a name, the thread's painted bubbles read as text, the agent's
day works by keyboard alone, and the window follows the desktop's font size and a
high-contrast palette."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QFont, QFontMetrics, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QStyleOptionViewItem, QWidget

from deskclient.app import build_desk
from deskclient.domain.tickets import Role
from deskclient.net.demo import DemoNetwork
from deskclient.resources import sample_file
from deskclient.ui.bridge import EventBridge
from deskclient.ui.main_window import MainWindow
from deskclient.ui.palette_colours import contrast
from deskclient.ui.thread_model import MessageRole
from tests.ui.accessible_tree import NAME, unnamed_controls
from tests.waiting import until

pytestmark = pytest.mark.gui

MARTA, JAVIER = 1001, 1002
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


async def open_desk(config, clock, qtbot, role=Role.AGENT):
    network = DemoNetwork(pace=0, answer_delay=0, templates=config["templates"], clock=clock)
    config = config.with_values({"agent.role": role.value})
    desk = build_desk(config, lambda c: network.gateway(config, c), clock=clock)
    window = MainWindow(desk.desk, EventBridge(desk.bus), desk.gateway.label, desk.account)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    await desk.start()
    await desk.gateway.wait_online()
    return network, desk, window


def key(widget, which, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """One key pressed where the keyboard's focus is (or on `widget` when none has it)."""
    QTest.keyClick(QApplication.focusWidget() or widget, which, modifiers)


async def activated(dialog) -> None:
    """A dialog just opened gets the keyboard, and the window again when it closes, as
    the window manager does (offscreen, nobody does)."""
    dialog.activateWindow()
    await until(lambda: QApplication.activeWindow() is dialog)


def bubble_names(view) -> list[str]:
    """What a screen reader gets for each bubble: the names of the view's accessible items."""
    iface = QAccessible.queryAccessibleInterface(view)
    return [iface.child(n).text(NAME) for n in range(iface.childCount())]


def test_every_control_of_the_agents_window_has_a_name(qtbot, qloop, config, clock):
    async def scenario():
        network, desk, window = await open_desk(config, clock, qtbot, role=Role.LEAD)
        try:
            network.says(MARTA, "Bon dia")
            await until(lambda: window.queue_model.rowCount() == 1)
            assert unnamed_controls(window) == []  # no ticket open yet
            window.actions_by_name["next"].trigger()
            await until(lambda: window.ticket.ticket_id is not None)
            window.composer.attach([sample_file("certificat.pdf")])  # a chip with its × button
            message = window.thread_model.index(window.thread_model.rowCount() - 1).data(MessageRole.ROW)
            window.composer.quote(message, "Marta Puig")  # the quote strip with its ×
            assert window.ticket.assign_combo.isVisible()  # a lead's window: every control there
            assert unnamed_controls(window) == []
            assert window.composer.edit.accessibleName() == "Reply to the citizen"
            window.composer.note_toggle.setChecked(True)
            assert window.composer.edit.accessibleName() == "Internal note"
        finally:
            window.shutdown()
            await desk.stop()

    qloop.run_until_complete(scenario())


def test_bubbles_read_as_text_with_author_time_words_and_delivery(qtbot, qloop, config, clock):
    async def scenario():
        network, desk, window = await open_desk(config, clock, qtbot)
        try:
            network.says(MARTA, "Em podeu enviar el certificat?")
            await until(lambda: window.queue_model.rowCount() == 1)
            window.actions_by_name["next"].trigger()
            ticket_id = window.ticket.ticket_id
            await desk.desk.reply(ticket_id, "Sí, ara mateix")
            await desk.desk.note(ticket_id, "Demana el certificat de 2025")
            model = window.thread_model
            await until(lambda: any(m.delivery == "sent" for m in
                                    (model.index(r).data(MessageRole.ROW) for r in range(model.rowCount()))
                                    if m.kind == "out"))
            names = bubble_names(window.ticket.view)
            assert len(names) == model.rowCount()
            citizen = next(n for n in names if "Em podeu enviar el certificat?" in n)
            assert "Marta Puig" in citizen and "23/11, 10:00" in citizen
            reply = next(n for n in names if "Sí, ara mateix" in n)
            state = "seen" if reply.endswith("seen") else "sent"  # the demo's citizens read at once
            assert reply == f"anna, 23/11, 10:00: Sí, ara mateix {state}"
            assert "✓" not in reply  # words, not glyphs read aloud
            note = next(n for n in names if "Demana el certificat" in n)
            assert note.startswith("internal note by anna")
            # The delivery state alone is the item's description.
            iface = QAccessible.queryAccessibleInterface(window.ticket.view)
            row = names.index(reply)
            assert iface.child(row).text(QAccessible.Text.Description) == state
        finally:
            window.shutdown()
            await desk.stop()

    qloop.run_until_complete(scenario())


def test_every_control_of_the_lead_window_has_a_name(qloop, qtbot, lead_scene):
    from deskclient.ui.lead_window import LeadWindow

    window = LeadWindow(lead_scene.lead, lead_scene.citizens, lead_scene.store.agents(), ["Payment problems"])
    qtbot.addWidget(window)
    window.show()
    window.search_text.setText("pagar")
    qloop.run_until_complete(window.start_search())
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        assert unnamed_controls(window) == [], window.tabs.tabText(tab)
    assert window.audit_action.accessibleName() == "Action"


# The file dialog's path completion opens a popup: offscreen cannot raise it or grab keys.
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")
def test_the_agents_day_by_keyboard_alone(qtbot, qloop, config, clock):
    """Open the next ticket, read it, reply, attach a file, write a note, close it, and on
    to the next: keys only, each where the focus is."""
    async def scenario():
        network, desk, window = await open_desk(config, clock, qtbot)
        try:
            network.says(MARTA, "Us envio el formulari", file="certificat.pdf")
            await until(lambda: window.queue_model.rowCount() == 1)
            key(window, Qt.Key.Key_J, CTRL)  # next ticket
            await until(lambda: window.ticket.ticket_id is not None)
            first = window.ticket.ticket_id
            network.says(JAVIER, "Hola")  # the next one, for later
            await until(lambda: window.queue_model.rowCount() == 2)

            # Read: the thread is where Tab goes after the ticket's actions; arrows move
            # through the bubbles, each told to a screen reader by its text.
            window.queue.table.setFocus()
            stops = []
            for _ in range(12):
                key(window, Qt.Key.Key_Tab)
                stops.append(QApplication.focusWidget())
            panel = window.ticket
            order = [panel.claim_button, panel.close_button, panel.view, window.composer.edit,
                     window.composer.send_button]
            assert [w for w in stops if w in order][:len(order)] == order
            panel.view.setFocus()
            key(window, Qt.Key.Key_End)  # the newest: the desk's automatic answer
            assert QAccessible.queryAccessibleInterface(panel.view).focusChild().text(NAME).startswith(
                "automatic message, 23/11, 10:00: ")
            key(window, Qt.Key.Key_Up)
            await until(lambda: "certificat.pdf, " in QAccessible.queryAccessibleInterface(panel.view)
                        .focusChild().text(NAME))  # once the file has arrived
            heard = QAccessible.queryAccessibleInterface(panel.view).focusChild().text(NAME)
            assert heard.startswith("Marta Puig, 23/11, 10:00: Us envio el formulari Attached: PDF certificat.pdf")
            # Her file opens from the bubble's menu, by its mnemonic.
            key(window, Qt.Key.Key_F10, SHIFT)  # (the Menu key's event comes from the platform: not offscreen)
            actions = panel.message_actions
            await until(lambda: actions.menu is not None and actions.menu.isVisible())
            QTest.keyClick(actions.menu, Qt.Key.Key_O)
            await until(lambda: len(panel.previews) == 1)
            preview = panel.previews[0]
            await activated(preview)
            key(preview, Qt.Key.Key_Escape)  # and closes with Esc
            await until(lambda: not panel.previews)
            await activated(window)

            # Reply.
            key(window, Qt.Key.Key_R, CTRL)
            assert QApplication.focusWidget() is window.composer.edit
            QTest.keyClicks(window.composer.edit, "Bon dia, ara us l'envio")
            key(window, Qt.Key.Key_Return, CTRL)
            await until(lambda: "Bon dia, ara us l'envio" in network.received(MARTA))

            # Attach: the file dialog, typed into and confirmed with Return.
            key(window, Qt.Key.Key_A, CTRL | SHIFT)
            dialog = window.composer.findChild(QFileDialog)
            await until(lambda: dialog.isVisible())
            await activated(dialog)
            QTest.keyClicks(QApplication.focusWidget(), str(sample_file("certificat.pdf")))
            key(dialog, Qt.Key.Key_Return)
            await until(lambda: window.composer.files == [sample_file("certificat.pdf")])
            await activated(window)  # back from the dialog
            assert QApplication.focusWidget() is window.composer.edit
            key(window, Qt.Key.Key_Return, CTRL)
            await until(lambda: network.server.files_received_by(network.account, network.citizens[MARTA].user))

            # A note for the team, then back to replies.
            key(window, Qt.Key.Key_N, CTRL | SHIFT)
            assert window.composer.note_toggle.isChecked()
            key(window, Qt.Key.Key_R, CTRL)
            QTest.keyClicks(window.composer.edit, "Enviat el certificat")
            key(window, Qt.Key.Key_Return, CTRL)
            await until(lambda: any(m.kind == "note" for m in desk.store.thread(first, None, 50)))
            key(window, Qt.Key.Key_N, CTRL | SHIFT)
            assert not window.composer.note_toggle.isChecked()

            # Close: the confirmation answers to Return.
            key(window, Qt.Key.Key_W, CTRL | SHIFT)
            box = window.ticket.findChild(QMessageBox, "confirmClose")
            await until(lambda: box.isVisible())
            await activated(box)
            key(box, Qt.Key.Key_Return)
            await until(lambda: desk.store.ticket(first).status == "closing")

            await activated(window)
            key(window, Qt.Key.Key_J, CTRL)  # and on to the next citizen
            await until(lambda: window.ticket.ticket_id not in (None, first))
        finally:
            window.shutdown()
            await desk.stop()

    qloop.run_until_complete(scenario())


@pytest.fixture
def system_look(qapp):
    """The desktop's font and palette, as a test sets them; put back afterwards."""
    font, palette = QFont(qapp.font()), QPalette(qapp.palette())
    yield
    qapp.setFont(font)
    qapp.setPalette(palette)


def test_the_window_follows_the_desktops_font_size(qtbot, qloop, config, clock, qapp, system_look):
    async def heights():
        network, desk, window = await open_desk(config, clock, qtbot)
        try:
            network.says(MARTA, "Bon dia, no puc signar el tràmit")
            await until(lambda: window.queue_model.rowCount() == 1)
            window.actions_by_name["next"].trigger()
            view = window.ticket.view
            bubble = view.sizeHintForRow(view.model().rowCount() - 1)
            header = window.ticket.header.font()
            for widget in window.findChildren(QWidget):  # no size fixed in pixels in a style sheet
                assert not re.search(r"font-size:\s*\d+px", widget.styleSheet()), widget
            return bubble, header, window.queue.table.verticalHeader().defaultSectionSize()
        finally:
            window.shutdown()
            await desk.stop()

    normal = qloop.run_until_complete(heights())
    large = QFont(qapp.font())
    large.setPointSizeF(qapp.font().pointSizeF() * 2)
    qapp.setFont(large)
    bigger = qloop.run_until_complete(heights())
    assert bigger[0] > normal[0] * 1.5  # the bubble's words grew with the font
    assert bigger[1].pointSizeF() > large.pointSizeF() and bigger[1].bold()  # a heading, above the text
    assert bigger[2] > QFontMetrics(large).height() > normal[2]  # queue rows as tall as their text


def high_contrast() -> QPalette:
    """A black theme with white text and a cyan accent, like the desktops' high-contrast ones."""
    black, white, cyan, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#1aebff"), QColor("#ffff00")
    palette = QPalette()
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase,
                 QPalette.ColorRole.ToolTipBase, QPalette.ColorRole.Button):
        palette.setColor(role, black)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ToolTipText,
                 QPalette.ColorRole.ButtonText, QPalette.ColorRole.BrightText):
        palette.setColor(role, white)
    palette.setColor(QPalette.ColorRole.Highlight, cyan)
    palette.setColor(QPalette.ColorRole.HighlightedText, black)
    palette.setColor(QPalette.ColorRole.Link, yellow)
    palette.setColor(QPalette.ColorRole.Mid, QColor("#808080"))
    return palette


def test_bubbles_are_painted_in_a_high_contrast_palette(qtbot, qloop, config, clock, qapp, system_look):
    async def scenario():
        network, desk, window = await open_desk(config, clock, qtbot)
        try:
            network.says(MARTA, "Bon dia, no puc signar el tràmit")
            await until(lambda: window.queue_model.rowCount() == 1)
            window.actions_by_name["next"].trigger()
            ticket_id = window.ticket.ticket_id
            await desk.desk.reply(ticket_id, "Ara ho mirem")
            await desk.desk.note(ticket_id, "Certificat caducat")
            view, model = window.ticket.view, window.thread_model
            await until(lambda: model.rowCount() >= 3)
            QApplication.setPalette(high_contrast())  # the desktop switches theme while it runs
            await until(lambda: view.palette().color(QPalette.ColorRole.Window) == QColor("#000000"))
            view.viewport().repaint()
            image = view.viewport().grab().toImage()
            assert image.pixelColor(2, 2) == QColor("#000000")  # the thread's background: Window
            for row in range(model.rowCount()):
                message = model.index(row).data(MessageRole.ROW)
                option = QStyleOptionViewItem()
                option.rect = view.visualRect(model.index(row))
                bubble = view.bubbles.bubble_rect(option, message).toRect()
                fill = image.pixelColor(bubble.left() + 4, bubble.center().y())  # inside, left of the words
                # Dark enough for white words at the contrast WCAG asks of high-contrast text (7:1).
                assert contrast(fill, QColor("#ffffff")) >= 7, (message.kind, fill.name())
                words = [image.pixelColor(x, y) for x in range(bubble.left() + 8, bubble.right() - 8)
                         for y in range(bubble.top() + 8, bubble.bottom() - 8, 2)]
                assert any(c.lightnessF() > 0.9 for c in words), message.kind  # written in white
        finally:
            window.shutdown()
            await desk.stop()

    qloop.run_until_complete(scenario())


def unreadable_style_colours(window, palette: QPalette) -> list[str]:
    """Widgets whose style sheet colours its words or its background so that, with this
    palette's own colours for the rest, they read below 4.5:1."""
    found = []
    for widget in window.findChildren(QWidget):
        sheet = widget.styleSheet()
        fg = re.search(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{3,6})", sheet)
        bg = re.search(r"background(?:-color)?:\s*(#[0-9a-fA-F]{3,6})", sheet)
        if not fg and not bg:
            continue
        words = QColor(fg[1]) if fg else palette.color(QPalette.ColorRole.Text)
        behind = QColor(bg[1]) if bg else palette.color(QPalette.ColorRole.Window)
        if contrast(words, behind) < 4.5:
            found.append(f"{type(widget).__name__}#{widget.objectName()}: {sheet}")
    return found


def test_coloured_words_stay_readable_in_a_high_contrast_theme(qtbot, qloop, config, clock, qapp, system_look):
    async def scenario():
        QApplication.setPalette(high_contrast())  # the desktop's theme when the window opens
        network, desk, window = await open_desk(config, clock, qtbot, role=Role.LEAD)
        try:
            network.says(MARTA, "Bon dia")
            await until(lambda: window.queue_model.rowCount() == 1)
            window.actions_by_name["next"].trigger()
            composer = window.composer
            composer.attach([sample_file("certificat.pdf"), sample_file("formulari.docx")])  # a chip, an error
            composer.note_toggle.setChecked(True)
            window._on_connection("connecting")
            assert composer.error_label.text() and composer.files
            assert unreadable_style_colours(window, high_contrast()) == []
            brushes = [window.queue_model.index(0, column).data(Qt.ItemDataRole.ForegroundRole)
                       for column in range(window.queue_model.columnCount())]
            [sla] = [b for b in brushes if b is not None]  # the SLA's green, amber or red
            assert contrast(sla.color(), QColor("#000000")) >= 4.5  # on the table's black
        finally:
            window.shutdown()
            await desk.stop()

    qloop.run_until_complete(scenario())


def test_the_queue_says_each_citizens_channel_to_a_screen_reader(qtbot, qloop, config, clock, rules):
    """The channel mark beside a citizen's name is painted: a screen reader gets the
    channel's name as the cell's description (breaker 16:59)."""
    from deskclient.net.whatsapp.inbound import inbound_message
    from deskclient.ui.queue_model import Column

    async def scenario():
        network, desk, window = await open_desk(config, clock, qtbot)
        try:
            network.says(MARTA, "Bon dia")
            value = {"contacts": [{"wa_id": "34611222333", "profile": {"name": "Lucía Gómez"}}]}
            text = {"from": "34611222333", "id": "wamid.A1", "timestamp": str(int(clock.now().timestamp())),
                    "type": "text", "text": {"body": "Hola"}}
            await desk.runner.run(desk.store.ingest, inbound_message("whatsapp:106540352242922", value, text), rules)
            await until(lambda: window.queue_model.rowCount() == 2)
            iface = QAccessible.queryAccessibleInterface(window.queue.table)
            cells = [iface.child(n) for n in range(iface.childCount())]
            said = {}
            for row in range(2):
                ticket = window.queue_model.ticket_at(row)
                shown = window.queue_model.index(row, int(Column.CITIZEN)).data()
                [cell] = [c for c in cells if c.text(NAME) == shown]
                said[ticket.channel] = cell.text(QAccessible.Text.Description)
            assert said == {"telegram": "Telegram", "whatsapp": "WhatsApp"}
        finally:
            window.shutdown()
            await desk.stop()

    qloop.run_until_complete(scenario())
