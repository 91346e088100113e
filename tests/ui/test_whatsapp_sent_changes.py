"""A reply sent on WhatsApp cannot be edited nor deleted (the Cloud API has neither): its
bubble's menu offers neither, and asked all the same the desk names WhatsApp, not
Telegram, in its refusal."""

from __future__ import annotations

import pytest

from deskclient.errors import UserFacingError
from deskclient.ui.bridge import EventBridge
from deskclient.ui.main_window import MainWindow
from deskclient.ui.thread_model import MessageRole
from tests.net.whatsapp.conftest import MARTA, desk_on_whatsapp
from tests.waiting import until

pytestmark = pytest.mark.gui


def test_a_whatsapp_reply_offers_no_edit_and_a_refusal_names_whatsapp(qtbot, qloop, config, clock):
    async def scenario():
        async with desk_on_whatsapp(config, clock) as (desk, sim):
            window = MainWindow(desk.desk, EventBridge(desk.bus), desk.gateway.label, desk.account)
            qtbot.addWidget(window)
            window.show()
            try:
                sim.name_citizen(MARTA, "Marta Puig")
                await sim.citizen_sends_text(MARTA, "Bon dia")
                await until(lambda: desk.store.active_ticket_for(desk.gateway.account, int(MARTA)) is not None)
                ticket = desk.store.active_ticket_for(desk.gateway.account, int(MARTA))
                await until(lambda: window.select_ticket(ticket.id))
                reply_id = await desk.desk.reply(ticket.id, "Bon dia, Marta")
                await until(lambda: desk.store.message(reply_id).delivery == "sent")
                model = window.thread_model
                await until(lambda: any(model.index(r).data(MessageRole.ID) == reply_id
                                        and model.index(r).data(MessageRole.DELIVERY) == "sent"
                                        for r in range(model.rowCount())))
                sent = desk.store.message(reply_id)
                actions = window.ticket.message_actions
                names = [a.objectName() for a in actions.build_menu(sent).actions() if a.objectName()]
                assert "edit" not in names and "delete" not in names
                assert not actions.can_change(sent)
                for change in (desk.desk.edit_sent(reply_id, "Bon dia, Marta!"), desk.desk.delete_sent(reply_id)):
                    with pytest.raises(UserFacingError) as refused:
                        await change
                    assert refused.value.english.startswith("WhatsApp refused it (WhatsApp cannot ")
                assert desk.store.message(reply_id).edited_at is None
                assert desk.store.message(reply_id).deleted_at is None
            finally:
                window.shutdown()

    qloop.run_until_complete(scenario())
