"""The session file (net/desk_session.py): the citizens Telegram introduced are in it once
it is saved, for the next start, and findable before that."""

import asyncio

from telethon.sessions import SQLiteSession
from telethon.tl import types

from deskclient.net.client_factory import session_path
from deskclient.net.desk_session import DeskSession
from tests.net.conftest import Recorder, logged_in_gateway, until


def test_a_citizen_who_wrote_is_in_the_session_file_after_the_desk_stops(telegram, gateway_factory, config):
    async def scenario():
        gateway = gateway_factory()
        recorder = Recorder()
        await logged_in_gateway(telegram, gateway, recorder)
        try:
            telegram.user_sends(telegram.citizen, telegram.account, "Bon dia")
            await until(lambda: recorder.messages)
        finally:
            await gateway.stop()

    asyncio.run(scenario())
    again = SQLiteSession(str(session_path(config.data_dir)).removesuffix(".session"))
    try:  # what the next start reads: the citizen as this account sees them
        peer = again.get_input_entity(telegram.citizen.id)
    finally:
        again.close()
    assert peer == types.InputPeerUser(telegram.citizen.id, telegram.access_hash_for(telegram.account, telegram.citizen))


def test_a_citizen_not_yet_saved_is_found_and_saved_once(tmp_path):
    session = DeskSession(str(tmp_path / "telegram"))
    user = types.User(id=501, access_hash=77, first_name="Marta")
    for _ in range(3):  # three updates from her before the next save
        session.process_entities(types.contacts.ResolvedPeer(None, [user], []))
    assert session.get_input_entity(501) == types.InputPeerUser(501, 77)
    session.save()
    session.close()
    rows = SQLiteSession(str(tmp_path / "telegram"))._execute("select count(*) from entities where id = 501")
    assert rows == (1,)
