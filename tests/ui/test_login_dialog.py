"""The login dialog on the real gateway and TelegramClient over the simulated Telegram."""


import pytest

from deskclient.app import build_desk
from deskclient.net.client_factory import simulated_client_factory
from deskclient.net.gateway import ConnectionState
from deskclient.net.simulated import SimulatedTelegram
from deskclient.net.telethon_gateway import TelethonGateway
from deskclient.ui.bridge import EventBridge
from deskclient.ui.main_window import MainWindow
from tests.waiting import until

pytestmark = pytest.mark.gui




@pytest.fixture
def telegram(clock):
    server = SimulatedTelegram(clock=clock)
    server.account = server.add_account("+34600000000", "012 Gencat", password="s3cret")
    return server


def window_on(telegram, config, clock, qtbot):
    desk = build_desk(config, lambda c: TelethonGateway(simulated_client_factory(telegram, config), c),
                      clock=clock)
    window = MainWindow(desk.desk, EventBridge(desk.bus), desk.gateway.label, desk.account)
    qtbot.addWidget(window)
    window.show()
    return desk, window


def test_phone_code_and_password_in_the_dialog(qtbot, qloop, telegram, config, clock):
    async def scenario():
        desk, window = window_on(telegram, config, clock, qtbot)
        await desk.start()
        try:
            await until(lambda: window.login_dialog is not None and window.login_dialog.isVisible())
            dialog = window.login_dialog
            dialog.phone_edit.setText("+34 600 000 000")
            dialog.send_code_button.click()
            await until(lambda: dialog.pages.currentIndex() == 1)
            dialog.code_edit.setText("00000")
            dialog.code_button.click()
            await until(lambda: "code is not right" in dialog.error_label.text())
            dialog.code_edit.setText(telegram.code_value)
            dialog.code_button.click()
            await until(lambda: dialog.pages.currentIndex() == 2)  # two-step verification
            assert dialog.password_hint.text() == "Hint: the usual one"
            dialog.password_edit.setText("wrong")
            dialog.password_button.click()
            await until(lambda: dialog.error_label.text() == "Wrong password. Try again.")
            dialog.password_edit.setText("s3cret")
            dialog.password_button.click()
            await until(lambda: not dialog.isVisible())
            await until(lambda: window.connection_label.text() == "online")
            assert [a for _, a, _, d in desk.store.audit_trail()] == ["login", "telegram_login"]  # the desk's own login first
            assert "600" not in str(desk.store.audit_trail())  # no phone number in the audit
        finally:
            window.shutdown()
            await desk.stop()

    qloop.run_until_complete(scenario())


def test_qr_code_is_drawn_and_a_scan_logs_in(qtbot, qloop, telegram, config, clock):
    async def scenario():
        desk, window = window_on(telegram, config, clock, qtbot)
        await desk.start()
        try:
            await until(lambda: window.login_dialog is not None and window.login_dialog.isVisible())
            dialog = window.login_dialog
            dialog.by_qr.click()
            await until(lambda: not dialog.qr_label.pixmap().isNull())
            pixmap = dialog.qr_label.pixmap()
            assert pixmap.width() == pixmap.height() and pixmap.width() > 100
            [token] = telegram.login_tokens
            import base64
            telegram.scan_qr("tg://login?token=" + base64.urlsafe_b64encode(token).decode(), telegram.account)
            await until(lambda: desk.gateway.state is ConnectionState.ONLINE)
            await until(lambda: not dialog.isVisible())
        finally:
            window.shutdown()
            await desk.stop()

    qloop.run_until_complete(scenario())
