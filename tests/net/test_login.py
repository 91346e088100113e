"""Every login path through the real TelegramClient and the real gateway."""

import asyncio

import pytest

from deskclient.net.gateway import ConnectionState
from deskclient.net.login import LoginError, LoginFlow, PasswordNeeded
from tests.net.conftest import Recorder, until


def run(coro):
    return asyncio.run(coro)


def test_phone_and_code_then_online_and_session_private(telegram, gateway_factory, config):
    async def scenario():
        gateway = gateway_factory()
        recorder = Recorder()
        await gateway.start(recorder)
        await until(lambda: gateway.state is ConnectionState.LOGGED_OUT)
        flow = LoginFlow(gateway)
        await flow.send_code("+34 600 000 000")
        with pytest.raises(LoginError, match="code is not right"):
            await flow.enter_code("99999")
        assert await flow.enter_code(telegram.code_value) == "012 Gencat"
        await gateway.wait_online()
        assert gateway.account == str(telegram.account.id)
        assert recorder.states[-1] is ConnectionState.ONLINE
        await gateway.stop()

    run(scenario())
    session = config.data_dir / "telegram.session"
    assert oct(session.stat().st_mode)[-3:] == "600"


def test_expired_code_says_so(telegram, gateway_factory):
    async def scenario():
        gateway = gateway_factory()
        await gateway.start(Recorder())
        await until(lambda: gateway.state is ConnectionState.LOGGED_OUT)
        flow = LoginFlow(gateway)
        await flow.send_code("+34600000000")
        telegram.expire_codes()
        with pytest.raises(LoginError, match="expired"):
            await flow.enter_code(telegram.code_value)
        await gateway.stop()

    run(scenario())


def test_two_step_password_with_a_real_srp_check(config, clock):
    from deskclient.net.client_factory import simulated_client_factory
    from deskclient.net.simulated import SimulatedTelegram
    from deskclient.net.telethon_gateway import TelethonGateway

    telegram = SimulatedTelegram()
    telegram.add_account("+34600000009", "Zuzenean", password="correct horse")

    async def scenario():
        gateway = TelethonGateway(simulated_client_factory(telegram, config), clock)
        await gateway.start(Recorder())
        await until(lambda: gateway.state is ConnectionState.LOGGED_OUT)
        flow = LoginFlow(gateway)
        await flow.send_code("+34600000009")
        with pytest.raises(PasswordNeeded) as needed:
            await flow.enter_code(telegram.code_value)
        assert needed.value.hint == "the usual one"
        with pytest.raises(LoginError, match="Wrong password"):
            await flow.enter_password("battery staple")
        assert await flow.enter_password("correct horse") == "Zuzenean"
        await gateway.wait_online()
        await gateway.stop()

    run(scenario())


def test_qr_login_scanned_from_a_phone(telegram, gateway_factory):
    async def scenario():
        gateway = gateway_factory()
        await gateway.start(Recorder())
        await until(lambda: gateway.state is ConnectionState.LOGGED_OUT)
        flow = LoginFlow(gateway)
        url = await flow.qr_url()
        assert url.startswith("tg://login?token=")
        waiting = asyncio.ensure_future(flow.qr_wait(timeout=5))
        await asyncio.sleep(0.05)
        telegram.scan_qr(url, telegram.account)
        assert await waiting == "012 Gencat"
        await gateway.wait_online()
        await gateway.stop()

    run(scenario())


def test_bot_token_and_a_wrong_one(telegram, gateway_factory):
    telegram.add_bot("123:ABC", "Ajuntament")

    async def scenario():
        gateway = gateway_factory()
        await gateway.start(Recorder())
        await until(lambda: gateway.state is ConnectionState.LOGGED_OUT)
        flow = LoginFlow(gateway)
        with pytest.raises(LoginError, match="bot token is not valid"):
            await flow.bot_token("123:WRONG")
        assert await flow.bot_token("123:ABC") == "Ajuntament"
        await gateway.wait_online()
        await gateway.stop()

    run(scenario())


def test_flood_wait_on_login_is_told_plainly(telegram, gateway_factory):
    from telethon.tl import functions
    telegram.flood_next(functions.auth.SendCodeRequest, 75)

    async def scenario():
        gateway = gateway_factory()
        await gateway.start(Recorder())
        await until(lambda: gateway.state is ConnectionState.LOGGED_OUT)
        with pytest.raises(LoginError, match="wait 75 seconds"):
            await LoginFlow(gateway).send_code("+34600000000")
        await gateway.stop()

    run(scenario())


def test_saved_session_logs_in_by_itself_and_log_out_forgets_it(telegram, gateway_factory):
    async def first():
        from tests.net.conftest import logged_in_gateway
        gateway = gateway_factory()
        await logged_in_gateway(telegram, gateway, Recorder())
        await gateway.stop()

    async def second():
        gateway = gateway_factory()
        await gateway.start(Recorder())
        await gateway.wait_online()  # no login asked: the session file was enough
        await LoginFlow(gateway).log_out()
        await until(lambda: gateway.state is ConnectionState.LOGGED_OUT)
        await gateway.stop()

    run(first())
    run(second())
    assert not telegram.authorizations
