"""Issue 14 items 4 and 5 in the ticket header: the agent corrects the citizen's language
with the language control (each language by its own name), and sees that the citizen
chose the category."""

import pytest

from deskclient.domain.tickets import Role
from tests.ui.test_agent_desktop import open_desk, ticket_shown
from tests.waiting import until

pytestmark = pytest.mark.gui

MARTA = 1001


def test_the_agent_corrects_the_language_and_the_closing_message_follows(qtbot, qloop, config, clock):
    async def scenario():
        network, desk, window = await open_desk(config, clock, qtbot)
        try:
            network.says(MARTA, "Hola")  # a Catalan speaker's bare greeting: taken for Spanish
            ticket = await ticket_shown(window, network, MARTA)
            combo = window.ticket.language_combo
            assert combo.currentText() == "español"
            assert [combo.itemText(i) for i in range(combo.count())] == [
                "català", "español", "euskara", "français", "italiano", "English"]
            combo.setCurrentIndex(combo.findData("ca"))
            combo.activated.emit(combo.currentIndex())
            await until(lambda: desk.store.ticket(ticket.id).language == "ca")
            anna = desk.store.ensure_agent("anna", "Anna", Role.AGENT)
            desk.store.close_ticket(ticket.id, anna, desk.rules)
            closing = [m.text for m in desk.store.thread(ticket.id) if m.notice == "closing"]
            assert closing == [desk.rules.closing_notice(ticket.number, "ca")]
        finally:
            window.shutdown()
            await desk.stop()

    qloop.run_until_complete(scenario())


def test_the_header_says_the_citizen_chose_the_category(qtbot, qloop, config, clock):
    async def scenario():
        network, desk, window = await open_desk(config.with_values({"tickets.category_choice": True}),
                                                clock, qtbot)
        try:
            network.says(MARTA, "Bon dia, no puc pagar")
            ticket = await ticket_shown(window, network, MARTA)
            assert "category chosen by the citizen" not in window.ticket.header.text()
            network.says(MARTA, "2")
            await until(lambda: desk.store.ticket(ticket.id).category == "Payment problems")
            await until(lambda: "category chosen by the citizen" in window.ticket.header.text())
            assert window.ticket.category_combo.currentData() == "Payment problems"
        finally:
            window.shutdown()
            await desk.stop()

    qloop.run_until_complete(scenario())
