"""The operator's side of the SimulatedTelegram for the network: flood waits and
failures planned for the next requests, short and long outages, and what was served.

A mixin of SimulatedTelegram: it uses `self.flood_plan`, `self.leave_failures`,
`self.requests`, `self.flood`, `self.random_id_duplicates`, `self.reachable` and
`self._senders`.
"""

from __future__ import annotations

from collections import defaultdict


class SimulatedNetwork:
    """Planned errors and outages, and the request counts tests read."""

    def flood_next(self, request_type: type, seconds: int) -> None:
        """The next request of this type gets FLOOD_WAIT_seconds."""
        self.flood_plan[request_type].append(seconds)

    def fail_next_leave(self, times: int = 1, code: int = 500, message: str = "RPC_CALL_FAIL") -> None:
        """The next `times` DeleteChatUser / LeaveChannel requests answer this RPC error."""
        self.leave_failures.extend([(code, message)] * times)

    def stats(self) -> dict:
        """Requests served per type, flood waits given, duplicate random_ids refused."""
        counts: dict[str, int] = defaultdict(int)
        for name in self.requests:
            counts[name] += 1
        return {"requests": dict(counts), "flood_waits": self.flood.flood_waits_given,
                "random_id_duplicates": self.random_id_duplicates}

    def drop(self) -> None:
        """A short outage: connections stall, pushes are lost, requests wait."""
        for sender in list(self._senders):
            sender.transport_lost()

    def restore(self) -> None:
        for sender in list(self._senders):
            sender.transport_back()

    def go_down(self) -> None:
        """A long outage: connections are lost for good and new ones refused."""
        self.reachable = False
        for sender in list(self._senders):
            sender.lost_for_good()

    def come_back(self) -> None:
        self.reachable = True
