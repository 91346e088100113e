"""A message Telegram refused: the agent changes its text from the thread and sends it again."""

from __future__ import annotations

from PySide6.QtCore import Qt

from deskclient.ui.thread_model import MessageRole
from tests.ui.test_agent_desktop import MARTA, anchor_point, failed_reply_shown, open_desk
from tests.waiting import until


def test_edit_and_send_again_from_the_thread(qtbot, qloop, config, clock):
    async def scenario():
        network, desk, window = await open_desk(config, clock, qtbot)
        try:
            row = await failed_reply_shown(network, desk, window)
            model, view = window.thread_model, window.ticket.view
            qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=anchor_point(view, row, "edit:"))
            await until(lambda: getattr(window.ticket, "_edit_dialog", None) is not None)
            dialog = window.ticket._edit_dialog
            assert dialog.textValue() == "Resposta que falla"
            dialog.setTextValue("Resposta corregida")
            dialog.accept()
            await until(lambda: "Resposta corregida" in network.received(MARTA))
            await until(lambda: model.index(row).data(MessageRole.ROW).delivery == "sent")
            assert "Resposta que falla" not in network.received(MARTA)
        finally:
            window.shutdown()
            await desk.stop()

    qloop.run_until_complete(scenario())
