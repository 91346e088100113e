"""Group commit: every caller gets its own result, in order, and the loop gets a turn
between writes (so the window can paint while the store thread is idle)."""

import asyncio

from deskclient.services.group_commit import GroupCommit
from deskclient.services.runner import StoreRunner


def test_concurrent_submits_share_writes_and_the_loop_runs_between_them():
    log: list[tuple[str, object]] = []

    class HandOverLog(StoreRunner):
        """Notes each write as the loop's thread hands it to the store thread."""

        async def run(self, fn, items):
            log.append(("write", list(items)))
            return await super().run(fn, items)

    async def caller(commit: GroupCommit, item: int) -> int:
        result = await commit.submit(item)
        log.append(("resumed", item))
        return result

    async def scenario() -> list[int]:
        runner = HandOverLog()
        commit = GroupCommit(runner, lambda items: [item * 10 for item in items], max_batch=3)
        try:
            return await asyncio.gather(*(caller(commit, n) for n in range(8)))
        finally:
            runner.shutdown()

    assert asyncio.run(scenario()) == [n * 10 for n in range(8)]
    writes = [items for kind, items in log if kind == "write"]
    assert writes == [[0, 1, 2], [3, 4, 5], [6, 7]]
    # What a write woke up (here its callers) runs before the next write is handed over.
    for batch, later in zip(writes, writes[1:]):
        handed_over = log.index(("write", later))
        assert all(log.index(("resumed", item)) < handed_over for item in batch)


def test_a_burst_arriving_a_message_a_turn_is_written_in_one_write_not_one_each():
    """As through Telegram: an update reaches `submit` every turn or two of the loop, not
    all in one. Each write is a hand-over to the store thread and a few statements, each
    paying for the interpreter lock: the burst waits for its next messages and shares one
    write (a burst of 20,000 was written ten messages a write)."""
    writes: list[list[int]] = []

    def write_many(items):
        writes.append(list(items))
        return items

    async def arriving(commit: GroupCommit, item: int) -> int:
        for _ in range(item):  # the item-th message arrives item turns after the first
            await asyncio.sleep(0)
        return await commit.submit(item)

    async def scenario() -> list[int]:
        runner = StoreRunner()
        commit = GroupCommit(runner, write_many)
        try:
            burst = await asyncio.gather(*(arriving(commit, n) for n in range(40)))
            alone = await commit.submit(99)  # then a quiet moment: one message, at once
            return burst + [alone]
        finally:
            runner.shutdown()

    assert asyncio.run(scenario()) == [*range(40), 99]
    assert writes == [list(range(40)), [99]]
