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


def test_a_save_off_the_loop_writes_the_position_and_never_an_older_one_after_a_newer(tmp_path):
    """The position saved after a filed batch is written on the session's own thread; a
    save on the loop meanwhile (Telethon's own) waits for it, and the file ends with the
    newest position whichever of the two wrote last."""
    from datetime import datetime, timezone

    def state(pts):
        return types.updates.State(pts, 0, datetime(2026, 11, 23, tzinfo=timezone.utc), 1, unread_count=0)

    async def scenario():
        session = DeskSession(str(tmp_path / "telegram"))
        session.process_entities(types.contacts.ResolvedPeer(None, [types.User(id=501, access_hash=77)], []))
        session.set_update_state(0, state(5))
        saving = asyncio.ensure_future(session.save_off_loop())
        await asyncio.sleep(0)
        session.set_update_state(0, state(6))
        session.save()
        await saving
        assert session.get_update_state(0).pts == 6
        session.close()

    asyncio.run(scenario())
    again = SQLiteSession(str(tmp_path / "telegram"))
    try:
        assert again.get_update_state(0).pts == 6
        assert again.get_input_entity(501) == types.InputPeerUser(501, 77)
    finally:
        again.close()
