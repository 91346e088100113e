"""How fast the duty holder may send, and how long a refused message waits to be tried again.

Telegram's public guidance for a bot is about 30 messages a second overall and one a
second to one chat; a user account gets far less before PEER_FLOOD. Going faster earns a
FLOOD_WAIT that silences the whole account, so the outbox paces itself below that. The
defaults live here and nowhere else; `outbox.rate_global` / `outbox.rate_per_chat`
override them (0 keeps the default for the account's kind).

Times are plain seconds on a monotonic clock the caller passes in, so a test can drive
the pacing with a fake clock instead of sleeping.
"""

from __future__ import annotations

import math
from collections import deque
from datetime import timedelta

BOT_RATE_GLOBAL = 25.0  # messages a second in all, a bot account
USER_RATE_GLOBAL = 5.0  # messages a second in all, a user account
RATE_PER_CHAT = 1.0  # messages a second to one citizen, either kind
# Broadcasts (services/broadcast_sender.py) take their turns from the same overall pacing
# and go after agents' replies, at most this fast. A bot may use the whole budget; a user
# account writing to thousands risks PEER_FLOOD (an account-wide block for hours), so it
# broadcasts at well under its reply rate and leaves room for the replies.
BOT_BROADCAST_RATE = 25.0
USER_BROADCAST_RATE = 2.0
RETRY_DELAYS = (2, 4, 8, 16, 30, 60, 120, 300)  # seconds before try n+1 of a refused message
# WhatsApp's Cloud API takes 80 messages a second from one business number by default
# (Meta's throughput limit): its sends are paced apart from Telegram's, so a burst on one
# channel never holds the other back.
WHATSAPP_RATE_GLOBAL = 80.0


def send_rates(is_bot: bool, rate_global: float = 0.0, rate_per_chat: float = 0.0) -> tuple[float, float]:
    """(overall, per chat) messages a second: the configured value, or the kind's default."""
    overall = rate_global or (BOT_RATE_GLOBAL if is_bot else USER_RATE_GLOBAL)
    return overall, rate_per_chat or RATE_PER_CHAT


def broadcast_rate(is_bot: bool, configured: float = 0.0) -> float:
    """Broadcast messages a second at most: `lists.rate`, or the kind's default."""
    return configured or (BOT_BROADCAST_RATE if is_bot else USER_BROADCAST_RATE)


def retry_delay(attempts: int) -> timedelta:
    """How long after its `attempts`-th refused try a message is tried again."""
    return timedelta(seconds=RETRY_DELAYS[min(max(attempts, 1), len(RETRY_DELAYS)) - 1])


class TokenBucket:
    """`rate` sends a second with at most `capacity` saved up (1: evenly spaced sends)."""

    def __init__(self, rate: float, capacity: float = 1.0, now: float = 0.0) -> None:
        self.rate = rate
        self.capacity = capacity
        self.tokens = capacity
        self.stamp = now

    def _refill(self, now: float) -> None:
        if now > self.stamp:
            self.tokens = min(self.capacity, self.tokens + (now - self.stamp) * self.rate)
            self.stamp = now

    def wait(self, now: float) -> float:
        """Seconds until one send is allowed (0: now)."""
        self._refill(now)
        return 0.0 if self.tokens >= 1.0 - 1e-9 else (1.0 - self.tokens) / self.rate

    def take(self, now: float) -> None:
        self._refill(now)
        self.tokens -= 1.0

    def full(self, now: float) -> bool:
        self._refill(now)
        return self.tokens >= self.capacity


class SteadyRate:
    """`rate` sends a second on a fixed schedule, for the account-wide rate.

    A token bucket of one loses each wake-up's lateness: when the loop is busy (Telethon
    serialising, answers coming in) a send due at t goes at t + 1.5 ms and the next is
    due 1/rate after that, so 25/s comes out at 24. Here a send late by less than one
    interval keeps the schedule: the next is due 1/rate after when this one was *due*.
    Still never more than ceil(rate) sends in any one second, and no burst after a pause:
    idle longer than an interval, the schedule starts again from now. With exact sleeps
    (a test's fake clock) it sends exactly as the bucket does."""

    def __init__(self, rate: float, now: float = 0.0) -> None:
        self.rate = rate
        self.interval = 1.0 / rate
        self.due = now
        self.recent: deque[float] = deque(maxlen=max(1, math.ceil(rate - 1e-9)))

    def wait(self, now: float) -> float:
        """Seconds until one send is allowed (0: now)."""
        wait = self.due - now
        if len(self.recent) == self.recent.maxlen:
            wait = max(wait, self.recent[0] + 1.0 - now)
        return wait if wait > 1e-9 else 0.0

    def take(self, now: float) -> None:
        late = now - self.due
        self.due = (self.due if late < self.interval else now) + self.interval
        self.recent.append(now)


class Pacer:
    """One bucket for the whole account and one per chat; a send needs both."""

    def __init__(self, rate_global: float, rate_per_chat: float) -> None:
        self.rate_global = rate_global
        self.rate_per_chat = rate_per_chat
        self._overall: SteadyRate | None = None
        self._chats: dict[int, TokenBucket] = {}

    def _bucket(self, chat: int, now: float) -> TokenBucket:
        bucket = self._chats.get(chat)
        if bucket is None:
            bucket = self._chats[chat] = TokenBucket(self.rate_per_chat, now=now)
        return bucket

    def overall_wait(self, now: float) -> float:
        if self._overall is None:
            self._overall = SteadyRate(self.rate_global, now=now)
        return self._overall.wait(now)

    def chat_wait(self, chat: int, now: float) -> float:
        bucket = self._chats.get(chat)
        return 0.0 if bucket is None else bucket.wait(now)

    def take(self, chat: int, now: float) -> None:
        self.overall_wait(now)
        self._overall.take(now)
        self._bucket(chat, now).take(now)
        if len(self._chats) > 4096:  # chats idle long enough to be full again are forgotten
            self._chats = {c: b for c, b in self._chats.items() if not b.full(now)}
