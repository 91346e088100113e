"""A burst of pushes waiting in the socket's queue is taken as one batch
(net/desk_client.py UpdateBatchQueue): every message is still filed once, in order, an
edit after its message, and only pushes that may be merged are."""

import asyncio
from datetime import datetime, timezone

from telethon.tl import types

from deskclient.net import desk_client
from deskclient.net.desk_client import UpdateBatchQueue
from tests.net.conftest import until
from tests.net.test_traffic import desk_on, inbound_texts, login

WHEN = datetime(2026, 11, 23, 9, 0, tzinfo=timezone.utc)


def user(user_id: int, name: str) -> types.User:
    return types.User(id=user_id, first_name=name, access_hash=user_id * 7)


def push(pts: int, sender: types.User, seq: int = 0) -> types.Updates:
    message = types.Message(id=pts, peer_id=types.PeerUser(sender.id), date=WHEN, message=f"m{pts}",
                            from_id=types.PeerUser(sender.id))
    return types.Updates([types.UpdateNewMessage(message, pts, 1)], [sender], [], WHEN, seq)


def taken(*items):
    async def scenario():
        queue = UpdateBatchQueue()
        for item in items:
            queue.put_nowait(item)
        out = []
        while not queue.empty():
            out.append(await queue.get())
        return out

    return asyncio.run(scenario())


def test_pushes_waiting_together_are_one_batch_in_order_with_the_newest_sender_names():
    ada, ben = user(1, "Ada"), user(2, "Ben")
    renamed = user(1, "Ada Renamed")
    [batch] = taken(push(101, ada), push(102, ben), push(103, renamed))
    assert isinstance(batch, types.Updates) and batch.seq == 0
    assert [u.pts for u in batch.updates] == [101, 102, 103]
    assert {u.id: u.first_name for u in batch.users} == {1: "Ada Renamed", 2: "Ben"}


def test_a_push_that_may_not_be_merged_comes_alone_in_its_place():
    ada = user(1, "Ada")
    short = types.UpdateShortMessage(id=9, user_id=1, message="curt", pts=103, pts_count=1, date=WHEN)
    own = push(105, ada)
    own._self_outgoing = True  # the result of our own request: Telethon processes, never dispatches
    out = taken(push(101, ada), push(102, ada), short, push(104, ada), own, push(106, ada))
    assert [[u.pts for u in item.updates] if isinstance(item, types.Updates) else item.pts for item in out] == [
        [101, 102], 103, [104], [105], [106]]
    assert getattr(out[3], "_self_outgoing", False)


def test_pushes_in_the_common_sequence_come_one_by_one():
    """Telethon checks a push in the sequence whole: merged, one already applied (a
    getDifference answer crossed it) would drop the next ones with it."""
    ada = user(1, "Ada")
    out = taken(push(101, ada, seq=5), push(102, ada, seq=6), push(103, ada), push(104, ada), push(105, ada, seq=7))
    assert [(type(item).__name__, item.seq, [u.pts for u in item.updates]) for item in out] == [
        ("Updates", 5, [101]), ("Updates", 6, [102]), ("Updates", 0, [103, 104]), ("Updates", 7, [105])]


def test_a_batch_stops_at_its_limit():
    ada = user(1, "Ada")
    out = taken(*(push(100 + n, ada) for n in range(desk_client.MERGE_AT_MOST + 3)))
    assert [len(item.updates) for item in out] == [desk_client.MERGE_AT_MOST, 3]


def test_a_burst_through_telegram_is_filed_once_in_order_with_the_edit_after_its_message(telegram, config,
                                                                                       clock):
    async def scenario():
        desk = desk_on(telegram, config, clock)
        await login(telegram, desk)
        account = str(telegram.account.id)
        people = [telegram.citizen] + [telegram.add_user(f"Veí{k}", "Burst") for k in range(3)]
        try:
            # All pushed before the loop gets a turn: they wait in the client's queue together.
            first = telegram.user_sends(people[0], telegram.account, "primer")
            for n in range(5):
                for person in people:
                    telegram.user_sends(person, telegram.account, f"{person.first_name} {n}")
            telegram.user_edits(people[0], telegram.account, first.id, "primer, corregit")
            assert desk.gateway.client._updates_queue.qsize() == 1 + 5 * len(people) + 1
            await until(lambda: all(len(inbound_texts(desk, account, p.id)) == (6 if p is people[0] else 5)
                                    for p in people))
            await asyncio.sleep(0.3)
            for person in people[1:]:
                assert inbound_texts(desk, account, person.id) == [f"{person.first_name} {n}" for n in range(5)]
            assert inbound_texts(desk, account, people[0].id) == ["primer, corregit"] + [
                f"{people[0].first_name} {n}" for n in range(5)]
            assert desk.store.ticket_count() == len(people)
        finally:
            await desk.stop()

    asyncio.run(scenario())


def test_a_min_sender_never_replaces_the_full_one_in_a_batch():
    full = user(1, "Ada")
    seen_in_a_group = types.User(id=1, first_name="Ada", min=True, access_hash=None)
    [batch] = taken(push(101, full), types.Updates([], [seen_in_a_group], [], WHEN, 0), push(102, user(2, "Ben")))
    assert {u.id: u.access_hash for u in batch.users} == {1: 7, 2: 14}
